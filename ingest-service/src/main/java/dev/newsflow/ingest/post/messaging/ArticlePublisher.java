package dev.newsflow.ingest.post.messaging;

import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes parsed posts to {@code articles.ingested} (key: article id) and rejections to {@code articles.rejected} (key: bucket key). */
@ApplicationScoped
public class ArticlePublisher {

    @Inject
    @Channel(Channels.ARTICLES_INGESTED)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    Emitter<ArticleIngested> ingested;

    @Inject
    @Channel(Channels.ARTICLES_REJECTED)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    Emitter<ArticleRejected> rejected;

    /** Sends {@code article}; the stage completes once Kafka acknowledged it, with where it was written. */
    public CompletableFuture<RecordMetadata> publish(ArticleIngested article) {
        return CloudEventMessages.send(ingested, article, article.id(), article.id() + ":" + article.contentHash(),
                EventTypes.ARTICLE_INGESTED_V1, article.ingestedAt());
    }

    /** Sends {@code rejection}; the stage completes once Kafka acknowledged it, with where it was written. */
    public CompletableFuture<RecordMetadata> publish(ArticleRejected rejection) {
        return CloudEventMessages.send(rejected, rejection, rejection.bucketKey(),
                rejection.bucketKey() + ":" + rejection.contentHash(), EventTypes.ARTICLE_REJECTED_V1,
                rejection.rejectedAt());
    }
}
