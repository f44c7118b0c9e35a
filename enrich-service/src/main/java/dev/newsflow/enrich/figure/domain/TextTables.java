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
    /** How many capitalized words of a title may come before the label of a header's names. */
    private static final int MAX_TITLE_WORDS = 3;
    private static final WordSet SCALES = Vocabulary.words("units", "table-scales");
    /** Columns of a word, not a number ("Symbol"): a row writes that word between its name and its numbers. */
    private static final List<String> WORD_COLUMNS = Vocabulary.words("text", "table-word-columns").stream().toList();

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
                MarkdownTables.Line line = row(text, row, rowEnd, header.cells().size() - 1, wordColumns(text, header),
                        isDated(text, header));
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
        tables.addAll(pipeTables(text));
        tables.sort(java.util.Comparator.comparingInt(MarkdownTables.Table::start));
        return tables;
    }

    /**
     * Tables of pipes printed without a delimiter row ("| Metal | Cash | 3 Months |" then one such line per
     * instrument): a run of lines between pipes, all with as many cells as the first, which is the header; when the
     * first's second cell is a number ("| WIG20 | 3,038.56 | 0.10% |") there is no header and every line is a row.
     * Empty cells at a line's end are no cells.
     */
    private static List<MarkdownTables.Table> pipeTables(String text) {
        List<MarkdownTables.Table> tables = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            MarkdownTables.Line header = pipeRow(text, lineStart, lineEnd);
            header = header == null || header.cells().size() < 2 ? null : header;
            boolean headless = header != null && isNumberCell(text, header.cells().get(1));
            List<MarkdownTables.Line> rows = new ArrayList<>();
            if (headless) {
                rows.add(header);
            }
            int row = lineEnd + 1;
            while (header != null && row < text.length()) {
                int rowEnd = lineEnd(text, row);
                MarkdownTables.Line line = pipeRow(text, row, rowEnd);
                if (line == null || line.cells().size() != header.cells().size()) {
                    break;
                }
                rows.add(line);
                row = rowEnd + 1;
            }
            if (rows.size() >= 2) {
                tables.add(new MarkdownTables.Table(header.start(), rows.get(rows.size() - 1).end(),
                        headless ? null : header, rows));
                lineStart = row;
            } else {
                lineStart = lineEnd + 1;
            }
        }
        return tables;
    }

    /** Whether a cell holds a number and no word ("3,038.56", "+0.10%"): a row's, not a header's. */
    private static boolean isNumberCell(String text, int[] cell) {
        List<Token> tokens = Tokenizer.tokenize(text, cell[0], cell[1]);
        return tokens.stream().anyMatch(Token::isNumber) && tokens.stream().noneMatch(Token::isWord);
    }

    /** A line between pipes as its cells, but for the empty cells at its end; null when the line is none. */
    private static MarkdownTables.Line pipeRow(String text, int start, int end) {
        MarkdownTables.Line line = MarkdownTables.pipeLine(text, start, end);
        if (line == null) {
            return null;
        }
        List<int[]> cells = new ArrayList<>(line.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1)[0] == cells.get(cells.size() - 1)[1]) {
            cells.remove(cells.size() - 1);
        }
        return cells.size() == line.cells().size() ? line : new MarkdownTables.Line(start, end, cells);
    }

    /** The header at this line: a first cell for the names (perhaps empty), then one cell per column name. */
    private static MarkdownTables.Line header(String text, int start, int end) {
        String line = text.substring(start, end).toLowerCase(Locale.ROOT);
        int p = Spans.trimmedStart(line, 0, line.length());
        List<int[]> cells = new ArrayList<>();
        int label = labelEnd(text, start, line, p);
        if (label > p) {
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

    /**
     * Where the header's first cell ends when it holds a label for the names ("Index"), perhaps after a title of a
     * few capitalized words ("Caribbean Markets Index Value Change"); {@code p} when it holds none.
     */
    private static int labelEnd(String text, int start, String line, int p) {
        int word = p;
        for (int w = 0; w <= MAX_TITLE_WORDS && word < line.length(); w++) {
            int end = word;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            if (LABELS.contains(line.substring(word, end))) {
                return end;
            }
            if (!Character.isUpperCase(text.charAt(start + word)) || column(line, word) != null) {
                return p;
            }
            word = Spans.trimmedStart(line, end, line.length());
        }
        return p;
    }

    /** How many columns of a word follow the names' column at once: "Index Symbol Last Chg". */
    private static int wordColumns(String text, MarkdownTables.Line header) {
        int count = 0;
        for (int c = 1; c < header.cells().size(); c++) {
            int[] cell = header.cells().get(c);
            if (!WORD_COLUMNS.contains(text.substring(cell[0], cell[1]).toLowerCase(Locale.ROOT))) {
                break;
            }
            count++;
        }
        return count;
    }

    private static String column(String line, int p) {
        String word = columnOf(WORD_COLUMNS, line, p);
        return word != null ? word : columnOf(COLUMNS, line, p);
    }

    private static String columnOf(List<String> columns, String line, int p) {
        for (String column : columns) {
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
     * number: "Russell 2000 2,220 -0.34%"); the {@code words} columns of a word take the words just before the
     * first number ("S&P/TSX 60 Index ^TX60 925.70"); null when the line is no such row.
     */
    private static MarkdownTables.Line row(String text, int start, int end, int columns, int words, boolean dated) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int numberedDate = dated ? numberedDateEnd(tokens) : 0;
        int firstNumber = numberedDate > 0 ? numberedDate
                : words > 0 ? lastNumbers(tokens, columns - words) : firstNumber(tokens);
        if (firstNumber <= 0 || numberedDate == 0 && !tokens.get(0).isWord()) {
            return null;
        }
        List<Token> numbers = new ArrayList<>();
        for (Token t : tokens.subList(firstNumber, tokens.size())) {
            if (t.isNumber()) {
                numbers.add(t);
            } else if (!isColumnToken(t)) {
                return null;
            }
        }
        List<int[]> cells = new ArrayList<>();
        int nameEnd = tokens.get(firstNumber - 1).end();
        for (int w = 0; w < words; w++) {
            int chunk = nameEnd;
            while (chunk > start && !Character.isWhitespace(text.charAt(chunk - 1))) {
                chunk--;
            }
            cells.add(0, new int[] {chunk, nameEnd});
            nameEnd = Spans.trimmedEnd(text, start, chunk);
        }
        int nameNumbers = words > 0 ? 0 : Math.max(0, numbers.size() - columns);
        if (nameEnd <= tokens.get(0).start()) {
            return null;
        }
        int lastOfName = nameNumbers == 0 ? nameEnd : numbers.get(nameNumbers - 1).end();
        cells.add(0, new int[] {tokens.get(0).start(), lastOfName});
        for (Token number : numbers.subList(nameNumbers, numbers.size())) {
            cells.add(new int[] {number.start(), number.end()});
        }
        return new MarkdownTables.Line(start, end, cells);
    }

    /** Whether the column of names is one of dates, a session a row ("Day Open Close High Low"). */
    private static boolean isDated(String text, MarkdownTables.Line header) {
        int[] names = header.cells().get(0);
        return SessionRows.isDateHeader(text.substring(names[0], names[1]));
    }

    /** Where a row that starts with a date in numbers ("2025-10-13", "2025/10/13") has its first column; else 0. */
    private static int numberedDateEnd(List<Token> tokens) {
        return tokens.size() > CalendarDates.NUMBERED_TOKENS
                && CalendarDates.numbered(tokens, 0, tokens.size()) != CalendarDates.NONE
                ? CalendarDates.NUMBERED_TOKENS : 0;
    }

    /** Where the last {@code count} numbers of a row start, when only numbers and their signs follow; else -1. */
    private static int lastNumbers(List<Token> tokens, int count) {
        int found = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (!isColumnToken(t)) {
                return -1;
            }
            found += t.isNumber() ? 1 : 0;
            if (found == count) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a row's numbers start: at its first number, or, when a whole number stands inside a name of capitalized
     * words ("Barbados BSE 1000 Index 656.56"), at the run of numbers that ends the row; -1 when it has none.
     */
    private static int firstNumber(List<Token> tokens) {
        int first = -1;
        for (int i = 0; i < tokens.size() && first < 0; i++) {
            first = tokens.get(i).isNumber() ? i : -1;
        }
        int run = tokens.size();
        while (run > 0 && isColumnToken(tokens.get(run - 1))) {
            run--;
        }
        while (run < tokens.size() && !tokens.get(run).isNumber()) {
            run++;
        }
        if (first < 0 || run <= first || run == tokens.size()) {
            return first;
        }
        for (Token t : tokens.subList(0, run)) {
            boolean wholeNumber = t.isNumber() && t.sign() == 0 && t.text().chars().allMatch(Character::isDigit);
            if (!wholeNumber && !(t.isWord() && t.isCapitalized()) && !t.is("&")) {
                return first;
            }
        }
        return run;
    }

    /** Whether a token can stand among a row's numbers: a number, a percent sign, a bracket or a scale word. */
    private static boolean isColumnToken(Token t) {
        return t.isNumber() || t.is("%") || t.is("(") || t.is(")") || SCALES.contains(t);
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
