package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phrasings market news uses, one at a time, and what the extractor makes of each. */
class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Nasdaq rose 2.18% to 23,031.21.                               | Nasdaq Composite | 2.18 | -     | 23031.21
            Hong Kong's Hang Seng gained 2.47%.                               | Hang Seng        | 2.47 | -     | -
            The FTSE 100 increased by 1.97% to 8,120.5 on Friday.             | FTSE 100         | 1.97 | -     | 8120.5
            Nvidia, up 8%, led the gains.                                     | Nvidia           | 8    | -     | -
            Acme Robotics (ACMR) fell 1.2 percent in early trade.             | Acme Robotics    | -1.2 | -     | -
            The Dow slid 120 points, or 0.3%, to 39,000.                      | Dow Jones Industrial Average | -0.3 | -120 | 39000
            Bitcoin rebounded 12% to around $71,000.                          | Bitcoin          | 12   | -     | 71000
            The S&P 500 closed at 6,001.35.                                   | S&P 500          | -    | -     | 6001.35
            Gold hit a record $3,050 an ounce.                                | Gold             | -    | -     | 3050
            Bitcoin jumped 4%, crossing the 50,000 mark.                      | Bitcoin          | 4    | -     | -
            The VIX fell 2 points, falling back below 20.                     | VIX              | -    | -2    | -
            Bullets: - Tesla -1.2%                                            | Tesla            | -1.2 | -     | -
            The DAX was unchanged at 19,100.                                  | DAX              | 0    | -     | 19100
            """)
    void readsEachPhrasing(String text, String subject, Double percent, Double points, Double level) {
        // Given a sentence with one market figure, When it is read
        List<MarketFigure> figures = extractor.extract(text.replace("Bullets: ", "\n"));

        // Then the figure has its subject, signed move and level
        assertThat(figures).hasSize(1);
        MarketFigure figure = figures.get(0);
        assertThat(figure.subject()).isEqualTo(subject);
        assertThat(figure.changePercent()).isEqualTo(percent);
        assertThat(figure.changePoints()).isEqualTo(points);
        assertThat(figure.level()).isEqualTo(level);
    }

    @Test
    void readsTwoInstrumentsInRelativeClauses() {
        // Given two moves written as relative clauses
        String text = "Micron, which rose 7.8%, and Lam Research, which gained 7.1%, led chipmakers.";

        // When it is read, Then each instrument gets its own move
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Micron", 7.8),
                        org.assertj.core.groups.Tuple.tuple("Lam Research", 7.1));
    }

    @Test
    void readsAYieldMoveInBasisPoints() {
        // Given a yield move
        MarketFigure figure = extractor.extract("The 10-year Treasury yield rose 5 basis points to 4.25%.").get(0);

        // Then it is a yield with a basis-point move and a level in percent
        assertThat(figure.subject()).isEqualTo("US 10-year Treasury yield");
        assertThat(figure.kind()).isEqualTo(Kind.YIELD);
        assertThat(figure.changeBp()).isEqualTo(5.0);
        assertThat(figure.changePercent()).isNull();
        assertThat(figure.level()).isEqualTo(4.25);
        assertThat(figure.direction()).isEqualTo(Direction.UP);
    }

    @Test
    void recordsPeriodQualifierCurrencyAndSymbol() {
        // Given a move hedged, priced and over a period
        MarketFigure figure = extractor.extract("Nvidia (NVDA) has gained nearly 40% this year.").get(0);
        MarketFigure bitcoin = extractor.extract("Bitcoin rebounded 12% to around $71,000.").get(0);

        // Then each part is kept
        assertThat(figure.symbol()).isEqualTo("NVDA");
        assertThat(figure.period()).isEqualTo(Period.YTD);
        assertThat(figure.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(bitcoin.currency()).isEqualTo("USD");
        assertThat(bitcoin.qualifier()).isEqualTo(Qualifier.APPROX);
    }

    @Test
    void leavesOutNumbersThatAreNotMarketMoves() {
        // Given results, stakes, premiums, data, rates, forecasts, targets, plans, surveys and odds
        String text = """
                Apple reported revenue up 6% to $94.9 billion. Nvidia took a 9.9% stake in Acme Corp, a 30% premium.
                Inflation rose 3.2% and GDP grew 2.1%, while the Fed held rates at 4.5%. Analysts expect the S&P 500
                to reach 6,500, and Goldman set a $250 price target on Tesla. Microsoft unveiled a $200 billion plan.
                In a survey, 62% of fund managers said there is a 70% chance of a cut.""";

        // When it is read, Then no figure comes out
        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void givesOffsetsInTheBodyAndReadsTheTldrWithoutThem() {
        // Given a Markdown body whose Sources section has numbers, and a tldr with one more figure
        String body = "### Stocks rally\nThe **S&P 500** rose 0.4% to 6,105.20.\n\n### Sources\n"
                + "- [Dow up 9%](https://example.com/dow-9)\n";
        List<String> tldr = List.of("The S&P 500 rose 0.4%.", "Gold fell 1%.");

        // When the article is read
        List<MarketFigure> figures = extractor.extract(body, tldr);

        // Then the body's figure points at its mention, the tldr adds only what the body lacks, Sources are ignored
        assertThat(figures).extracting(MarketFigure::subject).containsExactly("S&P 500", "Gold");
        MarketFigure sp = figures.get(0);
        assertThat(body.substring(sp.start(), sp.end())).isEqualTo("S&P 500** rose 0.4% to 6,105.20");
        assertThat(sp.sentence()).isEqualTo("The **S&P 500** rose 0.4% to 6,105.20.");
        assertThat(figures.get(1).start()).isNull();
        assertThat(figures.get(1).changePercent()).isEqualTo(-1.0);
    }

    @Test
    void keepsATldrFigureThatSaysMoreOrOtherwiseThanTheBody() {
        // Given a body with two moves, and a tldr that repeats one, adds a level to the other, and gives a third
        String body = "The Nikkei 225 rose 1.6% to 52,814.33. The yen weakened 0.5%.";
        List<String> tldr = List.of("The Nikkei 225 rose 1.6%.", "The yen weakened 0.5% to 153.42 per dollar.",
                "The Topix gained 1.1%.");

        // When the article is read
        List<MarketFigure> figures = extractor.extract(body, tldr);

        // Then the repeat is dropped, the richer and the new figures are kept
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::level).containsExactly(
                tuple("Nikkei 225", 52814.33), tuple("Japanese yen", null),
                tuple("Japanese yen", 153.42), tuple("Topix", null));
    }

    @Test
    void givesTheSameFiguresForTheSameText() {
        // Given a wrap, When it is read twice, Then the figures are equal
        String text = "The Stoxx 600 fell 0.5% to 512.4, and Brent slid 2% to $74.10 a barrel.";
        assertThat(extractor.extract(text)).isEqualTo(extractor.extract(text)).hasSize(2);
    }
}
