package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.List;

/**
 * A currency's rate told by what it is worth: "the Australian dollar was worth 80.58 US cents". The word that makes a
 * stake or a company's value no market figure ("a stake worth $3 billion") is, after a currency and its verb, its rate.
 */
final class CurrencyWorth {

    private static final WordSet VALUE_WORDS = Vocabulary.words("cues", "value-words");
    private static final WordSet COPULAS = Vocabulary.words("cues", "copulas");

    private CurrencyWorth() {
    }

    /** Whether the word at {@code i} tells the rate of {@code mention}, a currency it follows with its verb. */
    static boolean rateAt(List<Token> tokens, Mention mention, int i) {
        return mention.instrument().kind() == Kind.FX && VALUE_WORDS.contains(tokens.get(i)) && i >= 1
                && COPULAS.contains(tokens.get(i - 1)) && i - 1 >= mention.last() && i - 1 <= mention.last() + 1;
    }

    /** Whether the number at {@code i} is the rate such a word tells, right after it. */
    static boolean rateBefore(List<Token> tokens, Mention mention, int i) {
        return i >= 1 && rateAt(tokens, mention, i - 1);
    }
}
