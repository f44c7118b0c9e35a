package dev.newsflow.enrich.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.enrich.article.service.EnrichTraining;
import dev.newsflow.enrich.support.LoopbackPagesResource;
import dev.newsflow.platform.warmup.WarmUp;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The training run of start-up in enrich-service: its rounds on the built-in articles, and readiness after it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(LoopbackPagesResource.class)
class TrainingRunTest {

    @Inject
    WarmUp warmUp;

    @Inject
    EnrichTraining training;

    @Test
    void theServiceIsReadyOnceItsTrainingRunHasRunItsRounds() {
        // Given the test profile's 50 rounds, When the service has started, Then the run ends with all of them
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> warmUp.result().isPresent());
        assertThat(warmUp.result().get().rounds()).isEqualTo(50);
        assertThat(warmUp.result().get().outcome()).isEqualTo("done");

        // And readiness shows it among its checks, UP
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("warm-up"))
                .body("checks.find { it.name == 'warm-up' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.rounds", equalTo(50));
    }

    @Test
    void eachBuiltInArticleGoesThroughARound() {
        // Given the built-in articles, When each takes a round, Then each is read (against the schema) and comes
        // out enriched with figures and its links checked statically, no request sent
        assertThat(training.articles()).isEqualTo(8);
        for (int round = 0; round < training.articles(); round++) {
            ArticleEnriched enriched = training.enriched(round);
            assertThat(enriched.figures()).as("figures of %s", enriched.id()).isNotEmpty();
            assertThat(enriched.sourceChecks()).as("checks of %s", enriched.id()).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.verdict()).isEqualTo(SourceCheck.Verdict.SKIPPED));
        }
    }
}
