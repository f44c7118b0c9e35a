package dev.newsflow.query.figure.domain;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An instrument the articles speak of, with its latest level and latest move.
 *
 * @param subject       canonical name
 * @param kind          kind of instrument
 * @param symbol        ticker or code, when known
 * @param lastSeenAt    publication time of the latest article with a figure of it
 * @param level         latest level of a session (a figure with no period), or null if no article gave one
 * @param levelAt       publication time of that level
 * @param changePercent latest percentage move of a session, or null
 * @param direction     direction of the latest move
 * @param changeAt      publication time of that move
 */
public record SubjectView(String subject, String kind, @Schema(nullable = true) String symbol,
        OffsetDateTime lastSeenAt, @Schema(nullable = true) Double level,
        @Schema(nullable = true) OffsetDateTime levelAt, @Schema(nullable = true) Double changePercent,
        @Schema(nullable = true) String direction, @Schema(nullable = true) OffsetDateTime changeAt) {
}
