package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Line;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rows of a table of past sessions, one date a row ("Date Open High Low Close"): the row of the latest date is the
 * latest session, the row before it the previous session, older rows another time.
 */
final class SessionRows {

    /** Header cells of the column that holds each row's date. */
    private static final Set<String> DATE_HEADERS = Set.of("date", "day", "session", "trading day");

    private SessionRows() {
    }

    /** Whether a header cell names a column of dates, a session a row ("Date", "Day"). */
    static boolean isDateHeader(String cell) {
        return DATE_HEADERS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** The column of the rows' dates, or -1: a header cell "Date" (or "Day") under which every row holds a date. */
    static int dateColumn(String text, Table table) {
        if (table.header() == null || table.rows().isEmpty()) {
            return -1;
        }
        List<int[]> header = table.header().cells();
        for (int c = 0; c < header.size(); c++) {
            if (isDateHeader(text.substring(header.get(c)[0], header.get(c)[1])) && allDated(text, table.rows(), c)) {
                return c;
            }
        }
        return -1;
    }

    /** The period of each row by the rank of its date: null for the latest, prior_session next, other before. */
    static List<Period> periods(String text, Table table, int column) {
        List<Integer> dates = new ArrayList<>();
        for (Line row : table.rows()) {
            dates.add(date(text, row.cells().get(column)));
        }
        int latest = dates.stream().mapToInt(Integer::intValue).max().orElse(0);
        int previous = dates.stream().mapToInt(Integer::intValue).filter(d -> d < latest).max().orElse(0);
        return dates.stream().map(d -> d == latest ? null : d == previous ? Period.PRIOR_SESSION : Period.OTHER)
                .toList();
    }

    private static boolean allDated(String text, List<Line> rows, int column) {
        for (Line row : rows) {
            if (column >= row.cells().size() || date(text, row.cells().get(column)) == CalendarDates.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The date a cell holds, as a number that orders dates: "March 26, 2026", "26 Mar 2026", "2026-03-26". */
    private static int date(String text, int[] cell) {
        List<Token> tokens = Tokenizer.tokenize(text, cell[0], cell[1]);
        int written = CalendarDates.at(tokens, 0, tokens.size());
        return written != CalendarDates.NONE || tokens.size() != CalendarDates.NUMBERED_TOKENS ? written
                : CalendarDates.numbered(tokens, 0, tokens.size());
    }
}
