package dev.newsflow.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad {@code articles.ingested} events: each goes to {@code articles.ingested.dlq} with its exact
 * reason, and the good event after it is enriched.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class BadIngestedEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVALID = "the event is not a valid newsflow.article.ingested.v1: ";

    static Stream<Arguments> badEvents() {
        return Stream.of(
                bad("not JSON", id -> "this is not json", INVALID + "$: not valid JSON"),
                bad("empty value", id -> "", "the event has no value"),
                bad("JSON null", id -> "null", INVALID + "$: null found, object expected"),
                bad("JSON array", id -> "[{\"id\":\"x\"}]", INVALID + "$: array found, object expected"),
                bad("title a number", id -> edited(id, e -> e.put("title", 42)),
                        INVALID + "$.title: integer found, string expected"),
                bad("no body", id -> edited(id, e -> e.remove("body")), INVALID
                        + "$: required property 'body' not found"),
                bad("publishedAt not a date-time", id -> edited(id, e -> e.put("publishedAt", "last Tuesday")),
                        INVALID + "$.publishedAt: does not match the date-time pattern must be a valid RFC 3339 "
                                + "date-time"),
                bad("sentimentScore as text", id -> edited(id, e -> e.put("sentimentScore", "high")),
                        INVALID + "$.sentimentScore: string found, [number, null] expected"),
                bad("tldr not a list", id -> edited(id, e -> e.put("tldr", "one point")),
                        INVALID + "$.tldr: string found, array expected"),
                Arguments.of("enriched event over Kafka's limit", (Function<String, String>) id -> edited(id,
                        e -> e.put("body", manyFigures(20_000))), Pattern.compile("the enriched event would be "
                        + "6,1\\d\\d,\\d{3} bytes, over the 1,000,000-byte limit of one Kafka message")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void aBadEventIsADeadLetterWithItsReasonAndTheNextEventIsEnriched(String name, Function<String, String> event,
            Pattern reason) {
        String run = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_INGESTED));
                TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                TopicWriter writer = new TopicWriter()) {
            // Given the bad event and a good one after it
            writer.send(Topics.ARTICLES_INGESTED, run, event.apply(run));
            writer.send(Topics.ARTICLES_INGESTED, run + "-after", Articles.ingested(new ObjectMapper(), run + "-after",
                    null, List.of(), "Gold rose 1.1% to $2,650 an ounce."));

            // When the service consumes them, Then the bad one is a dead letter with its reason, and not enriched
            ConsumerRecord<String, String> dead = dlq.await(1, r -> r.key().equals(run), WAIT).get(0);
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .matches(reason);

            // And the good event after it is enriched
            enriched.await(1, r -> r.key().equals(run + "-after"), WAIT);
            assertThat(enriched.drain(Duration.ZERO)).noneMatch(r -> r.key().equals(run));
        }
    }

    private static String edited(String id, Consumer<ObjectNode> edit) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(Articles.ingested(JSON, id, null, List.of(), "Stocks rose."));
            edit.accept(event);
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String manyFigures(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(String.format(java.util.Locale.ROOT, "The S&P 500 rose %d.%02d%% to %,d.%02d.%n%n", i / 100 % 5,
                    i % 100, 5_000 + i, i % 100));
        }
        return body.toString();
    }

    private static Arguments bad(String name, Function<String, String> event, String reason) {
        return Arguments.of(name, event, Pattern.compile(Pattern.quote(reason)));
    }
}
