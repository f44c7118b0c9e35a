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
    private static final int MIN_ROWS = 3;
    private static final int TITLE_LINES = 3;

    private FieldRows() {
    }

    /** The field tables of {@code text}; each header is the lines above that name the instrument and the columns. */
    static List<MarkdownTables.Table> find(String text) {
        List<MarkdownTables.Table> tables = new ArrayList<>();
        List<int[]> lines = Spans.lines(text);
        for (int i = 0; i < lines.size(); ) {
            List<MarkdownTables.Line> rows = new ArrayList<>();
            int j = i;
            MarkdownTables.Line row = j < lines.size() ? row(text, lines.get(j)[0], lines.get(j)[1]) : null;
            while (row != null) {
                rows.add(row);
                j++;
                row = j < lines.size() ? row(text, lines.get(j)[0], lines.get(j)[1]) : null;
            }
            if (rows.size() >= MIN_ROWS && i > 0) {
                int[] title = lines.get(Math.max(0, i - TITLE_LINES));
                MarkdownTables.Line header = new MarkdownTables.Line(title[0], lines.get(i - 1)[1],
                        List.of(new int[] {title[0], lines.get(i - 1)[1]}));
                tables.add(new MarkdownTables.Table(rows.get(0).start(), rows.get(rows.size() - 1).end(), header,
                        rows, MarkdownTables.Layout.FIELDS));
            }
            i = Math.max(j, i + 1);
        }
        return tables;
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
