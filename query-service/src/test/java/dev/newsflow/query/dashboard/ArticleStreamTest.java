package dev.newsflow.query.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.newsflow.contracts.Topics;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.query.support.ReadModel;
import dev.newsflow.query.support.Tombstones;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicWriter;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The live feed of materialized articles as server-sent events, resuming it after a lost connection, and each
 * retraction an event of its own.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleStreamTest {

    private static final Instant INGESTED = Instant.parse("2026-03-06T18:00:00Z");

    @TestHTTPResource("/api/articles/stream")
    URI stream;

    @Test
    void eachMaterializedArticleIsAnEventAndAResumedStreamGetsWhatCameAfterItsLastEvent() throws Exception {
        String run = "feed-" + UUID.randomUUID().toString().substring(0, 8);
        try (Follower follower = new Follower(stream, null)) {
            // Given a follower of the stream, When an article is materialized
            publish(Enriched.article(run + "-1", "1", INGESTED, "2026-03-06T10:00:00Z"));

            // Then an 'article' event announces it with its revision, and an id to resume from
            Event first = follower.next(run + "-1");
            assertThat(first.data()).contains("\"id\":\"" + run + "-1\"").contains("\"revision\":1")
                    .contains("\"title\":\"Title of " + run + "-1\"");

            // And when the connection is lost, two more arrive, and the stream is resumed with the last event's id
            follower.close();
            publish(Enriched.article(run + "-2", "2", INGESTED, "2026-03-06T11:00:00Z"));
            publish(Enriched.article(run + "-3", "3", INGESTED, "2026-03-06T12:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-3") != null);
            try (Follower resumed = new Follower(stream, first.id())) {
                // Then both come, in the order they were stored, and the first is not sent again
                resumed.next(run + "-3");
                assertThat(resumed.seen()).filteredOn(event -> event.data().contains("\"id\":\"" + run))
                        .extracting(event -> event.data().substring(7, event.data().indexOf("\",")))
                        .containsExactly(run + "-2", run + "-3");
            }
        }
    }

    @Test
    void aRetractionIsARetractedEventWithTheArticleIdTheRevisionAndTheReason() throws Exception {
        String id = "pulled-" + UUID.randomUUID().toString().substring(0, 8);
        try (Follower follower = new Follower(stream, null)) {
            // Given a follower that saw an article
            publish(Enriched.article(id, "p", INGESTED, "2026-03-06T10:00:00Z"));
            follower.next(id);

            // When it is retracted
            Tombstones.send(id, Tombstones.retracted(id, 1, "2026-03-06T12:00:00Z", "wrong figures"));

            // Then a 'retracted' event tells which article, which revision, when and why, with an id to resume from
            Event retracted = follower.next("retracted", id);
            assertThat(retracted.id()).isNotBlank();
            assertThat(retracted.data()).startsWith("{\"id\":\"" + id + "\",\"revision\":1,"
                    + "\"retractedAt\":\"2026-03-06T12:00:00Z\",\"reason\":\"wrong figures\",\"storedAt\":\"")
                    .doesNotContain("step").doesNotContain("position");
        }
    }

    @Test
    void aResumedStreamTellsTheRetractionsItMissedAndTheReturnIsAnnounced() throws Exception {
        String run = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        Event first;
        try (Follower follower = new Follower(stream, null)) {
            // Given a follower that saw an article, and lost its connection
            publish(Enriched.article(run + "-a", "a", INGESTED, "2026-03-06T10:00:00Z"));
            first = follower.next(run + "-a");
        }

        // When another article is stored, the first is retracted, and a third is stored
        publish(Enriched.article(run + "-b", "b", INGESTED, "2026-03-06T11:00:00Z"));
        Tombstones.send(run + "-a", Tombstones.retracted(run + "-a", 1, "2026-03-06T12:00:00Z", "withdrawn"));
        publish(Enriched.article(run + "-c", "c", INGESTED, "2026-03-06T12:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ReadModel.revision(run + "-c") != null);
        assertThat(ReadModel.retractionStoredAt(run + "-a")).isNotNull();
        try (Follower resumed = new Follower(stream, first.id())) {
            // Then the resumed stream has the other two and the retraction, each once (one batch stores its rows at
            // one time, in the order of their ids)
            resumed.next(run + "-c");
            assertThat(resumed.seen()).filteredOn(event -> event.data().contains("\"id\":\"" + run))
                    .extracting(event -> event.name() + " " + event.data().substring(7, event.data().indexOf("\",")))
                    .containsExactlyInAnyOrder("article " + run + "-b", "retracted " + run + "-a",
                            "article " + run + "-c");

            // And when the post comes back as revision 2, that is announced
            publish(Enriched.article(run + "-a", "a", INGESTED, "2026-03-06T10:00:00Z").withRevision(2));
            assertThat(resumed.next(run + "-a").data()).contains("\"revision\":2");
        }
    }

    @Test
    void aLastEventIdThatIsNoEventIdIsA400ProblemNamingIt() {
        given().header("Last-Event-ID", "not-an-id").accept("text/event-stream").get("/api/articles/stream").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }

    private static void publish(ArticleEnriched event) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(Topics.ARTICLES_ENRICHED, event.id(), Enriched.json(event));
        }
    }

    /** One server-sent event. */
    private record Event(String name, String id, String data) {
    }

    /** Reads the stream on a thread of its own, event by event. */
    private static final class Follower implements AutoCloseable {

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final List<Event> seen = new ArrayList<>();
        private final HttpClient client = HttpClient.newHttpClient();
        private final Thread reader;
        private volatile Stream<String> lines;

        Follower(URI stream, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            reader = new Thread(() -> read(request.build()), "sse-follower");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(HttpRequest request) {
            try {
                HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
                lines = response.body();
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(name, id, data.toString()));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (Exception e) {
                // the follower was closed
            }
        }

        /** The next 'article' event about {@code id}, waiting up to 30 s; the events before it are kept in seen. */
        Event next(String id) throws InterruptedException {
            return next("article", id);
        }

        /** The next event named {@code name} about {@code id}, waiting up to 30 s; those before it are kept in seen. */
        Event next(String name, String id) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Event event = events.poll(1, TimeUnit.SECONDS);
                if (event != null) {
                    seen.add(event);
                    if (name.equals(event.name()) && event.data().contains("\"id\":\"" + id + "\"")) {
                        return event;
                    }
                }
            }
            throw new AssertionError("no '" + name + "' event about " + id + " within 30 s; seen " + seen);
        }

        List<Event> seen() {
            return seen;
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
            reader.interrupt();
        }
    }
}
