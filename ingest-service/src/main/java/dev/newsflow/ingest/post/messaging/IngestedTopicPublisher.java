package dev.newsflow.ingest.post.messaging;

import dev.newsflow.contracts.Topics;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import dev.newsflow.platform.messaging.OutgoingEvent;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the events of {@code articles.ingested} through a Kafka producer of its own: the JSON as it was written
 * once, the CloudEvents attributes as {@link OutgoingEvent#kafkaHeaders()}, and the {@code traceparent} of an
 * {@code articles.ingested publish} span opened in the caller's trace until Kafka acknowledges the record.
 */
@ApplicationScoped
public class IngestedTopicPublisher {

    private static final String TOPIC = Topics.ARTICLES_INGESTED;
    private static final String SPAN = TOPIC + " publish";
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
     * Sends {@code value} as {@code event} (its key and CloudEvents attributes); completes with where Kafka wrote it
     * once it acknowledged it, or exceptionally.
     */
    public CompletableFuture<RecordMetadata> send(OutgoingEvent event, byte[] value) {
        Span span = tracer.spanBuilder(SPAN).setSpanKind(SpanKind.PRODUCER).setParent(Context.current())
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", TOPIC)
                .setAttribute("messaging.operation", "publish").startSpan();
        Headers headers = event.kafkaHeaders();
        W3CTraceContextPropagator.getInstance().inject(Context.current().with(span), headers, HEADERS);
        CompletableFuture<RecordMetadata> written = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(TOPIC, null, event.key(), value, headers), (metadata, failure) -> {
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

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
