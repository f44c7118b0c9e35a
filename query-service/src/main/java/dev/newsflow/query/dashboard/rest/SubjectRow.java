package dev.newsflow.query.dashboard.rest;

import dev.newsflow.query.figure.domain.SubjectView;

/**
 * An instrument in the subjects table: its latest level and move and a sparkline of its recent values.
 *
 * @param subject   the instrument
 * @param sparkline the sparkline's polyline points, or "" when it has fewer than two values
 */
public record SubjectRow(SubjectView subject, String sparkline) {
}
