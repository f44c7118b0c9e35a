package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * The week or month a sentence with no figure sets as the time of the report that follows it: "Over the week, Gulf
 * markets were mixed.", "Boursa Kuwait ended last week in the red." A span told as an aside ("ahead of a meeting this
 * week"), owned by something else ("last week's rally") or looked forward to ("next week") sets none.
 */
final class SpanSettingSentences {

    private static final WordSet PREPOSITIONS = Vocabulary.words("periods", "span-setting-prepositions");

    private SpanSettingSentences() {
    }

    /** The week or month the sentence {@code tokens} sets as its time, or null. */
    static Period of(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Period span = span(tokens.get(i));
            if (span == null || tokens.get(i).isPossessive()) {
                continue;
            }
            Token before = tokens.get(i - 1);
            boolean the = before.is("the") && i >= 2;
            boolean closed = (the || before.is("last")) && i >= 2 && Cues.CLOSING_VERBS.contains(tokens.get(i - 2));
            if (closed || the && PREPOSITIONS.contains(tokens.get(i - 2))) {
                return span;
            }
        }
        return null;
    }

    private static Period span(Token token) {
        return token.is("week") ? Period.WEEK : token.is("month") ? Period.MONTH : null;
    }
}
