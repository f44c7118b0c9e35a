package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds the instruments a sentence names: bond yields, the lexicon's names, then companies it does not know. */
final class MentionFinder {

    private static final Set<String> REFERENCE_WORDS = Set.of("against", "versus", "vs", "per", "than", "into",
            "relative", "over", "via", "measures", "measure", "measuring", "tracks", "track", "tracking");

    private static final Set<String> PARTS = Set.of("sector", "sectors", "sub-index", "subindex", "component",
            "components", "members", "member", "constituents", "constituent", "index", "weight", "weighting",
            "heavyweights", "heavyweight");
    private static final java.util.regex.Pattern CAPS_TICKER = java.util.regex.Pattern.compile("[A-Z]{2,5}");

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
        if (open + 1 < tokens.size() && !tokens.get(open + 1).isCapitalized()
                && !tokens.get(mention.last() - 1).text().equals(tokens.get(mention.last() - 1).text().toUpperCase(
                java.util.Locale.ROOT)) && CAPS_TICKER.matcher(tokens.get(open).text()).matches()) {
            Instrument instrument = mention.instrument();
            if (instrument.symbol() == null) {
                instrument = new Instrument(instrument.name(), tokens.get(open).text(), instrument.kind());
            }
            return new Mention(instrument, mention.first(), open + 1, mention.subject());
        }
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
        if (before >= 0 && (REFERENCE_WORDS.contains(tokens.get(before).key()) || tokens.get(before).is("/"))) {
            return mention.asReference();
        }
        if (before >= 1 && tokens.get(before).is("of") && PARTS.contains(tokens.get(before - 1).key())) {
            return mention.asReference();
        }
        return mention;
    }
}
