package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words market news uses to say which way a number moved, what it is, and what it is not. */
final class Cues {

    static final Set<String> UP = union(Vocabulary.words("moves", "up"), Vocabulary.verbs("moves", "up-verbs"));
    static final Set<String> DOWN = union(Vocabulary.words("moves", "down"),
            Vocabulary.verbs("moves", "down-verbs"));
    static final WordSet FLAT = Vocabulary.words("moves", "flat");
    static final WordSet FLAT_WITHOUT_NUMBER = Vocabulary.words("moves", "flat-hedges");
    static final WordSet LEVEL_TRIGGERS = Vocabulary.words("cues", "level-triggers");
    static final WordSet LEVEL_SKIPPABLE = Vocabulary.words("cues", "level-skippable");
    static final WordSet THRESHOLDS = Vocabulary.words("cues", "thresholds");
    /** Verbs of a session's end: "closed", "ended", "settling". */
    static final WordSet CLOSING_VERBS = Vocabulary.words("periods", "closing-verbs");
    static final WordSet THRESHOLD_NOUNS = Vocabulary.words("cues", "threshold-nouns");
    static final WordSet DISTRACTORS = Vocabulary.words("cues", "distractors");
    static final WordSet RESETS = Vocabulary.words("cues", "resets");
    static final WordSet CLAUSE_ENDS = Vocabulary.words("cues", "clause-ends");
    static final WordSet CONTINUATIONS = Vocabulary.words("cues", "continuations");
    static final Map<String, Qualifier> QUALIFIERS = Vocabulary.lookup(Vocabulary.pairs("cues", "qualifiers").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> Qualifier.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT)))));
    /** Period phrases, checked in order, each as space-separated lowercase words. */
    static final List<Map.Entry<String, Period>> PERIODS = periods("around");
    /** Period phrases that count only when written just before the number ("touched 4.50%", "an earlier gain of"). */
    static final List<Map.Entry<String, Period>> PERIODS_BEFORE_NUMBER = periods("before-number");

    private Cues() {
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new java.util.HashSet<>(first);
        all.addAll(second);
        return WordSet.copyOf(all);
    }

    /** The phrases of a section of the periods vocabulary with the period each names, in the file's order. */
    static List<Map.Entry<String, Period>> periods(String section) {
        return Vocabulary.pairs("periods", section).stream()
                .map(e -> Map.entry(e.getKey(), Period.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT))))
                .toList();
    }

    static final int DISTRACTOR = 1;
    static final int UP_WORD = 1 << 1;
    static final int DOWN_WORD = 1 << 2;
    static final int RESET = 1 << 3;
    static final int CLAUSE_END = 1 << 4;
    static final int LEVEL_TRIGGER = 1 << 5;
    static final int LEVEL_SKIPPABLE_WORD = 1 << 6;
    static final int THRESHOLD = 1 << 7;
    static final int THRESHOLD_NOUN = 1 << 8;
    static final int CONTINUATION = 1 << 9;
    static final int FLAT_WORD = 1 << 10;
    static final int PERIOD_WORD = 1 << 11;
    /** A word written small as a brand is, with a capital or digits inside: "easyJet", "eBay", "a2". */
    static final int INNER_CAPITAL = 1 << 12;
    private static final Map<String, Integer> FLAGS = flags();

    /** +1 for a word that says up, -1 for down, 0 otherwise. */
    static int sign(Token token) {
        if (!token.isWord()) {
            return 0;
        }
        return token.has(UP_WORD) ? 1 : token.has(DOWN_WORD) ? -1 : 0;
    }

    /**
     * {@link #INNER_CAPITAL} for a word written as a brand is, a capital inside ("easyJet") or one small letter then
     * digits ("a2" of a2 Milk), else 0.
     */
    static int caseOf(String word) {
        if (word.length() < 2 || !Character.isLowerCase(word.charAt(0))) {
            return 0;
        }
        if (word.chars().skip(1).allMatch(Character::isDigit)) {
            return INNER_CAPITAL;
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))
                    && Character.isLowerCase(word.charAt(i + 1))) {
                return INNER_CAPITAL;
            }
        }
        return 0;
    }

    /** The cue flags of a lowercase word: which of the sets above it belongs to, one bit each. */
    static int flagsOf(String key) {
        return FLAGS.getOrDefault(key, 0);
    }

    private static Map<String, Integer> flags() {
        Map<String, Integer> flags = new java.util.HashMap<>();
        List<Map.Entry<Set<String>, Integer>> sets = List.of(Map.entry(DISTRACTORS, DISTRACTOR), Map.entry(UP, UP_WORD),
                Map.entry(DOWN, DOWN_WORD), Map.entry(RESETS, RESET), Map.entry(CLAUSE_ENDS, CLAUSE_END),
                Map.entry(LEVEL_TRIGGERS, LEVEL_TRIGGER), Map.entry(LEVEL_SKIPPABLE, LEVEL_SKIPPABLE_WORD),
                Map.entry(THRESHOLDS, THRESHOLD), Map.entry(THRESHOLD_NOUNS, THRESHOLD_NOUN),
                Map.entry(CONTINUATIONS, CONTINUATION), Map.entry(FLAT, FLAT_WORD));
        for (Map.Entry<Set<String>, Integer> set : sets) {
            set.getKey().forEach(word -> flags.merge(word, set.getValue(), (a, b) -> a | b));
        }
        List<String> phrases = concat(concat(PERIODS, PERIODS_BEFORE_NUMBER).stream().map(Map.Entry::getKey).toList(),
                concat(List.copyOf(Vocabulary.words("periods", "off-session")),
                        List.copyOf(Vocabulary.words("periods", "early-session"))));
        for (String phrase : phrases) {
            for (String word : phrase.split(" ")) {
                flags.merge(word, PERIOD_WORD, (a, b) -> a | b);
            }
        }
        for (String word : List.of("since", "from", "below", "above", "off", "peak", "record", "high", "highs",
                "top", "all-time", "low", "lows", "trough", "bottom", "much", "same")) {
            flags.merge(word, PERIOD_WORD, (a, b) -> a | b);
        }
        return Vocabulary.lookup(flags);
    }
}
