package dev.newsflow.launcher.service;

import dev.newsflow.launcher.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of the stack in start order (they stop in reverse), one line each; a service whose Maven module does
 * not exist in the repository is left out.
 */
public final class Services {

    private static final String JAR = "target/quarkus-app/quarkus-run.jar";

    private Services() {
    }

    /** The services, given Kafka's bootstrap address and PostgreSQL's host and port. */
    public static List<ServiceSpec> of(Settings settings, String kafka, String pgHost, int pgPort) {
        List<ServiceSpec> services = new ArrayList<>();
        add(services, settings, "ingest-service", "INGEST_HTTP_PORT", settings.ingestPort(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "NEWSFLOW_BUCKET_PATH", settings.bucket().toString());
        add(services, settings, "enrich-service", "ENRICH_HTTP_PORT", settings.enrichPort(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka);
        add(services, settings, "query-service", "QUERY_HTTP_PORT", settings.queryPort(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "PGHOST", pgHost, "PGPORT", String.valueOf(pgPort),
                "PGUSER", settings.pgUser(), "PGPASSWORD", settings.pgPassword(), "PGDATABASE", settings.pgDatabase());
        return services;
    }

    /** The services with the addresses {@code up} would give them, for commands that only look at them. */
    public static List<ServiceSpec> of(Settings settings) {
        return of(settings, "127.0.0.1:" + settings.kafkaPort(), settings.pgHost(), settings.pgPort());
    }

    /** The names of the services. */
    public static List<String> names(List<ServiceSpec> services) {
        return services.stream().map(ServiceSpec::name).toList();
    }

    private static void add(List<ServiceSpec> services, Settings settings, String name, String portVariable, int port,
            String... variables) {
        Path module = settings.root().resolve(name);
        if (!Files.isDirectory(module)) {
            return;
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(portVariable, String.valueOf(port));
        environment.put("MALLOC_ARENA_MAX", String.valueOf(settings.mallocArenas()));
        for (int i = 0; i < variables.length; i += 2) {
            environment.put(variables[i], variables[i + 1]);
        }
        services.add(new ServiceSpec(name, module.resolve(JAR), portVariable, port, Map.copyOf(environment)));
    }
}
