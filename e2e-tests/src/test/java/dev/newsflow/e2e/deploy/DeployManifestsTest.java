package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.find;
import static dev.newsflow.e2e.deploy.Manifests.list;
import static dev.newsflow.e2e.deploy.Manifests.map;
import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment descriptors agree with the services' own configuration (ports, probes, environment variables,
 * consumer groups, topics, partitions, shutdown time), so neither can drift from the other unnoticed.
 */
class DeployManifestsTest {

    private static final Path ROOT = Manifests.ROOT;
    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "query-service");
    /** The tag the images profile of the root pom gives the images ({@code newsflow.image.tag}). */
    private static final String IMAGE_TAG = imageTag();
    private static final Map<String, String> CONSUMED_CHANNEL = Map.of(
            "enrich-service", "articles-ingested", "query-service", "articles-enriched");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayAgreesWithTheServices(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(ROOT, service);
            Map<String, Object> deployment = find(objects, "Deployment", service);
            Map<String, Object> data = map(find(objects, "ConfigMap", service), "data");
            Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
            Map<String, Object> container = list(pod, "containers").get(0);
            String at = overlay + "/" + service;

            assertThat((String) container.get("image")).as("%s image, as -Pimages builds it", at)
                    .endsWith("newsflow/" + service + ":" + IMAGE_TAG);

            int port = ((Number) list(container, "ports").get(0).get("containerPort")).intValue();
            assertThat(list(container, "ports").get(0).get("name")).isEqualTo("http");
            assertThat(settings.defaultOf("quarkus.http.port")).as("%s port", at).isEqualTo(String.valueOf(port));
            assertThat(data.get(settings.variableOf("quarkus.http.port"))).as("%s port setting", at)
                    .isEqualTo(String.valueOf(port));
            Map<String, Object> servicePort = list(map(find(objects, "Service", service), "spec"), "ports").get(0);
            assertThat(servicePort).as("%s Service", at).containsEntry("port", port)
                    .containsEntry("targetPort", "http");

            assertThat(path(container, "startupProbe")).as("%s startup probe", at).isEqualTo("/q/health/started");
            assertThat(path(container, "livenessProbe")).as("%s liveness probe", at).isEqualTo("/q/health/live");
            assertThat(path(container, "readinessProbe")).as("%s readiness probe", at).isEqualTo("/q/health/ready");

            for (String variable : data.keySet()) {
                assertThat(settings.reads(variable)).as("%s reads %s from its ConfigMap", at, variable).isTrue();
            }
            for (Map<String, Object> source : list(container, "envFrom")) {
                String configMap = (String) map(source, "configMapRef").get("name");
                for (String variable : map(find(objects, "ConfigMap", configMap), "data").keySet()) {
                    assertThat(settings.reads(variable)).as("%s reads %s from %s", at, variable, configMap).isTrue();
                }
            }
            for (Map<String, Object> variable : list(container, "env")) {
                assertThat(settings.reads((String) variable.get("name"))).as("%s reads %s", at, variable.get("name"))
                        .isTrue();
            }

            long shutdown = Duration.parse("PT"
                    + ((String) data.get("QUARKUS_SHUTDOWN_TIMEOUT")).toUpperCase(Locale.ROOT))
                    .toSeconds();
            long preStop = ((Number) map(map(map(container, "lifecycle"), "preStop"), "sleep").get("seconds"))
                    .longValue();
            assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue()).as("%s grace period", at)
                    .isGreaterThan(preStop + shutdown);
            assertThat(map(map(map(deployment, "spec"), "strategy"), "rollingUpdate"))
                    .containsEntry("maxUnavailable", 0);
            assertThat(map(pod, "securityContext")).as("%s pod security", at).containsEntry("runAsNonRoot", true);
            Map<String, Object> security = map(container, "securityContext");
            assertThat(security).as("%s container security", at).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            assertThat(map(security, "capabilities").get("drop")).as("%s capabilities", at).isEqualTo(List.of("ALL"));
            assertThat(list(container, "volumeMounts")).extracting(m -> m.get("mountPath")).contains("/tmp");
            find(objects, "PodDisruptionBudget", service);

            if ("ingest-service".equals(service) && !"false".equals(data.get("NEWSFLOW_BUCKET_S3_KEY_QUEUE"))) {
                String keyTopic = settings.defaultOf("newsflow.bucket.s3.key-queue.topic");
                int partitions = ((Number) map(find(objects, "KafkaTopic", keyTopic), "spec").get("partitions"))
                        .intValue();
                assertThat(((Number) map(deployment, "spec").get("replicas")).intValue()).as("%s replicas", at)
                        .isLessThanOrEqualTo(partitions);
                assertThat(String.valueOf(partitions)).as("%s key topic partitions", at)
                        .isEqualTo(settings.defaultOf("newsflow.bucket.s3.key-queue.partitions"));
            }
            String channel = CONSUMED_CHANNEL.get(service);
            if (channel != null) {
                Map<String, Object> spec = map(find(objects, "ScaledObject", service), "spec");
                Map<String, Object> kafka = list(spec, "triggers").stream().filter(t -> "kafka".equals(t.get("type")))
                        .findFirst().orElseThrow();
                String group = (String) map(kafka, "metadata").get("consumerGroup");
                String topic = (String) map(kafka, "metadata").get("topic");
                String groupProperty = "mp.messaging.incoming." + channel + ".group.id";
                assertThat(group).as("%s KEDA consumer group", at).isEqualTo(settings.defaultOf(groupProperty))
                        .isEqualTo(data.get(settings.variableOf(groupProperty)));
                assertThat(topic).as("%s KEDA topic", at)
                        .isEqualTo(settings.properties().getProperty("mp.messaging.incoming." + channel + ".topic"));
                int partitions = ((Number) map(find(objects, "KafkaTopic", topic), "spec").get("partitions"))
                        .intValue();
                assertThat(((Number) spec.get("maxReplicaCount")).intValue()).as("%s max replicas", at)
                        .isLessThanOrEqualTo(partitions);
                assertThat(((Number) spec.get("minReplicaCount")).intValue()).isGreaterThanOrEqualTo(1);
                assertThat(map(spec, "scaleTargetRef").get("name")).isEqualTo(service);
            }
        }
    }

    @Test
    void theComposeFileAgreesWithTheServices() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        for (String service : SERVICES) {
            ServiceSettings settings = ServiceSettings.of(ROOT, service);
            Map<String, Object> definition = map(map(compose, "services"), service);
            for (String variable : map(definition, "environment").keySet()) {
                assertThat(settings.reads(variable)).as("%s reads %s (docker-compose.yml)", service, variable).isTrue();
            }
            String port = settings.defaultOf("quarkus.http.port");
            assertThat((List<?>) definition.get("ports")).as("%s ports", service).hasSize(1)
                    .allSatisfy(mapping -> assertThat(mapping.toString()).endsWith(":" + port));
            assertThat(map(definition, "healthcheck").get("test").toString()).as("%s health check", service)
                    .contains("http://localhost:" + port + "/q/health/ready");
            assertThat(map(definition, "build")).containsEntry("context", "./" + service)
                    .containsEntry("dockerfile", "src/main/docker/Dockerfile.jvm");
            assertThat(ROOT.resolve(service + "/src/main/docker/Dockerfile.jvm")).content().contains("EXPOSE " + port);
        }
    }

    private static String path(Map<String, Object> container, String probe) {
        Map<String, Object> httpGet = map(map(container, probe), "httpGet");
        assertThat(httpGet.get("port")).isEqualTo("http");
        return (String) httpGet.get("path");
    }

    private static String imageTag() {
        try {
            Matcher tag = Pattern.compile("<newsflow\\.image\\.tag>([^<]+)</newsflow\\.image\\.tag>")
                    .matcher(Files.readString(ROOT.resolve("pom.xml")));
            if (!tag.find()) {
                throw new AssertionError("the root pom.xml sets no newsflow.image.tag");
            }
            return tag.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
