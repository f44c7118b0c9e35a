package dev.newsflow.query.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the values of native query rows, whatever JDBC type the driver returned. */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(Object value) {
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
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

    /** The instant shown with the offset it was published with. */
    public static OffsetDateTime at(Object value, Object offset) {
        Instant instant = instant(value);
        return instant == null ? null : instant.atOffset(ZoneOffset.of((String) offset));
    }

    public static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A SQL text array as a list. */
    public static java.util.List<String> texts(Object value) {
        try {
            Object array = value instanceof java.sql.Array sql ? sql.getArray() : value;
            if (array == null) {
                return java.util.List.of();
            }
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (Object item : (Object[]) array) {
                texts.add((String) item);
            }
            return texts;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
