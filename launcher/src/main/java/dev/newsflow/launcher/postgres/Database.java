package dev.newsflow.launcher.postgres;

import dev.newsflow.launcher.LauncherException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes sure the stack's database exists on a running PostgreSQL server (JDBC, in the launcher's JVM). */
public final class Database {

    private Database() {
    }

    /** Creates {@code database} unless it exists; returns "database NAME created" or "database NAME present". */
    public static String ensure(String host, int port, String user, String password, String database) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (exists(connection, database)) {
                return "database " + database + " present";
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
            }
            return "database " + database + " created";
        } catch (SQLException e) {
            throw new LauncherException("could not create or find the database '" + database + "': PostgreSQL at "
                    + host
                    + ":" + port + " as " + user + ": " + e.getMessage()
                    + " (set PGUSER/PGPASSWORD, or NEWSFLOW_POSTGRES=embedded)", e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
