package dev.newsflow.enrich.bench;

// Rows of the data tables and sentences of the sample texts stay on one line each.
// CHECKSTYLE.OFF: LineLength

/** A market wrap of reference size (about 3 KB) for the throughput benchmarks. */
final class BenchmarkArticle {

    static final String BODY = """
            ### Wall Street Rebounds as Chip Makers Lead
            US stocks rebounded on Tuesday after a three-day slide. The S&P 500 rose 1.2% to 6,105.20, the Dow Jones \
            Industrial Average gained 0.9% to 43,880.31 and the Nasdaq Composite climbed 1.8% to 19,912.44. The small-cap \
            Russell 2000 added 1.1%.

            Chip makers led the advance: Nvidia jumped 4.6%, Broadcom rose 3.9% and AMD, up 5.2%, had its best day in a \
            month. Tesla slipped 0.8% after a broker cut its price target, and Apple was little changed.

            In Europe, the Stoxx 600 closed up 0.5% at 548.20, while Germany's DAX gained 0.7% and London's FTSE 100 \
            added 0.3%. In Asia, Japan's Nikkei 225 fell 0.4% to 38,220.10 and Hong Kong's Hang Seng slid 1.1%.

            Treasury yields eased: the 10-year yield fell 4 basis points to 4.21%, and the dollar index slipped 0.2%. \
            Gold rose 0.6% to $2,655 an ounce, Brent crude dropped 1.3% to $73.40 a barrel and Bitcoin gained 2.5% to \
            around $97,500.

            The VIX fell back below 16 as investors looked ahead to Friday's payrolls report. Analysts said a $150 \
            billion buyback plan announced last week and a 5% stake sale by a large holder had little effect on the \
            session. A survey showed 62% of fund managers expect one more rate cut this year, and the Fed's policy rate \
            stays at 4.5%.

            Traders noted that volumes were about a fifth above their 30-day average, and that the rebound followed \
            the index's biggest weekly drop since the spring. "Positioning was very stretched," one strategist said, \
            adding that the rally could fade if inflation data later in the week surprise to the upside. Others \
            pointed to a steady run of upbeat earnings from large technology companies and easing energy prices.

            ### Sources
            - [Example Wire – 'Stocks rebound'](https://www.example.com/markets/rebound)
            - [Example Markets – 'Chip makers lead'](https://markets.example.org/chips)
            """;

    private BenchmarkArticle() {
    }
}
