package dev.newsflow.enrich.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.contracts.EventSchemas;
import java.io.UncheckedIOException;
import java.util.List;

/** ArticleIngested events for tests, built from the contracts' shared fixture. */
public final class Articles {

    private Articles() {
    }

    /** The shared fixture with another id, source URL, sources and body. */
    public static String ingested(ObjectMapper json, String id, String sourceUrl, List<String> sourceUrls,
            String body) {
        try {
            ObjectNode event = (ObjectNode) json.readTree(EventSchemas.ARTICLE_INGESTED.fixture());
            event.put("id", id);
            event.put("bucketKey", "incoming/" + id + ".md");
            event.put("sourceUrl", sourceUrl);
            ArrayNode sources = event.putArray("sources");
            for (String url : sourceUrls) {
                sources.addObject().put("title", "Source " + url).put("url", url);
            }
            event.put("body", body);
            return json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
