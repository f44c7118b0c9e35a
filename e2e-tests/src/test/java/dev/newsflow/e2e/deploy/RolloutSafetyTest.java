package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.find;
import static dev.newsflow.e2e.deploy.Manifests.list;
import static dev.newsflow.e2e.deploy.Manifests.map;
import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.platform.health.KafkaClusterProbe;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a real cluster would break on or suffer from, found by reading the operators' documentation: each check
 * guards one finding of the manifests' review (KEDA's reach, replicas, namespaces, probes, drains, network policy).
 */
class RolloutSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayRendersTheNamespaceItsObjectsLiveIn(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        List<Map<String, Object>> namespaces = objects.stream().filter(o -> "Namespace".equals(o.get("kind"))).toList();
        assertThat(namespaces).as("Namespace objects in %s", overlay).hasSize(1);
        String namespace = (String) map(namespaces.get(0), "metadata").get("name");
        for (Map<String, Object> object : objects) {
            if (object != namespaces.get(0)) {
                assertThat(map(object, "metadata").get("namespace")).as("namespace of %s %s", object.get("kind"),
                        map(object, "metadata").get("name")).isEqualTo(namespace);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kedaReachesKafkaByANamespaceQualifiedAddressAndFallsBackWhereItMay(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> scaledObject : Manifests.ofKind(objects, "ScaledObject")) {
            String namespace = (String) map(scaledObject, "metadata").get("namespace");
            Map<String, Object> spec = map(scaledObject, "spec");
            List<Map<String, Object>> triggers = list(spec, "triggers");
            for (Map<String, Object> trigger : triggers) {
                if ("kafka".equals(trigger.get("type"))) {
                    // KEDA's operator resolves the address in its own namespace: a short Service name never resolves
                    // there.
                    assertThat((String) map(trigger, "metadata").get("bootstrapServers"))
                            .as("%s bootstrapServers", Manifests.name(scaledObject))
                            .matches("newsflow-kafka-bootstrap\\." + namespace + "\\.svc(\\.cluster\\.local)?:909[23]");
                }
            }
            boolean resourceTrigger = triggers.stream().anyMatch(t -> Set.of("cpu", "memory").contains(t.get("type")));
            if (resourceTrigger) {
                // KEDA's admission webhook refuses a fallback next to a CPU or memory trigger.
                assertThat(spec).as("%s fallback", Manifests.name(scaledObject)).doesNotContainKey("fallback");
            } else {
                assertThat(map(spec, "fallback")).as("%s fallback", Manifests.name(scaledObject))
                        .containsKeys("failureThreshold", "replicas");
                assertThat(triggers).extracting(t -> t.get("metricType")).as("fallback needs AverageValue triggers")
                        .containsOnly("AverageValue");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noDeploymentAScaledObjectOwnsSetsReplicasAndNoDrainTakesAServiceDown(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> deployment : Manifests.ofKind(objects, "Deployment")) {
            String name = Manifests.name(deployment);
            Map<String, Object> scaledObject = objects.stream().filter(o -> "ScaledObject".equals(o.get("kind"))
                    && name.equals(map(map(o, "spec"), "scaleTargetRef").get("name"))).findFirst().orElse(null);
            int minimum;
            if (scaledObject != null) {
                // Every apply would reset a KEDA-scaled Deployment to this value: a forced scale-in and rebalance.
                assertThat(map(deployment, "spec")).as("%s spec.replicas", name).doesNotContainKey("replicas");
                minimum = ((Number) map(scaledObject, "spec").get("minReplicaCount")).intValue();
            } else {
                minimum = ((Number) map(deployment, "spec").get("replicas")).intValue();
            }
            int maxUnavailable = ((Number) map(find(objects, "PodDisruptionBudget", name), "spec")
                    .get("maxUnavailable"))
                    .intValue();
            assertThat(minimum - maxUnavailable).as("%s pods left during a drain", name).isGreaterThanOrEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesWaitLongerThanTheChecksTheyCall(String overlay) throws Exception {
        for (Map<String, Object> deployment : Manifests.ofKind(render(overlay), "Deployment")) {
            Map<String, Object> container = list(map(map(map(deployment, "spec"), "template"), "spec"), "containers")
                    .get(0);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Object timeout = map(container, probe).get("timeoutSeconds");
                assertThat(timeout).as("%s %s timeoutSeconds (the default is 1 s)", Manifests.name(deployment), probe)
                        .isNotNull();
                assertThat(((Number) timeout).longValue() * 1000)
                        .as("%s %s timeout in ms", Manifests.name(deployment), probe)
                        .isGreaterThan(KafkaClusterProbe.LONGEST_ANSWER_MS);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyNetworkPolicyRuleNamesItsPeersAndPrometheusMayScrape(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        boolean scrapeAllowed = false;
        for (Map<String, Object> policy : Manifests.ofKind(objects, "NetworkPolicy")) {
            Map<String, Object> spec = map(policy, "spec");
            for (Map<String, Object> rule : spec.containsKey("egress") ? list(spec, "egress")
                    : List.<Map<String, Object>>of()) {
                // A rule without "to" allows its ports to every address there is.
                assertThat(rule.get("to")).as("%s egress rule %s: destination", Manifests.name(policy), rule)
                        .asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
            }
            for (Map<String, Object> rule : spec.containsKey("ingress") ? list(spec, "ingress")
                    : List.<Map<String, Object>>of()) {
                assertThat(rule.get("from")).as("%s ingress rule %s: source", Manifests.name(policy), rule)
                        .asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
                scrapeAllowed |= list(rule, "from").stream().anyMatch(peer -> peer.containsKey("namespaceSelector")
                        && String.valueOf(peer.get("podSelector")).contains("prometheus"));
            }
        }
        assertThat(scrapeAllowed).as("a policy lets Prometheus in from its namespace").isTrue();
        Map<String, Object> monitor = Manifests.ofKind(objects, "ServiceMonitor").get(0);
        Map<String, Object> selector = map(map(map(monitor, "spec"), "selector"), "matchLabels");
        for (Map<String, Object> service : Manifests.ofKind(objects, "Service")) {
            assertThat(map(map(service, "metadata"), "labels")).as("labels of Service %s", Manifests.name(service))
                    .containsAllEntriesOf(selector);
            assertThat(list(map(service, "spec"), "ports")).extracting(p -> p.get("name"))
                    .contains(list(map(monitor, "spec"), "endpoints").get(0).get("port"));
        }
        assertThat(list(map(monitor, "spec"), "endpoints").get(0)).containsEntry("path", "/q/metrics");
    }
}
