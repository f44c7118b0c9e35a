package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names a clause ending in "respectively" shares its numbers among, by the shape of the list rather than by
 * knowing the names: as many names as the clause has moves or prices, joined by commas and "and", each possibly
 * described first ("real estate firm VIC, retailer VRE and housing developer VHM rose 1.9%, 3.2%, 1.1%
 * respectively", "Frasers, Pets at Home, WHSmith, M&S, Moonpig and Currys down 2.9%, ... respectively").
 */
final class RespectiveNames {

    /** Lowercase words that may stand inside a name, between two capitalized ones: "Pets at Home", "Bank of X". */
    private static final WordSet INSIDE_NAMES = Vocabulary.words("names", "name-inner-words");
    private static final WordSet PREPOSITIONS = Vocabulary.words("names", "name-prepositions");
    private static final int DESCRIPTION = 3;
    private static final int PREDICATE = 10;

    private RespectiveNames() {
    }

    /**
     * The spans ({@code [first, last)}) of the names listed before the numbers a "respectively" shares out, in order;
     * empty when the sentence has none or the list does not have one name per number.
     */
    static List<int[]> spans(List<Token> tokens) {
        int respectively = indexOf(tokens, "respectively");
        if (respectively < 0) {
            return List.of();
        }
        int firstNumber = -1;
        for (int i = respectively - 1; i >= 0 && !tokens.get(i).isCapitalized() && !tokens.get(i).is(";"); i--) {
            if (tokens.get(i).isNumber() && tokens.get(i).unit() != Unit.AMOUNT) {
                firstNumber = i;
            }
        }
        int count = shared(tokens, firstNumber, respectively);
        if (firstNumber < 0 || count < 2) {
            return List.of();
        }
        int end = nameEndBefore(tokens, firstNumber);
        List<int[]> spans = new ArrayList<>();
        while (end > 0 && spans.size() < count) {
            int start = nameStart(tokens, end);
            if (start == end) {
                return List.of();
            }
            spans.add(0, new int[] {start, end});
            if (qualifies(tokens, start)) {
                return List.of();
            }
            if (spans.size() == count) {
                return joinedBefore(tokens, start) ? List.of() : spans;
            }
            int separator = afterDescription(tokens, start);
            if (separator < 0 || !(tokens.get(separator).is(",") || tokens.get(separator).is("and"))) {
                return List.of();
            }
            int before = separator;
            if (tokens.get(separator).is("and") && separator > 0 && tokens.get(separator - 1).is(",")) {
                before--;
            }
            end = skipTicker(tokens, before);
        }
        return spans.size() == count ? spans : List.of();
    }

    /**
     * How many instruments the numbers between {@code from} and {@code to} speak of: the count of the most listed kind
     * (moves in percent, amounts of money or points, or prices).
     */
    private static int shared(List<Token> tokens, int from, int to) {
        int percents = 0;
        int others = 0;
        for (int i = Math.max(from, 0); i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isNumber() || t.unit() == Unit.AMOUNT || i > 0 && tokens.get(i - 1).is("(")) {
                continue;
            }
            if (t.unit() == Unit.PERCENT) {
                percents++;
            } else if (t.currency() != null || t.unit() != Unit.NONE) {
                others++;
            }
        }
        return Math.max(percents, others);
    }

    /** The end of the last name before the predicate that leads to the first number, or -1. */
    private static int nameEndBefore(List<Token> tokens, int firstNumber) {
        for (int i = firstNumber - 1; i >= Math.max(0, firstNumber - PREDICATE); i--) {
            Token t = tokens.get(i);
            if (t.is(")")) {
                int end = skipTicker(tokens, i + 1);
                return end < i + 1 ? end : -1;
            }
            if (t.isCapitalized()) {
                return i + 1;
            }
            if (t.isNumber() || t.is(".") || t.is(";") || t.is(":")) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a name written before a ticker in parentheses ending at {@code end}: "Industries Qatar (IQCD.QA)". */
    private static int skipTicker(List<Token> tokens, int end) {
        if (end < 1 || !tokens.get(end - 1).is(")")) {
            return end;
        }
        for (int i = end - 2; i >= Math.max(0, end - 6); i--) {
            if (tokens.get(i).is("(")) {
                return i;
            }
        }
        return end;
    }

    /** The start of the capitalized name that ends at {@code end}. */
    private static int nameStart(List<Token> tokens, int end) {
        int start = end;
        while (start > 0) {
            Token t = tokens.get(start - 1);
            boolean inside = INSIDE_NAMES.contains(t) && start - 2 >= 0 && tokens.get(start - 2).isCapitalized()
                    && tokens.get(start).isCapitalized();
            if (!(t.isCapitalized() && (start == end || !t.isPossessive()) || inside)) {
                break;
            }
            start--;
        }
        return start;
    }

    /**
     * Whether the list's first name is joined to a name before it ("Orascom Telecom Media and Technology Holding and
     * Global Telecom Holding"): which "and" is inside a name cannot be told, so the list is not read.
     */
    private static boolean joinedBefore(List<Token> tokens, int start) {
        int before = afterDescription(tokens, start);
        return before > 0 && tokens.get(before - 1).isCapitalized();
    }

    /** Whether the name at {@code start} only says where the one before it trades: "on the Hanoi Stock Exchange". */
    private static boolean qualifies(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && tokens.get(before).is("the")) {
            before--;
        }
        return before >= 0 && PREPOSITIONS.contains(tokens.get(before));
    }

    /** The separator before a name starting at {@code start}, past up to three lowercase words describing it, or -1. */
    private static int afterDescription(List<Token> tokens, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 1 - DESCRIPTION); i--) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is("and")) {
                return i;
            }
            if (!t.isWord() || t.isCapitalized() || Cues.sign(t) != 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }
}
