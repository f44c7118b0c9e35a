package dev.newsflow.enrich.figure.domain;

// Rows of the data tables and sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How news outside the US house style writes its figures, and what the extractor makes of each. */
class WorldPhrasingsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Royal Caribbean steamed 4% higher after the results.              | Royal Caribbean     | 4     | -
            Standard Bank slipped 1.3% to R162.09 in Johannesburg.            | Standard Bank       | -1.3  | 162.09
            Brent fell 0.6%Bto $63.10 a barrel.                               | Brent crude         | -0.6  | 63.1
            The KSE-100 index gained 812.5 points or 0.82% to 100,540.29.     | KSE-100             | 0.82  | 100540.29
            Japan's benchmark index slid 1.1% to 38,210.55 on Friday.         | Nikkei 225          | -1.1  | 38210.55
            The DAX closed 0,4% higher at 18.432,10 points.                   | DAX                 | 0.4   | 18432.1
            Lloyds Banking Group was 0.8p higher at 51.4p.                    | Lloyds Banking Group | -    | 51.4
            Nestlé shares added 1.2% to CHF 78.40.                            | Nestle              | 1.2   | 78.4
            The rupee settled 12 paise lower at 83.25 against the dollar.    | Indian rupee        | -     | 83.25
            Kumba Resources edged 2.4% lower to R174 in afternoon trade.      | Kumba Resources     | -2.4  | 174
            Nifty Realty index has dropped 1.50% on the day.                  | Nifty Realty index  | -1.5  | -
            The NEPSE Index closed at 2,661.09 points, down 0.76 percent.     | NEPSE               | -0.76 | 2661.09
            Paytm closed at Rs 441.05 per share, down 2.49 per cent.          | Paytm               | -2.49 | 441.05
            The FTSE 100 index settled 98.3, or 1.9 per cent, lower at 5,017.7. | FTSE 100          | -1.9  | 5017.7
            The ASPI ended the day at 8,718.15. That is a 2.75 percent increase. | ASPI             | 2.75  | 8718.15
            The KSE-100 Index settled at 39,342.89 after a decline of 1.23%.  | KSE-100             | -1.23 | 39342.89
            The CAC 40 fell 1.2% to a new 13 month low.                       | CAC 40              | -1.2  | -
            The US dollar/Turkish lira exchange rate was at 19.0440.          | USD/TRY             | -     | 19.044
            Sui (SUI) was the session's biggest loser at -4.9%.               | Sui                 | -4.9  | -
            The NSE Oil and Gas Index posted the largest gain of 2.82 per cent. | NSE Oil and Gas Index | 2.82 | -
            In Lagos, the All-Share Index rose by 2.04 per cent to 91,896.97. | NGX All-Share Index | 2.04  | 91896.97
            Top gainers were PT Bank Negara Indonesia (BBNI), which rose 3.32 percent. | Bank Negara Indonesia | 3.32 | -
            Shares of Icelandic Salmon A/S fell 4.8%.                         | Icelandic Salmon    | -4.8  | -
            September corn climbed 2 ¼ cents to $4.20 ¼ a bushel.             | Corn                | -     | 4.2025
            Anglo American Platinum fell 1.4% to R369.48.                     | Anglo American Platinum | -1.4 | 369.48
            The SPDR S&P Regional Banking ETF (KRE) fell more than 1%.        | SPDR S&P Regional Banking ETF | -1 | -
            The SPDR Consumer Discretionary (XLY) fund gained 1.71%.          | SPDR Consumer Discretionary | 1.71 | -
            The 10-yr Aussie bond yield was trading at 2.936%.                | Australian 10-year government bond yield | - | 2.936
            Falling shares included Hallenstein Glasson, down 7c to $3.83.    | Hallenstein Glasson | -     | 3.83
            The Kospi faltered 0.8% to 2,510.20.                              | Kospi               | -0.8  | 2510.2
            Royal Bank of Scotland lost 39p at £14.36.                        | Royal Bank of Scotland | - | 14.36
            Atlantic Richfield dropped 1 to 55 7/8.                           | Atlantic Richfield  | -     | 55.875
            GVC Holdings is the biggest loser on the FTSE 100, with its shares down 2.3%. | GVC | -2.3 | -
            It was followed by Fauji Foods, which gained Rs 0.60 to close at Rs 11.47. | Fauji Foods | - | 11.47
            The benchmark VN-Index expanded 12.24 points, or 1.37%, to 903.97. | VN-Index          | 1.37  | 903.97
            The broader EGX 70 index went up by 1.68 per cent to register 2,195.49 points. | EGX70  | 1.68  | 2195.49
            Gold Fields lost 3.49% to R44.78.                                 | Gold Fields         | -3.49 | 44.78
            The Dow industrial average rose 0.22%.                            | Dow Jones Industrial Average | 0.22 | -
            Singtel closed seven cents or 1.6 per cent up at $4.44.           | Singtel             | 1.6   | 4.44
            Global Unichip Corp. climbed 5.5% to NT$1,340.                    | Global Unichip      | 5.5   | 1340
            Among banks, Hong Leong Bank rose 1.2% to RM19.50.                | Hong Leong Bank     | 1.2   | 19.5
            On the board, China Sports Industry jumped 10% to 29.33.          | China Sports Industry | 10  | 29.33
            Acme Widgets descended $3.90, or 7.54 per cent, to $47.85.        | Acme Widgets        | -7.54 | 47.85
            Dubai Investments mushroomed 1.8 per cent.                        | Dubai Investments   | 1.8   | -
            Trading slowed, dragged down by a 4.8% drop in lender Masraf Al Rayan. | Masraf Al Rayan | -4.8 | -
            Puregold was up 25 centavos to P50.                               | Puregold            | -     | 50
            The mining sector was volatile, with Kazakhmys closing 13p higher at 1126p. | Kazakhmys | -   | 1126
            Aggreko fell 5 1/2p to 147 1/2p.                                  | Aggreko             | -     | 147.5
            Travelers Group was up 1 3/1 6 at 55 1/8.                         | Travelers           | -     | 55.125
            The three-year rate fell five basis points to 2.66 percent.       | US 3-year Treasury yield | - | 2.66
            Ikeja Hotel, conversely, led the losers by 9.79 per cent to close at ₦8.11. | Ikeja Hotel | -9.79 | 8.11
            Gold opened in London at a bid price of $447 an ounce.            | Gold                | -     | 447
            The XYZ-Index, which is young, gained 8.5 points to 971.          | XYZ-Index           | -     | 971
            Shares in budget airline Flybe plunged 24.8% to 35.1p.            | Flybe               | -24.8 | 35.1
            Aviation services group BBA slipped 11p to 227p.                  | BBA                 | -     | 227
            Credit Suisse declined 1.33%.                                     | Credit Suisse       | -1.33 | -
            LME zinc futures rose by 1.4%, to $3,483 per ton.                 | Zinc                | 1.4   | 3483
            ANZ grew 24¢ to $26.06.                                           | ANZ                 | -     | 26.06
            DNex reduced two sen to RM1.19.                                   | DNex                | -     | 1.19
            The Canadian dollar averaged 73.85 cents US, down 0.2 of a US cent. | Canadian dollar   | -     | 73.85
            Brightwater Mills was up 3/8 to 41 1/4 in active trading.         | Brightwater Mills   | -     | 41.25
            Kestrel Foods fell 1 5/8, to 62, on the news.                     | Kestrel Foods       | -     | 62
            Budget carrier flyMore dropped 4.2% to 88.5p after the warning.   | flyMore             | -4.2  | 88.5
            Harmon led the gainers by 7.5 per cent to close at N12.40 per share. | Harmon           | 7.5   | 12.4
            At noon the Australian dollar was buying 64.12 US cents.          | Australian dollar   | -     | 64.12
            SOL/USDT climbed 4.1% to $142.30 in Asian hours.                  | Solana              | 4.1   | 142.3
            ETH/USD then eased to $2,918.40 as traders took profits.          | Ether               | -     | 2918.4
            Among the laggards, DOT shed 6.3% to $5.12 over the day.          | Polkadot            | -6.3  | 5.12
            In Toronto the loonie ended at 72.48 cents US, up 0.1 of a U.S. cent. | Canadian dollar | -   | 72.48
            The Lisbon Stock Exchange (LSX) main index rose 0.4% to 6,210.35. | Lisbon Stock Exchange main index | 0.4 | 6210.35
            The May 2020 Brent crude futures fell 9.3% to $45.3 per barrel.   | Brent crude         | -9.3  | 45.3
            US 10-year Treasury yields remain firmer around 1.34%.            | US 10-year Treasury yield | - | 1.34
            The Hang Seng index gained 47.01 points to end at 18, 713.41 points. | Hang Seng        | -     | 18713.41
            Dow: 13,982, -35.7, -0.2 percent                                  | Dow Jones Industrial Average | -0.2 | 13982
            With a one per cent increase, the ASPI ended the day at 5,038 points. | ASPI            | 1     | 5038
            The S&P 500 heightened 46.66 points, or 1.4%, to 3,380.35.        | S&P 500             | 1.4   | 3380.35
            DBS Group Holdings jumped 3.1 per cent to S$23.49.                | DBS                 | 3.1   | 23.49
            Solana has stolen the show again with a 9.5% increase in a day.   | Solana              | 9.5   | -
            Kirby Corporation was next, followed by ConvaTec, down 3.1% at 202.9p. | ConvaTec         | -3.1  | 202.9
            The ASPI closed at 9,163.13, up 165.53 points (1.84%) compared to yesterday's trading. | ASPI | 1.84 | 9163.13
            Nasdaq plunged 178.66 points, or 7.23 per cent, to a 22-month closing low of 2,291.86. | Nasdaq Composite | -7.23 | 2291.86
            Local bourse operator KLOX went up 1.0 percent at 207.80.         | KLOX                | 1.0   | 207.8
            Shipping group Varnel moved down 4.3%.                            | Varnel              | -4.3  | -
            Banknote printer De La Varne saw its shares tumble 5.8% to 475p.  | De La Varne         | -5.8  | 475
            Traders sold Capitol, which saw a fall of 12.5% to 407.9p.        | Capitol             | -12.5 | 407.9
            """)
    void readsEachPhrasing(String text, String subject, Double percent, Double level) {
        // Given a sentence with one market figure, When it is read
        List<MarketFigure> figures = extractor.extract(text.replace("%Bto", "%\nto"));

        // Then the figure has its subject, signed move and level
        assertThat(figures).extracting(MarketFigure::subject, MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(subject, percent, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Dow lost 384.62 points, or 4.8 percent, this week.          | WEEK
            The S&P 500 rose 0.75%, so far this week.                       | WEEK
            The rupee dropped to 71.90 during the trading.                  | INTRADAY
            The DAX hit a daily low of 15,665.29.                           | INTRADAY
            The NEPSE Index fell 0.76 percent from the previous day's close. | -
            The NEPSE index began the trading day at 2,706.73 points.       | INTRADAY
            By midday the Nikkei 225 had fallen 4.4% to 15,429.97.          | -
            The Dow has fallen 850 points, or 9.1 percent, in the past 12 trading days. | OTHER
            The Kospi had already fallen 5.8% on Monday.                    | PRIOR_SESSION
            The won closed at 1,156.20, up 6.10 won from the previous session's close. | -
            The Hang Seng plunged 10.41 percent to a 19-month low of 10,426.30. | -
            The Sensex shuttled between 10,778.11 and 10,171.91 points.     | INTRADAY
            After rising 0.7 per cent this morning, the FTSE 100 is around 9,414 points. | -
            """)
    void readsThePeriodWrittenAfterTheNumber(String text, MarketFigure.Period period) {
        // Given a move or level whose period is written after it, When it is read
        List<MarketFigure> figures = extractor.extract(text);

        // Then each figure has that period
        assertThat(figures).isNotEmpty().extracting(MarketFigure::period).containsOnly(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi was last at 1,678.80 on Aug 25, 2024.                   | 1678.8   | OTHER
            On Sept. 23, 2019 the Kospi was at 2,000.                         | 2000     | OTHER
            The Kospi closed at 2,310.5 on March 3, 2021.                     | 2310.5   | OTHER
            Silver rose 2% to $31.20, after touching an all-time high of $35.10 on 3rd March. | 35.1 | OTHER
            The Kospi gained 0.15% to 2,241.95 points on May 6, its highest since April 2. | 2241.95 | -
            """)
    void aLevelDatedToADayOfAMonthIsOfAnotherTimeWhenAVerbAYearOrARecordSaysSo(String text, double level,
            MarketFigure.Period period) {
        // Given a level dated to a day of a month: by a verb, a year, or as a record; or a day's move that names its date
        List<MarketFigure> figures = extractor.extract(text);

        // When it is read, Then the dated level is of another time, and the dated move of the day is the latest
        assertThat(figures).filteredOn(f -> f.level() != null && f.level() == level)
                .extracting(MarketFigure::period).containsExactly(period);
    }

    @Test
    void aMoveOutsideTradingHoursIsTheLatestSessionsAndTakesNoCloseOfTheDayBefore() {
        // Given moves before the open, after the close and over a coin's last day, then a close the text dates earlier
        String text = "Orvane Labs jumped 12% in premarket trading after its results. Kestrel Foods slid 4.5% in"
                + " extended trading. Solana was up 3% over the past 24 hours. Shares of Tamsin Retail rose 4%"
                + " before the bell on Thursday. The stock closed at $52.10 on Wednesday.";

        // When it is read, Then each move is the latest session's, and the close stays a figure of its own
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("Orvane Labs", 12.0, null, null), tuple("Kestrel Foods", -4.5, null, null),
                        tuple("Solana", 3.0, null, null), tuple("Tamsin Retail", 4.0, null, null),
                        tuple("Tamsin Retail", null, 52.1, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            On Monday the rupee had ended 11 paise higher at 83.20 against the dollar. | PRIOR_SESSION
            The Kospi had closed down 23.7 points, or 0.9 per cent, at 2,588.9 on Thursday. | PRIOR_SESSION
            The Kospi closed down 23.7 points at 2,588.9.                     | -
            By late afternoon the Kospi had closed 1.2% higher.               | -
            """)
    void aCloseToldInThePastPerfectIsAnEarlierSessionsUnlessTheClauseGivesTheTimeOfDay(String text,
            MarketFigure.Period period) {
        // Given a close told with "had", or without it, or by a time of the day
        List<MarketFigure> figures = extractor.extract(text);

        // When it is read, Then the close with "had" alone is the session before's
        assertThat(figures).isNotEmpty().extracting(MarketFigure::period).containsOnly(period);
    }

    @Test
    void aMoveToldAsANounOfAnEarlierDayIsThePreviousSessions() {
        // Given today's moves beside moves told as nouns, dated by a weekday or "yesterday"
        String text = "The Kospi retreated 1.8 per cent, wiping out Sunday's 0.4 per cent gain. The Hang Seng climbed"
                + " 1.6 per cent, adding to a 0.6 per cent advance on Monday. Dealers said yesterday's 0.7% rise in"
                + " EUR/GBP held. The Taiex rose 1.1% on Friday.";

        // When it is read, Then the dated nouns are the previous session's, and a verb's move on a weekday the latest
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Kospi", -1.8, null), tuple("Kospi", 0.4, MarketFigure.Period.PRIOR_SESSION),
                        tuple("Hang Seng", 1.6, null), tuple("Hang Seng", 0.6, MarketFigure.Period.PRIOR_SESSION),
                        tuple("EUR/GBP", 0.7, MarketFigure.Period.PRIOR_SESSION), tuple("Taiex", 1.1, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The Kospi closed the week at 2,002.70, up 33.68 points (1.71%).   | WEEK
            The Taiex finished the month 3.2% higher.                         | MONTH
            Copper ended the year at $8,540 a tonne.                          | YEAR
            Ending the week, the Kospi slipped 0.4%.                          | WEEK
            The Kospi closed the session 0.4% lower.                          | -
            """)
    void aCloseOfAWeekMonthOrYearGivesItsPeriod(String text, MarketFigure.Period period) {
        // Given a close of a span of time told by a closing verb before the span
        List<MarketFigure> figures = extractor.extract(text);

        // When it is read, Then the figure is of that span; a session's close is the latest
        assertThat(figures).isNotEmpty().extracting(MarketFigure::period).containsOnly(period);
    }

    @Test
    void aCurrencyNamedBareIsTheOneOfTheMarketTheTextIsAbout() {
        // Given a Manila market report that names the peso without its country
        String text = "The PSEi ended 65.57 points higher at 5,967. The peso closed at P48.54 against the US dollar.";

        // When it is read, Then the peso is the Philippine peso, not the Mexican one
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("PSEi", 5967.0), tuple("Philippine peso", 48.54));
    }

    @Test
    void aReferenceGoesToTheInstrumentNamedBeforeNotTheHomeIndex() {
        // Given an oil report that refers back to Brent as "the international benchmark"
        String text = "Brent crude traded at around $24 per barrel on Tuesday. At 0620 GMT the international benchmark"
                + " was trading at $24.80 per barrel, a 2.66% decline.";

        // When it is read, Then both figures are Brent's
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Brent crude", null, 24.0), tuple("Brent crude", -2.66, 24.8));
    }

    @Test
    void aLevelInPointsComparedWithThePreviousSessionIsThatSessionsAndTheMoveAfterItIsTheClosesOwn() {
        // Given a close, the previous session's level in points, then the day's move
        String text = "The KSE-100 index closed at 188,621.78 points, compared with 187,761.69 points in the previous"
                + " session, a rise of 0.46 percent.";

        // When it is read, Then the move belongs to the close, and the earlier level is the previous session's
        assertThat(extractor.extract(text)).extracting(MarketFigure::changePercent, MarketFigure::level,
                MarketFigure::period)
                .containsExactly(tuple(0.46, 188621.78, null),
                        tuple(null, 187761.69, MarketFigure.Period.PRIOR_SESSION));
    }

    @Test
    void aGappedItemAfterAPlacesPossessiveTakesTheVerbBeforeIt() {
        // Given a list whose later items leave out the verb, each after its country's possessive
        String text = "In Europe, the FTSE 100 added 0.62%, France's CAC 40 0.65% and Germany's DAX 0.57%.";

        // When it is read, Then every index has its rise
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("FTSE 100", 0.62), tuple("CAC 40", 0.65), tuple("DAX", 0.57));
    }

    @Test
    void aRespectivelyListOfDescribedOrUnknownNamesGivesEachNameItsNumbers() {
        // Given lists whose names the lexicon may not know, some described first, one with prices in parentheses
        String text = "Steel maker Orvala, builder Kestrel Homes and the lender Quillon Bank rose 1.4%, 2.6% and 0.3%"
                + " respectively. On the losers' side, Ardent, Miro Foods and Tallis & Co shed 4 per cent each to"
                + " close at N12.10, N3.45 and N7.80 per share, respectively. Brakwater and Linden Mills climbed"
                + " 2.5 percent and 1.9 percent, closing at LE14.30 ($0.46) and LE8.15 ($0.26) respectively.";

        // When it is read, Then each listed name has its own move and price, signed by the verb or the losers' list
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Orvala", 1.4, null), tuple("Kestrel Homes", 2.6, null),
                        tuple("Quillon Bank", 0.3, null), tuple("Ardent", -4.0, 12.1), tuple("Miro Foods", -4.0, 3.45),
                        tuple("Tallis", -4.0, 7.8), tuple("Brakwater", 2.5, 14.3), tuple("Linden Mills", 1.9, 8.15));
    }

    @Test
    void aSectorGaugeNamedInLowercaseIsAFigureOfItsOwnButASectorOrAPriceIndexIsNot() {
        // Given a report naming sector gauges in lowercase, a sector without "index", and a price index
        String text = "Orvala Mining rose 3.3%, pulling the mining index up 1.4 per cent. The exchange's banks index"
                + " slumped 5.1%. The tech sector rose 1%. The consumer price index rose 0.3% in March.";

        // When it is read, Then each gauge has its move, and the sector and the price index give none
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Orvala Mining", 3.3), tuple("mining index", 1.4), tuple("banks index", -5.1));
    }

    @Test
    void twoIndicesWithWhereTheyTradeShareARespectivelyListAndItsVerbsSign() {
        // Given two indices, the first with the exchange it trades on, and a "respectively" list
        String text = "The HNX-Index on the Hanoi Stock Exchange and the UPCoM-Index for unlisted companies rose by"
                + " 0.75 percent and 1.01 percent respectively. The EGX70 index and the EGX100 index both ended the"
                + " session lower, by 1.18% at 12,092.04 points and by 1.28% at 16,096.38, respectively.";

        // When it is read, Then each index has its own move, signed by the verb before the list
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("HNX-Index", 0.75, null), tuple("UPCoM-Index", 1.01, null),
                        tuple("EGX70", -1.18, 12092.04), tuple("EGX100", -1.28, 16096.38));
    }

    @Test
    void theShareOrTheDaysHighSpeaksOfTheLastInstrumentNamed() {
        // Given sentences that name no instrument, after one that does
        String text = "Stellantis reported results. Its share rose 4.10% to 17.05 euros. WTI crude rose 1% to"
                + " $53.10. The day's high reached $54.42.";

        // When it is read, Then the share is Stellantis's and the day's high is oil's, of the session
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level,
                MarketFigure::period)
                .containsExactly(tuple("Stellantis", 17.05, null), tuple("WTI crude", 53.1, null),
                        tuple("WTI crude", 54.42, MarketFigure.Period.INTRADAY));
    }

    @Test
    void barePricesAtAClausesStartAreThoseOfTheCommodityNamedBefore() {
        // Given an oil report whose second sentence speaks of "prices"
        String text = "WTI crude rose 2%. Just a day earlier, prices surged 3.1% to settle at $52.22 a barrel.";

        // When it is read, Then both moves are WTI's, the second of the session before
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("WTI crude", 2.0, null),
                        tuple("WTI crude", 3.1, MarketFigure.Period.PRIOR_SESSION));
    }

    @Test
    void aCloseTheTextDatesBeforeTheLatestIsThePreviousSessions() {
        // Given an opening level with the previous close in parentheses, and a price after the day it ended at
        String text = "Sensex opened at 65,598.65 (previous close: 65,344.17). NYMEX natural gas is down to $2.2 per"
                + " MMBtu, after ending Friday at $2.23.";

        // When it is read, Then each earlier close is the previous session's
        assertThat(extractor.extract(text)).extracting(MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple(65598.65, MarketFigure.Period.INTRADAY),
                        tuple(65344.17, MarketFigure.Period.PRIOR_SESSION), tuple(2.2, null),
                        tuple(2.23, MarketFigure.Period.PRIOR_SESSION));
    }

    @Test
    void theAgentsOfAPassiveShareNoMoveWithTheSubjectAfterThem() {
        // Given companies after "led by", then a clause with its own subject and verb
        String text = "Germany's DAX rose 1.1% to 25,140.72, led by Siemens and Infineon, and France's CAC 40 added"
                + " 0.8% to 8,236.14. Gains were led by Nvidia and AMD, which rose 5% and 3% respectively.";

        // When it is read, Then the CAC 40's move is its own, and agents with their own moves keep them
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("DAX", 1.1), tuple("CAC 40", 0.8), tuple("Nvidia", 5.0),
                        tuple("Advanced Micro Devices", 3.0));
    }

    @Test
    void aListWithAnOxfordCommaSharesItsMoveWithEveryName() {
        // Given three indices listed with commas before the move they share
        String text = "The Dow, S&P, and Nasdaq are down about 6%.";

        // When it is read, Then each has the move; the middle one is no aside
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Dow Jones Industrial Average", -6.0), tuple("S&P 500", -6.0),
                        tuple("Nasdaq Composite", -6.0));
    }

    @Test
    void aListOfCompaniesInNoListSharesItsMovesRespectively() {
        // Given three companies in no list, listed at the start of a sentence
        String text = "Acme Foods, Borealis Mills and Cobalt Steel rose 1%, 2% and 3% respectively.";

        // When it is read, Then each has its own move
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Acme Foods", 1.0), tuple("Borealis Mills", 2.0), tuple("Cobalt Steel", 3.0));
    }

    @Test
    void aYieldWithoutItsCountryAfterOneWithItIsTheSameCountrys() {
        // Given Australian yields, the country named on the first only
        String text =
                "The yield on Australia's benchmark 10-year note rose 2-1/2 basis points to 2.653 percent, and the"
                + " yield on the short-term 2-year climbed 3 basis points to 2.066 percent.";

        // When it is read, Then both yields are Australia's
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level).containsExactly(
                tuple("Australian 10-year government bond yield", 2.653),
                tuple("Australian 2-year government bond yield", 2.066));
    }

    @Test
    void inlineBulletsAreItemsOfTheirOwn() {
        // Given a rates desk's line of yields separated by bullets
        String text = "• 2 year yield 3.660%, +1.4 basis points • 5-year yield 3.460%, +1.4 basis points";

        // When it is read, Then each yield has its own level and move
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level,
                MarketFigure::changeBp).containsExactly(tuple("US 2-year Treasury yield", 3.66, 1.4),
                tuple("US 5-year Treasury yield", 3.46, 1.4));
    }

    @Test
    void aMoveToldAsTheOneSinceWhichIsOfAnotherTime() {
        // Given a move compared with an older one, "since" a past fall
        String text = "The Shanghai Composite tumbled 8.8%, its biggest decline since it fell by 8.9% on February 18.";

        // When it is read, Then the older move is of another time
        assertThat(extractor.extract(text)).extracting(MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple(-8.8, null), tuple(-8.9, MarketFigure.Period.OTHER));
    }

    @Test
    void aYieldsRecordHighIsItsLevel() {
        // Given a yield that rose to a high of several months
        String text = "The 10-year Treasury yield surged to a 4-month high of 3.0220 percent.";

        // When it is read, Then the percentage is the yield's level, not a move
        assertThat(extractor.extract(text)).extracting(MarketFigure::changePercent, MarketFigure::level)
                .containsExactly(tuple(null, 3.022));
    }

    @Test
    void kInASentenceThatPricesInNairaIsKobo() {
        // Given a Lagos report with a naira price and one in kobo
        String text = "Ikeja Hotel lost 9.79 per cent to close at ₦8.11, while Royalex fell 9.78 per cent to close"
                + " at 83k.";

        // When it is read, Then 83k is 0.83 naira, not 83,000
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Ikeja Hotel", 8.11), tuple("Royalex", 0.83));
    }

    @Test
    void twoCompaniesShareTwoListsOfNumbersRespectively() {
        // Given two companies in no list, with their moves and their closing prices written as two lists
        String text = "Sapphire Textile Mills and Shield Corporation were the top gainers, increasing by Rs 20.00 and"
                + " Rs 19.99 respectively to close at Rs 1350.00 and Rs 294.99.";

        // When it is read, Then each company has its own closing price, in the order written
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Sapphire Textile Mills", 1350.0), tuple("Shield", 294.99));
    }

    @Test
    void aListOfLosersSignsTheNumbersItListsWithoutOne() {
        // Given a list of losers whose items carry no sign
        String text = "Top losers on the index:\n- Acme Foods: 2.1 per cent\n- Borealis Mills (1.4%)";

        // When it is read, Then each item is a fall
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Acme Foods", -2.1), tuple("Borealis Mills", -1.4));
    }

    @Test
    void aYieldWithoutItsCountryIsTheMarketTheTextIsAbout() {
        // Given an Indian market report that names the 10-year yield without a country
        String text = "The Sensex fell 0.4% on Tuesday. The benchmark 10-year bond yield rose 3 basis points to 7.12%,"
                + " while the rupee weakened to 83.40 against the dollar.";

        // When it is read, Then the yield is India's and the local currency is the rupee
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("Sensex", null), tuple("Indian 10-year government bond yield", 7.12),
                        tuple("Indian rupee", 83.4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The baht closed at 36.42 per dollar, from Monday's 36.58.               | Thai baht    | 36.58    | PRIOR_SESSION
            The Canadian dollar was trading at 73.10 cents US, up from Friday's average price of 72.85 cents US. | Canadian dollar | 72.85 | PRIOR_SESSION
            The Kospi rose 12 points to 2,604.1, compared with yesterday's level of 2,592.1. | Kospi | 2592.1  | PRIOR_SESSION
            The Kospi rose 0.5% to 2,604.1, up from the previous session's close of 2,591.3 points. | Kospi | 2591.3 | PRIOR_SESSION
            The Taiex gained 1.2% to 21,400.5 after moving between 21,120.4 and 21,466.9. | Taiex   | 21120.4  | INTRADAY
            The Taiex gained 1.2% to 21,400.5 after moving between 21,120.4 and 21,466.9. | Taiex   | 21466.9  | INTRADAY
            The Hang Seng slipped 30 points to 17,400.2, after trading between a day low of 17,310.6 and a day high of 17,502.8.        | Hang Seng | 17502.8 | INTRADAY
            The BIST 100 rose 1.1% to 9,870.3 after it reached a minimum of 9,702.5.     | BIST 100     | 9702.5   | INTRADAY
            The rupee ended at 83.10, having moved in a range of 83.02-83.21 against the dollar. | Indian rupee | 83.21 | INTRADAY
            """)
    void aLevelSetAgainstAnEarlierDayOrTheSessionsRangeIsAFigureOfThatTime(String text, String subject, double level,
            MarketFigure.Period period) {
        // Given a latest figure with a level of the session before (named by its day) or of the session's range
        List<MarketFigure> figures = extractor.extract(text);

        // When it is read, Then that level is a figure of its own, of its subject and its time
        assertThat(figures).filteredOn(f -> f.level() != null && f.level() == level)
                .extracting(MarketFigure::subject, MarketFigure::period).containsExactly(tuple(subject, period));
    }

    @Test
    void aCurrencyAnotherIsQuotedOnOrToIsNoFigure() {
        // Given currencies quoted "on the dollar", "on the yen" and "to a dollar", with levels of other moments after
        String text = "Sterling was up 0.2% on the dollar at $1.2710, and the euro fell 0.1% on the yen to 163.20."
                + " The rupee opened at 83.41 to a dollar, against the previous close of 83.47, and moved between"
                + " 83.38 and 83.52 during the day.";

        // When it is read, Then every figure is the quoted currency's, none the currency it is quoted in
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("British pound", 0.2, 1.271, null), tuple("Euro", -0.1, 163.2, null),
                        tuple("Indian rupee", null, 83.41, MarketFigure.Period.INTRADAY),
                        tuple("Indian rupee", null, 83.47, MarketFigure.Period.PRIOR_SESSION),
                        tuple("Indian rupee", null, 83.38, MarketFigure.Period.INTRADAY),
                        tuple("Indian rupee", null, 83.52, MarketFigure.Period.INTRADAY));
    }

    @Test
    void aCompanyDescribedBetweenCommasBeforeItsMoveIsTheSubjectOfThatMove() {
        // Given companies the lexicon does not know, each followed by an aside (a relative clause, an appositive) and
        // only then by its move; and a noun at a sentence's start with a relative clause, which is no company
        String text = "Drinks maker Tovala, which said on Monday it would raise prices, added 2.1 percent to 38.50"
                + " pesos. Kowloon Terrace fell 0.3 percent to 21.40 HK dollars, and Harbour Crest Holding, a developer"
                + " controlled by tycoon Lee Ka-ming, rose 1.4 percent to 52.20 HK dollars. Revenue, which rose 12%"
                + " last year, fell 3% in the quarter.";

        // When it is read, Then each move is the described company's, not the one named before it
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Tovala", 2.1, 38.5), tuple("Kowloon Terrace", -0.3, 21.4),
                        tuple("Harbour Crest", 1.4, 52.2));
    }

    @Test
    void laterNamesOfAListShareTheVerbLeftOutBeforeTheirNumbers() {
        // Given lists whose later names have a number but no verb of their own, after "by" or a hedge
        String text = "Zinc slumped by 2.2% and nickel by 1.6%, to $16,410 a tonne. The Kospi gained 1.4% to 2,611.30,"
                + " and the Taiex by about 0.9%, to 21,480.15.";

        // When it is read, Then each later name takes the earlier verb's sign with its own numbers
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Zinc", -2.2, null), tuple("Nickel", -1.6, 16410.0),
                        tuple("Kospi", 1.4, 2611.3), tuple("Taiex", 0.9, 21480.15));
    }

    @Test
    void laterNamesOfAListShareTheVerbBeforeTheirPointsAndPercentages() {
        // Given a list whose later names give bare points and, after "or", a percentage, under a period heading; and
        // one whose later name gives a change in money and its price
        String text = "Over the week the Kospi slid 61.08, or 2.3 percent, the Taiex 212.40, or 1.0 percent, and the"
                + " Nikkei 402.5, or 1.1 percent. Rio Tinto slipped 9p to 4,810p and Glencore 6.5p to 371.2p.";

        // When it is read, Then each name has the earlier verb's sign on its numbers, and the week its heading gives
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePoints,
                MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple("Kospi", -61.08, -2.3, MarketFigure.Period.WEEK),
                        tuple("Taiex", -212.4, -1.0, MarketFigure.Period.WEEK),
                        tuple("Nikkei 225", -402.5, -1.1, MarketFigure.Period.WEEK),
                        tuple("Rio Tinto", -9.0, null, null), tuple("Glencore", -6.5, null, null));
    }

    @Test
    void aMoveOverALongerSpanIsAFigureOfThatSpan() {
        // Given the day's move told with moves over longer spans: a second verb, "and", a period after a year, a
        // list of spans
        String text = "The Taiex climbed 35 points to 21,480, shedding 6 per cent on the year. Nickel slid 1.2% to"
                + " $16,410 and 9% this year. Infosys shares have advanced 7.5% since the start of 2024 and 18% over"
                + " the past 52 weeks. The Jakarta Composite has risen 0.8% over the past month and 4.1% over the past"
                + " year, and Unilever is off 12.5% across 2024 to date. Solana fell 4% in the past 24 hours and 11%"
                + " in the last 7 days.";

        // When it is read, Then each longer move is a figure of its own, with its period
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("Taiex", null, 21480.0, null),
                        tuple("Taiex", -6.0, null, MarketFigure.Period.YTD),
                        tuple("Nickel", -1.2, 16410.0, null), tuple("Nickel", -9.0, null, MarketFigure.Period.YTD),
                        tuple("Infosys", 7.5, null, MarketFigure.Period.YTD),
                        tuple("Infosys", 18.0, null, MarketFigure.Period.YEAR),
                        tuple("Jakarta Composite", 0.8, null, MarketFigure.Period.MONTH),
                        tuple("Jakarta Composite", 4.1, null, MarketFigure.Period.YEAR),
                        tuple("Unilever", -12.5, null, MarketFigure.Period.YTD), tuple("Solana", -4.0, null, null),
                        tuple("Solana", -11.0, null, MarketFigure.Period.WEEK));
    }

    @Test
    void aMoveAfterAClosedSpanOrOverSomeMonthsIsOfThatSpan() {
        // Given a session's move, then the move a closing verb gives the week "with", one over some months, one "on
        // the month" and one over five trading days
        String text = "Platinum dipped 0.4% on Friday and closed the week with a loss of 3.1%. The Set index finished the"
                + " year with gains of 18 percent. Wipro has slumped 22% over the past six months. The rand firmed 0.2%"
                + " on the day and 2.6% on the month, and Sasol has climbed 7% over the past five trading days.";

        // When it is read, Then each move has its span
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Platinum", -0.4, null), tuple("Platinum", -3.1, MarketFigure.Period.WEEK),
                        tuple("SET Index", 18.0, MarketFigure.Period.YEAR),
                        tuple("Wipro", -22.0, MarketFigure.Period.OTHER), tuple("South African rand", 0.2, null),
                        tuple("South African rand", 2.6, MarketFigure.Period.MONTH),
                        tuple("Sasol", 7.0, MarketFigure.Period.WEEK));
    }

    @Test
    void aMoveToldAsStandingAfterALongerSpanIsOfThatSpan() {
        // Given a move over the year, then another name's move told as where it stands; a move after a week's, both
        // told by a past verb; and a move with a day of its own after a week's
        String text = "The Hang Seng has gained 14.2% so far this year, while the Kospi is up 9.6%. The Sensex added"
                + " 1.1% this week, and the Nifty 50 slipped 0.3%. The Taiex rose 2.4% this week, while the Topix"
                + " fell 0.5% on Friday.";

        // When it is read, Then the standing move shares the year, the sibling clause the week, the dated move is the
        // session's
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Hang Seng", 14.2, MarketFigure.Period.YTD),
                        tuple("Kospi", 9.6, MarketFigure.Period.YTD), tuple("Sensex", 1.1, MarketFigure.Period.WEEK),
                        tuple("Nifty 50", -0.3, MarketFigure.Period.WEEK), tuple("Taiex", 2.4, MarketFigure.Period.WEEK),
                        tuple("Topix", -0.5, null));
    }

    @Test
    void indicesOfTheWorldsExchangesAreKnownFromTheReferenceListingWithoutTheirHeadWord() {
        // Given local indices named without "Index" after them, which only the listing of the world's exchanges'
        // indices (world-indices.txt) names: a FTSE index of a local exchange, Tel Aviv's numbered indices, an
        // African regional benchmark and an exchange's all-share index
        String text = "The FTSE CSE Morocco All-Liquid edged up 0.15% to 9,140.20, and the MADEX shed 0.2%."
                + " The Tel Aviv 90 added 1.1% to 2,310.08, while the Tel Aviv 125 lost 0.3%."
                + " The BRVM 10 ended 0.2% higher at 160.50 and the Oslo All Share fell 0.6%.";

        // When it is read, Then each index is named as the text names it, with its own move
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("FTSE CSE Morocco All-Liquid", 0.15, 9140.2), tuple("MADEX", -0.2, null),
                        tuple("Tel Aviv 90", 1.1, 2310.08), tuple("Tel Aviv 125", -0.3, null),
                        tuple("BRVM 10", 0.2, 160.5), tuple("Oslo All Share", -0.6, null));
    }

    @Test
    void theHomeExchangesOwnIndicesAreKnownByTheirOwnWordsInATextAboutThatMarket() {
        // Given a text about the Philippine market naming its exchange's indices without the exchange's acronym, the
        // sectors with a parenthesized move; and a text about Qatar naming its exchange's sector indices
        String manila = "Philippine shares firmed on Tuesday. The PSEi gained 0.5% to 6,410.22 and the All Shares index"
                + " rose 0.3% to 3,701.05. Among the sectors, Services (up 0.6%) and Property (down 0.2%) moved apart.";
        String doha = "In Doha, the Telecoms index shed 0.8% and the Real Estate index added 0.4%, while property"
                + " developers rose.";

        // When each is read, Then every index of the home exchange has its own move
        assertThat(extractor.extract(manila)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("PSEi", 0.5, 6410.22), tuple("All Shares", 0.3, 3701.05),
                        tuple("Services", 0.6, null), tuple("Property", -0.2, null));
        assertThat(extractor.extract(doha)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Telecoms", -0.8), tuple("Real Estate", 0.4));
    }

    @Test
    void aFigureOfTheSessionsEarlyHoursIsIntradayWhenALaterOneIsTold() {
        // Given early-hour figures of instruments whose close is told too (before or after the name, in the past
        // perfect), and early-hour figures of instruments with no later figure
        String text = "In early trading the Kospi rose 31 points to 2,642.10. The Kospi closed up 12.40 points at"
                + " 2,623.50. The Taiex was up 0.6% in morning trade. The Nifty 50, which had lost 90 points in the"
                + " early stage, ended 35 points higher at 22,410.75. Earlier in the day the Hang Seng rose 0.4%.";

        // When it is read, Then an early figure is intraday beside a later one, and the latest when it is alone
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePoints,
                MarketFigure::changePercent, MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("Kospi", 31.0, null, 2642.1, MarketFigure.Period.INTRADAY),
                        tuple("Kospi", 12.4, null, 2623.5, null), tuple("Taiex", null, 0.6, null, null),
                        tuple("Nifty 50", -90.0, null, null, MarketFigure.Period.INTRADAY),
                        tuple("Nifty 50", 35.0, null, 22410.75, null), tuple("Hang Seng", null, 0.4, null, null));
    }

    @Test
    void aLevelReachedBeforeTheLatestFigureIsIntraday() {
        // Given levels reached "after" a verb, behind the latest figure of the same instrument; and one dated to a day
        String text = "Platinum fell $12 to $981.40, after hitting a new low of $975.20. The 10-year Treasury yield"
                + " slipped to 4.18%, after rising to 4.25%. Copper rose 1.1% to $9,420, after reaching a record of"
                + " $9,610 on Monday.";

        // When it is read, Then the levels reached in the session are intraday, the dated one is not
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level,
                MarketFigure::period)
                .containsExactly(tuple("Platinum", 981.4, null),
                        tuple("Platinum", 975.2, MarketFigure.Period.INTRADAY),
                        tuple("US 10-year Treasury yield", 4.18, null),
                        tuple("US 10-year Treasury yield", 4.25, MarketFigure.Period.INTRADAY),
                        tuple("Copper", 9420.0, null), tuple("Copper", 9610.0, null));
    }

    @Test
    void aFigureDatedToADayBeforeTheOneReportedIsThePriorSession() {
        // Given a report of Thursday that dates other moves to Wednesday and Tuesday, and one measured from Monday
        String text = "The Kospi fell 1.2% to 2,588.40 on Thursday, while the Taiex added 0.3%. The Kospi gained 0.6%"
                + " on Wednesday. On Tuesday the Taiex slipped 0.9%. Zinc rose 2% from Monday's close to $2,810.";

        // When it is read, Then the moves of the days before are the prior session's, the others the latest
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Kospi", -1.2, null), tuple("Taiex", 0.3, null),
                        tuple("Kospi", 0.6, MarketFigure.Period.PRIOR_SESSION),
                        tuple("Taiex", -0.9, MarketFigure.Period.PRIOR_SESSION), tuple("Zinc", 2.0, null));
    }

    @Test
    void aMoveInThePastPerfectIsThePriorSessionOnlyWhenDatedToADay() {
        // Given moves told in the past perfect: one with a time of the afternoon before it, one with no time, one
        // dated to a day
        String text = "Shortly after 2pm the Taiex had slipped 0.8% to 21,310.40. The yen had firmed 0.3% to 151.20"
                + " per dollar. The Kospi had dropped 1.9% on Tuesday.";

        // When it is read, Then only the dated move is the prior session's
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Taiex", -0.8, null), tuple("Japanese yen", 0.3, null),
                        tuple("Kospi", -1.9, MarketFigure.Period.PRIOR_SESSION));
    }

    @Test
    void aMoveOvernightIsTheLatestSessionOfItsOwnMarket() {
        // Given an Asian morning report of Wall Street's and a metal's moves "overnight"
        String text = "Overnight on Wall Street, the Nasdaq Composite rose 0.8% to 18,240.55. Nickel climbed 1.4%"
                + " overnight to $17,210 a tonne.";

        // When it is read, Then each is the latest session of its market, no session before
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level, MarketFigure::period)
                .containsExactly(tuple("Nasdaq Composite", 0.8, 18240.55, null), tuple("Nickel", 1.4, 17210.0, null));
    }

    @Test
    void aSpanBeforeAReferenceBackIsThePeriodOfItsMove() {
        // Given a day's close, then the moves of a span told before a reference back to the same index
        String text = "The Nikkei closed up 0.9 per cent at 38,600.2. Over the year the benchmark rose 16 percent. For"
                + " the week, the index gained 140 points.";

        // When it is read, Then the span's moves are figures of their own, with the span's period
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePoints,
                MarketFigure::changePercent, MarketFigure::period)
                .containsExactly(tuple("Nikkei 225", null, 0.9, null),
                        tuple("Nikkei 225", null, 16.0, MarketFigure.Period.YEAR),
                        tuple("Nikkei 225", 140.0, null, MarketFigure.Period.WEEK));
    }

    @Test
    void aHighFollowedByALongerSpanIsOfThatSpan() {
        // Given a session's high, and a high the words after it put in the week
        String text = "The Kospi rose 0.4% to 2,640.20 on Friday, after touching a daily high of 2,651.30. The index"
                + " reached a high of 2,688.90 during the week.";

        // When it is read, Then the first high is intraday, the second the week's
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level,
                MarketFigure::period)
                .containsExactly(tuple("Kospi", 2640.2, null), tuple("Kospi", 2651.3, MarketFigure.Period.INTRADAY),
                        tuple("Kospi", 2688.9, MarketFigure.Period.WEEK));
    }

    @Test
    void aMoveToNewIntradayHighsIsIntradayOnlyBesideALaterFigure() {
        // Given a move to new intraday highs told alone, and one told before the close
        String text = "The FTSE 100 rose 0.7 per cent to new intraday highs. The DAX rose 1.2 per cent to new intraday"
                + " highs and then closed up 0.8 per cent at 18,820.";

        // When it is read, Then the lone move is the latest, the one before the close intraday
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("FTSE 100", 0.7, null), tuple("DAX", 1.2, MarketFigure.Period.INTRADAY),
                        tuple("DAX", 0.8, null));
    }

    @Test
    void aPeakOrLowDatedByItsMonthAndYearIsWhereTheMoveIsMeasuredFrom() {
        // Given moves measured from a peak and a low each dated by a month and a year between "its" and the noun
        String text = "The Kospi is down 25 percent from its March 2021 peak, while the Taiex is up 40% from its"
                + " October 2023 low.";

        // When it is read, Then the year does not end the words read after the number, and the moves are of the peak
        // and the low
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Kospi", -25.0, MarketFigure.Period.FROM_PEAK),
                        tuple("Taiex", 40.0, MarketFigure.Period.FROM_LOW));
    }

    @Test
    void aMarketThatFramesAClauseOrEndsInABareBenchmarkNamesItsMainIndex() {
        // Given a wrap of the Gulf that names one market's index, then others by "In <market>, the index", through an
        // aside about the market, and by a market's bare "benchmark" with no noun after it
        String text = "Gulf bourses were mixed. Saudi Arabia's main index firmed 0.9%, helped by its lenders."
                + " In Qatar, the benchmark eased 0.3%. In Abu Dhabi, where trading was thin, the index added 0.4%,"
                + " and the Egyptian benchmark gained 1.2%.";

        // When it is read, Then each move is of the index of the market that frames or names it
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent)
                .containsExactly(tuple("Tadawul All Share Index", 0.9), tuple("QE Index", -0.3),
                        tuple("ADX General Index", 0.4), tuple("EGX30", 1.2));
    }

    @Test
    void oilPricesWithNoGradeAreCrudeOilAndAGradeGoingOnIntoThemKeepsItsGrade() {
        // Given oil prices with no grade named, the price of oil, and a grade whose name runs into "oil prices"
        String text = "Oil prices climbed 2.1% to $79.40 a barrel on supply worries. Later the price of oil eased 0.3%."
                + " U.S. crude oil prices gave up 1.5% to $74.10.";

        // When it is read, Then the ungraded prices are crude oil and the graded ones stay WTI crude
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Crude oil", 2.1, 79.4), tuple("Crude oil", -0.3, null),
                        tuple("WTI crude", -1.5, 74.1));
    }

    @Test
    void aNoteNamedByItsTenorIsItsYieldWhenQuotedInPercentAndItsYieldWhenQuotedByPrice() {
        // Given a note quoted by its yield, a bond whose yield is given after "to a yield of", and a note quoted by its
        // price whose yield follows as "its yield"
        String text = "The five-year note ended Thursday at 3.82%, while the 30-year Treasury bond rose 2 basis points"
                + " to a yield of 4.61%. The 10-year note lost 5/32 to 98 - 11/32, its yield rising 2 basis points to"
                + " 4.19 percent.";

        // When it is read, Then each is the yield of its tenor, at the level quoted
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::level)
                .containsExactly(tuple("US 5-year Treasury yield", 3.82), tuple("US 30-year Treasury yield", 4.61),
                        tuple("US 10-year Treasury yield", 4.19));
    }

    @Test
    void theMeasureAndTheIndicatorReferBackToTheLastIndexNamed() {
        // Given an index named once, then spoken of as "the measure" and as "the indicator"
        String text = "The Jakarta Composite rose 0.6% to 7,210.40. The measure has gained 4% this year."
                + " The Hang Seng gained 1.1%. The indicator had lost 2.3% the previous week.";

        // When it is read, Then each later move is of the index named last before it
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::period)
                .containsExactly(tuple("Jakarta Composite", 0.6, null),
                        tuple("Jakarta Composite", 4.0, MarketFigure.Period.YTD), tuple("Hang Seng", 1.1, null),
                        tuple("Hang Seng", -2.3, MarketFigure.Period.WEEK));
    }

    @Test
    void oilNamedByItsBareWordOpeningAClauseIsCrudeOil() {
        // Given "oil" opening a sentence and a clause with its move, and "oil" before a noun it only describes
        String text = "Oil slid 1.4% to $76.20 a barrel. Gold was steady, while oil was up 0.2% in late trade."
                + " Oil shares lost 2%, and Shell fell 1.1%.";

        // When it is read, Then the bare word that opens a clause is crude oil, the one that describes shares is not
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Crude oil", -1.4, 76.2), tuple("Crude oil", 0.2, null),
                        tuple("Shell", -1.1, null));
    }

    @Test
    void aMoversListWithNoSeparatorsGivesEachCompanyAfterThePercentageBeforeIt() {
        // Given a scraped movers list: each company with its ticker, its price in pence and its move, no commas between
        String text = "Top risers: Alder Group (ALD) 59.55p 5.40% Birch Holdings (BRH) 49.85p 4.40%"
                + " Cedar Foods (CDF) 84.05p 3.00%";

        // When it is read, Then the company named right after a move's percentage is the next item, not an object
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Alder", 5.4, 59.55), tuple("Birch", 4.4, 49.85),
                        tuple("Cedar Foods", 3.0, 84.05));
    }

    @Test
    void anIndexNamedAfterItsExchangeWithTheAcronymInBracketsIsThatIndex() {
        // Given indices named after their exchange, the exchange's acronym in brackets before the index's own words,
        // once after a legal suffix; and a company with its ticker in brackets
        String text = "The Indonesia Stock Exchange (IDX) Composite slipped 0.3 percent to 7,102.55 on Tuesday."
                + " The Nigerian Exchange Ltd. (NGX) All-Share Index added 0.6 per cent to 99,870.12."
                + " Shares of Harbour Cement (HBC) rose 2% to N31.50.";

        // When it is read, Then each index is the one the acronym and its words name, the company stays a company
        assertThat(extractor.extract(text)).extracting(MarketFigure::subject, MarketFigure::changePercent,
                MarketFigure::level)
                .containsExactly(tuple("Jakarta Composite", -0.3, 7102.55), tuple("NGX All-Share Index", 0.6, 99870.12),
                        tuple("Harbour Cement", 2.0, 31.5));
    }
}

