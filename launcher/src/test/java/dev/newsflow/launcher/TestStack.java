package dev.newsflow.launcher;

import dev.newsflow.testsupport.kafka.KafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A small repository for the launcher to run: the three services as {@link StandInService} jars, a samples/ folder,
 * free ports, the test broker (NEWSFLOW_KAFKA_BOOTSTRAP) and the local PostgreSQL with the test database.
 */
final class TestStack {

    static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "query-service");

    final Path root;
    final Path home;
    final Map<String, String> env = new HashMap<>();

    /** A stack whose services all become ready, except those named in {@code modes} (name to exit / never-ready). */
    TestStack(Path folder, Map<String, String> modes) throws IOException {
        root = folder.resolve("repo");
        home = folder.resolve("home");
        Map<String, String> portVariables = Map.of("ingest-service", "INGEST_HTTP_PORT", "enrich-service",
                "ENRICH_HTTP_PORT", "query-service", "QUERY_HTTP_PORT");
        for (String service : SERVICES) {
            standInJar(service, portVariables.get(service), modes.getOrDefault(service, "ready"));
            env.put(portVariables.get(service), String.valueOf(freePort()));
        }
        Files.createDirectories(root.resolve("samples/2026"));
        Files.writeString(root.resolve("samples/one.md"), "---\ntitle: One\ndate: 2026-01-02 10:00:00\n---\nBody\n");
        Files.writeString(root.resolve("samples/2026/two.md"),
                "---\ntitle: Two\ndate: 2026-01-03 10:00:00\n---\nBody\n");
        env.put("NEWSFLOW_HOME", home.toString());
        env.put("NEWSFLOW_KAFKA_BOOTSTRAP", KafkaBroker.bootstrapServers());
        env.put("NEWSFLOW_POSTGRES", "external");
        env.put("PGDATABASE", System.getenv().getOrDefault("NEWSFLOW_TEST_DATABASE", "newsflow_test_launcher"));
        env.put("NEWSFLOW_START_TIMEOUT", "30");
    }

    /** Runs {@code bin/newsflow ARGS} in this JVM. */
    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new Launcher(root, env, console).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    int port(String service) {
        return Integer.parseInt(env.get(Map.of("ingest-service", "INGEST_HTTP_PORT", "enrich-service",
                "ENRICH_HTTP_PORT",
                "query-service", "QUERY_HTTP_PORT").get(service)));
    }

    /** The processes that carry this state folder's marker, whatever the PID files say. */
    List<ProcessHandle> running() {
        String marker = "-Dnewsflowctl.id=" + home + "#";
        return ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(args -> List.of(args).stream().anyMatch(arg -> arg.startsWith(marker))).orElse(false)).toList();
    }

    /** Kills what a failed test left running. */
    void killLeftovers() {
        running().forEach(ProcessHandle::destroyForcibly);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Replaces the jar of {@code service} with a stand-in of behaviour {@code mode}. */
    void standIn(String service, String mode) throws IOException {
        standInJar(service, Map.of("ingest-service", "INGEST_HTTP_PORT", "enrich-service", "ENRICH_HTTP_PORT",
                "query-service", "QUERY_HTTP_PORT").get(service), mode);
    }

    /** The process of {@code component} by its PID file, if the file names a live process (whatever it is). */
    Optional<ProcessHandle> pid(String component) throws IOException {
        Path file = home.resolve("run").resolve(component + ".pid");
        return Files.exists(file) ? ProcessHandle.of(Long.parseLong(Files.readString(file).trim())) : Optional.empty();
    }

    private void standInJar(String service, String portVariable, String mode) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses().toUri().toString());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file,
                manifest)) {
            out.putNextEntry(new JarEntry("standin.properties"));
            out.write(("name=" + service + "\nport.variable=" + portVariable + "\nmode=" + mode + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(StandInService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one run printed and its exit code. */
    record Run(int exit, String out, String err) {

        String all() {
            return out + err;
        }
    }
}
