package dev.newsflow.query.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceCheck.Verdict;
import dev.newsflow.contracts.article.SourceLink;
import dev.newsflow.contracts.article.Via;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Enriched events for the tests, built field by field, and their JSON as enrich-service writes it. */
public final class Enriched {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Enriched() {
    }

    /**
     * An article whose content is labelled {@code hash}, published at {@code publishedAt}, with one figure and one
     * check.
     */
    public static ArticleEnriched article(String id, String hash, Instant ingestedAt, String publishedAt,
            String category, String sentiment, Double score, String body) {
        return new ArticleEnriched(id, hash(hash), "incoming/" + id + ".md", ingestedAt, "Title of " + id, category,
                "post",
                OffsetDateTime.parse(publishedAt), "https://www.example.com/" + id, score, sentiment,
                List.of("First point of " + id, "Second point"), "Headline of " + id, body,
                List.of(new SourceLink("Example Wire", "https://www.example.com/" + id)), Map.of("author", "desk"),
                null, Via.BUCKET, ingestedAt.plusSeconds(1),
                List.of(new SourceCheck("https://www.example.com/" + id, Origin.FRONT_MATTER, Verdict.VALID, null, 200,
                        "https://www.example.com/" + id, "Page of " + id, null, "www.example.com",
                        ingestedAt.plusMillis(500))),
                List.of(new MarketFigure("S&P 500", "^GSPC", Kind.INDEX, 0.4, null, null, 6105.2, null, Direction.UP,
                        null, null, "The S&P 500 rose 0.4% to 6,105.20.", 0, 35)));
    }

    /** A simple article with default sentiment and body. */
    public static ArticleEnriched article(String id, String hash, Instant ingestedAt, String publishedAt) {
        return article(id, hash, ingestedAt, publishedAt, "Markets", "Optimistic", 7.0,
                "The S&P 500 rose 0.4% to 6,105.20 as chip makers rallied.");
    }

    /** A figure of {@code subject}: a move of {@code percent} to {@code level}, stated in {@code sentence}. */
    public static MarketFigure figure(String subject, Kind kind, double percent, double level, String sentence) {
        return new MarketFigure(subject, null, kind, percent, null, null, level, null,
                percent < 0 ? Direction.DOWN : Direction.UP, null, null, sentence, 0, sentence.length());
    }

    /** The SHA-256 (hex) standing for content labelled {@code label}. */
    public static String hash(String label) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code event} as JSON. */
    public static String json(ArticleEnriched event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
