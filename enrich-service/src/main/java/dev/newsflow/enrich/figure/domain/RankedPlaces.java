package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Indices named as the place where something else moved, not as what moved: the market whose moves a company led
 * ("Acme led the losses on the CAC 40, falling 7%") or weighed on ("Acme weighed on the Nifty, sliding 2%"), and the
 * top or bottom of a board ("lifted the retailer to the top of the FTSE 250").
 */
final class RankedPlaces {

    private static final WordSet LOCATIVES = WordSet.of("on", "in", "among", "across");
    /** Words of a rank a market is the place of: "top gainer on the Nasdaq", "laggards in the Stoxx 600". */
    private static final WordSet RANKED = Vocabulary.words("names", "ranked");
    private static final WordSet RANKING_VERBS = Vocabulary.verbs("names", "ranking-verbs");
    private static final WordSet MOVES = WordSet.copyOf(java.util.stream.Stream.concat(
            Vocabulary.words("moves", "gain-nouns").stream(), Vocabulary.words("moves", "loss-nouns").stream())
            .collect(java.util.stream.Collectors.toSet()));
    private static final WordSet BOARD_ENDS = Vocabulary.words("names", "board-ends");
    private static final WordSet INFLUENCE_VERBS = Vocabulary.verbs("names", "influence-verbs");
    /** How many words may stand between a ranking verb and what it governs: "led the day's biggest gains". */
    private static final int VERB_REACH = 4;

    private RankedPlaces() {
    }

    /**
     * Whether the name starting after {@code before} (the word before it and its articles) and ending before
     * {@code after} is a place ranked, not the subject of what follows: after a rank and a locative ("top gainer on
     * the Nasdaq"), after a ranking verb and before a comma ("outpaced the Dow, rising"), or as below.
     */
    static boolean isPlace(List<Token> tokens, int before, int after) {
        if (before < 1) {
            return false;
        }
        Token word = tokens.get(before);
        Token noun = tokens.get(before - 1);
        if (LOCATIVES.contains(word) && RANKED.contains(noun)
                || RANKING_VERBS.contains(word) && after < tokens.size() && tokens.get(after).is(",")) {
            return true;
        }
        if (word.is("of")) {
            return BOARD_ENDS.contains(noun);
        }
        if ((word.is("on") || word.is("to")) && verbBefore(tokens, before, INFLUENCE_VERBS)) {
            return participleAfter(tokens, after);
        }
        return LOCATIVES.contains(word) && MOVES.contains(noun) && verbBefore(tokens, before - 1, RANKING_VERBS);
    }

    /**
     * Whether a participle of a move follows the name, after a comma and the index's own move noun if any: "weighed
     * on the Nifty, sliding 2%", "contributed the most to the Sensex's rise, gaining 2%". It tells of the sentence's
     * subject, not of the index; "weighed on the Nifty Bank, down 0.8%" tells of the index.
     */
    private static boolean participleAfter(List<Token> tokens, int after) {
        int comma = after < tokens.size() && MOVES.contains(tokens.get(after)) ? after + 1 : after;
        return comma + 1 < tokens.size() && tokens.get(comma).is(",") && Cues.sign(tokens.get(comma + 1)) != 0
                && tokens.get(comma + 1).key().endsWith("ing");
    }

    /** Whether one of {@code verbs} stands a few words before {@code word}: "led the losses", "weighed heavily on". */
    private static boolean verbBefore(List<Token> tokens, int word, WordSet verbs) {
        for (int j = word - 1; j >= Math.max(0, word - VERB_REACH); j--) {
            Token t = tokens.get(j);
            if (verbs.contains(t)) {
                return true;
            }
            if (t.isNumber() || t.is(",") || t.has(Cues.CLAUSE_END)) {
                return false;
            }
        }
        return false;
    }
}
