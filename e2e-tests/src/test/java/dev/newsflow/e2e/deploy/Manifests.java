package dev.newsflow.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes overlays as kubectl renders them, and small helpers to walk the YAML objects. */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
    /** Custom resources without a typed model on Maven Central: KEDA's and CloudNativePG's, checked by their CRDs. */
    static final Set<String> CRD_CHECKED_GROUPS = Set.of("keda.sh", "postgresql.cnpg.io");

    private Manifests() {
    }

    /**
     * The objects {@code kubectl kustomize} renders for {@code overlay}. Without kubectl the check fails (it never
     * skips): install kubectl 1.27 or later (kustomize v5), e.g. as .ci/run does.
     */
    static List<Map<String, Object>> render(String overlay) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize",
                    ROOT.resolve("deploy/k8s/overlays/" + overlay).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException noKubectl) {
            throw new AssertionError("kubectl is not on the PATH: the overlays cannot be rendered and checked; install"
                    + " kubectl 1.27 or later (see .ci/run)", noKubectl);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", overlay, output).isZero();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(output)) {
            if (document != null) {
                objects.add(cast(document));
            }
        }
        return objects;
    }

    /** The API group of an object ("keda.sh" of "keda.sh/v1alpha1"; "" for the core group's "v1"). */
    static String group(Map<String, Object> object) {
        String apiVersion = (String) object.get("apiVersion");
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    /** Every object of {@code kind}. */
    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    /** The object's {@code metadata.name}. */
    static String name(Map<String, Object> object) {
        return (String) map(object, "metadata").get("name");
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(map(o, "metadata").get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map)) {
            throw new AssertionError("no '" + key + "' object in " + parent.keySet());
        }
        return cast(value);
    }

    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof List)) {
            throw new AssertionError("no '" + key + "' list in " + parent.keySet());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) value;
        return items;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
