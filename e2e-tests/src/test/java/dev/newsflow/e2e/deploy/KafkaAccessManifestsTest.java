package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.find;
import static dev.newsflow.e2e.deploy.Manifests.list;
import static dev.newsflow.e2e.deploy.Manifests.map;
import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In production Kafka takes only TLS and SCRAM-SHA-512 users, and every client has its credentials: each service
 * reads its own KafkaUser's Secret and the cluster CA, KEDA reads the lag as a user of its own, every bootstrap
 * address and network policy points at the secured listener, and access control is on.
 */
class KafkaAccessManifestsTest {

    private static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "query-service");
    private static final String CLUSTER = "newsflow";
    private static List<Map<String, Object>> prod;
    private static int port;

    @BeforeAll
    static void renderProd() throws Exception {
        prod = render("prod");
        List<Map<String, Object>> listeners = list(map(map(find(prod, "Kafka", CLUSTER), "spec"), "kafka"),
                "listeners");
        assertThat(listeners).as("Kafka listeners").singleElement().satisfies(listener -> {
            assertThat(listener.get("tls")).isEqualTo(true);
            assertThat(map(listener, "authentication")).containsEntry("type", "scram-sha-512");
            assertThat(list(listener, "networkPolicyPeers")).as("who may connect").containsExactlyInAnyOrder(
                    Map.of("podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/part-of", "newsflow"))),
                    Map.of("namespaceSelector", Map.of("matchLabels",
                            Map.of("kubernetes.io/metadata.name", "keda"))));
        });
        port = ((Number) listeners.get(0).get("port")).intValue();
    }

    @Test
    void everyServiceConnectsAsItsOwnKafkaUserOverTlsToTheSecuredListener() {
        Map<String, String> userOf = new HashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> container = list(map(map(map(find(prod, "Deployment", service), "spec"), "template"),
                    "spec"), "containers").get(0);
            assertThat(value(container, "KAFKA_SECURITY_PROTOCOL")).as(service).contains("SASL_SSL");
            assertThat(value(container, "KAFKA_SASL_MECHANISM")).as(service).contains("SCRAM-SHA-512");
            assertThat(value(container, "KAFKA_SSL_TRUSTSTORE_TYPE")).as(service).contains("PEM");
            assertThat(secret(container, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES")).as(service)
                    .isEqualTo(CLUSTER + "-cluster-ca-cert/ca.crt");
            String jaas = secret(container, "KAFKA_SASL_JAAS_CONFIG");
            String user = jaas.substring(0, jaas.indexOf('/'));
            assertThat(jaas).as(service).isEqualTo(user + "/sasl.jaas.config");
            assertScramUser(user);
            userOf.put(service, user);
            String bootstrap = (String) map(find(prod, "ConfigMap", service), "data").get("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(bootstrap).as("%s bootstrap", service).isEqualTo(CLUSTER + "-kafka-bootstrap:" + port);
        }
        assertThat(userOf.values()).as("one user per service").doesNotHaveDuplicates();
    }

    @Test
    void kedaReadsTheLagAsAUserOfItsOwnOverTls() {
        for (Map<String, Object> scaled : prod.stream().filter(o -> "ScaledObject".equals(o.get("kind"))).toList()) {
            Map<String, Object> trigger = list(map(scaled, "spec"), "triggers").stream()
                    .filter(t -> "kafka".equals(t.get("type"))).findFirst().orElseThrow();
            Map<String, Object> metadata = map(trigger, "metadata");
            assertThat(metadata).containsEntry("tls", "enable").containsEntry("sasl", "scram_sha512")
                    .containsEntry("bootstrapServers", CLUSTER + "-kafka-bootstrap.newsflow.svc:" + port);
            Map<String, Object> auth = map(find(prod, "TriggerAuthentication",
                    (String) map(trigger, "authenticationRef").get("name")), "spec");
            Map<String, String> secrets = targets(list(auth, "secretTargetRef"));
            String user = secrets.get("password").substring(0, secrets.get("password").indexOf('/'));
            assertScramUser(user);
            assertThat(secrets).containsEntry("password", user + "/password")
                    .containsEntry("ca", CLUSTER + "-cluster-ca-cert/ca.crt");
            String username = targets(list(auth, "configMapTargetRef")).get("username");
            String configMap = username.substring(0, username.indexOf('/'));
            assertThat(map(find(prod, "ConfigMap", configMap), "data")).containsEntry("username", user);
        }
    }

    @Test
    void theServicesMayReachTheSecuredListenerAndNeedTokens() {
        List<Map<String, Object>> egress = list(map(find(prod, "NetworkPolicy", "newsflow-services"), "spec"),
                "egress");
        assertThat(egress).anySatisfy(rule -> assertThat(list(rule, "ports")).extracting(p -> p.get("port"))
                .containsExactly(port));
        for (String service : SERVICES) {
            Map<String, Object> container = list(map(map(map(find(prod, "Deployment", service), "spec"), "template"),
                    "spec"), "containers").get(0);
            Map<String, Object> access = list(container, "envFrom").stream()
                    .map(source -> map(find(prod, "ConfigMap", (String) map(source, "configMapRef").get("name")),
                            "data"))
                    .filter(data -> data.containsKey("NEWSFLOW_AUTH_ENABLED")).findFirst().orElseThrow();
            assertThat(access).as("%s access control", service).containsEntry("NEWSFLOW_AUTH_ENABLED", "true")
                    .containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
    }

    private static void assertScramUser(String name) {
        Map<String, Object> user = find(prod, "KafkaUser", name);
        assertThat(map(user, "metadata").get("labels")).asString().contains("strimzi.io/cluster=" + CLUSTER);
        assertThat(map(map(user, "spec"), "authentication")).as("KafkaUser %s", name)
                .containsEntry("type", "scram-sha-512");
    }

    private static Optional<Object> value(Map<String, Object> container, String variable) {
        return env(container, variable).map(e -> e.get("value"));
    }

    /** The {@code secret/key} a variable is read from. */
    private static String secret(Map<String, Object> container, String variable) {
        Map<String, Object> ref = map(map(env(container, variable).orElseThrow(
                () -> new AssertionError("no " + variable)), "valueFrom"), "secretKeyRef");
        return ref.get("name") + "/" + ref.get("key");
    }

    private static Optional<Map<String, Object>> env(Map<String, Object> container, String variable) {
        return list(container, "env").stream().filter(e -> variable.equals(e.get("name"))).findFirst();
    }

    /** A TriggerAuthentication's references as parameter to {@code name/key}. */
    private static Map<String, String> targets(List<Map<String, Object>> references) {
        Map<String, String> targets = new HashMap<>();
        references.forEach(r -> targets.put((String) r.get("parameter"), r.get("name") + "/" + r.get("key")));
        return targets;
    }
}
