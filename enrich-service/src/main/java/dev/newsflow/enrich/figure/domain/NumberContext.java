package dev.newsflow.enrich.figure.domain;

import java.util.List;

/** What the words just before a number make of it: a level ("to", "at", "hit a record"), a threshold, or neither. */
enum NumberContext {
    TRIGGER, THRESHOLD, ADJACENT, NONE;

    /**
     * The spans of time in "a 4-month high of", "a 52-week low of", which stand between a trigger and a level, as a
     * year does in "a 2018 high of".
     */
    private static final WordSet SPANS = Vocabulary.words("periods", "record-spans");
    /** Nouns of a move that the words "in X" or "of X" give to X: "a 5.8 per cent leapfrog in Jabal Omar". */
    private static final WordSet MOVE_NOUNS = Vocabulary.words("moves", "move-nouns");
    private static final WordSet HEDGES = Vocabulary.words("moves", "hedges");
    private static final WordSet GAINS = Vocabulary.words("moves", "gain-nouns");
    private static final WordSet LOSSES = Vocabulary.words("moves", "loss-nouns");
    /** Verbs of a price that "for" and its number follow: "to sell for $29.50", "going for $18.90". */
    private static final WordSet PRICE_VERBS = Vocabulary.words("cues", "price-verbs");

    /**
     * The sign of a running total that "to" brings the percentage at {@code i} to ("its year-to-date gain to 15.3%",
     * "pared losses to 0.2%"): +1 after a gain, -1 after a loss, 0 when the number is no such total.
     */
    static int runningTotalSign(List<Token> tokens, int i, int floor) {
        int to = i - 1;
        while (to > floor && HEDGES.contains(tokens.get(to))) {
            to--;
        }
        if (to < 1 || !tokens.get(to).is("to")) {
            return 0;
        }
        for (int j = to - 1; j >= Math.max(floor, to - 8); j--) {
            Token t = tokens.get(j);
            if (GAINS.contains(t)) {
                return 1;
            }
            if (LOSSES.contains(t)) {
                return -1;
            }
            if (t.isNumber() || t.is(",") || t.has(Cues.CLAUSE_END) && !t.is("since")) {
                return 0;
            }
        }
        return 0;
    }

    /** The context of the number at {@code i}, looking back no further than {@code floor}. */
    static NumberContext before(List<Token> tokens, int i, int floor) {
        for (int j = i - 1; j >= floor; j--) {
            Token t = tokens.get(j);
            if (t.is(":") || t.is("(")) {
                return ADJACENT;
            }
            int move = t.is("and") ? moveBefore(tokens, j) : -1;
            if (move >= 0) {
                return move > 0 && tokens.get(move - 1).is("between") ? THRESHOLD : NONE;
            }
            if (t.is("and") && j > 0 && levelBefore(tokens.get(j - 1), tokens.get(i))) {
                return NONE;
            }
            if (t.is("than") && j > 0 && (tokens.get(j - 1).is("more") || tokens.get(j - 1).is("less"))) {
                j--;
                continue;
            }
            if (t.has(Cues.THRESHOLD) && !(t.is("over") || t.is("under"))) {
                return THRESHOLD;
            }
            if (pricedFor(tokens, j)) {
                return TRIGGER;
            }
            if (t.is("as")) {
                return j > 0 && (tokens.get(j - 1).is("high") || tokens.get(j - 1).is("low")) ? TRIGGER : NONE;
            }
            if (t.has(Cues.LEVEL_TRIGGER) && !(HEDGES.contains(t) && j > floor
                    && (Cues.sign(tokens.get(j - 1)) != 0 || tokens.get(j - 1).is("by")))) {
                return TRIGGER;
            }
            if (SPANS.contains(t) && j >= 2 && tokens.get(j - 1).is("-") && tokens.get(j - 2).isNumber()) {
                j -= 2;
                continue;
            }
            if (isYear(tokens, j) && tokens.get(j + 1).has(Cues.LEVEL_SKIPPABLE_WORD)) {
                continue;
            }
            if (!t.has(Cues.LEVEL_SKIPPABLE_WORD) && !t.is(",") && !t.is("-")) {
                return NONE;
            }
        }
        return ADJACENT;
    }

