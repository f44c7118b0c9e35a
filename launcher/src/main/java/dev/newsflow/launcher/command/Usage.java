package dev.newsflow.launcher.command;

// The help texts are printed as written, each line as the terminal shows it.
// CHECKSTYLE.OFF: LineLength

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.service.ServiceSpec;
import java.util.Map;
import java.util.stream.Collectors;

/** The help texts: {@code bin/newsflow --help} and each command's {@code --help}. */
public final class Usage {

    private static final Map<String, String> COMMANDS = Map.of(
            "up", """
                    Usage: %1$s up [--build] [--samples]

                    Builds the services if their jars are missing (./mvnw -q -B package -DskipTests), resolves Kafka's jars once
                    (deploy/local/kafka/pom.xml), formats and starts a single-node KRaft broker on 127.0.0.1:$KAFKA_PORT, creates
                    the topics (TopicManifest in contracts/), uses the PostgreSQL on $PGHOST:$PGPORT when it answers (creating
                    $PGDATABASE if missing) or else starts an embedded one (deploy/local/postgres), starts each service and waits
                    until its %2$s answers UP. What already runs is left alone, so running 'up' twice starts nothing twice;
                    if a part fails to start, what this 'up' started is stopped again. Output of each component:
                    $NEWSFLOW_HOME/logs/<name>.log.

                      --build     rebuild the services even when their jars exist
                      --samples   then drop every file of samples/ (if that folder exists) into the bucket's incoming/
                    """,
            "down", """
                    Usage: %1$s down

                    Stops what 'up' started, by PID: the services first (in reverse order), then an embedded PostgreSQL, then
                    Kafka; SIGTERM, then SIGKILL after a grace period (services 15 s, PostgreSQL and Kafka $NEWSFLOW_STOP_GRACE =
                    %3$d s). An external PostgreSQL is left alone. Data is kept.
                    """,
            "status", """
                    Usage: %1$s status [FILE]

                    Shows each component's PID, whether it runs, its port and its health answer. Exits 0 when everything runs
                    and is healthy, 1 otherwise.

                    With FILE, shows the story of that post instead, from query-service (GET /api/posts/status): its state, where
                    it waits and for how long, and each stage (received, published, rejected, enriched, materialized, retracted)
                    with its time, one per line. FILE is a file you dropped (asked for by its name), a bucket key
                    (incoming/2026/x.md), a key under incoming/ or a file name. Exits 1 when no post matches, when the name
                    matches several (use the whole key), or when query-service does not answer. Sends $NEWSFLOW_TOKEN as a
                    bearer token if it is set.
                    """,
            "retry", """
                    Usage: %1$s retry NAME

                    Sends the rejected post rejected/NAME (NAME relative to rejected/, e.g. 2026/x.md) back to incoming/
                    through ingest-service (POST /api/posts/rejected/{key}/retry); its .error.json is deleted and the post is read
                    again, so fix the file under rejected/ first. Exits 1 when there is no such rejected post, when a post of
                    that name is in incoming/ already, or when ingest-service does not answer. Sends $NEWSFLOW_TOKEN (a token
                    with the newsflow-writer role) as a bearer token if it is set.
                    """,
            "logs", """
                    Usage: %1$s logs [-f] [-n N] [NAME...]

                    Shows the last N (default 50) lines of the logs of NAME (kafka, ingest-service, kafka-tools, ...), all by
                    default; -f follows them. The files are in $NEWSFLOW_HOME/logs.
                    """,
            "drop", """
                    Usage: %1$s drop FILE...

                    Copies each FILE into the bucket's incoming/ folder safely: written to a hidden .NAME.part file in that folder,
                    then renamed, so ingest-service never sees half a file. ingest-service moves it to processed/ (published) or
                    rejected/ (with NAME.error.json beside it).
                    """,
            "consume", """
                    Usage: %1$s consume TOPIC [--max N] [--timeout-ms MS]

                    Prints up to N (default 10) events of TOPIC from the beginning: partition, headers, key and value, tab-separated;
                    stops after MS (default 10000) without a new event.
                    """,
            "bench", """
                    Usage: %1$s bench [N] [--rate R] [--timeout S]

                    Needs a running stack ('%1$s up'). Drops N (default 20000) generated posts of about 3 KB into the bucket's
                    incoming/ (written, then renamed), as fast as it can or at R posts per second, waits until query-service serves
                    all of them (S seconds at most, default 900), then reports the sustained throughput (posts/s from the first drop
                    to the last post first seen in PostgreSQL) and the drop-to-queryable latency p50/p90/p99/max, with the CPU
                    milliseconds per post of each process the stack runs and its resident memory, idle and at its peak. Each run has
                    its own category (bench-<run>), so runs do not mix; the articles stay in the database. The benchmark driver
                    (e2e-tests) is built first if it is missing.

                      %1$s bench 20000            # sustained throughput
                      %1$s bench 6000 --rate 100  # latency at a steady 100 posts/s (one minute)
                    """,
            "clean", """
                    Usage: %1$s clean

                    Runs 'down', then deletes the state folder %4$s (Kafka's jars and data, the bucket, the logs).
                    It does not ask.
                    """);

