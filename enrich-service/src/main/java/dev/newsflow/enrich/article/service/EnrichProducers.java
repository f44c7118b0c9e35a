package dev.newsflow.enrich.article.service;

import dev.newsflow.enrich.figure.domain.FigureExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain-Java collaborators of enrichment injectable. */
public class EnrichProducers {

    @Produces
    @Singleton
    FigureExtractor figureExtractor() {
        return new FigureExtractor();
    }
}
