package dev.newsflow.ingest.post.messaging;

import dev.newsflow.contracts.Topics;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the events of {@code articles.ingested} through a Kafka producer of its own: the JSON as it was written
 * once, the CloudEvents attributes as binary-mode {@code ce_*} headers, and the {@code traceparent} of an
 * {@code articles.ingested publish} span opened in the caller's trace until Kafka acknowledges the record.
 */
@ApplicationScoped
public class IngestedTopicPublisher {

    private static final String TOPIC = Topics.ARTICLES_INGESTED;
    private static final String SPAN = TOPIC + " publish";
    private static final String JSON = "application/json";
    /** RFC 3339 with as many fraction digits as the instant needs, as the messaging connector writes it. */
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendZoneOrOffsetId().toFormatter();
    private static final TextMapSetter<Headers> HEADERS = (headers, key, value) ->
            headers.remove(key).add(key, value.getBytes(StandardCharsets.UTF_8));

    private final Tracer tracer;
    private final KafkaProducer<String, byte[]> producer;

    IngestedTopicPublisher(KafkaClientSettings clients, Tracer tracer) {
        this.tracer = tracer;
        this.producer = new KafkaProducer<>(clients.producer(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "kafka-producer-articles-ingested",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends {@code value} under {@code key} as the CloudEvent {@code id} of {@code type} from {@code source} that
     * happened at {@code time}; completes with where Kafka wrote it once it acknowledged it, or exceptionally.
     */
    public CompletableFuture<RecordMetadata> send(String key, byte[] value, String id, String type, String source,
            Instant time) {
        Span span = tracer.spanBuilder(SPAN).setSpanKind(SpanKind.PRODUCER).setParent(Context.current())
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", TOPIC)
                .setAttribute("messaging.operation", "publish").startSpan();
        Headers headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_subject", key);
        add(headers, "ce_datacontenttype", JSON);
        add(headers, "content-type", JSON);
        add(headers, "ce_time", RFC_3339.format(time.atZone(ZoneOffset.UTC)));
        W3CTraceContextPropagator.getInstance().inject(Context.current().with(span), headers, HEADERS);
        CompletableFuture<RecordMetadata> written = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(TOPIC, null, key, value, headers), (metadata, failure) -> {
                if (failure == null) {
                    span.end();
                    written.complete(metadata);
                } else {
                    span.setStatus(StatusCode.ERROR, failure.getMessage());
                    span.end();
                    written.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            span.end();
            written.completeExceptionally(e);
        }
        return written;
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
