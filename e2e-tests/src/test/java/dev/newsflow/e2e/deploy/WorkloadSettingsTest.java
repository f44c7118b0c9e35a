package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.find;
import static dev.newsflow.e2e.deploy.Manifests.list;
import static dev.newsflow.e2e.deploy.Manifests.map;
import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the images come from, how query-service's schema is migrated, how pods leave, and the database's backups:
 * the rest of the manifests' review findings, each with the check that guards it.
 */
class WorkloadSettingsTest {

    private static final String REGISTRY_HOST = "[a-z0-9.-]+\\.[a-z]{2,}(:[0-9]+)?";

    @Test
    void productionImagesComeFromANamedRegistryWithAPullSecret() throws Exception {
        for (Map<String, Object> deployment : Manifests.ofKind(render("prod"), "Deployment")) {
            Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
            // Without a registry host, newsflow/<service> means Docker Hub's "newsflow" account.
            for (Map<String, Object> container : containers(pod)) {
                assertThat((String) container.get("image")).as("%s image", Manifests.name(deployment))
                        .matches(REGISTRY_HOST + "/newsflow/[a-z-]+(:[0-9A-Za-z._-]+|@sha256:[0-9a-f]{64})");
            }
            assertThat(list(pod, "imagePullSecrets")).as("%s pull secrets", Manifests.name(deployment))
                    .extracting(s -> s.get("name")).containsExactly("newsflow-registry");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void flywayMigratesInAnInitContainerOutsideTheStartupProbesBudget(String overlay) throws Exception {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Object> pod = map(map(map(find(objects, "Deployment", "query-service"), "spec"), "template"),
                "spec");
        Map<String, Object> service = list(pod, "containers").get(0);
        Map<String, Object> migrate = list(pod, "initContainers").get(0);
        Map<String, Object> config = map(find(objects, "ConfigMap", "query-service"), "data");
        ServiceSettings settings = ServiceSettings.of(Manifests.ROOT, "query-service");

        assertThat(settings.defaultOf("quarkus.flyway.migrate-at-start")).isEqualTo("true");
        assertThat(config).as("the service validates only").containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        assertThat(migrate.get("image")).as("the migration runs the service's own image")
                .isEqualTo(service.get("image"));
        assertThat(env(migrate)).as("the init container migrates, then exits")
                .containsEntry("QUARKUS_INIT_AND_EXIT", "true").containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true")
                .containsKeys("PGUSER", "PGPASSWORD");
        assertThat(list(migrate, "envFrom")).isEqualTo(list(service, "envFrom"));
        assertThat(map(migrate, "securityContext")).isEqualTo(map(service, "securityContext"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsKeepServingUntilTheyAreOutOfTheEndpoints(String overlay) throws Exception {
        for (Map<String, Object> deployment : Manifests.ofKind(render(overlay), "Deployment")) {
            Map<String, Object> container = list(map(map(map(deployment, "spec"), "template"), "spec"), "containers")
                    .get(0);
            Map<String, Object> preStop = map(map(container, "lifecycle"), "preStop");
            assertThat(((Number) map(preStop, "sleep").get("seconds")).intValue()).as("%s preStop pause",
                    Manifests.name(deployment)).isBetween(3, 15);
        }
    }

    @Test
    void theProductionDatabaseIsBackedUpWithWalArchiveAndNightlyBaseBackups() throws Exception {
        List<Map<String, Object>> prod = render("prod");
        Map<String, Object> backup = map(map(find(prod, "Cluster", "newsflow-db"), "spec"), "backup");
        assertThat(backup).containsKey("retentionPolicy");
        Map<String, Object> store = map(backup, "barmanObjectStore");
        assertThat((String) store.get("destinationPath")).startsWith("s3://");
        assertThat(map(map(store, "s3Credentials"), "accessKeyId")).containsEntry("name", "newsflow-db-backup");
        Map<String, Object> scheduled = map(Manifests.ofKind(prod, "ScheduledBackup").get(0), "spec");
        assertThat(map(scheduled, "cluster")).containsEntry("name", "newsflow-db");
        assertThat(scheduled).containsEntry("method", "barmanObjectStore");
        // CloudNativePG's schedule has six fields, seconds first: a five-field cron line means something else.
        assertThat(((String) scheduled.get("schedule")).split(" ")).hasSize(6);
    }

    private static List<Map<String, Object>> containers(Map<String, Object> pod) {
        List<Map<String, Object>> all = new ArrayList<>(list(pod, "containers"));
        if (pod.containsKey("initContainers")) {
            all.addAll(list(pod, "initContainers"));
        }
        return all;
    }

    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> values = new HashMap<>();
        for (Map<String, Object> variable : list(container, "env")) {
            values.put((String) variable.get("name"), variable.containsKey("value") ? variable.get("value")
                    : "(from a secret)");
        }
        return values;
    }
}
