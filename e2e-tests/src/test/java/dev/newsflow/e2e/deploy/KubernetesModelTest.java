package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered object is one its API server would take: core objects read into the fabric8 Kubernetes model and
 * Strimzi's into Strimzi's model with no field the model does not know; workloads have the fields they need, and
 * every name an object refers to exists. KEDA's and CloudNativePG's objects, which have no typed model, are checked
 * against their CRDs' schemas by {@link CustomResourceSchemaTest}.
 */
class KubernetesModelTest {

    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");
    private static final long NOT_HEAP = 300L << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends HasMetadata>> MODELLED = Map.ofEntries(
            Map.entry("Namespace", Namespace.class),
            Map.entry("ServiceMonitor", ServiceMonitor.class),
            Map.entry("Deployment", Deployment.class),
            Map.entry("Service", Service.class),
            Map.entry("ConfigMap", ConfigMap.class),
            Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("NetworkPolicy", NetworkPolicy.class),
            Map.entry("Kafka", Kafka.class),
            Map.entry("KafkaNodePool", KafkaNodePool.class),
            Map.entry("KafkaTopic", KafkaTopic.class),
            Map.entry("KafkaUser", KafkaUser.class));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectReadsIntoItsModelWithNoUnknownField(String overlay) throws Exception {
        for (Map<String, Object> object : render(overlay)) {
            String kind = (String) object.get("kind");
            String apiVersion = (String) object.get("apiVersion");
            Class<? extends HasMetadata> type = MODELLED.get(kind);
            if (type == null) {
                assertThat(Manifests.group(object)).as("group of %s", kind).isIn(Manifests.CRD_CHECKED_GROUPS);
                continue;
            }
            HasMetadata typed = JSON.convertValue(object, type);
            assertThat(apiVersion).as("apiVersion of %s", kind).isEqualTo(HasMetadata.getApiVersion(type));
            assertThat(typed.getMetadata().getName()).as("name of a %s", kind).isNotBlank();
            List<String> unknown = new ArrayList<>();
            collectUnknown(typed, kind + "/" + typed.getMetadata().getName(), unknown);
            assertThat(unknown).as("fields the Kubernetes model does not know (%s)", overlay).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyNameAnObjectRefersToExists(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        List<Deployment> deployments = typed(objects, Deployment.class);
        List<String> configMaps = typed(objects, ConfigMap.class).stream().map(c -> c.getMetadata().getName()).toList();
        List<Map<String, String>> podLabels = deployments.stream()
                .map(d -> d.getSpec().getTemplate().getMetadata().getLabels()).toList();
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            assertThat(podLabels.get(deployments.indexOf(deployment)))
                    .as("%s pod labels match its selector", name)
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(container.getImage()).as("%s image", name).isNotBlank();
                assertThat(container.getResources().getRequests()).as("%s requests", name)
                        .containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as("%s limits", name).containsKeys("cpu", "memory");
                assertHeapLeavesRoom(name, container);
                for (EnvFromSource source : container.getEnvFrom()) {
                    assertThat(configMaps).as("%s ConfigMap", name).contains(source.getConfigMapRef().getName());
                }
            }
        }
        for (Service service : typed(objects, Service.class)) {
            assertThat(podLabels).as("pods of Service %s", service.getMetadata().getName())
                    .anyMatch(labels -> labels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        }
        for (PodDisruptionBudget budget : typed(objects, PodDisruptionBudget.class)) {
            assertThat(podLabels).as("pods of PodDisruptionBudget %s", budget.getMetadata().getName())
                    .anyMatch(labels -> selects(budget.getSpec().getSelector(), labels));
        }
        for (NetworkPolicy policy : typed(objects, NetworkPolicy.class)) {
            assertThat(podLabels).as("pods of NetworkPolicy %s", policy.getMetadata().getName())
                    .anyMatch(labels -> selects(policy.getSpec().getPodSelector(), labels));
        }
        List<String> deploymentNames = deployments.stream().map(d -> d.getMetadata().getName()).toList();
        for (Map<String, Object> object : objects) {
            if ("ScaledObject".equals(object.get("kind"))) {
                assertThat(deploymentNames)
                        .contains((String) Manifests.map(Manifests.map(object, "spec"), "scaleTargetRef").get("name"));
            }
            if ("KafkaTopic".equals(object.get("kind"))) {
                assertThat(Manifests.map(object, "metadata").get("labels")).asString()
                        .contains("strimzi.io/cluster=newsflow");
            }
        }
    }

    /**
     * The heap the JVM may take ({@code -XX:MaxRAMPercentage} of the memory limit) leaves the limit room for what is
     * not heap: a service measured 200-300 MiB resident besides its heap under load (class metadata, the JIT's code,
     * thread stacks, mapped jars), and a container past its limit is killed.
     */
    private static void assertHeapLeavesRoom(String name, Container container) {
        long limit = Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")).longValue();
        String options = container.getEnv().stream().filter(env -> env.getName().equals("JAVA_OPTS_APPEND"))
                .map(EnvVar::getValue).findFirst().orElse("");
        Matcher percentage = MAX_RAM_PERCENTAGE.matcher(options);
        assertThat(percentage.find()).as("%s sizes its heap from the memory limit: %s", name, options).isTrue();
        long heap = limit * Integer.parseInt(percentage.group(1)) / 100;
        assertThat(limit - heap).as("%s memory limit left besides a heap of %d MiB", name, heap >> 20)
                .isGreaterThanOrEqualTo(NOT_HEAP);
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private static <T extends HasMetadata> List<T> typed(List<Map<String, Object>> objects, Class<T> type) {
        String kind = HasMetadata.getKind(type);
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).map(o -> JSON.convertValue(o, type)).toList();
    }

    /** Walks a model object's properties; the model keeps what it does not know in {@code additionalProperties}. */
    private static void collectUnknown(Object node, String path, List<String> unknown) throws Exception {
        if (node == null || !((node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")
                || node.getClass().getName().startsWith("io.fabric8.openshift.api.model"))
                || node.getClass().getName().startsWith("io.strimzi.api"))) {
            if (node instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    collectUnknown(item, path + "[" + i++ + "]", unknown);
                }
            } else if (node instanceof Map<?, ?> entries) {
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    collectUnknown(entry.getValue(), path + "." + entry.getKey(), unknown);
                }
            }
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object value = getter.invoke(node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                collectUnknown(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