    /** Whether the word at {@code j} is the "for" of a price: "to sell for", "was going for". */
    static boolean pricedFor(List<Token> tokens, int j) {
        return tokens.get(j).is("for") && j > 0 && PRICE_VERBS.contains(tokens.get(j - 1));
    }

    /**
     * Whether {@code before}, just before an "and", is a level and {@code number} after it a move: "rose 1% to 2,500
     * and 12% this year" is no range, whose ends share a unit.
     */
    private static boolean levelBefore(Token before, Token number) {
        return before.isNumber() && before.unit() == Token.Unit.NONE && (number.unit() == Token.Unit.PERCENT
                || number.unit() == Token.Unit.BASIS_POINTS);
    }

    /** Whether the number at {@code i} counts the units of a span of time: "in the past 24 hours". */
    static boolean countsTime(List<Token> tokens, int i) {
        return tokens.get(i).unit() == Token.Unit.NONE && i + 1 < tokens.size()
                && TIME_SPANS.contains(tokens.get(i + 1));
    }

    /** Units of a span of time: "in a day", "a new 13 month low", "in 3 sessions". */
    static final WordSet TIME_SPANS = Vocabulary.words("periods", "time-spans");

    /** Whether the number at {@code i} reads as a year ("ended 2023 with a gain") rather than a level "at" or "to". */
    static boolean isYear(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean yearLike = t.currency() == null && t.text().length() == 4 && t.value() >= 1950 && t.value() <= 2050
                && NumberParser.isDigits(t.text());
        return yearLike && !(i > 0 && (tokens.get(i - 1).is("at") || tokens.get(i - 1).is("to")));
    }

    /**
     * The move just before the "and" at {@code and}, or -1: after "up 1.1% on the day and" or "up 4.9% over the past
     * month and" the next number is a second move, not the end of a range. The words of a period are not counted.
     */
    private static int moveBefore(List<Token> tokens, int and) {
        int words = 0;
        for (int j = and - 1; j >= Math.max(0, and - 9) && words < 4; j--) {
            Token t = tokens.get(j);
            if (t.isNumber() && !isYear(tokens, j) && !countsTime(tokens, j)) {
                return t.unit() != Token.Unit.NONE && t.unit() != Token.Unit.AMOUNT ? j : -1;
            }
            if (t.is(",") || t.has(Cues.CLAUSE_END) && !t.is("since")) {
                return -1;
            }
            if (!t.has(Cues.PERIOD_WORD) && !t.isNumber()) {
                words++;
            }
        }
        return -1;
    }

