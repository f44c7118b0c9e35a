package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Tells where a clause of its own starts after a figure has been read: a name the lexicon does not know, joined by a
 * comma or "and" and followed by its own move ("Contact Energy down 2c to $5.82, and Telecom down 4.5c to $2.27",
 * "Fletcher Building shed 7c to $8.28, Kathmandu 8c to $2.31"), whose figures are not those of the name before.
 */
final class NewSubjects {

    private static final WordSet WEEKDAYS = Vocabulary.words("periods", "weekdays");
    private static final WordSet MONTHS = Vocabulary.words("periods", "months");
    /** Verbs that link a subject to its move: "CFAO was 1 cent worse". */
    private static final WordSet LINKING_VERBS = WordSet.of("was", "is", "were", "are");
    private static final int LONGEST_NAME = 4;

    private NewSubjects() {
    }

    /**
     * Whether the words from {@code i} (after a comma or "and") are an unknown proper name, optionally led by "the"
     * and followed by its symbol in brackets, and then a move of its own: a movement word, a number, or "was" and one
     * of those.
     */
    static boolean startsAt(List<Token> tokens, int i, int end) {
        int j = i < end && tokens.get(i).is("the") ? i + 1 : i;
        int words = 0;
        while (j < end && words < LONGEST_NAME && (name(tokens.get(j)) || words > 0 && inner(tokens.get(j)))) {
            words += tokens.get(j).isWord() ? 1 : 0;
            j++;
        }
        if (words == 0 || j >= end || tokens.get(j - 1).is("&") || tokens.get(j - 1).is("-")) {
            return false;
        }
        if (j + 2 < end && tokens.get(j).is("(") && tokens.get(j + 1).isCapitalized() && tokens.get(j + 2).is(")")) {
            j += 3;
        }
        Token next = tokens.get(j);
        if (next.isWord() && LINKING_VERBS.contains(next) && j + 1 < end) {
            next = tokens.get(j + 1);
        }
        return next.isNumber() || Cues.sign(next) != 0 && !next.key().endsWith("ing");
    }

    private static boolean name(Token t) {
        return t.isCapitalized() && !t.isPossessive() && !WEEKDAYS.contains(t)
                && !MONTHS.contains(t) && !t.has(Cues.PERIOD_WORD) && Cues.sign(t) == 0;
    }

    private static boolean inner(Token t) {
        return t.is("&") || t.is(".") || t.is("-");
    }
}
