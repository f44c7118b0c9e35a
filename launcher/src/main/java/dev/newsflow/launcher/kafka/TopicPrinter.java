package dev.newsflow.launcher.kafka;

import dev.newsflow.launcher.LauncherException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Prints a topic's events from the beginning, one a line, tab-separated: {@code Partition:N}, the headers
 * ({@code name:value,...} or {@code NO_HEADERS}), the key and the value, as Kafka's console consumer prints them.
 */
public final class TopicPrinter {

    private TopicPrinter() {
    }

    /**
     * Prints up to {@code max} events; stops after {@code timeoutMs} without a new one. Returns how many it printed.
     */
    public static int print(String bootstrap, String topic, int max, long timeoutMs, PrintStream out) {
        List<TopicPartition> partitions = partitions(bootstrap, topic);
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        int printed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long quietSince = System.nanoTime();
            while (printed < max && System.nanoTime() - quietSince < timeoutMs * 1_000_000L) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (printed < max) {
                        out.println(line(record));
                        printed++;
                    }
                    quietSince = System.nanoTime();
                }
            }
        }
        out.flush();
        return printed;
    }

    static String line(ConsumerRecord<byte[], byte[]> record) {
        String headers = StreamSupport.stream(record.headers().spliterator(), false)
                .map(header -> header.key() + ":" + text(header.value())).collect(Collectors.joining(","));
        return "Partition:" + record.partition() + "\t" + (headers.isEmpty() ? "NO_HEADERS" : headers) + "\t"
                + text(record.key()) + "\t" + text(record.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(String bootstrap, String topic) {
        try (Admin admin = Admin.create(KafkaTopics.adminSettings(bootstrap))) {
            var names = admin.listTopics().names().get();
            if (!names.contains(topic)) {
                throw new LauncherException("consume: there is no topic '" + topic + "' at " + bootstrap
                        + " (there are: "
                        + names.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        } catch (ExecutionException e) {
            throw new LauncherException("consume: cannot reach Kafka at " + bootstrap + ": "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted", e);
        }
    }
}
