package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the period of a move from the words around its number ("this week", "as much as", "from its peak"). */
final class Periods {

    /** Words that, right after "4.8 percent,", start the number's own period: "this week", "so far this year". */
    private static final WordSet AFTER_COMMA = WordSet.of("this", "so", "year-to-date", "ytd", "in",
            "over");

    /**
     * Times counted back from the day reported that a move measured since them spans: "since last week"; a span
     * counted in its units back from it ("since seven days ago") is read as a counted span.
     */
    private static final List<Map.Entry<String, Period>> SINCE_SPANS = Vocabulary.pairs("periods", "since-spans")
            .stream().map(e -> Map.entry(" " + e.getKey() + " ",
                    Period.valueOf(e.getValue().toUpperCase(java.util.Locale.ROOT)))).toList();

    /** Words before a year that make it the span of a move: "since the start of 2019", "across 2025 to date". */
    private static final WordSet SPAN_YEAR_WORDS = Vocabulary.words("periods", "span-year-words");

    /** Spans a closing verb ends: "closed the week", "ending the year". */
    private static final Map<String, String> SPAN_NOUNS = Vocabulary.map("periods", "closing-spans");
    private static final java.util.Set<String> CLOSING_SPANS = SPAN_NOUNS.keySet();
    /** "For April as a whole", "for 2009 as a whole": the month or year named before it is the span of the moves. */
    private static final String AS_A_WHOLE = " as a whole ";

    private static final WordSet BEFORE_TOO = Vocabulary.words("periods", "before-too");
    /** "in premarket trading", "after hours", "over 24 hours": the latest session, in a span of its own. */
    private static final List<String> OFF_SESSION = Vocabulary.words("periods", "off-session").stream()
            .map(phrase -> " " + phrase + " ").toList();
    private static final List<String[]> OFF_SESSION_WORDS = OFF_SESSION.stream().map(p -> p.strip().split(" "))
            .toList();
    /** "in early trading", "earlier": a time of the session, intraday when a later figure of the instrument is told. */
    private static final List<String> EARLY = Vocabulary.words("periods", "early-session").stream()
            .map(phrase -> " " + phrase + " ").toList();
    /** How many words past a clause's end an off-session phrase may take: "before the bell", "after hours". */
    private static final int LOOK_AHEAD = 3;
    private static final List<Phrase> PHRASES = java.util.stream.Stream.of(closedSpans(),
            Cues.PERIODS.stream().map(e -> new Phrase(" " + e.getKey() + " ", e.getValue(),
                    BEFORE_TOO.contains(e.getKey()), true)),
            Cues.PERIODS_BEFORE_NUMBER.stream().map(e -> new Phrase(" " + e.getKey() + " ", e.getValue(), true, false)))
            .flatMap(phrases -> phrases).toList();
    /** The indices in {@link #PHRASES} of the phrases each word starts, in ascending order. */
    private static final Map<String, int[]> BY_FIRST_WORD = byFirstWord(PHRASES);
    private static final int[] NO_PHRASES = {};
    private static final String[] NO_WORDS = {};

    /** A month of a year written out: "in January of 2018", "in August 2020", another time than this month. */
    private static final java.util.regex.Pattern MONTH_OF_A_YEAR = java.util.regex.Pattern.compile(" in ("
            + String.join("|", Vocabulary.words("periods", "months")) + ")( \\.)?( of)? (19|20)\\d\\d ");
    /** Words of an extreme a level may reach within a session: "touching its highest since May 20 at". */
    private static final WordSet REACHED_EXTREMES = Vocabulary.words("periods", "reached-extremes");
    /** Words of a session's close, whose extreme is a close and no level reached within the session. */
    private static final WordSet CLOSES = WordSet.copyOf(java.util.stream.Stream.concat(
            Vocabulary.words("periods", "closing-verbs").stream(), Vocabulary.words("periods", "close-nouns").stream())
            .toList());

    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");
    /** Words that open a clause of a time named just before: "since Aug. 27, when it stood at 10,382.35". */
    private static final WordSet RECALLING = Vocabulary.words("periods", "recalling-words");
    private static final WordSet MONTHS = Vocabulary.words("periods", "months");
    private static final WordSet MOVE_NOUNS = Vocabulary.words("moves", "move-nouns");
    private static final WordSet HEDGES = Vocabulary.words("moves", "hedges");
    /** Verbs before a move that tell where an instrument stands: "is up", "has gained". */
    private static final WordSet STANDING_VERBS = Vocabulary.words("moves", "standing-verbs");

