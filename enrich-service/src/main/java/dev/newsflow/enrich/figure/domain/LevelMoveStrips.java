package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.MarkdownTables.Line;
import dev.newsflow.enrich.figure.domain.MarkdownTables.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds level-then-move strips, as exchange pages print their quotes: one line of names and levels ("KZX Index 2
 * 410,55 REPO-1D 9,85 USDKZT_TOM 512,40"), then one line per quote with its signed move ("+0,42 %"), in the same
 * order; each quote becomes a row of its name, its level and its move.
 */
final class LevelMoveStrips {

    private static final int MIN_QUOTES = 3;
    /** How long a line of one move is at most ("+1,25 %"). */
    private static final int MAX_MOVE = 16;

    private LevelMoveStrips() {
    }

    /** The strips of {@code text}, each as a table with no header whose rows are name, level and move. */
    static List<Table> find(String text) {
        List<int[]> lines = Spans.lines(text);
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i + MIN_QUOTES < lines.size(); i++) {
            if (!isMoveLine(text, lines.get(i + 1))) {
                continue;
            }
            List<int[][]> quotes = quotes(text, lines.get(i));
            if (quotes.size() < MIN_QUOTES || i + quotes.size() >= lines.size()) {
                continue;
            }
            List<Line> rows = new ArrayList<>();
            for (int q = 0; q < quotes.size(); q++) {
                int[] move = move(text, lines.get(i + 1 + q));
                if (move == null) {
                    break;
                }
                int[][] quote = quotes.get(q);
                rows.add(new Line(quote[0][0], quote[1][1], List.of(quote[0], quote[1], move)));
            }
            if (rows.size() == quotes.size()) {
                tables.add(new Table(lines.get(i)[0], lines.get(i + quotes.size())[1], null, rows));
                i += quotes.size();
            }
        }
        return tables;
    }

    /** The quotes of a line, each its name and its one unsigned number; empty unless every part is such a quote. */
    private static List<int[][]> quotes(String text, int[] line) {
        if (!Spans.hasDigit(text, line[0], line[1])) {
            return List.of();
        }
        List<int[][]> quotes = new ArrayList<>();
        for (int[] part : QuoteLines.parts(text, line[0], line[1])) {
            List<Token> tokens = Tokenizer.tokenize(text, part[0], part[1]);
            int last = tokens.size() - 1;
            if (last < 1 || !tokens.get(0).isCapitalized() || !tokens.get(last).isNumber()
                    || tokens.get(last).sign() != 0 || tokens.get(last).unit() != Token.Unit.NONE) {
                return List.of();
            }
            int level = isThousands(tokens, last) ? last - 1 : last;
            for (Token t : tokens.subList(0, level)) {
                if (t.isNumber() && !isWholeNumber(t)) {
                    return List.of();
                }
            }
            if (level == 0) {
                return List.of();
            }
            quotes.add(new int[][] {{tokens.get(0).start(), tokens.get(level - 1).end()},
                    {tokens.get(level).start(), tokens.get(last).end()}});
        }
        return quotes;
    }

    /**
     * Whether the number before the last is the thousands of the last, as a strip writes one level a quote ("KZX
     * Index 2 410,55": the name's last word stands before the thousands, so no digit reader can tell them apart).
     */
    private static boolean isThousands(List<Token> tokens, int last) {
        Token thousands = tokens.get(last - 1);
        Token rest = tokens.get(last);
        String digits = rest.text().split("[.,]")[0];
        return last >= 2 && isWholeNumber(thousands) && thousands.text().length() <= 3 && digits.length() == 3
                && rest.start() == thousands.end() + 1 && digits.chars().allMatch(Character::isDigit);
    }

    private static boolean isWholeNumber(Token t) {
        return t.isNumber() && t.sign() == 0 && t.unit() == Token.Unit.NONE && t.text().chars()
                .allMatch(Character::isDigit);
    }

    /** Whether a line can hold a move alone: short, and opening with its sign. */
    private static boolean isMoveLine(String text, int[] line) {
        int from = Spans.trimmedStart(text, line[0], line[1]);
        return line[1] - from <= MAX_MOVE && from < line[1] && (text.charAt(from) == '+' || text.charAt(from) == '-'
                || text.charAt(from) == '−');
    }

    /** The signed move a line holds alone ("+1,25 %", "-0.40"), as its offsets; null when the line is no such line. */
    private static int[] move(String text, int[] line) {
        List<Token> tokens = Tokenizer.tokenize(text, line[0], line[1]);
        if (tokens.isEmpty() || !tokens.get(0).isNumber() || tokens.get(0).sign() == 0) {
            return null;
        }
        for (Token t : tokens.subList(1, tokens.size())) {
            if (!t.is("%")) {
                return null;
            }
        }
        return new int[] {tokens.get(0).start(), tokens.get(tokens.size() - 1).end()};
    }
}
