package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A currency quoted against several others in one list: "the kiwi was at 61.20 US cents, 90.15 Australian cents,
 * 48.02 pence and 93.4 yen" gives one level per amount, each amount followed by the name of what it is counted in.
 */
final class CrossRates {

    /** The most words that name what an amount of the list is counted in ("Australian cents", "British pence"). */
    private static final int UNIT_WORDS = 3;
    /** The fewest further amounts that make a list of quotes rather than a number that happens to follow. */
    private static final int FEWEST_FURTHER = 2;

    private CrossRates() {
    }

    /**
     * The further levels of the currency {@code quoted} was read for, when its level opens a list of quotes; none
     * otherwise. {@code from} is the first token after the currency's name.
     */
    static List<FigureDraft> listed(List<Token> tokens, Mention currency, FigureDraft quoted, int from) {
        if (currency.instrument().kind() != Kind.FX || quoted.level == null) {
            return List.of();
        }
        int at = from;
        while (at < tokens.size() && !(tokens.get(at).isNumber() && tokens.get(at).value() == quoted.level)) {
            at++;
        }
        if (at == tokens.size() || !quote(tokens, at)) {
            return List.of();
        }
        List<FigureDraft> further = new ArrayList<>();
        int i = afterUnit(tokens, at);
        while (i > 0 && i < tokens.size()) {
            int next = i;
            next += tokens.get(next).is(",") ? 1 : 0;
            next += next < tokens.size() && tokens.get(next).is("and") ? 1 : 0;
            if (next == i || next == tokens.size() || !quote(tokens, next)) {
                break;
            }
            Token amount = tokens.get(next);
            i = afterUnit(tokens, next);
            FigureDraft level = new FigureDraft(currency.instrument(), quoted.start, tokens.get(i - 1).end());
            level.level = amount.value();
            level.cue("subject", quoted.cues.isEmpty() ? currency.instrument().name() : quoted.cues.get(0).text(),
                    "the currency a list of quotes is of");
            level.cue("level", amount.text(), "an amount in a list of quotes");
            further.add(level);
        }
        return further.size() >= FEWEST_FURTHER ? further : List.of();
    }

    /** Whether the token at {@code i} is an amount written bare and followed by what it is counted in. */
    private static boolean quote(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isNumber() && t.sign() == 0 && (Character.isDigit(t.text().charAt(0)) || t.text().charAt(0) == '.')
                && (t.unit() == Token.Unit.NONE || t.unit() == Token.Unit.SUBUNIT) && afterUnit(tokens, i) > 0;
    }

    /**
     * The index after the words naming what the amount at {@code i} is counted in, none of them a move; -1 when there
     * are none or too many, unless the amount is in hundredths of a currency ("48.02 pence"), which name themselves.
     */
    private static int afterUnit(List<Token> tokens, int i) {
        int end = i + 1;
        while (end < tokens.size() && end - i - 1 <= UNIT_WORDS && tokens.get(end).isWord()
                && !tokens.get(end).is("and") && Cues.sign(tokens.get(end)) == 0) {
            end++;
        }
        int words = end - i - 1;
        boolean named = words > 0 || tokens.get(i).unit() == Token.Unit.SUBUNIT;
        return named && words <= UNIT_WORDS ? end : -1;
    }
}
