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
import dev.newsflow.query.article.domain.Article;
import dev.newsflow.query.article.rest.ArticleSummary;
import dev.newsflow.query.article.rest.ArticleView;
import dev.newsflow.query.article.service.ArticleFilter;
import dev.newsflow.query.article.service.ArticleQueries;
import dev.newsflow.query.dashboard.domain.ArticleBody;
import dev.newsflow.query.dashboard.domain.ChartData;
import dev.newsflow.query.dashboard.domain.FigureDescription;
import dev.newsflow.query.dashboard.domain.Sparkline;
import dev.newsflow.query.dashboard.service.MarketHistory;
import dev.newsflow.query.figure.rest.SubjectView;
import dev.newsflow.query.figure.service.FigureQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.security.AuthorizationPolicy;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dashboard: the latest articles, one article with its figures marked, instruments and sentiment as charts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@DashboardPage
@AuthorizationPolicy(name = Access.READER)
public class DashboardPages {

    private static final int ARTICLES_PER_PAGE = 20;
    private static final int SUBJECTS_PER_PAGE = 50;
    private static final int SPARK_POINTS = 20;
    private static final int CHART_POINTS = 500;
    private static final int CATEGORY_SERIES = 8;

    private final ArticleQueries articles;
    private final FigureQueries figures;
    private final MarketHistory history;
    private final ObjectMapper json;

    DashboardPages(ArticleQueries articles, FigureQueries figures, MarketHistory history, ObjectMapper json) {
        this.articles = articles;
        this.figures = figures;
        this.history = history;
        this.json = json;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance front(FrontPage page);

        static native TemplateInstance article(ArticlePage page);

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
            Page<ArticleSummary> page = articles.list(filter, ARTICLES_PER_PAGE,
                    Cursors.decode(ArticleQueries.CURSOR, cursor, 1));
            return Response.ok(Templates.front(new FrontPage(filters, page.items(), page.nextCursor(), cursor != null,
                    null))).build();
        } catch (InvalidParameterException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.front(new FrontPage(filters,
                    List.of(), null, false, "'" + e.parameter() + "' " + e.getMessage()))).build();
        }
    }

    @GET
    @Operation(hidden = true)
    @Path("articles/{id}")
    @Transactional
    public Response article(@PathParam("id") String id) {
        Article article = Article.findById(id);
        if (article == null) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.article(null)).build();
        }
        ArticleView view = ArticleView.of(article);
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < view.figures().size(); i++) {
            MarketFigure figure = view.figures().get(i);
            rows.add(new FigureRow(i, figure, FigureDescription.move(figure).orElse(""),
                    figure.start() != null && figure.end() != null));
        }
        return Response.ok(Templates.article(new ArticlePage(view, ArticleBody.html(view.body(), view.figures()),
                rows))).build();
    }

    @GET
    @Operation(hidden = true)
    @Path("subjects")
    public TemplateInstance subjects(@QueryParam("cursor") String cursor) {
        Page<SubjectView> page = figures.subjects(SUBJECTS_PER_PAGE,
                Cursors.decodeKey(FigureQueries.SUBJECT_CURSOR, cursor));
        Map<String, List<Double>> recent = history.recent(page.items().stream().map(SubjectView::subject).toList(),
                SPARK_POINTS);
        List<SubjectRow> rows = page.items().stream().map(s -> new SubjectRow(s,
                Sparkline.points(recent.get(s.subject().toLowerCase(Locale.ROOT))))).toList();
        return Templates.subjects(new SubjectsPage(rows, page.nextCursor()));
    }

    @GET
    @Operation(hidden = true)
    @Path("subjects/{name}")
    public Response instrument(@PathParam("name") String name) {
        List<MarketHistory.HistoryPoint> points = history.history(name, CHART_POINTS);
        ChartData levels = ChartData.empty();
        ChartData moves = ChartData.empty();
        List<Double> levelValues = new ArrayList<>();
        List<Double> moveValues = new ArrayList<>();
        for (MarketHistory.HistoryPoint point : points) {
            String link = "/articles/" + point.articleId();
            if (point.level() != null) {
                levels.x().add(point.publishedAt().toEpochSecond());
                levels.links().add(link);
                levelValues.add(point.level());
            }
            if (point.changePercent() != null) {
                moves.x().add(point.publishedAt().toEpochSecond());
                moves.links().add(link);
                moveValues.add(point.changePercent());
            }
        }
        levels.series().add(new ChartData.Series("level", levelValues));
        moves.series().add(new ChartData.Series("move %", moveValues));
        InstrumentPage page = new InstrumentPage(name, points, write(levels), levels.points(), write(moves),
                moves.points());
        return Response.status(points.isEmpty() ? Response.Status.NOT_FOUND : Response.Status.OK)
                .entity(Templates.instrument(page)).build();
    }

    @GET
    @Operation(hidden = true)
    @Path("sentiment")
    public TemplateInstance sentiment() {
        List<MarketHistory.DayCount> counts = history.articlesByDayAndLabel();
        List<MarketHistory.DayScore> scores = history.scoreByDayAndCategory();
        ChartData byLabel = byDay(counts.stream().map(c -> new Cell(c.day(), c.label(), (double) c.articles()))
                .toList(), List.of("optimistic", "neutral", "pessimistic", "none"));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        scores.forEach(s -> sizes.merge(s.category(), 1, Integer::sum));
        List<String> categories = sizes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(CATEGORY_SERIES).map(Map.Entry::getKey).toList();
        ChartData byCategory = byDay(scores.stream().map(s -> new Cell(s.day(), s.category(), s.score())).toList(),
                categories);
        return Templates.sentiment(new SentimentPage(write(byLabel), byLabel.x().size(), write(byCategory),
                byCategory.x().size(), counts.stream().mapToLong(MarketHistory.DayCount::articles).sum()));
    }

    /** One value of a day-by-key table. */
    private record Cell(String day, String key, double value) {
    }

    /** A chart with one x per day and one series per key of {@code keys} that has a value. */
    private static ChartData byDay(List<Cell> cells, List<String> keys) {
        TreeSet<String> days = new TreeSet<>();
        Map<String, Map<String, Double>> table = new TreeMap<>();
        for (Cell cell : cells) {
            days.add(cell.day());
            table.computeIfAbsent(cell.key(), k -> new TreeMap<>()).put(cell.day(), cell.value());
        }
        ChartData chart = ChartData.empty();
        days.forEach(day -> {
            chart.x().add(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            chart.links().add(null);
        });
        for (String key : keys) {
            Map<String, Double> values = table.get(key);
            if (values != null) {
                chart.series().add(new ChartData.Series(key, days.stream().map(values::get).toList()));
            }
        }
        return chart;
    }

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
