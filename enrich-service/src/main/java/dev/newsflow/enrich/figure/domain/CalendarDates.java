package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * Reads the calendar dates a text dates its figures to ("rose 0.1% to 4,079.95 on April 8", "On 12 June the index
 * ...", "on July 9, 2021, the Dow closes at") and, since the extractor is not told the article's own date, takes the
 * latest of them as the day reported: a figure dated a few days before it is the previous session's, one dated further
 * back of another time.
 */
final class CalendarDates {

    /** No date. */
    static final int NONE = 0;

    private static final WordSet MONTHS = Vocabulary.words("periods", "months");
    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");
    /** Words before "on" that date something to come: "due on July 10", "a meeting scheduled on". */
    private static final WordSet TO_COME = Vocabulary.words("periods", "dates-to-come");
    /** The three first letters of each month, in order. */
    private static final String MONTH_PREFIXES = "janfebmaraprmayjunjulaugsepoctnovdec";
    /** Words between a day and its month: "26th December", "the 4th of July". */
    private static final WordSet ORDINALS = WordSet.of("st", "nd", "rd", "th", "of");
    /**
     * A date is told as {@code year * YEAR + (month - 1) * MONTH + day}, with year 0 when none is written: days apart
     * are about the difference.
     */
    private static final int MONTH = 31;
    /** How many tokens a date in numbers takes: year, separator, month, separator, day. */
    static final int NUMBERED_TOKENS = 5;
    private static final int YEAR = 12 * MONTH + 1;
    /** Dates with no year further apart than this are of two years: "on Dec. 30 ... on Jan. 2". */
    private static final int HALF_YEAR = 6 * MONTH;
    /** How many days back a date may be to be the previous session's, over a weekend or a holiday. */
    private static final int SESSION_BACK = 4;
    /** How many words after the number its date may stand: "to $98.42 a barrel on Dec. 31". */
    private static final int REACH = 5;
    /** Verbs that put a level at a past date: "set on Nov. 25", "was on May 21". */
    private static final WordSet DATING_VERBS = Vocabulary.words("periods", "dating-verbs");
    /** Words that make a level an extreme of some span: "a record high of", "its peak of". */
    private static final WordSet EXTREMES = Vocabulary.words("periods", "extremes");

    private CalendarDates() {
    }

    /**
     * The date told right after the number at {@code i}, after "on" ("to 4,079.95 on April 8", "on Thursday, November
     * 4"), or {@link #NONE}.
     */
    static int after(List<Token> tokens, int i, int end) {
        int limit = Math.min(end, i + REACH);
        int j = i + 1;
        while (j < limit && tokens.get(j).isWord() && !tokens.get(j).is("on") && !tokens.get(j).has(Cues.CLAUSE_END)) {
            j++;
        }
        if (j >= end || !tokens.get(j).is("on")) {
            return NONE;
        }
        return afterOn(tokens, j, end);
    }

    /**
     * Whether a date right after the number at {@code i}, after "on" and at most one verb, with the words up to {@code
     * end} ("its record close set on Nov. 25", "a record of $4,549.71 on the 26th of December", "on July 25, 1990"),
     * dates it to another time than the sessions around the latest one: a verb of a past level or a year tells it,
     * or the number is an extreme, which a word of {@code before} tells; "gained 0.15% on May 6" may be the latest.
     */
    static boolean datesAnotherTime(List<Token> tokens, int i, int end, String[] before) {
        int on = i + 1;
        boolean datingVerb = false;
        if (on < end && !tokens.get(on).is("on") && isLowerWord(tokens.get(on))) {
            datingVerb = DATING_VERBS.contains(tokens.get(on));
            on++;
        }
        if (on >= end || !tokens.get(on).is("on")) {
            return false;
        }
        int k = on + 1 < end && tokens.get(on + 1).is("the") ? on + 2 : on + 1;
        int date = at(tokens, k, end);
        return date != NONE && (datingVerb || hasYear(date) || anyExtreme(before));
    }

    private static boolean anyExtreme(String[] words) {
        for (String word : words) {
            if (EXTREMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is a word of letters only: "set", "was". */
    private static boolean isLowerWord(Token t) {
        String key = t.key();
        if (!t.isWord() || key.isEmpty()) {
            return false;
        }
        for (int c = 0; c < key.length(); c++) {
            if (key.charAt(c) < 'a' || key.charAt(c) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The date after the "on" at {@code on}, past a weekday and its comma ("on Thursday, November 4"), or NONE. */
    private static int afterOn(List<Token> tokens, int on, int end) {
        int k = on + 1;
        if (k + 1 < end && WEEKDAYS.contains(tokens.get(k)) && tokens.get(k + 1).is(",")) {
            k += 2;
        }
        return at(tokens, k, end);
    }

    /**
     * The last date a sentence tells after "on" of a market's move ("U.S. markets closed higher on April 9"), not of
     * something to come ("the budget due on July 10"), or {@link #NONE}.
     */
    static int told(List<Token> tokens) {
        int firstMove = firstMove(tokens);
        for (int j = tokens.size() - 2; j > firstMove; j--) {
            if (tokens.get(j).is("on") && !TO_COME.contains(tokens.get(j - 1))) {
                int date = afterOn(tokens, j, tokens.size());
                if (date != NONE) {
                    return date;
                }
            }
        }
        return NONE;
    }

    /** Where the first word that tells a move stands ("closed higher", "fell"); the sentence's length if none does. */
    private static int firstMove(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            if (Cues.sign(tokens.get(k)) != 0) {
                return k;
            }
        }
        return tokens.size();
    }

    /**
     * The date a sentence tells before its first name at {@code first}: "On April 9 the index", "on July 9, 2021, the
     * Dow closes at", or {@link #NONE}.
     */
    static int leading(List<Token> tokens, int first) {
        for (int j = 0; j + 1 < first; j++) {
            if (tokens.get(j).is("on")) {
                int date = afterOn(tokens, j, first);
                if (date != NONE) {
                    return date;
                }
            }
        }
        return NONE;
    }

    /** The date written from token {@code j}: "April 8", "Dec. 31, 2013", "26th December", "4 January 2018". */
    static int at(List<Token> tokens, int j, int end) {
        if (j >= end) {
            return NONE;
        }
        int month = month(tokens.get(j));
        int k;
        int day;
        if (month > 0) {
            k = j + 1 < end && tokens.get(j + 1).is(".") ? j + 2 : j + 1;
            if (k >= end || !isDay(tokens.get(k))) {
                return NONE;
            }
            day = (int) tokens.get(k).value();
            k++;
            if (k < end && ORDINALS.contains(tokens.get(k)) && !tokens.get(k).is("of")) {
                k++;
            }
        } else if (isDay(tokens.get(j))) {
            day = (int) tokens.get(j).value();
            k = j + 1;
            while (k < end && ORDINALS.contains(tokens.get(k)) && k < j + 3) {
                k++;
            }
            month = k < end ? month(tokens.get(k)) : 0;
            if (month == 0) {
                return NONE;
            }
            k++;
        } else {
            return NONE;
        }
        if (k < end && tokens.get(k).is(",")) {
            k++;
        }
        int year = k < end && isYear(tokens.get(k)) ? (int) tokens.get(k).value() : 0;
        return year * YEAR + (month - 1) * MONTH + day;
    }

    /** The date written in numbers from token {@code j}, year first ("2026-03-26", "2026/03/26"), or {@link #NONE}. */
    static int numbered(List<Token> tokens, int j, int end) {
        if (end - j < NUMBERED_TOKENS || !isYear(tokens.get(j))
                || !tokens.get(j + 1).is("-") && !tokens.get(j + 1).is("/")
                || !tokens.get(j + 3).is(tokens.get(j + 1).key()) || !tokens.get(j + 2).isNumber()
                || !tokens.get(j + 4).isNumber()) {
            return NONE;
        }
        double month = tokens.get(j + 2).value();
        double day = tokens.get(j + 4).value();
        return month >= 1 && month <= 12 && day >= 1 && day <= MONTH
                ? (int) tokens.get(j).value() * YEAR + ((int) month - 1) * MONTH + (int) day : NONE;
    }

    /**
     * The period of a figure dated {@code date} in a text whose latest date is {@code latest}: the previous session's
     * a few days before it, another time's further back; null for the latest date, or when either is unknown. A date
     * with no year is taken in the year of the latest, or the one before.
     */
    static Period period(int date, int latest) {
        if (date == NONE || latest == NONE) {
            return null;
        }
        int back = latest - inYearOf(date, latest);
        return back <= 0 ? null : back <= SESSION_BACK ? Period.PRIOR_SESSION : Period.OTHER;
    }

    /** Whether a date is written with its year: "on August 12, 2015". */
    static boolean hasYear(int date) {
        return date >= YEAR;
    }

    /** The later of two dates, a date with no year taken in the year of the other. */
    static int later(int date, int other) {
        if (date == NONE) {
            return other;
        }
        if (other == NONE) {
            return date;
        }
        return Math.max(inYearOf(date, other), inYearOf(other, date));
    }

    /**
     * {@code date} in the year of {@code reference} when it has none, or in the year before or after when that puts
     * them closer: "Dec. 30" before "Jan. 2".
     */
    private static int inYearOf(int date, int reference) {
        if (date >= YEAR) {
            return date;
        }
        int candidate = date + reference / YEAR * YEAR;
        if (candidate - reference > HALF_YEAR) {
            return candidate - YEAR;
        }
        return reference - candidate > HALF_YEAR ? candidate + YEAR : candidate;
    }

    /**
     * Where a day and month written at the end of a row start ("26-Sep", "26 Sep", "26/Sep"), the date a quote was
     * taken; {@code end} when the row ends in none.
     */
    static int trailingDayMonth(List<Token> tokens, int end) {
        if (end < 2 || month(tokens.get(end - 1)) == 0) {
            return end;
        }
        int day = tokens.get(end - 2).is("-") || tokens.get(end - 2).is("/") ? end - 3 : end - 2;
        return day >= 0 && isDay(tokens.get(day)) ? day : end;
    }

    private static int month(Token t) {
        if (!t.isWord() || !MONTHS.contains(t)) {
            return 0;
        }
        return MONTH_PREFIXES.indexOf(t.key().substring(0, 3)) / 3 + 1;
    }

    private static boolean isDay(Token t) {
        return t.isNumber() && t.unit() == Token.Unit.NONE && t.currency() == null && t.value() >= 1
                && t.value() <= MONTH && t.value() == Math.rint(t.value()) && t.text().length() <= 2;
    }

    /** Whether a number is written as a year: "1982", "2025". */
    static boolean isYear(Token t) {
        return t.isNumber() && t.unit() == Token.Unit.NONE && t.currency() == null && t.text().length() == 4
                && t.value() >= 1900 && t.value() < 2100;
    }
}
