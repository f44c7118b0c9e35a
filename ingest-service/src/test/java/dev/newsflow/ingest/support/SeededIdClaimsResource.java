package dev.newsflow.ingest.support;

import dev.newsflow.testsupport.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * An id-claim topic of its own, holding claims before the service starts, as an earlier run or another replica left
 * them: {@value #HELD} claimed by {@value #ELSEWHERE}, and {@value #RACED} claimed by {@value #RACE_WINNER} and then,
 * as the last record of that id, by {@value #RACE_LOSER} (a losing claim nobody repaired).
 */
public class SeededIdClaimsResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC = "articles.ids.seeded";
    public static final String HELD = "seeded-held";
    public static final String ELSEWHERE = "incoming/elsewhere/seeded held.md";
    public static final String RACED = "seeded-race";
    public static final String RACE_WINNER = "incoming/seeded race.md";
    public static final String RACE_LOSER = "incoming/seeded-race.md";

    @Override
    public Map<String, String> start() {
        try (TopicWriter writer = new TopicWriter()) {
            writer.sendAll(TOPIC, List.of(
                    Map.entry(HELD, claim(ELSEWHERE, "2026-03-01T08:00:00Z")),
                    Map.entry(RACED, claim(RACE_WINNER, "2026-03-01T09:00:00Z")),
                    Map.entry(RACED, claim(RACE_LOSER, "2026-03-01T09:00:00.002Z"))));
        }
        return Map.of("newsflow.ids.topic", TOPIC);
    }

    /** A claim record's value, as the service writes it. */
    public static String claim(String bucketKey, String claimedAt) {
        return "{\"bucketKey\":\"" + bucketKey + "\",\"claimedAt\":\"" + claimedAt + "\"}";
    }

    @Override
    public void stop() {
        // The topic lives in the test JVM's broker and goes with it.
    }
}
