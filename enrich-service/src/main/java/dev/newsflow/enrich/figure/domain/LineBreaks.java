package dev.newsflow.enrich.figure.domain;

import java.util.BitSet;

/**
 * Tells the line breaks that end a sentence from those that only wrap a paragraph's text, as Markdown reads a soft
 * line break: a hard-wrapped "Brent fell 0.6%\nto $63.10" is one sentence, a list or a line per quote is not.
 */
final class LineBreaks {

    private static final int MIN_WRAP_WIDTH = 40;

    private LineBreaks() {
    }

    /** The offsets of the line breaks of {@code text} that end what comes before them. */
    static BitSet ending(String text) {
        BitSet ending = new BitSet();
        int paragraphStart = 0;
        int width = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                break;
            }
            if (lineStart == paragraphStart) {
                width = paragraphWidth(text, lineStart);
            }
            if (ends(text, lineStart, lineEnd, width)) {
                ending.set(lineEnd);
                paragraphStart = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return ending;
    }

    /**
     * Whether the line break after a line ends it: always before a blank line, a block or after a heading; never
     * before a line that goes on in lowercase or an indented continuation of a list item; otherwise only when the
     * next line's first word would have fitted on this line, which a greedy wrap at the paragraph's width never
     * leaves.
     */
    private static boolean ends(String text, int lineStart, int lineEnd, int width) {
        int next = skipBlanks(text, lineEnd + 1);
        if (next >= text.length() || text.charAt(next) == '\n' || isHeading(text, lineStart)
                || startsBlock(text, next)) {
            return true;
        }
        if (Character.isLowerCase(text.charAt(next)) || isListItem(text, lineStart) && next - lineEnd - 1 >= 2) {
            return false;
        }
        int last = Spans.trimmedEnd(text, lineStart, lineEnd);
        int firstWord = next;
        while (firstWord < text.length() && (!Character.isWhitespace(text.charAt(firstWord))
                || groupsDigits(text, firstWord))) {
            firstWord++;
        }
        boolean wrapped = width >= MIN_WRAP_WIDTH && last - lineStart + 1 + firstWord - next > width;
        return !wrapped || text.charAt(last - 1) == ':';
    }

    /**
     * Whether the space at {@code p} groups the digits of one number ("2 458,45", "12 800,52"), which no wrap
     * breaks: a digit before it, three after it and no further digit.
     */
    private static boolean groupsDigits(String text, int p) {
        return text.charAt(p) == ' ' && p > 0 && Character.isDigit(text.charAt(p - 1)) && p + 3 < text.length()
                && Character.isDigit(text.charAt(p + 1)) && Character.isDigit(text.charAt(p + 2))
                && Character.isDigit(text.charAt(p + 3))
                && (p + 4 >= text.length() || !Character.isDigit(text.charAt(p + 4)));
    }

    /** The length of the longest line of the paragraph starting at {@code start}: the width it was wrapped at. */
    private static int paragraphWidth(String text, int start) {
        int width = 0;
        int lineStart = start;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (Spans.trimmedStart(text, lineStart, lineEnd) == lineEnd
                    || lineStart > start
                    && (startsBlock(text, skipBlanks(text, lineStart)) || isHeading(text, lineStart))) {
                break;
            }
            width = Math.max(width, lineEnd - lineStart);
            lineStart = lineEnd + 1;
        }
        return width;
    }

    private static boolean isHeading(String text, int lineStart) {
        return text.startsWith("#", skipBlanks(text, lineStart));
    }

    private static boolean isListItem(String text, int lineStart) {
        return startsBlock(text, skipBlanks(text, lineStart));
    }

    /** Whether a list item, a heading, a quote or a table row starts at {@code p}. */
    private static boolean startsBlock(String text, int p) {
        if (p >= text.length()) {
            return false;
        }
        int c = text.codePointAt(p);
        if (c == '#' || c == '>' || c == '|') {
            return true;
        }
        if (isBullet(c) && p + Character.charCount(c) < text.length()) {
            int after = p + Character.charCount(c);
            while (after < text.length() && isBullet(text.codePointAt(after))) {
                after += Character.charCount(text.codePointAt(after));
            }
            if (after < text.length() && text.charAt(after) == ' ') {
                return true;
            }
        }
        int digits = p;
        while (digits < text.length() && digits - p < 3 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits > p && digits + 1 < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && text.charAt(digits + 1) == ' ';
    }

    /** A list marker or a symbol written as one: "-", "*", "•", "▪", an arrow or an emoji. */
    private static boolean isBullet(int c) {
        int type = Character.getType(c);
        return c == '-' || c == '*' || c == '+' || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                || c == 0xFE0F || type == Character.NON_SPACING_MARK;
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
