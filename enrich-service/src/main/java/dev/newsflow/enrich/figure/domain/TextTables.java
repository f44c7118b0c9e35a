package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the tables of plain text, as quote boxes and wires print them: a header line of column names ("Close Change
 * % Change", "Name Value % Chg"), an optional rule of dashes, then one line per instrument, its name and its numbers.
 */
final class TextTables {

    private static final List<String> COLUMNS = Vocabulary.words("text", "table-columns").stream()
            .sorted((a, b) -> b.length() - a.length()).toList();
    private static final WordSet LABELS = Vocabulary.words("text", "table-labels");
    private static final WordSet SCALES = Vocabulary.words("units", "table-scales");

    private TextTables() {
    }

    /** The plain-text tables of {@code text}, in order, as rows of cells: the name, then each number. */
    static List<MarkdownTables.Table> find(String text) {
        List<MarkdownTables.Table> tables = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            MarkdownTables.Line header = header(text, lineStart, lineEnd);
            if (header == null) {
                lineStart = lineEnd + 1;
                continue;
            }
            List<MarkdownTables.Line> rows = new ArrayList<>();
            int end = lineEnd;
            int row = lineEnd + 1;
            while (row < text.length()) {
                int rowEnd = lineEnd(text, row);
                int rowStart = Spans.trimmedStart(text, row, rowEnd);
                if (rowStart == rowEnd || text.charAt(rowStart) == '|') {
                    break;
                }
                MarkdownTables.Line line = row(text, row, rowEnd, header.cells().size() - 1);
                if (line != null) {
                    rows.add(line);
                    end = rowEnd;
                } else if (!isRule(text, row, rowEnd) && !isSectionLabel(text, row, rowEnd)) {
                    break;
                }
                row = rowEnd + 1;
            }
            if (!rows.isEmpty()) {
                tables.add(new MarkdownTables.Table(lineStart, end, header, rows));
            }
            lineStart = row;
        }
        return tables;
    }

    /** The header at this line: a first cell for the names (perhaps empty), then one cell per column name. */
    private static MarkdownTables.Line header(String text, int start, int end) {
        String line = text.substring(start, end).toLowerCase(Locale.ROOT);
        int p = Spans.trimmedStart(line, 0, line.length());
        List<int[]> cells = new ArrayList<>();
        int label = p;
        while (label < line.length() && !Character.isWhitespace(line.charAt(label))) {
            label++;
        }
        if (LABELS.contains(line.substring(p, label))) {
            cells.add(new int[] {start + p, start + label});
            p = Spans.trimmedStart(line, label, line.length());
        } else {
            cells.add(new int[] {start + p, start + p});
        }
        while (p < line.length()) {
            String column = column(line, p);
            if (column == null) {
                return null;
            }
            int columnEnd = p + column.length();
            if (columnEnd < line.length() && line.charAt(columnEnd) == ' ' && line.startsWith("(", columnEnd + 1)) {
                int close = line.indexOf(')', columnEnd);
                columnEnd = close < 0 ? columnEnd : close + 1;
            }
            cells.add(new int[] {start + p, start + columnEnd});
            p = Spans.trimmedStart(line, columnEnd, line.length());
        }
        return cells.size() >= 3 ? new MarkdownTables.Line(start, end, cells) : null;
    }

    private static String column(String line, int p) {
        for (String column : COLUMNS) {
            int after = p + column.length();
            if (line.startsWith(column, p)
                    && (after == line.length() || !Character.isLetterOrDigit(line.charAt(after)))) {
                return column;
            }
        }
        return null;
    }

    /**
     * A row: a name, then numbers only, the last {@code columns} of them under the columns (a name may end in a
     * number: "Russell 2000 2,220 -0.34%"); null when the line is no such row.
     */
    private static MarkdownTables.Line row(String text, int start, int end, int columns) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        List<Token> numbers = new ArrayList<>();
        int firstNumber = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNumber()) {
                firstNumber = firstNumber < 0 ? i : firstNumber;
                numbers.add(t);
            } else if (firstNumber >= 0 && !t.is("%") && !t.is("(") && !t.is(")") && !SCALES.contains(t)) {
                return null;
            }
        }
        if (firstNumber <= 0 || !tokens.get(0).isWord()) {
            return null;
        }
        int nameNumbers = Math.max(0, numbers.size() - columns);
        Token lastOfName = nameNumbers == 0 ? tokens.get(firstNumber - 1) : numbers.get(nameNumbers - 1);
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {tokens.get(0).start(), lastOfName.end()});
        for (Token number : numbers.subList(nameNumbers, numbers.size())) {
            cells.add(new int[] {number.start(), number.end()});
        }
        return new MarkdownTables.Line(start, end, cells);
    }

    private static boolean isRule(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != ' ' && c != '=' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSectionLabel(String text, int start, int end) {
        for (Token t : Tokenizer.tokenize(text, start, end)) {
            if (t.isNumber()) {
                return false;
            }
        }
        return end - start < 40;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
