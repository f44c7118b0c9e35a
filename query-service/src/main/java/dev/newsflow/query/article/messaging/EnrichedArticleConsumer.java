package dev.newsflow.query.article.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.platform.tracing.PostSpans;
import dev.newsflow.query.article.domain.ArticleChange;
import dev.newsflow.query.article.service.RetryingMaterializer;
import dev.newsflow.query.persistence.DatabaseFailures;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code articles.enriched} in batches and materializes each batch in one transaction; the batch is acked,
 * and its offsets committed, only after the transaction commits; while the database is down the batch waits (see
 * {@link RetryingMaterializer}). A tombstone is a retraction (see {@link Retractions}). Poison events and events the
 * database refuses go to {@code articles.enriched.dlq}. Each record is stored in a span of the trace it came with,
 * open from its read until its batch is written.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private final EventReader events;
    private final Retractions retractions;
    private final RetryingMaterializer materializer;
    private final DeadLetterPublisher deadLetters;
    private final PostSpans spans;

    EnrichedArticleConsumer(EventReader events, Retractions retractions, RetryingMaterializer materializer,
            DeadLetterPublisher deadLetters, PostSpans spans) {
        this.events = events;
        this.retractions = retractions;
        this.materializer = materializer;
        this.deadLetters = deadLetters;
        this.spans = spans;
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Map<KafkaRecord<String, String>, Span> traced = new LinkedHashMap<>();
        batch.getRecords().forEach(record -> traced.put(record, spans.startFor("materialize article", record)));
        try {
            store(traced);
        } finally {
            traced.values().forEach(Span::end);
        }
        return batch.ack();
    }

    private void store(Map<KafkaRecord<String, String>, Span> traced) {
        Map<KafkaRecord<String, String>, ArticleChange> articles = new LinkedHashMap<>();
        List<CompletableFuture<Void>> dead = new ArrayList<>();
        traced.forEach((record, span) -> {
            try (Scope scope = span.makeCurrent()) {
                ArticleChange article = record.getPayload() == null ? ArticleChange.of(retractions.read(record))
                        : ArticleChange.of(events.read(record.getPayload(), EventSchemas.ARTICLE_ENRICHED,
                                ArticleEnriched.class, EventTypes.ARTICLE_ENRICHED_V1), record.getPayload());
                span.setAttribute(PostSpans.ARTICLE_ID, article.id());
                articles.put(record, article);
            } catch (PoisonEventException poison) {
                dead.add(deadLetter(record, span, poison.getMessage()));
            }
        });
        try {
            materializer.apply(List.copyOf(articles.values()));
            articles.forEach((record, article) -> materialized(traced.get(record), record, article));
        } catch (RuntimeException failure) {
            Log.warnf("A batch of %d could not be written (%s); writing its events one by one", articles.size(),
                    DatabaseFailures.reason(failure));
            articles.forEach((record, article) -> {
                Span span = traced.get(record);
                try {
                    materializer.apply(List.of(article));
                    materialized(span, record, article);
                } catch (RuntimeException single) {
                    dead.add(deadLetter(record, span, "the event cannot be written to the read model: "
                            + DatabaseFailures.reason(single)));
                }
            });
        }
        CompletableFuture.allOf(dead.toArray(CompletableFuture[]::new)).join();
    }

    private static void materialized(Span span, KafkaRecord<String, String> record, ArticleChange change) {
        try (Scope scope = span.makeCurrent()) {
            if (change.enriched() != null) {
                Log.infof("Materialized %s (sha256 %s) from %s-%d@%d", change.id(), change.enriched().contentHash(),
                        record.getTopic(), record.getPartition(), DeadLetterPublisher.offset(record));
            } else {
                Log.infof("Retracted %s (revision %d) from %s-%d@%d", change.id(), change.retraction().revision(),
                        record.getTopic(), record.getPartition(), DeadLetterPublisher.offset(record));
            }
        }
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, String> record, Span span, String reason) {
        try (Scope scope = span.makeCurrent()) {
            Log.warnf("Event at %s-%d@%d sent to %s: %s", record.getTopic(), record.getPartition(),
                    DeadLetterPublisher.offset(record), Topics.deadLetterOf(Topics.ARTICLES_ENRICHED), reason);
            return deadLetters.publish(record, reason);
        }
    }
}
