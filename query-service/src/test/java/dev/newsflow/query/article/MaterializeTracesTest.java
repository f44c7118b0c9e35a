package dev.newsflow.query.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.platform.tracing.PostSpans;
import dev.newsflow.query.article.messaging.EnrichedArticleConsumer;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.log.LogRecords;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import dev.newsflow.testsupport.tracing.RecentSpans;
import dev.newsflow.testsupport.tracing.TraceParent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each record of a batch is stored in the trace it came with; a dead letter carries its record's trace on. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MaterializeTracesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RecentSpans spans;

    @Test
    void eachArticleOfABatchIsStoredInItsOwnTrace() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TraceParent first = TraceParent.random();
        TraceParent second = TraceParent.random();
        try (TopicWriter writer = new TopicWriter();
                LogRecords log = LogRecords.of(EnrichedArticleConsumer.class)) {
            // Given two enriched events, each sent in the trace of its own post
            writer.send(Topics.ARTICLES_ENRICHED, run + "-first", event(run + "-first"),
                    Map.of(TraceParent.HEADER, first.value()));
            writer.send(Topics.ARTICLES_ENRICHED, run + "-second", event(run + "-second"),
                    Map.of(TraceParent.HEADER, second.value()));

            // When they are materialized
            await().atMost(WAIT).until(() -> ReadModel.revision(run + "-second") != null);

            // Then each is stored in a span of its own trace, naming its article
            assertThat(stored(first.traceId()).getAttributes().get(AttributeKey.stringKey(PostSpans.ARTICLE_ID)))
                    .isEqualTo(run + "-first");
            assertThat(stored(second.traceId()).getAttributes().get(AttributeKey.stringKey(PostSpans.ARTICLE_ID)))
                    .isEqualTo(run + "-second");
            // And the line that says it was materialized carries its trace id
            assertThat(log.traceIds(Level.INFO, "Materialized " + run + "-first")).containsExactly(first.traceId());
            assertThat(log.traceIds(Level.INFO, "Materialized " + run + "-second"))
                    .containsExactly(second.traceId());
        }
    }

    @Test
    void aDeadLetterCarriesTheTraceOfItsRecord() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TraceParent post = TraceParent.random();
        try (TopicReader dlq = TopicReader.fromNow(Topics.deadLetterOf(Topics.ARTICLES_ENRICHED));
                TopicWriter writer = new TopicWriter()) {
            // Given an event that is not JSON, sent in a post's trace
            writer.send(Topics.ARTICLES_ENRICHED, run + "-poison", "not json", Map.of(TraceParent.HEADER,
                    post.value()));

            // When it is consumed, Then its dead letter carries the same trace, from this service's span
            ConsumerRecord<String, String> dead = dlq.await(1, r -> r.key().equals(run + "-poison"), WAIT).get(0);
            TraceParent sent = TraceParent.of(dead.headers());
            assertThat(sent.traceId()).isEqualTo(post.traceId());
            assertThat(sent.spanId()).isNotEqualTo(post.spanId());
            assertThat(stored(post.traceId()).getAttributes().get(AttributeKey.stringKey(PostSpans.ARTICLE_ID)))
                    .isNull();
        }
    }

    private SpanData stored(String traceId) {
        await().atMost(WAIT).until(() -> named(traceId).size() == 1);
        return named(traceId).get(0);
    }

    private List<SpanData> named(String traceId) {
        return spans.ofTrace(traceId).stream().filter(span -> span.getName().equals("materialize article"))
                .toList();
    }

    private static String event(String id) {
        return Enriched.json(Enriched.article(id, id, Instant.parse("2026-03-02T18:00:00Z"), "2026-03-02T17:00:00Z"));
    }
}
