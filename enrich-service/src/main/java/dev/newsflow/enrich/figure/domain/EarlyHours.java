package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/** Makes a figure told of the session's early hours intraday when the text also tells the instrument's later one. */
final class EarlyHours {

    private EarlyHours() {
    }

    /**
     * Gives each figure of {@code figures} told "in early trade" or "earlier" the intraday period when another figure
     * of its instrument is of the latest session: "In early trading the Dow rose 75 points ... The Dow closed up 10";
     * alone, "the FTSE 100 was up 0.7% in early trading" is the latest.
     */
    static void resolve(List<DraftMerger.Placed> figures) {
        for (DraftMerger.Placed placed : figures) {
            FigureDraft early = placed.draft();
            if (early.early && early.period == null
                    && figures.stream().anyMatch(other -> isLaterOf(other.draft(), early))) {
                early.period = Period.INTRADAY;
                early.cue("period", "an early hour of a session told later too", "intraday");
            }
        }
    }

    private static boolean isLaterOf(FigureDraft other, FigureDraft early) {
        return other != early && !other.early && other.period == null && !other.offSession
                && other.instrument.equals(early.instrument) && !other.isEmpty();
    }
}
