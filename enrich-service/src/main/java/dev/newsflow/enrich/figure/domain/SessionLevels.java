package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import java.util.Map;

/**
 * Levels of another moment than the latest close, told by the words before them: the previous close ("from 4.23% late
 * Friday", "against its previous close of 35,141.99", "compared with 187,761.69 in the previous session") and the
 * session's open, high and low ("opened at 35,145.75", "an intra-day high of 35,402", "between 3,261.49 and 3,281.23").
 */
final class SessionLevels {

    /** The phrases as the words of a text are compared with them: lowercase, a possessive's 's left out. */
    private static final List<Map.Entry<String, Period>> PHRASES = Vocabulary.pairs("periods", "session-levels")
            .stream().map(e -> Map.entry(" " + e.getKey().replace("'s ", " ") + " ",
                    Period.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT)))).toList();
    /** The phrases by their last word, so a level's words are compared only with the phrases they could end with. */
    private static final Map<String, List<Map.Entry<String, Period>>> BY_LAST_WORD = PHRASES.stream()
            .collect(java.util.stream.Collectors.groupingBy(phrase -> lastWord(phrase.getKey())));
    /** Words that set a level against an earlier one: "from", "against", "compared with". */
    private static final WordSet COMPARING = Vocabulary.words("periods", "comparing-words");
    /** Nouns of a level that may follow the day it is dated to: "Monday's average price of", "yesterday's level of". */
    private static final WordSet LEVEL_NOUNS = Vocabulary.words("periods", "earlier-level-nouns");
    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");
    /** Words that name the session before: "a previous rate of", "the prior session's close". */
    private static final WordSet PREVIOUS = WordSet.of("previous", "prior");
    /** Spans whose earlier close a level is set against: "from last week's 7,939.70". */
    private static final WordSet SPAN_NOUNS = WordSet.of("week", "month", "quarter", "year");
    private static final int WINDOW = 6;
    /** The words a close named by its day can end with ("Friday's close", "yesterday's closing price was"). */
    private static final WordSet CLOSE_WORDS = WordSet.of("close", "closing", "price", "level",
            "rate", "finish", "settlement", "was");
    /** "a record high of", "a 52-week low at": a level of no other session. */
    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile(
            ".* (record|new|fresh|all-time|lifetime|\\S*-week|\\S*-month|\\S*-year|year|multi-year) "
            + "(closing |close |intraday )?(high|low) (of|at) $");
    /**
     * "topping its previous record of", "beating the record of", "short of the all-time high of": an extreme of some
     * earlier time that the level reached is measured against.
     */
    private static final java.util.regex.Pattern PAST_EXTREME = java.util.regex.Pattern.compile(
            ".* ((previous|prior|former|old|last week|last month|last year) |(topping|topped|beating|beat"
            + "|surpassing|surpassed|eclipsing|eclipsed|breaking|broke|bettering|bettered|exceeding|exceeded|above"
            + "|below|of) (its|the|a|last week|last month|last year) )"
            + "((all-time|record|closing|close|intraday|intra-day|previous|prior|\\S+-week|\\S+-month|\\S+-year) )*"
            + "(record|high|low|peak)( close| closing| closing price)? (of|at) $");
    /** The words a past extreme ends with before its "of" or "at", so its pattern is matched only after one. */
    private static final WordSet PAST_EXTREME_ENDS = WordSet.of("record", "high", "low", "peak", "close", "closing",
            "price");
    /** "opened strong at", "opened on a positive note at", "began the day at". */
    private static final java.util.regex.Pattern OPENED = java.util.regex.Pattern.compile(
            ".* (open|opened|opening|began|begin|start|started|starting) ([a-z-]+ ){0,4}at $");
    /** "Friday's closing price of", "yesterday's close at". */
    private static final java.util.regex.Pattern WEEKDAY_CLOSE = java.util.regex.Pattern.compile(
            ".* (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|previous|prior|last) "
            + "(close|closing|closing price|closing level|closing rate|finish|settlement)( of| at| was)? $");

    /** "after closing Monday at", "after ending Friday at", "(previous close:": the close of a session before. */
    private static final java.util.regex.Pattern CLOSED_ON_A_DAY = java.util.regex.Pattern.compile(
            ".* after (closing|ending|settling|finishing) (on )?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday) at $"
            + "|.* (previous|prior|prev|last) (close|closing|closing price)( was)? ?:? $");

    /** Spans after an earlier level that put it further back than the session before: "7,259 a year earlier". */
    private static final List<String[]> FURTHER_BACK = Vocabulary.words("periods", "further-back").stream()
            .map(phrase -> phrase.split(" ")).toList();
    /** How many words after an earlier level the time it is of may stand: "from 776.92 points in 1982". */
    private static final int TIME_REACH = 8;
    /** How many times the low end of a session's range its high end may be. */
    private static final double RANGE_RATIO = 1.5;

    private SessionLevels() {
    }

    /**
     * Whether the words after the earlier level at {@code i} date it further back than the session before ("against
     * 7,259 points a year earlier", "from 776.92 points in 1982", "from $35 per coin on August 1", "posted last week"):
     * a level of another time.
     */
    static boolean furtherBack(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + TIME_REACH); j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is("to") || t.is("(")) {
                return false;
            }
            boolean inAYear = t.is("in") && j + 1 < end && CalendarDates.isYear(tokens.get(j + 1));
            boolean onADate = t.is("on") && CalendarDates.at(tokens, j + 1, end) != CalendarDates.NONE;
            if (inAYear || onADate || startsPhrase(tokens, j, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsPhrase(List<Token> tokens, int j, int end) {
        for (String[] phrase : FURTHER_BACK) {
            boolean all = j + phrase.length <= end;
            for (int k = 0; all && k < phrase.length; k++) {
                all = tokens.get(j + k).key().equals(phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The last word of {@code words}, which are space-separated with a space at each end. */
    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ', words.length() - 2) + 1, words.length() - 1);
    }

    /** Whether the token at {@code j} is written with no space on either side: the "-" of "4874-4930". */
    private static boolean glued(List<Token> tokens, int j) {
        return j >= 1 && j + 1 < tokens.size() && tokens.get(j - 1).end() == tokens.get(j).start()
                && tokens.get(j).end() == tokens.get(j + 1).start();
    }

    /**
     * The index of the number that opens a range the number at {@code i} closes, or -1: "4874-4930", "3,309/3,277",
     * "4,874 to 4,930", and a dash written with spaces, which reads as the second number's sign, after a quote unit
     * too ("R17.32/$ - R17.49/$").
     */
    private static int rangeStart(List<Token> tokens, int i) {
        if (i < 3) {
            return -1;
        }
        Token before = tokens.get(i - 1);
        if ((before.is("to") || glued(tokens, i - 1) && (before.is("-") || before.is("/")))
                && tokens.get(i - 2).isNumber()) {
            return i - 2;
        }
        Token t = tokens.get(i);
        boolean dashed = t.sign() < 0 && (t.text().startsWith("- ") || t.text().startsWith("– "));
        int start = i - 1;
        if (dashed && start >= 2 && tokens.get(start - 1).is("/") && !tokens.get(start).isNumber()) {
            start -= 2;
        }
        return dashed && tokens.get(start).isNumber() ? start : -1;
    }

    /**
     * Whether the number at {@code i} opens or closes a range of two numbers of one unit and about one size:
     * "4874-4930", "4,874 to 4,930"; "2,491.55 points - 77 stocks" and "Rs 77,017/10 gram" are no range.
     */
    static boolean rangeEnd(List<Token> tokens, int i) {
        int start = rangeStart(tokens, i);
        if (start >= 0) {
            return alike(tokens.get(start), tokens.get(i));
        }
        return i + 2 < tokens.size() && rangeStart(tokens, i + 2) == i && alike(tokens.get(i), tokens.get(i + 2));
    }

    /** Whether two numbers could be the ends of one range: one unit, one currency, one not far above the other. */
    private static boolean alike(Token first, Token second) {
        double low = Math.min(Math.abs(first.value()), Math.abs(second.value()));
        double high = Math.max(Math.abs(first.value()), Math.abs(second.value()));
        return first.unit() == second.unit() && java.util.Objects.equals(first.currency(), second.currency())
                && low > 0 && high < RANGE_RATIO * low;
    }

    /**
     * Whether the level at {@code i} is set against an earlier session's, named by its day: "from Thursday's P48.57",
     * "compared with yesterday's level of 65.41", "against late Tuesday's $441.50", "from a previous rate of 1.6737",
     * "up from the previous session's close of 80,566.20".
     */
    private static boolean afterAnEarlierDay(List<Token> tokens, int i, int floor) {
        int j = i - 1;
        while (j > floor && LEVEL_NOUNS.contains(tokens.get(j))) {
            j--;
        }
        Token day = tokens.get(j);
        boolean named = day.isPossessive() && (WEEKDAYS.contains(day) || day.is("yesterday"));
        if (day.isPossessive() && (day.is("session") || day.is("day")) && j - 1 > floor
                && PREVIOUS.contains(tokens.get(j - 1))) {
            j--;
            named = true;
        }
        if (!named && !(PREVIOUS.contains(day) && j < i - 1)) {
            return false;
        }
        j--;
        while (j > floor && (tokens.get(j).is("late") || tokens.get(j).is("the") || tokens.get(j).is("its")
                || tokens.get(j).is("a"))) {
            j--;
        }
        return j >= floor && j >= 0 && COMPARING.contains(tokens.get(j));
    }

    /**
     * Whether the level at {@code i} is set against the close of an earlier span than the session before: "down 86.75
     * from last week's 7,939.70", "against the previous month's close of 1,210", "from last week's (June 30)
     * 10,395.07".
     */
    private static boolean afterAnEarlierSpan(List<Token> tokens, int i, int floor) {
        int j = i - 1;
        while (j > floor && LEVEL_NOUNS.contains(tokens.get(j))) {
            j--;
        }
        if (tokens.get(j).is(")")) {
            while (j > floor && !tokens.get(j).is("(")) {
                j--;
            }
            j--;
        }
        if (j - 2 < floor || !tokens.get(j).isPossessive() || !SPAN_NOUNS.contains(tokens.get(j))
                || !(tokens.get(j - 1).is("last") || PREVIOUS.contains(tokens.get(j - 1)))) {
            return false;
        }
        int comparing = tokens.get(j - 2).is("the") ? j - 3 : j - 2;
        return comparing >= floor && COMPARING.contains(tokens.get(comparing));
    }

    /**
     * The period of the level at token {@code i}, from the words since {@code floor} (and the session's high or low the
     * subject before it names: "the day's high reached"); null for the latest one.
     */
    static Period of(List<Token> tokens, int i, int floor) {
        if (i >= 3 && tokens.get(i - 1).is("and") && tokens.get(i - 2).isNumber()
                && (tokens.get(i - 3).is("between") || tokens.get(i - 3).is("of") && i >= 4
                && tokens.get(i - 4).is("range"))) {
            return Period.INTRADAY;
        }
        int start = rangeStart(tokens, i);
        if (start >= 0 && of(tokens, start, floor) == Period.INTRADAY) {
            return Period.INTRADAY;
        }
        if (i >= 1 && tokens.get(i - 1).is("between") && i + 2 < tokens.size() && tokens.get(i + 1).is("and")
                && tokens.get(i + 2).isNumber()) {
            return Period.INTRADAY;
        }
        if (afterAnEarlierDay(tokens, i, floor)) {
            return Period.PRIOR_SESSION;
        }
        if (afterAnEarlierSpan(tokens, i, floor)) {
            return Period.OTHER;
        }
        StringBuilder before = new StringBuilder(" ");
        int first = i;
        boolean extremeNamed = floor > 0 && (tokens.get(floor - 1).is("high") || tokens.get(floor - 1).is("low"));
        int bound = extremeNamed ? floor - 1 : floor;
        while (first > Math.max(bound, i - WINDOW) && (tokens.get(first - 1).isWord()
                || first == i && tokens.get(first - 1).is(":") || first < i
                && (tokens.get(first - 1).isNumber() || tokens.get(first - 1).is("-"))
                && tokens.get(first - 1).end() == tokens.get(first).start())) {
            first--;
        }
        if (first == i) {
            return null;
        }
        for (int j = first; j < i; j++) {
            boolean glued = j + 1 < i && tokens.get(j).end() == tokens.get(j + 1).start();
            before.append(tokens.get(j).key()).append(glued ? "" : " ");
        }
        String words = before.toString();
        Token last = tokens.get(i - 1);
        boolean ofOrAt = last.is("of") || last.is("at");
        if (ofOrAt && i >= 2 && PAST_EXTREME_ENDS.contains(tokens.get(i - 2))
                && PAST_EXTREME.matcher(words).matches()) {
            return Period.OTHER;
        }
        if (ofOrAt && RECORD.matcher(words).matches()) {
            return null;
        }
        if (last.is("at") && OPENED.matcher(words).matches()) {
            return Period.INTRADAY;
        }
        if ((ofOrAt || CLOSE_WORDS.contains(last)) && WEEKDAY_CLOSE.matcher(words).matches()
                || (last.is("at") || last.is(":") || last.is("was")) && CLOSED_ON_A_DAY.matcher(words).matches()) {
            return Period.PRIOR_SESSION;
        }
        for (Map.Entry<String, Period> phrase : BY_LAST_WORD.getOrDefault(lastWord(words), List.of())) {
            if (words.endsWith(phrase.getKey())) {
                return phrase.getValue();
            }
        }
        return null;
    }
}
