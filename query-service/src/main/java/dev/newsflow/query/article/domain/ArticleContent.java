package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceLink;
import java.util.List;
import java.util.Map;

/** Copies the content of an enriched event into an {@link Article} and its collections. */
public final class ArticleContent {

    private ArticleContent() {
    }

    /** Writes every field of {@code event} into {@code article}, replacing its collections. */
    public static void copy(ArticleEnriched event, Article article) {
        article.id = event.id();
        article.contentHash = event.contentHash();
        article.bucketKey = event.bucketKey();
        article.ingestedAt = event.ingestedAt();
        article.enrichedAt = event.enrichedAt();
        article.title = event.title();
        article.category = event.category();
        article.layout = event.layout();
        article.publishedAt = event.publishedAt().toInstant();
        article.publishedOffset = event.publishedAt().getOffset().getId();
        article.sourceUrl = event.sourceUrl();
        article.sentimentScore = event.sentimentScore();
        article.sentimentLabel = event.sentimentLabel();
        article.headline = event.headline();
        article.body = event.body();
        article.extra = event.extra() == null ? Map.of() : event.extra();
        List<String> tldr = event.tldr() == null ? List.of() : event.tldr();
        article.tldrText = String.join("\n", tldr);
        replace(article.tldr, tldr);
        replace(article.sources, list(event.sources()).stream().map(ArticleContent::source).toList());
        replace(article.sourceChecks, list(event.sourceChecks()).stream().map(ArticleContent::check).toList());
        replace(article.figures, list(event.figures()).stream().map(ArticleContent::figure).toList());
        article.figureCount = article.figures.size();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static CitedSource source(SourceLink link) {
        CitedSource source = new CitedSource();
        source.title = link.title();
        source.url = link.url();
        return source;
    }

    private static CheckedSource check(SourceCheck check) {
        CheckedSource row = new CheckedSource();
        row.url = check.url();
        row.origin = check.origin();
        row.verdict = check.verdict();
        row.reason = check.reason();
        row.httpStatus = check.httpStatus();
        row.finalUrl = check.finalUrl();
        row.pageTitle = check.pageTitle();
        row.canonicalUrl = check.canonicalUrl();
        row.host = check.host();
        row.checkedAt = check.checkedAt();
        return row;
    }

    private static Figure figure(MarketFigure figure) {
        Figure row = new Figure();
        row.subject = figure.subject();
        row.symbol = figure.symbol();
        row.kind = figure.kind();
        row.changePercent = figure.changePercent();
        row.changePoints = figure.changePoints();
        row.changeBp = figure.changeBp();
        row.level = figure.level();
        row.currency = figure.currency();
        row.direction = figure.direction();
        row.period = figure.period();
        row.qualifier = figure.qualifier();
        row.sentence = figure.sentence();
        row.start = figure.start();
        row.end = figure.end();
        return row;
    }
}
