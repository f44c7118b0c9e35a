package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quote lines, the rows of a table printed without a header: a name, then only its numbers ("Gold | $2,010.40 |
 * +0.6%", "Brent • 83.10 +0.45 +0.54%"), at least one of them a signed or percent move, on two lines or more in a row.
 */
final class QuoteLines {

    private static final int MAX_NAME_TOKENS = 8;
    private static final int MAX_LINE = 200;
    /** How many quotes side by side make a ticker strip, whose quotes may hold a single move. */
    private static final int MIN_STRIP_QUOTES = 3;

    private QuoteLines() {
    }

    /** The runs of quote lines of {@code text}, each as a table with no header. */
    static List<MarkdownTables.Table> find(String text) {
        List<MarkdownTables.Table> tables = new ArrayList<>();
        List<MarkdownTables.Line> rows = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            List<MarkdownTables.Line> quotes = quotes(text, start, end);
            if (quotes.isEmpty()) {
                add(tables, rows);
                rows = new ArrayList<>();
            }
            rows.addAll(quotes);
            start = end + 1;
        }
        add(tables, rows);
        return tables;
    }

    private static void add(List<MarkdownTables.Table> tables, List<MarkdownTables.Line> rows) {
        if (rows.size() >= 2) {
            tables.add(new MarkdownTables.Table(rows.get(0).start(), rows.get(rows.size() - 1).end(), null, rows));
        }
    }

    /**
     * The quotes of one line, one or several side by side ("XPRS | 3.60 | +8.76% | LBTY | 7.20 | -10.00% |"): a new
     * quote starts at each name written after a number; empty unless every part is a quote. A day and month at the
     * end of the line ("26-Sep") dates its quotes and is no part of them. A line longer than {@link #MAX_LINE} is
     * read only as a ticker strip, and only when it holds more digits than lower-case letters, as no sentence does.
     */
    private static List<MarkdownTables.Line> quotes(String text, int start, int end) {
        boolean longLine = end - start > MAX_LINE;
        if (longLine ? !isMostlyDigits(text, start, end) : !Spans.hasDigit(text, start, end)) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int dated = CalendarDates.trailingDayMonth(tokens, tokens.size());
        List<int[]> parts = parts(tokens, start, dated == tokens.size() ? end : tokens.get(dated).start());
        boolean strip = parts.size() >= MIN_STRIP_QUOTES;
        if (longLine && !strip) {
            return List.of();
        }
        boolean levels = strip && (hasMove(tokens) || isWidelySpaced(text, parts));
        List<MarkdownTables.Line> quotes = new ArrayList<>();
        for (int[] part : parts) {
            MarkdownTables.Line quote = strip ? stripQuote(text, part[0], part[1], levels)
                    : row(text, part[0], part[1]);
            if (quote == null) {
                return List.of();
            }
            quotes.add(quote);
        }
        return quotes;
    }

    /** The parts of a line a name written after a number starts: "XPRS 3.60 +8.76% LBTY 7.20" is two. */
    static List<int[]> parts(String text, int start, int end) {
        return parts(Tokenizer.tokenize(text, start, end), start, end);
    }

    private static List<int[]> parts(List<Token> tokens, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        boolean number = false;
        int from = start;
        for (Token t : tokens) {
            if (t.start() >= end) {
                break;
            }
            if (number && t.isWord() && !isPeriodWord(t)) {
                parts.add(new int[] {from, t.start()});
                from = t.start();
                number = false;
            }
            number |= t.isNumber();
        }
        parts.add(new int[] {from, end});
        return parts;
    }

    /** Whether a line holds a signed number or a percent: a move, beside which a strip may quote a level alone. */
    private static boolean hasMove(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.isNumber() && (t.sign() != 0 || t.unit() == Token.Unit.PERCENT));
    }

    /** Whether each quote of a strip after the first stands two spaces or more from the one before: a widget's gaps. */
    private static boolean isWidelySpaced(String text, List<int[]> parts) {
        for (int[] part : parts.subList(1, parts.size())) {
            if (part[0] < 2 || text.charAt(part[0] - 1) != ' ' || text.charAt(part[0] - 2) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote of a ticker strip, where quotes of one signed move each stand side by side ("BMA -8.3%GGAL -7.0%"): a
     * quote line, or a name in capitals and one signed number; or one unsigned number, its level, when {@code
     * levels} says the strip quotes levels (beside moves, or set apart by wide gaps: "ACME 4,245   BETA 160").
     */
    private static MarkdownTables.Line stripQuote(String text, int start, int end, boolean levels) {
        MarkdownTables.Line quote = row(text, start, end);
        if (quote != null || hasLowerCase(text, start, end)) {
            return quote;
        }
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int last = tokens.size() - 1;
        while (last > 0 && tokens.get(last).is("%")) {
            last--;
        }
        Token move = tokens.isEmpty() ? null : tokens.get(last);
        if (move == null || last == 0 || !move.isNumber() || move.sign() == 0 && !levels) {
            return null;
        }
        for (Token t : tokens.subList(0, last)) {
            if (!t.isWord()) {
                return null;
            }
        }
        return new MarkdownTables.Line(start, end, List.of(new int[] {tokens.get(0).start(),
                tokens.get(last - 1).end()}, new int[] {move.start(), move.end()}));
    }

    /**
     * The quote line between {@code start} and {@code end} as cells (the name, then each number), or null: the name
     * starts with a capitalized word, has at most one word in lower case, and may end in a whole number written right
     * after its words ("S&P 500 5,719 +0.28%", "S&P 500: +0.8%"); nothing but numbers, marks and period words
     * ("YTD") follows it.
     */
    static MarkdownTables.Line row(String text, int start, int end) {
        List<Token> tokens = Tokenizer.tokenize(text, start, end);
        int tail = tokens.size();
        while (tail > 0 && !(tokens.get(tail - 1).isWord() && !isPeriodWord(tokens.get(tail - 1)))) {
            tail--;
        }
        if (tail == 0 || tail > MAX_NAME_TOKENS || !tokens.get(0).isCapitalized()
                || tokens.subList(0, tail).stream().filter(t -> t.isWord() && !t.isCapitalized()).count() > 1) {
            return null;
        }
        List<Token> numbers = new ArrayList<>();
        for (Token t : tokens.subList(tail, tokens.size())) {
            if (t.isNumber()) {
                numbers.add(t);
            }
        }
        boolean spaced = numbers.size() >= 3 && tokens.get(tail) == numbers.get(0)
                && isSpacedThousands(text, numbers.get(0), numbers.get(1));
        if (!spaced && numbers.size() >= 2 && tokens.get(tail) == numbers.get(0) && isPlainInteger(numbers.get(0))
                && (isUnsignedLevel(numbers.get(1)) || tail + 1 < tokens.size() && !tokens.get(tail + 1).isNumber())) {
            numbers.remove(0);
        }
        if (numbers.size() < 2 || numbers.stream().noneMatch(n -> n.sign() != 0 || n.unit() == Token.Unit.PERCENT)) {
            return null;
        }
        List<int[]> cells = new ArrayList<>();
        int nameEnd = tokens.get(tail - 1).end();
        for (Token t : tokens.subList(tail, tokens.size())) {
            if (t == numbers.get(0)) {
                break;
            }
            if (t.isNumber() || t.is(")")) {
                nameEnd = t.end();
            }
        }
        cells.add(new int[] {tokens.get(0).start(), nameEnd});
        for (int n = 0; n < numbers.size(); n++) {
            int first = n;
            n += spaced && n == 0 ? 1 : 0;
            cells.add(new int[] {numbers.get(first).start(), numbers.get(n).end()});
        }
        return new MarkdownTables.Line(start, end, cells);
    }

    /** Whether a line holds more digits than lower-case letters: a strip of quotes, not a sentence. */
    private static boolean isMostlyDigits(String text, int start, int end) {
        int balance = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            balance += Character.isDigit(c) ? 1 : Character.isLowerCase(c) ? -1 : 0;
        }
        return balance > 0;
    }

    /** Whether a lower-case letter comes before the first digit: a name not in capitals. */
    private static boolean hasLowerCase(String text, int start, int end) {
        for (int i = start; i < end && !Character.isDigit(text.charAt(i)); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPeriodWord(Token t) {
        return TableReader.period(t.key()) != null;
    }

    /**
     * Whether two numbers are one written with a space between its thousands and a decimal comma ("13 130,64"), which
     * the digits alone do not tell from a name's number before a level ("INDAS 13 130,64 -0,23 %"): a whole number of
     * at most three digits, one space, then three digits, a comma and the decimals.
     */
    private static boolean isSpacedThousands(String text, Token thousands, Token rest) {
        String digits = rest.text();
        int comma = digits.indexOf(',');
        return isPlainInteger(thousands) && thousands.text().length() <= 3 && rest.start() == thousands.end() + 1
                && text.charAt(thousands.end()) == ' ' && isUnsignedLevel(rest) && comma == 3
                && digits.length() > 4 && digits.chars().filter(c -> c != ',').allMatch(Character::isDigit);
    }

    private static boolean isPlainInteger(Token t) {
        return t.sign() == 0 && t.currency() == null && t.unit() == Token.Unit.NONE && t.text().chars()
                .allMatch(Character::isDigit);
    }

    private static boolean isUnsignedLevel(Token t) {
        return t.sign() == 0 && t.unit() == Token.Unit.NONE;
    }
}
