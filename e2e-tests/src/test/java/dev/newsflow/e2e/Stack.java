package dev.newsflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The stack as users run it, through bin/newsflow, with its own state folder, ports and database. */
public final class Stack {

    public static final int KAFKA_PORT = 19092;
    static final int QUERY_PORT = 18083;
    static final int EMBEDDED_POSTGRES_PORT = 15439;
    static final List<Integer> PORTS = List.of(KAFKA_PORT, 19093, 18081, 18082, QUERY_PORT, EMBEDDED_POSTGRES_PORT);
    static final String DATABASE = "newsflow_e2e";

    private final Path root;
    private final Path home;
    private final Map<String, String> environment;

    Stack(Path root, Path home) {
        this(root, home, Map.of());
    }

    /** A stack whose bin/newsflow also gets the variables of {@code environment}. */
    Stack(Path root, Path home, Map<String, String> environment) {
        this.root = root;
        this.home = home;
        this.environment = Map.copyOf(environment);
    }

    /** A stack with an embedded PostgreSQL of its own (bin/newsflow starts and stops it), so a test may kill it. */
    public static Stack withEmbeddedPostgres(Path root, Path home) {
        return new Stack(root, home, Map.of("NEWSFLOW_POSTGRES", "embedded",
                "EMBEDDED_PG_PORT", String.valueOf(EMBEDDED_POSTGRES_PORT)));
    }

    public Path root() {
        return root;
    }

    /** The processes bin/newsflow runs for this state folder. */
    public StackProcesses processes() {
        return new StackProcesses(home);
    }

    public Path bucket() {
        return home.resolve("bucket");
    }

    public URI queryApi() {
        return URI.create("http://localhost:" + QUERY_PORT);
    }

    /** The base URI of ingest-service's API. */
    public URI ingestApi() {
        return URI.create("http://localhost:" + PORTS.get(2));
    }

    /** The base URI of enrich-service's API. */
    public URI enrichApi() {
        return URI.create("http://localhost:" + PORTS.get(3));
    }

    /** Deletes the state folder of an earlier run, so the stack starts afresh. */
    public void deleteState() {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bin/newsflow ARGS} and fails unless it exits 0 within 10 minutes; then prints its output. */
    public void run(String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/newsflow").toString()));
        command.addAll(List.of(args));
        Path output = home.resolveSibling("e2e-newsflow-" + args[0] + ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("NEWSFLOW_HOME", home.toString());
        env.remove("NEWSFLOW_BUCKET_PATH");
        env.put("KAFKA_PORT", String.valueOf(PORTS.get(0)));
        env.put("KAFKA_CONTROLLER_PORT", String.valueOf(PORTS.get(1)));
        env.put("INGEST_HTTP_PORT", String.valueOf(PORTS.get(2)));
        env.put("ENRICH_HTTP_PORT", String.valueOf(PORTS.get(3)));
        env.put("QUERY_HTTP_PORT", String.valueOf(PORTS.get(4)));
        env.put("PGDATABASE", DATABASE);
        env.putAll(environment);
        try {
            Process process = builder.start();
            boolean finished = process.waitFor(10, TimeUnit.MINUTES);
            System.out.println("$ bin/newsflow " + String.join(" ", args) + "\n" + Files.readString(output));
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError("bin/newsflow " + String.join(" ", args)
                        + " did not finish within 10 minutes");
            }
            assertThat(process.exitValue()).as("exit code of bin/newsflow %s", String.join(" ", args)).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The ports of the stack that still accept connections. */
    public static List<Integer> answeringPorts() {
        List<Integer> answering = new ArrayList<>();
        for (int port : PORTS) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                answering.add(port);
            } catch (IOException refused) {
                // nothing listens: as expected after down
            }
        }
        return answering;
    }

    /** Drops the stack's database ({@link #DATABASE}) on the local PostgreSQL, so a run starts from nothing. */
    static void dropDatabase() throws SQLException {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    /** The environment variable {@code name}, or {@code fallback} when it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
