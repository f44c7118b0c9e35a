package dev.newsflow.query.post.messaging;

import dev.newsflow.platform.messaging.PoisonEventException;
import dev.newsflow.query.persistence.DatabaseFailures;
import dev.newsflow.query.post.domain.StageEvent;
import dev.newsflow.query.post.service.StoryRecorder;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the stages of posts from {@code articles.ingested}, {@code articles.rejected} and {@code articles.enriched},
 * each in consumer groups of its own, in batches acked (and their offsets committed) once stored. The story only
 * watches: a record it cannot read is logged and left out (the consumers that act on it dead-letter it), never sent to
 * a dead-letter topic a second time.
 */
@ApplicationScoped
public class StoryConsumer {

    private final StageRecords stages;
    private final StoryRecorder recorder;

    StoryConsumer(StageRecords stages, StoryRecorder recorder) {
        this.stages = stages;
        this.recorder = recorder;
    }

    @Incoming(StoryChannels.INGESTED)
    @Blocking
    public CompletionStage<Void> ingested(KafkaRecordBatch<String, String> batch) {
        return consume(batch, record -> Optional.of(stages.ingested(record)));
    }

    @Incoming(StoryChannels.REJECTED)
    @Blocking
    public CompletionStage<Void> rejected(KafkaRecordBatch<String, String> batch) {
        return consume(batch, record -> Optional.of(stages.rejected(record)));
    }

    @Incoming(StoryChannels.ENRICHED)
    @Blocking
    public CompletionStage<Void> enriched(KafkaRecordBatch<String, String> batch) {
        return consume(batch, stages::enriched);
    }

    private CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch,
            Function<KafkaRecord<String, String>, Optional<StageEvent>> reader) {
        Map<KafkaRecord<String, String>, StageEvent> told = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                reader.apply(record).ifPresent(stage -> told.put(record, stage));
            } catch (PoisonEventException poison) {
                skip(record, poison.getMessage());
            }
        }
        if (!told.isEmpty()) {
            try {
                recorder.record(List.copyOf(told.values()));
            } catch (RuntimeException failure) {
                Log.warnf("A batch of %d stages could not be stored (%s); storing them one by one", told.size(),
                        DatabaseFailures.reason(failure));
                told.forEach(this::recordAlone);
            }
        }
        return batch.ack();
    }

    private void recordAlone(KafkaRecord<String, String> record, StageEvent stage) {
        try {
            recorder.record(List.of(stage));
        } catch (RuntimeException refused) {
            skip(record, "the database refused its stage: " + DatabaseFailures.reason(refused));
        }
    }

    private static void skip(KafkaRecord<String, String> record, String reason) {
        Log.warnf("Record %s-%d@%d left out of the post stories: %s", record.getTopic(), record.getPartition(),
                StageRecords.position(record).offset(), reason);
    }
}
