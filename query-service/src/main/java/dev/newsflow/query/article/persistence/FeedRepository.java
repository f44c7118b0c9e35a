package dev.newsflow.query.article.persistence;

import dev.newsflow.query.article.domain.FeedItem;
import dev.newsflow.query.article.domain.FeedPosition;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the articles of the read model in the order they were stored ({@code updated_at}, then id), for the live
 * feed; on a connection of its own from the pool, outside any transaction, so a poller thread may call it.
 */
@ApplicationScoped
public class FeedRepository {

    private static final String SELECT = "select id, revision, title, category, published_at, published_offset,"
            + " sentiment_label, sentiment_score, figure_count, updated_at from article"
            + " where (updated_at, id) > (?, ?) order by updated_at, id limit ?";

    private final AgroalDataSource database;

    FeedRepository(AgroalDataSource database) {
        this.database = database;
    }

    /** Up to {@code limit} articles stored after {@code after}, in the order they were stored. */
    public List<FeedItem> after(FeedPosition after, int limit) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setTimestamp(1, Timestamp.from(after.updatedAt()));
            statement.setString(2, after.id());
            statement.setInt(3, limit);
            List<FeedItem> items = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    items.add(new FeedItem(row.getString("id"), row.getInt("revision"), row.getString("title"),
                            row.getString("category"), row.getTimestamp("published_at").toInstant()
                                    .atOffset(ZoneOffset.of(row.getString("published_offset"))),
                            row.getString("sentiment_label"), (Double) row.getObject("sentiment_score"),
                            row.getInt("figure_count"), row.getTimestamp("updated_at").toInstant()));
                }
            }
            return items;
        }
    }
}
