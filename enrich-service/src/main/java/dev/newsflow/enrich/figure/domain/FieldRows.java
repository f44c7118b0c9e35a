package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds field tables, a quote page's figures of one instrument a line each ("Open | 3,116.54 |", "Previous Close
 * 3,124.67", "YTD -4.21%"), the instrument named on a line just above, perhaps with "Today | Previous" columns.
 */
final class FieldRows {

    /** Row labels and the period of their figure ("previous close = prior_session"); "latest" for the session's. */
    private static final Map<String, String> FIELDS = Vocabulary.map("text", "table-field-rows");
    /** Words of a row label that name a range of levels, low to high ("Day Range"). */
    private static final java.util.Set<String> RANGES = java.util.Set.copyOf(Vocabulary.list("text",
            "table-field-ranges"));
    private static final int MIN_ROWS = 3;
    /** How many rows a widget of labels over values needs, its layout telling its fields more surely than one line. */
    private static final int MIN_STACKED_ROWS = 2;
    private static final int TITLE_LINES = 3;
    /** How long a label or a value printed on a line of its own is at most. */
    private static final int MAX_LABEL = 40;
    /** How long a line between a widget's rows is at most ("Volume", "39.3K", "bearish"). */
    private static final int MAX_ASIDE = 24;
    /** How many such lines may stand between two rows. */
    private static final int MAX_SKIPPED = 2;

    private FieldRows() {
    }

    /**
     * The field tables of {@code text}; each header is the lines above that name the instrument and the columns. A
     * widget may print each label on a line of its own and its value on the next ("Open" over "84.25"); between such
     * rows it may print a short line of no field ("Volume" over "39.3K", "bearish"), and above the first the value
     * lines of its headline quote ("84.58" over "+0.18 (+0.21%)"), read as the latest session's row.
     */
    static List<MarkdownTables.Table> find(String text) {
        List<MarkdownTables.Table> tables = new ArrayList<>();
        List<int[]> lines = Spans.lines(text);
        for (int i = 0; i < lines.size(); ) {
            List<MarkdownTables.Line> rows = new ArrayList<>();
            int j = i;
            boolean stacked = false;
            int skipped = 0;
            while (j < lines.size() && skipped <= MAX_SKIPPED) {
                MarkdownTables.Line row = row(text, lines.get(j)[0], lines.get(j)[1]);
                MarkdownTables.Line twoLines = row != null || j + 1 >= lines.size() ? null
                        : stackedRow(text, lines.get(j), lines.get(j + 1));
                if (row == null && twoLines == null) {
                    if (!stacked || rows.isEmpty() || !isAside(lines.get(j))) {
                        break;
                    }
                    skipped++;
                    j++;
                    continue;
                }
                rows.add(row != null ? row : twoLines);
                stacked |= twoLines != null;
                skipped = 0;
                j += row != null ? 1 : 2;
            }
            int least = stacked ? MIN_STACKED_ROWS : MIN_ROWS;
            int first = stacked && rows.size() >= least ? headlineTop(text, lines, i) : i;
            if (first < i) {
                rows.add(0, headline(text, lines, first, i));
            }
            if (rows.size() >= least && first > 0) {
                int[] title = lines.get(Math.max(0, first - TITLE_LINES));
                MarkdownTables.Line header = new MarkdownTables.Line(title[0], lines.get(first - 1)[1],
                        List.of(new int[] {title[0], lines.get(first - 1)[1]}));
                tables.add(new MarkdownTables.Table(rows.get(0).start(), rows.get(rows.size() - 1).end(), header,
                        rows, MarkdownTables.Layout.FIELDS));
            }
            i = Math.max(j, i + 1);
        }
        return tables;
    }

    /**
     * A row printed on two lines, its label alone on the first ("Previous close", "Day Range") and its one or two
     * numbers alone on the second ("6899.33", "84.11 - 84.89"); null when the lines are none.
     */
    private static MarkdownTables.Line stackedRow(String text, int[] labelLine, int[] valueLine) {
        if (labelLine[1] - labelLine[0] > MAX_LABEL) {
            return null;
        }
        List<Token> label = Tokenizer.tokenize(text, labelLine[0], labelLine[1]);
        if (label.isEmpty() || !label.stream().allMatch(t -> t.isWord() || t.isNumber() && t.sign() == 0)
                || period(label(label)) == null) {
            return null;
        }
        List<int[]> numbers = values(text, valueLine);
        if (numbers.isEmpty() || numbers.size() > 2) {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {label.get(0).start(), label.get(label.size() - 1).end()});
        cells.addAll(numbers);
        return new MarkdownTables.Line(labelLine[0], valueLine[1], cells);
    }