    /** A sentence this long is prose, no line of a list. */
    private static final int PROSE = 16;

    private Periods() {
    }

    /**
     * A period and the phrase that gave it, or {@link #NONE}; no period with a phrase is an off-session span, or an
     * early hour of the session when {@code early}; {@code recalled} when the number is of a time a clause recalls:
     * "since Aug. 27, when it stood at 10,382.35".
     */
    record Reading(Period period, String phrase, boolean early, boolean recalled) {

        Reading(Period period, String phrase) {
            this(period, phrase, false, false);
        }

        Reading(Period period, String phrase, boolean early) {
            this(period, phrase, early, false);
        }

        /** Whether the number was traded before the open, after the close or over a rolling day. */
        boolean offSession() {
            return period == null && phrase != null && !early;
        }
    }

    /** The phrase of a reading dated to the day before the text's. */
    private static final String YESTERDAY = "yesterday";

    /** The phrase of a reading from a clause of a time named before it. */
    private static final String RECALLED = "a clause of a time named before";

    /** No period: the latest session. */
    static final Reading NONE = new Reading(null, null);

    /** The period of the number at {@code i}, from the words since {@code from} and up to {@code end}. */
    static Reading around(List<Token> tokens, int i, int from, int end) {
        Period labelled = labelled(tokens, i);
        if (labelled != null) {
            return new Reading(labelled, "a period's label before the number");
        }
        Period recalled = recalledTime(tokens, i, from);
        if (recalled != null) {
            return new Reading(recalled, RECALLED, false, true);
        }
        boolean any = false;
        for (int j = Math.max(from, i - 8); j < Math.min(end, i + 8) && !any; j++) {
            any = tokens.get(j).has(Cues.PERIOD_WORD) || CountedSpans.mayCount(tokens.get(j).key());
        }
        if (!any) {
            return NONE;
        }
        int first = i;
        while (first > Math.max(from, i - 8) && (!endsWindow(tokens.get(first - 1))
                || closesSpanWith(tokens, first - 1) || countsASpan(tokens, first - 1, i))) {
            first--;
        }
        StringBuilder before = new StringBuilder(" ");
        List<String> beforeKeys = new ArrayList<>(i - first);
        for (int j = first; j < i; j++) {
            before.append(tokens.get(j).key()).append(' ');
            addKey(beforeKeys, tokens.get(j).key());
        }
        StringBuilder after = new StringBuilder(" ");
        List<String> afterKeys = new ArrayList<>(8);
        int stop = Math.min(end, i + 8);
        for (int j = i + 1; j < stop; j++) {
            int past = Counterparts.after(tokens, j, end);
            if (past > j) {
                stop = Math.min(end, stop + past - j);
                j = past - 1;
                continue;
            }
            Token t = tokens.get(j);
            boolean offSession = startsOffSession(tokens, j, end);
            boolean commaAfterNumber = j == i + 1 && t.is(",") && j + 1 < end
                    && AFTER_COMMA.contains(tokens.get(j + 1));
            if (endsWindow(t) && !offSession && !commaAfterNumber && !isDay(t) && !yearOfADate(tokens, j, end)
                    && !yearOfASpan(tokens, j) && !countsTime(tokens, j, end) && !countsASpan(tokens, j, end)) {
                stop = j;
                break;
            }
            after.append(t.key()).append(' ');
            addKey(afterKeys, t.key());
        }
        String[] beforeWords = beforeKeys.toArray(NO_WORDS);
        boolean dated = CalendarDates.datesAnotherTime(tokens, i, stop, beforeWords);
        Reading reading = of(before.toString(), after.toString(), beforeWords, afterKeys.toArray(NO_WORDS), dated);
        if (reading == NONE && reachesAnExtreme(tokens, from, i)) {
            return new Reading(null, "an extreme reached", true);
        }
        if (reading == NONE) {
            Period year = inAYear(tokens, from, i, end);
            return year == null ? NONE : new Reading(year, "a move in a year");
        }
        return reading;
    }

