package dev.newsflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.ArticleRejected;
import dev.newsflow.contracts.article.ArticleRetracted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventValidatorTest {

    private final EventValidator validator = new EventValidator();
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @ParameterizedTest
    @EnumSource(EventSchemas.class)
    void sharedFixtureIsValid(EventSchemas event) {
        assertThat(validator.violations(event, event.fixture())).isEmpty();
    }

    @Test
    void fixturesRoundTripThroughTheRecordsUnchanged() throws Exception {
        // Given the shared fixtures
        // When they are read into the contract records and written back
        String ingested = json.writeValueAsString(json.readValue(EventSchemas.ARTICLE_INGESTED.fixture(),
                ArticleIngested.class));
        String rejected = json.writeValueAsString(json.readValue(EventSchemas.ARTICLE_REJECTED.fixture(),
                ArticleRejected.class));
        String enriched = json.writeValueAsString(json.readValue(EventSchemas.ARTICLE_ENRICHED.fixture(),
                ArticleEnriched.class));
        String retracted = json.writeValueAsString(json.readValue(EventSchemas.ARTICLE_RETRACTED.fixture(),
                ArticleRetracted.class));
        // Then nothing is lost or renamed
        assertThat(json.readTree(ingested)).isEqualTo(json.readTree(EventSchemas.ARTICLE_INGESTED.fixture()));
        assertThat(json.readTree(rejected)).isEqualTo(json.readTree(EventSchemas.ARTICLE_REJECTED.fixture()));
        assertThat(json.readTree(enriched)).isEqualTo(json.readTree(EventSchemas.ARTICLE_ENRICHED.fixture()));
        assertThat(json.readTree(retracted)).isEqualTo(json.readTree(EventSchemas.ARTICLE_RETRACTED.fixture()));
    }

    @Test
    void missingRequiredFieldIsReported() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(EventSchemas.ARTICLE_INGESTED.fixture());
        event.remove("title");
        assertThat(validator.violations(EventSchemas.ARTICLE_INGESTED, event.toString()))
                .containsExactly("$: required property 'title' not found");
    }

    @Test
    void wrongTypesAndFormatsAreReported() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(EventSchemas.ARTICLE_INGESTED.fixture());
        event.put("sentimentScore", "high");
        event.put("publishedAt", "yesterday");
        event.put("contentHash", "abc");
        assertThat(validator.violations(EventSchemas.ARTICLE_INGESTED, event.toString())).hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("$.sentimentScore"))
                .anySatisfy(m -> assertThat(m).startsWith("$.publishedAt"))
                .anySatisfy(m -> assertThat(m).startsWith("$.contentHash"));
    }

    @Test
    void unknownViaIsReported() throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(EventSchemas.ARTICLE_REJECTED.fixture());
        event.put("via", "email");
        assertThat(validator.violations(EventSchemas.ARTICLE_REJECTED, event.toString()))
                .singleElement().satisfies(m -> assertThat(m).startsWith("$.via"));
    }

    @Test
    void notJsonIsReported() {
        assertThat(validator.violations(EventSchemas.ARTICLE_REJECTED, "not json"))
                .containsExactly("$: not valid JSON");
    }
}
