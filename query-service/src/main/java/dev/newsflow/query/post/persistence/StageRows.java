package dev.newsflow.query.post.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.RejectionError;
import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.post.domain.RecordPosition;
import dev.newsflow.query.post.domain.Stage;
import dev.newsflow.query.post.domain.StageEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/** Binds a stage to the columns of {@code post_stage} and reads it back; errors and checks are kept as JSON. */
@ApplicationScoped
class StageRows {

    private static final TypeReference<List<RejectionError>> ERRORS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> CHECKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    StageRows(ObjectMapper json) {
        this.json = json;
    }

    void bind(PreparedStatement insert, StageEvent stage) throws SQLException {
        int column = 0;
        insert.setString(++column, stage.bucketKey());
        insert.setString(++column, stage.fileName());
        insert.setString(++column, stage.articleId());
        insert.setString(++column, stage.stage().label());
        insert.setTimestamp(++column, Timestamp.from(stage.at()));
        insert.setTimestamp(++column, stage.receivedAt() == null ? null : Timestamp.from(stage.receivedAt()));
        insert.setString(++column, stage.record().topic());
        insert.setInt(++column, stage.record().partition());
        insert.setLong(++column, stage.record().offset());
        insert.setObject(++column, stage.revision(), Types.INTEGER);
        insert.setString(++column, stage.via());
        insert.setString(++column, stage.contentHash());
        insert.setString(++column, stage.reason());
        insert.setString(++column, write(stage.errors()));
        insert.setString(++column, write(stage.checks()));
        insert.setObject(++column, stage.figureCount(), Types.INTEGER);
        insert.setString(++column, stage.traceId());
    }

    StageEvent read(Row row) {
        return new StageEvent(row.text("bucket_key"), row.text("article_id"), Stage.of(row.text("stage")),
                row.instant("at"), row.instant("received_at"),
                new RecordPosition(row.text("topic"), row.integer("kafka_partition"),
                        row.count("kafka_offset")),
                row.integer("revision"), row.text("via"), row.text("content_hash"), row.text("reason"),
                read(row.text("errors"), ERRORS), read(row.text("checks"), CHECKS), row.integer("figure_count"),
                row.text("trace_id"));
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
