package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.ingest.support.BadPosts;
import dev.newsflow.ingest.support.Posts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The flat front-matter reader against snakeyaml alone: every post and every generated front matter must come out
 * the same, accepted alike or rejected with the same reasons on the same lines.
 */
class FlatFrontMatterTest {

    private static final int MAX_BYTES = 1_048_576;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-06T10:00:00Z"), ZoneOffset.UTC);
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABZ0123456789_-";
    private static final String[] KEYS = {"title", "date", "tldr", "category", "sentiment_score", "desk", "layout",
        "null", "yes", "No", "2026", "1.5", "~", "-x", "a b", "<<", "k:v", "x".repeat(1_100), "é"};
    private static final String[] PIECES = {"a", "Gold", " ", "  ", "7", "-3", "0.5", "1e3", "+4", ".5", "0x1F", "0o7",
        "2026-03-04", " 08:15:30", "T08:15:30Z", "true", "No", "off", "~", "null", "\"", "'", "''", "#", " #", ":",
        ": ", "-", "- ", "?", "? ", "[", "]", "{", "}", ",", "&a", "*a", "!", "!!str ", "|", ">", "%", "@", "`", "\\",
        "\\n", "\\\"", "\t", "é", "日経", "\u00A0", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\u007F",
        "\uD83D\uDCC8", "\uD83D", "\uDCC8", "\f", "<<", "=", "...", "---", "https://x.example/a?b=c#d"};

    private final PostParser flatParser = new PostParser(MAX_BYTES, ZoneOffset.UTC, CLOCK, true);
    private final PostParser snakeyamlParser = new PostParser(MAX_BYTES, ZoneOffset.UTC, CLOCK, false);
    private final FrontMatterReader flatReader = new FrontMatterReader(MAX_BYTES, true);
    private final FrontMatterReader snakeyamlReader = new FrontMatterReader(MAX_BYTES, false);

    @Test
    void everyPostOfTheRepositoryAndEveryBadPostParsesAlike() throws IOException {
        // Given the sample posts, the test posts and the catalogue of bad posts
        Map<String, byte[]> posts = new LinkedHashMap<>();
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (Path sample : samples.sorted().toList()) {
                posts.put(sample.getFileName().toString(), Files.readAllBytes(sample));
            }
        }
        for (String name : List.of("flow/reference.md", "parser/plain-scalars.md", "parser/outline.markdown",
                "parser/minimal.txt")) {
            posts.put(name.substring(name.indexOf('/') + 1), Posts.resource(name).getBytes(StandardCharsets.UTF_8));
        }
        BadPosts.all().forEach(bad -> posts.put(bad.file(), bad.content()));
        assertThat(posts).hasSizeGreaterThan(40);

