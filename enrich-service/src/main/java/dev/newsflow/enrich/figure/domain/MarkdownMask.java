package dev.newsflow.enrich.figure.domain;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out Markdown syntax, link targets, URLs and the Sources section, keeping every other character where it was,
 * so offsets into the masked text are offsets into the Markdown.
 */
final class MarkdownMask {

    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6})[ \\t]+(.*)$");
    private static final Pattern SOURCES = Pattern.compile(
            "(?i)\\W*(sources?|references|further reading|links|read more)\\W*");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("(\\[)[^\\]\\n]*(]\\([^)\\n]*\\))");
    private static final Pattern URL = Pattern.compile("<?https?://[^\\s)>\\]]+>?|<[a-zA-Z/][^>\\n]*>");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)*(?:[-*+]|\\d{1,3}[.)])[ \\t]+"
            + "|(?m)^[ \\t]*>+[ \\t]?|(?m)^[ \\t|:-]*\\|[ \\t|:-]*$");
    private static final Pattern SYNTAX = Pattern.compile("[*_`|#]");

    private MarkdownMask() {
    }

    /** The masked copy of {@code markdown}, the same length. */
    static String mask(String markdown) {
        char[] masked = markdown.toCharArray();
        maskSourcesSections(markdown, masked);
        blank(IMAGE.matcher(markdown), masked, 0);
        Matcher link = LINK.matcher(markdown);
        while (link.find()) {
            Arrays.fill(masked, link.start(1), link.end(1), ' ');
            Arrays.fill(masked, link.start(2), link.end(2), ' ');
        }
        blank(URL.matcher(markdown), masked, 0);
        blank(LINE_MARKER.matcher(markdown), masked, 0);
        blank(SYNTAX.matcher(markdown), masked, 0);
        return new String(masked);
    }

    private static void maskSourcesSections(String markdown, char[] masked) {
        Matcher heading = HEADING.matcher(markdown);
        int sectionLevel = 0;
        int sectionStart = -1;
        while (heading.find()) {
            int level = heading.group(1).length();
            if (sectionStart >= 0 && level <= sectionLevel) {
                Arrays.fill(masked, sectionStart, heading.start(), ' ');
                sectionStart = -1;
            }
            if (sectionStart < 0 && SOURCES.matcher(heading.group(2)).matches()) {
                sectionStart = heading.start();
                sectionLevel = level;
            }
        }
        if (sectionStart >= 0) {
            Arrays.fill(masked, sectionStart, markdown.length(), ' ');
        }
    }

    private static void blank(Matcher matcher, char[] masked, int group) {
        while (matcher.find()) {
            for (int i = matcher.start(group); i < matcher.end(group); i++) {
                if (masked[i] != '\n') {
                    masked[i] = ' ';
                }
            }
        }
    }
}
