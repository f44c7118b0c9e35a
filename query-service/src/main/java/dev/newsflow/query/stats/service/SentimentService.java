package dev.newsflow.query.stats.service;

import dev.newsflow.query.stats.domain.Group;
import dev.newsflow.query.stats.persistence.SentimentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sentiment across articles: counts and average score per day or per category. */
@ApplicationScoped
public class SentimentService {

    private final SentimentRepository sentiment;

    SentimentService(SentimentRepository sentiment) {
        this.sentiment = sentiment;
    }

    /** The groups by day of publication (UTC), oldest first. */
    public List<Group> byDay() {
        return sentiment.byDay();
    }

    /** The groups by category, by name. */
    public List<Group> byCategory() {
        return sentiment.byCategory();
    }
}
