package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The URLs an article cites: {@code source_url}, the links of its Sources section, then the links of its body
 * (found by rendering the Markdown and selecting {@code a[href]}), de-duplicated by normalized URL, first origin kept.
 */
public final class LinkCollector {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private final Parser markdown = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().build();

    /** Every distinct link of {@code article}, in the order above. */
    public List<CitedLink> collect(ArticleIngested article) {
        Map<String, CitedLink> links = new LinkedHashMap<>();
        add(links, article.sourceUrl(), Origin.FRONT_MATTER);
        for (SourceLink source : article.sources()) {
            add(links, source.url(), Origin.SOURCES_SECTION);
        }
        for (String href : bodyLinks(article.body())) {
            add(links, href, Origin.BODY);
        }
        return new ArrayList<>(links.values());
    }

    private List<String> bodyLinks(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String rendered = html.render(markdown.parse(body));
        return Jsoup.parseBodyFragment(rendered).select(LINKS).stream().map(a -> a.attr("href")).toList();
    }

    private static void add(Map<String, CitedLink> links, String url, Origin origin) {
        if (url == null || url.isBlank()) {
            return;
        }
        links.putIfAbsent(key(url), new CitedLink(url.strip(), origin));
    }

    private static String key(String url) {
        try {
            return SourceUrls.normalize(url).url();
        } catch (UrlRefusedException e) {
            return url.strip();
        }
    }
}
