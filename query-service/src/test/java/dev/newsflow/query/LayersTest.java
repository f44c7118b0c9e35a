package dev.newsflow.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of query-service import only what their role allows: resources reach the data through services, services
 * through repositories, and the HTTP edge ({@code api}) knows no feature.
 */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/newsflow/query");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package dev\\.newsflow\\.query\\.([a-z.]+);");
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import (?:static )?dev\\.newsflow\\.query\\.([a-z.]+)\\.[A-Z]");
    /** What each role may import from query-service; {@code sql} is the shared {@code persistence} package. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "rest", Set.of("rest", "service", "domain", "api", "paging"),
            "messaging", Set.of("messaging", "service", "domain", "sql"),
            "service", Set.of("service", "persistence", "domain", "paging", "sql"),
            "persistence", Set.of("persistence", "domain", "paging", "sql"),
            "domain", Set.of("domain"),
            "api", Set.of("api", "paging"),
            "paging", Set.of("paging"),
            "sql", Set.of("sql"));

    @Test
    void everyClassImportsOnlyWhatItsLayerMay() throws IOException {
        // Given every main source file of query-service
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                assertThat(declared.find()).as("package of %s", file).isTrue();
                String role = role(declared.group(1));

                // When its imports of query-service's own packages are read
                Matcher imported = IMPORT.matcher(source);
                while (imported.find()) {
                    String target = role(imported.group(1));
                    if (!ALLOWED.getOrDefault(role, Set.of()).contains(target)) {
                        violations.add(SOURCES.relativize(file) + " (" + role + ") imports " + imported.group(1)
                                + " (" + target + ")");
                    }
                }
            }
        }

        // Then none reaches past its layer
        assertThat(violations).isEmpty();
    }

    @Test
    void theResourcesTouchNeitherEntitiesNorSql() throws IOException {
        // Given the sources of the REST layer
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.getParent().endsWith("rest")).toList()) {
                // Then none uses JPA, Panache or an entity
                assertThat(Files.readString(file)).as("%s", file)
                        .doesNotContain("jakarta.persistence", "io.quarkus.hibernate", "domain.Article;");
            }
        }
    }

    /** The role of a package below {@code dev.newsflow.query}: its layer, or the shared package it is. */
    private static String role(String name) {
        return switch (name) {
            case "api", "paging" -> name;
            case "persistence" -> "sql";
            default -> name.substring(name.lastIndexOf('.') + 1);
        };
    }
}
