package dev.newsflow.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.article.messaging.IngestedArticleConsumer;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.platform.tracing.PostSpans;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.log.LogRecords;
import dev.newsflow.testsupport.tracing.RecentSpans;
import dev.newsflow.testsupport.tracing.TraceParent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An article is enriched in the trace its ingested event came with, and its enriched event carries it on. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class EnrichTracesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    RecentSpans spans;

    @Test
    void theEnrichedEventContinuesTheTraceOfTheIngestedOne() {
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                TopicWriter writer = new TopicWriter();
                LogRecords log = LogRecords.of(IngestedArticleConsumer.class)) {
            // Given an ingested event sent in ingest-service's trace
            TraceParent ingest = TraceParent.random();
            String event = Articles.ingested(json, "traced-gold", null, List.of(), "Gold rose 1.1% to $2,650.");

            // When it is consumed
            writer.send(Topics.ARTICLES_INGESTED, "traced-gold", event,
                    Map.of(TraceParent.HEADER, ingest.value()));

            // Then the enriched event carries the same trace, from a span of this service
            ConsumerRecord<String, String> record = enriched.await(1, r -> r.key().equals("traced-gold"), WAIT)
                    .get(0);
            TraceParent sent = TraceParent.of(record.headers());
            assertThat(sent.traceId()).isEqualTo(ingest.traceId());
            assertThat(sent.spanId()).isNotEqualTo(ingest.spanId());
            // And the article was enriched in a span of that trace, under the record's receipt
            await().atMost(WAIT).until(() -> enrichSpans(ingest.traceId()).size() == 1);
            SpanData enrich = enrichSpans(ingest.traceId()).get(0);
            assertThat(enrich.getAttributes().get(AttributeKey.stringKey(PostSpans.ARTICLE_ID)))
                    .isEqualTo("traced-gold");
            assertThat(spans.ofTrace(ingest.traceId()))
                    .anySatisfy(receipt -> assertThat(receipt.getSpanId())
                            .isEqualTo(enrich.getParentSpanId()));
            // And the enriched event was sent from within it
            await().atMost(WAIT).untilAsserted(() -> assertThat(spans.ofTrace(ingest.traceId()))
                    .filteredOn(span -> span.getSpanId().equals(sent.spanId())).singleElement()
                    .extracting(SpanData::getParentSpanId).isEqualTo(enrich.getSpanId()));
            // And the line that says it was enriched carries the trace id
            assertThat(log.traceIds(Level.INFO, "Enriched traced-gold")).containsExactly(ingest.traceId());
        }
    }

    private List<SpanData> enrichSpans(String traceId) {
        return spans.ofTrace(traceId).stream().filter(span -> span.getName().equals("enrich article")).toList();
    }
}
