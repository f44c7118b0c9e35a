package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Line;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the figures of a Markdown table: each row names an instrument in its first cell, and the header says what
 * each other column holds ("Close", "Chg %", "Chg (pts)", "Chg (bp)", "7d %", "YTD %").
 */
final class TableReader {

    /** Words of a header or label that name a period ("24 h" too, as two words). */
    private static final Map<String, Period> PERIOD_WORDS = Vocabulary.lookup(Cues.periods("header-periods").stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    /** Which period a header naming several gives: the shortest span it names. */
    private static final List<Period> PERIOD_ORDER = List.of(Period.OTHER, Period.WEEK, Period.MONTH, Period.YTD,
            Period.YEAR);

    /** Headers of a column of dates or times, not of moves. */
    private static final java.util.Set<String> CALENDAR_HEADERS = java.util.Set.of("date", "day", "time");
    /** Headers of a session's open, high and low. */
    private static final java.util.Set<String> SESSION_EXTREMES = java.util.Set.of("open", "high", "low", "day high",
            "day low", "opening");

    /** Headers of a column of shares of a whole ("Weightage (%)"), not of moves. */
    private static final List<String> SHARE_COLUMNS = Vocabulary.list("text", "table-share-columns");

    /** Words of a header over a move in points, or in the unit its numbers carry ("Chg", "+/-", "Var."). */
    private static final List<String> MOVE_COLUMNS = Vocabulary.list("text", "table-move-headers");
    /** Words of a header over the previous session's level ("Prev Close", "1 day ago"). */
    private static final List<String> PREVIOUS_COLUMNS = Vocabulary.list("text", "table-previous-headers");
    /** Words of a header over the latest level ("Close", "Last", "Rate", "Schluss", "Cierre"). */
    private static final List<String> LEVEL_COLUMNS = Vocabulary.list("text", "table-level-headers");

    /** How many words the name of an item of results has at most ("Net Sales", "Other Income"). */
    private static final int RESULT_ITEM_WORDS = 3;

    /** How a row's name is found when no instrument the finder knows is in it. */
    private static final String WHOLE_CELL = "table row";

    private final MentionFinder finder;

    TableReader(MentionFinder finder) {
        this.finder = finder;
    }

    /** What a column holds, and over which period when it is a move. */
    private record Column(Role role, Period period, String currency) {
    }

    private enum Role { LEVEL, PERCENT, POINTS, BASIS_POINTS, NONE }

    /** A figure read from one row, with the row it came from. */
    record RowFigure(FigureDraft draft, Line row) {
    }

    /**
     * The figures of every row of {@code table} in {@code text} whose first cell names an instrument; a table with no
     * header, or whose header names no column, is read by the shape of each row's numbers ({@link QuoteLines}); a
     * table whose first column is a period's move ("| 1h | 24h | 7d |") gives the moves of the instrument its title
     * names, a row of numbers.
     */
    List<RowFigure> read(String text, Table table) {
        if (table.layout() == MarkdownTables.Layout.FIELDS) {
            return readFields(text, table);
        }
        if (table.layout() == MarkdownTables.Layout.TENORS) {
            return TenorTables.read(text, table);
        }
        List<Column> columns = new ArrayList<>();
        if (table.header() != null) {
            for (int[] cell : table.header().cells()) {
                columns.add(column(text.substring(cell[0], cell[1]).toLowerCase(Locale.ROOT)));
            }
        }
        boolean byShape = columns.stream().allMatch(c -> c.role() == Role.NONE);
        int dateColumn = byShape ? -1 : SessionRows.dateColumn(text, table);
        List<Period> sessions = dateColumn < 0 ? null : SessionRows.periods(text, table, dateColumn);
        boolean periodRows = !byShape && dateColumn < 0 && columns.get(0).period() != null;
        Mention title = dateColumn == 0 || periodRows ? title(text, table.start()) : null;
        boolean results = isResults(text, table);
        int percentsAbove = byShape && table.header() == null ? percentsAbove(text, table.start()) : 0;
        List<RowFigure> figures = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Line tableRow = table.rows().get(r);
            Line row = !byShape ? tableRow : table.header() == null ? tableRow
                    : QuoteLines.row(text, tableRow.start(), tableRow.end());
            Mention mention = dateColumn == 0 ? title : row == null || row.cells().isEmpty() ? null
                    : periodRows ? (isNumbers(text, row.cells().get(0)) ? title : null)
                    : name(text, row.cells().get(0), byShape);
            if (mention != null && !byShape && mention.via().equals(WHOLE_CELL)) {
                mention = codeCell(text, row, mention);
            }
            if (mention == null || results && mention.via().equals(WHOLE_CELL)) {
                continue;
            }
            if (byShape && row.cells().size() > 2 && isWholeNumber(text, row.cells().get(1))) {
                int[] joined = {row.cells().get(0)[0], row.cells().get(1)[1]};
                Mention longer = name(text, joined, false);
                if (longer != null && longer.last() == joined[1] && !longer.via().equals(WHOLE_CELL)) {
                    mention = longer;
                    List<int[]> cells = new ArrayList<>(row.cells().subList(2, row.cells().size()));
                    cells.add(0, joined);
                    row = new Line(row.start(), row.end(), cells);
                }
            }
            List<Column> rowColumns = byShape ? shapeColumns(text, row, mention.instrument().kind(), percentsAbove)
                    : sessions == null ? columns : inSession(columns, sessions.get(r));
            List<FigureDraft> drafts = new ArrayList<>();
            for (int c = periodRows ? 0 : 1; c < Math.min(rowColumns.size(), row.cells().size()); c++) {
                Token number = number(text, row.cells().get(c));
                if (number != null && rowColumns.get(c).role() != Role.NONE) {
                    put(drafts, mention, rowColumns.get(c), number, row);
                }
            }
            joinLevelToDailyMove(drafts);
            for (FigureDraft draft : drafts) {
                if (!draft.isEmpty()) {
                    figures.add(new RowFigure(draft, row));
                }
            }
        }
        return figures;
    }