    /**
     * Whether a threshold noun follows the number ("the 50,000 mark"), other than where a session ended at it ("to
     * close at the 1,119.83 level", "ended at 61,200 mark"; "closing at the 56-level" is a band, still no level).
     */
    static boolean thresholdAfter(List<Token> tokens, int i, int end) {
        int at = i > 0 && tokens.get(i - 1).is("the") ? i - 2 : i - 1;
        boolean band = i + 1 < end && tokens.get(i + 1).is("-");
        if (!band && at > 0 && tokens.get(at).is("at") && Cues.CLOSING_VERBS.contains(tokens.get(at - 1))) {
            return false;
        }
        for (int j = i + 1; j < Math.min(end, i + 3); j++) {
            if (tokens.get(j).has(Cues.THRESHOLD_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /** Words that set a number as a gap to what follows: "310 points shy of", "12.5 points below". */
    private static final WordSet GAP_WORDS = WordSet.of("shy", "short", "away", "below", "above", "under");
    /** Extremes, a gap to which is a move from the peak or low, not a gap to a mark: "2% below its record level". */
    private static final WordSet EXTREMES = WordSet.of("record", "peak", "high", "low", "all-time", "highs", "lows");
    /** How many words after the gap word the mark's noun may stand: "shy of the 20,000 - mark". */
    private static final int MARK_REACH = 6;

    /**
     * Whether the number at {@code i} is how far the instrument stands from a round mark, not a move: "just 451 points
     * shy of the 20,000 mark", "23.54 points below the 10,000 level it last held".
     */
    static boolean gapToAMark(List<Token> tokens, int i, int end) {
        int j = i + 1;
        if (j < end && (tokens.get(j).is("points") || tokens.get(j).is("point"))) {
            j++;
        }
        if (j >= end || !GAP_WORDS.contains(tokens.get(j))) {
            return false;
        }
        for (int k = j + 1; k < Math.min(end, j + 1 + MARK_REACH); k++) {
            Token t = tokens.get(k);
            if (EXTREMES.contains(t) || t.is(",") || t.is(";")) {
                return false;
            }
            if (t.has(Cues.THRESHOLD_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number of points at {@code i} is the width of a range, not one of its ends: "moved within a range of
     * around 2,000 points"; "a range of 4874-4930" tells its ends.
     */
    static boolean rangeWidth(List<Token> tokens, int i, int end) {
        if (tokens.get(i).unit() != Token.Unit.POINTS) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && HEDGES.contains(tokens.get(j))) {
            j--;
        }
        if (j < 1 || !tokens.get(j).is("of") || !tokens.get(j - 1).is("range")) {
            return false;
        }
        int k = i + 1;
        boolean joined = k + 1 < end && (tokens.get(k).is("to") || tokens.get(k).is("-") || tokens.get(k).is("–")
                || tokens.get(k).is("and")) && tokens.get(k + 1).isNumber();
        return !joined && !(k < end && tokens.get(k).isNumber());
    }

    /** Whether a number written next to a name reads as a price or level: decimals, thousands or a currency. */
    static boolean looksLikeLevel(Token number) {
        return number.currency() != null || number.text().contains(".") || number.text().contains(",");
    }

    /**
     * Whether the amount of money at {@code i} is a move, not a price: right after a movement word ("shed $2.24",
     * "up 96p", "rose by Rs200.32"), before a direction ("0.8p higher") or before "or" and its percentage
     * ("$2.24, or 2.6%").
     */
    static boolean moneyMove(List<Token> tokens, int i, int floor, int end) {
        int j = i - 1;
        while (j > floor && (tokens.get(j).is("by") || tokens.get(j).is("just") || HEDGES.contains(tokens.get(j))
                || tokens.get(j).is("of") || tokens.get(j).is("a") || tokens.get(j).is("an"))) {
            j--;
        }
        if (j >= floor && (Cues.sign(tokens.get(j)) != 0 || GAINS.contains(tokens.get(j))
                || LOSSES.contains(tokens.get(j)))) {
            return true;
        }
        for (int k = i + 1; k < Math.min(end, i + 4); k++) {
            Token t = tokens.get(k);
            if (t.unit() == Token.Unit.PERCENT) {
                return tokens.get(k - 1).is("or");
            }
            if (t.isWord() && !t.is("or")) {
                return (t.is("higher") || t.is("lower") || t.is("up") || t.is("down")) && k <= i + 2;
            }
        }
        return false;
    }

    /** Whether a span of time follows at {@code k}: "(a 9.5% increase) in a day", "in two sessions", "in 24 hours". */
    private static boolean spanFollows(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size() && (tokens.get(j).is("a") || tokens.get(j).is("the") || tokens.get(j).is("one")
                || tokens.get(j).is("single") || tokens.get(j).isNumber())) {
            j++;
        }
        return j > k && j < tokens.size() && TIME_SPANS.contains(tokens.get(j));
    }

    /** Whether the move at {@code i} is about something named after it ("a 6.8% drop in TSMC", "in net profit"). */
    static boolean belongsElsewhere(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.is(",") || t.is(";")) {
                return false;
            }
            if ((t.is("in") || t.is("of")) && j > i + 1 && (Cues.sign(tokens.get(j - 1)) != 0
                    || MOVE_NOUNS.contains(tokens.get(j - 1)))) {
                if (t.is("in") && spanFollows(tokens, j + 1)) {
                    return false;
                }
                if (j + 4 >= end) {
                    return true;
                }
                for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
                    if (tokens.get(k).has(Cues.DISTRACTOR) || t.is("in") && tokens.get(k).isCapitalized()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
