package dev.newsflow.enrich.source.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkCollectorTest {

    private final LinkCollector links = new LinkCollector();

    @Test
    void everyWayMarkdownWritesALinkIsCollectedInTheOrderWritten() {
        // Given a body with an inline link, an autolink, a reference link and an email autolink
        String body = """
                Stocks rose, [the wire said](https://wire.example/a?x=1&amp;y=2), see <https://auto.example/b>.

                More in [the review][r] or write to <desk@example.com>.

                [r]: https://ref.example/c
                """;

        // When its links are collected
        List<String> urls = urls(body);

        // Then each is there once, as the reader's browser would follow it (entities decoded), in order
        assertThat(urls).containsExactly("https://wire.example/a?x=1&y=2", "https://auto.example/b",
                "https://ref.example/c", "mailto:desk@example.com");
    }

    @Test
    void anchorsOfHtmlWrittenInTheMarkdownAreCollected() {
        // Given anchors in inline HTML and in an HTML block, one without href
        String body = """
                A note <a href="https://inline.example/">here</a> and <a name="x">no link</a>.

                <div><a href='https://block.example/'>block</a></div>

                Then [after](https://after.example/).
                """;

        // When its links are collected, then the anchors with an href are, where they stand
        assertThat(urls(body)).containsExactly("https://inline.example/", "https://block.example/",
                "https://after.example/");
    }

    @Test
    void aBodyWithoutBracketsStillGivesItsAutolinksAndAnchorsAndOneWithoutAngleBracketsToo() {
        // Given bodies with no square bracket, with no angle bracket, and with neither
        String autolinkAndAnchor = "See <https://auto.example/b> and <a href=\"https://inline.example/\">here</a>.";
        String linkOnly = "Stocks rose 1% as [the wire said](https://wire.example/a).";
        String plain = "Stocks rose 1% to 6,105.20 (a record) after the Fed's decision.";

        // When their links are collected, then the first two give theirs and the plain one none
        assertThat(urls(autolinkAndAnchor)).containsExactly("https://auto.example/b", "https://inline.example/");
        assertThat(urls(linkOnly)).containsExactly("https://wire.example/a");
        assertThat(urls(plain)).isEmpty();
    }

    @Test
    void imagesAndCodeAreNoLinks() {
        // Given an image, a link in a code span and one in an indented code block, and an image inside a link
        String body = """
                ![chart](https://img.example/chart.png) and `[x](https://code.example/)`

                    [y](https://codeblock.example/)

                [![logo](https://img.example/logo.png)](https://outer.example/)
                """;

        // When its links are collected, then only the link around the image counts
        assertThat(urls(body)).containsExactly("https://outer.example/");
    }

    @Test
    void theFrontMatterAndSourcesComeFirstAndEachUrlOnceWithItsFirstOrigin() {
        // Given a source_url, a Sources section and a body citing both again, written differently
        ArticleIngested article = article("HTTPS://Wire.Example/story", List.of(
                new SourceLink("Wire", "https://wire.example/story"), new SourceLink("Desk", "https://desk.example/")),
                "As [the wire](https://wire.example/story#top) and [the desk](https://desk.example/) and "
                        + "[another](https://other.example/) said.");

        // When its links are collected
        List<CitedLink> cited = links.collect(article);

        // Then each URL is there once, with where it was first cited
        assertThat(cited).containsExactly(new CitedLink("HTTPS://Wire.Example/story", Origin.FRONT_MATTER),
                new CitedLink("https://desk.example/", Origin.SOURCES_SECTION),
                new CitedLink("https://other.example/", Origin.BODY));
    }

    private List<String> urls(String body) {
        return links.collect(article(null, List.of(), body)).stream().map(CitedLink::url).toList();
    }

    private static ArticleIngested article(String sourceUrl, List<SourceLink> sources, String body) {
        return new ArticleIngested("a-1", "hash", "incoming/a-1.md", null, "Title", "Markets", "post", null, sourceUrl,
                null, null, List.of(), null, body, sources, Map.of(), 1, "bucket");
    }
}
