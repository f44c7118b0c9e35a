package dev.newsflow.query.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL {@code where} clause built from optional conditions, each with its bound parameters (never concatenated);
 * instants are bound as timestamps.
 */
public final class WhereClause {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code condition} (with {@code ?} placeholders) when {@code value} is present. */
    public WhereClause when(Object value, String condition, Object... values) {
        if (value != null) {
            add(condition, values);
        }
        return this;
    }

    /** Adds {@code condition} (with {@code ?} placeholders) bound to {@code values}. */
    public WhereClause add(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /**
     * The rows of the native query {@code select ... <where> <tail>}, its placeholders numbered and bound. A page size
     * belongs in the tail as a literal (it is a validated number): as a parameter, PostgreSQL's generic plan cannot
     * use it.
     */
    public List<Row> rows(EntityManager em, String select, String tail) {
        StringBuilder sql = new StringBuilder(select);
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
        sql.append(' ').append(tail);
        StringBuilder numbered = new StringBuilder(sql.length() + 16);
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        Query query = em.createNativeQuery(numbered.toString(), Tuple.class);
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            query.setParameter(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
        return Row.all(query);
    }
}
