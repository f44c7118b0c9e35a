package dev.newsflow.enrich.article.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.enrich.article.service.ArticleEnricher;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
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

    private final EventValidator validator;
    private final ObjectMapper json;
    private final ArticleEnricher enricher;

    IngestedArticleConsumer(EventValidator validator, ObjectMapper json, ArticleEnricher enricher) {
        this.validator = validator;
        this.json = json;
        this.enricher = enricher;
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Outgoing(Channels.ARTICLES_ENRICHED)
    @Blocking(value = "enrichment", ordered = false)
    public Message<ArticleEnriched> enrich(Message<String> message) {
        ArticleIngested article;
        try {
            article = read(message.getPayload());
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

    private ArticleIngested read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException("the event has no value");
        }
        JsonNode tree;
        try {
            tree = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the event is not a valid " + EventTypes.ARTICLE_INGESTED_V1
                    + ": $: not valid JSON");
        }
        List<String> violations = validator.violations(EventSchemas.ARTICLE_INGESTED, tree);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("the event is not a valid " + EventTypes.ARTICLE_INGESTED_V1 + ": "
                    + String.join("; ", violations));
        }
        try {
            return json.treeToValue(tree, ArticleIngested.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the event cannot be read as an ArticleIngested: " + e.getOriginalMessage());
        }
    }
}
