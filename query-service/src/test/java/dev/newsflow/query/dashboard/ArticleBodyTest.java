package dev.newsflow.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.query.dashboard.domain.ArticleBody;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's body as safe HTML with its figures marked where they were found. */
class ArticleBodyTest {

    @Test
    void marksEachFigureWhereItWasFoundWithItsDescription() {
        // Given a body and two figures located in it
        String body = "### Wrap\nThe S&P 500 rose 0.4% to 6,105.20, and gold fell 1% this week.";
        MarketFigure index = figure("S&P 500", 0.4, 6105.2, null, body.indexOf("The S&P"), body.indexOf(", and"));
        MarketFigure gold = figure("Gold", -1.0, null, Period.WEEK, body.indexOf("gold"), body.indexOf(" this"));

        // When it is rendered
        String html = ArticleBody.html(body, List.of(index, gold));

        // Then each mention is a focusable mark that describes its figure, and the Markdown is rendered
        assertThat(html).contains("<h3>Wrap</h3>")
                .contains("<mark class=\"figure\" tabindex=\"0\" data-figure=\"0\">The S&amp;P 500 rose 0.4% to"
                        + " 6,105.20<span class=\"figure-tip\" role=\"tooltip\">S&amp;P 500 · +0.4% · level 6105.2"
                        + "</span></mark>")
                .contains("<mark class=\"figure\" tabindex=\"0\" data-figure=\"1\">gold fell 1%<span"
                        + " class=\"figure-tip\" role=\"tooltip\">Gold · −1% · period: week</span></mark>");
    }

    @Test
    void rawHtmlAndScriptLinksOfAPostNeverReachThePage() {
        // Given a body with a script, an event handler and a javascript: link
        String body = "Stocks <script>alert(1)</script> rose <img src=x onerror=alert(2)>."
                + " [click](javascript:alert(3))";

        // When it is rendered
        String html = ArticleBody.html(body, List.of());

        // Then the tags are text, and the link has no target
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aFigureAcrossMarkdownSyntaxOrOutOfTheTextIsLeftUnmarked() {
        // Given a figure whose span crosses emphasis, one past the end, and the markers' own characters in the text
        String body = "**Nvidia** jumped 4%. Tesla \uE000fell\uE002 2%.";
        MarketFigure crossing = figure("Nvidia", 4.0, null, null, 2, body.indexOf('.'));
        MarketFigure outside = figure("Tesla", -2.0, null, null, 10, body.length() + 5);

        // When it is rendered
        String html = ArticleBody.html(body, List.of(crossing, outside));

        // Then nothing is marked and no marker character is left
        assertThat(html).doesNotContain("<mark").doesNotContain("\uE000").doesNotContain("\uE001")
                .doesNotContain("\uE002").contains("<strong>Nvidia</strong> jumped 4%.");
    }

    private static MarketFigure figure(String subject, Double change, Double level, Period period, int start,
            int end) {
        return new MarketFigure(subject, null, Kind.INDEX, change, null, null, level, null,
                change == null ? null : change > 0 ? Direction.UP : Direction.DOWN, period, null, "s", start, end);
    }
}
