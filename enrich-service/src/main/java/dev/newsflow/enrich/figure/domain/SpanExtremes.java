package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * Gives a high, a low or a range told of a longer span the span's period: "This week the index reached a high of
 * 2,002.70 and a low of 1,935.49", "For the week it ... trading in the range of 4.1002%-4.2074%", "a high of 172,583
 * during the week, with a low of 170,641".
 */
final class SpanExtremes {

    private SpanExtremes() {
    }

    /**
     * Sets the period of each of a sentence's {@code drafts} read as an extreme of the session to the span the words
     * before the sentence's first name give ({@code opening}), or else to the span an extreme told before it in the
     * sentence is of.
     */
    static void resolve(List<FigureDraft> drafts, Period opening) {
        Period span = Periods.isSpan(opening) ? opening : null;
        for (FigureDraft draft : drafts) {
            if (!draft.sessionExtreme) {
                continue;
            }
            if (Periods.isSpan(draft.period)) {
                span = span == null ? draft.period : span;
            } else if (draft.period == Period.INTRADAY && span != null) {
                draft.period = span;
                draft.spanExtreme = true;
                draft.cue("period", span.name().toLowerCase(java.util.Locale.ROOT),
                        "an extreme of a span told in the sentence");
            }
        }
    }
}
