package dev.newsflow.query.api;

// The example answers keep each JSON line as it is served.
// CHECKSTYLE.OFF: LineLength

/**
 * Example answers of the API, shown in its OpenAPI document: real answers of the stack over the sample posts, and,
 * for revisions, retraction and waits, of the service over the tests' events.
 */
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

    /** {@code GET /api/articles/{id}/revisions} of an article stored twice. */
    public static final String REVISIONS = """
            {"items":[{"revision":2,"contentHash":"fb04dcb6970e4c3d1873de51fd5a50d7bb46b3383113602665c350ec40b5f990",
              "ingestedAt":"2026-03-02T17:42:00Z","enrichedAt":"2026-03-02T17:42:01Z",
              "title":"Title of 2026-03-02-gold-record-187","figuresAdded":1,"figuresDropped":1,
              "storedAt":"2026-12-06T01:33:30.308950Z"},
             {"revision":1,"contentHash":"3bfc269594ef649228e9a74bab00f042efc91d5acc6fbee31a382e80d42388fe",
              "ingestedAt":"2026-03-02T17:41:00Z","enrichedAt":"2026-03-02T17:41:01Z",
              "title":"Title of 2026-03-02-gold-record-187","figuresAdded":2,"figuresDropped":0,
              "storedAt":"2026-12-06T01:33:29.824632Z"}],
             "nextCursor":null}""";

    /** {@code GET /api/articles/{id}/revisions/2}: the article as at that revision, with its figure changes. */
    public static final String REVISION = """
            {"id":"2026-03-02-gold-record-187",
             "contentHash":"fb04dcb6970e4c3d1873de51fd5a50d7bb46b3383113602665c350ec40b5f990","revision":2,
             "bucketKey":"incoming/2026-03-02-gold-record-187.md","ingestedAt":"2026-03-02T17:42:00Z",
             "enrichedAt":"2026-03-02T17:42:01Z","title":"Title of 2026-03-02-gold-record-187","category":"Markets",
             "layout":"post","publishedAt":"2026-03-02T17:40:00+01:00",
             "sourceUrl":"https://www.example.com/2026-03-02-gold-record-187","sentimentScore":7.0,
             "sentimentLabel":"Optimistic","tldr":["First point of 2026-03-02-gold-record-187","Second point"],
             "headline":"Headline of 2026-03-02-gold-record-187",
             "body":"The S&P 500 rose 0.4% to 6,105.20 as chip makers rallied.",
             "sources":[{"title":"Example Wire","url":"https://www.example.com/2026-03-02-gold-record-187"}],
             "extra":{"author":"desk"},
             "sourceChecks":[{"url":"https://www.example.com/2026-03-02-gold-record-187","origin":"front_matter",
               "verdict":"VALID","reason":null,"httpStatus":200,"finalUrl":"https://www.example.com/2026-03-02-gold-record-187",
               "pageTitle":"Page of 2026-03-02-gold-record-187","canonicalUrl":null,"host":"www.example.com",
               "checkedAt":"2026-03-02T17:42:00.500Z"}],
             "figures":[{"subject":"Gold","symbol":null,"kind":"commodity","changePercent":1.1,"changePoints":null,
               "changeBp":null,"level":2950.5,"currency":null,"direction":"up","period":null,"qualifier":null,
               "sentence":"Gold rose 1.1% to a record $2,950.50.","start":0,"end":37},
              {"subject":"Platinum","symbol":null,"kind":"commodity","changePercent":-0.3,"changePoints":null,
               "changeBp":null,"level":985.0,"currency":null,"direction":"down","period":null,"qualifier":null,
               "sentence":"Platinum slipped 0.3% to $985.","start":0,"end":30}],
             "firstSeenAt":"2026-12-06T01:33:29.824632Z","updatedAt":"2026-12-06T01:33:30.308950Z",
             "figuresAdded":[{"subject":"Platinum","symbol":null,"kind":"commodity","changePercent":-0.3,
               "changePoints":null,"changeBp":null,"level":985.0,"currency":null,"direction":"down","period":null,
               "qualifier":null,"sentence":"Platinum slipped 0.3% to $985.","start":0,"end":30}],
             "figuresDropped":[{"subject":"Silver","symbol":null,"kind":"commodity","changePercent":0.6,
               "changePoints":null,"changeBp":null,"level":33.1,"currency":null,"direction":"up","period":null,
               "qualifier":null,"sentence":"Silver rose 0.6% to $33.10.","start":0,"end":27}]}""";

    /** A 202 answer to {@code GET /api/articles/{id}?minRevision=3&wait=2s} when the wait ran out. */
    public static final String NOT_YET = """
            {"type":"about:blank","title":"Accepted","status":202,
             "detail":"article '2026-03-02-gold-record-187' is served at revision 2; revision 3 is not served yet",
             "revision":2,"minRevision":3}""";

    /** A 410 answer to {@code GET /api/articles/{id}} of a retracted article. */
    public static final String RETRACTED = """
            {"type":"about:blank","title":"Gone","status":410,
             "detail":"article '2026-03-02-gold-record-187' was retracted at revision 2: the figures were wrong",
             "retractedAt":"2026-03-02T18:00:00Z","reason":"the figures were wrong","revision":2}""";

    /** A 400 answer to a wait too long. */
    public static final String BAD_WAIT = """
            {"type":"about:blank","title":"Bad Request","status":400,
             "detail":"invalid parameter 'wait': must be a duration of at most 30s, such as 5s, 500ms or 5 (seconds), not '31s'",
             "errors":[{"line":null,"field":"wait","message":"must be a duration of at most 30s, such as 5s, 500ms or 5 (seconds), not '31s'"}]}""";

    /** A 404 answer to a revision an article does not have. */
    public static final String NO_REVISION = """
            {"type":"about:blank","title":"Not Found","status":404,
             "detail":"article '2026-03-02-gold-record-187' has no revision 7; its revisions are 2, 1"}""";

    private ApiExamples() {
    }
}
