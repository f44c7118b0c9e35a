package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Layout;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Line;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads tenor tables, rates a line per tenor ("Overnight 1.19 1.21", "One week 1.47 1.62", "3-year TB 3.114
 * 3.119 -0.5") under a title naming their family ("Hibor", "Korean Bond Yields"): a row's first rate is the latest,
 * a second the previous session's, a signed or third number under a header of basis points the move.
 */
final class TenorTables {

    /** A tenor; its first word, when not a digit, is checked against {@link #NUMBER_WORDS} ("one week", "3-year"). */
    private static final Pattern TENOR = Pattern.compile(
            "(?i)(?:overnight|(?:[a-z]+|\\d{1,2})[- ]?(?:week|month|year|yr)s?)(?![a-z])");
    private static final Pattern BASIS_POINTS = Pattern.compile("(?i)\\b(?:bp|bps|basis points)\\b");
    private static final WordSet MONEY_MARKET_RATES = Vocabulary.words("names", "money-market-rates");
    private static final WordSet BOND_WORDS = WordSet.of("bond", "bonds", "yield", "yields");
    private static final int MIN_ROWS = 3;
    private static final int TITLE_LINES = 4;
    private static final int MAX_CODE = 4;
    /** Numbers written as words ("one" is 1), the project's one list of them. */
    private static final Map<String, String> NUMBER_WORDS = Vocabulary.map("units", "number-words");
    /** How long a tenor row is at most: a tenor and a few rates. */
    private static final int MAX_ROW = 80;

    private TenorTables() {
    }

    /** The tenor tables of {@code text}: three tenor rows or more, under a title that names their family. */
    static List<Table> find(String text) {
        List<int[]> lines = Spans.lines(text);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            List<Line> rows = new ArrayList<>();
            int j = i;
            for (Line row = row(text, lines.get(j)); row != null; row = ++j < lines.size() ? row(text, lines.get(j))
                    : null) {
                rows.add(row);
            }
            Line title = rows.size() >= MIN_ROWS ? title(text, lines, i) : null;
            if (title != null) {
                tables.add(new Table(rows.get(0).start(), rows.get(rows.size() - 1).end(), title, rows,
                        Layout.TENORS));
            }
            i = Math.max(j, i + 1);
        }
        return tables;
    }

    /** The figures of a tenor table: each row's rates, named by its tenor and the family its title names. */
    static List<TableReader.RowFigure> read(String text, Table table) {
        String header = text.substring(table.header().start(), table.header().end());
        boolean basisPoints = BASIS_POINTS.matcher(header).find();
        Family family = Family.of(text, table.header());
        List<TableReader.RowFigure> figures = new ArrayList<>();
        for (Line row : table.rows()) {
            int[] name = row.cells().get(0);
            Instrument instrument = family.instrument(text.substring(name[0], name[1]));
            FigureDraft latest = null;
            int levels = 0;
            for (int[] cell : row.cells().subList(1, row.cells().size())) {
                Token number = Tokenizer.tokenize(text, cell[0], cell[1]).get(0);
                if (instrument != null && number.sign() == 0 && levels < 2) {
                    FigureDraft draft = new FigureDraft(instrument, name[0], row.end());
                    draft.cue("subject", instrument.name(), "tenor table row");
                    draft.cue("level", number.text(), levels == 0 ? "first rate" : "second rate, the previous");
                    draft.level = number.value();
                    draft.period = levels == 0 ? null : Period.PRIOR_SESSION;
                    latest = levels == 0 ? draft : latest;
                    levels++;
                    figures.add(new TableReader.RowFigure(draft, row));
                } else if (latest != null && basisPoints && (number.sign() != 0 || levels == 2)) {
                    latest.changeBp = number.sign() == 0 ? number.value() : number.sign() * number.value();
                    latest.cue("bp", number.text(), "signed number under basis points");
                }
            }
        }
        return figures;
    }

    /** A tenor row as cells: its tenor (with a short code after it, "1-year TB"), then each number; else null. */
    private static Line row(String text, int[] line) {
        int from = Spans.trimmedStart(text, line[0], line[1]);
        if (line[1] - from > MAX_ROW || !opensWithTenor(text, from, line[1])) {
            return null;
        }
        Matcher tenor = TENOR.matcher(text).region(from, line[1]);
        if (!tenor.lookingAt()) {
            return null;
        }
        List<Token> tokens = Tokenizer.tokenize(text, tenor.end(), line[1]);
        int first = !tokens.isEmpty() && tokens.get(0).isWord() && tokens.get(0).isInCapitals()
                && tokens.get(0).text().length() <= MAX_CODE ? 1 : 0;
        List<int[]> cells = new ArrayList<>();
        cells.add(new int[] {from, tenor.end()});
        for (Token t : tokens.subList(first, tokens.size())) {
            if (t.isNumber()) {
                cells.add(new int[] {t.start(), t.end()});
            } else if (!t.is("%") && !t.is("(") && !t.is(")")) {
                return null;
            }
        }
        return cells.size() >= 2 ? new Line(line[0], line[1], cells) : null;
    }

    /** Whether a line's first word can open a tenor: a digit, "overnight", or a number written as a word. */
    private static boolean opensWithTenor(String text, int from, int end) {
        int word = from;
        while (word < end && Character.isLetter(text.charAt(word))) {
            word++;
        }
        return word == from ? from < end && Character.isDigit(text.charAt(from))
                : isTenorStart(text.substring(from, word).toLowerCase(Locale.ROOT));
    }

    private static boolean isTenorStart(String word) {
        return word.equals("overnight") || NUMBER_WORDS.containsKey(word);
    }

    /** The lines above row {@code first} up to the nearest that names a family of rates, as one cell; else null. */
    private static Line title(String text, List<int[]> lines, int first) {
        for (int i = first - 1; i >= Math.max(0, first - TITLE_LINES); i--) {
            int[] line = lines.get(i);
            Line title = new Line(line[0], lines.get(first - 1)[1], List.of(new int[] {line[0], line[1]}));
            if (Family.of(text, title).instrument("1 year") != null) {
                return title;
            }
        }
        return null;
    }

    /**
     * The family of rates a title line names, read once a table: a money-market rate ({@code rate}, "HIBOR"), or the
     * government bonds of a {@code market}; neither when both are null.
     */
    private record Family(String rate, Markets.Market market) {

        static Family of(String text, Line title) {
            int[] line = title.cells().get(0);
            List<Token> tokens = Tokenizer.tokenize(text, line[0], line[1]);
            boolean bonds = false;
            Markets.Market market = null;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && MONEY_MARKET_RATES.contains(t)) {
                    return new Family(t.text().toUpperCase(Locale.ROOT), null);
                }
                bonds |= t.isWord() && BOND_WORDS.contains(t);
                int end = market == null && t.isWord() ? Markets.nameEnd(tokens, i) : -1;
                market = end > 0 ? Markets.at(tokens, i, end) : market;
            }
            return new Family(null, bonds ? market : null);
        }

        /**
         * The instrument of a tenor in this family: a money-market rate by its tenor ("One-week HIBOR"), or the
         * market's government bond yield of so many years; null when the family is neither or the tenor no years.
         */
        Instrument instrument(String tenor) {
            if (rate != null) {
                return new Instrument(tenorName(tenor) + " " + rate, null, Kind.OTHER);
            }
            String years = market != null ? years(tenor) : null;
            return years == null ? null : YieldNames.of(market, years);
        }
    }

    /** A tenor as a name's first word: "One week" is "One-week", "overnight" "Overnight". */
    private static String tenorName(String tenor) {
        String joined = tenor.strip().replaceAll("[- ]+", "-");
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** The years of a tenor in years ("3-year", "ten years"), as digits; null for a tenor of weeks or months. */
    private static String years(String tenor) {
        String[] parts = tenor.toLowerCase(Locale.ROOT).split("[- ]+|(?<=\\d)(?=[a-z])");
        if (parts.length != 2 || !parts[1].startsWith("y")) {
            return null;
        }
        String number = NUMBER_WORDS.get(parts[0]);
        return number == null ? parts[0] : String.valueOf((int) Double.parseDouble(number));
    }
}
