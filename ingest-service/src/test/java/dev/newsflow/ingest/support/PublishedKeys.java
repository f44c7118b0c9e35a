package dev.newsflow.ingest.support;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Counts of events per key, to tell objects published once from those published twice. */
public final class PublishedKeys {

    private PublishedKeys() {
    }

    /** How many events each key starting with {@code prefix} got. */
    public static Map<String, Long> counts(List<ConsumerRecord<String, String>> records, String prefix) {
        return records.stream().map(ConsumerRecord::key).filter(key -> key.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The events beyond the first of each key. */
    public static long duplicates(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(count -> count - 1).sum();
    }
}
