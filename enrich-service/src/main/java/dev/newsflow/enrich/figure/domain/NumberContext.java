package dev.newsflow.enrich.figure.domain;

import java.util.List;

/** What the words just before a number make of it: a level ("to", "at", "hit a record"), a threshold, or neither. */
enum NumberContext {
    TRIGGER, THRESHOLD, ADJACENT, NONE;

    /** The context of the number at {@code i}, looking back no further than {@code floor}. */
    static NumberContext before(List<Token> tokens, int i, int floor) {
        for (int j = i - 1; j >= floor; j--) {
            Token t = tokens.get(j);
            if (t.is(":") || t.is("(")) {
                return ADJACENT;
            }
            if (t.has(Cues.THRESHOLD) && !(t.is("over") || t.is("under"))) {
                return THRESHOLD;
            }
            if (t.is("as")) {
                return j > 0 && (tokens.get(j - 1).is("high") || tokens.get(j - 1).is("low")) ? TRIGGER : NONE;
            }
            if (t.has(Cues.LEVEL_TRIGGER)) {
                return TRIGGER;
            }
            if (!t.has(Cues.LEVEL_SKIPPABLE_WORD) && !t.is(",") && !t.is("-")) {
                return NONE;
            }
        }
        return ADJACENT;
    }

    /** Whether a threshold noun follows the number ("the 50,000 mark"). */
    static boolean thresholdAfter(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + 3); j++) {
            if (tokens.get(j).has(Cues.THRESHOLD_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number written next to a name reads as a price or level: decimals, thousands or a currency. */
    static boolean looksLikeLevel(Token number) {
        return number.currency() != null || number.text().contains(".") || number.text().contains(",");
    }

    /** Whether the move at {@code i} is about something named after it ("a 6.8% drop in TSMC", "in net profit"). */
    static boolean belongsElsewhere(List<Token> tokens, int i, int end) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
            Token t = tokens.get(j);
            if (t.isNumber() || t.is(",") || t.is(";")) {
                return false;
            }
            if ((t.is("in") || t.is("of")) && j > i + 1 && Cues.sign(tokens.get(j - 1)) != 0) {
                if (j + 4 >= end) {
                    return true;
                }
                for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
                    if (tokens.get(k).has(Cues.DISTRACTOR)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
