package dev.newsflow.query.dashboard.domain;

import dev.newsflow.contracts.article.MarketFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A market figure in a few words for a reader: "Nvidia · +4.6% · level 131.20 USD · period: week". */
public final class FigureDescription {

    private FigureDescription() {
    }

    /** The words that describe {@code figure}: subject, move, level and period, each only when it has one. */
    public static String of(MarketFigure figure) {
        List<String> parts = new ArrayList<>();
        parts.add(figure.symbol() == null ? figure.subject() : figure.subject() + " (" + figure.symbol() + ")");
        move(figure).ifPresent(parts::add);
        if (figure.level() != null) {
            parts.add("level " + number(figure.level()) + (figure.currency() == null ? "" : " " + figure.currency()));
        }
        if (figure.period() != null) {
            parts.add("period: " + period(figure.period()));
        }
        return String.join(" · ", parts);
    }

    /** A period as a reader says it ("prior session", "ytd"). */
    public static String period(MarketFigure.Period period) {
        return period.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The move of {@code figure} as a signed number with its unit, if it has one. */
    public static Optional<String> move(MarketFigure figure) {
        if (figure.changePercent() != null) {
            return Optional.of(signed(figure.changePercent()) + "%");
        }
        if (figure.changeBp() != null) {
            return Optional.of(signed(figure.changeBp()) + " bp");
        }
        if (figure.changePoints() != null) {
            return Optional.of(signed(figure.changePoints()) + " pts");
        }
        return Optional.empty();
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + number(Math.abs(value));
    }

    /** A number as written without trailing zeros ("6105.2", "1"). */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
