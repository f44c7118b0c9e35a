package dev.newsflow.enrich.bench;

import dev.newsflow.contracts.Topics;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures articles/s through enrich-service (ingested event in, enriched event acknowledged out) against the raw
 * consume-and-produce rate of a plain consumer and producer moving the same payloads on the same broker.
 */
final class EnrichThroughput {

    /** Articles per warm-up round. */
    static final int WARM_UP_ROUND = Integer.getInteger("bench.warm-up-round", 10_000);
    /** The most warm-up rounds before measuring anyway. */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warm-up-rounds", 10);
    /** How much faster than every earlier round a round must be for the warm-up to go on. */
    private static final double STILL_WARMING = 1.05;
    /** The longest the raw consume-and-produce loop may take before the benchmark fails. */
    private static final Duration RAW_PATIENCE = Duration.ofMinutes(5);

    private EnrichThroughput() {
    }

    /**
     * Runs rounds of articles through the service until two rounds in a row are no more than 5% faster than the best
     * before them (at least four rounds): on 2 cores the JIT competes with the busy workers and takes tens of
     * thousands of articles to settle, and single rounds are noisy, so a fixed warm-up measured anything from a third
     * of the steady rate to all of it.
     */
    static void warmUp(String run, Function<String, String> event) {
        double best = 0;
        int flat = 0;
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            double rate = service(run + "-" + round, WARM_UP_ROUND, event);
            System.out.printf(Locale.ROOT, "warm-up round %d: %d articles, %.0f articles/s%n", round, WARM_UP_ROUND,
                    rate);
            flat = rate <= best * STILL_WARMING ? flat + 1 : 0;
            if (round >= 4 && flat >= 2) {
                return;
            }
            best = Math.max(best, rate);
        }
    }

    /**
     * Publishes {@code count} events (made from their key) and returns the rate at which their enriched events come
     * out.
     */
    static double service(String run, int count, Function<String, String> event) {
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                KafkaProducer<String, String> producer = producer()) {
            List<String> payloads = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                payloads.add(event.apply(run + "-" + i));
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, run + "-" + i, payloads.get(i)));
            }
            enriched.await(count, r -> r.key().startsWith(run + "-"), Duration.ofMinutes(5));
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The rate of a plain consume-and-produce loop over the same payloads. */
    static double rawConsumeAndProduce(int count, Function<String, String> event) throws Exception {
        String in = "bench.raw.in." + UUID.randomUUID();
        String out = "bench.raw.out." + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<?>> sent = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                sent.add(producer.send(new ProducerRecord<>(in, "raw-" + i, event.apply("raw-" + i))));
            }
            for (Future<?> ack : sent) {
                ack.get();
            }
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(), new StringDeserializer());
                KafkaProducer<String, String> producer = producer()) {
            consumer.subscribe(List.of(in));
            long start = System.nanoTime();
            long deadline = start + RAW_PATIENCE.toNanos();
            List<Future<?>> acks = new ArrayList<>(count);
            while (acks.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the raw loop moved " + acks.size() + " of " + count + " records in "
                            + RAW_PATIENCE.toMinutes() + " min");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    acks.add(producer.send(new ProducerRecord<>(out, record.key(), record.value())));
                }
                consumer.commitAsync();
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Prints one result line. */
    static void report(String name, int count, double service, double raw) {
        System.out.printf(Locale.ROOT, "%nBENCH %s: %d articles, %.0f articles/s; raw consume+produce %.0f msgs/s; "
                + "ratio %.2f%n%n", name, count, service, raw, service / raw);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new StringSerializer());
    }
}
