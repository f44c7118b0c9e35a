package dev.newsflow.query.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.Topics;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad {@code articles.enriched} events: each goes to the dead-letter topic with its exact reason,
 * whether the schema or the database refuses it, and the good events on both sides of it are materialized.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BadEnrichedEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVALID = "the event is not a valid newsflow.article.enriched.v1: ";
    private static final String UNWRITABLE = "the event cannot be written to the read model: ";

    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("not JSON", id -> "not json at all", INVALID + "$: not valid JSON"),
                bad("empty value", id -> "", "the event has no value"),
                bad("JSON array", id -> "[]", INVALID + "$: array found, object expected"),
                bad("title a number", id -> edited(id, e -> e.put("title", 7)),
                        INVALID + "$.title: integer found, string expected"),
                bad("no contentHash", id -> edited(id, e -> e.remove("contentHash")),
                        INVALID + "$: required property 'contentHash' not found"),
                bad("NUL byte in the title", id -> edited(id, e -> e.put("title", "Gold\u0000rises")),
                        UNWRITABLE + "invalid byte sequence for encoding \"UTF8\": 0x00 (SQLSTATE 22021)"),
                bad("category too long to index", id -> edited(id, e -> e.put("category", noise(4000))),
                        UNWRITABLE + "index row size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void aBadEventIsADeadLetterWithItsReasonAndTheEventsAroundItAreMaterialized(String name,
            java.util.function.Function<String, String> event, String reason) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED));
                TopicWriter writer = new TopicWriter()) {
            // Given a good event, the bad one, and a good one after it
            writer.send(Topics.ARTICLES_ENRICHED, run + "-before", good(run + "-before"));
            writer.send(Topics.ARTICLES_ENRICHED, run + "-bad", event.apply(run + "-bad"));
            writer.send(Topics.ARTICLES_ENRICHED, run + "-after", good(run + "-after"));

            // When they are consumed, Then the bad one is a dead letter with its reason
            ConsumerRecord<String, String> dead = dlq.await(1, r -> r.key().equals(run + "-bad"),
                    Duration.ofSeconds(30)).get(0);
            String deadReason = new String(dead.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            if (reason.endsWith("index row size")) {
                assertThat(deadReason).startsWith(reason).endsWith("for index \"article_category\" (SQLSTATE 54000)");
            } else {
                assertThat(deadReason).isEqualTo(reason);
            }

            // And the good events around it are in the read model, and the bad one is not
            await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-after") != null);
            assertThat(ReadModel.revision(run + "-before")).isEqualTo(1);
            assertThat(ReadModel.revision(run + "-bad")).isNull();
        }
    }

    private static String good(String id) {
        return Enriched.json(Enriched.article(id, id, Instant.parse("2026-03-05T18:00:00Z"), "2026-03-05T17:00:00Z"));
    }

    private static String edited(String id, Consumer<ObjectNode> edit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(good(id));
            edit.accept(event);
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String noise(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    private static Arguments bad(String name, java.util.function.Function<String, String> event, String reason) {
        return Arguments.of(name, event, reason);
    }
}
