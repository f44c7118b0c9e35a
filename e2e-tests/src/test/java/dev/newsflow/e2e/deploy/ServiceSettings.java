package dev.newsflow.e2e.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** What a service's application.properties says: the environment variables it reads and its defaults. */
record ServiceSettings(String service, Properties properties, Set<String> environment) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static ServiceSettings of(Path root, String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(service
                + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> environment = new HashSet<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher matcher = REFERENCE.matcher(properties.getProperty(name));
            while (matcher.find()) {
                environment.add(matcher.group(1));
            }
        }
        return new ServiceSettings(service, properties, environment);
    }

    /** The default of a property written {@code ${VAR:default}}, or its plain value. */
    String defaultOf(String property) {
        String value = properties.getProperty(property);
        if (value == null) {
            throw new AssertionError(service + " has no property " + property);
        }
        Matcher matcher = REFERENCE.matcher(value);
        return matcher.matches() ? matcher.group(2) : value;
    }

    /** The variable a property is read from ({@code ${VAR:default}}). */
    String variableOf(String property) {
        Matcher matcher = REFERENCE.matcher(properties.getProperty(property, ""));
        if (!matcher.matches()) {
            throw new AssertionError(service + "'s " + property + " is not read from an environment variable");
        }
        return matcher.group(1);
    }

    /**
     * Whether the service reads {@code variable}: named in its properties, a Quarkus property in environment form
     * ({@code QUARKUS_...}), a MicroProfile JWT setting ({@code MP_JWT_...}, {@code SMALLRYE_JWT_...}), a Kafka
     * client setting ({@code KAFKA_<NAME>} for a setting every Kafka client knows, which reaches every client), an
     * AWS SDK credential of the default chain, or the C library's {@code MALLOC_ARENA_MAX}.
     */
    boolean reads(String variable) {
        return environment.contains(variable) || variable.startsWith("QUARKUS_") || variable.equals("JAVA_OPTS_APPEND")
                || variable.equals("MALLOC_ARENA_MAX")
                || variable.startsWith("MP_JWT_") || variable.startsWith("SMALLRYE_JWT_")
                || isKafkaClientSetting(variable)
                || service.equals("ingest-service")
                && Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY").contains(variable);
    }

    private static boolean isKafkaClientSetting(String variable) {
        if (!variable.startsWith("KAFKA_")) {
            return false;
        }
        String setting = variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        return AdminClientConfig.configNames().contains(setting) && ProducerConfig.configNames().contains(setting)
                && ConsumerConfig.configNames().contains(setting);
    }
}
