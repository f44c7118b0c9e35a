package dev.newsflow.enrich.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.enrich.support.Articles;
import dev.newsflow.enrich.support.LoopbackPages;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import dev.newsflow.testsupport.kafka.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class EnrichFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Test
    void anIngestedArticleComesOutEnrichedWithTheSameKey() throws Exception {
        LoopbackPages pages = LoopbackPagesResource.pages();
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                TopicWriter writer = new TopicWriter()) {
            // Given an article citing a page in its front matter, two in its Sources section and one in its body
            String body = "### Wall Street Edges Higher\nThe S&P 500 rose 0.4% to 6,105.20, as [one report]("
                    + pages.url("/syndicated")
                    + ") noted.\n\n### Sources\n- [Wire](" + pages.url("/titled")
                    + ")\n- [Local](file:///etc/passwd)\n";
            String event = Articles.ingested(json, "flow-one", pages.url("/article"),
                    List.of(pages.url("/titled"), "file:///etc/passwd"), body);

            // When it is published on articles.ingested
            writer.send(Topics.ARTICLES_INGESTED, "flow-one", event);

            // Then one enriched event comes out with the same key, valid against its schema
            ConsumerRecord<String, String> record = enriched.await(1, r -> r.key().equals("flow-one"), WAIT).get(0);
            assertThat(new EventValidator().violations(EventSchemas.ARTICLE_ENRICHED, record.value())).isEmpty();
            assertThat(header(record, "ce_type")).isEqualTo("newsflow.article.enriched.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/newsflow/enrich-service");
            JsonNode out = json.readTree(record.value());
            JsonNode in = json.readTree(event);
            for (String field : List.of("id", "contentHash", "bucketKey", "ingestedAt", "title", "category", "layout",
                    "publishedAt", "sourceUrl", "sentimentScore", "sentimentLabel", "tldr", "headline", "body",
                            "sources",
                    "extra", "revision", "via")) {
                assertThat(out.get(field)).as(field).isEqualTo(in.get(field));
            }
            assertThat(out.get("enrichedAt").asText()).isNotBlank();

            // And every cited URL is checked once, with its origin, in order
            JsonNode checks = out.get("sourceChecks");
            assertThat(checks).hasSize(4);
            assertCheck(checks.get(0), pages.url("/article"), "front_matter", "VALID", "Stocks rally as chips rebound");
            assertCheck(checks.get(1), pages.url("/titled"), "sources_section", "VALID", "Only a title");
            assertCheck(checks.get(2), "file:///etc/passwd", "sources_section", "INVALID", null);
            assertThat(checks.get(2).get("reason").asText())
                    .isEqualTo("the scheme 'file' is not allowed: only http and https");
            assertCheck(checks.get(3), pages.url("/syndicated"), "body", "VALID", "Copy");
            assertThat(checks.get(3).get("canonicalUrl").asText()).isEqualTo("https://original.example.com/story");

            // And the market figure of the body is extracted with its offsets
            JsonNode figure = out.get("figures").get(0);
            assertThat(figure.get("subject").asText()).isEqualTo("S&P 500");
            assertThat(figure.get("changePercent").asDouble()).isEqualTo(0.4);
            assertThat(figure.get("level").asDouble()).isEqualTo(6105.20);
            assertThat(body.substring(figure.get("start").asInt(), figure.get("end").asInt())).contains("S&P 500");
        }
    }

    @Test
    void aSourceCitedByManyArticlesIsFetchedOnceAndTheSameInputGivesTheSameOutput() throws Exception {
        LoopbackPages pages = LoopbackPagesResource.pages();
        String shared = pages.url("/article?shared=yes");
        try (TopicReader enriched = TopicReader.fromNow(Topics.ARTICLES_ENRICHED);
                TopicWriter writer = new TopicWriter()) {
            // Given 20 articles that all cite the same page, and one of them sent twice
            for (int i = 0; i < 20; i++) {
                writer.send(Topics.ARTICLES_INGESTED, "shared-" + i,
                        Articles.ingested(json, "shared-" + i, shared, List.of(), "The Dow fell 1.2% to 43,100.50."));
            }
            writer.send(Topics.ARTICLES_INGESTED, "shared-0",
                    Articles.ingested(json, "shared-0", shared, List.of(), "The Dow fell 1.2% to 43,100.50."));

            // When they are all enriched
            List<ConsumerRecord<String, String>> out = enriched.await(21, r -> r.key().startsWith("shared-"), WAIT);

            // Then the page was fetched once
            assertThat(pages.requests()).filteredOn("/article?shared=yes"::equals).hasSize(1);

            // And the two results for the same input have the same checks and figures
            List<JsonNode> first = out.stream().filter(r -> r.key().equals("shared-0")).map(r -> read(r.value()))
                    .toList();
            assertThat(first).hasSize(2);
            assertThat(first.get(1).get("sourceChecks")).isEqualTo(first.get(0).get("sourceChecks"));
            assertThat(first.get(1).get("figures")).isEqualTo(first.get(0).get("figures"));
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertCheck(JsonNode check, String url, String origin, String verdict, String title) {
        assertThat(check.get("url").asText()).isEqualTo(url);
        assertThat(check.get("origin").asText()).isEqualTo(origin);
        assertThat(check.get("verdict").asText()).as(url).isEqualTo(verdict);
        assertThat(check.get("pageTitle").isNull() ? null : check.get("pageTitle").asText()).isEqualTo(title);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