    /**
     * The period of a move told in a year written right after it: the year's when told in the past tense ("slipped
     * 0.7% in 2019", "after gaining 31% in 2021"), the year to date when told as where the instrument stands ("is up
     * 12% in 2024", "has gained 9% in 2023 so far"), another time's for part of a past year ("rose 30% in 1929 up to
     * the crash"); null for no such move.
     */
    private static Period inAYear(List<Token> tokens, int from, int i, int end) {
        Token.Unit unit = tokens.get(i).unit();
        if (unit != Token.Unit.PERCENT && unit != Token.Unit.POINTS || i + 2 >= end || !tokens.get(i + 1).is("in")
                || !isYear(tokens.get(i + 2))) {
            return null;
        }
        Token next = i + 3 < end ? tokens.get(i + 3) : null;
        boolean toDate = next != null && (next.is("so") || next.is("to"));
        if (next != null && !toDate && (next.is("up") || next.is("until") || next.is("through") || next.is("till")
                || next.is("before"))) {
            return Period.OTHER;
        }
        int j = i - 1;
        while (j > from && (HEDGES.contains(tokens.get(j)) || tokens.get(j).is("by") || tokens.get(j).is("than")
                || tokens.get(j).is("more") || tokens.get(j).is("over"))) {
            j--;
        }
        int verb = j - 1;
        while (verb > from && (tokens.get(verb).is("now") || tokens.get(verb).is("still"))) {
            verb--;
        }
        boolean standing = verb >= from && STANDING_VERBS.contains(tokens.get(verb));
        return standing || toDate ? Period.YTD : Period.YEAR;
    }

    /**
     * The period a label and a colon right before a move name ("(YTD: +46.1%)", "Week: -2.3%"), or null: the label is
     * read as a period phrase of its own.
     */
    private static Period labelled(List<Token> tokens, int i) {
        if (i < 2 || tokens.get(i).unit() != Token.Unit.PERCENT || !tokens.get(i - 1).is(":")
                || !tokens.get(i - 2).has(Cues.PERIOD_WORD)) {
            return null;
        }
        return of(" ", " " + tokens.get(i - 2).key() + " ").period();
    }

    /**
     * Adds a token's key to the words of a phrase as splitting the phrase at its spaces would: a number grouped with
     * spaces ("12 800,52") is more than one word there.
     */
    private static void addKey(List<String> keys, String key) {
        if (key.indexOf(' ') < 0) {
            keys.add(key);
        } else {
            keys.addAll(java.util.Arrays.asList(key.split(" ")));
        }
    }

    /**
     * Whether the level at {@code i} is an extreme the words since {@code first} tell it reached, not closed at
     * ("touching its highest since May 20 at $1,751", "dipping to a low of 2,655.15"): like a figure of the early
     * hours, intraday when the text also tells the instrument's latest figure.
     */
    private static boolean reachesAnExtreme(List<Token> tokens, int from, int i) {
        Token number = tokens.get(i);
        if (number.unit() != Token.Unit.NONE && number.unit() != Token.Unit.AMOUNT) {
            return false;
        }
        boolean extreme = false;
        for (int j = i - 1; j >= Math.max(from, i - 12); j--) {
            Token t = tokens.get(j);
            if (CLOSES.contains(t)) {
                return false;
            }
            if (endsWindow(t) && !(isDay(t) || isYear(t)) && !(t.is(",") && j > 0 && isDay(tokens.get(j - 1)))) {
                break;
            }
            extreme |= REACHED_EXTREMES.contains(t);
        }
        return extreme;
    }

    /**
     * The period a section heading gives the lines under it ("For the week:", "Year to date:"): set by a heading that
     * ends with a colon, kept over short lines, ended by another heading or by a sentence of prose.
     */
    static Period ofSection(Sentence sentence, Period current) {
        List<Token> tokens = sentence.tokens();
        boolean heading = !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(":") && tokens.size() <= 8;
        if (heading) {
            StringBuilder words = new StringBuilder(" ");
            tokens.forEach(t -> words.append(t.key()).append(' '));
            return of(words.toString(), " ").period();
        }
        return tokens.size() > PROSE ? null : current;
    }

