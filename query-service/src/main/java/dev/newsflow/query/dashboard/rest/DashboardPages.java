package dev.newsflow.query.dashboard.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.platform.security.Access;
import dev.newsflow.query.api.Cursors;
import dev.newsflow.query.api.InvalidParameterException;
import dev.newsflow.query.api.Page;
import dev.newsflow.query.api.Parameters;
import dev.newsflow.query.api.TimeRange;
import dev.newsflow.query.article.domain.ArticleFilter;
import dev.newsflow.query.article.domain.ArticleSummary;
import dev.newsflow.query.article.domain.ArticleView;
import dev.newsflow.query.article.domain.RetractionView;
import dev.newsflow.query.article.rest.ArticleResource;
import dev.newsflow.query.article.service.ArticleRevisions;
import dev.newsflow.query.article.service.ArticleService;
import dev.newsflow.query.dashboard.domain.ArticleBody;
import dev.newsflow.query.dashboard.domain.ChartData;
import dev.newsflow.query.dashboard.domain.FigureDescription;
import dev.newsflow.query.dashboard.domain.InstrumentHistory;
import dev.newsflow.query.dashboard.domain.SentimentHistory;
import dev.newsflow.query.dashboard.service.MarketCharts;
import dev.newsflow.query.figure.domain.SubjectView;
import dev.newsflow.query.figure.rest.FigureResource;
import dev.newsflow.query.figure.service.FigureService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The dashboard: the latest articles, one article with its figures marked (or its retraction), instruments and
 * sentiment as charts.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@DashboardPage
@AuthorizationPolicy(name = Access.READER)
public class DashboardPages {

    private static final int ARTICLES_PER_PAGE = 20;
    private static final int SUBJECTS_PER_PAGE = 50;

    private final ArticleService articles;
    private final ArticleRevisions revisions;
    private final FigureService figures;
    private final MarketCharts charts;
    private final ObjectMapper json;

    DashboardPages(ArticleService articles, ArticleRevisions revisions, FigureService figures, MarketCharts charts,
            ObjectMapper json) {
        this.articles = articles;
        this.revisions = revisions;
        this.figures = figures;
        this.charts = charts;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance front(FrontPage page);

        static native TemplateInstance article(ArticlePage page);

        static native TemplateInstance withdrawn(WithdrawnPage page);

        static native TemplateInstance subjects(SubjectsPage page);

        static native TemplateInstance instrument(InstrumentPage page);

        static native TemplateInstance sentiment(SentimentPage page);
    }

    @GET
    @Operation(hidden = true)
    public Response front(@QueryParam("category") String category, @QueryParam("sentiment") String sentiment,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("subject") String subject,
            @QueryParam("q") String q, @QueryParam("cursor") String cursor) {
        Filters filters = new Filters(text(category), text(sentiment), text(from), text(to), text(subject), text(q));
        try {
            TimeRange published = TimeRange.of(from, to);
            ArticleFilter filter = new ArticleFilter(filters.category(), published.from(), published.to(),
                    filters.sentiment(), null, null, filters.subject(), Parameters.query("q", q));
            Page<ArticleSummary> page = Page.of(articles.list(filter, ARTICLES_PER_PAGE,
                    Cursors.decode(ArticleResource.CURSOR, cursor, 1)), ArticleResource.CURSOR);
            return Response.ok(Templates.front(new FrontPage(filters, charts.sentimentLabels(), page.items(),
                    page.nextCursor(), cursor != null,
                    null))).build();
        } catch (InvalidParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.front(new FrontPage(filters,
                    charts.sentimentLabels(), List.of(), null, false, "'" + e.parameter() + "' " + e.getMessage())))
                            .build();
        }
    }

    @GET
    @Operation(hidden = true)
    @Path("articles/{id}")
    public Response article(@PathParam("id") String id) {
        Optional<ArticleView> found = articles.get(id);
        if (found.isEmpty()) {
            Optional<RetractionView> retraction = articles.retraction(id);
            return retraction.isPresent()
                    ? Response.status(Response.Status.GONE).entity(Templates.withdrawn(WithdrawnPage.of(
                            retraction.get(), revisions.list(id).orElse(List.of())))).build()
                    : Response.status(Response.Status.NOT_FOUND).entity(Templates.article(null)).build();
        }
        ArticleView view = found.get();
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < view.figures().size(); i++) {
            MarketFigure figure = view.figures().get(i);
            rows.add(new FigureRow(i, figure, FigureDescription.move(figure).orElse(""),
                    figure.start() != null && figure.end() != null));
        }
        return Response.ok(Templates.article(new ArticlePage(view, ArticleBody.html(view.body(), view.figures()),
                rows, revisions.list(id).orElse(List.of())))).build();
    }

    @GET
    @Operation(hidden = true)
    @Path("subjects")
    public TemplateInstance subjects(@QueryParam("cursor") String cursor) {
        Page<SubjectView> page = Page.of(figures.subjects(SUBJECTS_PER_PAGE,
                Cursors.decodeKey(FigureResource.SUBJECT_CURSOR, cursor)), FigureResource.SUBJECT_CURSOR);
        Map<String, String> sparklines = charts.sparklines(page.items().stream().map(SubjectView::subject).toList());
        List<SubjectRow> rows = page.items().stream()
                .map(s -> new SubjectRow(s, sparklines.getOrDefault(s.subject(), ""))).toList();
        return Templates.subjects(new SubjectsPage(rows, page.nextCursor()));
    }

    @GET
    @Operation(hidden = true)
    @Path("subjects/{name}")
    public Response instrument(@PathParam("name") String name) {
        InstrumentHistory history = charts.instrument(name);
        InstrumentPage page = new InstrumentPage(name, history.points(), write(history.levels()),
                history.levels().points(), write(history.moves()), history.moves().points());
        return Response.status(history.points().isEmpty() ? Response.Status.NOT_FOUND : Response.Status.OK)
                .entity(Templates.instrument(page)).build();
    }

    @GET
    @Operation(hidden = true)
    @Path("sentiment")
    public TemplateInstance sentiment() {
        SentimentHistory history = charts.sentiment();
        return Templates.sentiment(new SentimentPage(write(history.byLabel()), history.byLabel().x().size(),
                write(history.byCategory()), history.byCategory().x().size(), history.articles()));
    }

    /** The chart as JSON that may stand inside a script element. */
    private String write(ChartData chart) {
        try {
            return json.writeValueAsString(chart).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
