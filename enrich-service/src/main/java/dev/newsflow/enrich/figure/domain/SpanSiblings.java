package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Reads a move told in a clause joined to the move of a longer span before it as a move of that span too: "the
 * Nasdaq gained 6.1% this past week, and the S&P rose 7.5%", "MGM soared 26% this week, while Wynn gained 14%",
 * "KenGen added 10.9% during the week, while Safaricom gained 3.4%"; only after a span's move told by a verb in the
 * past, as the sibling's is: a running total ("paring its gain this year to 11.2%", "has gained 69% so far this year",
 * "losing 40% on the year") tells no span of the clause after it, and a clause with a day or a time of its own ("while
 * the Dow fell 0.2% on Friday") keeps it.
 */
final class SpanSiblings {

    /** Words that join a clause to the one before it as its sibling: "and", "while", "which". */
    private static final WordSet JOINERS = Vocabulary.words("periods", "span-sibling-joiners");
    /** Words of a day or a time of the session, which give a clause its own time: "today", "on Friday". */
    private static final WordSet OWN_TIMES = Vocabulary.words("periods", "span-sibling-own-times");
    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");
    private static final WordSet MOVE_NOUNS = Vocabulary.words("moves", "move-nouns");
    private static final WordSet HEDGES = Vocabulary.words("moves", "hedges");
    /** Verbs before a move that tell where an instrument stands: "is up", "has gained". */
    private static final WordSet STANDING_VERBS = Vocabulary.words("moves", "standing-verbs");
    /** How many words before its number a move's verb may stand: "gained more than 26%". */
    private static final int VERB_REACH = 4;

    private SpanSiblings() {
    }

    /**
     * Whether {@code draft}, a move of no period of its own, is told in a clause joined to the one of {@code last}
     * with no day or time of its own; {@code lastCarried} when {@code last} took its span this way, which a name it
     * shares its verb with ("Wynn and Las Vegas Sands gained 14% and 9%, respectively") takes as well.
     */
    static boolean joined(List<Token> tokens, FigureDraft last, boolean lastCarried, FigureDraft draft) {
        if (last == null || !draft.hasMove() || !lastCarried && !toldInThePast(tokens, last) || draft.day != null
                || draft.date != CalendarDates.NONE || draft.offSession || draft.early
                || draft.clock != ClockTimes.NONE || draft.recalled) {
            return false;
        }
        if (draft.start < last.end) {
            return lastCarried;
        }
        boolean joiner = false;
        for (Token t : tokens) {
            if (t.start() >= last.end && t.end() <= draft.start) {
                if (t.isNumber()) {
                    return false;
                }
                joiner |= JOINERS.contains(t.key());
            } else if (t.start() >= draft.start && (OWN_TIMES.contains(t.key()) || WEEKDAYS.contains(t.key()))) {
                return false;
            }
        }
        return joiner;
    }

    /**
     * Whether the last move of {@code draft} is told by a verb in the past tense right before its number ("gained
     * 6.1%", "had soared more than 26%"), not by a move noun ("its gain this year to"), a participle ("losing 40%")
     * or where the instrument stands ("has gained 69%", "is up 9.2%").
     */
    static boolean toldInThePast(List<Token> tokens, FigureDraft draft) {
        int move = -1;
        for (int j = 0; j < tokens.size() && tokens.get(j).end() <= draft.end; j++) {
            Token t = tokens.get(j);
            if (t.start() >= draft.start && (t.unit() == Token.Unit.PERCENT || t.unit() == Token.Unit.POINTS)) {
                move = j;
            }
        }
        int verb = move - 1;
        while (verb > Math.max(0, move - VERB_REACH) && Cues.sign(tokens.get(verb)) == 0) {
            verb--;
        }
        if (move < 1 || Cues.sign(tokens.get(verb)) == 0) {
            return false;
        }
        for (int j = verb + 1; j < move; j++) {
            Token t = tokens.get(j);
            if (!HEDGES.contains(t.key()) && !t.is("more") && !t.is("than") && !t.is("by") && !t.is("over")) {
                return false;
            }
        }
        String key = tokens.get(verb).key();
        return !MOVE_NOUNS.contains(key) && !key.endsWith("ing") && verb > 0
                && !STANDING_VERBS.contains(tokens.get(verb - 1).key()) && !tokens.get(verb - 1).is("to");
    }
}
