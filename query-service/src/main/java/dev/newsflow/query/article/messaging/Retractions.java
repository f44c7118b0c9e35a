package dev.newsflow.query.article.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.HeaderText;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.query.article.domain.RetractionNotice;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Reads a tombstone of {@code articles.enriched} (a record without a value) as a retraction: the
 * {@link ArticleRetracted} event of its {@link ArticleRetracted#HEADER} header, or, for a bare tombstone, its key
 * and the record's time with the reason {@value RetractionNotice#DEFAULT_REASON}.
 */
@ApplicationScoped
public class Retractions {

    private final EventReader events;

    Retractions(EventReader events) {
        this.events = events;
    }

    /** The retraction {@code tombstone} carries; a {@link PoisonEventException} when it cannot be one. */
    public RetractionNotice read(KafkaRecord<String, String> tombstone) {
        if (tombstone.getKey() == null || tombstone.getKey().isBlank()) {
            throw new PoisonEventException("the tombstone has no key, so it retracts no article");
        }
        String header = HeaderText.of(tombstone.getHeaders(), ArticleRetracted.HEADER).orElse(null);
        if (header == null) {
            Instant at = tombstone.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(IncomingKafkaRecordMetadata::getTimestamp).orElseGet(Instant::now);
            return new RetractionNotice(tombstone.getKey(), null, at, RetractionNotice.DEFAULT_REASON);
        }
        ArticleRetracted event = events.read(header,
                EventSchemas.ARTICLE_RETRACTED, ArticleRetracted.class, EventTypes.ARTICLE_RETRACTED_V1);
        if (!tombstone.getKey().equals(event.id())) {
            throw new PoisonEventException("the retraction of '" + event.id() + "' came under the key '"
                    + tombstone.getKey() + "'");
        }
        return new RetractionNotice(event.id(), event.revision(), event.retractedAt(), event.reason());
    }
}
