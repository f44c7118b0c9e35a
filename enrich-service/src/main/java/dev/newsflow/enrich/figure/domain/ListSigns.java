package dev.newsflow.enrich.figure.domain;

import java.util.List;

/** The sign a list of gainers or losers gives the numbers it lists without one ("Top losers: HDFC 2.21%"). */
final class ListSigns {

    private static final WordSet GAINERS = Vocabulary.words("moves", "gainers");
    private static final WordSet LOSERS = Vocabulary.words("moves", "losers");

    private ListSigns() {
    }

    /**
     * The sign of the last gainers or losers word before token {@code i}, else {@code context}, else of the first one
     * after it in the sentence ("HDFC Bank (1.37%) ... were the losers").
     */
    static int before(List<Token> tokens, int i, int context) {
        for (int j = i - 1; j >= 0; j--) {
            int sign = of(tokens, j);
            if (sign != 0) {
                return sign;
            }
        }
        if (context != 0) {
            return context;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            int sign = of(tokens, j);
            if (sign != 0) {
                return sign;
            }
        }
        return 0;
    }

    /**
     * The sign the last gainers or losers word of {@code tokens} sets for what follows, or the last movement word of
     * a heading ending in a colon ("these stocks led gains:"), else {@code context}.
     */
    static int after(List<Token> tokens, int context) {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(":")) {
            for (int j = tokens.size() - 2; j >= 0; j--) {
                int sign = of(tokens, j) != 0 ? of(tokens, j) : Cues.sign(tokens.get(j));
                if (sign != 0) {
                    return sign;
                }
            }
        }
        return before(tokens, tokens.size(), context);
    }

    private static int of(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        boolean performer = j + 1 < tokens.size() && tokens.get(j + 1).key().startsWith("performer");
        if (GAINERS.contains(t) || t.is("best") && performer) {
            return 1;
        }
        return LOSERS.contains(t) || t.is("worst") && performer ? -1 : 0;
    }
}
