package dev.newsflow.query.article.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.query.article.domain.ArticleChange;
import dev.newsflow.query.article.service.RetryingMaterializer;
import dev.newsflow.query.persistence.DatabaseFailures;
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
 * database refuses go to {@code articles.enriched.dlq}.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private final EventReader events;
    private final Retractions retractions;
    private final RetryingMaterializer materializer;
    private final DeadLetterPublisher deadLetters;

    EnrichedArticleConsumer(EventReader events, Retractions retractions, RetryingMaterializer materializer,
            DeadLetterPublisher deadLetters) {
        this.events = events;
        this.retractions = retractions;
        this.materializer = materializer;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.ARTICLES_ENRICHED)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        Map<KafkaRecord<String, String>, ArticleChange> articles = new LinkedHashMap<>();
        List<CompletableFuture<Void>> dead = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                articles.put(record, record.getPayload() == null ? ArticleChange.of(retractions.read(record))
                        : ArticleChange.of(events.read(record.getPayload(), EventSchemas.ARTICLE_ENRICHED,
                                ArticleEnriched.class, EventTypes.ARTICLE_ENRICHED_V1)));
            } catch (PoisonEventException poison) {
                dead.add(deadLetter(record, poison.getMessage()));
            }
        }
        try {
            materializer.apply(List.copyOf(articles.values()));
        } catch (RuntimeException failure) {
            Log.warnf("A batch of %d could not be written (%s); writing its events one by one", articles.size(),
                    DatabaseFailures.reason(failure));
            articles.forEach((record, article) -> {
                try {
                    materializer.apply(List.of(article));
                } catch (RuntimeException single) {
                    dead.add(deadLetter(record, "the event cannot be written to the read model: "
                            + DatabaseFailures.reason(single)));
                }
            });
        }
        CompletableFuture.allOf(dead.toArray(CompletableFuture[]::new)).join();
        return batch.ack();
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, String> record, String reason) {
        Log.warnf("Event at %s-%d@%d sent to %s: %s", record.getTopic(), record.getPartition(),
                DeadLetterPublisher.offset(record),
                Topics.deadLetterOf(Topics.ARTICLES_ENRICHED), reason);
        return deadLetters.publish(record, reason);
    }
}
