package dev.newsflow.query.stats.rest;

import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.stats.service.SentimentStats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Sentiment across articles: counts and average score per day or per category. */
@Path("/api/stats/sentiment")
@Produces(MediaType.APPLICATION_JSON)
public class SentimentStatsResource {

    private final SentimentStats stats;

    SentimentStatsResource(SentimentStats stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "Sentiment statistics", description = "Article counts and average score, by day or category.")
    public Page<SentimentStats.Group> sentiment(@Parameter(example = "day") @QueryParam("by") String by) {
        String grouping = by == null || by.isBlank() ? "day" : by.strip();
        return switch (grouping) {
            case "day" -> new Page<>(stats.byDay(), null);
            case "category" -> new Page<>(stats.byCategory(), null);
            default -> throw new InvalidParameterException("by", "must be 'day' or 'category', not '" + by + "'");
        };
    }
}
