package dev.newsflow.ingest.support;

import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.testsupport.kafka.TopicWriter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An id-claim topic of its own, holding claims before the service starts, as an earlier run or another replica left
 * them: {@value #HELD} claimed by {@value #ELSEWHERE}, and {@value #RACED} claimed by {@value #RACE_WINNER} and then,
 * as the last record of that id, by {@value #RACE_LOSER} (a losing claim nobody repaired); and {@value #REVISED}
 * held by {@value #REVISED_KEY} at revision 4 of the content {@link #REVISED_POST}, written as its bare claim and then
 * with its revision state, as a service that published it leaves them; and {@value #RETRACTED} whose revision 2 of
 * {@link #RETRACTED_POST} was retracted.
 */
public class SeededIdClaimsResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC = "articles.ids.seeded";
    public static final String HELD = "seeded-held";
    public static final String ELSEWHERE = "incoming/elsewhere/seeded held.md";
    public static final String RACED = "seeded-race";
    public static final String RACE_WINNER = "incoming/seeded race.md";
    public static final String RACE_LOSER = "incoming/seeded-race.md";
    public static final String REVISED = "seeded-revised";
    public static final String REVISED_KEY = "incoming/seeded revised.md";
    /** The content of revision 4 of {@value #REVISED}. */
    public static final String REVISED_POST = Posts.valid("Revised four times");
    public static final String RETRACTED = "seeded-retracted";
    public static final String RETRACTED_KEY = "incoming/seeded retracted.md";
    /** The content of the retracted revision 2 of {@value #RETRACTED}. */
    public static final String RETRACTED_POST = Posts.valid("Retracted");

    @Override
    public Map<String, String> start() {
        try (TopicWriter writer = new TopicWriter()) {
            writer.sendAll(TOPIC, List.of(
                    Map.entry(HELD, claim(ELSEWHERE, "2026-03-01T08:00:00Z")),
                    Map.entry(RACED, claim(RACE_WINNER, "2026-03-01T09:00:00Z")),
                    Map.entry(RACED, claim(RACE_LOSER, "2026-03-01T09:00:00.002Z")),
                    Map.entry(REVISED, claim(REVISED_KEY, "2026-03-01T10:00:00Z")),
                    Map.entry(REVISED, state(REVISED_KEY, "2026-03-01T10:00:00Z", 4, REVISED_POST, false)),
                    Map.entry(RETRACTED, state(RETRACTED_KEY, "2026-03-01T11:00:00Z", 2, RETRACTED_POST, true))));
        }
        return Map.of("newsflow.ids.topic", TOPIC);
    }

    /** A claim record's value, as the service writes it. */
    public static String claim(String bucketKey, String claimedAt) {
        return "{\"bucketKey\":\"" + bucketKey + "\",\"claimedAt\":\"" + claimedAt + "\"}";
    }

    /** A claim record's value with the article's revision state, as the service writes it after a publication. */
    public static String state(String bucketKey, String claimedAt, int revision, String post, boolean retracted) {
        return "{\"bucketKey\":\"" + bucketKey + "\",\"claimedAt\":\"" + claimedAt + "\",\"revision\":" + revision
                + ",\"contentHash\":\"" + ContentHash.of(post.getBytes(StandardCharsets.UTF_8)) + "\",\"retracted\":"
                + retracted + "}";
    }

    @Override
    public void stop() {
        // The topic lives in the test JVM's broker and goes with it.
    }
}
