package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.support.BadPosts;
import dev.newsflow.ingest.support.Posts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The outline with its plain-link scanner against the patterns alone: every body must give the same outline. */
class MarkdownOutlineTest {

    private static final String[] PIECES = {"[", "]", "(", ")", "<", ">", "\"", " ", "\t", "\f", "\u000B", "\r",
        "\u0085", "\u2028", "\u2029", "Wire", "– 'quoted'", "https://www.example.com/a", "http://x.example/b_(c)",
        "](", "[a](b)", "[Wire](https://w.example/1)", " \"title\"", "- ", "* ", "+ ", "1. ", "12) ", "3- ", "#",
        "`", "~", "é", "\uD83D\uDCC8", "[[x]]", "[a [b] c](d)", "<https://e.example>", "](x)", "[]()", "[](u)"};
    private static final String[] MARKERS = {"- ", "* ", "+ ", "1. ", "12) ", "  - ", "-\t", "- \u000B"};
    private static final String[] HEADINGS = {"### Sources", "## Sources:", "### Sources ###", "#### Notes",
        "# Title", "### Other", "```", "~~~", "    ### Sources", "###Sources", "### sources :"};

    @Test
    void postsOfTheRepositoryHaveTheSameOutline() throws IOException {
        // Given the bodies of the sample posts, the test posts and the bad posts
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            for (Path sample : samples.sorted().toList()) {
                bodies.add(Files.readString(sample));
            }
        }
        for (String name : List.of("flow/reference.md", "parser/plain-scalars.md", "parser/outline.markdown",
                "parser/minimal.txt")) {
            bodies.add(Posts.resource(name));
        }
        BadPosts.all().forEach(bad -> bodies.add(new String(bad.content(), StandardCharsets.UTF_8)));

        // When both read each, then the outlines are equal, and the repository's posts have sources
        int withSources = 0;
        for (String body : bodies) {
            MarkdownOutline outline = MarkdownOutline.of(body);
            assertThat(outline).isEqualTo(RegexOutline.of(body));
            withSources += outline.sources().isEmpty() ? 0 : 1;
        }
        assertThat(withSources).isGreaterThanOrEqualTo(20);
    }

    @Test
    void generatedBodiesHaveTheSameOutline() {
        // Given bodies made at random of headings, fences and list items full of link syntax
        Random random = new Random(19);
        int links = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder body = new StringBuilder();
            int lines = 1 + random.nextInt(8);
            for (int line = 0; line < lines; line++) {
                if (random.nextInt(4) == 0) {
                    body.append(HEADINGS[random.nextInt(HEADINGS.length)]);
                } else {
                    body.append(random.nextBoolean() ? MARKERS[random.nextInt(MARKERS.length)]
                            : PIECES[random.nextInt(PIECES.length)]);
                    int pieces = random.nextInt(6);
                    for (int piece = 0; piece < pieces; piece++) {
                        body.append(random.nextBoolean() ? "[Wire – 'a'](https://w.example/" + piece + ") and "
                                : PIECES[random.nextInt(PIECES.length)]);
                    }
                }
                body.append('\n');
            }
            String text = "### Sources\n" + body;

            // When both read it, then the outlines are equal
            MarkdownOutline outline = MarkdownOutline.of(text);
            assertThat(outline).as(text).isEqualTo(RegexOutline.of(text));
            links += outline.sources().size();
        }

        // And many links were found
        assertThat(links).isGreaterThan(20_000);
    }
}
