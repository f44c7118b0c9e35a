import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure a database exists on a running PostgreSQL server; a single-file program for bin/newsflow, run with
 * the PostgreSQL JDBC driver on the class path (the password, if any, comes from $PGPASSWORD):
 * {@code java -cp postgresql.jar CreateDatabase.java HOST PORT USER DATABASE}.
 */
public final class CreateDatabase {

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: CreateDatabase HOST PORT USER DATABASE");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
        String database = args[3];
        try (Connection connection = DriverManager.getConnection(url, args[2], System.getenv().getOrDefault("PGPASSWORD", ""))) {
            System.out.println(exists(connection, database) ? "database " + database + " present" : create(connection, database));
        } catch (SQLException e) {
            System.err.println("PostgreSQL at " + args[0] + ":" + args[1] + " as " + args[2] + ": " + e.getMessage());
            System.exit(1);
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

    private static String create(Connection connection, String database) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
        }
        return "database " + database + " created";
    }

    private CreateDatabase() {
    }
}
