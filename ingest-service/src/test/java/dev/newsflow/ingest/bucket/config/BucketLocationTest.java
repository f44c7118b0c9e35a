package dev.newsflow.ingest.bucket.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading {@code newsflow.bucket.url} (and the {@code newsflow.bucket.path} shorthand). */
class BucketLocationTest {

    @Test
    void withoutAUrlTheBucketIsTheFolderPath() {
        BucketLocation location = BucketLocation.of(config(null));
        assertThat(location.isS3()).isFalse();
        assertThat(location.folder()).isEqualTo(Path.of("from-path"));
    }

    @Test
    void anS3UrlNamesTheBucketAndAPrefixThatEndsInASlash() {
        assertThat(BucketLocation.of(config("s3://news"))).isEqualTo(new BucketLocation(null, "news", ""));
        assertThat(BucketLocation.of(config("s3://news/"))).isEqualTo(new BucketLocation(null, "news", ""));
        assertThat(BucketLocation.of(config("s3://news/team-a")))
                .isEqualTo(new BucketLocation(null, "news", "team-a/"));
        assertThat(BucketLocation.of(config("s3://news/team-a/posts/"))).isEqualTo(
                new BucketLocation(null, "news", "team-a/posts/"));
        assertThat(BucketLocation.of(config("s3://news/team-a")).toString()).isEqualTo("s3://news/team-a/");
    }

    @Test
    void aFileUrlOrAPlainPathIsAFolder() {
        assertThat(BucketLocation.of(config("file:///srv/bucket")).folder()).isEqualTo(Path.of("/srv/bucket"));
        assertThat(BucketLocation.of(config("/srv/bucket")).folder()).isEqualTo(Path.of("/srv/bucket"));
        assertThat(BucketLocation.of(config("  relative/bucket ")).folder()).isEqualTo(Path.of("relative/bucket"));
    }

    @Test
    void anythingElseIsAClearError() {
        assertThatThrownBy(() -> BucketLocation.of(config("https://example.com/bucket")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("newsflow.bucket.url 'https://example.com/bucket' is neither a folder nor s3://bucket/prefix");
        assertThatThrownBy(() -> BucketLocation.of(config("s3:///prefix-only")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("newsflow.bucket.url 's3:///prefix-only' names no bucket (s3://bucket/prefix)");
    }

    private static BucketConfig config(String url) {
        return new BucketConfig() {
            @Override
            public Optional<String> url() {
                return Optional.ofNullable(url);
            }

            @Override
            public Path path() {
                return Path.of("from-path");
            }

            @Override
            public Duration rescanInterval() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration settleTime() {
                return Duration.ofMillis(200);
            }

            @Override
            public int workers() {
                return 4;
            }

            @Override
            public int maxInFlight() {
                return 2000;
            }

            @Override
            public S3 s3() {
                return null;
            }
        };
    }
}
