package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.EventSchemas;
import dev.newsflow.contracts.EventValidator;
import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderBucket;
import dev.newsflow.ingest.support.BadPosts;
import dev.newsflow.ingest.support.BadPosts.BadPost;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.TempBucketResource;
import dev.newsflow.testsupport.kafka.KafkaTestResource;
import dev.newsflow.testsupport.kafka.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad posts through the folder bucket: each is rejected with its exact reason on
 * {@code articles.rejected} and in its report under {@code rejected/}, and a good post dropped after it is published.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(TempBucketResource.class)
class FolderBadInputsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    FolderBucket bucket;

    @Inject
    ObjectMapper json;

    static Stream<BadPost> catalogue() {
        return Stream.concat(BadPosts.all().stream(), Stream.of(
                new BadPost("symbolic link", new byte[0], Pattern.compile(Pattern.quote("symbolic links are not "
                        + "accepted: the post must be a regular file, not a link to /") + ".+")),
                new BadPost("picture.png", Posts.valid("Picture").getBytes(StandardCharsets.UTF_8), Pattern.compile(
                        Pattern.quote("unsupported file type '.png': posts must end in .md, .markdown or .txt"))),
                new BadPost("__", Posts.valid("Nameless").getBytes(StandardCharsets.UTF_8), Pattern.compile(
                        Pattern.quote("the file name '__.md' has no letter or digit to make an article id")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void aBadPostIsQuarantinedWithItsReasonAndTheGoodPostAfterItIsPublished(BadPost bad) throws Exception {
        String folder = "catalogue-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        String key = keyOf(folder, bad);
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                TopicReader rejected = TopicReader.fromNow(Topics.ARTICLES_REJECTED)) {
            // Given the bad post in incoming/, and a good post dropped after it
            drop(key, bad);
            Posts.drop(bucket.incoming(), folder + "good.md", Posts.valid("Good after " + bad.name()));

            // Then the bad post is rejected once, with its reason, in a valid event
            ConsumerRecord<String, String> rejection = rejected.await(1, r -> r.key().equals("incoming/" + key), WAIT)
                    .get(0);
            JsonNode event = json.readTree(rejection.value());
            assertThat(event.get("reason").asText()).matches(bad.reason());
            assertThat(new EventValidator().violations(EventSchemas.ARTICLE_REJECTED, rejection.value())).isEmpty();

            // And it is moved to rejected/ with its report beside it (the report is written first, then the post moved)
            Path quarantined = bucket.rejected().resolve(key);
            await().atMost(WAIT).until(() -> Files.exists(FolderBucket.reportOf(quarantined))
                    && !Files.exists(bucket.incoming().resolve(key)));
            assertThat(json.readTree(FolderBucket.reportOf(quarantined).toFile()).get("reason"))
                    .isEqualTo(event.get("reason"));
            assertThat(quarantined).exists();

            // And the good post after it is published
            String goodId = folder.replace("/", "") + "-good";
            ingested.await(1, r -> r.key().equals(goodId), WAIT);
            assertThat(ingested.drain(Duration.ZERO)).noneMatch(r -> r.value().contains("\"bucketKey\":\"incoming/"
                    + key + "\""));
        }
    }

    private static String keyOf(String folder, BadPost bad) {
        return switch (bad.name()) {
            case "picture.png" -> folder + "picture.png";
            case "__" -> "__.md";
            default -> folder + bad.file();
        };
    }

    private void drop(String key, BadPost bad) throws Exception {
        if (bad.name().equals("symbolic link")) {
            Path outside = Files.createTempFile("outside-", ".md");
            Files.writeString(outside, Posts.valid("Outside"));
            Files.createDirectories(bucket.incoming().resolve(key).getParent());
            Files.createSymbolicLink(bucket.incoming().resolve(key), outside);
        } else {
            Posts.drop(bucket.incoming(), key, bad.content());
        }
    }
}
