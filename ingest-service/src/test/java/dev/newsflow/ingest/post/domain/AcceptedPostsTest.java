package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.SourceLink;
import dev.newsflow.ingest.support.Posts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptedPostsTest {

    private static final Instant NOW = Instant.parse("2026-03-06T10:00:00Z");
    private final PostParser parser = new PostParser(1_048_576, ZoneOffset.UTC, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void referencePostGivesEveryField() throws Exception {
        // Given a post in the reference format
        byte[] post = Posts.resource("flow/reference.md").getBytes(StandardCharsets.UTF_8);

        // When it is parsed
        ArticleIngested article = parser.parse("2026/03-04 Asia Close.md", post);

        // Then every field is as written
        assertThat(article.id()).isEqualTo("2026-03-04-asia-close");
        assertThat(article.contentHash()).isEqualTo(ContentHash.of(post)).hasSize(64);
        assertThat(article.bucketKey()).isEqualTo("incoming/2026/03-04 Asia Close.md");
        assertThat(article.ingestedAt()).isEqualTo(NOW);
        assertThat(article.title()).isEqualTo("Asian markets climb as chip makers lead a broad rebound");
        assertThat(article.category()).isEqualTo("Asia");
        assertThat(article.layout()).isEqualTo("post");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-04T08:15:30Z"));
        assertThat(article.sourceUrl()).isEqualTo("https://www.example.com/markets/asia-close-0304");
        assertThat(article.sentimentScore()).isEqualTo(7.0);
        assertThat(article.sentimentLabel()).isEqualTo("Optimistic");
        assertThat(article.tldr()).hasSize(3).first().asString().startsWith("Japan's Nikkei 225 rose 1.9%");
        assertThat(article.headline()).isEqualTo("Asian Markets Climb as Chip Makers Lead a Broad Rebound");
        String text = Posts.resource("flow/reference.md");
        assertThat(article.body()).isEqualTo(text.substring(text.indexOf("### Asian")).stripTrailing());
        assertThat(article.sources()).containsExactly(
                new SourceLink("Example Wire – 'Asian stocks rebound on chip rally'",
                        "https://www.example.com/markets/asia-close-0304"),
                new SourceLink("Example Markets – 'Nikkei climbs as Tokyo Electron surges'",
                        "https://markets.example.org/2026/03/04/nikkei-chips"));
        assertThat(article.extra()).containsExactly(Map.entry("desk", "asia-open"));
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkChangeNothingButTheHash() throws Exception {
        // Given the reference post with CRLF line endings and a UTF-8 BOM
        String text = Posts.resource("flow/reference.md");
        byte[] crlf = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);

        // When both are parsed
        ArticleIngested original = parser.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
        ArticleIngested windows = parser.parse("a.md", crlf);

        // Then the fields are the same; only the content hash differs
        assertThat(windows).usingRecursiveComparison().ignoringFields("contentHash").isEqualTo(original);
        assertThat(windows.contentHash()).isEqualTo(ContentHash.of(crlf)).isNotEqualTo(original.contentHash());
    }

    @Test
    void plainAndQuotedScalarsAndTldrAsOneString() throws Exception {
        // Given a post with plain scalars, a quoted ISO date with offset, a quoted score and a one-line tldr
        ArticleIngested article = parse("parser/plain-scalars.md");

        // Then each is read as text, number or date as it should be
        assertThat(article.title()).isEqualTo("Sterling slips after softer UK inflation data");
        assertThat(article.category()).isEqualTo("FX");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-06T08:30:00Z"));
        assertThat(article.sentimentScore()).isEqualTo(4.5);
        assertThat(article.sentimentLabel()).isEqualTo("Cautious");
        assertThat(article.tldr())
                .containsExactly("The pound fell 0.4% to $1.2655 after inflation came in below forecasts.");
        assertThat(article.headline()).isNull();
        assertThat(article.sources()).isEmpty();
    }

    @Test
    void missingOptionalKeysAreNullOrEmpty() throws Exception {
        ArticleIngested article = parse("parser/minimal.txt");

        assertThat(article.id()).isEqualTo("parser-minimal");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-03-06T00:00:00Z"));
        assertThat(article.category()).isNull();
        assertThat(article.layout()).isNull();
        assertThat(article.sourceUrl()).isNull();
        assertThat(article.sentimentScore()).isNull();
        assertThat(article.sentimentLabel()).isNull();
        assertThat(article.tldr()).isEmpty();
        assertThat(article.headline()).isNull();
        assertThat(article.body()).isEqualTo("No headings, no sources.");
        assertThat(article.sources()).isEmpty();
        assertThat(article.extra()).isEmpty();
    }

    @Test
    void outlineSkipsFencesAndReadsOnlyTheSourcesSection() throws Exception {
        // Given a post with a fenced heading, a closed ATX heading, a numbered Sources list and a later section
        ArticleIngested article = parse("parser/outline.markdown");

        // Then the headline is the first real heading and only the Sources section's links are sources
        assertThat(article.headline()).isEqualTo("Treasury Yields Climb");
        assertThat(article.body()).startsWith("```markdown\n# Not a heading");
        assertThat(article.sources()).containsExactly(
                new SourceLink("Example Rates – 'Yields climb'", "https://rates.example.com/a?b=1&c=2"),
                new SourceLink("a second link", "https://rates.example.com/b"),
                new SourceLink("Example (Wire)", "https://wire.example.com/x_(y)"));
    }

    @Test
    void unknownKeysAreKeptInExtraWithTheirTypes() throws Exception {
        ArticleIngested article = parse("parser/outline.markdown");

        assertThat(article.extra()).containsExactly(
                Map.entry("author", "desk-bot"),
                Map.entry("tags", List.of("rates", "central banks")),
                Map.entry("review", Map.of("editor", "jane", "approved", true)),
                Map.entry("revision", 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-02-07 06:44:10            | 2026-02-07T06:44:10Z",
        "2026-02-07 06:44               | 2026-02-07T06:44:00Z",
        "2026-02-07                     | 2026-02-07T00:00:00Z",
        "2026-2-7 6:44:10               | 2026-02-07T06:44:10Z",
        "2026-02-07 06:44:10 +0100      | 2026-02-07T05:44:10Z",
        "2026-02-07 06:44:10 -05:00     | 2026-02-07T11:44:10Z",
        "2026-02-07T06:44:10+09:00      | 2026-02-06T21:44:10Z",
        "2026-02-07T06:44:10.250Z       | 2026-02-07T06:44:10.250Z",
        "'2026-02-07 06:44:10'          | 2026-02-07T06:44:10Z"})
    void datesAreNormalizedToUtc(String written, String expected) throws Exception {
        assertThat(parseDate(parser, written)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void aDateWithoutOffsetUsesTheConfiguredZone() throws Exception {
        PostParser newYork = new PostParser(1_048_576, ZoneId.of("America/New_York"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(parseDate(newYork, "2026-02-07 06:44:10")).isEqualTo(OffsetDateTime.parse("2026-02-07T11:44:10Z"));
        assertThat(parseDate(newYork, "2026-07-07 06:44:10")).isEqualTo(OffsetDateTime.parse("2026-07-07T10:44:10Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "2026", "true", "~ tilde", "null and void"})
    void scalarTitlesStayTheTextAsWritten(String title) throws Exception {
        byte[] post = ("---\ntitle: " + title + "\ndate: 2026-03-06\n---\nBody\n").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse("t.md", post).title()).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"post.md", "post.markdown", "post.txt", "POST.MD", "dir/sub dir/post.Markdown"})
    void acceptedExtensions(String key) throws Exception {
        byte[] post = Posts.valid("Extensions").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(key, post).title()).isEqualTo("Extensions");
    }

    private ArticleIngested parse(String resource) throws PostRejectedException {
        return parser.parse(resource, Posts.resource(resource).getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime parseDate(PostParser parser, String date) throws PostRejectedException {
        byte[] post = ("---\ntitle: Dates\ndate: " + date + "\n---\n").getBytes(StandardCharsets.UTF_8);
        return parser.parse("dates.md", post).publishedAt();
    }
}
