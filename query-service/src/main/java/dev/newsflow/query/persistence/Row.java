package dev.newsflow.query.persistence;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a native query, read by column name (the alias in its select list), whatever JDBC type the driver
 * returned for each value.
 */
public record Row(Tuple tuple) {

    /** The rows of {@code query}, which must have been created with {@code Tuple.class} as its result type. */
    public static List<Row> all(Query query) {
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        return tuples.stream().map(Row::new).toList();
    }

    /** A text column. */
    public String text(String column) {
        return (String) tuple.get(column);
    }

    /** A time column, as an instant. */
    public Instant instant(String column) {
        Object value = tuple.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("column " + column + " is not a time: " + value.getClass());
    }

    /** A time column shown with the offset (such as {@code +01:00}) that {@code offsetColumn} holds. */
    public OffsetDateTime at(String column, String offsetColumn) {
        Instant instant = instant(column);
        return instant == null ? null : instant.atOffset(ZoneOffset.of(text(offsetColumn)));
    }

    /** A numeric column, as a double. */
    public Double number(String column) {
        Object value = tuple.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A numeric column, as an integer. */
    public Integer integer(String column) {
        Object value = tuple.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    /** A count column. */
    public long count(String column) {
        return ((Number) tuple.get(column)).longValue();
    }

    /** A text column holding the name of a constant of {@code type}. */
    public <E extends Enum<E>> E constant(Class<E> type, String column) {
        String name = text(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A SQL text array column, as a list (empty when null). */
    public List<String> texts(String column) {
        Object value = tuple.get(column);
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            List<String> texts = new ArrayList<>();
            if (array != null) {
                for (Object item : (Object[]) array) {
                    texts.add((String) item);
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
