package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a span of time counted in its units as a move's period: "in the past three days", "over five straight weeks",
 * "an eight-day gain", "a 4-week stretch". A week, a month or a year counted as one is that period; any other count is
 * a span of its own ({@link Period#OTHER}).
 */
final class CountedSpans {

    /** Units of a span and, per count, the period a span of that many units is; other counts are {@code other}. */
    private static final Map<String, Map<Integer, Period>> UNITS = Vocabulary.lookup(
            Vocabulary.pairs("periods", "counted-spans").stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> counts(e.getValue()))));
    private static final Map<String, Double> NUMBER_WORDS = Vocabulary.lookup(
            Vocabulary.pairs("units", "number-words").stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Double.valueOf(e.getValue()))));
    /** Words that may stand between the count and its unit: "five straight weeks", "three trading days". */
    private static final WordSet BETWEEN = Vocabulary.words("periods", "counted-span-between");
    /** Words a count of a span follows: "in two days", "over the past five weeks". */
    private static final WordSet OPENERS = Vocabulary.words("periods", "counted-span-openers");
    /** Words that rank a number against a span: "its highest in two weeks", "the biggest fall in three weeks". */
    private static final WordSet RANKING = Vocabulary.words("periods", "counted-span-ranking");
    private static final WordSet MOVE_NOUNS = Vocabulary.words("moves", "move-nouns");
    /** Words after the span that make it a date or a level's reach: "two days ago", "a two-week high". */
    private static final WordSet NOT_A_SPAN = Vocabulary.words("periods", "counted-span-not-after");

    /** No counted span at a word: the scan goes on. */
    private static final Period SKIP = Period.INTRADAY;

    private CountedSpans() {
    }

    /** Whether a word ranks a number against a span rather than measuring over it: "highest", "biggest", "record". */
    static boolean ranks(String[] keys) {
        for (String key : keys) {
            if (RANKING.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a unit of a counted span, alone or hyphenated to its count ("weeks", "eight-day"). */
    static boolean mayCount(String key) {
        int dash = key.lastIndexOf('-');
        return UNITS.containsKey(dash < 0 ? key : key.substring(dash + 1));
    }

    /**
     * The period of the first counted span in the words {@code keys}, or null when there is none, or its count is one
     * day or session (the session itself).
     */
    static Period in(String[] keys) {
        for (int k = 0; k < keys.length; k++) {
            Period period = at(keys, k);
            if (period != SKIP) {
                return period;
            }
        }
        return null;
    }

    /**
     * The period of a span given as a count and its unit alone, as a table's header gives it ("3-Months", "1 Yr"):
     * null when the unit is none or the count is no whole number of a span, or is one day or session.
     */
    static Period of(String count, String unit) {
        Map<Integer, Period> periods = UNITS.get(unit);
        double n = periods == null ? Double.NaN : count(count);
        if (Double.isNaN(n) || n != Math.rint(n) || n < 1 || n > 366) {
            return null;
        }
        return periods.containsKey((int) n) ? periods.get((int) n) : Period.OTHER;
    }

    /**
     * The period of a counted span starting at word {@code k}; {@link #SKIP} when none starts there. A count stands
     * after a word that opens a span ("in two days", "over the past five straight weeks"); a count hyphenated to its
     * unit describes a move noun whose number follows ("an eight-day gain of", "a 4-week loss of"), not a tenor ("the
     * 10-year yield") or a streak that another clause's move ended.
     */
    private static Period at(String[] keys, int k) {
        String unit;
        double count;
        int last;
        boolean hyphenated;
        int dash = keys[k].lastIndexOf('-');
        if (dash > 0 && UNITS.containsKey(keys[k].substring(dash + 1))) {
            count = count(keys[k].substring(0, dash));
            unit = keys[k].substring(dash + 1);
            last = k;
            hyphenated = true;
        } else {
            count = count(keys[k]);
            int j = k + 1;
            hyphenated = j < keys.length && keys[j].equals("-");
            while (j < keys.length && (keys[j].equals("-") || BETWEEN.contains(keys[j]))) {
                j++;
            }
            if (Double.isNaN(count) || j >= keys.length || !UNITS.containsKey(keys[j])) {
                return SKIP;
            }
            unit = keys[j];
            last = j;
        }
        boolean placed = hyphenated ? last + 2 < keys.length && MOVE_NOUNS.contains(keys[last + 1])
                && keys[last + 2].equals("of") : k > 0 && OPENERS.contains(keys[k - 1]);
        if (!placed || Double.isNaN(count) || count != Math.rint(count) || count < 1 || count > 366
                || last + 1 < keys.length && NOT_A_SPAN.contains(keys[last + 1])) {
            return SKIP;
        }
        Map<Integer, Period> periods = UNITS.get(unit);
        return periods.containsKey((int) count) ? periods.get((int) count) : Period.OTHER;
    }

    private static double count(String key) {
        Double word = NUMBER_WORDS.get(key);
        if (word != null) {
            return word;
        }
        if (key.isEmpty() || !NumberParser.isDigits(key)) {
            return Double.NaN;
        }
        return key.length() > 3 ? Double.NaN : Double.parseDouble(key);
    }

    /** "1 none, 5 week, 7 week": counts and their periods, "none" (null) for a count that is the session itself. */
    private static Map<Integer, Period> counts(String value) {
        Map<Integer, Period> counts = new java.util.HashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.strip().split(" ");
            counts.put(Integer.parseInt(parts[0]), parts[1].equals("none") ? null
                    : Period.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
        }
        return java.util.Collections.unmodifiableMap(counts);
    }
}
