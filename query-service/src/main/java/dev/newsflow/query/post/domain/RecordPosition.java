package dev.newsflow.query.post.domain;

/** Where a record is in Kafka: its topic, partition and offset. */
public record RecordPosition(String topic, int partition, long offset) {
}
