package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.launcher.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml keeps its data on its volumes, publishes on loopback only, runs the services as the manifests
 * do, builds them on a base that can be swapped, and the local override (deploy/docker/compose.local.yml) swaps
 * nothing but the third-party images.
 */
class ComposeFileTest {

    private static final Path ROOT = Manifests.ROOT;
    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "query-service",
            "query-migrate");
    /** The services' images run a Java 17 with the C heap's trim (17.0.9 or later). */
    private static final Runtime.Version IMAGE_JAVA = Runtime.Version.parse("17.0.9");
    private static final Set<String> THIRD_PARTY = Set.of("kafka", "kafka-init", "postgres", "minio", "minio-init");
    private static final Pattern PUBLIC_BASE = Pattern.compile("ARG BASE_IMAGE=(\\S+)");

    @Test
    void kafkaWritesItsLogsOnItsVolume() throws IOException {
        Map<String, Object> kafka = map(services(compose()), "kafka");
        String logDirs = (String) map(kafka, "environment").get("KAFKA_LOG_DIRS");
        assertThat(logDirs).as("KAFKA_LOG_DIRS (unset, apache/kafka writes to /tmp and loses it)").isNotBlank();
        assertThat((List<?>) kafka.get("volumes")).extracting(Object::toString).contains("kafka-data:" + logDirs);
    }

    @Test
    void everyPortIsPublishedOnLoopbackUnlessToldOtherwise() throws IOException {
        for (Map.Entry<String, Object> service : services(compose()).entrySet()) {
            Object ports = Manifests.cast(service.getValue()).get("ports");
            for (Object mapping : ports == null ? List.of() : (List<?>) ports) {
                assertThat(mapping.toString()).as("%s port", service.getKey())
                        .startsWith("${NEWSFLOW_BIND_ADDRESS:-127.0.0.1}:");
            }
        }
    }

    @Test
    void theServicesRunLikeTheManifestsSayOnASwappableBase() throws IOException {
        Map<String, Object> services = services(compose());
        String jibBase = property(Files.readString(ROOT.resolve("pom.xml")), "quarkus.jib.base-jvm-image");
        for (String name : SERVICES) {
            Map<String, Object> service = map(services, name);
            assertThat(service).as(name).containsEntry("read_only", true).containsEntry("cap_drop", List.of("ALL"))
                    .containsEntry("tmpfs", List.of("/tmp"))
                    .containsEntry("security_opt", List.of("no-new-privileges:true"));
            String module = name.equals("query-migrate") ? "query-service" : name;
            assertThat(service).containsEntry("image", "newsflow/" + module + ":0.1.0");
            String dockerfile = Files.readString(ROOT.resolve(module + "/src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).contains("\nUSER 185\n").doesNotContain("/opt/jboss");
            Matcher base = PUBLIC_BASE.matcher(dockerfile);
            assertThat(base.find()).as("%s Dockerfile takes its base as BASE_IMAGE", module).isTrue();
            assertThat(map(map(service, "build"), "args").get("BASE_IMAGE")).as("%s base image", name)
                    .isEqualTo("${NEWSFLOW_BASE_IMAGE:-" + base.group(1) + "}");
            assertThat(base.group(1)).as("the Jib profile's base").isEqualTo(jibBase);
        }
        Map<String, Object> migrate = map(map(services, "query-migrate"), "environment");
        assertThat(migrate).containsEntry("QUARKUS_INIT_AND_EXIT", "true");
        assertThat(map(map(services, "query-service"), "environment"))
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        assertThat(map(map(map(services, "query-service"), "depends_on"), "query-migrate"))
                .containsEntry("condition", "service_completed_successfully");
    }

    /**
     * Compose stops containers in the reverse order of their direct dependencies only: a service that reached Kafka
     * through kafka-init alone was stopped together with the broker, before its consumers committed their offsets.
     */
    @Test
    void theServicesStopBeforeWhatTheyUse() throws IOException {
        Map<String, Object> services = services(compose());
        Map<String, List<String>> uses = Map.of("ingest-service", List.of("kafka", "minio"),
                "enrich-service", List.of("kafka"), "query-service", List.of("kafka", "postgres"));
        for (Map.Entry<String, List<String>> service : uses.entrySet()) {
            Map<String, Object> dependsOn = map(map(services, service.getKey()), "depends_on");
            for (String used : service.getValue()) {
                assertThat(map(dependsOn, used)).as("%s depends_on %s", service.getKey(), used)
                        .containsEntry("condition", "service_healthy");
            }
        }
    }

    /**
     * Without a memory limit the image's default would size each heap from the host's memory: each service gets the
     * launcher's options for it, its own heap's ceiling included, and the launcher's malloc arenas.
     */
    @Test
    void theServicesHaveTheLaunchersBoundedHeap() throws IOException {
        Map<String, Object> services = services(compose());
        for (String name : List.of("ingest-service", "enrich-service", "query-service")) {
            assertThat(map(map(services, name), "environment").get("JAVA_OPTS_APPEND")).as("%s JAVA_OPTS_APPEND", name)
                    .isEqualTo("${NEWSFLOW_JAVA_OPTS:-" + Settings.serviceJavaOpts(name, IMAGE_JAVA) + "}");
            assertThat(map(map(services, name), "environment").get("MALLOC_ARENA_MAX")).as("%s MALLOC_ARENA_MAX", name)
                    .isEqualTo("${MALLOC_ARENA_MAX:-2}");
        }
    }

    @Test
    void theLocalOverrideSwapsOnlyTheThirdPartyImages() throws IOException {
        Map<String, Object> override = new Yaml()
                .load(Files.readString(ROOT.resolve("deploy/docker/compose.local.yml")));
        Map<String, Object> services = services(override);
        assertThat(services.keySet()).as("services the override touches").isEqualTo(THIRD_PARTY);
        for (String name : THIRD_PARTY) {
            assertThat(map(services, name).keySet()).as("what the override changes in %s", name).containsOnly("image");
        }
        assertThat(services(compose()).keySet()).containsAll(THIRD_PARTY);
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    private static Map<String, Object> services(Map<String, Object> compose) {
        return map(compose, "services");
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(matcher.find()).as("%s in the root pom", name).isTrue();
        return matcher.group(1);
    }
}
