package dev.newsflow.enrich.article.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventTypes;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.platform.messaging.EventReader;
import dev.newsflow.platform.messaging.EventSizeLimit;
import dev.newsflow.platform.messaging.EventTooLargeException;
import dev.newsflow.platform.warmup.WarmUpTask;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run's round in enrich-service: one of eight built-in ingested events (from the repository's samples)
 * read and checked against its schema, its links collected and checked statically (no request is sent), its
 * figures extracted and its enriched event written, as the consumer does with a real one; nothing is sent or counted.
 */
@ApplicationScoped
public class EnrichTraining implements WarmUpTask {

    private static final String ARTICLES = "/dev/newsflow/enrich/article/training-articles.json";

    private final EventReader events;
    private final ArticleEnricher enricher;
    private final EventSizeLimit eventSize;
    private final List<String> payloads;

    EnrichTraining(ObjectMapper json, EventReader events, ArticleEnricher enricher, EventSizeLimit eventSize) {
        this.events = events;
        this.enricher = enricher;
        this.eventSize = eventSize;
        this.payloads = payloads(json);
    }

    @Override
    public void round(int round) {
        enriched(round);
    }

    /** The enriched form of built-in article {@code round} (modulo their number), its event written and dropped. */
    public ArticleEnriched enriched(int round) {
        ArticleIngested article = events.read(payloads.get(round % payloads.size()), EventSchemas.ARTICLE_INGESTED,
                ArticleIngested.class, EventTypes.ARTICLE_INGESTED_V1);
        ArticleEnriched enriched = enricher.enrichStatically(article);
        try {
            eventSize.write("the enriched event", enriched);
        } catch (EventTooLargeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return enriched;
    }

    /** How many built-in articles the rounds take in turn. */
    public int articles() {
        return payloads.size();
    }

    private static List<String> payloads(ObjectMapper json) {
        try (InputStream in = EnrichTraining.class.getResourceAsStream(ARTICLES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + ARTICLES);
            }
            List<String> payloads = new ArrayList<>();
            for (JsonNode article : json.readTree(in)) {
                payloads.add(json.writeValueAsString(article));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
