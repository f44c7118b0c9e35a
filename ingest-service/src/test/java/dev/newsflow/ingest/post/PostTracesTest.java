package dev.newsflow.ingest.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.post.service.PostIngestor;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.platform.tracing.PostSpans;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
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
import java.util.logging.Level;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each post is one span, continuing the caller's trace or starting one, carried on in its event and log line. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class PostTracesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    FolderBucket bucket;

    @Inject
    RecentSpans spans;

    @Test
    void aPostedPostContinuesTheCallersTraceInItsEventAndLogLine() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a caller's trace
            TraceParent caller = TraceParent.random();

            // When a post is sent in it
            given().contentType("text/markdown").header(TraceParent.HEADER, caller.value())
                    .body(Posts.valid("Copper traced")).queryParam("name", "traces/copper.md")
                    .when().post("/api/posts").then().statusCode(202);

            // Then its event carries the caller's trace, under a span of this service
            ConsumerRecord<String, String> record = ingested.await(1, r -> r.key().equals("traces-copper"), WAIT)
                    .get(0);
            TraceParent sent = TraceParent.of(record.headers());
            assertThat(sent.traceId()).isEqualTo(caller.traceId());
            assertThat(sent.spanId()).isNotEqualTo(caller.spanId());
            // And the post's span, in that trace, names the post
            SpanData post = awaitSpan("ingest post", caller.traceId());
            assertThat(post.getAttributes().get(AttributeKey.stringKey(PostSpans.BUCKET_KEY)))
                    .isEqualTo("incoming/traces/copper.md");
            assertThat(post.getAttributes().get(AttributeKey.stringKey(PostSpans.ARTICLE_ID)))
                    .isEqualTo("traces-copper");
            // And the line that says it was published carries the trace id
            assertThat(log.traceIds(Level.INFO, "Published traces-copper")).containsExactly(caller.traceId());
        }
    }

    @Test
    void aDroppedPostStartsItsOwnTraceWhichItsEventAndLogLineCarry() {
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a post dropped into the bucket, which no request brought
            Posts.drop(bucket.incoming(), "traces/nickel.md", Posts.valid("Nickel traced"));

            // When it is published, Then its event carries a new trace
            ConsumerRecord<String, String> record = ingested.await(1, r -> r.key().equals("traces-nickel"), WAIT)
                    .get(0);
            String traceId = TraceParent.of(record.headers()).traceId();
            // Whose first span is the post's own
            SpanData post = awaitSpan("ingest post", traceId);
            assertThat(post.getParentSpanContext().isValid()).isFalse();
            assertThat(post.getAttributes().get(AttributeKey.stringKey(PostSpans.BUCKET_KEY)))
                    .isEqualTo("incoming/traces/nickel.md");
            // And the line that says it was published carries its id
            assertThat(log.traceIds(Level.INFO, "Published traces-nickel")).containsExactly(traceId);
        }
    }

    @Test
    void aRejectedPostCarriesItsTraceToo() {
        try (TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED);
                LogRecords log = LogRecords.of(PostIngestor.class)) {
            // Given a bad post dropped into the bucket
            Posts.drop(bucket.incoming(), "traces/broken.md", Posts.badDate("Broken traced"));

            // When it is rejected, Then its rejection carries a trace
            ConsumerRecord<String, String> record = rejected.await(1,
                    r -> r.key().equals("incoming/traces/broken.md"), WAIT).get(0);
            String traceId = TraceParent.of(record.headers()).traceId();
            // Which is the trace of the post's span and of the line that says it was rejected
            assertThat(awaitSpan("ingest post", traceId).getParentSpanContext().isValid()).isFalse();
            assertThat(log.traceIds(Level.INFO, "Rejected incoming/traces/broken.md")).containsExactly(traceId);
        }
    }

    private SpanData awaitSpan(String name, String traceId) {
        await().atMost(WAIT).until(() -> !named(name, traceId).isEmpty());
        List<SpanData> found = named(name, traceId);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<SpanData> named(String name, String traceId) {
        return spans.ofTrace(traceId).stream().filter(span -> span.getName().equals(name)).toList();
    }
}
