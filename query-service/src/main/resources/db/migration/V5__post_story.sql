-- The story of each post: one row per Kafka record of articles.ingested, articles.rejected and articles.enriched that
-- concerns it, so GET /api/posts/status can tell where a post is. The same record twice is one row: a record is known
-- by its position, its post and its time, so a topic made anew (offsets from 0 again) does not pass its records for
-- old ones.
create table post_stage (
    id              bigserial    primary key,
    bucket_key      text         not null,
    file_name       text         not null,
    article_id      text,
    stage           text         not null,
    at              timestamptz  not null,
    received_at     timestamptz,
    topic           text         not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    revision        integer,
    via             text,
    content_hash    text,
    reason          text,
    errors          jsonb,
    checks          jsonb,
    figure_count    integer,
    trace_id        text,
    constraint post_stage_record unique (topic, kafka_partition, kafka_offset, bucket_key, at)
);

create index post_stage_bucket_key on post_stage (bucket_key, at);
create index post_stage_file_name on post_stage (file_name);
create index post_stage_article_id on post_stage (article_id) where article_id is not null;
