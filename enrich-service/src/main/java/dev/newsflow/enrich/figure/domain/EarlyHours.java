package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/** Makes a figure told of the session's early hours intraday when the text also tells the instrument's later one. */
final class EarlyHours {

    /** Words of a session's close: "closed", "settled", "the close". */
    private static final java.util.Set<String> CLOSES = java.util.stream.Stream.concat(
            Vocabulary.words("periods", "closing-verbs").stream(), Vocabulary.words("periods", "close-nouns").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
                    && figures.stream().anyMatch(other -> isLaterOf(other, placed))) {
                early.period = Period.INTRADAY;
                early.cue("period", "intraday", "an early hour of a session told later too");
            }
        }
    }

    /**
     * Whether {@code placed} is a later figure of the instrument of {@code timed}, which it does not repeat: one of no
     * early hour or of a clock time ("by 0925 GMT, having hit a record $4,059.05 earlier"); for a figure of a clock
     * time, one of a later clock time ("fell to 26,376 at 17:50 ... was at 26,368 as of 23:54") or a close told before
     * it, as a live report puts its latest update first ("At the close the index was up 74.63 ... At 3:45pm it was up
     * 74.31"); a close told after it is often another market's.
     */
    private static boolean isLaterOf(DraftMerger.Placed placed, DraftMerger.Placed timed) {
        FigureDraft other = placed.draft();
        FigureDraft early = timed.draft();
        boolean toldBefore = placed.sentence() < timed.sentence()
                || placed.sentence() == timed.sentence() && other.start < early.start;
        boolean later = early.clock == ClockTimes.NONE ? !other.early || other.clock != ClockTimes.NONE
                : other.clock > early.clock || !other.early && toldBefore && tellsAClose(placed.text());
        return other != early && other.period == null && !other.offSession
                && other.instrument.equals(early.instrument) && !other.isEmpty() && !repeats(other, early) && later;
    }

    /** Whether a sentence tells a session's close: "At the close the index was up", "closed at". */
    private static boolean tellsAClose(String sentence) {
        for (String word : sentence.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (CLOSES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two figures tell the same numbers: a headline and its body line. */
    private static boolean repeats(FigureDraft other, FigureDraft early) {
        return java.util.Objects.equals(other.changePercent, early.changePercent)
                && java.util.Objects.equals(other.changePoints, early.changePoints)
                && java.util.Objects.equals(other.level, early.level);
    }
}