    /**
     * What each number of a quote line holds: a percent is a move (a yield's first is its level), basis points a move
     * in basis points, the first other unsigned number the level, a signed one or one followed by its percent ("60.36
     * / 0.46%") a move in points; a period word before a number ("(YTD: +70.6%)") dates it. Other unsigned numbers (a
     * second price) are not read. Under a line that names at least as many percent columns as the row has signed
     * numbers, none with a unit ("Last Chg %" over "ACME 2.20 -4.35"), the signed numbers are percent moves.
     */
    private static List<Column> shapeColumns(String text, Line row, Kind kind, int percentsAbove) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Role.NONE, null, null));
        List<int[]> cells = row.cells();
        List<Token> numbers = new ArrayList<>();
        for (int[] cell : cells.subList(1, cells.size())) {
            numbers.add(number(text, cell));
        }
        long signed = numbers.stream().filter(n -> n != null && n.sign() != 0).count();
        boolean signedPercents = signed > 0 && signed <= percentsAbove
                && numbers.stream().allMatch(n -> n == null || n.unit() == Token.Unit.NONE);
        boolean level = false;
        for (int c = 1; c < cells.size(); c++) {
            Token number = numbers.get(c - 1);
            Token next = c < numbers.size() ? numbers.get(c) : null;
            Period period = period(text.substring(cells.get(c - 1)[1], cells.get(c)[0]).toLowerCase(Locale.ROOT));
            Role role = number == null ? Role.NONE
                    : number.unit() == Token.Unit.BASIS_POINTS ? Role.BASIS_POINTS
                    : number.unit() == Token.Unit.PERCENT ? (kind == Kind.YIELD && !level ? Role.LEVEL : Role.PERCENT)
                    : number.sign() == 0 && !level ? Role.LEVEL
                    : number.sign() != 0 && signedPercents ? Role.PERCENT
                    : number.sign() != 0 || next != null && next.unit() == Token.Unit.PERCENT ? Role.POINTS : Role.NONE;
            level |= role == Role.LEVEL;
            columns.add(new Column(role, period, null));
        }
        return columns;
    }

    /**
     * The figures of a field table: each row's label gives its period ("Previous Close", "52 Week High", "YTD"), a
     * percent is a move and any other number a level; a second number stands under a column of the previous session.
     */
    private List<RowFigure> readFields(String text, Table table) {
        int[] title = table.header().cells().get(0);
        Mention mention = name(text, title, true);
        List<RowFigure> figures = new ArrayList<>();
        if (mention == null) {
            return figures;
        }
        String header = text.substring(title[0], title[1]).toLowerCase(Locale.ROOT);
        boolean previous = header.contains("previous") || header.contains("prev");
        for (Line row : table.rows()) {
            int[] label = row.cells().get(0);
            String words = FieldRows.label(Tokenizer.tokenize(text, label[0], label[1]));
            Period period = FieldRows.periodOf(words);
            boolean range = FieldRows.isRange(words);
            Token second = row.cells().size() > 2 ? number(text, row.cells().get(2)) : null;
            boolean quote = !previous && !range && second != null
                    && (second.sign() != 0 || second.unit() == Token.Unit.PERCENT);
            List<FigureDraft> rowDrafts = new ArrayList<>();
            for (int c = 1; c < row.cells().size() && (c == 1 || previous || range || quote); c++) {
                Token number = number(text, row.cells().get(c));
                if (number != null) {
                    Period at = c == 2 && previous && period != Period.OTHER ? Period.PRIOR_SESSION : period;
                    Role role = number.unit() == Token.Unit.PERCENT ? Role.PERCENT
                            : quote && number.sign() != 0 ? Role.POINTS : Role.LEVEL;
                    List<FigureDraft> drafts = quote ? rowDrafts : new ArrayList<>();
                    put(drafts, mention, new Column(role, at, null), number, row);
                    if (!quote) {
                        rowDrafts.addAll(drafts);
                    }
                }
            }
            rowDrafts.forEach(d -> figures.add(new RowFigure(d, row)));
        }
        return figures;
    }

    /**
     * The columns of one row of a table of past sessions, dated as the row: a session's open, high and low are
     * intraday in the latest row and of the row's own session in older ones.
     */
    private static List<Column> inSession(List<Column> columns, Period session) {
        List<Column> dated = new ArrayList<>(columns.size());
        for (Column column : columns) {
            Period period = column.period() == null || column.period() == Period.INTRADAY && session != null ? session
                    : column.period();
            dated.add(new Column(column.role(), period, column.currency()));
        }
        return dated;
    }

    /**
     * Whether a table is a company's results ("| Net Sales | 87,621 | 71,558 | 22.45 |"): a row's first cell, of a
     * few words, names an item of results, so the rows that name no known instrument name items, not companies.
     */
    private static boolean isResults(String text, Table table) {
        for (Line row : table.rows()) {
            List<Token> name = row.cells().isEmpty() ? List.of() : cellTokens(text, row.cells().get(0));
            if (name.size() <= RESULT_ITEM_WORDS && name.stream().anyMatch(t -> t.isWord()
                    && Cues.DISTRACTORS.contains(t))) {
                return true;
            }
        }
        return false;
    }

    /** How many percent signs the line just above a table of quote lines holds when it holds no digit: its header. */
    private static int percentsAbove(String text, int tableStart) {
        int end = Math.max(0, tableStart - 1);
        int start = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        if (start >= end || Spans.hasDigit(text, start, end)) {
            return 0;
        }
        return (int) text.substring(start, end).chars().filter(c -> c == '%').count();
    }

    /** The instrument the line before a table names, as its title does ("BSE MidCap Historical Prices"), or null. */
    private Mention title(String text, int tableStart) {
        int end = Spans.trimmedEnd(text, 0, tableStart);
        int start = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        if (start >= end) {
            return null;
        }
        Mention mention = known(text, new int[] {start, end});
        return mention == null || mention.via().equals(WHOLE_CELL) ? null : mention;
    }

    /**
     * The instrument a row's second cell names when its first names none the finder knows ("| Norway | NOK | 9.81
     * |": the country, then its currency's code); else the first cell's name.
     */
    private Mention codeCell(String text, Line row, Mention first) {
        if (row.cells().size() < 3 || number(text, row.cells().get(1)) != null) {
            return first;
        }
        Mention code = known(text, row.cells().get(1));
        return code == null || code.via().equals(WHOLE_CELL) ? first : code;
    }

    /** In a table with no session column, the price goes with the 24-hour move, as crypto tables quote them. */
    private static void joinLevelToDailyMove(List<FigureDraft> drafts) {
        FigureDraft levelOnly = drafts.stream().filter(d -> d.period == null && !d.hasMove()).findFirst().orElse(null);
        FigureDraft daily = drafts.stream().filter(d -> d.period == Period.OTHER).findFirst().orElse(null);
        if (levelOnly != null && daily != null && daily.level == null) {
            daily.level = levelOnly.level;
            daily.currency = levelOnly.currency;
            drafts.remove(levelOnly);
        }
    }

    private static Column column(String header) {
        if (CALENDAR_HEADERS.contains(header.strip())) {
            return new Column(Role.NONE, null, null);
        }
        if (SESSION_EXTREMES.contains(header.strip())) {
            return new Column(Role.LEVEL, Period.INTRADAY, null);
        }
        if (SHARE_COLUMNS.stream().anyMatch(header::contains)) {
            return new Column(Role.NONE, null, null);
        }
        Period period = period(header);
        String currency = header.contains("$") ? "USD" : header.contains("€") ? "EUR" : header.contains("£") ? "GBP"
                : header.contains("¥") ? "JPY" : header.contains("₹") ? "INR" : null;
        boolean percent = header.contains("%") || header.contains("pct") || header.contains("percent")
                || header.contains("per cent");
        QuoteSides.Side side = percent ? QuoteSides.Side.NONE : QuoteSides.of(header);
        if (side != QuoteSides.Side.NONE) {
            return new Column(side == QuoteSides.Side.BUYING ? Role.LEVEL : Role.NONE, null, currency);
        }
        if (header.contains("bp")) {
            return new Column(Role.BASIS_POINTS, period, null);
        }
        if (percent || period != null) {
            return new Column(Role.PERCENT, period, null);
        }
        if (MOVE_COLUMNS.stream().anyMatch(header::contains)) {
            return new Column(Role.POINTS, null, null);
        }
        if (PREVIOUS_COLUMNS.stream().anyMatch(header::contains)) {
            return new Column(Role.LEVEL, Period.PRIOR_SESSION, currency);
        }
        if (LEVEL_COLUMNS.stream().anyMatch(header::contains)) {
            return new Column(Role.LEVEL, null, currency);
        }
        return new Column(Role.NONE, null, null);
    }

    /**
     * The period a column header or a label before a number names ("7d %", "YTD"), or null: its runs of lower-case
     * letters and digits are looked up, and of several periods named the first of {@link #PERIOD_ORDER} wins.
     */
    static Period period(String header) {
        Period found = null;
        String previous = null;
        int start = -1;
        for (int i = 0; i <= header.length(); i++) {
            boolean inWord = i < header.length() && isWordChar(header.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = header.substring(start, i);
                Period counted = previous == null ? null : CountedSpans.of(previous, word);
                found = first(found, "h".equals(word) && "24".equals(previous) ? Period.OTHER
                        : counted != null ? counted : PERIOD_WORDS.get(word));
                previous = i + 1 < header.length() && isWordChar(header.charAt(i + 1)) ? word : null;
                start = -1;
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static Period first(Period found, Period next) {
        boolean keep = next == null || found != null && PERIOD_ORDER.indexOf(found) <= PERIOD_ORDER.indexOf(next);
        return keep ? found : next;
    }

    /**
     * The instrument a row's first cell names; a quote line's unknown name only when written in capitals or in two
     * words or more ("Cedar Foods"), as a lone capitalized word ("January") names a row of no instrument.
     */
    private Mention name(String text, int[] cell, boolean byShape) {
        if (cell[0] >= cell[1]) {
            return null;
        }
        Sentence named = cellSentence(text, cell);
        List<Token> tokens = named.tokens();
        Mention known = known(named, cell);
        if (known != null && known.via().equals(WHOLE_CELL)) {
            return byShape && !isCapitals(tokens) && words(tokens) < 2 ? null : wholeCell(text, cell, tokens);
        }
        if (known != null && namesLonger(tokens, cell, known)) {
            Instrument longer = new Instrument(text.substring(cell[0], cell[1]).strip(), null,
                    known.instrument().kind());
            return new Mention(longer, cell[0], cell[1], true, "table row, a longer name than " + known.via());
        }
        return known;
    }

    /**
     * Whether the name a row's cell gives goes on past the instrument the finder knows in it with two capitalized
     * words or more ("Nifty PSU Bank TRI", "Hang Seng China Enterprises"): the name of another instrument.
     */
    private static boolean namesLonger(List<Token> tokens, int[] cell, Mention known) {
        int words = 0;
        for (Token t : tokens) {
            if (cell[0] + t.start() >= known.last()) {
                if (!t.isWord() || !t.isCapitalized()) {
                    return false;
                }
                words++;
            }
        }
        return words >= 2;
    }

    /**
     * The first instrument the finder knows in {@code cell}; a mention {@link #WHOLE_CELL} when it finds none, null
     * when its first mention names no subject.
     */
    private Mention known(String text, int[] cell) {
        return known(cellSentence(text, cell), cell);
    }

    private Mention known(Sentence sentence, int[] cell) {
        List<Mention> mentions = finder.find(sentence, null);
        if (mentions.isEmpty()) {
            return new Mention(null, cell[0], cell[1], false, WHOLE_CELL);
        }
        if (!mentions.get(0).subject()) {
            return null;
        }
        Mention first = mentions.get(0);
        List<Token> tokens = sentence.tokens();
        return new Mention(first.instrument(), cell[0] + tokens.get(first.first()).start(),
                cell[0] + tokens.get(first.last() - 1).end(), true, "table row, " + first.via());
    }

    /** A cell read as a sentence of its own, its Markdown marks masked: masked and tokenized once for all readings. */
    private static Sentence cellSentence(String text, int[] cell) {
        String raw = text.substring(cell[0], cell[1]);
        String masked = MarkdownMask.mask(raw);
        return new Sentence(0, masked.length(), raw, masked, Tokenizer.tokenize(masked, 0, masked.length()));
    }

    /** The tokens of a cell with its Markdown marks masked, at offsets from the cell's start. */
    private static List<Token> cellTokens(String text, int[] cell) {
        String masked = MarkdownMask.mask(text.substring(cell[0], cell[1]));
        return Tokenizer.tokenize(masked, 0, masked.length());
    }

    /** Whether a cell holds numbers and no word: a row of moves under period columns, not a row's name. */
    private static boolean isNumbers(String text, int[] cell) {
        return number(text, cell) != null && cellTokens(text, cell).stream().noneMatch(Token::isWord);
    }

    /** Whether a quote line's first number is a whole number that may end its name ("S&P 500 ▲0.8%"). */
    private static boolean isWholeNumber(String text, int[] cell) {
        for (int i = cell[0]; i < cell[1]; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return cell[1] > cell[0] && Character.isLetter(text.charAt(Spans.trimmedEnd(text, 0, cell[0]) - 1));
    }

    private static long words(List<Token> tokens) {
        return tokens.stream().filter(Token::isWord).count();
    }

    private static boolean isCapitals(List<Token> tokens) {
        return tokens.stream().filter(Token::isWord).allMatch(Token::isInCapitals);
    }

    /** A cell that names no known instrument, read as the name of a company or an index: "Swiss Re". */
    private static Mention wholeCell(String text, int[] cell, List<Token> tokens) {
        if (tokens.size() > 6 || tokens.stream().noneMatch(Token::isWord) || tokens.stream().anyMatch(t -> t.isWord()
                && !t.isCapitalized() && !t.is("&") && !t.is("index"))) {
            return null;
        }
        String name = text.substring(cell[0], cell[1]).strip();
        String last = tokens.get(tokens.size() - 1).key();
        Kind kind = last.equals("index") || last.equals("composite") ? Kind.INDEX : Kind.STOCK;
        return new Mention(new Instrument(name, null, kind), cell[0], cell[1], true, WHOLE_CELL);
    }

    private static Token number(String text, int[] cell) {
        if (cell[0] >= cell[1]) {
            return null;
        }
        String masked = MarkdownMask.mask(text.substring(cell[0], cell[1]));
        for (Token token : Tokenizer.tokenize(masked, 0, masked.length())) {
            if (token.isNumber()) {
                return token;
            }
        }
        return null;
    }

    /**
     * Puts a number into the row's figure of its period; a second level or percent move of one period makes a figure
     * of its own.
     */
    private static void put(List<FigureDraft> drafts, Mention mention, Column column, Token number, Line row) {
        Role role = column.role() != Role.POINTS ? column.role() : number.unit() == Token.Unit.PERCENT ? Role.PERCENT
                : number.unit() == Token.Unit.BASIS_POINTS ? Role.BASIS_POINTS : Role.POINTS;
        FigureDraft draft = null;
        for (FigureDraft existing : drafts) {
            boolean taken = role == Role.LEVEL && existing.level != null
                    || role == Role.PERCENT && existing.changePercent != null;
            if (existing.period == column.period() && !taken) {
                draft = existing;
            }
        }
        if (draft == null) {
            draft = new FigureDraft(mention.instrument(), mention.first(), row.end());
            draft.period = column.period();
            draft.cue("subject", mention.instrument().name(), mention.via());
            drafts.add(draft);
        }
        draft.cue(column.role().name().toLowerCase(Locale.ROOT), number.text(), "table column");
        double value = number.sign() == 0 ? number.value() : number.sign() * number.value();
        Kind kind = mention.instrument().kind();
        switch (role) {
            case LEVEL -> {
                draft.level = number.value();
                boolean priced = kind != Kind.INDEX && kind != Kind.YIELD && kind != Kind.VOLATILITY && kind != Kind.FX;
                draft.currency = !priced ? null : number.currency() != null ? number.currency() : column.currency();
            }
            case PERCENT -> {
                draft.changePercent = value;
                draft.flat = value == 0;
            }
            case BASIS_POINTS -> draft.changeBp = value;
            case POINTS -> draft.changePoints = value;
            default -> {
            }
        }
    }
}
