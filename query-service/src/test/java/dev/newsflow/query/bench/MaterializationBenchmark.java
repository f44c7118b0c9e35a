package dev.newsflow.query.bench;

import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.query.article.messaging.Channels;
import dev.newsflow.query.post.messaging.StoryChannels;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Articles/s from {@code articles.enriched} to committed rows (articles and their stories), against a plain JDBC batch
 * insert of the same rows into the same database in the same run. The service's consumers are paused while the
 * records are written, so the producer's work is not counted, and a warm-up round of the same size goes first.
 * Run: {@code ./mvnw -pl query-service -am verify -Pbench -Dtest=MaterializationBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(MaterializationBenchmark.Paused.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MaterializationBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 20_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", ARTICLES);
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final int FIGURES = 10;
    private static final Instant INGESTED = Instant.parse("2026-03-02T18:00:00Z");
    private static final String DEFAULT_CONSUMERS = "2";

    /** The consumers of {@code articles.enriched} start paused, on three partitions as the launcher makes it. */
    public static class Paused implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ThreePartitions.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            for (String channel : names()) {
                config.put("mp.messaging.incoming." + channel + ".pausable", "true");
                config.put("mp.messaging.incoming." + channel + ".pausable.initially-paused", "true");
            }
            return config;
        }
    }

    /** Gives {@code articles.enriched} three partitions before the service subscribes. */
    public static class ThreePartitions implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            KafkaBroker.ensurePartitions(Topics.ARTICLES_ENRICHED, 3);
            return Map.of();
        }

        @Override
        public void stop() {
            // The broker and its topics are shared by the JVM's tests.
        }
    }

    @Inject
    ChannelRegistry channels;

    @Test
    void materializationAgainstPlainJdbcBatchInserts() throws Exception {
        String warmUp = "bench-warm-" + UUID.randomUUID().toString().substring(0, 8);
        JdbcArticleLoader.insert(events(warmUp, WARM_UP), "jdbc-" + warmUp);
        materialize(warmUp, WARM_UP);

        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<ArticleEnriched> events = events(run, ARTICLES);
        CpuTime jdbcCpu = CpuTime.now();
        long jdbcStart = System.nanoTime();
        double jdbcBackend = JdbcArticleLoader.insert(events, "jdbc-" + run) / ARTICLES;
        double jdbc = rate(ARTICLES, jdbcStart);
        double jdbcJvm = CpuTime.now().jvmMillisSince(jdbcCpu) / ARTICLES;
        Round round = materialize(run, ARTICLES);
        double service = round.rate();
        System.out.printf(Locale.ROOT, "%nBENCH materialization after a warm-up of %d: %d articles (%d figures each),"
                + " %.0f articles/s (stories included); plain JDBC batch insert %.0f articles/s; ratio %.2f%n",
                WARM_UP, ARTICLES, FIGURES, service, jdbc, service / jdbc);
        System.out.printf(Locale.ROOT, "BENCH CPU ms per article: materialization JVM %.3f (broker included),"
                + " its PostgreSQL backends %.3f; plain JDBC batch insert JVM %.3f, its PostgreSQL backend %.3f%n%n",
                round.end().jvmMillisSince(round.start()) / ARTICLES,
                round.end().backendMillisSince(round.start()) / ARTICLES, jdbcJvm, jdbcBackend);
    }

    /** The rate of a round, and the CPU time used when it started and ended. */
    private record Round(double rate, CpuTime start, CpuTime end) {
    }

    /** Writes the articles of {@code run} while the consumers are paused, then times them to their rows. */
    private Round materialize(String run, int articles) throws Exception {
        pausables().forEach(PausableChannel::pause);
        List<Map.Entry<String, String>> records = new ArrayList<>(articles);
        for (ArticleEnriched event : events(run, articles)) {
            records.add(Map.entry(event.id(), Enriched.json(event)));
        }
        try (TopicWriter writer = new TopicWriter()) {
            writer.sendAll(Topics.ARTICLES_ENRICHED, records);
        }
        CpuTime cpu = CpuTime.now();
        long start = System.nanoTime();
        pausables().forEach(PausableChannel::resume);
        await("every article of " + run + " materialized and told").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("article where id like ?", run + "-%") >= articles
                        && count("post_stage where article_id like ?", run + "-%") >= articles);
        double rate = rate(articles, start);
        return new Round(rate, cpu, CpuTime.now());
    }

    /** The consumers of {@code articles.enriched}. */
    private List<PausableChannel> pausables() {
        List<PausableChannel> pausables = names().stream().map(channels::getPausable).filter(Objects::nonNull)
                .toList();
        if (pausables.size() < names().size()) {
            throw new IllegalStateException("not every consumer of " + names() + " is pausable");
        }
        return pausables;
    }

    /**
     * The names of the consumers: the story's, and the materializer's, or its copies ({@code name$1}...) when its
     * {@code concurrency} ({@code QUERY_CONSUMERS}) is above one.
     */
    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of(StoryChannels.ENRICHED));
        int copies = Integer.parseInt(System.getenv().getOrDefault("QUERY_CONSUMERS", DEFAULT_CONSUMERS));
        if (copies == 1) {
            names.add(Channels.ARTICLES_ENRICHED);
        }
        for (int copy = 1; copies > 1 && copy <= copies; copy++) {
            names.add(Channels.ARTICLES_ENRICHED + "$" + copy);
        }
        return names;
    }

    private static List<ArticleEnriched> events(String run, int articles) {
        List<ArticleEnriched> events = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            events.add(withFigures(Enriched.article(run + "-" + i, run + i, INGESTED, "2026-03-02T17:00:00Z")));
        }
        return events;
    }

    private static ArticleEnriched withFigures(ArticleEnriched e) {
        MarketFigure figure = e.figures().get(0);
        List<MarketFigure> figures = new ArrayList<>();
        for (int i = 0; i < FIGURES; i++) {
            figures.add(figure);
        }
        return e.withFigures(figures);
    }

    private static double rate(int articles, long start) {
        return articles / ((System.nanoTime() - start) / 1e9);
    }

    private static long count(String from, String pattern) throws Exception {
        try (Connection c = PostgresTestResource.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from " + from)) {
            s.setString(1, pattern);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
