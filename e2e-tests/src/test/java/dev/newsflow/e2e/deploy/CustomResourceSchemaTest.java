package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KEDA's and CloudNativePG's objects of every overlay are valid by the schemas of their vendored CRDs. */
class CustomResourceSchemaTest {

    private static final CustomResourceSchemas SCHEMAS = new CustomResourceSchemas();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyKedaAndCloudNativePgObjectMatchesItsCrd(String overlay) throws Exception {
        List<Map<String, Object>> checked = customResources(overlay);
        assertThat(checked).as("KEDA and CloudNativePG objects in %s", overlay).isNotEmpty();
        for (Map<String, Object> object : checked) {
            assertThat(SCHEMAS.violations(object)).as("%s %s in %s", object.get("kind"),
                    Manifests.map(object, "metadata").get("name"), overlay).isEmpty();
        }
    }

    @Test
    void prodHasTheDatabaseClusterBothScaledObjectsAndTheirKafkaCredentials() throws Exception {
        assertThat(customResources("prod")).extracting(object -> object.get("kind"))
                .containsExactlyInAnyOrder("ScaledObject", "ScaledObject", "TriggerAuthentication", "Cluster");
    }

    @Test
    void aMisspeltOrMisplacedFieldIsCaught() throws Exception {
        List<Map<String, Object>> prod = render("prod");
        Map<String, Object> scaledObject = Manifests.find(prod, "ScaledObject", "enrich-service");
        Manifests.map(scaledObject, "spec").put("maxReplicas", 6);
        assertThat(SCHEMAS.violations(scaledObject)).singleElement().asString().contains("maxReplicas");

        Map<String, Object> cluster = Manifests.find(prod, "Cluster", "newsflow-db");
        Manifests.map(cluster, "spec").put("instances", "three");
        assertThat(SCHEMAS.violations(cluster)).singleElement().asString().contains("instances");
    }

    /**
     * Every object of KEDA's and CloudNativePG's groups; one no vendored CRD defines fails the check, except
     * CloudNativePG's ScheduledBackup, whose CRD is not vendored (WorkloadSettingsTest checks its fields).
     */
    private static List<Map<String, Object>> customResources(String overlay) throws Exception {
        return render(overlay).stream()
                .filter(object -> Manifests.CRD_CHECKED_GROUPS.contains(Manifests.group(object)))
                .filter(object -> !"ScheduledBackup".equals(object.get("kind"))).toList();
    }
}
