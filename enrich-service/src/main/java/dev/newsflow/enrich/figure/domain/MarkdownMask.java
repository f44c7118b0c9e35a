package dev.newsflow.enrich.figure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blanks out Markdown syntax, link targets, URLs, HTML tags and the Sources section, keeping every other character
 * where it was, so offsets into the masked text are offsets into the Markdown. One pass over the text.
 */
final class MarkdownMask {

    private static final Set<String> SOURCE_HEADINGS = Set.of("source", "sources", "references", "further reading",
            "links", "read more");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private MarkdownMask() {
    }

    /** The masked copy of {@code markdown}, the same length. */
    static String mask(String markdown) {
        char[] out = markdown.toCharArray();
        int length = out.length;
        int sourcesLevel = 0;
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = markdown.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? length : lineEnd;
            int level = headingLevel(markdown, lineStart, lineEnd);
            if (sourcesLevel > 0 && level > 0 && level <= sourcesLevel) {
                sourcesLevel = 0;
            }
            if (sourcesLevel == 0 && level > 0 && isSourcesHeading(markdown, lineStart, lineEnd)) {
                sourcesLevel = level;
            }
            if (sourcesLevel > 0) {
                Arrays.fill(out, lineStart, lineEnd, ' ');
            } else {
                maskLine(markdown, out, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return new String(out);
    }

    private static int headingLevel(String text, int start, int end) {
        int p = skipSpaces(text, start, end);
        int hashes = 0;
        while (p + hashes < end && text.charAt(p + hashes) == '#') {
            hashes++;
        }
        boolean heading = hashes > 0 && hashes <= 6 && p - start <= 3
                && (p + hashes == end || text.charAt(p + hashes) == ' ' || text.charAt(p + hashes) == '\t');
        return heading ? hashes : 0;
    }

    private static boolean isSourcesHeading(String text, int start, int end) {
        String letters = NOT_A_LETTER.matcher(text.substring(start, end)).replaceAll(" ").trim();
        String title = BLANKS.matcher(letters).replaceAll(" ");
        return SOURCE_HEADINGS.contains(title.toLowerCase(Locale.ROOT));
    }

    private static void maskLine(String text, char[] out, int start, int end) {
        int p = maskLineMarker(text, out, start, end);
        while (p < end) {
            char c = text.charAt(p);
            if (c == ']' && p + 1 < end && text.charAt(p + 1) == '(') {
                int close = text.indexOf(')', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (c == '!' && p + 1 < end && text.charAt(p + 1) == '[') {
                int close = text.indexOf(')', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (c == '<' && p + 1 < end && (Character.isLetter(text.charAt(p + 1)) || text.charAt(p + 1) == '/')) {
                int close = text.indexOf('>', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (c == 'h' && (text.startsWith("http://", p) || text.startsWith("https://", p))) {
                int stop = p;
                while (stop < end && !Character.isWhitespace(text.charAt(stop)) && ")>]".indexOf(text.charAt(stop)) < 0) {
                    stop++;
                }
                p = fill(out, p, stop);
            } else {
                if (isSyntax(c)) {
                    out[p] = ' ';
                }
                p++;
            }
        }
    }

    /** Blanks a list marker, a quote marker or a table rule at the start of a line; returns where content starts. */
    private static int maskLineMarker(String text, char[] out, int start, int end) {
        int p = skipSpaces(text, start, end);
        while (p < end && text.charAt(p) == '>') {
            out[p] = ' ';
            p = skipSpaces(text, p + 1, end);
        }
        if (p + 1 < end && "-*+".indexOf(text.charAt(p)) >= 0 && (text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\t')) {
            out[p] = ' ';
            return p + 1;
        }
        int digits = p;
        while (digits < end && digits - p < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > p && digits + 1 < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && text.charAt(digits + 1) == ' ') {
            return fill(out, p, digits + 1);
        }
        return p;
    }

    private static boolean isSyntax(char c) {
        return c == '[' || c == '*' || c == '_' || c == '`' || c == '|' || c == '#';
    }

    private static int fill(char[] out, int from, int to) {
        Arrays.fill(out, from, to, ' ');
        return to;
    }

    private static int skipSpaces(String text, int from, int end) {
        int p = from;
        while (p < end && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }
}
