package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * The span a move covers when it is measured from the close of an earlier week, month or year: "down 97.82 from last
 * week's 10,395.07", "up 8% to 188,519 points from 174,546 points last week", "against 7,259 a year earlier". The
 * earlier close is a level of another time; the move from it is the span's.
 */
final class SpanComparisons {

    /** How far before the earlier level its comparing word ("from") may stand: "from last week's (June 30) 7,939". */
    private static final int REACH_BEFORE = 10;
    /** How far after the earlier level its time may stand: "from 174,546.79 points last week". */
    private static final int REACH_AFTER = 4;
    /** Words beside "week", "month" or "year" that put it before the one reported: "last week", "a month earlier". */
    private static final WordSet EARLIER = WordSet.of("last", "previous", "prior", "preceding", "earlier", "ago",
            "before");

    private SpanComparisons() {
    }

    /** The span of the move measured from the earlier level at {@code i}, or null when it is measured from none. */
    static Period measuredFrom(List<Token> tokens, int i, int floor, int end) {
        int from = i - 1;
        while (from > Math.max(floor, i - REACH_BEFORE) && !tokens.get(from).is("from")) {
            from--;
        }
        if (from < floor || !tokens.get(from).is("from") || aside(tokens, from, floor)) {
            return null;
        }
        for (int j = from + 1; j < Math.min(end, i + REACH_AFTER); j++) {
            Period span = span(tokens.get(j));
            if (span != null && (j > 0 && EARLIER.contains(tokens.get(j - 1))
                    || j + 1 < end && EARLIER.contains(tokens.get(j + 1)))) {
                return span;
            }
            if (j > i && (tokens.get(j).is(",") || tokens.get(j).is(";"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the "from" at {@code from} opens an aside after a comma ("rose 0.5% to 38,100, up from 37,350 a month
     * ago"), which compares the level with an earlier one without measuring the move from it.
     */
    private static boolean aside(List<Token> tokens, int from, int floor) {
        int before = from - 1;
        if (before > floor && (tokens.get(before).is("up") || tokens.get(before).is("down"))) {
            before--;
        }
        return before >= floor && tokens.get(before).is(",");
    }

    private static Period span(Token token) {
        return token.is("week") ? Period.WEEK : token.is("month") ? Period.MONTH
                : token.is("year") ? Period.YEAR : null;
    }
}
