package dev.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The services' default JVM options ask for the C heap's trim only of a Java that knows the option. */
class ServiceJavaOptsTest {

    @ParameterizedTest
    @CsvSource({"17.0.8, false", "17.0.9, true", "17.0.15+6, true", "18.0.2, false", "21, false", "21.0.1, true",
        "22, true", "25.0.1, true"})
    void trimsTheNativeHeapWhereTheJavaKnowsHow(String version, boolean trims) {
        // Given a Java of that version; When the default options are asked for
        String options = Settings.serviceJavaOpts(Runtime.Version.parse(version));

        // Then they are the bounded heap, with the trim where that Java has the option
        assertThat(options).startsWith(Settings.SERVICE_JAVA_OPTS);
        assertThat(options.contains("-XX:TrimNativeHeapInterval=")).as("trims on %s", version).isEqualTo(trims);
    }
}
