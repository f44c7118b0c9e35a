package dev.newsflow.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which database failures are an unavailable database (retried) and which a refusal (dead-lettered), and why. */
class DatabaseFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                failure("connection refused (08001)", wrapped(sql("Connection refused", "08001")), true),
                failure("connection lost (08006)", wrapped(sql("An I/O error occurred", "08006")), true),
                failure("too many connections (53300)", wrapped(sql("too many clients", "53300")), true),
                failure("server shutting down (57P01)", wrapped(sql("terminating connection", "57P01")), true),
                failure("refused socket", new IllegalStateException(new ConnectException("Connection refused")), true),
                failure("pool timed out", new GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("no connection in time", new TimeoutException())), true),
                failure("transient connection", wrapped(new SQLTransientConnectionException("gone")), true),
                failure("Hibernate's connection failure", new JDBCConnectionException("lost", sql("lost", null)), true),
                failure("unique key (23505)", new ConstraintViolationException("duplicate",
                        sql("duplicate key value", "23505"), "article_pkey"), false),
                failure("index row too big (54000)", wrapped(sql("index row size 4024 exceeds", "54000")), false),
                failure("query cancelled (57014)", wrapped(sql("canceling statement", "57014")), false),
                failure("no SQL error at all", new IllegalArgumentException("not a time"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureIsClassifiedByItsTypeAndSqlState(String name, RuntimeException failure, boolean unavailable) {
        // When the failure of a write is classified
        RuntimeException classified = DatabaseFailures.classify(failure);

        // Then an unavailable database is a DatabaseUnavailableException around it, and anything else is itself
        if (unavailable) {
            assertThat(classified).isInstanceOf(DatabaseUnavailableException.class).hasCause(failure);
        } else {
            assertThat(classified).isSameAs(failure);
        }
    }

    @Test
    void theReasonIsTheLastChainedSqlErrorWithItsSqlState() {
        // Given a batch the database aborted, with PostgreSQL's own error chained to it
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into article ... was aborted",
                "22021", new int[0]);
        batch.setNextException(sql("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00\n  Where: parameter $18",
                "22021"));

        // When its reason is read, Then it is PostgreSQL's first line and SQLSTATE, without the statement
        assertThat(DatabaseFailures.reason(wrapped(batch)))
                .isEqualTo("invalid byte sequence for encoding \"UTF8\": 0x00 (SQLSTATE 22021)");
    }

    private static SQLException sql(String message, String state) {
        return new SQLException(message, state);
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new GenericJDBCException("could not execute statement", cause);
    }

    private static Arguments failure(String name, RuntimeException failure, boolean unavailable) {
        return Arguments.of(name, failure, unavailable);
    }
}
