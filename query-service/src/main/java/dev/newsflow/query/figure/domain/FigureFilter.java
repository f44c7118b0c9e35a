package dev.newsflow.query.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.time.Instant;

/**
 * What a list of figures is narrowed to; a null field does not narrow it.
 *
 * @param subject subject, ignoring case
 * @param kind    kind of instrument
 * @param from    earliest publication time of the figure's article, inclusive
 * @param to      latest publication time of the figure's article, exclusive
 */
public record FigureFilter(String subject, Kind kind, Instant from, Instant to) {
}
