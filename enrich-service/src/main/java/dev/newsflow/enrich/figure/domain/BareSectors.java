package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sector gauges a market report names by a bare word as the subject of a move: "financials lifted 0.69%",
 * "Banks were up 0.61%", "platinums closed 1.03% lower". The word opens its clause and the move follows it before any
 * comma, led by its verb; "Property developers slumped 5%", "miners' output" and "the banks said" are no gauge.
 */
final class BareSectors {

    private static final WordSet SECTORS = Vocabulary.words("names", "bare-sectors");
    /** Verbs after the sector that lead to its move: "were up 0.61%", "gave up 0.8%". */
    private static final WordSet LINKS = WordSet.of("was", "were", "is", "are", "gave", "closed", "ended",
            "finished");
    /** The most words between the sector and its percentage: "were up 0.61%", "gave up 0.8%". */
    private static final int REACH = 4;

    private BareSectors() {
    }

    /** The sectors named in {@code tokens} that no mention in {@code known} covers. */
    static List<Mention> find(List<Token> tokens, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token word = tokens.get(i);
            if (!SECTORS.contains(word) || word.isPossessive()
                    || i > 0 && !CompanyNames.CLAUSE_OPENERS.contains(tokens.get(i - 1))
                    || !Anaphora.predicates(tokens.get(i + 1)) && !LINKS.contains(tokens.get(i + 1))
                    || !movesAfter(tokens, i + 1)) {
                continue;
            }
            Mention mention = new Mention(new Instrument(word.text(), null, Kind.INDEX), i, i + 1, true,
                    SectorIndices.VIA);
            if (known.stream().noneMatch(mention::overlaps)) {
                found.add(mention);
            }
        }
        return found;
    }

    /**
     * Whether a move follows at {@code from}: a percentage or points within reach, before any comma, with a movement
     * word before or right after it ("closed 1.03% lower").
     */
    static boolean movesAfter(List<Token> tokens, int from) {
        boolean signed = false;
        for (int j = from; j < Math.min(tokens.size(), from + REACH + 1); j++) {
            Token t = tokens.get(j);
            if (t.is(",") || t.is(";") || t.is(".")) {
                return false;
            }
            if (t.isNumber()) {
                boolean moved = t.unit() == Unit.PERCENT || t.unit() == Unit.POINTS;
                return moved && (signed || j + 1 < tokens.size() && Cues.sign(tokens.get(j + 1)) != 0);
            }
            signed |= Cues.sign(t) != 0;
        }
        return false;
    }
}
