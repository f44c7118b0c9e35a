package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indices of a market's exchange named by their own words ({@code local-indices.txt}: "All Shares", "Holding
 * Firms", "Telecoms"), found only in a text about that market; a sector index, or a name of one word, only where
 * "index" or a parenthesized move follows it.
 */
final class LocalIndices {

    private static final String RESOURCE = "/dev/newsflow/enrich/figure/local-indices.txt";
    private static final WordSet FOLLOWERS = WordSet.of("index", "indices", "(");
    private static final Map<String, List<Local>> BY_MARKET = new HashMap<>();

    private record Local(List<String> words, String symbol, boolean needsContext) {
    }

    static {
        for (String[] f : ResourceRows.of(RESOURCE)) {
            List<String> words = Tokenizer.tokenize(f[1], 0, f[1].length()).stream().map(Token::key).toList();
            BY_MARKET.computeIfAbsent(f[0].toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Local(words, f[2], f[3].equals("sector") || words.size() == 1));
        }
    }

    private LocalIndices() {
    }

    /** The home market's own indices named in {@code tokens} that no mention in {@code known} covers. */
    static List<Mention> find(List<Token> tokens, Markets.Market home, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        List<Local> locals = home == null ? null : BY_MARKET.get(home.code());
        if (locals == null) {
            return found;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalized()) {
                continue;
            }
            for (Local local : locals) {
                int end = i + local.words().size();
                if (end > tokens.size() || !matches(tokens, i, local.words())
                        || local.needsContext() && (end == tokens.size()
                        || !FOLLOWERS.contains(tokens.get(end)))
                        || end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
                    continue;
                }
                Mention mention = new Mention(new Instrument(join(tokens, i, end), local.symbol(), Kind.INDEX), i, end,
                        true, "index of the home market's exchange");
                if (known.stream().noneMatch(mention::overlaps) && found.stream().noneMatch(mention::overlaps)) {
                    found.add(mention);
                }
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).key().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            boolean glued = i > start && tokens.get(i).start() == tokens.get(i - 1).end();
            name.append(i > start && !glued ? " " : "").append(tokens.get(i).text());
        }
        return name.toString();
    }
}
