package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds an index named by the size of its companies alone after another index in the same sentence: "the BSE Midcap
 * index rose 0.7% and the smallcap index 0.4%" names the family's member of that size, the BSE Smallcap, when the
 * lexicon knows it; else, when a move follows, the index as written ("the mid-cap index declined 0.3%"). At the start
 * of a sentence such a phrase may speak of the index named before ("The small-cap index" after the Russell 2000), so
 * it is left alone there.
 */
final class SizeIndices {

    private static final WordSet SIZES = Vocabulary.words("names", "index-sizes");
    private static final String VIA = "index named by its size";

    private SizeIndices() {
    }

    /** The indices named by a size in {@code tokens} that no mention in {@code known} covers. */
    static List<Mention> find(List<Token> tokens, List<Mention> known, InstrumentLexicon lexicon) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token size = tokens.get(i + 1);
            if (!tokens.get(i).is("the") || !size.isWord() || !SIZES.contains(size)
                    || !tokens.get(i + 2).is("index")) {
                continue;
            }
            Mention mention = new Mention(sized(tokens, i + 1, known, lexicon), i + 1, i + 3, true, VIA);
            if (mention.instrument() != null && known.stream().noneMatch(mention::overlaps)) {
                found.add(mention);
            }
            i += 2;
        }
        return found;
    }

    /**
     * The index of the size at {@code at}: the family member of the last index named before it, or the words as
     * written; null when no index is named before it.
     */
    private static Instrument sized(List<Token> tokens, int at, List<Mention> known, InstrumentLexicon lexicon) {
        String word = tokens.get(at).text();
        String written = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
        Mention family = null;
        for (Mention mention : known) {
            if (mention.last() <= at && mention.instrument().kind() == Kind.INDEX
                    && (family == null || mention.last() > family.last())) {
                family = mention;
            }
        }
        if (family == null) {
            return null;
        }
        String[] words = family.instrument().name().split(" ");
        for (int w = 0; w < words.length; w++) {
            if (SIZES.contains(words[w].toLowerCase(Locale.ROOT))) {
                words[w] = written;
                Instrument member = lexicon.named(String.join(" ", words));
                if (member != null && member.kind() == Kind.INDEX) {
                    return member;
                }
            }
        }
        return SectorIndices.movesAfter(tokens, at + 2)
                ? new Instrument(MentionFinder.words(tokens, at, at + 2), null, Kind.INDEX) : null;
    }
}
