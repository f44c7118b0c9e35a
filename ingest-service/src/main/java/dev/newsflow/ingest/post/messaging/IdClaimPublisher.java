package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.newsflow.contracts.TopicManifest;
import dev.newsflow.ingest.concurrent.Threads;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.post.service.IdClaimConfig;
import dev.newsflow.platform.messaging.KafkaClientSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes claims of article ids to the id-claim topic (key: article id, value: {@link IdClaim} as JSON), from a
 * thread of its own so that no caller waits for Kafka's metadata; creates the topic, compacted, when it is missing.
 */
@ApplicationScoped
public class IdClaimPublisher {

    private final String topic;
    private final KafkaClientSettings clients;
    private final ObjectWriter claims;
    private final KafkaProducer<String, String> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Threads.named("id-claims-sender"));

    IdClaimPublisher(IdClaimConfig config, KafkaClientSettings clients, ObjectMapper json) {
        this.topic = config.topic();
        this.clients = clients;
        this.claims = json.writerFor(IdClaim.class);
        this.producer = new KafkaProducer<>(clients.producer(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "ingest-id-claims",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1)),
                new StringSerializer(), new StringSerializer());
    }

    /** The topic of id claims. */
    public String topic() {
        return topic;
    }

    /** Sends {@code claim} of {@code id}; completes with where Kafka wrote it, once it acknowledged it. */
    public CompletableFuture<RecordMetadata> publish(String id, IdClaim claim) {
        CompletableFuture<RecordMetadata> written = new CompletableFuture<>();
        try {
            String value = claims.writeValueAsString(claim);
            sender.execute(() -> send(new ProducerRecord<>(topic, id, value), written));
        } catch (JsonProcessingException | RejectedExecutionException e) {
            written.completeExceptionally(e);
        }
        return written;
    }

    private void send(ProducerRecord<String, String> record, CompletableFuture<RecordMetadata> written) {
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    written.complete(metadata);
                } else {
                    written.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            written.completeExceptionally(e);
        }
    }

    /** Creates the topic as the topic manifest declares it, unless it exists; fails when Kafka cannot be asked. */
    public void ensureTopic() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(clients.admin(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, "ingest-id-claims-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)))) {
            NewTopic claims = new NewTopic(topic, Optional.of(TopicManifest.ARTICLE_IDS.partitions()),
                    Optional.empty()).configs(TopicManifest.ARTICLE_IDS.config());
            admin.createTopics(List.of(claims)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @PreDestroy
    void close() {
        sender.shutdown();
        producer.close(Duration.ofSeconds(5));
    }
}