        // When each is parsed by both, then the outcomes are equal
        posts.forEach((name, content) -> assertThat(outcome(flatParser, name, content))
                .as(name).isEqualTo(outcome(snakeyamlParser, name, content)));
    }

    @Test
    void theSamplePostsTakeTheFlatPath() throws IOException {
        // Given the sample posts, each of which has a front matter and a closing delimiter
        List<String> flat = new ArrayList<>();
        FlatFrontMatter reader = new FlatFrontMatter(new Resolver());
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (Path sample : samples.sorted().toList()) {
                // When the front matter is split off and composed by the flat reader
                String yaml = yaml(Files.readString(sample));
                if (yaml != null && reader.compose(yaml) != null) {
                    flat.add(sample.getFileName().toString());
                }
            }
        }

        // Then every one of them is read by it, not left to snakeyaml
        assertThat(flat).hasSizeGreaterThanOrEqualTo(20);
        assertThat(reader.compose(yaml(Posts.resource("flow/reference.md")))).isNotNull();
    }

    /** The front matter of {@code post}, or null for a post without a whole one. */
    private static String yaml(String post) {
        try {
            return FrontMatter.split(post).yaml();
        } catch (PostRejectedException e) {
            return null;
        }
    }

    @Test
    void generatedFrontMatterReadsAlike() {
        // Given front matter made at random from keys, values and layouts, well-formed, flat or not
        Random random = new Random(19);
        FlatFrontMatter flat = new FlatFrontMatter(new Resolver());
        int takenFlat = 0;
        for (int i = 0; i < 20_000; i++) {
            String yaml = frontMatter(random);
            FrontMatter frontMatter = new FrontMatter(yaml, 2, "");
            if (flat.compose(yaml) != null) {
                takenFlat++;
            }

            // When both readers read it, then the entries (or the rejection) are the same
            assertThat(entries(flatReader, frontMatter)).as("%s", yaml)
                    .isEqualTo(entries(snakeyamlReader, frontMatter));
        }

        // And a good share of them took the flat path
        assertThat(takenFlat).isGreaterThan(3_000);
    }

    private static String frontMatter(Random random) {
        StringBuilder yaml = new StringBuilder();
        boolean clean = random.nextBoolean();
        int lines = 1 + random.nextInt(7);
        for (int line = 0; line < lines; line++) {
            int shape = random.nextInt(clean ? 16 : 20);
            String key = random.nextInt(4) == 0 ? KEYS[random.nextInt(KEYS.length)] : randomKey(random);
            if (shape < 12) {
                yaml.append(key).append(clean ? ": " : separator(random)).append(scalar(random, clean)).append('\n');
            } else if (shape < 16) {
                yaml.append(key).append(random.nextInt(8) == 0 ? ": " : ":").append('\n');
                int items = random.nextInt(4);
                int indent = random.nextInt(3) == 0 ? random.nextInt(5) : 2;
                for (int item = 0; item < items; item++) {
                    int itemIndent = random.nextInt(10) == 0 ? random.nextInt(5) : indent;
                    yaml.append(" ".repeat(itemIndent)).append(random.nextInt(12) == 0 ? "-" : "- ")
                            .append(scalar(random, clean)).append('\n');
                }
            } else {
                String[] odd = {"", "  ", "# a comment", "  continued", "- item", key + ":value", key + ":\n  sub: 1",
                    key + ": [1, 2]", key + ": {a: 1}", key + ": |\n  text", key + ": &a x", "\t" + key + ": x",
                    key + ": x # note", "? " + key + "\n: x", key + " : x"};
                yaml.append(odd[random.nextInt(odd.length)]).append('\n');
            }
        }
        return random.nextInt(30) == 0 ? yaml.toString().stripTrailing() : yaml.toString();
    }

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            key.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return key.toString();
    }

    private static String separator(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> ":";
            case 1 -> ":  ";
            case 2 -> ":\t";
            default -> ": ";
        };
    }

    private static String scalar(Random random, boolean clean) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(clean ? 12 : 3) == 0 ? PIECES[random.nextInt(PIECES.length)] : "word ");
        }
        String body = clean || random.nextBoolean() ? text.toString().strip() : text.toString();
        return switch (random.nextInt(4)) {
            case 0 -> "\"" + body + "\"";
            case 1 -> "'" + body + "'";
            default -> body;
        };
    }

    private static List<String> entries(FrontMatterReader reader, FrontMatter frontMatter) {
        List<String> seen = new ArrayList<>();
        try {
            reader.read(frontMatter).forEach((key, entry) -> {
                seen.add(key + " @" + entry.line() + " null=" + entry.isNull() + " number=" + entry.isNumber());
                seen.add(" text: " + attempt(() -> entry.text(key)));
                seen.add(" texts: " + attempt(() -> entry.texts(key)));
                seen.add(" value: " + value(entry));
            });
        } catch (PostRejectedException e) {
            seen.add("rejected: " + e.errors());
        }
        return seen;
    }

    private static String outcome(PostParser parser, String name, byte[] content) {
        try {
            ArticleIngested article = parser.parse(name, content);
            return article + " extra types " + article.extra().values().stream().map(FlatFrontMatterTest::describe)
                    .toList();
        } catch (PostRejectedException e) {
            return "rejected: " + e.errors();
        }
    }

    private static String attempt(Reading reading) {
        try {
            return String.valueOf(reading.read());
        } catch (PostRejectedException e) {
            return "rejected: " + e.errors();
        }
    }

    private static String value(FrontMatterEntry entry) {
        try {
            return describe(entry.value());
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    /** A reading of an entry that may reject it. */
    private interface Reading {
        Object read() throws PostRejectedException;
    }
}