    private static final String OVERVIEW = """
            Usage: %1$s COMMAND [OPTIONS]      (%1$s COMMAND --help for details)

            Runs Newsflow on this machine: a single-node Kafka broker (from Kafka's Maven artifacts, no install), PostgreSQL
            (yours on PGHOST:PGPORT, else an embedded one) and the services, with all state in one folder (%4$s).

            Commands:
              up [--build] [--samples]   build what is missing, start Kafka and the services, wait until they are ready
              down                       stop everything 'up' started (data is kept)
              status [FILE]              each component: PID, running or not, health; or the story of one post
              retry NAME                 send the rejected post rejected/NAME back to incoming/ to be read again
              logs [-f] [-n N] [NAME]    show (or follow) the logs of kafka, ingest-service, ... (all by default)
              drop FILE...               drop posts into the bucket's incoming/ folder (written, then renamed)
              consume TOPIC              print the events on a topic, from the beginning
              bench [N] [--rate R]       drop N generated posts into the running stack; throughput and latency to queryable
              clean                      'down', then delete the state folder (Kafka's data, the bucket, the logs)

            Environment:
              NEWSFLOW_HOME           state folder (default: <repo>/.newsflow)
              NEWSFLOW_BUCKET_PATH    bucket folder (default: $NEWSFLOW_HOME/bucket)
              NEWSFLOW_BUCKET_URL     s3://bucket/prefix to take posts from S3 instead (with NEWSFLOW_S3_ENDPOINT,
                                      NEWSFLOW_S3_PATH_STYLE=true for MinIO, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
              KAFKA_PORT              Kafka's client port (default 9092); KAFKA_CONTROLLER_PORT (default 9093)
              NEWSFLOW_KAFKA_BOOTSTRAP  a running broker to use instead of starting one (host:port; default: start one)
              INGEST_HTTP_PORT        ingest-service's HTTP port (default 8081); ENRICH_HTTP_PORT enrich-service's (default 8082)
              QUERY_HTTP_PORT         query-service's HTTP port, the API (default 8083)
              NEWSFLOW_POSTGRES       auto (default: the server on PGHOST:PGPORT if it answers, else an embedded one),
                                      external (only that server) or embedded (always the embedded one)
              PGHOST PGPORT PGUSER    the external PostgreSQL (default 127.0.0.1 5432 postgres; PGPASSWORD if it needs one);
              PGDATABASE              the database, created if missing (default newsflow)
              EMBEDDED_PG_PORT        the embedded PostgreSQL's port (default 15432; data in $NEWSFLOW_HOME/postgres)
              KAFKA_HEAP_OPTS         the broker's heap (default "-Xms256m -Xmx512m")
              NEWSFLOW_JAVA_OPTS      the services' JVM options (default "%5$s" and the heap's ceiling: %7$s)
              MALLOC_ARENA_MAX        the services' glibc malloc arenas (default %6$s)
              NEWSFLOW_CLASS_DATA     on (default: a service's first run after a build writes a class-data archive, later runs start from it) or off
              NEWSFLOW_START_TIMEOUT  seconds to wait for a service to be ready (default 90)
              NEWSFLOW_TOKEN          a bearer token for the services' APIs when access control is on (status FILE, retry)
              JAVA_HOME               the Java 17+ to use (default: java on the PATH)
            """;

    private Usage() {
    }

    /** The overview of every command. */
    public static String overview(Settings settings) {
        return fill(OVERVIEW, settings);
    }

    /** The help of {@code command}, if there is such a command. */
    public static String of(String command, Settings settings) {
        String text = COMMANDS.get(command);
        return text == null ? null : fill(text, settings);
    }

    private static String fill(String text, Settings settings) {
        return text.formatted(PROG, ServiceSpec.HEALTH_PATH, settings.stopGraceSeconds(), settings.home(),
                Settings.commonJavaOpts(Runtime.version()), Settings.SERVICE_MALLOC_ARENAS, maxHeaps()).stripTrailing();
    }

    private static String maxHeaps() {
        return Settings.SERVICE_MAX_HEAPS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", "));
    }
}
