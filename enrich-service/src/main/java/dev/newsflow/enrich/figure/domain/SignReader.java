package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Qualifier;
import java.util.List;

/** Reads which way a number moved, and how it was hedged, from the words around it. */
final class SignReader {

    private static final WordSet FORWARD_SIGNS = Vocabulary.words("moves", "after-number");
    /** Verbs whose particle signs the move, whatever the particle alone says: "gave up 2%", "put on 996 points". */
    private static final List<PhrasalSign> PHRASAL_SIGNS = List.of(
            new PhrasalSign(Vocabulary.words("moves", "give"), Vocabulary.words("moves", "give-particles"), -1),
            new PhrasalSign(Vocabulary.words("moves", "put"), Vocabulary.words("moves", "put-particles"), 1));

    private final List<Token> tokens;
    private final int floor;
    private final int end;
    private String lastCue;

    SignReader(List<Token> tokens, int floor, int end) {
        this.tokens = tokens;
        this.floor = floor;
        this.end = end;
    }

    /** The word that gave the last sign read, or null when the last sign came from no word. */
    String lastCue() {
        return lastCue;
    }

    /**
     * The sign of the move at {@code i}: from a word right after it, else the nearest one before it, also across a
     * comma that sets off its "by" ("rose more sharply, by 5.2%").
     */
    int sign(int i, int currentSign) {
        lastCue = null;
        int forward = forwardSign(i);
        if (forward != 0) {
            return forward;
        }
        boolean alternative = false;
        for (int j = i - 1; j >= floor; j--) {
            Token t = tokens.get(j);
            boolean apposition = (t.is(",") || t.is("(")) && j > floor && tokens.get(j - 1).isNumber()
                    && tokens.get(j - 1).unit() != Token.Unit.NONE;
            if (t.is("or") || t.isNumber() || apposition) {
                if (currentSign != 0) {
                    return currentSign;
                }
                alternative = true;
                continue;
            }
            if (t.is("as") && j >= 2 && tokens.get(j - 1).is("much") && tokens.get(j - 2).is("as")) {
                j -= 2;
                continue;
            }
            if (t.is("than") && j >= 1 && (tokens.get(j - 1).is("more") || tokens.get(j - 1).is("less"))) {
                j--;
                continue;
            }
            if (!alternative && (t.is(",") && !tokens.get(j + 1).is("by") || t.is("(")) || t.is(";")
                    || t.has(Cues.CLAUSE_END)) {
                return 0;
            }
            int sign = wordSign(j);
            if (sign != 0) {
                lastCue = t.text();
                return sign;
            }
        }
        return 0;
    }

    /**
     * The sign a word right after the number at {@code i} gives it ("0.3% higher", "a 2% drop", "18% below"), also
     * after the other numbers of the same move ("118.55 points or 0.34 per cent up").
     */
    int forwardSign(int i) {
        int words = 0;
        for (int j = i + 1; j < Math.min(end, i + 9); j++) {
            Token t = tokens.get(j);
            if (t.isNumber() && (t.unit() != Token.Unit.NONE || t.currency() != null) || t.is("or") || t.is(",")
                    || t.is("(") || t.is(")")) {
                continue;
            }
            if (!t.isWord() || t.has(Cues.CLAUSE_END) || ++words > 3) {
                break;
            }
            if (FORWARD_SIGNS.contains(t)) {
                if (signsItsOwnNumber(j)) {
                    return 0;
                }
                lastCue = t.text();
                return wordSign(j);
            }
            if (j == i + 1 && (t.is("below") || t.is("above"))) {
                return t.is("below") ? -1 : 1;
            }
        }
        return 0;
    }

    /**
     * Whether the sign word at {@code j} comes before a number of its own, which it signs instead of the one before:
     * "closed at 61,867.09 points (provisional), up 144.79 points", "at 3,251.21 points today, an increase of 71.42".
     */
    private boolean signsItsOwnNumber(int j) {
        int k = j + 1 < end && (tokens.get(j + 1).is("by") || tokens.get(j + 1).is("of")) ? j + 2 : j + 1;
        return k < end && tokens.get(k).isNumber();
    }

    private int wordSign(int j) {
        Token t = tokens.get(j);
        for (PhrasalSign phrasal : PHRASAL_SIGNS) {
            if (phrasal.particles().contains(t) && j > 0 && phrasal.verbs().contains(tokens.get(j - 1))) {
                return phrasal.sign();
            }
        }
        return Cues.sign(t);
    }

    /** How the number at {@code i} was hedged ("about", "more than", "nearly"), or null. */
    Qualifier qualifier(int i) {
        int j = i - 1;
        if (j >= 0 && tokens.get(j).is("just")) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.is("than") && j > 0) {
            return tokens.get(j - 1).is("more") ? Qualifier.MORE_THAN
                    : tokens.get(j - 1).is("less") ? Qualifier.LESS_THAN : null;
        }
        if (t.is("to") && j > 0 && tokens.get(j - 1).is("close")) {
            return Qualifier.NEARLY;
        }
        return Cues.QUALIFIERS.get(t.key());
    }

    /** A verb and the particles after it that sign a move {@code sign}. */
    private record PhrasalSign(WordSet verbs, WordSet particles, int sign) {
    }
}
