package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * Carries the week or month a report states once to the moves of the sentences after it: "The index lost 2.4% in the
 * week to close at 97.59. The top 10 index lost 2.3% to 97.66. Delta shed 3%" are all the week's moves, until a
 * sentence tells a move of no span or names a time of its own ("today", "on Friday", "now"). Only a span's move told
 * by a verb in the past starts the carry: a running total ("has gained 24% this month", "is up 2% in January") is an
 * aside in a report of the day; so is a week's move told inside a paragraph after a move of the day ("The S&P 500
 * gained 1.1%. For the week, it rose 4%"). A paragraph of more than one sentence ends the carry. Levels are not
 * carried: a level alone is where the span ended, the latest close.
 */
final class CarriedSpans {

    /** Words of a day or a time of the session, which give a sentence its own time: "today", "in early trade". */
    private static final WordSet OWN_TIMES = Vocabulary.words("periods", "span-sibling-own-times");
    /** Words of the time a text is written in, which end a span carried from before: "now", "currently". */
    private static final WordSet PRESENT = Vocabulary.words("periods", "present-times");
    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");

    private Period span;
    private int sentences;
    private FigureDraft firstTaker;
    private boolean dayMoveTold;

    /** Starts another paragraph: the span carries over only from a paragraph of one sentence. */
    void newParagraph() {
        if (sentences > 1) {
            span = null;
        }
        sentences = 0;
    }

    /**
     * Gives the moves of the sentence {@code tokens} that tell no time of their own the span carried, unless the
     * sentence names one ("today", "on Friday", "now"), which it is read for once.
     */
    void carry(List<FigureDraft> drafts, List<Token> tokens) {
        if (span == null || drafts.stream().noneMatch(CarriedSpans::untimedMove) || tellsATime(tokens)) {
            return;
        }
        for (FigureDraft draft : drafts) {
            if (untimedMove(draft)) {
                draft.period = span;
                draft.cue("period", span.name().toLowerCase(java.util.Locale.ROOT), "a span an earlier sentence told");
                if (firstTaker == null) {
                    firstTaker = draft;
                }
            }
        }
    }

    private static boolean untimedMove(FigureDraft draft) {
        return draft.hasMove() && draft.period == null && draft.day == null && draft.date == CalendarDates.NONE
                && !draft.offSession && !draft.early && draft.clock == ClockTimes.NONE && !draft.recalled
                && !draft.yesterday && !draft.standing;
    }

    /**
     * Reads a sentence that told {@code drafts}, with their periods set: its first figure keeps the span when it took
     * it or is of it, starts one when it is a move of a week or month told in the past, at the start of a paragraph or
     * before any move of the day, else ends it.
     */
    void after(List<Token> tokens, List<FigureDraft> drafts) {
        boolean opensParagraph = sentences == 0;
        sentences++;
        if (drafts.isEmpty()) {
            Period set = tellsATime(tokens) ? null : SpanSettingSentences.of(tokens);
            if (set != null) {
                span = set;
                firstTaker = null;
            } else if (tellsATime(tokens)) {
                span = null;
            }
        } else {
            FigureDraft first = drafts.get(0);
            boolean keeps = first == firstTaker || span != null && first.period == span;
            boolean starts = (first.period == Period.WEEK || first.period == Period.MONTH) && first.hasMove()
                    && (opensParagraph || !dayMoveTold) && SpanSiblings.toldInThePast(tokens, first);
            span = keeps ? span : starts ? first.period : null;
            dayMoveTold |= drafts.stream().anyMatch(d -> d.period == null && d.hasMove());
        }
        firstTaker = null;
    }

    private static boolean tellsATime(List<Token> tokens) {
        for (Token t : tokens) {
            if (OWN_TIMES.contains(t) || PRESENT.contains(t) || WEEKDAYS.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
