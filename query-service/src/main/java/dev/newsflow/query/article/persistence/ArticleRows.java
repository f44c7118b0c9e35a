package dev.newsflow.query.article.persistence;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes the rows an article owns (tldr, cited sources, source checks, figures) with one {@code COPY} per table, in
 * the transaction of the batch: the {@code Article} entity maps them for reading, but writing them through Hibernate's
 * collection actions costs one round trip per collection per article.
 */
final class ArticleRows {

    private static final String[] TABLES = {"article_tldr", "article_source", "source_check", "figure"};

    private ArticleRows() {
    }

    /** Deletes the owned rows of the articles {@code ids} (whose content is replaced). */
    static void delete(Connection c, Collection<String> ids) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id = ?")) {
                for (String id : ids) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /** Inserts the owned rows of {@code events}, one {@code COPY} per table. */
    static void insert(Connection c, List<ArticleEnriched> events) throws SQLException {
        CopyRows tldr = new CopyRows("article_tldr", "article_id, position, text");
        CopyRows source = new CopyRows("article_source", "article_id, position, title, url");
        CopyRows check = new CopyRows("source_check", "article_id, position, url, origin, verdict, reason,"
                + " http_status, final_url, page_title, canonical_url, host, checked_at");
        CopyRows figure = new CopyRows("figure", "article_id, position, subject, symbol, kind, change_percent,"
                + " change_points, change_bp, level, currency, direction, period, qualifier, sentence, start_offset,"
                + " end_offset, published_at");
        for (ArticleEnriched e : events) {
            String publishedAt = e.publishedAt().toString();
            int position = 0;
            for (String item : list(e.tldr())) {
                tldr.add(e.id(), position++, item);
            }
            position = 0;
            for (SourceLink link : list(e.sources())) {
                source.add(e.id(), position++, link.title(), link.url());
            }
            position = 0;
            for (SourceCheck s : list(e.sourceChecks())) {
                check.add(e.id(), position++, s.url(), name(s.origin()), name(s.verdict()), s.reason(),
                        s.httpStatus(), s.finalUrl(), s.pageTitle(), s.canonicalUrl(), s.host(), s.checkedAt());
            }
            position = 0;
            for (MarketFigure f : list(e.figures())) {
                figure.add(e.id(), position++, f.subject(), f.symbol(), name(f.kind()), f.changePercent(),
                        f.changePoints(), f.changeBp(), f.level(), f.currency(), name(f.direction()),
                        name(f.period()), name(f.qualifier()), f.sentence(), f.start(), f.end(), publishedAt);
            }
        }
        tldr.copy(c);
        source.copy(c);
        check.copy(c);
        figure.copy(c);
    }

    /** Binds {@code values} to {@code statement} in order (instants as timestamps) and adds it to its batch. */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        statement.addBatch();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
