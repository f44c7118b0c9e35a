package dev.newsflow.ingest.post.messaging;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.contracts.article.ArticleRetracted;
import dev.newsflow.platform.messaging.AcknowledgedSend;
import dev.newsflow.platform.messaging.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes parsed posts and retractions to {@code articles.ingested} (key: article id), through a producer of its
 * own, and rejections to {@code articles.rejected} (key: bucket key), through the messaging connector.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** The CloudEvents source of the events this service produces. */
    static final URI SOURCE = URI.create("/newsflow/ingest-service");

    @Inject
    @Channel(Channels.ARTICLES_REJECTED)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    Emitter<ArticleRejected> rejected;

    @Inject
    IngestedTopicPublisher ingested;

    /**
     * Sends {@code article}, whose JSON is {@code value} (written once, when its size was checked); the stage
     * completes once Kafka acknowledged it, with where it was written.
     */
    public CompletableFuture<RecordMetadata> publish(ArticleIngested article, byte[] value) {
        return ingested.send(new OutgoingEvent(article.id(), article.id() + ":" + article.contentHash(),
                EventTypes.ARTICLE_INGESTED_V1, SOURCE, article.ingestedAt()), value);
    }

    /**
     * Sends {@code retraction}, whose JSON is {@code value}, on {@code articles.ingested}; the stage completes once
     * Kafka acknowledged it, with where it was written.
     */
    public CompletableFuture<RecordMetadata> publish(ArticleRetracted retraction, byte[] value) {
        return ingested.send(new OutgoingEvent(retraction.id(), retraction.id() + ":retracted:"
                + retraction.revision(), EventTypes.ARTICLE_RETRACTED_V1, SOURCE, retraction.retractedAt()), value);
    }

    /** Sends {@code rejection}; the stage completes once Kafka acknowledged it, with where it was written. */
    public CompletableFuture<RecordMetadata> publish(ArticleRejected rejection) {
        return AcknowledgedSend.send(rejected, rejection, new OutgoingEvent(rejection.bucketKey(),
                rejection.bucketKey() + ":" + rejection.contentHash(), EventTypes.ARTICLE_REJECTED_V1, SOURCE,
                rejection.rejectedAt()).metadata());
    }
}
