package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Reads the clock time a clause dates its figure to ("By 1300 GMT the index had lost", "was at $110.37 as of 11:43
 * a.m.", "reached 7,488.66 at 9.10 AM"): an hour of the session, intraday when the text also tells a later figure of
 * the instrument.
 */
final class ClockTimes {

    /** No clock time. */
    static final int NONE = -1;

    /** Words after a number that make it a clock time: "a.m.", "GMT". */
    private static final WordSet CLOCK = Vocabulary.words("units", "clock");
    /** Words that put a figure at a clock time: "at 10:30", "by 1130 GMT", "as of 11:43". */
    private static final WordSet TIMING = Vocabulary.words("periods", "clock-timing-words");
    /** How many words after the number its clock time may stand: "fell to 26,376 VND at 17:50". */
    private static final int REACH = 6;
    private static final int MINUTES_PER_HOUR = 60;
    private static final int NOON = 12;
    /** An hour with its minutes after a point or a colon, or alone: "9.10", "17", "3:45". */
    private static final java.util.regex.Pattern HOUR = java.util.regex.Pattern.compile("\\d{1,2}([.:]\\d\\d)?");

    private ClockTimes() {
    }

    /**
     * The minute of the day of the clock time the words after the number at {@code i} put it at, up to the clause's
     * end ("to $110.37 as of 11:43 a.m."), or {@link #NONE}.
     */
    static int after(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + REACH); j++) {
            Token t = tokens.get(j);
            if (t.isNumber()) {
                return TIMING.contains(tokens.get(j - 1)) ? minutes(tokens, j) : NONE;
            }
            if (t.is(",") || t.is(";") || t.is("(") || t.is("and") || t.has(Cues.CLAUSE_END) && !t.is("as")) {
                return NONE;
            }
        }
        return NONE;
    }

    /**
     * The minute of the day of the clock time a sentence opens with before its first name at {@code first} ("By 1300
     * GMT the FTSE 100", "At 3:45pm the index"), or {@link #NONE}.
     */
    static int leading(List<Token> tokens, int first) {
        for (int j = 1; j < Math.min(first, REACH); j++) {
            if (tokens.get(j).isNumber()) {
                return TIMING.contains(tokens.get(j - 1)) ? minutes(tokens, j) : NONE;
            }
        }
        return NONE;
    }

    /** The minute of the day of the clock time written at {@code j} ("1130 GMT", "3:45 pm", "9.10 AM"), or NONE. */
    static int minutes(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!t.isNumber() || t.unit() != Token.Unit.AMOUNT || t.currency() != null) {
            return NONE;
        }
        Token next = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        int hour;
        int minute;
        int last = j;
        String digits = t.text();
        if (next != null && next.isNumber() && next.unit() == Token.Unit.AMOUNT && next.start() == t.end() + 1
                && next.text().length() == 2 && digits.length() <= 2) {
            hour = (int) t.value();
            minute = (int) next.value();
            last = j + 1;
        } else if (digits.length() == 4 && NumberParser.isDigits(digits)) {
            hour = Integer.parseInt(digits.substring(0, 2));
            minute = Integer.parseInt(digits.substring(2));
        } else if (HOUR.matcher(digits).matches()) {
            hour = Integer.parseInt(digits.split("[.:]")[0]);
            minute = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
        } else {
            return NONE;
        }
        Token zone = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        if (zone == null || !CLOCK.contains(zone) && last == j) {
            return NONE;
        }
        if (zone.is("pm") || zone.is("p.m")) {
            hour += hour < NOON ? NOON : 0;
        }
        return hour < 24 && minute < MINUTES_PER_HOUR ? hour * MINUTES_PER_HOUR + minute : NONE;
    }
}
