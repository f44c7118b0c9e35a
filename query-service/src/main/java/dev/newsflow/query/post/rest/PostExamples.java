package dev.newsflow.query.post.rest;

/** Example answers of the post-status operations in the OpenAPI document, in the shape the tests assert. */
final class PostExamples {

    /** The story of a post that was rejected, sent again, published and enriched, and now waits on query-service. */
    static final String STORY = """
            {"id":"2026-gold","bucketKey":"incoming/2026/gold.md","state":"enriched",
             "stages":[
              {"stage":"rejected","at":"2026-03-02T17:44:01.120Z","topic":"articles.rejected","partition":0,
               "offset":41,"via":"bucket",
               "contentHash":"0b1c2d3e4f5a6b7c8d9e0f5f2b1e8c9a0d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a",
               "reason":"line 3, field 'date': '2026-13-45' is not a date",
               "errors":[{"line":3,"field":"date","message":"'2026-13-45' is not a date"}]},
              {"stage":"received","at":"2026-03-02T17:45:03.120Z","revision":1,
               "contentHash":"5f2b1e8c9a0d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"},
              {"stage":"published","at":"2026-03-02T17:45:03.164Z","topic":"articles.ingested","partition":2,
               "offset":1187,"revision":1,"via":"bucket",
               "contentHash":"5f2b1e8c9a0d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f",
               "traceId":"4bf92f3577b34da6a3ce929d0e0e4736"},
              {"stage":"enriched","at":"2026-03-02T17:45:04.002Z","topic":"articles.enriched","partition":2,
               "offset":1190,"revision":1,"via":"bucket",
               "contentHash":"5f2b1e8c9a0d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f",
               "checks":{"UNREACHABLE":1,"VALID":2},"figureCount":3}],
             "waiting":{"on":"query-service","seconds":4}}""";

    /** No key given. */
    static final String NO_KEY = """
            {"type":"about:blank","title":"Bad Request","status":400,
             "detail":"invalid parameter 'key': is required: a bucket key or a file name",
             "errors":[{"line":null,"field":"key","message":"is required: a bucket key or a file name"}]}""";

    /** A key no post has. */
    static final String UNKNOWN_KEY = """
            {"type":"about:blank","title":"Not Found","status":404,
             "detail":"no post with key or file name 'no-such-post.md' has been seen on articles.ingested, \
            articles.rejected or articles.enriched"}""";

    /** A file name that two posts share. */
    static final String AMBIGUOUS = """
            {"type":"about:blank","title":"Conflict","status":409,
             "detail":"'gold.md' matches 2 posts: incoming/2026/gold.md, incoming/2025/gold.md; ask for one by its \
            whole key"}""";

    /** An article id no post published. */
    static final String UNKNOWN_ID = """
            {"type":"about:blank","title":"Not Found","status":404,
             "detail":"no post with article id 'no-such-article' has been seen on articles.ingested or \
            articles.enriched"}""";

    private PostExamples() {
    }
}
