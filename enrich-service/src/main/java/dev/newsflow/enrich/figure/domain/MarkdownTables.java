package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;

/** Finds the tables of a Markdown text: a header row, a delimiter row ("|---|---|"), then rows with pipes. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    /**
     * A table: where it starts and ends in the text, its header row and its body rows.
     *
     * @param start  offset of the header row
     * @param end    offset after the last row
     * @param header the header row
     * @param rows   the body rows
     */
    record Table(int start, int end, Line header, List<Line> rows) {
    }

    /**
     * One row of a table and its cells.
     *
     * @param start offset of the row in the text
     * @param end   offset after the row
     * @param cells the cells, each as offsets in the text, without the outer pipes and trimmed
     */
    record Line(int start, int end, List<int[]> cells) {
    }

    /** The tables of {@code markdown}, in order. */
    static List<Table> find(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = lineEnd(markdown, lineStart);
            int next = lineEnd + 1;
            int delimiterEnd = next < markdown.length() ? lineEnd(markdown, next) : -1;
            if (delimiterEnd < 0 || !hasPipe(markdown, lineStart, lineEnd)
                    || !isDelimiterRow(markdown, next, delimiterEnd)) {
                lineStart = next;
                continue;
            }
            List<Line> rows = new ArrayList<>();
            int end = delimiterEnd;
            int row = end + 1;
            while (row < markdown.length() && hasPipe(markdown, row, lineEnd(markdown, row))) {
                end = lineEnd(markdown, row);
                rows.add(line(markdown, row, end));
                row = end + 1;
            }
            tables.add(new Table(lineStart, end, line(markdown, lineStart, lineEnd), rows));
            lineStart = row;
        }
        return tables;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean hasPipe(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDelimiterRow(String text, int start, int end) {
        boolean dash = false;
        boolean pipe = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            dash |= c == '-';
            pipe |= c == '|';
            if (c != '-' && c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash && pipe;
    }

    private static Line line(String text, int start, int end) {
        List<int[]> cells = new ArrayList<>();
        int from = start;
        int first = text.indexOf('|', start);
        if (text.substring(start, first).isBlank()) {
            from = first + 1;
        }
        while (from < end) {
            int pipe = text.indexOf('|', from);
            int cellEnd = pipe < 0 || pipe > end ? end : pipe;
            int s = Spans.trimmedStart(text, from, cellEnd);
            int e = Spans.trimmedEnd(text, s, cellEnd);
            if (cellEnd < end || s < e) {
                cells.add(new int[] {s, e});
            }
            from = cellEnd + 1;
        }
        return new Line(start, end, cells);
    }
}
