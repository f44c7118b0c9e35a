package dev.newsflow.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the environment asks of the launcher (the variables of {@code bin/newsflow --help}), read once and checked: a
 * port that is not a number is an error before anything runs. {@code javaOpts} is NEWSFLOW_JAVA_OPTS, empty when unset
 * ({@link #javaOpts(String)} then gives each service its defaults).
 */
public record Settings(Path root, Path home, Path bucket, int kafkaPort, int kafkaControllerPort, String kafkaBootstrap,
        int ingestPort, int enrichPort, int queryPort, String pgHost, int pgPort, String pgUser, String pgPassword,
        String pgDatabase, String postgresMode, int embeddedPgPort, List<String> kafkaHeapOpts, List<String> javaOpts,
        int mallocArenas, boolean classData, int startTimeoutSeconds, int stopGraceSeconds, String apiToken) {

    /**
     * The options every service's JVM gets unless NEWSFLOW_JAVA_OPTS says otherwise: the serial collector, as the JVM
     * would choose itself in a small container, with a heap that starts at 48 MiB with a fixed 32 MiB young generation,
     * so it takes only what the live data needs. With the whole heap from the start (no -Xms) every page of it became
     * resident under load.
     */
    public static final String SERVICE_JAVA_OPTS = "-XX:+UseSerialGC -Xms48m -Xmn32m";

    /**
     * The heap's ceiling of each service: above what its old generation took under a backlog of 8,000 posts (59-81 MiB
     * committed), which with the 32 MiB young generation stayed under 120 MiB. A service not listed gets
     * {@link #DEFAULT_MAX_HEAP}.
     */
    public static final Map<String, String> SERVICE_MAX_HEAPS = Map.of("ingest-service", "-Xmx160m",
            "enrich-service", "-Xmx160m", "query-service", "-Xmx160m");

    /** The heap's ceiling of a service that {@link #SERVICE_MAX_HEAPS} does not list. */
    static final String DEFAULT_MAX_HEAP = "-Xmx256m";

    /**
     * Returns the C heap's free memory to the system every 5 s (glibc keeps what was freed: 34-46 MiB per service
     * after a backlog). Java 17.0.9 and 21.0.1 brought the option, as an experimental one; older Javas refuse to start
     * with it.
     */
    static final String TRIM_NATIVE_HEAP = "-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000";

    /**
     * The services' glibc malloc arenas unless MALLOC_ARENA_MAX says otherwise. glibc gives each thread that contends
     * for one an arena of its own, up to eight per core, and keeps what is freed in each: with 50-80 threads per
     * service that was 28-30 MiB more resident than the JVM's native memory tracking accounts for.
     */
    public static final int SERVICE_MALLOC_ARENAS = 2;

    /** Every service's default JVM options on {@code java}: {@link #SERVICE_JAVA_OPTS}, and the trim if it has it. */
    public static String commonJavaOpts(Runtime.Version java) {
        boolean trims = java.feature() == 17 && java.update() >= 9 || java.feature() == 21 && java.update() >= 1
                || java.feature() >= 22;
        return trims ? SERVICE_JAVA_OPTS + " " + TRIM_NATIVE_HEAP : SERVICE_JAVA_OPTS;
    }

    /** The default JVM options of {@code service} on {@code java}: {@link #commonJavaOpts}, then its heap's ceiling. */
    public static String serviceJavaOpts(String service, Runtime.Version java) {
        return commonJavaOpts(java) + " " + SERVICE_MAX_HEAPS.getOrDefault(service, DEFAULT_MAX_HEAP);
    }

    /**
     * Reads the settings from {@code env}; {@code root} is the repository (the folder holding bin/ and the modules).
     */
    public static Settings from(Path root, Map<String, String> env) {
        Variables vars = new Variables(env);
        Path cwd = Path.of("").toAbsolutePath();
        Path home = cwd.resolve(vars.text("NEWSFLOW_HOME", root.resolve(".newsflow").toString())).normalize();
        Path bucket = cwd.resolve(vars.text("NEWSFLOW_BUCKET_PATH", home.resolve("bucket").toString())).normalize();
        String postgresMode = vars.text("NEWSFLOW_POSTGRES", "auto");
        if (!List.of("auto", "external", "embedded").contains(postgresMode)) {
            throw new LauncherException("NEWSFLOW_POSTGRES must be auto, external or embedded, not '" + postgresMode
                    + "'");
        }
        String classData = vars.text("NEWSFLOW_CLASS_DATA", "on");
        if (!List.of("on", "off").contains(classData)) {
            throw new LauncherException("NEWSFLOW_CLASS_DATA must be on or off, not '" + classData + "'");
        }
        return new Settings(root, home, bucket,
                vars.number("KAFKA_PORT", 9092), vars.number("KAFKA_CONTROLLER_PORT", 9093),
                vars.text("NEWSFLOW_KAFKA_BOOTSTRAP", ""),
                vars.number("INGEST_HTTP_PORT", 8081), vars.number("ENRICH_HTTP_PORT", 8082),
                vars.number("QUERY_HTTP_PORT", 8083),
                vars.text("PGHOST", "127.0.0.1"), vars.number("PGPORT", 5432), vars.text("PGUSER", "postgres"),
                vars.text("PGPASSWORD", ""), vars.text("PGDATABASE", "newsflow"), postgresMode,
                vars.number("EMBEDDED_PG_PORT", 15432), vars.words("KAFKA_HEAP_OPTS", "-Xms256m -Xmx512m"),
                vars.words("NEWSFLOW_JAVA_OPTS", ""),
                vars.number("MALLOC_ARENA_MAX", SERVICE_MALLOC_ARENAS), classData.equals("on"),
                vars.number("NEWSFLOW_START_TIMEOUT", 90),
                vars.number("NEWSFLOW_STOP_GRACE", 30), vars.text("NEWSFLOW_TOKEN", ""));
    }

    /** The JVM options of {@code service}: NEWSFLOW_JAVA_OPTS when set, else its defaults on this Java. */
    public List<String> javaOpts(String service) {
        return javaOpts.isEmpty() ? List.of(serviceJavaOpts(service, Runtime.version()).split(" ")) : javaOpts;
    }

    /** Whether Kafka is a broker someone else runs ({@code NEWSFLOW_KAFKA_BOOTSTRAP}) rather than one started here. */
    public boolean externalKafka() {
        return !kafkaBootstrap.isBlank();
    }

    /** The environment variables, with their defaults. */
    private record Variables(Map<String, String> env) {

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isEmpty() ? fallback : value;
        }

        int number(String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isEmpty()) {
                return fallback;
            }
            if (!value.matches("[0-9]{1,9}")) {
                throw new LauncherException(name + " must be a number, not '" + value + "'");
            }
            return Integer.parseInt(value);
        }

        List<String> words(String name, String fallback) {
            String value = text(name, fallback).trim();
            return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
        }
    }
}
