package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins what a text says of one instrument in two clauses or sentences into one figure: "the S&P 500 rose 0.7
 * percent and finished at 5,102.30"; "Ether jumped 9% on Tuesday. The second-largest token was changing hands
 * around $3,400."
 */
final class DraftMerger {

    /** A draft with the index of the sentence it was read from and that sentence's text. */
    record Placed(FigureDraft draft, int sentence, String text) {
    }

    private DraftMerger() {
    }

    /**
     * {@code placed} with each draft that completes the instrument's last figure, in this or the last sentence, merged
     * into it.
     */
    static List<Placed> merge(List<Placed> placed) {
        List<Placed> merged = new ArrayList<>(placed.size());
        for (Placed next : placed) {
            Placed last = lastOfSameInstrument(merged, next);
            if (last != null && last.draft().completes(next.draft())) {
                last.draft().absorb(next.draft());
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static Placed lastOfSameInstrument(List<Placed> merged, Placed next) {
        for (int k = merged.size() - 1; k >= 0; k--) {
            Placed candidate = merged.get(k);
            if (next.sentence() - candidate.sentence() > 1) {
                return null;
            }
            if (candidate.draft().instrument.equals(next.draft().instrument)) {
                return candidate;
            }
        }
        return null;
    }
}
