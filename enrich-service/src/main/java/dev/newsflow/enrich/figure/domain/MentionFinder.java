package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds the instruments a sentence names: bond yields, the lexicon's names, then companies it does not know. */
final class MentionFinder {

    private static final Set<String> REFERENCE_WORDS = Set.of("against", "versus", "vs", "per", "than", "into",
            "relative", "over", "via", "measures", "measure", "measuring", "tracks", "track", "tracking");

    private final InstrumentLexicon lexicon;

    MentionFinder(InstrumentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The mentions of {@code sentence}, in order, none overlapping. */
    List<Mention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = new ArrayList<>(YieldNames.find(sentence));
        for (int i = 0; i < tokens.size(); i++) {
            Mention match = lexicon.match(tokens, i);
            if (match != null && mentions.stream().noneMatch(match::overlaps)) {
                mentions.add(match);
                i = match.last() - 1;
            }
        }
        mentions.addAll(CompanyNames.find(tokens, mentions));
        mentions.removeIf(m -> m.instrument() == InstrumentLexicon.BLOCKED);
        mentions.sort(Comparator.comparingInt(Mention::first));
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            result.add(withTicker(tokens, asReferenceIfObject(tokens, mention)));
        }
        return result;
    }

    private static Mention withTicker(List<Token> tokens, Mention mention) {
        int open = mention.last();
        if (open >= tokens.size() || !tokens.get(open).is("(") || CompanyNames.tickerEnd(tokens, open) < 0) {
            return mention;
        }
        Instrument instrument = mention.instrument();
        if (instrument.symbol() == null) {
            instrument = new Instrument(instrument.name(), CompanyNames.ticker(tokens, open), instrument.kind());
        }
        return new Mention(instrument, mention.first(), CompanyNames.tickerEnd(tokens, open), mention.subject());
    }

    private static Mention asReferenceIfObject(List<Token> tokens, Mention mention) {
        int before = mention.first() - 1;
        while (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).is("a")
                || tokens.get(before).is("u.s") || tokens.get(before).is("."))) {
            before--;
        }
        if (before >= 0 && REFERENCE_WORDS.contains(tokens.get(before).key())) {
            return mention.asReference();
        }
        return mention;
    }
}
