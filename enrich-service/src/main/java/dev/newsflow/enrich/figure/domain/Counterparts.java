package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * The counterpart a move is measured against, told between the move and its period: "lost 16% against the US dollar
 * over the last year", "rose 0.2% against both the euro and the dollar this week".
 */
final class Counterparts {

    /** Words that open a counterpart: "against the dollar", "versus the euro". */
    private static final WordSet OPENERS = Vocabulary.words("periods", "counterpart-openers");
    /** Words before the counterpart's name, which alone name none: "against the previous close". */
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an", "its", "both");
    /** How many words a counterpart takes at most: "against both the euro and the US dollar". */
    private static final int MAX_WORDS = 8;

    private Counterparts() {
    }

    /**
     * The index after a counterpart starting at token {@code j}, or {@code j} when none starts there. A counterpart
     * names something in words, none of a time ("against the previous close" is no counterpart but where a move is
     * measured from), holds "and" only after "both", and is followed by a word of a time: only then does it stand
     * between a move and its period.
     */
    static int after(List<Token> tokens, int j, int end) {
        if (!OPENERS.contains(tokens.get(j))) {
            return j;
        }
        boolean both = false;
        boolean named = false;
        int k = j + 1;
        while (k < end && k - j <= MAX_WORDS) {
            Token t = tokens.get(k);
            boolean article = ARTICLES.contains(t);
            if (!article && (t.has(Cues.PERIOD_WORD) || t.isNumber() || !t.isWord() && !t.is("."))) {
                break;
            }
            if (t.is("and") && !both) {
                return j;
            }
            both |= t.is("both");
            named |= !article;
            k++;
        }
        return named && k < end && tokens.get(k).has(Cues.PERIOD_WORD) ? k : j;
    }
}
