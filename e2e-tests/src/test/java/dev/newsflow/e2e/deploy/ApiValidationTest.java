package dev.newsflow.e2e.deploy;

import static dev.newsflow.e2e.deploy.Manifests.map;
import static dev.newsflow.e2e.deploy.Manifests.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an API server of the supported Kubernetes version would check on create, offline: every built-in object
 * against Kubernetes 1.32's schema, and every KEDA and CloudNativePG object against its CRD's CEL rules.
 */
class ApiValidationTest {

    private static final CustomResourceSchemas SCHEMAS = new CustomResourceSchemas();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyBuiltInObjectIsValidByTheSupportedKubernetesSchema(String overlay) throws Exception {
        List<Map<String, Object>> builtIn = render(overlay).stream().filter(o -> Manifests.group(o).isEmpty()
                || List.of("apps", "policy", "networking.k8s.io").contains(Manifests.group(o))).toList();
        assertThat(builtIn).extracting(o -> o.get("kind")).contains("Namespace", "Deployment", "Service",
                "ConfigMap", "PodDisruptionBudget", "NetworkPolicy");
        for (Map<String, Object> object : builtIn) {
            assertThat(KubernetesApiSchema.covers(object)).as("a Kubernetes %s model of %s %s",
                    KubernetesApiSchema.VERSION, object.get("apiVersion"), object.get("kind")).isTrue();
            assertThat(KubernetesApiSchema.violation(object)).as("%s %s in %s", object.get("kind"),
                    Manifests.name(object), overlay).isEmpty();
        }
    }

    @Test
    void aFieldTheSupportedVersionDoesNotKnowIsCaught() throws Exception {
        Map<String, Object> deployment = Manifests.find(render("prod"), "Deployment", "query-service");
        Map<String, Object> container = Manifests.list(map(map(map(deployment, "spec"), "template"), "spec"),
                "containers").get(0);
        // lifecycle.stopSignal came with Kubernetes 1.33.
        map(container, "lifecycle").put("stopSignal", "SIGTERM");
        assertThat(KubernetesApiSchema.violation(deployment)).get().asString().contains("stopSignal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyKedaAndCloudNativePgObjectPassesItsCrdsCelRules(String overlay) throws Exception {
        int evaluated = 0;
        for (Map<String, Object> object : render(overlay)) {
            if (!Manifests.CRD_CHECKED_GROUPS.contains(Manifests.group(object)) || !SCHEMAS.defines(object)) {
                continue;
            }
            CelRules.Outcome outcome = CelRules.check(schemaOf(object), object);
            assertThat(outcome.violations()).as("%s %s in %s", object.get("kind"), Manifests.name(object), overlay)
                    .isEmpty();
            evaluated += outcome.evaluated();
        }
        assertThat(evaluated).as("CEL rules evaluated in %s", overlay).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBrokenCelRuleIsCaught() throws Exception {
        List<Map<String, Object>> prod = render("prod");
        Map<String, Object> scaledObject = Manifests.find(prod, "ScaledObject", "query-service");
        map(scaledObject, "spec").put("minReplicaCount", 4);
        assertThat(CelRules.check(schemaOf(scaledObject), scaledObject).violations()).singleElement().asString()
                .contains("minReplicaCount");

        Map<String, Object> cluster = Manifests.find(prod, "Cluster", "newsflow-db");
        map(cluster, "spec").put("imageCatalogRef", Map.of("apiGroup", "postgresql.cnpg.io", "kind", "ImageCatalog",
                "name", "postgresql", "major", 16));
        assertThat(CelRules.check(schemaOf(cluster), cluster).violations()).singleElement().asString()
                .contains("imageCatalogRef");
    }

    private static JsonNode schemaOf(Map<String, Object> object) {
        return SCHEMAS.openApiSchema((String) object.get("apiVersion"), (String) object.get("kind"));
    }
}