    /** Whether a reading dates its number to "yesterday", the previous session's only in a report of a later one. */
    static boolean ofYesterday(Reading reading) {
        return reading.period() == Period.PRIOR_SESSION && YESTERDAY.equals(reading.phrase());
    }

    /** Whether a period is a span longer than a session: a week, a month, the year to date or a year. */
    static boolean isSpan(Period period) {
        return period == Period.WEEK || period == Period.MONTH || period == Period.YTD || period == Period.YEAR;
    }

    /** Whether a word alone tells an early hour of the session: "Earlier it had fallen 1.2%". */
    static boolean tellsAnEarlyHour(Token t) {
        return EARLY.contains(" " + t.key() + " ");
    }

    /**
     * Whether the move at {@code i} is told as a noun right after its number, as a comparison names another figure's
     * move ("trailing the Dow's 6% gain", "against a 3.5% rise in the Topix"): after a move over a longer span in the
     * same sentence, it is of that span too.
     */
    static boolean toldAsANoun(List<Token> tokens, int i, int end) {
        return i + 1 < end && MOVE_NOUNS.contains(tokens.get(i + 1));
    }

    /** Whether the words after the number at {@code i} refer to an earlier figure's period ("the same stretch"). */
    static boolean samePeriodAs(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + 5); j++) {
            if (tokens.get(j).is("same")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span a move measured "since" a time counted back from the day reported covers ("since last week", "47% since
     * this time last year", "since a month ago"), or null when {@code words} tell no such time.
     */
    private static Period sinceASpan(String words) {
        int since = words.indexOf(" since ");
        if (since < 0) {
            return null;
        }
        for (Map.Entry<String, Period> span : SINCE_SPANS) {
            if (words.startsWith(span.getKey(), since + 6)) {
                return span.getValue();
            }
        }
        String[] counted = words.substring(since + 7).split(" ", 4);
        return counted.length >= 3 && counted[2].equals("ago") ? CountedSpans.of(counted[0], counted[1]) : null;
    }

    /** Whether words tell a month of a year: "an all-time high of 33,484.08 in January of 2018". */
    private static boolean inAMonthOfAYear(String words) {
        return words.contains(" in ") && MONTH_OF_A_YEAR.matcher(words).find();
    }

    /**
     * Whether a move told as a noun is dated to a day before: "wiping out Sunday's 0.4 per cent gain", "adding to a 0.6
     * per cent advance on Monday", "after the 1.2% drop last Friday", "yesterday's 2% rise".
     */
    private static boolean dayBeforesMoveNoun(String[] previous, String[] next) {
        if (next.length == 0 || !MOVE_NOUNS.contains(next[0])) {
            return false;
        }
        int k = previous.length - 1;
        while (k > 0 && HEDGES.contains(previous[k])) {
            k--;
        }
        boolean possessive = k >= 0 && (WEEKDAYS.contains(previous[k]) || previous[k].equals("yesterday"));
        boolean dated = next.length >= 3 && (next[1].equals("on") || next[1].equals("last"))
                && WEEKDAYS.contains(next[2]) || next.length >= 2 && next[1].equals("yesterday");
        return possessive || dated;
    }

    /** "closed the week", "ending the month": a closing verb before a span, which the move or level is of. */
    private static java.util.stream.Stream<Phrase> closedSpans() {
        return Vocabulary.pairs("periods", "closing-spans").stream().flatMap(span -> Vocabulary.words("periods",
                "closing-verbs").stream().map(verb -> new Phrase(" " + verb + " the " + span.getKey() + " ",
                Period.valueOf(span.getValue().toUpperCase(java.util.Locale.ROOT)), true, true)));
    }

    private static boolean isDay(Token t) {
        return t.isNumber() && t.unit() == Token.Unit.NONE && t.value() <= 31;
    }

    /** Whether token {@code j} is the year after a day, or the comma between them: "on Aug 25, 2024". */
    private static boolean yearOfADate(List<Token> tokens, int j, int end) {
        Token t = tokens.get(j);
        if (t.is(",")) {
            return j + 1 < end && isYear(tokens.get(j + 1)) && isDay(tokens.get(j - 1));
        }
        return isYear(t) && (isDay(tokens.get(j - 1)) || tokens.get(j - 1).is(",") && isDay(tokens.get(j - 2)));
    }

    /** Whether token {@code j} counts the units of a span: "over the past 52 weeks". */
    private static boolean countsTime(List<Token> tokens, int j, int end) {
        return tokens.get(j).isNumber() && j + 1 < end && NumberContext.countsTime(tokens, j);
    }

    /**
     * Whether token {@code j} is the year a span starts or lies in, or the year of a month: "since the start of 2019",
     * "across 2025", "from its March 2000 high".
     */
    private static boolean yearOfASpan(List<Token> tokens, int j) {
        return isYear(tokens.get(j)) && j > 0 && (SPAN_YEAR_WORDS.contains(tokens.get(j - 1))
                || MONTHS.contains(tokens.get(j - 1)));
    }

    private static boolean isYear(Token t) {
        return t.isNumber() && t.unit() == Token.Unit.NONE && t.currency() == null && t.text().length() == 4
                && t.value() >= 1900 && t.value() < 2100;
    }

    /** Whether a sentence tells of trading outside the session's hours anywhere: "premarket", "after the bell". */
    static boolean offSession(List<Token> tokens) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).has(Cues.PERIOD_WORD) && startsOffSession(tokens, j, tokens.size())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code j} put the number in an off-session span: "before the bell", "after hours". */
    private static boolean startsOffSession(List<Token> tokens, int j, int end) {
        for (String[] phrase : OFF_SESSION_WORDS) {
            boolean all = phrase.length <= LOOK_AHEAD && j + phrase.length <= end;
            for (int k = 0; all && k < phrase.length; k++) {
                all = tokens.get(j + k).key().equals(phrase[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The period of a time that a clause of the number at {@code i} recalls ("since Aug. 27, when it stood at", "on
     * Friday, when it edged up", "in the previous session, when it closed at"): an earlier session when the time
     * before the comma is a day of the week or the previous session, another time when it is a date or a year; null
     * when the number is in no such clause.
     */
    private static Period recalledTime(List<Token> tokens, int i, int from) {
        int w = i - 1;
        while (w > Math.max(from, i - 8) && !RECALLING.contains(tokens.get(w)) && !endsWindow(tokens.get(w))) {
            w--;
        }
        if (w < from + 2 || !RECALLING.contains(tokens.get(w)) || !tokens.get(w - 1).is(",")) {
            return null;
        }
        for (int j = w - 2; j >= Math.max(from, w - 8) && !tokens.get(j).is(","); j--) {
            Token t = tokens.get(j);
            if (WEEKDAYS.contains(t) || t.is("yesterday") || (t.is("session") || t.is("day")) && j > 0
                    && (tokens.get(j - 1).is("previous") || tokens.get(j - 1).is("prior"))) {
                return Period.PRIOR_SESSION;
            }
            if (MONTHS.contains(t) || isYear(t) || isDecade(t)) {
                return Period.OTHER;
            }
        }
        return null;
    }

    /** Whether a word names a decade: "the '70s", "the 1990s". */
    private static boolean isDecade(Token t) {
        String key = t.key();
        return key.length() >= 4 && key.endsWith("0s") && (key.charAt(0) == '\'' || key.charAt(0) == '’'
                || Character.isDigit(key.charAt(0)));
    }

    /** Whether token {@code j} is the count of a span hyphenated to its unit and a move noun: "a 4-week gain of". */
    private static boolean countsASpan(List<Token> tokens, int j, int end) {
        return tokens.get(j).isNumber() && j + 3 < end && tokens.get(j + 1).is("-")
                && CountedSpans.mayCount(tokens.get(j + 2).key()) && MOVE_NOUNS.contains(tokens.get(j + 3));
    }

    /** Whether token {@code j} is the "with" after a span a closing verb ends: "closed the week with a gain of 2%". */
    private static boolean closesSpanWith(List<Token> tokens, int j) {
        return tokens.get(j).is("with") && j > 0 && CLOSING_SPANS.contains(tokens.get(j - 1).key());
    }

    private static boolean endsWindow(Token t) {
        return t.isNumber() || t.is(",") || t.is(";") || t.is("(") || t.is("and")
                || t.has(Cues.CLAUSE_END) && !t.is("since") && !t.is("as");
    }

    /**
     * Whether the words after a move, or after its unit, name the last close as where it is measured from: "down 0.76%
     * from the previous day's close", "up 6.10 won from the previous session's close", "165.53 points (1.84%) compared
     * to yesterday's trading", "down 1.93% from a day earlier", "jumped 6% from last Friday's close" are the latest
     * session's move.
     */
    private static boolean measuredFromLastClose(String after) {
        String words = after.startsWith(" ) ") ? after.substring(2) : after;
        int second = words.indexOf(' ', 1);
        if (second > 0 && !words.startsWith(" from ") && words.startsWith(" from ", second)) {
            words = words.substring(second);
        }
        if (words.startsWith(" over the previous close")) {
            return true;
        }
        for (String measure : List.of(" from ", " compared to ", " compared with ", " against ", " versus ")) {
            if (words.startsWith(measure)) {
                String rest = words.substring(measure.length() - 1);
                return rest.startsWith(" the previous ") || rest.startsWith(" its previous ")
                        || rest.startsWith(" the prior ") || rest.startsWith(" its prior ")
                        || rest.startsWith(" yesterday") || rest.startsWith(" the previous close")
                        || rest.startsWith(" the last close") || rest.startsWith(" a day earlier")
                        || rest.startsWith(" the day before") || lastWeekday(rest);
            }
        }
        return false;
    }

    /** Whether words start with the last of a day of the week: " last friday 's close". */
    private static boolean lastWeekday(String words) {
        if (!words.startsWith(" last ")) {
            return false;
        }
        int end = words.indexOf(' ', 6);
        return end > 6 && WEEKDAYS.contains(words.substring(6, end));
    }

    /** The period the phrases {@code before} and {@code after} a number give it, or {@link #NONE}. */
    static Reading of(String before, String after) {
        return of(before, after, words(before), words(after), false);
    }

    /** The words of a phrase written with a space at each end. */
    private static String[] words(String phrase) {
        String stripped = phrase.strip();
        return stripped.isEmpty() ? NO_WORDS : stripped.split(" ");
    }

    /**
     * {@link #of(String, String)} with the words of the phrases at hand ({@code beforeWords}, {@code afterWords}), as
     * splitting them at their spaces gives, and whether a date after the number puts it at another time ({@code
     * dated}, from {@link CalendarDates#datesAnotherTime}).
     */
    private static Reading of(String before, String after, String[] beforeWords, String[] afterWords,
            boolean dated) {
        for (String intraday : List.of(" as much as ", " intraday ", " as high as ", " as low as ")) {
            if (before.contains(intraday) || intraday.equals(" intraday ") && after.startsWith(intraday)) {
                return after.startsWith(" yesterday ") ? new Reading(Period.PRIOR_SESSION, "an extreme of yesterday")
                        : new Reading(Period.INTRADAY, intraday.strip());
            }
        }
        for (String span : OFF_SESSION) {
            if (before.contains(span) || after.contains(span)) {
                return new Reading(null, span.strip());
            }
        }
        if (measuredFromLastClose(after) || measuredFromLastClose(before) && before.contains(" to ")) {
            return NONE;
        }
        Period whole = asAWhole(before.contains(AS_A_WHOLE) ? before : after);
        if (whole != null) {
            return new Reading(whole, AS_A_WHOLE.strip());
        }
        if (dated || inAMonthOfAYear(before) || inAMonthOfAYear(after)) {
            return new Reading(Period.OTHER, "a day of a month");
        }
        if (dayBeforesMoveNoun(beforeWords, afterWords)) {
            return new Reading(Period.PRIOR_SESSION, "a day's move before");
        }
        Period sinceSpan = sinceASpan(before.contains(" since ") ? before : after);
        if (sinceSpan != null) {
            return new Reading(sinceSpan, "since a span back from the day reported");
        }
        if (before.contains(" since ") && !before.contains(" since the start") && !before.contains(" since january")) {
            return new Reading(Period.OTHER, "since");
        }
        if (after.startsWith(" since ")) {
            String rest = after.substring(7);
            if (rest.startsWith("the start of the year") || rest.startsWith("the beginning of the year")
                    || rest.startsWith("january") || rest.startsWith("the start of 20")) {
                return new Reading(Period.YTD, after.strip());
            }
            return new Reading(rest.contains(" low") || rest.contains("trough") || rest.contains("bottom")
                    ? Period.FROM_LOW : Period.OTHER, after.strip());
        }
        Period relative = relative(after);
        if (relative != null) {
            return new Reading(relative, after.strip());
        }
        Period counted = countedSpan(beforeWords, afterWords);
        if (counted != null) {
            return new Reading(counted, "a counted span");
        }
        int first = firstPhrase(before, false, firstPhrase(after, true, PHRASES.size()));
        if (first < PHRASES.size()) {
            Phrase phrase = PHRASES.get(first);
            return new Reading(phrase.period(), phrase.padded().strip());
        }
        for (String early : EARLY) {
            if (before.contains(early) || after.contains(early)) {
                return new Reading(null, early.strip(), true);
            }
        }
        return NONE;
    }

    /**
     * The index in {@link #PHRASES} of the first phrase before {@code bound} that {@code words} (space-separated, with
     * a space at each end) holds and that may stand {@code after} the number or before it; {@code bound} when none
     * does. Only the phrases starting with a word of {@code words} are tried.
     */
    private static int firstPhrase(String words, boolean after, int bound) {
        int best = bound;
        int start = 1;
        for (int end = words.indexOf(' ', start); end > 0; start = end + 1, end = words.indexOf(' ', start)) {
            for (int index : BY_FIRST_WORD.getOrDefault(words.substring(start, end), NO_PHRASES)) {
                if (index >= best) {
                    break;
                }
                Phrase phrase = PHRASES.get(index);
                if ((after ? phrase.afterToo() : phrase.beforeToo())
                        && words.startsWith(phrase.padded(), start - 1)) {
                    best = index;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The period of a span counted in its units before or after the number ("in the past three days", "an eight-day
     * gain of"), unless the number is ranked against that span ("its highest in two weeks", "the biggest fall in
     * three weeks").
     */
    private static Period countedSpan(String[] before, String[] after) {
        Period period = CountedSpans.in(after);
        if (period == null) {
            period = CountedSpans.in(before);
        }
        if (period == null || CountedSpans.ranks(before) || CountedSpans.ranks(after)) {
            return null;
        }
        return period;
    }

    private static Map<String, int[]> byFirstWord(List<Phrase> phrases) {
        Map<String, List<Integer>> indices = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String first = phrases.get(i).padded().strip().split(" ")[0];
            indices.computeIfAbsent(first, word -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> byWord = new HashMap<>();
        indices.forEach((word, list) -> byWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        return Vocabulary.lookup(byWord);
    }

    private static Period relative(String after) {
        boolean peak = after.contains(" peak ") || after.contains(" record ") || after.contains(" high ")
                || after.contains(" highs ") || after.contains(" its top ") || after.contains(" all-time ");
        boolean low = after.contains(" low ") || after.contains(" lows ") || after.contains(" trough ")
                || after.contains(" bottom ");
        if (peak && (after.contains(" from ") || after.contains(" below ") || after.contains(" off "))) {
            return Period.FROM_PEAK;
        }
        if (low && (after.contains(" from ") || after.contains(" above ") || after.contains(" off "))) {
            return Period.FROM_LOW;
        }
        return null;
    }

    /**
     * The span {@code words} name before "as a whole": a month's for a month ("for April as a whole"), a year's for a
     * year ("for 2009 as a whole"), the week's, month's or year's for those nouns; null for none.
     */
    private static Period asAWhole(String words) {
        int at = words.indexOf(AS_A_WHOLE);
        if (at < 1) {
            return null;
        }
        String word = words.substring(words.lastIndexOf(' ', at - 1) + 1, at);
        if (MONTHS.contains(word)) {
            return Period.MONTH;
        }
        if (word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars()
                .allMatch(Character::isDigit)) {
            return Period.YEAR;
        }
        String span = SPAN_NOUNS.get(word);
        return span == null ? null : Period.valueOf(span.toUpperCase(java.util.Locale.ROOT));
    }

    /** A period phrase padded with spaces, and whether it may come before the number, and after it. */
    private record Phrase(String padded, Period period, boolean beforeToo, boolean afterToo) {
    }
}
