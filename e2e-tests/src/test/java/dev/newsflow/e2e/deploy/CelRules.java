package dev.newsflow.e2e.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CEL rules ({@code x-kubernetes-validations}) of a CRD's schema, evaluated with Google's CEL for Java as the API
 * server evaluates them when an object is created: {@code self} is the value at the rule's node, wherever the object
 * has one. Transition rules (those naming {@code oldSelf}) only apply to updates and are counted as skipped; a rule
 * that does not compile fails the check, so none is silently left out.
 */
final class CelRules {

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS).addVar("self", SimpleType.DYN)
            .setResultType(SimpleType.BOOL).build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    /** The rules that failed (path, rule and message), how many were evaluated and how many were skipped. */
    record Outcome(List<String> violations, int evaluated, int skipped) {
    }

    private final List<String> violations = new ArrayList<>();
    private int evaluated;
    private int skipped;

    private CelRules() {
    }

    /** Evaluates every rule of {@code schema} that applies to {@code object}. */
    static Outcome check(JsonNode schema, Map<String, Object> object) {
        CelRules rules = new CelRules();
        rules.walk(schema, object, Manifests.name(object));
        return new Outcome(List.copyOf(rules.violations), rules.evaluated, rules.skipped);
    }

    private void walk(JsonNode schema, Object value, String path) {
        if (value == null || schema == null || schema.isMissingNode()) {
            return;
        }
        for (JsonNode rule : schema.path("x-kubernetes-validations")) {
            evaluate(rule, value, path);
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode child = properties.has((String) entry.getKey()) ? properties.get((String) entry.getKey())
                        : additional.isObject() ? additional : null;
                walk(child, entry.getValue(), path + "." + entry.getKey());
            }
        } else if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(schema.path("items"), items.get(i), path + "[" + i + "]");
            }
        }
    }

    private void evaluate(JsonNode rule, Object value, String path) {
        String expression = rule.path("rule").asText();
        if (expression.contains("oldSelf")) {
            skipped++;
            return;
        }
        try {
            CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
            Object result = RUNTIME.createProgram(ast).eval(Map.of("self", cel(value)));
            evaluated++;
            if (!Boolean.TRUE.equals(result)) {
                violations.add(path + ": " + rule.path("message").asText(expression) + " (" + expression + ")");
            }
        } catch (CelValidationException | CelEvaluationException e) {
            throw new AssertionError("the CEL rule at " + path + " cannot be evaluated here: " + expression, e);
        }
    }

    /** YAML's values as CEL's: integers are int64, maps and lists converted all the way down. */
    private static Object cel(Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put((String) key, cel(item)));
            return converted;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(CelRules::cel).toList();
        }
        return value;
    }
}
