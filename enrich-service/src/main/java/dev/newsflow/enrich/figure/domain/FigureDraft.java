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
    /** The level is a price in cents, sen or kobo: a move in money is told in them too ("12.5 sen to 51 sen"). */
    boolean levelInHundredths;
    boolean flat;
    boolean samePeriodAsPrevious;
    /**
     * A move told as where the instrument stands ("is up 34.4%") or as a compared noun ("the Dow's 6% gain"), which a
     * longer span just told is of as well.
     */
    boolean standing;
    /** Traded before the open, after the close or over a rolling day: no level of the session completes it. */
    boolean offSession;
    /** Told of the session's early hours ("in early trade"): intraday when the text tells a later figure too. */
    boolean early;
    /** The minute of the day a clock time in its clause puts it at ("by 1130 GMT"), or {@link ClockTimes#NONE}. */
    int clock = ClockTimes.NONE;
    /**
     * Told in a clause of a time named before it ("since Aug. 27, when it stood at"): it completes no move over a span
     * from that time, only an earlier session's figure.
     */
    boolean recalled;
    /** A high, low or range of the session ("a high of", "traded between"), or of a span that follows it. */
    boolean sessionExtreme;
    /** A session extreme given the span its sentence tells of: a figure of its own, which no move of the span takes. */
    boolean spanExtreme;
    /** Told of "yesterday": the previous session's only when the text tells the instrument's latest figure too. */
    boolean yesterday;
    /** The day of the week its clause dates it to ("fell 1% on Tuesday"), or null. */
    String day;
    /** The calendar date its clause dates it to ("rose 0.1% on April 8"), or {@link CalendarDates#NONE}. */
    int date = CalendarDates.NONE;
    Period period;
    Qualifier qualifier;
    int start;
    int end;
    final java.util.List<FigureCue> cues = new java.util.ArrayList<>(4);

    FigureDraft(Instrument instrument, int start, int end) {
        this.instrument = instrument;
        this.start = start;
        this.end = end;
    }

    /** Records what made this figure, for {@link FigureExtractor#explain}. */
    void cue(String role, String text, String rule) {
        cues.add(new FigureCue(role, text, rule));
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

    /**
     * Whether {@code other} completes this figure: the same period, no number that both give, and together they say
     * more than either (a move and its level, a percentage and its points).
     */
    boolean completes(FigureDraft other) {
        boolean clash = changePercent != null && other.changePercent != null || changePoints != null
                && other.changePoints != null || changeBp != null && other.changeBp != null || level != null
                && other.level != null || flat && other.hasMove() || other.flat && hasMove();
        return !clash && java.util.Objects.equals(period, other.period) && offSession == other.offSession
                && (early == other.early || timesTheLevelOf(other))
                && (recalled == other.recalled || period == Period.PRIOR_SESSION) && spanExtreme == other.spanExtreme
                && !isEmpty() && !other.isEmpty();
    }

    /**
     * Whether {@code other} is this untimed move's level at a clock time of the session, as a currency report tells
     * its rate: "the lira weakened 1.4% on Monday. At 0552 GMT, the lira stood at 2.7050".
     */
    private boolean timesTheLevelOf(FigureDraft other) {
        return !early && clock == ClockTimes.NONE && hasMove() && level == null && other.early
                && other.clock != ClockTimes.NONE && !other.hasMove() && other.level != null;
    }

    /** Takes the numbers of {@code other}, which {@link #completes} this figure. */
    void absorb(FigureDraft other) {
        changePercent = changePercent != null ? changePercent : other.changePercent;
        changePoints = changePoints != null ? changePoints : other.changePoints;
        changeBp = changeBp != null ? changeBp : other.changeBp;
        levelInHundredths = level != null ? levelInHundredths : other.levelInHundredths;
        level = level != null ? level : other.level;
        currency = currency != null ? currency : other.currency;
        qualifier = qualifier != null ? qualifier : other.qualifier;
        flat |= other.flat;
        yesterday |= other.yesterday;
        start = Math.min(start, other.start);
        end = Math.max(end, other.end);
        cues.addAll(other.cues);
    }

    /** The same numbers about another instrument (for "gold and silver rose 1%"). */
    FigureDraft copyFor(Instrument other, int otherStart) {
        FigureDraft copy = new FigureDraft(other, otherStart, end);
        copy.changePercent = changePercent;
        copy.changePoints = changePoints;
        copy.changeBp = changeBp;
        copy.level = level;
        copy.currency = currency;
        copy.levelInHundredths = levelInHundredths;
        copy.flat = flat;
        copy.period = period;
        copy.offSession = offSession;
        copy.early = early;
        copy.clock = clock;
        copy.recalled = recalled;
        copy.day = day;
        copy.yesterday = yesterday;
        copy.date = date;
        copy.qualifier = qualifier;
        copy.cues.addAll(cues);
        return copy;
    }

    /** The finished figure; {@code offsets} false for a figure found outside the body. */
    MarketFigure toFigure(String sentence, boolean offsets) {
        Double points = levelInHundredths && changePoints != null
                ? Double.valueOf(Math.round(changePoints * 1e8) / 1e6) : changePoints;
        return new MarketFigure(instrument.name(), instrument.symbol(), instrument.kind(), changePercent, points,
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
