package dev.newsflow.query.post.messaging;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.newsflow.contracts.article.RejectionError;
import dev.newsflow.platform.messaging.PoisonEventException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of a published, rejected, retracted or enriched event that tell its stage; the body, figures' details
 * and everything else are skipped unread (the consumers that act on the events check them whole).
 */
record StageFields(String id, String bucketKey, Integer revision, String via, String contentHash, Instant ingestedAt,
        Instant enrichedAt, Instant rejectedAt, Instant retractedAt, String reason, List<RejectionError> errors,
        List<Check> sourceChecks, @JsonDeserialize(using = ElementCount.class) Integer figures) {

    /** A source check, by its verdict only. */
    record Check(String verdict) {
    }

    /** {@code value}, which the stage cannot be told without; a {@link PoisonEventException} names it when null. */
    static <T> T required(T value, String field, String eventType) {
        if (value == null) {
            throw new PoisonEventException("the event is not a valid " + eventType + ": $." + field + ": is missing");
        }
        return value;
    }

    /** How many source checks had each verdict. */
    Map<String, Integer> checksByVerdict() {
        Map<String, Integer> checks = new TreeMap<>();
        for (Check check : sourceChecks == null ? List.<Check>of() : sourceChecks) {
            checks.merge(check.verdict(), 1, Integer::sum);
        }
        return checks;
    }

    /** How many figures were extracted. */
    int figureCount() {
        return figures == null ? 0 : figures;
    }
}
