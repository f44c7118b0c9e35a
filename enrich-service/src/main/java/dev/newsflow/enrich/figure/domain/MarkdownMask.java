package dev.newsflow.enrich.figure.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out Markdown syntax, link targets, URLs, HTML tags, wire-service instrument codes, tables (read apart by
 * {@link TableReader}) and the Sources section, keeping every other character where it was, so offsets into the
 * masked text are offsets into the Markdown.
 */
final class MarkdownMask {

    private static final WordSet SOURCE_HEADINGS = Vocabulary.words("text", "source-headings");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L} ]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final String INDEX_CODE = "\\.[A-Z][A-Z0-9]{1,15}";
    private static final String LISTING_CODE = "[A-Z0-9]{2,6}[a-z]?\\.[A-Z]{1,2}";
    private static final Pattern INSTRUMENT_CODE = Pattern.compile("(?:<(?:" + INDEX_CODE + "|" + LISTING_CODE + ")>|"
            + INDEX_CODE + "|" + LISTING_CODE + ")(?![A-Za-z0-9])");

    private MarkdownMask() {
    }

    /** The masked copy of {@code markdown}, the same length. */
    static String mask(String markdown) {
        return mask(markdown, MarkdownTables.find(markdown));
    }

    /** The masked copy of {@code markdown}, whose {@code tables} are already found. */
    static String mask(String markdown, List<MarkdownTables.Table> tables) {
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
        for (MarkdownTables.Table table : tables) {
            Arrays.fill(out, table.start(), table.end(), ' ');
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
            int code = mayStartCode(c) && atWordStart(text, start, p) ? instrumentCodeEnd(text, p, end) : -1;
            if (c == ']' && p + 1 < end && text.charAt(p + 1) == '(') {
                int close = text.indexOf(')', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (c == '!' && p + 1 < end && text.charAt(p + 1) == '[') {
                int close = text.indexOf(')', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (c == '<' && p + 1 < end
                    && (Character.isLetter(text.charAt(p + 1)) || text.charAt(p + 1) == '/')) {
                int close = text.indexOf('>', p);
                p = fill(out, p, close < 0 || close > end ? end : close + 1);
            } else if (code > p) {
                boolean bracketed = p > start && text.charAt(p - 1) == '(' && code < end && text.charAt(code) == ')';
                p = bracketed ? fill(out, p - 1, code + 1) : fill(out, p, code);
            } else if (c == 'h' && (text.startsWith("http://", p) || text.startsWith("https://", p))) {
                int stop = p;
                while (stop < end && !Character.isWhitespace(text.charAt(stop))
                        && ")>]".indexOf(text.charAt(stop)) < 0) {
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

    private static boolean mayStartCode(char c) {
        return c == '.' || c == '<' || isCapital(c) || c >= '0' && c <= '9';
    }

    private static boolean atWordStart(String text, int lineStart, int p) {
        return p == lineStart || Character.isWhitespace(text.charAt(p - 1)) || text.charAt(p - 1) == '(';
    }

    /**
     * The end of a wire-service instrument code starting at {@code p}, or -1: an index code (".SPX", ".N225",
     * "<.STOXX>") or a listing code of 2 to 6 capitals or digits, an optional lowercase share-class letter and an
     * exchange suffix ("NKE.N", "8035.T", "SIEGn.DE", "0700.HK"). "U.S." and decimals are no codes.
     */
    static int instrumentCodeEnd(String text, int p, int end) {
        char c = text.charAt(p);
        if (c != '.' && c != '<' && !mayStartListingCode(text, p, end)) {
            return -1;
        }
        Matcher code = INSTRUMENT_CODE.matcher(text).region(p, end);
        return code.lookingAt() ? code.end() : -1;
    }

    private static boolean mayStartListingCode(String text, int p, int end) {
        for (int q = p; q < Math.min(end, p + 8); q++) {
            char c = text.charAt(q);
            if (c == '.') {
                return q - p >= 2 && q + 1 < end && isCapital(text.charAt(q + 1));
            }
            boolean shareClass = Character.isLowerCase(c) && q + 1 < end && text.charAt(q + 1) == '.';
            if (!isCapital(c) && !Character.isDigit(c) && !shareClass) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Blanks a list marker, a quote marker or a table rule at the start of a line; returns where content starts. */
    private static int maskLineMarker(String text, char[] out, int start, int end) {
        int p = skipSpaces(text, start, end);
        while (p < end && text.charAt(p) == '>') {
            out[p] = ' ';
            p = skipSpaces(text, p + 1, end);
        }
        if (p + 1 < end && "-*+".indexOf(text.charAt(p)) >= 0
                && (text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\t')) {
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
