package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the tables of a Markdown text as GitHub Flavored Markdown reads them (commonmark's tables extension): a
 * header row, a delimiter row ("|---|---|"), then the rows up to a blank line or another block. A line of pipes and
 * words just above the header row, whose cells every row adds to the header's, names the first columns: a header
 * over two lines ("| Name |" over "1-Week (%) | YTD (%) |").
 */
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
     * @param layout how its rows are read
     */
    record Table(int start, int end, Line header, List<Line> rows, Layout layout) {

        Table(int start, int end, Line header, List<Line> rows) {
            this(start, end, header, rows, Layout.COLUMNS);
        }
    }

    /**
     * How a table's rows are read: by the columns its header names, as fields of the one instrument the header names
     * ({@link FieldRows}), or as rates a tenor a row ({@link TenorTables}).
     */
    enum Layout { COLUMNS, FIELDS, TENORS }

    /**
     * One row of a table and its cells.
     *
     * @param start offset of the row in the text
     * @param end   offset after the row
     * @param cells the cells, each as offsets in the text, without the outer pipes and trimmed
     */
    record Line(int start, int end, List<int[]> cells) {
    }

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** The tables of {@code markdown}, in order. */
    static List<Table> find(String markdown) {
        if (!hasDelimiterRow(markdown)) {
            return List.of();
        }
        List<Table> tables = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table(markdown, table));
                } else {
                    visitChildren(block);
                }
            }
        });
        return tables;
    }

    private static Table table(String markdown, TableBlock block) {
        List<Line> lines = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row) {
                    lines.add(line(markdown, row));
                } else {
                    visitChildren(node);
                }
            }
        });
        Line header = lines.get(0);
        List<Line> rows = lines.subList(1, lines.size());
        Line above = header.start() < 2 ? null
                : pipeLine(markdown, markdown.lastIndexOf('\n', header.start() - 2) + 1, header.start() - 1);
        List<Line> split = above == null || Spans.hasDigit(markdown, above.start(), above.end()) ? List.of()
                : rows.stream().map(r -> pipeLine(markdown, r.start(), r.end())).toList();
        int width = header.cells().size() + (above == null ? 0 : above.cells().size());
        if (!split.isEmpty() && split.stream().allMatch(r -> r != null && r.cells().size() == width)) {
            List<int[]> names = new ArrayList<>(above.cells());
            names.addAll(header.cells());
            return new Table(above.start(), lines.get(lines.size() - 1).end(), new Line(above.start(), header.end(),
                    names), split);
        }
        return new Table(header.start(), lines.get(lines.size() - 1).end(), header, List.copyOf(rows));
    }

    /**
     * A line between pipes ("| Zinc | 3035 |") as its trimmed cells, however many the table's header has; null when
     * the line is no such line.
     */
    static Line pipeLine(String text, int start, int end) {
        int first = Spans.trimmedStart(text, start, end);
        int last = Spans.trimmedEnd(text, first, end);
        if (last - first < 3 || text.charAt(first) != '|' || text.charAt(last - 1) != '|') {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        int cell = first + 1;
        for (int bar = text.indexOf('|', cell); bar >= 0 && bar < last; bar = text.indexOf('|', cell)) {
            int s = Spans.trimmedStart(text, cell, bar);
            cells.add(new int[] {s, Spans.trimmedEnd(text, s, bar)});
            cell = bar + 1;
        }
        return cells.isEmpty() ? null : new Line(start, end, cells);
    }

    private static Line line(String markdown, TableRow row) {
        SourceSpan span = row.getSourceSpans().get(0);
        List<int[]> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell && !cell.getSourceSpans().isEmpty()) {
                SourceSpan at = cell.getSourceSpans().get(0);
                int s = Spans.trimmedStart(markdown, at.getInputIndex(), at.getInputIndex() + at.getLength());
                cells.add(new int[] {s, Spans.trimmedEnd(markdown, s, at.getInputIndex() + at.getLength())});
            }
        }
        return new Line(span.getInputIndex(), span.getInputIndex() + span.getLength(), cells);
    }

    /** Whether a line of {@code text} can be a table's delimiter row: only pipes, dashes, colons and blanks. */
    private static boolean hasDelimiterRow(String text) {
        int pipe = text.indexOf('|');
        while (pipe >= 0) {
            int start = text.lastIndexOf('\n', pipe) + 1;
            int end = text.indexOf('\n', pipe);
            end = end < 0 ? text.length() : end;
            if (isDelimiterRow(text, start, end)) {
                return true;
            }
            pipe = text.indexOf('|', end);
        }
        return false;
    }

    private static boolean isDelimiterRow(String text, int start, int end) {
        boolean dash = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            dash |= c == '-';
            if (c != '-' && c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }
}
