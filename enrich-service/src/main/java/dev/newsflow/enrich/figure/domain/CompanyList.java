package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The listed companies of the major exchanges ({@code companies.txt}, reference data with its sources), found in text
 * by their name as written, or by its first words when no other company shares them ("Royal Caribbean"). A one-word
 * name that is an everyday word ("Target", "Shell") is left to the syntax of the sentence.
 */
final class CompanyList {

    private static final String RESOURCE = "/dev/newsflow/enrich/figure/companies.txt";
    private static final WordSet JOINING = WordSet.of("of", "and", "&", "the", "de",
            "la", "du", "di", "des", "del");
    private static final WordSet NOT_NAMES = Vocabulary.words("names", "not-names");
    private static final WordSet PREPOSITIONS = Vocabulary.words("names", "name-prepositions");
    private static final String AMBIGUOUS = "";

    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "its", "their", "this", "that");

    private final Node root = new Node();
    /** The one-word names that are everyday words, each with its symbol (empty when companies share the name). */
    private final Map<String, String> everyday = new HashMap<>();

    private CompanyList() {
    }

    /** The list bundled with the extractor. */
    static CompanyList load() {
        CompanyList list = new CompanyList();
        Map<String, String> prefixes = new HashMap<>();
        for (String[] fields : ResourceRows.of(RESOURCE)) {
            List<String> words = words(fields[0]);
            if (words.size() == 1 && (fields[3].equals("common") || NOT_NAMES.contains(words.get(0)))) {
                if (fields[3].equals("common")) {
                    list.everyday.merge(words.get(0), fields[1], (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                }
                continue;
            }
            list.add(words, fields[1]);
            if (words.size() > 2) {
                String prefix = String.join(" ", words.subList(0, 2));
                prefixes.merge(prefix, fields[1], (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        prefixes.forEach((prefix, symbol) -> {
            List<String> words = List.of(prefix.split(" "));
            if (!symbol.equals(AMBIGUOUS) && !JOINING.contains(words.get(1)) && list.find(words) == null
                    && Markets.named(prefix) == null) {
                list.add(words, symbol);
            }
        });
        return list;
    }

    /**
     * The company whose name starts at token {@code from}, longest name first, or null; not inside a longer name
     * ("Swiss National Bank"), and a reference, not a subject, after a preposition ("on the Singapore Exchange").
     */
    Mention match(List<Token> tokens, int from) {
        if (!namesStart(tokens.get(from)) || from > 0 && tokens.get(from - 1).isCapitalized()
                && !tokens.get(from - 1).isPossessive()) {
            return null;
        }
        Node node = root;
        Mention best = null;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            node = node.children.get(folded(token));
            if (node == null || !namesStart(token) && !JOINING.contains(token)) {
                break;
            }
            if (node.symbol != null && namesStart(token) && !namesExchange(tokens, i + 1)
                    && Markets.nameEnd(tokens, from) < i + 1) {
                best = new Mention(new Instrument(name(tokens, from, i + 1), node.symbol, Kind.STOCK), from, i + 1,
                        !afterPreposition(tokens, from), "listed company");
            }
        }
        return best != null ? best : everydayName(tokens, from);
    }

    /**
     * A one-word name that is an everyday word where it can only mean the company: "Target up 2.4%", "shares of Target
     * rose", written with a capital inside a sentence and followed by its move, or followed by "shares" or its ticker
     * ("Target shares fell", "Target (TGT)"); never after a determiner ("the Gap widened") or another capital.
     */
    private Mention everydayName(List<Token> tokens, int from) {
        Token token = tokens.get(from);
        String symbol = token.isWord() && token.isCapitalized() && !token.isInCapitals() && from + 1 < tokens.size()
                ? everyday.get(folded(token)) : null;
        if (symbol == null || from > 0 && (tokens.get(from - 1).isCapitalized()
                || DETERMINERS.contains(tokens.get(from - 1)))) {
            return null;
        }
        Token next = tokens.get(from + 1);
        boolean moves = from > 0 && Cues.sign(next) != 0;
        boolean named = next.is("shares") || next.is("stock")
                || next.is("(") && CompanyNames.tickerEnd(tokens, from + 1) > 0;
        if (!moves && !named) {
            return null;
        }
        return new Mention(new Instrument(token.bare(), symbol.equals(AMBIGUOUS) ? null : symbol, Kind.STOCK), from,
                from + 1, !afterPreposition(tokens, from), "listed company named by an everyday word");
    }

    /** Whether "Stock Exchange" or "Exchange" follows: "National Stock Exchange" names no company called National. */
    private static boolean namesExchange(List<Token> tokens, int after) {
        int i = after < tokens.size() && tokens.get(after).is("stock") ? after + 1 : after;
        return i < tokens.size() && (tokens.get(i).is("exchange") || tokens.get(i).is("market"));
    }

    private static boolean afterPreposition(List<Token> tokens, int from) {
        int before = from - 1;
        while (before >= 0 && (tokens.get(before).is("the") || tokens.get(before).is("a"))) {
            before--;
        }
        return before >= 0 && PREPOSITIONS.contains(tokens.get(before))
                && !((tokens.get(before).is("of") || tokens.get(before).is("in")) && before > 0
                && (tokens.get(before - 1).is("shares") || Cues.sign(tokens.get(before - 1)) != 0))
                && !(tokens.get(before).is("by") && before > 0
                && (tokens.get(before - 1).is("followed") || tokens.get(before - 1).is("trailed")));
    }

    private static boolean namesStart(Token token) {
        return token.isCapitalized() || token.isNumber() && token.unit() == Token.Unit.NONE;
    }

    private static String name(List<Token> tokens, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = start; i < end; i++) {
            name.append(i > start ? " " : "").append(i == end - 1 ? tokens.get(i).bare() : tokens.get(i).text());
        }
        return name.toString();
    }

    private void add(List<String> words, String symbol) {
        Node node = root;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        if (node.symbol == null) {
            node.symbol = symbol;
        }
    }

    private String find(List<String> words) {
        Node node = root;
        for (String word : words) {
            node = node.children.get(word);
            if (node == null) {
                return null;
            }
        }
        return node.symbol;
    }

    private static List<String> words(String name) {
        return Tokenizer.tokenize(name, 0, name.length()).stream().map(t -> fold(t.bare())).toList();
    }

    /**
     * {@link #fold} of the word without its possessive: the token's key when the word is written in ASCII and its key
     * only lowercases it or drops its possessive, as most are.
     */
    private static String folded(Token token) {
        String text = token.text();
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) <= 0x7f;
        }
        return ascii && (text.length() == token.key().length() || token.isPossessive()) ? token.key()
                : fold(token.bare());
    }

    /** A word compared without case or accents: "Nestlé" is "nestle". */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return lower;
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>(2);
        private String symbol;
    }
}
