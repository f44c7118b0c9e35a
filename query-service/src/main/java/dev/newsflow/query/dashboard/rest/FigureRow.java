package dev.newsflow.query.dashboard.rest;

import dev.newsflow.contracts.article.MarketFigure;

/**
 * A figure of an article in its table.
 *
 * @param index   its position in the article
 * @param figure  the figure
 * @param move    its move as a signed number with its unit, or ""
 * @param located whether it is marked in the text
 */
public record FigureRow(int index, MarketFigure figure, String move, boolean located) {
}
