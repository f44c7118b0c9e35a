package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.dashboard.domain.FigureDescription;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the dashboard's templates show times, numbers and sentiment: {@code {fmt:plain(figure.level)}}. */
@TemplateExtension(namespace = "fmt")
public final class PageFormats {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private PageFormats() {
    }

    /** A time as a reader reads it, in the post's own offset: "2026-03-02 16:05 -05:00". */
    static String shown(OffsetDateTime time) {
        return time == null ? "" : SHOWN.format(time);
    }

    /** An instant as a reader reads it, in UTC: "2026-03-02 21:05 +00:00". */
    static String shownUtc(Instant time) {
        return time == null ? "" : SHOWN.format(time.atOffset(ZoneOffset.UTC));
    }

    /** A number without trailing zeros ("" for none). */
    static String plain(Double value) {
        return value == null ? "" : FigureDescription.number(value);
    }

    /** A move with its sign ("+1.2%", "-0.4%"; "" for none). */
    static String signedPercent(Double value) {
        return value == null ? "" : (value > 0 ? "+" : "") + plain(value) + "%";
    }

    /** The CSS class of a sentiment label ("sentiment-optimistic"; "sentiment-none" for none). */
    static String sentimentClass(String label) {
        return "sentiment-" + (label == null ? "none" : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
    }

    /** The CSS class of a move's sign ("up", "down" or "flat"). */
    static String moveClass(Double value) {
        return value == null || value == 0 ? "flat" : value > 0 ? "up" : "down";
    }
}
