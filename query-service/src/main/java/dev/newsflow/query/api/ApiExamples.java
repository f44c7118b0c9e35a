package dev.newsflow.query.api;

// The example answers keep each JSON line as it is served.
// CHECKSTYLE.OFF: LineLength

/** Example answers of the API, shown in its OpenAPI document (real answers of the stack over the sample posts). */
public final class ApiExamples {

    /** {@code GET /api/articles?category=Crypto&limit=1}. */
    public static final String ARTICLE_PAGE = """
            {"items":[{"id":"2026-11-13-bitcoin-slides-below-80000-liquidations",
              "title":"Bitcoin slides below $80,000 as leveraged bets unwind","category":"Crypto",
              "publishedAt":"2026-11-13T22:10:37Z","sentimentLabel":"Pessimistic","sentimentScore":1.0,
              "tldr":["Bitcoin fell 6.4% to $78,940, about 17% below its October peak of $95,120."],
              "figureCount":9,"firstSeenAt":"2026-11-25T16:01:23.459190Z","updatedAt":"2026-11-25T16:01:23.459190Z"}],
             "nextCursor":"YXJ0aWNsZXN8MTc5NDYwNzgzN3wwfDIwMjYtMTEtMTMtYml0Y29pbi1zbGlkZXMtYmVsb3ctODAwMDAtbGlxdWlkYXRpb25z"}""";

    /** {@code GET /api/articles/{id}}, lists shortened to one element. */
    public static final String ARTICLE = """
            {"id":"2026-10-09-bitcoin-tops-90000-etf-inflows",
             "contentHash":"3dfd45352e60791c499ba4edb09e1e5de6e681ad3f964e1b2a0decf1915a0131","revision":1,
             "bucketKey":"incoming/2026-10-09-bitcoin-tops-90000-etf-inflows.md",
             "ingestedAt":"2026-11-25T16:01:20.629759Z","enrichedAt":"2026-11-25T16:01:23.072374Z",
             "title":"Bitcoin climbs above $90,000 as spot ETF inflows accelerate","category":"Crypto","layout":"post",
             "publishedAt":"2026-10-09T10:20:47Z",
             "sourceUrl":"https://www.coindesk.com/markets/2026/10/09/bitcoin-tops-90k-as-etf-inflows-accelerate",
             "sentimentScore":8.0,"sentimentLabel":"Optimistic",
             "tldr":["Bitcoin rose 4.2% to $90,815, while Ether gained 5.6% to $3,142.50 and Solana jumped 7.1% to $212.40."],
             "headline":"Bitcoin Climbs Above $90,000 as Spot ETF Inflows Accelerate",
             "body":"### Bitcoin Climbs Above $90,000 as Spot ETF Inflows Accelerate\\nBitcoin, the largest cryptocurrency, rose 4.2%...",
             "sources":[{"title":"CoinDesk – 'Bitcoin Tops $90K as ETF Inflows Accelerate'",
               "url":"https://www.coindesk.com/markets/2026/10/09/bitcoin-tops-90k-as-etf-inflows-accelerate"}],
             "extra":{},
             "sourceChecks":[{"url":"https://www.coindesk.com/markets/2026/10/09/bitcoin-tops-90k-as-etf-inflows-accelerate",
               "origin":"front_matter","verdict":"UNREACHABLE","reason":"the host www.coindesk.com cannot be resolved",
               "httpStatus":null,"finalUrl":"https://www.coindesk.com/markets/2026/10/09/bitcoin-tops-90k-as-etf-inflows-accelerate",
               "pageTitle":null,"canonicalUrl":null,"host":"www.coindesk.com","checkedAt":"2026-11-25T16:01:23.065272Z"}],
             "figures":[{"subject":"Bitcoin","symbol":"BTC","kind":"crypto","changePercent":4.2,"changePoints":null,
               "changeBp":null,"level":90815.0,"currency":"USD","direction":"up","period":null,"qualifier":null,
               "sentence":"Bitcoin, the largest cryptocurrency, rose 4.2% over 24 hours to $90,815 in European morning trading.",
               "start":254,"end":312}],
             "firstSeenAt":"2026-11-25T16:01:23.389816Z","updatedAt":"2026-11-25T16:01:23.389816Z"}""";

    /** {@code GET /api/figures?subject=Bitcoin&limit=1}. */
    public static final String FIGURE_PAGE = """
            {"items":[{"articleId":"2026-10-09-bitcoin-tops-90000-etf-inflows","publishedAt":"2026-10-09T10:20:47Z",
              "figure":{"subject":"Bitcoin","symbol":"BTC","kind":"crypto","changePercent":4.2,"changePoints":null,
               "changeBp":null,"level":90815.0,"currency":"USD","direction":"up","period":null,"qualifier":null,
               "sentence":"Bitcoin, the largest cryptocurrency, rose 4.2% over 24 hours to $90,815 in European morning trading.",
               "start":254,"end":312}}],
             "nextCursor":"ZmlndXJlc3wxNzYwMDA1MjQ3fDB8MjAyNi0xMC0wOS1iaXRjb2luLXRvcHMtOTAwMDAtZXRmLWluZmxvd3N8MA"}""";

    /** {@code GET /api/subjects}, one subject. */
    public static final String SUBJECTS = """
            {"items":[{"subject":"ASML","kind":"stock","symbol":"ASML","lastSeenAt":"2026-10-14T16:55:02Z",
              "level":968.4,"levelAt":"2026-10-14T16:55:02Z","changePercent":-6.8,"direction":"down",
              "changeAt":"2026-10-14T16:55:02Z"}],
             "nextCursor":null}""";

    /** {@code GET /api/stats/sentiment?by=category}, two groups. */
    public static final String SENTIMENT = """
            {"items":[{"key":"Asia","articles":3,"averageScore":5.333333333333333},
              {"key":"Crypto","articles":2,"averageScore":4.5}],
             "nextCursor":null}""";

    /** A 400 answer to a parameter that cannot be used. */
    public static final String BAD_PARAMETER = """
            {"type":"about:blank","title":"Bad Request","status":400,
             "detail":"invalid parameter 'limit': must be a whole number from 1 to 200, not '0'",
             "errors":[{"line":null,"field":"limit","message":"must be a whole number from 1 to 200, not '0'"}]}""";

    /** A 404 answer to an unknown article id. */
    public static final String NOT_FOUND = """
            {"type":"about:blank","title":"Not Found","status":404,"detail":"no article with id 'no-such-article'"}""";

    private ApiExamples() {
    }
}
