package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.client.ingest.api.PostsApi;
import dev.newsflow.client.query.ApiClient;
import dev.newsflow.client.query.ApiException;
import dev.newsflow.client.query.api.ArticlesApi;
import dev.newsflow.client.query.api.ArticlesApi.APIListArticlesRequest;
import dev.newsflow.client.query.api.FiguresApi;
import dev.newsflow.client.query.api.StatsApi;
import dev.newsflow.client.query.model.ArticleSummary;
import dev.newsflow.client.query.model.ArticleView;
import dev.newsflow.client.query.model.PageArticleSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Java clients generated from the services' OpenAPI documents (module {@code clients}), pointed at the stack: the
 * end-to-end test calls the services through them, as a client of the API would.
 */
final class ServiceClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ApiClient query;
    private final PostsApi posts;
    private final dev.newsflow.client.enrich.api.FiguresApi extractor;

    ServiceClients(Stack stack) {
        query = new ApiClient().setReadTimeout(TIMEOUT);
        query.updateBaseUri(stack.queryApi().toString());
        dev.newsflow.client.ingest.ApiClient ingest = new dev.newsflow.client.ingest.ApiClient()
                .setReadTimeout(TIMEOUT);
        ingest.updateBaseUri(stack.ingestApi().toString());
        posts = new PostsApi(ingest);
        dev.newsflow.client.enrich.ApiClient enrich = new dev.newsflow.client.enrich.ApiClient()
                .setReadTimeout(TIMEOUT);
        enrich.updateBaseUri(stack.enrichApi().toString());
        extractor = new dev.newsflow.client.enrich.api.FiguresApi(enrich);
    }

    /** ingest-service: {@code POST /api/posts}, its retraction and the retry of a rejected post. */
    PostsApi posts() {
        return posts;
    }

    /** enrich-service: {@code POST /api/extract}. */
    dev.newsflow.client.enrich.api.FiguresApi extractor() {
        return extractor;
    }

    /** query-service: the articles, one, a page of them, and their live stream. */
    ArticlesApi articles() {
        return new ArticlesApi(query);
    }

    /** query-service: figures and subjects. */
    FiguresApi figures() {
        return new FiguresApi(query);
    }

    /** query-service: the story of each post, by its key or file name and by its article id. */
    dev.newsflow.client.query.api.PostsApi stories() {
        return new dev.newsflow.client.query.api.PostsApi(query);
    }

    /** query-service: sentiment statistics. */
    StatsApi stats() {
        return new StatsApi(query);
    }

    /** query-service's base URI, as its generated client has it. */
    URI queryBase() {
        return URI.create(query.getBaseUri());
    }

    /** The HTTP client query-service's generated client sends with. */
    HttpClient http() {
        return query.getHttpClient();
    }

    /** {@code GET /api/articles/{id}}: the article, or empty when the answer is 404. */
    Optional<ArticleView> article(String id) {
        try {
            return Optional.of(articles().getArticle(id, null, null, null));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw new IllegalStateException("GET /api/articles/" + id + " answered " + e.getCode() + ": "
                    + e.getResponseBody(), e);
        }
    }

    /** Every summary {@code GET /api/articles} lists with the filters {@code filters} sets, page after page. */
    List<ArticleSummary> articles(UnaryOperator<APIListArticlesRequest.Builder> filters) {
        List<ArticleSummary> items = new ArrayList<>();
        String cursor = null;
        try {
            do {
                PageArticleSummary page = articles().listArticles(
                        filters.apply(APIListArticlesRequest.newBuilder()).limit("200").cursor(cursor).build());
                items.addAll(page.getItems());
                cursor = page.getNextCursor();
            } while (cursor != null);
        } catch (ApiException e) {
            throw new IllegalStateException("GET /api/articles answered " + e.getCode() + ": " + e.getResponseBody(),
                    e);
        }
        return items;
    }

    /** {@code model} as JSON, as the client reads and writes it. */
    JsonNode tree(Object model) {
        return query.getObjectMapper().valueToTree(model);
    }
}
