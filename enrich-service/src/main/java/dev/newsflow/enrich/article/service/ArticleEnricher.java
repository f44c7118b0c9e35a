package dev.newsflow.enrich.article.service;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.enrich.figure.domain.FigureExtractor;
import dev.newsflow.enrich.source.domain.LinkCollector;
import dev.newsflow.enrich.source.service.SourceChecker;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** Turns an ingested article into an enriched one: every cited URL checked, every market figure extracted. */
@Startup
@ApplicationScoped
public class ArticleEnricher {

    private final LinkCollector links = new LinkCollector();
    private final SourceChecker checker;
    private final FigureExtractor extractor;
    private final Clock clock;
    private final DistributionSummary figuresPerArticle;

    ArticleEnricher(SourceChecker checker, FigureExtractor extractor, Clock clock, MeterRegistry registry) {
        this.checker = checker;
        this.extractor = extractor;
        this.clock = clock;
        this.figuresPerArticle = DistributionSummary.builder("newsflow.enrich.figures.per.article")
                .description("Market figures extracted from one article").register(registry);
    }

    /** The enriched form of {@code article}. */
    public ArticleEnriched enrich(ArticleIngested article) {
        ArticleEnriched enriched = enrich(article, checker.check(links.collect(article)));
        figuresPerArticle.record(enriched.figures().size());
        return enriched;
    }

    /** The enriched form of {@code article} with static source checks only and nothing counted: a training round's. */
    public ArticleEnriched enrichStatically(ArticleIngested article) {
        return enrich(article, checker.checkStatically(links.collect(article)));
    }

    private ArticleEnriched enrich(ArticleIngested article, List<SourceCheck> checks) {
        List<MarketFigure> figures = extractor.extract(article.body(), article.tldr());
        return ArticleEnriched.of(article, clock.instant(), checks, figures);
    }
}
