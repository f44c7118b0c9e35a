package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;

/** A figure being read from a sentence, one number at a time. */
final class FigureDraft {

    Instrument instrument;
    Double changePercent;
    Double changePoints;
    Double changeBp;
    Double level;
    String currency;
    boolean flat;
    boolean samePeriodAsPrevious;
    Period period;
    Qualifier qualifier;
    int start;
    int end;

    FigureDraft(Instrument instrument, int start, int end) {
        this.instrument = instrument;
        this.start = start;
        this.end = end;
    }

    boolean hasMove() {
        return changePercent != null || changePoints != null || changeBp != null || flat;
    }

    boolean isEmpty() {
        return !hasMove() && level == null;
    }

    /** The sign of the move read so far: 1, -1, or 0 when there is none. */
    int sign() {
        Double move = changePercent != null ? changePercent : changePoints != null ? changePoints : changeBp;
        return move == null ? 0 : (int) Math.signum(move);
    }

    void extendTo(int newEnd) {
        end = Math.max(end, newEnd);
    }

    /** Widens the mention's span to cover {@code token}, which may come before the name. */
    void include(Token token) {
        start = Math.min(start, token.start());
        end = Math.max(end, token.end());
    }

    /** The same numbers about another instrument (for "gold and silver rose 1%"). */
    FigureDraft copyFor(Instrument other, int otherStart) {
        FigureDraft copy = new FigureDraft(other, otherStart, end);
        copy.changePercent = changePercent;
        copy.changePoints = changePoints;
        copy.changeBp = changeBp;
        copy.level = level;
        copy.currency = currency;
        copy.flat = flat;
        copy.period = period;
        copy.qualifier = qualifier;
        return copy;
    }

    /** The finished figure; {@code offsets} false for a figure found outside the body. */
    MarketFigure toFigure(String sentence, boolean offsets) {
        return new MarketFigure(instrument.name(), instrument.symbol(), instrument.kind(), changePercent, changePoints,
                changeBp, level, currency, direction(), period, qualifier, sentence, offsets ? start : null,
                offsets ? end : null);
    }

    private Direction direction() {
        Double move = changePercent != null ? changePercent : changePoints != null ? changePoints : changeBp;
        if (move == null) {
            return flat ? Direction.FLAT : null;
        }
        return move > 0 ? Direction.UP : move < 0 ? Direction.DOWN : Direction.FLAT;
    }
}
