package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sector gauges a market report names in lowercase, with no index before them, when a move follows: "pulling
 * the mining index up 1.4 per cent", "the exchange's transportation index slumped almost 5 per cent". A sector
 * without "index" ("the tech sector rose 1%") is no figure, nor is a price index ("the consumer price index").
 */
final class SectorIndices {

    /** The rule these mentions are found by: a sector gauge is never what "the index" later refers back to. */
    static final String VIA = "sector gauge named in lowercase";

    private static final WordSet SECTORS = Vocabulary.words("names", "sectors");
    private static final WordSet HEADS = WordSet.of("index", "sub-index", "subindex");
    private static final WordSet COMPANIONS = Vocabulary.words("names", "sector-companions");
    private static final WordSet NOT_SECTORS = Vocabulary.words("names", "not-sectors");
    private static final int WORDS = 4;
    private static final int REACH = 4;

    private SectorIndices() {
    }

    /** The sector gauges named in {@code tokens} that no mention in {@code known} covers. */
    static List<Mention> find(List<Token> tokens, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("the")) {
                continue;
            }
            int first = i + 1;
            if (tokens.get(first).isPossessive() && !tokens.get(first).isCapitalized()) {
                first++;
            }
            int head = first;
            boolean sector = false;
            while (head < Math.min(tokens.size(), first + WORDS) && isSectorWord(tokens.get(head), sector)) {
                sector |= SECTORS.contains(tokens.get(head)) || head > first && tokens.get(head).is("sector");
                head++;
            }
            if (!sector || head >= tokens.size() || !HEADS.contains(tokens.get(head).text())
                    || tokens.get(head - 1).is("and") || !movesAfter(tokens, head + 1)) {
                continue;
            }
            Instrument gauge = new Instrument(MentionFinder.words(tokens, first, head + 1), null, Kind.INDEX);
            Mention mention = new Mention(gauge, first, head + 1, true, VIA);
            if (known.stream().noneMatch(mention::overlaps)) {
                found.add(mention);
            }
            i = head;
        }
        return found;
    }

    /**
     * Whether a word of a gauge's name is a sector word: lowercase, or a sector written capitalized ("the Services
     * index"); a word that marks economic data elsewhere only when it names a sector ("the consumer durables index",
     * "the industrial sector index"), so that "the consumer price index" stays no gauge. {@code afterSector}: a
     * sector's word came before, which a companion word goes on ("financial services").
     */
    private static boolean isSectorWord(Token t, boolean afterSector) {
        boolean named = namesASector(t, afterSector);
        return t.isWord() && (!t.isCapitalized() || named) && !HEADS.contains(t) && Cues.sign(t) == 0
                && !t.isPossessive() && (!t.has(Cues.DISTRACTOR) || named) && !NOT_SECTORS.contains(t);
    }

    /** Whether {@code t} names a sector, or goes on the name of the sector before it: "financial services". */
    private static boolean namesASector(Token t, boolean afterSector) {
        return SECTORS.contains(t) || afterSector && COMPANIONS.contains(t);
    }

    /**
     * Whether the words from {@code start} to {@code end} name economic data rather than a market's gauge: a word that
     * marks data and names no sector ("production", "confidence"), or a sector's word beside a price ("Consumer Price
     * Index"); "Financial Services Index" and "Industrial Index" name gauges.
     */
    static boolean namesData(List<Token> tokens, int start, int end) {
        boolean marked = false;
        boolean price = false;
        boolean sector = false;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (t.has(Cues.DISTRACTOR) && !namesASector(t, sector)) {
                return true;
            }
            marked |= t.has(Cues.DISTRACTOR);
            price |= NOT_SECTORS.contains(t);
            sector |= SECTORS.contains(t);
        }
        return marked && price;
    }

    /** Whether a move follows at {@code from}: a movement word, then a percentage or points, before any comma. */
    static boolean movesAfter(List<Token> tokens, int from) {
        boolean signed = false;
        for (int j = from; j < Math.min(tokens.size(), from + REACH + 2); j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is(".")) {
                return false;
            }
            signed |= Cues.sign(t) != 0;
            if (t.isNumber()) {
                return signed && (t.unit() == Unit.PERCENT || t.unit() == Unit.POINTS);
            }
        }
        return false;
    }
}
