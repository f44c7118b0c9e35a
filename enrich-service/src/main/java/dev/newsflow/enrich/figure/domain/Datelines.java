package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * The dateline that opens a wire story: a place in capitals, maybe its country or the agency in brackets, then a dash
 * ("ANKARA (AA) –", "MEXICO CITY —", "TOKYO, Japan -"). It says where the story was written: a name found there only
 * by how news writes companies ("Name (TICKER)", a capitalized run) is no instrument, where a name the lexicon knows
 * ("DAX –" in a quote list) still is.
 */
final class Datelines {

    private static final WordSet DASHES = WordSet.of("-", "–", "—", "--");
    /** The most words a dateline's place and its country may have ("PORT OF SPAIN, Trinidad"). */
    private static final int PLACE_WORDS = 5;

    private Datelines() {
    }

    /** The index after the dateline that opens {@code tokens}, or 0 when they open with none. */
    static int end(List<Token> tokens) {
        int i = 0;
        while (i < Math.min(tokens.size(), PLACE_WORDS) && capitals(tokens.get(i))) {
            i++;
        }
        if (i == 0) {
            return 0;
        }
        if (i + 1 < tokens.size() && tokens.get(i).is(",") && tokens.get(i + 1).isCapitalized()) {
            i += 2;
        }
        if (i + 2 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 2).is(")")) {
            i += 3;
        }
        return i < tokens.size() && DASHES.contains(tokens.get(i)) ? i + 1 : 0;
    }

    private static boolean capitals(Token token) {
        return token.isWord() && token.text().length() > 1 && token.isInCapitals()
                && token.text().chars().allMatch(Character::isLetter);
    }
}
