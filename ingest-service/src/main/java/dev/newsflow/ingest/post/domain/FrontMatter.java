package dev.newsflow.ingest.post.domain;

import org.yaml.snakeyaml.error.Mark;

/**
 * A post split into its YAML front matter and its Markdown body.
 *
 * @param yaml          the text between the two delimiter lines
 * @param firstYamlLine the file line of the first YAML line (1-based)
 * @param body          the Markdown after the closing delimiter, without leading blank lines or trailing whitespace
 */
record FrontMatter(String yaml, int firstYamlLine, String body) {

    private static final String OPEN = "---";
    private static final String CLOSE_ALTERNATIVE = "...";

    /**
     * Splits {@code text}, which must open with a {@code ---} line and close the front matter with {@code ---} or
     * {@code ...}.
     */
    static FrontMatter split(String text) throws PostRejectedException {
        if (text.isBlank()) {
            throw new PostRejectedException(text.isEmpty() ? "empty file: 0 bytes" : "empty file: only whitespace");
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals(OPEN)) {
            throw new PostRejectedException(1, null, "no front matter: the file must start with a '---' line");
        }
        int lineStart = Math.min(firstEnd + 1, text.length());
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            String delimiter = text.substring(lineStart, end).stripTrailing();
            if (delimiter.equals(OPEN) || delimiter.equals(CLOSE_ALTERNATIVE)) {
                return new FrontMatter(text.substring(firstEnd + 1, lineStart), 2, body(text, end + 1));
            }
            lineStart = end + 1;
        }
        throw new PostRejectedException(1, null,
                "unterminated front matter: no closing '---' line after the one on line 1");
    }

    /** The 1-based file line of a snakeyaml mark (whose lines are 0-based and counted from the first YAML line). */
    int fileLine(Mark mark) {
        return mark == null ? firstYamlLine : mark.getLine() + firstYamlLine;
    }

    /** The 1-based file line of the code point at {@code index} in the YAML text. */
    int fileLineOfCodePoint(int index) {
        int codePoints = yaml.codePointCount(0, yaml.length());
        int offset = yaml.offsetByCodePoints(0, Math.max(0, Math.min(index, codePoints)));
        int line = firstYamlLine;
        for (int i = 0; i < offset; i++) {
            if (yaml.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * The text from {@code from} on without its leading blank lines and trailing whitespace, copied once (the body
     * is most of a post).
     */
    private static String body(String text, int from) {
        int start = from;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            if (!isBlank(text, start, end)) {
                break;
            }
            start = end + 1;
        }
        if (start >= text.length()) {
            return "";
        }
        int stop = text.length();
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        return text.substring(start, stop);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
