package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.contracts.article.MarketFigure.Period;
import java.util.List;

/**
 * Reads a rate quoted with the previous one in brackets ("the dollar stood at 82.87 yen (82.98)"): the bracketed
 * number is the previous session's level of the same currency. A bracket holding a change ("(+0.35)", "(0.4%)", or
 * a number far from the rate before it) is no such level.
 */
final class BracketedPriorLevels {

    /** How far, as a share of the rate before it, a bracketed number may lie and still be that rate's prior level. */
    private static final double NEARBY = 0.1;

    private BracketedPriorLevels() {
    }

    /** Gives each currency level of {@code drafts} that is such a bracketed number the period of the session before. */
    static void mark(List<FigureDraft> drafts, List<Token> tokens) {
        for (FigureDraft draft : drafts) {
            if (draft.level != null && draft.period == null && !draft.hasMove()
                    && draft.instrument.kind() == Kind.FX && bracketedBesideRate(tokens, draft.level)) {
                draft.period = Period.PRIOR_SESSION;
                draft.cue("period", "prior_session", "a previous rate in brackets after the rate");
            }
        }
    }

    private static boolean bracketedBesideRate(List<Token> tokens, double level) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isNumber() && t.value() == level && t.sign() == 0 && t.unit() != Token.Unit.PERCENT
                    && tokens.get(i - 1).is("(") && tokens.get(i + 1).is(")") && rateBefore(tokens, i - 2, level)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rate close to {@code level} stands just before the bracket, past at most two words of its unit. */
    private static boolean rateBefore(List<Token> tokens, int from, double level) {
        for (int j = from; j >= Math.max(0, from - 2); j--) {
            Token t = tokens.get(j);
            if (t.isNumber()) {
                return t.value() > 0 && Math.abs(level - t.value()) <= NEARBY * t.value();
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }
}
