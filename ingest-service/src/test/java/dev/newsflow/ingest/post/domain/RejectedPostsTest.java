package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsflow.contracts.article.RejectionError;
import dev.newsflow.ingest.support.Posts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectedPostsTest {

    private final PostParser parser = new PostParser(1_048_576, ZoneOffset.UTC, Clock.systemUTC());

    static Stream<Arguments> badFrontMatter() {
        return Stream.of(
                reject("empty file", "", null, null, "empty file: 0 bytes"),
                reject("whitespace only", " \n\t\n", null, null, "empty file: only whitespace"),
                reject("no front matter", "Stocks rose.\n", 1, null,
                        "no front matter: the file must start with a '---' line"),
                reject("unterminated", "---\ntitle: Open\ndate: 2026-03-06\nBody\n", 1, null,
                        "unterminated front matter: no closing '---' line after the one on line 1"),
                reject("invalid YAML", "---\ntitle: Fine\ndate: [2026\n---\n", 3, null,
                        "invalid YAML in the front matter: while parsing a flow sequence, expected ',' or ']', but got "
                                + "<stream end> on line 4"),
                reject("unclosed quote on line 3", "---\nlayout: post\ntitle: \"Gold climbs\ncategory: Markets\n"
                        + "date: 2026-03-02\nsentiment_score: 7\ntldr:\n  - a\n---\nBody\n", 3, null,
                        "invalid YAML in the front matter: while scanning a quoted scalar, found unexpected end of "
                                + "stream on line 9"),
                reject("tab indentation", "---\ntitle: T\n\tdate: 2026-03-06\n---\n", 3, null,
                        "invalid YAML in the front matter: found character '\\t(TAB)' that cannot start any token. "
                                + "(Do not use \\t(TAB) for indentation)"),
                reject("title of 100 KB", "---\ntitle: " + "x".repeat(102_400) + "\ndate: 2026-03-06\n---\n", 2,
                        "title", "title is 102,400 characters long, over the limit of 500"),
                reject("date in year 0", "---\ntitle: T\ndate: 0000-01-01\n---\n", 3, "date",
                        "'0000-01-01' is out of range: a post's date must be in the years 1900 to 2100"),
                reject("date in year 9999", "---\ntitle: T\ndate: 9999-12-31 23:59:59\n---\n", 3, "date",
                        "'9999-12-31 23:59:59' is out of range: a post's date must be in the years 1900 to 2100"),
                reject("10,000-item tldr", "---\ntitle: T\ndate: 2026-03-06\ntldr:\n" + "  - point\n".repeat(10_000)
                        + "---\n", 4, "tldr", "tldr has 10,000 items, over the limit of 50"),
                reject("tldr item of 5,000 characters", "---\ntitle: T\ndate: 2026-03-06\ntldr:\n  - a\n  - "
                        + "y".repeat(5_000) + "\n---\n", 4, "tldr",
                        "tldr item 2 is 5,000 characters long, over the limit of 1,000"),
                reject("5,000 source links", "---\ntitle: T\ndate: 2026-03-06\n---\n### Sources\n"
                        + "- [Wire](https://www.example.com/a)\n".repeat(5_000), null, null,
                        "the Sources section has 5,000 links, over the limit of 200"),
                reject("NUL byte", "---\ntitle: T\u0000\ndate: 2026-03-06\n---\n", 2, null,
                        "binary content: byte 0x00 at offset 12 (line 2) is not text"),
                reject("mixed line endings", "---\r\ntitle: T\rcategory: C\ndate: 2026-13-45\r\n---\rBody\n", 4,
                        "date", "'2026-13-45' is not a date (expected YYYY-MM-DD HH:MM:SS, optionally with a zone "
                                + "offset, or ISO-8601)"),
                reject("bad indentation", "---\ntitle: Fine\n  date: 2026-03-06\n---\n", 3, null,
                        "invalid YAML in the front matter: mapping values are not allowed here"),
                reject("not a mapping", "---\n- just\n- a list\n---\n", 2, null,
                        "the front matter must be a mapping of keys to values"),
                reject("duplicate key", "---\ntitle: One\ndate: 2026-03-06\ntitle: Two\n---\n", 4, "title",
                        "the key 'title' appears more than once"),
                reject("missing title", "---\ndate: 2026-03-06\n---\n", null, "title", "title is missing"),
                reject("empty title", "---\ntitle: \"  \"\ndate: 2026-03-06\n---\n", 2, "title", "title is empty"),
                reject("null title", "---\ntitle:\ndate: 2026-03-06\n---\n", 2, "title", "title is empty"),
                reject("missing date", "---\ntitle: No date\n---\n", null, "date", "date is missing"),
                reject("bad date", Posts.badDate("Bad"), 4, "date", "'2026-13-45' is not a date (expected "
                        + "YYYY-MM-DD HH:MM:SS, optionally with a zone offset, or ISO-8601)"),
                reject("words as date", "---\ntitle: T\ndate: yesterday\n---\n", 3, "date", "'yesterday' is not a "
                        + "date (expected YYYY-MM-DD HH:MM:SS, optionally with a zone offset, or ISO-8601)"),
                reject("non-numeric score", "---\ntitle: T\ndate: 2026-03-06\nsentiment_score: high\n---\n", 4,
                        "sentiment_score", "'high' is not a number"),
                reject("NaN score", "---\ntitle: T\ndate: 2026-03-06\nsentiment_score: .nan\n---\n", 4,
                        "sentiment_score", "'.nan' is not a number"),
                reject("title as list", "---\ntitle: [a, b]\ndate: 2026-03-06\n---\n", 2, "title",
                        "title must be text, not a list"),
                reject("category as mapping", "---\ntitle: T\ndate: 2026-03-06\ncategory:\n  a: b\n---\n", 4,
                        "category", "category must be text, not a mapping"),
                reject("unknown YAML tag on an extra key", "---\ntitle: T\ndate: 2026-03-06\ndesk: !x y\n---\n", 4,
                        "desk", "invalid YAML in the front matter: could not determine a constructor for the tag !x"),
                reject("tldr of mappings", "---\ntitle: T\ndate: 2026-03-06\ntldr:\n  - a: b\n---\n", 5, "tldr",
                        "tldr items must be text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFrontMatter")
    void badPostIsRejectedWithOnePreciseReason(String name, String post, Integer line, String field, String message) {
        // Given a bad post
        // When it is parsed
        PostRejectedException rejection = rejectionOf("post.md", post.getBytes(StandardCharsets.UTF_8));

        // Then it is rejected with exactly this error
        assertThat(rejection.errors()).containsExactly(new RejectionError(line, field, message));
        assertThat(rejection.reason()).endsWith(message);
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        PostRejectedException rejection = rejectionOf("post.md",
                "---\ndate: someday\nsentiment_score: lots\n---\n".getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.errors()).extracting(RejectionError::field)
                .containsExactly("title", "date", "sentiment_score");
        assertThat(rejection.reason()).isEqualTo("field 'title': title is missing; line 2, field 'date': 'someday' is "
                + "not a date (expected YYYY-MM-DD HH:MM:SS, optionally with a zone offset, or ISO-8601); "
                + "line 3, field 'sentiment_score': 'lots' is not a number");
    }

    @Test
    void aliasBombIsRejected() {
        StringBuilder bomb = new StringBuilder("---\ntitle: T\ndate: 2026-03-06\na: &a [\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", List.of("*" + previous, "*" + previous, "*" + previous, "*" + previous)))
                    .append("]\n");
            previous = String.valueOf(c);
        }
        bomb.append("---\n");

        assertThat(rejectionOf("bomb.md", bomb.toString().getBytes(StandardCharsets.UTF_8)).errors())
                .containsExactly(RejectionError.ofFile("the front matter uses too many YAML aliases (limit 20)"));
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "---\ntitle: T\ndate: 2026-03-06\ndeep: " + "[".repeat(60) + "]".repeat(60) + "\n---\n";

        assertThat(rejectionOf("deep.md", deep.getBytes(StandardCharsets.UTF_8)).errors())
                .containsExactly(RejectionError.ofFile("the front matter is nested deeper than 20 levels"));
    }

    @Test
    void binaryContentIsRejectedBeforeAnythingElse() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

        assertThat(rejectionOf("image.md", png).errors()).containsExactly(
                new RejectionError(2, null, "binary content: byte 0x1a at offset 6 (line 2) is not text"));
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedWithTheirOffsetAndLine() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2026-03-06\n---\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(rejectionOf("latin1.md", latin1).errors()).containsExactly(
                new RejectionError(2, null, "not valid UTF-8: bad byte sequence at offset 14 (line 2)"));
    }

    @Test
    void aPostOverTheSizeCapIsRejected() {
        byte[] big = new byte[1_048_577];
        Arrays.fill(big, (byte) 'x');

        assertThat(rejectionOf("big.md", big).errors()).containsExactly(
                RejectionError.ofFile("the file is 1,048,577 bytes, over the 1,048,576-byte limit"));
    }

    @Test
    void unsupportedExtensionsAreRejected() {
        byte[] post = Posts.valid("Picture").getBytes(StandardCharsets.UTF_8);

        assertThat(rejectionOf("chart.png", post).reason())
                .isEqualTo("unsupported file type '.png': posts must end in .md, .markdown or .txt");
        assertThat(rejectionOf("README", post).reason())
                .isEqualTo("unsupported file type without an extension: posts must end in .md, .markdown or .txt");
    }

    @Test
    void aNameWithoutLetterOrDigitIsRejected() {
        byte[] post = Posts.valid("Nameless").getBytes(StandardCharsets.UTF_8);

        assertThat(rejectionOf("__.md", post).reason())
                .isEqualTo("the file name '__.md' has no letter or digit to make an article id");
    }

    private PostRejectedException rejectionOf(String key, byte[] post) {
        PostRejectedException rejection = catchThrowableOfType(PostRejectedException.class,
                () -> parser.parse(key, post));
        assertThat(rejection).as("rejection of %s", key).isNotNull();
        return rejection;
    }

    private static Arguments reject(String name, String post, Integer line, String field, String message) {
        return Arguments.of(name, post, line, field, message);
    }
}
