package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;

/**
 * A figure and the cues that made it.
 *
 * @param figure the figure, as enrichment publishes it
 * @param cues   what the extractor read to find it, in reading order
 */
public record ExplainedFigure(MarketFigure figure, List<FigureCue> cues) {
}
