package dev.newsflow.ingest.post.service;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.ingest.concurrent.Threads;
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
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Parses a post and publishes the article, or the rejection with its reasons; both sources of posts (the bucket and
 * {@code POST /api/posts}) go through here, so each outcome is logged here once, with where Kafka wrote it, in the
 * post's span. What follows a Kafka acknowledgement (writing the article's event once its id is settled, logging and
 * recording a publication) runs on threads of its own, never on a Kafka client's one I/O thread, which would
 * otherwise do it for every post and hold back the acknowledgements of all the others meanwhile.
 */
@ApplicationScoped
public class PostIngestor {

    /** Prefix of the bucket key of a post, in front of its key relative to {@code incoming/}. */
    public static final String INCOMING_PREFIX = "incoming/";

    private final PostParser parser;
    private final ArticleIdClaims ids;
    private final ArticleRevisions revisions;
    private final ArticlePublisher publisher;
    private final EventSizeLimit eventSize;
    private final IngestMetrics metrics;
    private final PostSpans spans;
    private final Clock clock;
    private final ExecutorService continuations = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), Threads.named("ingest-publisher"));

    PostIngestor(PostParser parser, ArticleIdClaims ids, ArticleRevisions revisions, ArticlePublisher publisher,
            EventSizeLimit eventSize, IngestMetrics metrics, PostSpans spans, Clock clock) {
        this.parser = parser;
        this.ids = ids;
        this.revisions = revisions;
        this.publisher = publisher;
        this.eventSize = eventSize;
        this.metrics = metrics;
        this.spans = spans;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        continuations.shutdown();
    }

    /**
     * Ingests the post {@code content} found at {@code key} (relative to {@code incoming/}) that arrived {@code via}
     * the bucket or HTTP: publishes its article, numbered as the next revision, once its id is claimed for this key,
     * and records that revision on the id-claim topic (the claim of a free id records revision 1 itself); or rejects
     * it when the post is bad or its id is held by another key. Claim and publication run in the id's turn.
     */
    public CompletableFuture<IngestOutcome> ingest(String key, byte[] content, String via) {
        return spans.around("ingest post", INCOMING_PREFIX + key, () -> ingestInSpan(key, content, via));
    }

    /**
     * Publishes the rejection of the post at {@code key} whose content hashes to {@code contentHash}, which arrived
     * {@code via} the bucket or HTTP.
     */
    public CompletableFuture<IngestOutcome> reject(String key, String contentHash, PostRejectedException problem,
            String via) {
        return spans.around("reject post", INCOMING_PREFIX + key, () -> rejectInSpan(key, contentHash, problem, via));
    }

    private CompletableFuture<IngestOutcome> ingestInSpan(String key, byte[] content, String via) {
        ArticleIngested parsed;
        try {
            parsed = metrics.timeParse(() -> parser.parse(key, content));
        } catch (PostRejectedException e) {
            return rejectInSpan(key, ContentHash.of(content), e, via);
        }
        Span.current().setAttribute(PostSpans.ARTICLE_ID, parsed.id());
        return revisions.inTurn(parsed.id(), Context.current().wrapSupplier(() -> ids.claim(parsed.id(),
                parsed.bucketKey(), parsed.contentHash()).thenComposeAsync(Context.current().wrapFunction(
                        holder -> holder.equals(parsed.bucketKey()) ? publishRevision(key, parsed, via)
                                : rejectInSpan(key, parsed.contentHash(), new IdTakenException(parsed.id(), holder),
                                        via)), continuations)));
    }

    private CompletableFuture<IngestOutcome> publishRevision(String key, ArticleIngested parsed, String via) {
        ArticleIngested article = parsed.withRevision(revisions.next(parsed.id(), parsed.contentHash()), via);
        byte[] value;
        try {
            value = eventSize.write("the article's event", article);
        } catch (EventTooLargeException e) {
            return rejectInSpan(key, article.contentHash(), new PostRejectedException(e.getMessage()), via);
        }
        return publish(article, value).thenCompose(Context.current().wrapFunction(published -> revisions.published(
                article.id(), article.revision(), article.contentHash()).thenApply(recorded -> published)));
    }

    private CompletableFuture<IngestOutcome> publish(ArticleIngested article, byte[] value) {
        long start = System.nanoTime();
        return publisher.publish(article, value).thenApplyAsync(Context.current().wrapFunction(written -> {
            metrics.published(System.nanoTime() - start);
            Log.info("Published " + article.id() + " revision " + article.revision() + " from " + article.bucketKey()
                    + " via " + article.via() + " (sha256 " + article.contentHash() + ") at " + where(written));
            return new IngestOutcome.Published(article);
        }), continuations);
    }

    private CompletableFuture<IngestOutcome> rejectInSpan(String key, String contentHash,
            PostRejectedException problem, String via) {
        ArticleRejected rejection = new ArticleRejected(INCOMING_PREFIX + key, contentHash, clock.instant(),
                problem.reason(), problem.errors(), via);
        return publisher.publish(rejection).thenApply(Context.current().wrapFunction(written -> {
            metrics.rejected();
            Log.infof("Rejected %s (sha256 %s) at %s: %s", rejection.bucketKey(), contentHash, where(written),
                    rejection.reason());
            return new IngestOutcome.Rejected(rejection, problem instanceof IdTakenException);
        }));
    }

    /** Where Kafka wrote a record, for the log. */
    static String where(RecordMetadata written) {
        return written == null ? "an unknown offset" : written.topic() + "-" + written.partition() + "@"
                + written.offset();
    }
}
