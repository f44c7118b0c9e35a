package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Prices that are forecasts, not quotes: an analyst's target "on" or "for" a stock's shares ("cut its price target on
 * the company's shares to $28"), and a list of them under a heading ("Price targets: Bitcoin at $150,000, ...").
 */
final class ForecastTargets {

    private static final WordSet HEADINGS = Vocabulary.words("cues", "forecast-headings");
    private static final WordSet OBJECTS = Vocabulary.words("cues", "distractor-objects");
    /** Words between a distractor's preposition and the noun of its object: "on the company's shares". */
    private static final WordSet OBJECT_WORDS = WordSet.of("the", "its", "their", "his", "her", "company");
    /** How far back from the noun a distractor's preposition may stand. */
    private static final int OBJECT_REACH = 6;

    private ForecastTargets() {
    }

    /**
     * Whether the word at {@code i} ("shares", "stock") is the object of a distractor's preposition, which brings no
     * clause back to the market: "a price target on the company's shares", "its target for Acme shares".
     */
    static boolean objectOfDistractor(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(1, i - OBJECT_REACH); j--) {
            Token t = tokens.get(j);
            if (OBJECTS.contains(t)) {
                return tokens.get(j - 1).has(Cues.DISTRACTOR);
            }
            if (!(t.isWord() && (t.isCapitalized() || OBJECT_WORDS.contains(t)))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a heading of forecasts stands before the sentence's first name ({@code first}): "Price targets:". */
    static boolean headed(List<Token> tokens, int first) {
        for (int j = 1; j < first; j++) {
            if (tokens.get(j).is(":") && HEADINGS.contains(tokens.get(j - 1))) {
                return true;
            }
        }
        return false;
    }
}
