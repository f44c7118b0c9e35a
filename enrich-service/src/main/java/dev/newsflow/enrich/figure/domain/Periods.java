package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/** Reads the period of a move from the words around its number ("this week", "as much as", "from its peak"). */
final class Periods {

    private Periods() {
    }

    /** The period of the number at {@code i}, from the words since {@code from} and up to {@code end}. */
    static Period around(List<Token> tokens, int i, int from, int end) {
        int first = i;
        while (first > Math.max(from, i - 8) && !endsWindow(tokens.get(first - 1))) {
            first--;
        }
        StringBuilder before = new StringBuilder(" ");
        for (int j = first; j < i; j++) {
            before.append(tokens.get(j).key()).append(' ');
        }
        StringBuilder after = new StringBuilder(" ");
        for (int j = i + 1; j < Math.min(end, i + 8); j++) {
            Token t = tokens.get(j);
            if (endsWindow(t) && !(t.isNumber() && t.unit() == Token.Unit.NONE && t.value() <= 31)) {
                break;
            }
            after.append(t.key()).append(' ');
        }
        return of(before.toString(), after.toString());
    }

    /** Whether the words after the number at {@code i} refer to the period of an earlier figure ("the same stretch"). */
    static boolean samePeriodAs(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + 5); j++) {
            if (tokens.get(j).is("same")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWindow(Token t) {
        return t.isNumber() || t.is(",") || t.is(";") || t.is("(") || t.is("and")
                || Cues.CLAUSE_ENDS.contains(t.key()) && !t.is("since");
    }

    /** The period the phrases {@code before} and {@code after} a number give it, or null for the latest session. */
    static Period of(String before, String after) {
        if (before.contains(" as much as ") || before.contains(" intraday ") || after.startsWith(" intraday ")) {
            return Period.INTRADAY;
        }
        if (after.startsWith(" since ")) {
            String rest = after.substring(7);
            if (rest.startsWith("the start of the year") || rest.startsWith("the beginning of the year")
                    || rest.startsWith("january") || rest.startsWith("the start of 20")) {
                return Period.YTD;
            }
            return rest.contains(" low") || rest.contains("trough") || rest.contains("bottom") ? Period.FROM_LOW
                    : Period.OTHER;
        }
        Period relative = relative(after);
        if (relative != null) {
            return relative;
        }
        for (var entry : Cues.PERIODS) {
            String phrase = " " + entry.getKey() + " ";
            if (after.contains(phrase) || before.contains(phrase) && isBeforeToo(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static Period relative(String after) {
        boolean peak = after.contains(" peak") || after.contains(" record") || after.contains(" high")
                || after.contains(" top ");
        boolean low = after.contains(" low") || after.contains(" trough") || after.contains(" bottom");
        if (peak && (after.contains(" from ") || after.contains(" below ") || after.contains(" off "))) {
            return Period.FROM_PEAK;
        }
        if (low && (after.contains(" from ") || after.contains(" above ") || after.contains(" off "))) {
            return Period.FROM_LOW;
        }
        return null;
    }

    private static boolean isBeforeToo(String phrase) {
        return phrase.equals("premarket") || phrase.equals("pre-market") || phrase.equals("after-hours")
                || phrase.equals("extended trading") || phrase.equals("at one point") || phrase.equals("year to date")
                || phrase.equals("this year") || phrase.equals("so far this year") || phrase.equals("this week")
                || phrase.equals("this month") || phrase.equals("for the week") || phrase.equals("on the week")
                || phrase.equals("previous session") || phrase.equals("prior session")
                || phrase.equals("previous day");
    }
}
