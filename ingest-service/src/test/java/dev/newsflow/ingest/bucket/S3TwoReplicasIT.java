package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.support.Ports;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.ReplicaProcess;
import dev.newsflow.ingest.support.S3ProxyResource;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two ingest-service processes (the packaged jar) on one S3 bucket, started with the default settings: each object is
 * taken once, and two keys that map to one id give one article however the replicas share them.
 */
class S3TwoReplicasIT {

    private static final int OBJECTS = 500;
    private static final int PAIRS = 100;
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static final S3ProxyResource S3_PROXY = new S3ProxyResource();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static S3Client s3;
    private static ReplicaProcess first;
    private static ReplicaProcess second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Map<String, String> s3Config = S3_PROXY.start();
        s3 = S3ProxyResource.client();
        String bootstrap = KafkaBroker.bootstrapServers();
        first = ReplicaProcess.start("defaults-replica-1", Ports.free(), s3Config, bootstrap, Map.of());
        second = ReplicaProcess.start("defaults-replica-2", Ports.free(), s3Config, bootstrap, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        s3.close();
        S3_PROXY.stop();
    }

    @Test
    void twoReplicasWithTheDefaultSettingsPublishEachOfFiveHundredObjectsOnce() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // When 500 objects land in incoming/
            for (int i = 0; i < OBJECTS; i++) {
                byte[] content = Posts.valid("Defaults " + i).getBytes(StandardCharsets.UTF_8);
                S3ProxyResource.putDirectly("incoming/defaults/post-" + i + ".md", content);
            }

            // Then exactly 500 events come out, one per object, and every object is moved
            ingested.await(OBJECTS, r -> r.key().startsWith("defaults-"), WAIT);
            await().atMost(WAIT).until(() -> S3ProxyResource.keys(s3, "processed/defaults/").size() == OBJECTS);
            Map<String, Long> published = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(5)), "defaults-");
            assertThat(published).hasSize(OBJECTS);
            assertThat(PublishedKeys.duplicates(published)).as("objects published twice").isZero();
            assertThat(S3ProxyResource.keys(s3, "incoming/defaults/")).isEmpty();
        }
    }

    @Test
    void keysThatMapToOneIdGiveOneArticleAndOneRejectionNamingItAcrossTheReplicas() throws Exception {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // When 100 pairs of keys land at once, the two keys of a pair mapping to one id ("a b" and "a-b")
            for (int i = 0; i < PAIRS; i++) {
                byte[] content = Posts.valid("Pair " + i).getBytes(StandardCharsets.UTF_8);
                S3ProxyResource.putDirectly("incoming/pairs/" + i + "/a b.md", content);
                S3ProxyResource.putDirectly("incoming/pairs/" + i + "/a-b.md", content);
            }

            // Then each id is published once, and the other key of its pair is rejected naming the published one
            ingested.await(PAIRS, r -> r.key().startsWith("pairs-"), WAIT);
            List<ConsumerRecord<String, String>> rejections = rejected.await(PAIRS,
                    r -> r.key().startsWith("incoming/pairs/"), WAIT);
            Map<String, String> holders = ingested.drain(Duration.ofSeconds(5)).stream()
                    .filter(r -> r.key().startsWith("pairs-"))
                    .collect(Collectors.toMap(ConsumerRecord::key, r -> field(r, "bucketKey")));
            assertThat(holders).hasSize(PAIRS);
            assertThat(rejected.drain(Duration.ofSeconds(1))).filteredOn(r -> r.key().startsWith("incoming/pairs/"))
                    .hasSize(PAIRS);
            for (ConsumerRecord<String, String> rejection : rejections) {
                String pair = rejection.key().substring(0, rejection.key().lastIndexOf('/') + 1);
                String id = "pairs-" + pair.split("/")[2] + "-a-b";
                String holder = holders.get(id);
                assertThat(holder).as(id).startsWith(pair).isNotEqualTo(rejection.key());
                assertThat(field(rejection, "reason"))
                        .startsWith("the id " + id + " is already held by " + holder + ";");
            }
        }
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).get(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
