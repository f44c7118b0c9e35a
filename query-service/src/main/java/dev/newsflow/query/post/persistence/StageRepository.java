package dev.newsflow.query.post.persistence;

import dev.newsflow.query.persistence.Row;
import dev.newsflow.query.post.domain.StageEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The stages of posts in {@code post_stage}: written once per Kafka record, read per bucket key. */
@ApplicationScoped
public class StageRepository {

    private static final String INSERT = """
            insert into post_stage (bucket_key, file_name, article_id, stage, at, received_at, topic, kafka_partition,
                kafka_offset, revision, via, content_hash, reason, errors, checks, figure_count, trace_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
            on conflict on constraint post_stage_record do nothing""";
    private static final String KEYS = """
            select bucket_key, max(at) as latest from post_stage
            where bucket_key = :key or bucket_key = 'incoming/' || :key or file_name = :key
            group by bucket_key order by latest desc, bucket_key""";
    private static final String KEY_OF_ARTICLE = """
            select bucket_key, max(at) as latest from post_stage where article_id = :id
            group by bucket_key order by latest desc, bucket_key limit 1""";
    private static final String STAGES = """
            select bucket_key, article_id, stage, at, received_at, topic, kafka_partition, kafka_offset, revision, via,
                   content_hash, reason, errors::text as errors, checks::text as checks, figure_count, trace_id
            from post_stage where bucket_key = :key order by at, id""";

    private static final String CONNECTION_FAILURE = "08006";

    private final EntityManager em;
    private final StageRows rows;

    StageRepository(EntityManager em, StageRows rows) {
        this.em = em;
        this.rows = rows;
    }

    /**
     * Stores {@code stages} in one transaction; a record stored before is left as it is. Returns how many were new. The
     * driver signals a connection lost during a batch with an {@link AssertionError} (its auto-commit can no longer be
     * read); that is turned into the connection failure it is (SQLSTATE 08006), so the write waits for the database.
     */
    @Transactional
    public int insert(List<StageEvent> stages) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (var insert = connection.prepareStatement(INSERT)) {
                for (StageEvent stage : stages) {
                    rows.bind(insert, stage);
                    insert.addBatch();
                }
                return Arrays.stream(insert.executeBatch()).map(count -> Math.max(count, 0)).sum();
            } catch (AssertionError lost) {
                throw new SQLException("the connection was lost during the batch: " + lost.getMessage(),
                        CONNECTION_FAILURE, lost);
            }
        });
    }

    /** The bucket keys that {@code key} may mean (itself, under incoming/, or a file name), latest first. */
    public List<String> keysMatching(String key) {
        return select(KEYS, Map.of("key", key)).stream().map(row -> row.text("bucket_key")).toList();
    }

    /** The bucket key that last published article {@code id}, or null. */
    public String keyOfArticle(String id) {
        return select(KEY_OF_ARTICLE, Map.of("id", id)).stream().map(row -> row.text("bucket_key")).findFirst()
                .orElse(null);
    }

    /** Every stage stored for {@code bucketKey}, oldest first. */
    public List<StageEvent> stagesOf(String bucketKey) {
        return select(STAGES, Map.of("key", bucketKey)).stream().map(rows::read).toList();
    }

    private List<Row> select(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return Row.all(query);
    }
}
