package dev.newsflow.e2e.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI schema of Kubernetes {@value #VERSION} for the built-in kinds the overlays use, as compiled into the
 * official Java client's model ({@code io.kubernetes:client-java-api} 23.0.0): each model's
 * {@code validateJsonElement} rejects a field the schema does not have, a missing required field and a value of
 * the wrong JSON type, recursively.
 */
final class KubernetesApiSchema {

    /** The Kubernetes version the manifests are validated against and supported on. */
    static final String VERSION = "1.32";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1 Namespace", V1Namespace.class,
            "v1 ConfigMap", V1ConfigMap.class,
            "v1 Service", V1Service.class,
            "apps/v1 Deployment", V1Deployment.class,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1 NetworkPolicy", V1NetworkPolicy.class);

    private KubernetesApiSchema() {
    }

    /** Whether {@code object} is of a built-in kind this schema covers. */
    static boolean covers(Map<String, Object> object) {
        return MODELS.containsKey(object.get("apiVersion") + " " + object.get("kind"));
    }

    /** What Kubernetes {@value #VERSION}'s schema finds wrong with {@code object}, if anything. */
    static Optional<String> violation(Map<String, Object> object) throws Exception {
        Class<?> model = MODELS.get(object.get("apiVersion") + " " + object.get("kind"));
        if (model == null) {
            throw new IllegalArgumentException("no Kubernetes " + VERSION + " model of " + object.get("apiVersion")
                    + " " + object.get("kind"));
        }
        JsonElement json = JsonParser.parseString(JSON.writeValueAsString(object));
        Method validate = model.getMethod("validateJsonElement", JsonElement.class);
        try {
            validate.invoke(null, json);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        }
    }
}
