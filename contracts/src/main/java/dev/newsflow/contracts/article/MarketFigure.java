package dev.newsflow.contracts.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One market figure found in an article's text: a move, a level, or both, of one instrument.
 *
 * @param subject       canonical name, e.g. {@code Nasdaq Composite}
 * @param symbol        ticker or code when known, e.g. {@code ^IXIC}, {@code NVDA}, {@code BTC}; else null
 * @param changePercent signed percentage move (fell 1.5% is -1.5), or null
 * @param changePoints  signed move in points, or null
 * @param changeBp      signed move in basis points (yields), or null
 * @param level         the level reached or quoted, or null; a threshold ("crossed 50,000") is not a level
 * @param currency      ISO 4217 code of a price level, or null
 * @param period        null for the latest session's move or level, else the period the move covers
 * @param qualifier     null, or how the number was hedged
 * @param sentence      the sentence the figure was found in
 * @param start         offset in the body where the mention of the figure starts; null for a figure found only in the
 *     tldr
 * @param end           offset in the body where the mention ends (exclusive); null for a figure found only in the tldr
 */
public record MarketFigure(
        String subject,
        @Schema(nullable = true) String symbol,
        Kind kind,
        @Schema(nullable = true) Double changePercent,
        @Schema(nullable = true) Double changePoints,
        @Schema(nullable = true) Double changeBp,
        @Schema(nullable = true) Double level,
        @Schema(nullable = true) String currency,
        Direction direction,
        @Schema(nullable = true) Period period,
        @Schema(nullable = true) Qualifier qualifier,
        String sentence,
        @Schema(nullable = true) Integer start,
        @Schema(nullable = true) Integer end) {

    /** The kind of instrument. */
    public enum Kind {
        @JsonProperty("index") INDEX,
        @JsonProperty("stock") STOCK,
        @JsonProperty("crypto") CRYPTO,
        @JsonProperty("commodity") COMMODITY,
        @JsonProperty("fx") FX,
        @JsonProperty("yield") YIELD,
        @JsonProperty("volatility") VOLATILITY,
        @JsonProperty("other") OTHER
    }

    /** The direction of the move. */
    public enum Direction {
        @JsonProperty("up") UP,
        @JsonProperty("down") DOWN,
        @JsonProperty("flat") FLAT
    }

    /** The period a move covers when it is not the latest session's. */
    public enum Period {
        @JsonProperty("intraday") INTRADAY,
        @JsonProperty("prior_session") PRIOR_SESSION,
        @JsonProperty("week") WEEK,
        @JsonProperty("month") MONTH,
        @JsonProperty("ytd") YTD,
        @JsonProperty("year") YEAR,
        @JsonProperty("from_peak") FROM_PEAK,
        @JsonProperty("from_low") FROM_LOW,
        @JsonProperty("other") OTHER
    }

    /** How a number was hedged. */
    public enum Qualifier {
        @JsonProperty("approx") APPROX,
        @JsonProperty("more_than") MORE_THAN,
        @JsonProperty("less_than") LESS_THAN,
        @JsonProperty("nearly") NEARLY
    }
}
