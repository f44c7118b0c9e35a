package dev.newsflow.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** An ingest-service process started from the packaged jar, with the default settings but for its bucket and broker. */
public final class ReplicaProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private static final Pattern LISTER = Pattern.compile("\"lister\"\\s*:\\s*true");

    private final String name;
    private final int port;
    private final Process process;

    private ReplicaProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts replica {@code name} on HTTP port {@code port}, with s3proxy's {@code s3Config} (as its test resource
     * returns it), the broker at {@code bootstrap} and {@code extraEnv}; returns once it is ready. Its log is
     * {@code target/<name>.log}.
     */
    public static ReplicaProcess start(String name, int port, Map<String, String> s3Config, String bootstrap,
            Map<String, String> extraEnv) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("NEWSFLOW_BUCKET_URL", s3Config.get("newsflow.bucket.url"));
        env.put("NEWSFLOW_S3_ENDPOINT", s3Config.get("quarkus.s3.endpoint-override"));
        env.put("NEWSFLOW_S3_PATH_STYLE", "true");
        env.put("AWS_ACCESS_KEY_ID", s3Config.get("quarkus.s3.aws.credentials.static-provider.access-key-id"));
        env.put("AWS_SECRET_ACCESS_KEY", s3Config.get("quarkus.s3.aws.credentials.static-provider.secret-access-key"));
        env.putAll(extraEnv);
        ReplicaProcess replica = launch(name, port, bootstrap, env);
        replica.awaitReady();
        return replica;
    }

    /**
     * Launches process {@code name} on HTTP port {@code port} on the bucket folder {@code folder} and the broker at
     * {@code bootstrap}, without waiting for it: {@link #awaitReady()} or {@link #awaitExit(Duration)} follow.
     */
    public static ReplicaProcess onFolder(String name, int port, Path folder, String bootstrap) throws IOException {
        return launch(name, port, bootstrap, Map.of("NEWSFLOW_BUCKET_PATH", folder.toString(),
                "NEWSFLOW_BUCKET_SETTLE_TIME", "100ms"));
    }

    private static ReplicaProcess launch(String name, int port, String bootstrap, Map<String, String> extraEnv)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR
                    + " is missing: run ./mvnw package -DskipTests -pl ingest-service -am first");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log(name).toFile());
        Map<String, String> env = builder.environment();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        env.put("INGEST_HTTP_PORT", String.valueOf(port));
        env.putAll(extraEnv);
        return new ReplicaProcess(name, port, builder.start());
    }

    /** Waits until the process exits (at most {@code timeout}) and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " is still running after " + timeout + "; see " + log(name));
        }
        return process.exitValue();
    }

    /** The process id. */
    public long pid() {
        return process.pid();
    }

    /** What the process wrote so far. */
    public String output() throws IOException {
        return Files.readString(log(name));
    }

    /** Waits until the process answers ready (at most 90 s); fails when it exits or is not ready by then. */
    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log(name));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
                continue;
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not ready within 90 s; see " + log(name));
    }

    /** Whether this replica lists the bucket now, as its liveness check reports. */
    public boolean isLister() {
        return LISTER.matcher(liveness().body()).find();
    }

    /** The answer of {@code /q/health/live}: its status code and its JSON. */
    public HttpResponse<String> liveness() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/q/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path log(String name) {
        return Path.of("target", name + ".log");
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no commit, objects left half-taken. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process gracefully (SIGTERM), then forcibly if it has not exited within 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
