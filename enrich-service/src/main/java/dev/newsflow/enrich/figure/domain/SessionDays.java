package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/** The days of the week a text dates its figures to, and the day it reports: the first it names as a session's. */
final class SessionDays {

    /** Monday to Sunday, in order. */
    private static final List<String> WEEKDAYS = Vocabulary.list("periods", "weekdays");
    /** Words before a day that make it no session of the report: "last Friday", "from Wednesday", "since Monday". */
    private static final WordSet NOT_REPORTED = Vocabulary.words("periods", "days-not-reported");
    private static final WordSet MOVE_NOUNS = Vocabulary.words("moves", "move-nouns");
    /** Words after a number that sign it, between the number and its day: "closed 0.16% higher on Tuesday". */
    private static final WordSet SIGNING_WORDS = Vocabulary.words("moves", "after-number");
    /** Verbs before a move that tell where an instrument stands now: "is up", "are lower". */
    private static final WordSet STANDING_VERBS = Vocabulary.words("moves", "standing-verbs");
    /** Nouns of a session a day owns: "at Wednesday's close", "in Thursday's session". */
    private static final WordSet SESSION_NOUNS = Vocabulary.words("periods", "day-session-nouns");
    /** How many days before the reported one a session dated by its day may be. */
    private static final int WEEK_BACK = 4;

    private SessionDays() {
    }

