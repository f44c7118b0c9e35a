package dev.newsflow.enrich.figure.domain;

/** Offsets of a span of text with the whitespace at its ends left out. */
final class Spans {

    private Spans() {
    }

    /** The first offset from {@code start} that is not whitespace, at most {@code end}. */
    static int trimmedStart(CharSequence text, int start, int end) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** The offset after the last character before {@code end} that is not whitespace, at least {@code start}. */
    static int trimmedEnd(CharSequence text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The lines of {@code text}, each as its start and the offset of its line break (or the text's end). */
    static java.util.List<int[]> lines(String text) {
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        return lines;
    }

    /** Whether a digit stands between {@code start} and {@code end} of {@code text}. */
    static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
