package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * The breadth of a market told in counts of stocks: "17 stocks rose, 26 fell and seven were unchanged", "with 21
 * falling, 19 rising and 10 unchanged", "and 2 remaining unchanged". A word of no change whose subject is such a count
 * tells how many stocks did not move, not that the index was flat.
 */
final class BreadthCounts {

    private static final WordSet NUMBER_WORDS = WordSet.copyOf(Vocabulary.map("units", "number-words").keySet());
    /** Words between a count and its word of no change: "seven were unchanged", "11 stocks stayed flat". */
    private static final WordSet BETWEEN = WordSet.of("was", "were", "are", "is", "remained", "remaining", "stayed",
            "staying", "held", "ended", "closed", "finished", "stocks", "shares", "issues", "counters", "companies",
            "securities");
    /** The most words between a count and its word of no change. */
    private static final int REACH = 3;
    /** A count of stocks is a whole number below this; a larger one is a price or a level. */
    private static final double MOST_STOCKS = 10_000;

    private BreadthCounts() {
    }

    /**
     * Whether the word of no change at {@code i} has a count of stocks for its subject, the count written at or after
     * {@code from}, the first token after the instrument's name (the "100" of "FTSE 100 was unchanged" is no count).
     */
    static boolean countedUnmoved(List<Token> tokens, int from, int i) {
        int j = i - 1;
        while (j >= from && i - j <= REACH && tokens.get(j).isWord() && BETWEEN.contains(tokens.get(j))) {
            j--;
        }
        if (j < from || i - j > REACH) {
            return false;
        }
        Token count = tokens.get(j);
        boolean bare = count.isNumber() && count.unit() == Token.Unit.NONE && count.currency() == null
                && count.sign() == 0 && count.value() == Math.rint(count.value()) && count.value() < MOST_STOCKS;
        return bare || count.isWord() && NUMBER_WORDS.contains(count);
    }
}
