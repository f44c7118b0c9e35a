package dev.newsflow.enrich.figure.domain;

// Rows of the data tables and sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

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
            Germany's DAX .GDAXI rose 0.6% to 18,704.42.                      | DAX              | 0.6  | -     | 18704.42
            Shares of Nike Inc. NKE plunged 20% to $75.37.                    | Nike             | -20  | -     | 75.37
            That brought the S&P 500's year-to-date gain to 15.3%.            | S&P 500          | 15.3 | -     | -
            Tesla trimmed losses to 0.2% after the call.                      | Tesla            | -0.2 | -     | -
            The yen was trading 1.9% stronger at 157.20 per dollar.           | Japanese yen     | 1.9  | -     | 157.2
            The Nasdaq Composite ended 2023 with a 43.4% gain.                | Nasdaq Composite | 43.4 | -     | -
            Lululemon — Shares fell 2.3% after the retailer named a CEO.      | Lululemon        | -2.3 | -     | -
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
    void readsWireServiceCodesCurrenciesAndConjunctions() {
        // Given wire-style sentences: listing codes, prices in rupees and yen, a verb shared by two indices
        String text = """
                Tokyo Electron 8035.T slid 4.5% to 32,410 yen, and Advantest 6857.T lost 3.8%.
                Reliance Industries rose 1.8% to Rs 2,947.50. The two stocks helped lift the Nasdaq Composite COMP 2.0%                 and the S&P 500 SPX 1.0%.""";

        // When it is read, Then every figure has its subject, move, level and currency, and no code is a company
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::currency).containsExactly(
                tuple("Tokyo Electron", -4.5, 32410.0, "JPY"), tuple("Advantest", -3.8, null, null),
                tuple("Reliance Industries", 1.8, 2947.5, "INR"), tuple("Nasdaq Composite", 2.0, null, null),
                tuple("S&P 500", 1.0, null, null));
    }

    @Test
    void startsANewFigureAtASecondPredicateAndReadsPeriodsWrittenBeforeTheNumber() {
        // Given a record high then the latest price, and moves whose period is written before their number
        String text = """
                Bitcoin hit a record high of $94,002 and was last 1.2% higher at $92,600. Gold was headed for a weekly                 gain of 0.8%. Elsewhere, the Hang Seng dropped 0.9%, after losing 2.1% on Monday.""";

        // When it is read, Then the record (touched, then left) and the latest move are two figures, each with its
        // period
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::period).containsExactly(
                tuple("Bitcoin", null, 94002.0, Period.INTRADAY), tuple("Bitcoin", 1.2, 92600.0, null),
                tuple("Gold", 0.8, null, Period.WEEK), tuple("Hang Seng", -0.9, null, null),
                tuple("Hang Seng", -2.1, null, Period.PRIOR_SESSION));
    }

    @Test
    void readsMarkdownTablesByTheirHeaders() {
        // Given a post with a table of closes, point and percent moves, and a crypto table with 24-hour and 7-day moves
        String body = """
                ### Benchmarks at close

                | Index | Close | Change (pts) | Change (%) |
                |---|---|---|---|
                | Nifty 50 | 24,641.80 | -171.20 | -0.69 |
                | **Sensex** | 80,604.65 | -569.45 | -0.70 |
                | Total turnover | 1,234 | +5 | +0.4 |

                Top loser: **HDFC Bank**, down 2.4 pc at ₹1,603.15.

                | Coin | Price | 24h % | 7d % |
                |------|------:|------:|-----:|
                | ETH | $2,615.30 | +3.1% | ▼8.9% |
                """;

        // When it is read
        List<MarketFigure> figures = extractor.extract(body, List.of());

        // Then each named row gives its figures in reading order, an unknown row none, and the cells never read as text
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::changePoints,
                MarketFigure::level, MarketFigure::currency, MarketFigure::period).containsExactly(
                tuple("Nifty 50", -0.69, -171.2, 24641.8, null, null),
                tuple("Sensex", -0.7, -569.45, 80604.65, null, null),
                tuple("HDFC Bank", -2.4, null, 1603.15, "INR", null),
                tuple("Ether", 3.1, null, 2615.3, "USD", Period.OTHER),
                tuple("Ether", -8.9, null, null, null, Period.WEEK));
        MarketFigure sensex = figures.get(1);
        assertThat(body.substring(sensex.start(), sensex.end())).startsWith("Sensex");
        assertThat(sensex.sentence()).isEqualTo("| **Sensex** | 80,604.65 | -569.45 | -0.70 |");
    }

    @Test
    void readsATableAsGithubFlavoredMarkdownDoesRightAfterAParagraphAndWithoutOuterPipes() {
        // Given a table that starts on the line after a sentence, rows without outer pipes, a pipe escaped in a cell
        String body = """
                Europe's benchmarks at the close:
                Index | Close | Change (%)
                ---|---:|---:
                DAX | 18,512.40 | +0.42
                CAC 40 \\| Paris | 7,401.15 | -0.31

                The FTSE 100 fell 0.2% to 8,120.50.
                """;

        // When it is read
        List<MarketFigure> figures = extractor.extract(body, List.of());

        // Then each row gives its figures, the escaped pipe stays in its name, and the prose after the table is read
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple("DAX", 0.42, 18512.4), tuple("CAC 40", -0.31, 7401.15),
                        tuple("FTSE 100", -0.2, 8120.5));
    }

    @Test
    void readsRaggedTablesWithoutFailing() {
        // Given tables with short and long rows, empty cells, no numeric column, and a lone delimiter row
        String body = """
                | Gold | Close |
                |---|---|
                | Gold |
                | Gold | | 1.2% | 3 |
                | | 2,000 |

                | Name | Sector |
                |---|---|
                | Gold | Metals |
                |---|
                | Brent | 80.1 |
                """;

        // When it is read, Then nothing is made up from the broken rows, and the one full row is read
        assertThat(extractor.extract(body, List.of())).isEmpty();
        assertThat(extractor.extract("| Brent | Close |\n|--|--|\n| Brent | 80.1 |", List.of()))
                .extracting(MarketFigure::subject, MarketFigure::level).containsExactly(tuple("Brent crude", 80.1));
    }

    @Test
    void readsRatesDeskShorthand() {
        // Given a broker note quoting yields by tenor and futures by their codes
        String text = "UST 10s 4.21% (-3bp), 2s 3.98% (-4bp). Bund 10s 2.31% (+1bp). ES futures +0.3%, NQ +0.5%.";

        // When it is read, Then each yield has its level and basis-point move, each future is its index
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level,
                MarketFigure::changeBp, MarketFigure::changePercent).containsExactly(
                tuple("US 10-year Treasury yield", 4.21, -3.0, null),
                        tuple("US 2-year Treasury yield", 3.98, -4.0, null),
                tuple("German 10-year Bund yield", 2.31, 1.0, null), tuple("S&P 500", null, null, 0.3),
                tuple("Nasdaq 100", null, null, 0.5));
    }

    @Test
    void readsRespectivelyEachAndNumbersInWords() {
        // Given moves shared out with "respectively" and "each", hedged with "more than", written in words, and a time
        String text = """
                Germany's DAX and Britain's FTSE 100 declined 0.3% and 0.2%, respectively. UniCredit and BNP Paribas                 each gained 2.2%. The euro rose more than 1% to $1.1980 at 8:12 a.m. in London. Alibaba rose almost                 five percent, and the 10-year Treasury yield fell three basis points to 4.15%. Applied Materials Inc. AMAT                 jumped 8.2%.""";

        // When it is read, Then every instrument gets its own number, and the clock time is no level
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::changeBp, MarketFigure::level).containsExactly(
                tuple("DAX", -0.3, null, null), tuple("FTSE 100", -0.2, null, null),
                tuple("UniCredit", 2.2, null, null), tuple("BNP Paribas", 2.2, null, null),
                tuple("Euro", 1.0, null, 1.198), tuple("Alibaba", 5.0, null, null),
                tuple("US 10-year Treasury yield", null, -3.0, 4.15), tuple("Applied Materials", 8.2, null, null));
    }

    @Test
    void readsASecondMoveAfterAndWithItsOwnPeriod() {
        // Given a day's move and the week's in one clause
        String text = "Germany's DAX closed at a record 24,455.78, up 1.1% on the day and 2.9% for the week.";

        // When it is read, Then both are figures, the second over the week
        assertThat(extractor.extract(text)).extracting(MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period).containsExactly(tuple(1.1, 24455.78, null), tuple(2.9, null, Period.WEEK));
    }

    @Test
    void readsATreasurySymbol() {
        // Given a bot line quoting the 10-year yield by its symbol
        MarketFigure figure = extractor.extract("Rates: US10Y 4.19% (+3bp).").get(0);

        // Then it is the 10-year yield, with its level and basis-point move
        assertThat(figure.subject()).isEqualTo("US 10-year Treasury yield");
        assertThat(figure.level()).isEqualTo(4.19);
        assertThat(figure.changeBp()).isEqualTo(3.0);
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
                In a survey, 62% of fund managers said there is a 70% chance of a cut. The company said capital
                expenditures, including finance leases, rose 78% to $19 billion. Energy was the only one of the 11 S&P
                sectors to advance, up 0.4%. Apple, Microsoft and Amazon rose between 1% and 2%. "Every dip of 1% or
                more this year has been bought," a strategist said.""";

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
