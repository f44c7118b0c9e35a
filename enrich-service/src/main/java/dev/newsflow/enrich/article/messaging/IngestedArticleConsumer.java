package dev.newsflow.enrich.article.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.enrich.article.service.ArticleEnricher;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.PoisonEventException;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Consumes {@code articles.ingested} and produces {@code articles.enriched} with the same key; a poison event is
 * nacked to {@code articles.ingested.dlq} with its reason and the next events keep flowing.
 */
@ApplicationScoped
public class IngestedArticleConsumer {

    private static final URI SOURCE = URI.create("/newsflow/enrich-service");

    private final EventReader events;
    private final ArticleEnricher enricher;

    IngestedArticleConsumer(EventReader events, ArticleEnricher enricher) {
        this.events = events;
        this.enricher = enricher;
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Outgoing(Channels.ARTICLES_ENRICHED)
    @Blocking(value = "enrichment", ordered = false)
    public Message<ArticleEnriched> enrich(Message<String> message) {
        ArticleIngested article;
        try {
            article = events.read(message.getPayload(), EventSchemas.ARTICLE_INGESTED, ArticleIngested.class,
                    EventTypes.ARTICLE_INGESTED_V1);
        } catch (PoisonEventException poison) {
            Log.warnf("Poison event sent to the dead-letter topic: %s", poison.getMessage());
            message.nack(poison);
            return null;
        }
        ArticleEnriched enriched = enricher.enrich(article);
        return message.withPayload(enriched)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(enriched.id()).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(enriched.id() + ":" + enriched.contentHash())
                        .withType(EventTypes.ARTICLE_ENRICHED_V1)
                        .withSource(SOURCE)
                        .withSubject(enriched.id())
                        .withTimestamp(enriched.enrichedAt().atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build());
    }
}
