package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.SourceLink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the parser takes from a post's Markdown body: the first heading and the links of the Sources section. */
record MarkdownOutline(String headline, List<SourceLink> sources) {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    // CHECKSTYLE.OFF: LineLength
    private static final Pattern LINK = Pattern.compile(
            "\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*<?([^\\s<>()]+(?:\\([^\\s()]*\\))?[^\\s<>()]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    // CHECKSTYLE.ON: LineLength
    private static final Pattern TRAILING_COLONS = Pattern.compile("[:\\s]+$");
    private static final String SOURCES = "sources";

    /** Reads the outline of {@code body}, ignoring headings and links inside fenced code blocks. */
    static MarkdownOutline of(String body) {
        String headline = null;
        List<SourceLink> sources = new ArrayList<>();
        int sourcesLevel = 0;
        String fence = null;
        int start = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            int lineStart = start;
            start = end + 1;
            char first = firstAfterIndent(body, lineStart, end);
            if (first != '#' && first != '`' && first != '~') {
                if (fence == null && sourcesLevel > 0) {
                    addLinks(body.substring(lineStart, end), sources);
                }
                continue;
            }
            String line = body.substring(lineStart, end);
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
    private static char firstAfterIndent(String text, int from, int to) {
        int i = from;
        while (i - from < 3 && i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i < to ? text.charAt(i) : '\n';
    }

    /**
     * Adds the links of a list item; a line without a {@code [} has none. A list item of plain links (labels and
     * addresses without brackets, parentheses, angle brackets or quotes, and none of these between the links) is
     * read by {@link #addPlainLinks}, every other by the patterns, which find the same links in a plain one.
     */
    private static void addLinks(String line, List<SourceLink> sources) {
        if (line.indexOf('[') < 0) {
            return;
        }
        int text = listItemText(line);
        if (text == -2 || text >= 0 && addPlainLinks(line, text, sources)) {
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

    /**
     * Where the text of the list item {@code line} starts, as {@link #LIST_ITEM} would find it; -2 when the line is
     * no list item, and -1 when it holds a character at which {@code .} stops ({@code \r}, U+0085, U+2028, U+2029),
     * left to the pattern.
     */
    private static int listItemText(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1;
            }
        }
        int i = skipSpace(line, 0);
        if (i < line.length() && (line.charAt(i) == '-' || line.charAt(i) == '*' || line.charAt(i) == '+')) {
            i++;
        } else {
            int digits = i;
            while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || i >= line.length() || line.charAt(i) != '.' && line.charAt(i) != ')') {
                return -2;
            }
            i++;
        }
        int text = skipSpace(line, i);
        return text == i ? -2 : text;
    }

    /**
     * Adds the links of the item text of {@code line} from {@code from} and returns true when it is plain links only
     * (see {@link #addLinks}); adds nothing and returns false otherwise.
     */
    private static boolean addPlainLinks(String line, int from, List<SourceLink> sources) {
        List<SourceLink> found = new ArrayList<>(2);
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '[') {
                if (isLinkSyntax(c)) {
                    return false;
                }
                i++;
                continue;
            }
            int labelEnd = i + 1;
            while (labelEnd < line.length() && !isLinkSyntax(line.charAt(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd + 1 >= line.length() || line.charAt(labelEnd) != ']' || line.charAt(labelEnd + 1) != '(') {
                return false;
            }
            int urlStart = labelEnd + 2;
            int urlEnd = urlStart;
            while (urlEnd < line.length() && !isLinkSyntax(line.charAt(urlEnd)) && !isSpace(line.charAt(urlEnd))) {
                urlEnd++;
            }
            if (urlEnd == urlStart || urlEnd >= line.length() || line.charAt(urlEnd) != ')') {
                return false;
            }
            found.add(new SourceLink(line.substring(i + 1, labelEnd).strip(), line.substring(urlStart, urlEnd)));
            i = urlEnd + 1;
        }
        sources.addAll(found);
        return true;
    }

    private static boolean isLinkSyntax(char c) {
        return c == '[' || c == ']' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"';
    }

    /** Whether {@code c} is whitespace as the patterns' {@code \\s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
