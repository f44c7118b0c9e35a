package dev.newsflow.query.dashboard.domain;

import dev.newsflow.contracts.article.MarketFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * An article's Markdown body as safe HTML, each extracted figure marked where it was found. Raw HTML in the post is
 * escaped (so no script of a post ever runs) and link targets other than http(s), mailto and relative ones are
 * dropped; a figure's mark carries its description, shown on hover and on keyboard focus.
 */
public final class ArticleBody {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final char END = '\uE002';
    private static final Pattern MARKED = Pattern.compile(OPEN + "(\\d+)" + CLOSE + "([^<" + OPEN + END + "]*)" + END);
    private static final Pattern LEFTOVER = Pattern.compile(OPEN + "\\d+" + CLOSE + "|" + END);
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private ArticleBody() {
    }

    /** {@code markdown} as HTML, with a {@code <mark class="figure">} around the text of each located figure. */
    public static String html(String markdown, List<MarketFigure> figures) {
        String clean = markdown.replace(OPEN, ' ').replace(CLOSE, ' ').replace(END, ' ');
        String marked = insertMarkers(clean, figures);
        String html = RENDERER.render(PARSER.parse(marked));
        StringBuilder out = new StringBuilder(html.length() + figures.size() * 120);
        Matcher mark = MARKED.matcher(html);
        while (mark.find()) {
            MarketFigure figure = figures.get(Integer.parseInt(mark.group(1)));
            mark.appendReplacement(out, Matcher.quoteReplacement("<mark class=\"figure\" tabindex=\"0\" data-figure=\""
                    + mark.group(1) + "\">" + mark.group(2) + "<span class=\"figure-tip\" role=\"tooltip\">"
                    + escape(FigureDescription.of(figure)) + "</span></mark>"));
        }
        mark.appendTail(out);
        return LEFTOVER.matcher(out).replaceAll("");
    }

    /**
     * The text with a marker before and after each figure's span, last span first so offsets hold; overlapping or
     * out-of-range spans are left unmarked. A span that crosses Markdown syntax comes out with a tag inside it and is
     * not marked (see {@link #MARKED}).
     */
    private static String insertMarkers(String text, List<MarketFigure> figures) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            MarketFigure f = figures.get(i);
            if (f.start() != null && f.end() != null && f.start() >= 0 && f.end() <= text.length()
                    && f.start() < f.end()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> figures.get(i).start()).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (int i : order) {
            int start = figures.get(i).start();
            int end = figures.get(i).end();
            if (end > limit) {
                continue;
            }
            out.insert(end, END);
            out.insert(start, OPEN + Integer.toString(i) + CLOSE);
            limit = start;
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
