package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The URLs an article cites: {@code source_url}, the links of its Sources section, then the links of its body
 * (the Markdown's links, and the {@code a[href]} of HTML written in it), de-duplicated by normalized URL, first origin
 * kept.
 */
public final class LinkCollector {

    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private final Parser markdown = Parser.builder().build();

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
        if (body == null || !mayLink(body)) {
            return List.of();
        }
        List<String> hrefs = new ArrayList<>();
        markdown.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                hrefs.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(HtmlInline html) {
                hrefs.addAll(anchors(html.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                hrefs.addAll(anchors(html.getLiteral()));
            }
        });
        return hrefs;
    }

    /**
     * Whether Markdown can hold a link at all: every link, image and reference starts with {@code [}, and every
     * autolink and piece of HTML with {@code <}, so a body with neither (most published news) is not parsed.
     */
    private static boolean mayLink(String body) {
        return body.indexOf('[') >= 0 || body.indexOf('<') >= 0;
    }

    /** The {@code href}s of the anchors in a piece of raw HTML written in the Markdown. */
    private static List<String> anchors(String html) {
        return Jsoup.parseBodyFragment(html).select(LINKS).stream().map(a -> a.attr("href")).toList();
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
