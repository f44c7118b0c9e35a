package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares out the numbers of a clause that ends in "respectively" among the instruments named before it, each kind of
 * number in the order written: "Mr Price and Woolworths climbed 2.42% to R174.72 and 1.42% to R57.09 respectively",
 * "EGX70 and EGX100 ended lower by 1.94% at 7,972.35 and by 1.68% at 10,993.7, respectively".
 */
final class Respectively {

    private Respectively() {
    }

    /**
     * The figures of {@code subjects}, one each, from the numbers between tokens {@code from} and {@code to}; null when
     * the clause has no "respectively" or its numbers do not share out one of each kind per instrument. Moves that
     * nothing around them signs take {@code listSign}, the sign of a list of gainers or losers they are in.
     */
    static List<FigureDraft> share(List<Token> tokens, List<Mention> subjects, int from, int to, int listSign) {
        if (subjects.size() < 2 || !saysRespectively(tokens, from, to)) {
            return null;
        }
        List<Integer> percents = new ArrayList<>();
        List<Integer> amounts = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        List<Integer> previous = null;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isNumber() || t.unit() == Unit.AMOUNT || tokens.get(i - 1).is("(")) {
                continue;
            }
            NumberContext before = NumberContext.before(tokens, i, from);
            boolean listed = previous != null && previous != percents && (tokens.get(i - 1).is("and")
                    || tokens.get(i - 1).is(",")) && tokens.get(beforeAside(tokens, i - 2)).isNumber();
            if (t.unit() == Unit.PERCENT) {
                previous = percents;
            } else if (listed) {
                previous.add(i);
                continue;
            } else if (tokens.get(i - 1).is("by") && (t.currency() != null || t.unit() == Unit.SUBUNIT)) {
                previous = amounts;
            } else if (before == NumberContext.TRIGGER || t.unit() == Unit.NONE && t.currency() == null
                    && NumberContext.looksLikeLevel(t) && !tokens.get(i - 1).is("by")) {
                previous = levels;
            } else if (t.unit() == Unit.POINTS || t.currency() != null || t.unit() == Unit.SUBUNIT) {
                previous = amounts;
            } else {
                continue;
            }
            previous.add(i);
        }
        int n = subjects.size();
        if (percents.size() == 1 && n > 1 && says(tokens, from, to, "each")) {
            while (percents.size() < n) {
                percents.add(percents.get(0));
            }
        }
        boolean fits = (percents.isEmpty() || percents.size() == n) && (amounts.isEmpty() || amounts.size() == n)
                && (levels.isEmpty() || levels.size() == n) && !(percents.isEmpty() && amounts.isEmpty()
                && levels.isEmpty());
        if (!fits) {
            return null;
        }
        int first = firstMove(percents, amounts);
        int sign = new SignReader(tokens, from, to).sign(first, 0);
        for (int i = from; sign == 0 && i < first; i++) {
            sign = Cues.sign(tokens.get(i)) != 0 && tokens.get(i).isWord() ? Cues.sign(tokens.get(i)) : 0;
        }
        if (sign == 0) {
            sign = ListSigns.before(tokens, first, listSign);
        }
        List<FigureDraft> drafts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Mention subject = subjects.get(k);
            FigureDraft draft = new FigureDraft(subject.instrument(), tokens.get(subject.first()).start(),
                    tokens.get(subject.last() - 1).end());
            draft.cue("subject", subject.instrument().name(), subject.via());
            draft.cue("shared", "respectively", "name " + (k + 1) + " of " + n + " in the list");
            if (!percents.isEmpty()) {
                draft.changePercent = signed(tokens.get(percents.get(k)), sign);
            }
            if (!amounts.isEmpty()) {
                draft.changePoints = signed(tokens.get(amounts.get(k)), sign);
            }
            if (!levels.isEmpty()) {
                Token level = tokens.get(levels.get(k));
                draft.level = Money.price(level);
                draft.levelInHundredths = Money.inHundredths(level);
                draft.currency = Money.currency(level, null);
            }
            drafts.add(draft);
        }
        return sign == 0 && levels.isEmpty() ? null : drafts;
    }

    /** The token before an aside in parentheses that ends at {@code i} ("LE22.92 ($3.29)"), else {@code i}. */
    private static int beforeAside(List<Token> tokens, int i) {
        if (!tokens.get(i).is(")")) {
            return i;
        }
        int open = i - 1;
        while (open > 0 && !tokens.get(open).is("(") && i - open < 6) {
            open--;
        }
        return tokens.get(open).is("(") && open > 0 ? open - 1 : i;
    }

    private static boolean saysRespectively(List<Token> tokens, int from, int to) {
        return says(tokens, from, to, "respectively");
    }

    private static boolean says(List<Token> tokens, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
        }
        return false;
    }

    private static int firstMove(List<Integer> percents, List<Integer> amounts) {
        return !percents.isEmpty() ? percents.get(0) : amounts.isEmpty() ? 0 : amounts.get(0);
    }

    private static Double signed(Token number, int sign) {
        if (sign == 0 && number.sign() == 0) {
            return null;
        }
        return (number.sign() != 0 ? number.sign() : sign) * Money.amount(number);
    }
}
