package dev.newsflow.enrich.article.messaging;

import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.enrich.article.service.ArticleEnricher;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.EventSizeLimit;
import dev.newsflow.platform.messaging.EventTooLargeException;
import dev.newsflow.platform.messaging.HeaderText;
import dev.newsflow.platform.messaging.OutgoingEvent;
import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.platform.tracing.PostSpans;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Consumes {@code articles.ingested} and produces {@code articles.enriched} with the same key: an article enriched, or
 * a retraction ({@code ce_type} {@value EventTypes#ARTICLE_RETRACTED_V1}) carried on as a tombstone whose
 * {@value ArticleRetracted#HEADER} header holds the retraction's JSON. A poison event, or one whose enriched event
 * would be over Kafka's limit of a message, is nacked to {@code articles.ingested.dlq} with its reason and the next
 * events keep flowing. Each event is handled in a span of the trace it came with, which its outgoing record carries
 * on.
 */
@ApplicationScoped
public class IngestedArticleConsumer {

    private static final URI SOURCE = URI.create("/newsflow/enrich-service");

    private final EventReader events;
    private final ArticleEnricher enricher;
    private final EventSizeLimit eventSize;
    private final PostSpans spans;

    IngestedArticleConsumer(EventReader events, ArticleEnricher enricher, EventSizeLimit eventSize, PostSpans spans) {
        this.events = events;
        this.enricher = enricher;
        this.eventSize = eventSize;
        this.spans = spans;
    }

    @Incoming(Channels.ARTICLES_INGESTED)
    @Outgoing(Channels.ARTICLES_ENRICHED)
    @Blocking(value = "enrichment", ordered = false)
    public Message<byte[]> enrich(Message<String> message) {
        Span span = spans.startFor("enrich article", message);
        try (Scope scope = span.makeCurrent()) {
            if (EventTypes.ARTICLE_RETRACTED_V1.equals(eventType(message))) {
                return tombstone(message, span);
            }
            return enrichInSpan(message, span);
        } finally {
            span.end();
        }
    }

    private Message<byte[]> enrichInSpan(Message<String> message, Span span) {
        ArticleIngested article;
        try {
            article = events.read(message.getPayload(), EventSchemas.ARTICLE_INGESTED, ArticleIngested.class,
                    EventTypes.ARTICLE_INGESTED_V1);
        } catch (PoisonEventException poison) {
            return deadLetter(message, poison.getMessage());
        }
        span.setAttribute(PostSpans.ARTICLE_ID, article.id());
        ArticleEnriched enriched = enricher.enrich(article);
        byte[] value;
        try {
            value = eventSize.write("the enriched event", enriched);
        } catch (EventTooLargeException tooLarge) {
            return deadLetter(message, tooLarge.getMessage());
        }
        Log.info("Enriched " + enriched.id() + " (sha256 " + enriched.contentHash() + "): "
                + enriched.sourceChecks().size() + " source checks, " + enriched.figures().size() + " figures");
        return new OutgoingEvent(enriched.id(), enriched.id() + ":" + enriched.contentHash(),
                EventTypes.ARTICLE_ENRICHED_V1, SOURCE, enriched.enrichedAt())
                .addTo(message.withPayload(value).addMetadata(PostSpans.sentIn(span)));
    }

    /** The retraction in {@code message} as a tombstone of its article, with the retraction in a header. */
    private Message<byte[]> tombstone(Message<String> message, Span span) {
        ArticleRetracted retraction;
        byte[] event;
        try {
            retraction = events.read(message.getPayload(), EventSchemas.ARTICLE_RETRACTED, ArticleRetracted.class,
                    EventTypes.ARTICLE_RETRACTED_V1);
            event = eventSize.write("the retraction's event", retraction);
        } catch (PoisonEventException | EventTooLargeException poison) {
            return deadLetter(message, poison.getMessage());
        }
        Log.infof("Retraction of %s revision %d carried on as a tombstone", retraction.id(), retraction.revision());
        return new OutgoingEvent(retraction.id(), retraction.id() + ":retracted:" + retraction.revision(),
                EventTypes.ARTICLE_RETRACTED_V1, SOURCE, retraction.retractedAt())
                .addTo(message.withPayload((byte[]) null).addMetadata(PostSpans.sentIn(span)))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(retraction.id())
                        .withHeaders(new RecordHeaders().add(ArticleRetracted.HEADER, event)).build());
    }

    /** The {@code ce_type} header of the record in {@code message}, or null when it has none. */
    private static String eventType(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .flatMap(metadata -> HeaderText.of(metadata.getHeaders(), HeaderText.CE_TYPE)).orElse(null);
    }

    private static Message<byte[]> deadLetter(Message<String> message, String reason) {
        Log.warnf("Poison event sent to the dead-letter topic: %s", reason);
        message.nack(new PoisonEventException(reason));
        return null;
    }
}
