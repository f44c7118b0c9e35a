package dev.newsflow.ingest.post.service;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.post.domain.ContentHash;
import dev.newsflow.ingest.post.domain.IdTakenException;
import dev.newsflow.ingest.post.domain.IngestOutcome;
import dev.newsflow.ingest.post.domain.PostParser;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import dev.newsflow.ingest.post.messaging.ArticlePublisher;
import dev.newsflow.platform.messaging.EventSizeLimit;
import dev.newsflow.platform.messaging.EventTooLargeException;
import dev.newsflow.platform.tracing.PostSpans;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Parses a post and publishes the article, or the rejection with its reasons; both sources of posts (the bucket and
 * {@code POST /api/posts}) go through here, so each outcome is logged here once, with where Kafka wrote it. Each post
 * is one span (a child of the request's, or a new trace for the bucket), which its events and log lines carry on.
 */
@ApplicationScoped
public class PostIngestor {

    /** Prefix of the bucket key of a post, in front of its key relative to {@code incoming/}. */
    public static final String INCOMING_PREFIX = "incoming/";

    private final PostParser parser;
    private final ArticleIdClaims ids;
    private final ArticlePublisher publisher;
    private final EventSizeLimit eventSize;
    private final IngestMetrics metrics;
    private final PostSpans spans;
    private final Clock clock;

    PostIngestor(PostParser parser, ArticleIdClaims ids, ArticlePublisher publisher, EventSizeLimit eventSize,
            IngestMetrics metrics, PostSpans spans, Clock clock) {
        this.parser = parser;
        this.ids = ids;
        this.publisher = publisher;
        this.eventSize = eventSize;
        this.metrics = metrics;
        this.spans = spans;
        this.clock = clock;
    }

    /**
     * Ingests the post {@code content} found at {@code key} (relative to {@code incoming/}): publishes its article
     * once its id is claimed for this key, or rejects it when the post is bad or its id is held by another key.
     */
    public CompletableFuture<IngestOutcome> ingest(String key, byte[] content) {
        return spans.around("ingest post", INCOMING_PREFIX + key, () -> ingestInSpan(key, content));
    }

    /** Publishes the rejection of the post at {@code key} whose content hashes to {@code contentHash}. */
    public CompletableFuture<IngestOutcome> reject(String key, String contentHash, PostRejectedException problem) {
        return spans.around("reject post", INCOMING_PREFIX + key, () -> rejectInSpan(key, contentHash, problem));
    }

    private CompletableFuture<IngestOutcome> ingestInSpan(String key, byte[] content) {
        ArticleIngested article;
        byte[] value;
        try {
            article = metrics.timeParse(() -> parser.parse(key, content));
            value = eventSize.write("the article's event", article);
        } catch (EventTooLargeException e) {
            return rejectInSpan(key, ContentHash.of(content), new PostRejectedException(e.getMessage()));
        } catch (PostRejectedException e) {
            return rejectInSpan(key, ContentHash.of(content), e);
        }
        Span.current().setAttribute(PostSpans.ARTICLE_ID, article.id());
        return ids.claim(article.id(), article.bucketKey()).thenCompose(Context.current().wrapFunction(
                holder -> holder.equals(article.bucketKey())
                        ? publish(article, value)
                        : rejectInSpan(key, article.contentHash(), new IdTakenException(article.id(), holder))));
    }

    private CompletableFuture<IngestOutcome> publish(ArticleIngested article, byte[] value) {
        long start = System.nanoTime();
        return publisher.publish(article, value).thenApply(Context.current().wrapFunction(written -> {
            metrics.published(System.nanoTime() - start);
            Log.infof("Published %s from %s (sha256 %s) at %s", article.id(), article.bucketKey(),
                    article.contentHash(), where(written));
            return new IngestOutcome.Published(article);
        }));
    }

    private CompletableFuture<IngestOutcome> rejectInSpan(String key, String contentHash,
            PostRejectedException problem) {
        ArticleRejected rejection = new ArticleRejected(INCOMING_PREFIX + key, contentHash, clock.instant(),
                problem.reason(), problem.errors(), null);
        return publisher.publish(rejection).thenApply(Context.current().wrapFunction(written -> {
            metrics.rejected();
            Log.infof("Rejected %s (sha256 %s) at %s: %s", rejection.bucketKey(), contentHash, where(written),
                    rejection.reason());
            return new IngestOutcome.Rejected(rejection, problem instanceof IdTakenException);
        }));
    }

    private static String where(RecordMetadata written) {
        return written == null ? "an unknown offset" : written.topic() + "-" + written.partition() + "@"
                + written.offset();
    }
}
