package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;

/**
 * A tradable thing a figure can be about.
 *
 * @param name   canonical name, e.g. {@code Nasdaq Composite}
 * @param symbol ticker or code, or null
 * @param kind   what sort of instrument it is
 */
public record Instrument(String name, String symbol, Kind kind) {
}
