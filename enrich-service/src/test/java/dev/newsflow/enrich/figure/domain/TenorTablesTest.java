package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of rates a line per tenor, under a title that names the family of the rates. */
class TenorTablesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void namesEachMoneyMarketRateByItsTenorAndReadsTheSecondRateAsThePreviousOne() {
        // Given a fixing table of a money-market rate: today's fixing, then the previous one
        String text = """
                Sibor fixing 11:00 Previous
                (%) (%)
                ------------------------
                Overnight 3.1500 3.1200
                One week 3.2000 3.2100
                Three month 3.4100 3.3900
                ------------------------
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each tenor is a rate of its own, with its latest and previous levels
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::kind, MarketFigure::level,
                MarketFigure::changeBp, MarketFigure::period).containsExactly(
                        tuple("Overnight SIBOR", Kind.OTHER, 3.15, null, null),
                        tuple("Overnight SIBOR", Kind.OTHER, 3.12, null, Period.PRIOR_SESSION),
                        tuple("One-week SIBOR", Kind.OTHER, 3.2, null, null),
                        tuple("One-week SIBOR", Kind.OTHER, 3.21, null, Period.PRIOR_SESSION),
                        tuple("Three-month SIBOR", Kind.OTHER, 3.41, null, null),
                        tuple("Three-month SIBOR", Kind.OTHER, 3.39, null, Period.PRIOR_SESSION));
    }

    @Test
    void readsACountrysBondYieldsByTenorWithTheirMoveInBasisPoints() {
        // Given a country's bond yields a line per tenor, with today's, the previous and the change in basis points
        String text = """
                Thai Government Bond Yields, March 3
                Today (%) Previous(%) Change (BP)
                2-year GB 2.315 2.330 -1.5
                5-year GB 2.480 2.470 1.0
                10-year GB 2.710 2.705 +0.5
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then each tenor is the country's yield of so many years, its move beside its latest level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level, MarketFigure::changeBp,
                MarketFigure::period).containsExactly(
                        tuple("Thai 2-year government bond yield", 2.315, -1.5, null),
                        tuple("Thai 2-year government bond yield", 2.33, null, Period.PRIOR_SESSION),
                        tuple("Thai 5-year government bond yield", 2.48, 1.0, null),
                        tuple("Thai 5-year government bond yield", 2.47, null, Period.PRIOR_SESSION),
                        tuple("Thai 10-year government bond yield", 2.71, 0.5, null),
                        tuple("Thai 10-year government bond yield", 2.705, null, Period.PRIOR_SESSION));
    }

    @Test
    void readsNoTenorRowsUnderATitleThatNamesNoRates() {
        // Given lines of terms and numbers under a title about deposits, not a market rate
        String text = """
                Savings plan terms
                One year 4.10 4.25
                Two years 4.30 4.40
                Three years 4.45 4.60
                """;

        // When the extractor reads it
        List<MarketFigure> figures = extractor.extract(text);

        // Then no figure is read
        assertThat(figures).isEmpty();
    }
}
