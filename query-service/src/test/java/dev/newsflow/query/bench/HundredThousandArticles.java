package dev.newsflow.query.bench;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.contracts.article.MarketFigure.Direction;
import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.query.support.Enriched;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model of the latency benchmarks: 100,000 articles (ten categories, a year of dates, ten figures each of
 * 200 subjects), loaded with plain JDBC batches once and kept for later runs.
 */
final class HundredThousandArticles {

    /** How many articles. */
    static final int COUNT = 100_000;
    /** Their id prefix: ids are {@code api-0} to {@code api-99999}. */
    static final String PREFIX = "api";

    private HundredThousandArticles() {
    }

    /** Loads the articles unless they are there. */
    static void load() throws Exception {
        try (Connection c = PostgresTestResource.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article where id like '" + PREFIX + "-%'")) {
            rs.next();
            if (rs.getLong(1) >= COUNT) {
                return;
            }
            s.execute("delete from article where id like '" + PREFIX + "-%'");
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int chunk = 0; chunk < COUNT; chunk += 10_000) {
            List<ArticleEnriched> events = new ArrayList<>(10_000);
            for (int i = chunk; i < chunk + 10_000; i++) {
                events.add(article(i, start.plusSeconds(315L * i)));
            }
            JdbcArticleLoader.insert(events, PREFIX, chunk);
        }
        try (Connection c = PostgresTestResource.connect(); Statement s = c.createStatement()) {
            s.execute("analyze");
        }
    }

    private static ArticleEnriched article(int i, Instant published) {
        ArticleEnriched e = Enriched.article(PREFIX + "-" + i, "c" + i, published, published.toString(),
                "Markets-" + (i % 10), i % 3 == 0 ? "Optimistic" : "Cautious", (double) (i % 11),
                "The S&P 500 rose 0.4% to 6,105.20 as chip makers rallied; story " + i + ".");
        List<MarketFigure> figures = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            figures.add(new MarketFigure("Subject " + ((i + f) % 200), null, Kind.INDEX, 0.1 * f, null, null,
                    1000.0 + f, null, Direction.UP, null, null, "A sentence.", 0, 10));
        }
        return e.withFigures(figures);
    }
}
