package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Resolves "the index", "the stock", "the Japanese currency" to the instrument an earlier sentence named. */
final class Anaphora {

    private static final Map<String, List<Kind>> HEADS = Vocabulary.lookup(
            Vocabulary.pairs("names", "anaphora-heads").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> java.util.Arrays.stream(
                    e.getValue().split(" ")).map(k -> Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT))).toList())));

    /** Nouns of a price or a session's extreme that speak of the last instrument named: "the day's high reached". */
    private static final WordSet LAST_ONES = WordSet.of("price", "high", "low");

    private static final WordSet SECTORS = Vocabulary.words("names", "anaphora-modifiers");

    private static final WordSet PRONOUN_ADVERBS = Vocabulary.words("names", "pronoun-adverbs");

    private static final WordSet INDEX_QUALIFIERS = Vocabulary.words("names", "index-qualifiers");

    private static final WordSet INDEX_DESCRIPTORS = Vocabulary.words("names", "index-descriptors");

    private final Map<Kind, Instrument> recent = new EnumMap<>(Kind.class);
    /** The kinds whose instrument is the home market's, not yet named by the text. */
    private final java.util.Set<Kind> assumed = java.util.EnumSet.noneOf(Kind.class);
    private Instrument last;

    /** Starts with no instrument named yet; a reference to an index or a currency before any is {@code home}'s. */
    Anaphora(Instrument homeIndex, Instrument homeCurrency) {
        if (homeIndex != null) {
            recent.put(Kind.INDEX, homeIndex);
            assumed.add(Kind.INDEX);
        }
        if (homeCurrency != null) {
            recent.put(Kind.FX, homeCurrency);
            assumed.add(Kind.FX);
        }
    }

    /** Remembers the instruments a sentence named, by kind. */
    void remember(List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.via().equals(SectorIndices.VIA)) {
                continue;
            }
            recent.put(mention.instrument().kind(), mention.instrument());
            assumed.remove(mention.instrument().kind());
            last = mention.instrument();
        }
    }

    /** A mention for a reference to an earlier instrument before token {@code limit}, or null. */
    Mention find(List<Token> tokens, int limit) {
        for (int i = 0; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.is("it") && last != null && predicated(tokens, i + 1)) {
                return new Mention(last, i, i + 1, true, "refers back with 'it'");
            }
            if (i == 0 && last != null && (t.is("that") || t.is("this")) && tokens.size() > 3
                    && (tokens.get(1).is("is") || tokens.get(1).is("was")) && (tokens.get(2).is("a")
                    || tokens.get(2).is("an")) && tokens.get(3).isNumber()) {
                return new Mention(last, 0, 1, true, "refers back with 'that is a'");
            }
            boolean determiner = t.is("the") || t.is("its") || t.is("this") || t.is("today's");
            boolean clauseStart = i == 0 || tokens.get(i - 1).is(",");
            if (!determiner && !(i == 0 && t.is("shares")) && !(clauseStart && t.is("prices"))) {
                continue;
            }
            int head = determiner ? i + 1 : i;
            for (int h = head; h < Math.min(limit, head + 4); h++) {
                Token word = tokens.get(h);
                List<Kind> kinds = HEADS.get(word.key());
                boolean nextIsHead = h + 1 < limit && HEADS.containsKey(tokens.get(h + 1).key());
                if (LAST_ONES.contains(word) && !nextIsHead && last != null
                        && (last.kind() != Kind.INDEX || !word.is("price"))
                        && h + 1 < tokens.size() && !tokens.get(h + 1).is("of")) {
                    return new Mention(last, i, h + 1, true, "the price of the last one named");
                }
                if (kinds != null && !nextIsHead) {
                    Instrument instrument = resolve(kinds);
                    if (instrument != null && describes(tokens, head, h, instrument)) {
                        return new Mention(instrument, i, h + 1, true, "refers back to the last one named");
                    }
                    break;
                }
                boolean modifier = (word.isWord() || word.is("-") || word.isNumber()) && !(h > head && word.is("the"));
                if (!modifier || word.has(Cues.DISTRACTOR) || SECTORS.contains(word)) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Whether the words before the head fit the instrument: a name the instrument's has not ("the Qatar stock
     * exchange index" after a Saudi bank) names another one, and so does "the smallcap index" after the BSE Midcap or
     * "the capital goods index" after the Sensex, as an index is referred back to by words that only describe it
     * ("the benchmark", "the broader index") or by words of its own name.
     */
    private static boolean describes(List<Token> tokens, int from, int head, Instrument instrument) {
        boolean index = instrument.kind() == Kind.INDEX;
        if (!index && instrument.kind() != Kind.STOCK) {
            return true;
        }
        String name = " " + instrument.name().toLowerCase(java.util.Locale.ROOT) + " ";
        for (int j = from; j < head; j++) {
            Token word = tokens.get(j);
            if (!word.isWord() || word.is("the") || name.contains(" " + word.key() + " ")) {
                continue;
            }
            boolean otherIndex = index && (INDEX_QUALIFIERS.contains(word) || !INDEX_DESCRIPTORS.contains(word));
            if (word.isCapitalized() || otherIndex) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words after "it" from {@code next} say what it did, adverbs first: "It finally ended at". */
    private static boolean predicated(List<Token> tokens, int next) {
        int verb = next;
        while (verb < tokens.size() && adverb(tokens.get(verb))) {
            verb++;
        }
        return verb < tokens.size() && predicates(tokens.get(verb));
    }

    /** An adverb between a pronoun and its verb: "later", "still", or a lowercase word in "-ly" ("sharply"). */
    private static boolean adverb(Token word) {
        return PRONOUN_ADVERBS.contains(word) || word.isWord() && !word.isCapitalized()
                && word.key().length() > 4 && word.key().endsWith("ly");
    }

    /** Whether a word after "it" says what it did: "It had opened at", "it touched", "Later it surged to". */
    static boolean predicates(Token next) {
        return Cues.sign(next) != 0 || next.has(Cues.LEVEL_TRIGGER) || next.has(Cues.CONTINUATION)
                || next.is("had") || next.is("has") || next.is("opened") || next.is("touched") || next.is("hit")
                || next.is("reached") || next.is("stood") || next.is("moved") || next.is("made")
                || next.is("ranged") || next.is("swung") || next.is("traded");
    }

    private Instrument resolve(List<Kind> kinds) {
        for (Kind kind : kinds) {
            if (recent.containsKey(kind) && !assumed.contains(kind)) {
                return recent.get(kind);
            }
        }
        for (Kind kind : kinds) {
            if (recent.containsKey(kind)) {
                return recent.get(kind);
            }
        }
        return null;
    }
}
