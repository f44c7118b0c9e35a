package dev.newsflow.enrich.figure.domain;

// Sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The dollar" of a report on a market whose own currency is a dollar is that currency, unless another currency is
 * quoted against it; a market's currency named after an amount counts once towards which market a report is about.
 */
class HomeDollarTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsTheDollarOfAWellingtonReportAsTheNewZealandDollar() {
        // Given a report on the New Zealand market that calls its currency "the dollar"
        String text = "New Zealand shares edged higher on Tuesday, with the NZX 50 index up 0.2% at 12,104.55. The dollar was at 59.80 US cents late in the afternoon.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the dollar's level is the New Zealand dollar's
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level).contains(
                tuple("New Zealand dollar", 59.8));
    }

    @Test
    void keepsTheDollarOthersAreQuotedAgainst() {
        // Given a Wellington report where the dollar is what another currency is quoted against
        String text = "New Zealand shares edged higher on Tuesday, with the NZX 50 index up 0.2% at 12,104.55. The yen weakened 0.4% against the dollar.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the move is the yen's, and no New Zealand dollar figure is made
        assertThat(figures).extracting(MarketFigure::subject).contains("Japanese yen")
                .doesNotContain("New Zealand dollar");
    }

    @Test
    void countsAnAmountAndItsCurrencyOnceForTheReportsMarket() {
        // Given a report on the New Zealand currency that quotes it in yen, the yen named right after the amount
        String text = "The NZ dollar firmed on Thursday. The dollar was at 86.9 yen late in the day.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then the report stays about New Zealand and the dollar quoted is the New Zealand dollar
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("New Zealand dollar", 86.9));
    }

    @Test
    void readsACurrencyNamedAfterSuchAsAsAnExample() {
        // Given a currency named as an example of safe havens, and "it" in the next sentence
        String text = "The Canadian dollar slipped to 72.40 US cents as investors sought havens such as the US dollar. It was also at 104.10 yen.";

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then "it" is the Canadian dollar, not the example
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level).containsExactly(
                tuple("Canadian dollar", 72.4), tuple("Canadian dollar", 104.1));
    }
}
