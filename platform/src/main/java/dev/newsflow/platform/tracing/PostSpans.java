package dev.newsflow.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The span of one post's step in a service (ingesting, enriching or storing it): a child of the trace the post came
 * with (the current request's, or the one the Kafka connector read from its record's {@code traceparent} header), or
 * the start of a new trace when it came with none (a post found in the bucket). While a step's code runs its span is
 * current, so its log lines carry the trace id and the events it sends carry the trace on.
 */
@Singleton
public class PostSpans {

    /** Attribute naming the article a span is about. */
    public static final String ARTICLE_ID = "newsflow.article.id";
    /** Attribute naming the bucket key of the post a span is about. */
    public static final String BUCKET_KEY = "newsflow.bucket.key";

    private final Tracer tracer;

    PostSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /**
     * Runs {@code step} inside a new span {@code name}, a child of the current context, about the post at
     * {@code bucketKey}; the span ends when the step's stage completes, as an error when it fails.
     */
    public <T> CompletableFuture<T> around(String name, String bucketKey, Supplier<CompletableFuture<T>> step) {
        Span span = tracer.spanBuilder(name).setAttribute(BUCKET_KEY, bucketKey).startSpan();
        CompletableFuture<T> stage;
        try (Scope scope = span.makeCurrent()) {
            stage = step.get();
        } catch (RuntimeException e) {
            end(span, e);
            throw e;
        }
        return stage.whenComplete((done, failure) -> end(span, failure));
    }

    /** Starts span {@code name} as a child of the trace {@code message} was received with; the caller ends it. */
    public Span startFor(String name, Message<?> message) {
        Context parent = message.getMetadata(TracingMetadata.class).map(TracingMetadata::getCurrentContext)
                .orElseGet(Context::current);
        return tracer.spanBuilder(name).setParent(parent).startSpan();
    }

    /** Metadata that makes the Kafka connector send a message in the trace of {@code span}, as its child. */
    public static TracingMetadata sentIn(Span span) {
        return TracingMetadata.withCurrent(Context.current().with(span));
    }

    private static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
