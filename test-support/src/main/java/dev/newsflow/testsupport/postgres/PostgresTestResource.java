package dev.newsflow.testsupport.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points a Quarkus application under test at a database of its own on the local PostgreSQL
 * ({@code PGHOST}/{@code PGPORT}/{@code PGUSER}, default 127.0.0.1:5432 as postgres), created if missing; it never
 * touches other databases.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The database the tests use ({@code NEWSFLOW_TEST_DATABASE}, so two checkouts can test side by side). */
    public static final String DATABASE = env("NEWSFLOW_TEST_DATABASE", "newsflow_test");

    /** The local server's host. */
    public static final String HOST = env("PGHOST", "127.0.0.1");
    /** The local server's port. */
    public static final String PORT = env("PGPORT", "5432");
    private static final String USER = env("PGUSER", "postgres");
    private static final String PASSWORD = env("PGPASSWORD", "");

    @Override
    public Map<String, String> start() {
        createIfMissing();
        return Map.of("quarkus.datasource.jdbc.url", url(DATABASE), "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // The database is kept; each test class clears the tables it uses.
    }

    /** The JDBC URL of {@code database} on the local server. */
    public static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** A connection to the test database. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(DATABASE), USER, PASSWORD);
    }

    /** Creates the test database unless it exists. */
    public static void createIfMissing() {
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + HOST + ":" + PORT
                    + " (start it, or set PGHOST/PGPORT/PGUSER): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