    /**
     * The day the text reports: the first day of the week it names, not as a possessive, after "last" or "from", nor
     * as the date of a move noun ("a 0.6% advance on Monday"); none for a report of trading outside the session's
     * hours, whose day's close is the latest ("rose 4% before the bell on Thursday").
     */
    static String reported(List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int j = 0; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (WEEKDAYS.contains(t.key()) && !t.isPossessive()
                        && (j == 0 || !NOT_REPORTED.contains(tokens.get(j - 1))) && !datesAMoveNoun(tokens, j)) {
                    return Periods.offSession(tokens) ? null : t.key();
                }
            }
        }
        return null;
    }

    private static boolean datesAMoveNoun(List<Token> tokens, int j) {
        return j >= 2 && tokens.get(j - 1).is("on") && MOVE_NOUNS.contains(tokens.get(j - 2));
    }

    /**
     * The day written right after the number at {@code i} or the word that signs it, alone or after "on" ("shed 1.1%
     * Wednesday", "closed 0.2% higher on Monday"), or as the owner of the session it closed ("to 115,171.27 points at
     * Wednesday's close", "in Thursday's session").
     */
    static String after(List<Token> tokens, int i, int end) {
        int j = i + 1;
        if (j < end && tokens.get(j).is("points")) {
            j++;
        }
        if (j < end && SIGNING_WORDS.contains(tokens.get(j))) {
            j++;
        }
        if (j < end && (tokens.get(j).is("on") || tokens.get(j).is("at") || tokens.get(j).is("in"))) {
            j++;
        }
        if (j >= end) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.isPossessive() && WEEKDAYS.contains(t.key()) && j + 1 < end
                && SESSION_NOUNS.contains(tokens.get(j + 1))) {
            return t.key();
        }
        return tokens.get(j - 1).is("at") || tokens.get(j - 1).is("in") ? null : day(t);
    }

    /**
     * The day written between a verb and its number after "on" ("to close on Thursday at 2,038.67", "opened on Friday
     * at 2,023.04", "fell on Monday to 1.0850"), no earlier than {@code from}; null when none is.
     */
    static String onBefore(List<Token> tokens, int i, int from) {
        int j = i - 1;
        if (j > from && (tokens.get(j).is("at") || tokens.get(j).is("to"))) {
            j--;
        }
        return j > from && tokens.get(j - 1).is("on") && j < i - 1 ? day(tokens.get(j)) : null;
    }

    /**
     * The day a sentence tells before its first name at {@code first}: as its first word ("Monday saw ..."), or after
     * "on" ("On Tuesday, ...", "In regular trading on Wednesday, the S&P 500 ...").
     */
    static String leading(List<Token> tokens, int first) {
        if (first > 0 && day(tokens.get(0)) != null) {
            return day(tokens.get(0));
        }
        for (int j = 0; j + 1 < first; j++) {
            if (tokens.get(j).is("on") && day(tokens.get(j + 1)) != null) {
                return day(tokens.get(j + 1));
            }
        }
        return null;
    }

    /**
     * The day the next sentences of a paragraph are of, after a sentence that tells {@code figures} or none: the one a
     * sentence of no figure opens with, as a scene for what follows ("On Wednesday, the exchange closed higher after
     * a volatile session. The index gained 1.2% ..."); none after a sentence that opens with a day for its own figures
     * ("On Friday the franc had ended at 0.91."); else {@code carried}.
     */
    static String carried(List<Token> tokens, boolean figures, String carried) {
        String opening = leading(tokens, Math.min(2, tokens.size()));
        if (opening == null) {
            return carried;
        }
        return figures ? null : opening;
    }

    /** Whether {@code day} is a session before the {@code reported} one, at most four days back. */
    static boolean before(String day, String reported) {
        if (day == null || reported == null) {
            return false;
        }
        int back = Math.floorMod(WEEKDAYS.indexOf(reported) - WEEKDAYS.indexOf(day), WEEKDAYS.size());
        return back >= 1 && back <= WEEK_BACK;
    }

    /**
     * Gives the previous session's period to each figure of the latest session dated by a day of the week ("On Monday
     * Brent crude climbed 3.8%", "shed 1,086.93 points Wednesday") when the text told its instrument's latest figure
     * before it with no day and other numbers: a report tells the day's figure first, then looks back.
     */
    static void lookBacks(List<DraftMerger.Placed> placed) {
        for (int k = 1; k < placed.size(); k++) {
            FigureDraft dated = placed.get(k).draft();
            if (dated.day == null || dated.period != null || dated.offSession || dated.early) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                FigureDraft first = placed.get(j).draft();
                if (placed.get(j).sentence() < placed.get(k).sentence() && first.day == null && first.period == null
                        && !first.early && !first.offSession && first.instrument.equals(dated.instrument)
                        && differ(first, dated)) {
                    dated.period = Period.PRIOR_SESSION;
                    dated.cue("period", dated.day, "a day told after the instrument's latest figure");
                    break;
                }
            }
        }
    }

    /**
     * Gives the latest session back to each figure told of "yesterday" in a report written the day after ("Stocks fell
     * yesterday, led by ..."): one whose text tells no other figure of its instrument's latest session and speaks of no
     * later day in the present ("today", "now", "yields are up"); "rose 0.4% after losing 2% yesterday" keeps the
     * previous session's.
     */
    static void yesterdays(List<Sentence> sentences, List<DraftMerger.Placed> figures) {
        java.util.BitSet toldOfYesterday = new java.util.BitSet(sentences.size());
        figures.stream().filter(placed -> placed.draft().yesterday).forEach(placed -> toldOfYesterday.set(
                placed.sentence()));
        if (toldOfYesterday.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            if (!toldOfYesterday.get(s) && speaksOfToday(sentences.get(s).tokens())) {
                return;
            }
        }
        for (DraftMerger.Placed placed : figures) {
            FigureDraft told = placed.draft();
            if (told.yesterday && told.period == Period.PRIOR_SESSION && figures.stream().map(DraftMerger.Placed::draft)
                    .noneMatch(other -> other.period == null && other.instrument.equals(told.instrument)
                            && differ(other, told))) {
                told.period = null;
                told.cue("period", "yesterday", "the latest session of a report written the day after");
            }
        }
    }

    /** Whether a sentence speaks of the day it is written in the present: "today", "now", "yields are up". */
    private static boolean speaksOfToday(List<Token> tokens) {
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is("today") || t.is("now") || STANDING_VERBS.contains(t.key()) && j + 1 < tokens.size()
                    && Cues.sign(tokens.get(j + 1)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether two figures give one field different numbers: two moves in percent, two levels. */
    private static boolean differ(FigureDraft a, FigureDraft b) {
        return a.changePercent != null && b.changePercent != null && !a.changePercent.equals(b.changePercent)
                || a.changePoints != null && b.changePoints != null && !a.changePoints.equals(b.changePoints)
                || a.level != null && b.level != null && !a.level.equals(b.level);
    }

    private static String day(Token t) {
        return WEEKDAYS.contains(t.key()) && !t.isPossessive() ? t.key() : null;
    }
}
