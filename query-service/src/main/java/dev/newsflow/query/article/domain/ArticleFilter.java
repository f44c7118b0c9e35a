package dev.newsflow.query.article.domain;

import java.time.Instant;

/**
 * What a list of articles is narrowed to; a null field does not narrow it.
 *
 * @param category  category, ignoring case
 * @param from      earliest publication time, inclusive
 * @param to        latest publication time, exclusive
 * @param sentiment sentiment label, ignoring case
 * @param minScore  lowest sentiment score
 * @param maxScore  highest sentiment score
 * @param subject   articles with a figure of this subject, ignoring case
 * @param q         full-text query over title, tldr and body (web-search syntax)
 */
public record ArticleFilter(String category, Instant from, Instant to, String sentiment, Double minScore,
        Double maxScore, String subject, String q) {
}
