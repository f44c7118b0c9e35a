package dev.newsflow.testsupport.kafka;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real single-node KRaft broker started once per test JVM with Kafka's own test kit and shared by every test. Its
 * {@code EXTERNAL} listener is plain; its {@code SASL} listener takes only SCRAM-SHA-512 users (see
 * {@link #addScramUser}), for the tests of the services' Kafka security settings.
 *
 * <p>Quarkus loads this class again in the class loader of each test application (one per test profile and resource
 * set), each copy with its own static state; every copy therefore asks the copy of the JVM's system class loader for
 * the broker, so that one broker serves every application instead of one broker per application, all left running.
 */
public final class KafkaBroker {

    /** The SASL mechanism of the {@code SASL} listener. */
    public static final String SCRAM = "SCRAM-SHA-512";
    private static final ListenerName SASL = new ListenerName("SASL");

    private static KafkaClusterTestKit cluster;
    private static Path directory;

    private KafkaBroker() {
    }

    /** Starts the broker on first use and returns the bootstrap servers of its plain listener. */
    public static synchronized String bootstrapServers() {
        return ofTheJvm("bootstrapServers", () -> cluster().bootstrapServers());
    }

    /** Starts the broker on first use and returns the bootstrap servers of its SASL_PLAINTEXT listener. */
    public static synchronized String saslBootstrapServers() {
        return ofTheJvm("saslBootstrapServers",
                () -> "localhost:" + cluster().brokers().values().iterator().next().boundPort(SASL));
    }

    /**
     * The answer of {@code method} of the system class loader's copy of this class, or of {@code local} when this is
     * that copy or the system class loader cannot load this class.
     */
    private static String ofTheJvm(String method, Supplier<String> local) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (KafkaBroker.class.getClassLoader() != system) {
            try {
                Class<?> shared = Class.forName(KafkaBroker.class.getName(), true, system);
                if (shared != KafkaBroker.class) {
                    return (String) shared.getMethod(method).invoke(null);
                }
            } catch (ClassNotFoundException notOnTheClassPath) {
                // Only this class loader has the test support: its copy starts a broker of its own.
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not ask the JVM's broker for its " + method, e);
            }
        }
        return local.get();
    }

    /** Creates (or changes the password of) the SCRAM-SHA-512 user {@code name}. */
    public static void addScramUser(String name, String password) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(name,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the SCRAM user " + name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates {@code topic} with {@code partitions} partitions, or adds partitions to it when it has fewer. */
    public static void ensurePartitions(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            } else if (admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size()
                    < partitions) {
                admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions))).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not give " + topic + " " + partitions + " partitions",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client settings (without the {@code kafka.} prefix) of user {@code name} on the SASL listener. */
    public static Map<String, String> scramClientSettings(String name, String password) {
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, saslBootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, SCRAM,
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + name + "\" password=\"" + password + "\";");
    }

    private static KafkaClusterTestKit cluster() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-test-broker-stop"));
        }
        return cluster;
    }

    private static KafkaClusterTestKit start() {
        // A broker fault (for instance while the JVM shuts down and its log directory goes away) must not end the
        // test JVM with Kafka's exit code: the tests have already reported their results by then.
        Exit.setExitProcedure((status, message) -> System.err.printf("Kafka asked to exit (%d): %s%n", status,
                message));
        Exit.setHaltProcedure((status, message) -> System.err.printf("Kafka asked to halt (%d): %s%n", status,
                message));
        // The broker loads some of its classes by name through the context class loader, and its threads inherit it:
        // it must be the loader of this copy, not the test application's, whose Kafka classes are copies of their own.
        Thread caller = Thread.currentThread();
        ClassLoader callersLoader = caller.getContextClassLoader();
        caller.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            // A folder of our own, deleted after the broker stopped: the kit's temporary folder is deleted by a
            // JVM shutdown hook that races the broker's own shutdown and makes it log errors while it writes.
            directory = Files.createTempDirectory("newsflow-kafka-");
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setBaseDirectory(directory)
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("listeners", "EXTERNAL://localhost:0,SASL://localhost:0,CONTROLLER://localhost:0")
                    .setConfigProp("listener.security.protocol.map",
                            "EXTERNAL:PLAINTEXT,SASL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
                    .setConfigProp("sasl.enabled.mechanisms", SCRAM)
                    .setConfigProp("listener.name.sasl.scram-sha-512.sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "1")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
        } finally {
            caller.setContextClassLoader(callersLoader);
        }
    }

    private static synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            } catch (Exception e) {
                // The JVM is exiting; a broker that does not close cleanly leaves only temporary files behind.
            }
            cluster = null;
        }
    }
}
