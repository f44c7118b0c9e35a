package dev.newsflow.ingest.bench.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The Apache Camel peer of the folder intake: a plain Camel 4 {@code file:} to {@code kafka:} route over the same
 * bucket layout, tuned as for a real user, each file moved to {@code processed/} only once Kafka acknowledged it.
 */
final class CamelFileToKafka implements AutoCloseable {

    private final Path root;
    private final LongAdder acknowledged = new LongAdder();
    private final CamelContext camel = new DefaultCamelContext();

    private CamelFileToKafka(Path root) {
        this.root = root;
    }

    /**
     * Starts the route from {@code root/incoming} to {@code topic} on {@code brokers}, with {@code threads} threads
     * reading and sending; a file is taken once it is {@code settleMillis} old, as the intake's settle time does.
     */
    static CamelFileToKafka start(Path root, String brokers, String topic, int threads, long settleMillis)
            throws Exception {
        CamelFileToKafka route = new CamelFileToKafka(root);
        for (String folder : new String[] {"incoming", "processed", "rejected"}) {
            Files.createDirectories(root.resolve(folder));
        }
        route.camel.addRoutes(route.routes(brokers, topic, threads, settleMillis));
        route.camel.start();
        return route;
    }

    /** The folder files are dropped into. */
    Path incoming() {
        return root.resolve("incoming");
    }

    /** Files whose record Kafka acknowledged so far. */
    long acknowledged() {
        return acknowledged.sum();
    }

    @Override
    public void close() {
        camel.stop();
    }

    private RouteBuilder routes(String brokers, String topic, int threads, long settleMillis) {
        String from = "file:" + incoming() + "?recursive=true&delay=100&maxMessagesPerPoll=2000"
                + "&readLock=changed&readLockMinAge=" + settleMillis + "&readLockCheckInterval=100"
                + "&readLockMarkerFile=false"
                + "&move=" + root.resolve("processed") + "/${file:name}"
                + "&moveFailed=" + root.resolve("rejected") + "/${file:name}";
        String to = "kafka:" + topic + "?brokers=" + brokers
                + "&requestRequiredAcks=all&enableIdempotence=true&lingerMs=5&producerBatchSize=262144"
                + "&compressionCodec=lz4&valueSerializer=org.apache.kafka.common.serialization.ByteArraySerializer";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("file-to-kafka")
                        .threads(threads, threads)
                        .setHeader(KafkaConstants.KEY, header(Exchange.FILE_NAME))
                        .convertBodyTo(byte[].class)
                        .to(to)
                        .process(exchange -> acknowledged.increment());
            }
        };
    }
}
