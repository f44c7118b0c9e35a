package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services' default JVM options: each service's own heap ceiling, and the C heap's trim only on a Java that knows
 * the option.
 */
class ServiceJavaOptsTest {

    @ParameterizedTest
    @CsvSource({"17.0.8, false", "17.0.9, true", "17.0.15+6, true", "18.0.2, false", "21, false", "21.0.1, true",
        "22, true", "25.0.1, true"})
    void trimsTheNativeHeapWhereTheJavaKnowsHow(String version, boolean trims) {
        // Given a Java of that version; When the default options are asked for
        String options = Settings.serviceJavaOpts("query-service", Runtime.Version.parse(version));

        // Then they are the bounded heap, with the trim where that Java has the option
        assertThat(options).startsWith(Settings.SERVICE_JAVA_OPTS);
        assertThat(options.contains("-XX:TrimNativeHeapInterval=")).as("trims on %s", version).isEqualTo(trims);
    }

    @Test
    void givesEachServiceItsOwnHeapCeilingUnlessTheVariableSetsAll() {
        // Given no NEWSFLOW_JAVA_OPTS; When each service's options are asked for
        Settings defaults = Settings.from(Path.of("."), Map.of());

        // Then each ends with its own ceiling, and a service not listed gets the default one
        for (String service : List.of("ingest-service", "enrich-service", "query-service")) {
            assertThat(defaults.javaOpts(service)).as(service).startsWith("-XX:+UseSerialGC")
                    .endsWith(Settings.SERVICE_MAX_HEAPS.get(service));
        }
        assertThat(defaults.javaOpts("another-service")).endsWith("-Xmx256m");

        // And NEWSFLOW_JAVA_OPTS replaces them all
        Settings set = Settings.from(Path.of("."), Map.of("NEWSFLOW_JAVA_OPTS", "-Xmx1g  -XX:+UseG1GC"));
        assertThat(set.javaOpts("query-service")).containsExactly("-Xmx1g", "-XX:+UseG1GC");
    }
}