    /** The numbers of a line that holds nothing else but marks ("+0.18 (+0.21%)"), as offsets; empty when none. */
    private static List<int[]> values(String text, int[] line) {
        if (!Spans.hasDigit(text, line[0], line[1]) || line[1] - line[0] > MAX_LABEL) {
            return List.of();
        }
        List<int[]> numbers = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text, line[0], line[1])) {
            if (t.isWord()) {
                return List.of();
            }
            if (t.isNumber()) {
                numbers.add(new int[] {t.start(), t.end()});
            }
        }
        return numbers;
    }

    /**
     * Where the headline quote just above a widget's first row starts: one or two lines of numbers only ("84.58",
     * "+0.18 (+0.21%)"), three numbers at most; {@code firstRow} when there is none.
     */
    private static int headlineTop(String text, List<int[]> lines, int firstRow) {
        int top = firstRow;
        int numbers = 0;
        while (top > 1 && firstRow - top < 2) {
            int above = values(text, lines.get(top - 1)).size();
            if (above == 0) {
                break;
            }
            top--;
            numbers += above;
        }
        return numbers > 3 ? firstRow : top;
    }

    /** The headline quote's lines as one row of the latest session, with no label. */
    private static MarkdownTables.Line headline(String text, List<int[]> lines, int top, int firstRow) {
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {lines.get(top)[0], lines.get(top)[0]});
        for (int l = top; l < firstRow; l++) {
            cells.addAll(values(text, lines.get(l)));
        }
        return new MarkdownTables.Line(lines.get(top)[0], lines.get(firstRow - 1)[1], cells);
    }

    /** Whether a line that starts no row can stand between a widget's rows: a short one. */
    private static boolean isAside(int[] line) {
        return line[1] - line[0] <= MAX_ASIDE;
    }

    /** A field row as cells: its label, then one or two numbers; null when the line is none. */
    static MarkdownTables.Line row(String text, int start, int end) {
        if (!Spans.hasDigit(text, start, end) || end - start > 80) {
            return null;
        }
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int first = 0;
        while (first < tokens.size() && (!tokens.get(first).isNumber() || first + 1 < tokens.size()
                && tokens.get(first + 1).isWord() && tokens.get(first + 1).start() > tokens.get(first).end())) {
            first++;
        }
        if (first == 0 || first == tokens.size() || period(label(tokens.subList(0, first))) == null) {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {tokens.get(0).start(), tokens.get(first - 1).end()});
        for (Token t : tokens.subList(first, tokens.size())) {
            if (t.isWord()) {
                return null;
            }
            if (t.isNumber()) {
                cells.add(new int[] {t.start(), t.end()});
            }
        }
        return cells.size() <= 3 ? new MarkdownTables.Line(start, end, cells) : null;
    }

    /** Whether a row label names a range ("Day Range", "52 Week Range"): its two numbers are both levels. */
    static boolean isRange(String label) {
        for (String word : label.split(" ")) {
            if (RANGES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The period a row label gives its figure (null for the latest session), by its longest known ending words. */
    static String period(String label) {
        for (int p = 0; p >= 0 && p < label.length(); p = label.indexOf(' ', p + 1)) {
            String ending = label.substring(p == 0 ? 0 : p + 1);
            if (FIELDS.containsKey(ending)) {
                return FIELDS.get(ending);
            }
        }
        return null;
    }

    /** The period of a known row label, or null when the label gives the latest session's figure. */
    static Period periodOf(String label) {
        String period = period(label);
        return period == null || period.equals("latest") ? null : Period.valueOf(period.toUpperCase(Locale.ROOT));
    }

    static String label(List<Token> tokens) {
        StringBuilder label = new StringBuilder();
        for (Token t : tokens) {
            if (t.isWord() || t.isNumber()) {
                label.append(label.isEmpty() ? "" : " ").append(t.key());
            }
        }
        return label.toString();
    }
}
