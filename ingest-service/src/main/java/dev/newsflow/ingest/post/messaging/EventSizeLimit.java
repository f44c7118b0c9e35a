package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.ingest.post.domain.PostRejectedException;
import dev.newsflow.ingest.post.service.PostConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Refuses an article whose event would be larger than one Kafka message may be, before it is sent: Kafka would
 * refuse it on every attempt, so the post is rejected with both sizes instead of being retried forever.
 */
@ApplicationScoped
public class EventSizeLimit {

    private final ObjectMapper json;
    private final int maxBytes;

    EventSizeLimit(ObjectMapper json, PostConfig config) {
        this.json = json;
        this.maxBytes = config.maxEventBytes();
    }

    /** Rejects {@code article} when its JSON is over the limit. */
    public void check(ArticleIngested article) throws PostRejectedException {
        int size;
        try {
            size = json.writeValueAsBytes(article).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An article cannot be written as JSON", e);
        }
        if (size > maxBytes) {
            throw new PostRejectedException(String.format(Locale.ROOT, "the article's event would be %,d bytes, over "
                    + "the %,d-byte limit of one Kafka message", size, maxBytes));
        }
    }
}
