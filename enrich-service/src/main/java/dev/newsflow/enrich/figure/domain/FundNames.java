package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds exchange-traded funds by the names they go by: a fund family's brand and the capitalized words after it,
 * up to "ETF" or the ticker in parentheses ("the SPDR S&P Regional Banking ETF (KRE)", "the SPDR Consumer
 * Discretionary (XLY)"), so an index named inside a fund's name is not taken for the index.
 */
final class FundNames {

    private static final WordSet BRANDS = Vocabulary.words("names", "fund-brands");
    private static final WordSet HEADS = Vocabulary.words("names", "fund-heads");
    private static final int LONGEST = 8;

    private FundNames() {
    }

    /** The funds named in {@code tokens}. */
    static List<Mention> find(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalized() || !BRANDS.contains(tokens.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < Math.min(tokens.size(), i + LONGEST) && isNameWord(tokens.get(end))
                    && !HEADS.contains(tokens.get(end - 1))) {
                end++;
            }
            if (end - i < 2) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int j = i; j < end; j++) {
                boolean glued = j > i && tokens.get(j).start() == tokens.get(j - 1).end();
                name.append(j > i && !glued ? " " : "").append(tokens.get(j).text());
            }
            found.add(new Mention(new Instrument(name.toString(), null, Kind.OTHER), i, end, true,
                    "fund by its family's brand"));
            i = end - 1;
        }
        return found;
    }

    private static boolean isNameWord(Token t) {
        return t.isCapitalized() || t.is("&") || t.isNumber() && t.unit() == Token.Unit.NONE;
    }
}
