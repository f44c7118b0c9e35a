package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.SourceLink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outline as the patterns alone read it, before the plain-link scanner: the reference to compare with. */
final class RegexOutline {

    private static final Pattern HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    // CHECKSTYLE.OFF: LineLength
    private static final Pattern LINK = Pattern.compile(
            "\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*<?([^\\s<>()]+(?:\\([^\\s()]*\\))?[^\\s<>()]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    // CHECKSTYLE.ON: LineLength
    private static final Pattern TRAILING_COLONS = Pattern.compile("[:\\s]+$");
    private static final String SOURCES = "sources";

    private RegexOutline() {
    }

    /** Reads the outline of {@code body}, ignoring headings and links inside fenced code blocks. */
    static MarkdownOutline of(String body) {
        String headline = null;
        List<SourceLink> sources = new ArrayList<>();
        int sourcesLevel = 0;
        String fence = null;
        for (String line : body.split("\n", -1)) {
            char first = firstAfterIndent(line);
            if (first != '#' && first != '`' && first != '~') {
                if (fence == null && sourcesLevel > 0) {
                    addLinks(line, sources);
                }
                continue;
            }
            Matcher fenceMatch = FENCE.matcher(line);
            if (fenceMatch.find()) {
                String marker = fenceMatch.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
                continue;
            }
            if (fence != null) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                int level = heading.group(1).length();
                String text = heading.group(2) == null ? "" : heading.group(2).strip();
                if (headline == null && !text.isEmpty()) {
                    headline = text;
                }
                if (sourcesLevel > 0 && level <= sourcesLevel) {
                    sourcesLevel = 0;
                }
                if (TRAILING_COLONS.matcher(text).replaceAll("").equalsIgnoreCase(SOURCES)) {
                    sourcesLevel = level;
                }
            } else if (sourcesLevel > 0) {
                addLinks(line, sources);
            }
        }
        return new MarkdownOutline(headline, List.copyOf(sources));
    }

    /**
     * The first character after at most three leading spaces, where a heading ({@code #}) or a fence starts; a line
     * whose is neither can be neither, so most lines skip both patterns.
     */
    private static char firstAfterIndent(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() ? line.charAt(i) : '\n';
    }

    /** Adds the links of a list item; a line without a {@code [} has none, and skips both patterns. */
    private static void addLinks(String line, List<SourceLink> sources) {
        if (line.indexOf('[') < 0) {
            return;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (!item.matches()) {
            return;
        }
        Matcher link = LINK.matcher(item.group(1));
        while (link.find()) {
            sources.add(new SourceLink(link.group(1).strip(), link.group(2)));
        }
    }
}
