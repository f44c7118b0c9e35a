package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The instruments known by name ({@code instruments.txt}, then the indices of the world's exchanges of
 * {@code world-indices.txt} that it does not name), matched word by word, longest name first.
 */
final class InstrumentLexicon {

    static final Instrument BLOCKED = new Instrument("", null, Kind.OTHER);
    private static final String RESOURCE = "/dev/newsflow/enrich/figure/instruments.txt";
    /** Reference data: index names from public listings, read only where {@link #RESOURCE} knows no such name. */
    private static final String WORLD_INDICES = "/dev/newsflow/enrich/figure/world-indices.txt";
    /** The last field of an index known under a former or a sponsor's name: each of its names names it as written. */
    private static final String AS_WRITTEN = "as written";

    /** A name ending in its count of members, "CAC 40", also written "CAC-40" and "CAC40". */
    private static final java.util.regex.Pattern MEMBER_COUNT = java.util.regex.Pattern.compile("(\\S) (\\d{2,3})$");
    private static final java.util.regex.Pattern GLUED_MEMBER = java.util.regex.Pattern.compile("([A-Z]{2,})\\d{2,3}");

    private final Node root = new Node();
    private final Map<String, Instrument> byName = new HashMap<>();
    private final java.util.Set<String> currencyCodes = new java.util.HashSet<>();
    private final java.util.Set<String> gluedFamilies = new java.util.HashSet<>();
    private final Map<String, Instrument> cryptoBySymbol = new HashMap<>();
    /** The first words of every name, so a token that starts none is told by the set's filter. */
    private WordSet firstWords = WordSet.of();

    private InstrumentLexicon() {
    }

    /** The lexicon of the bundled instrument list. */
    static InstrumentLexicon load() {
        InstrumentLexicon lexicon = new InstrumentLexicon();
        lexicon.read(RESOURCE, false);
        lexicon.read(WORLD_INDICES, true);
        lexicon.firstWords = WordSet.copyOf(lexicon.root.children.keySet());
        return lexicon;
    }

    private void read(String resource, boolean onlyNew) {
        for (String[] fields : ResourceRows.of(resource)) {
            addLine(fields, onlyNew);
        }
    }

    private void addLine(String[] fields, boolean onlyNew) {
        boolean blocker = fields[0].equals("none");
        Kind kind = blocker ? Kind.OTHER : Kind.valueOf(fields[0].toUpperCase(Locale.ROOT));
        Instrument instrument = blocker ? BLOCKED
                : new Instrument(fields[1], fields[2].isEmpty() ? null : fields[2], kind);
        if (!blocker && !onlyNew) {
            byName.putIfAbsent(fields[1], instrument);
            java.util.regex.Matcher glued = GLUED_MEMBER.matcher(fields[1]);
            if (kind == Kind.INDEX && glued.matches()) {
                gluedFamilies.add(glued.group(1));
            }
        }
        if (kind == Kind.FX && fields[2].length() == 3) {
            currencyCodes.add(fields[2]);
        }
        if (kind == Kind.CRYPTO && !fields[2].isEmpty() && cryptoBySymbol.putIfAbsent(fields[2], instrument) == null
                && !List.of(fields[3].split(";")).contains("=" + fields[2])) {
            add(fields[2], instrument, true, onlyNew);
        }
        boolean asWritten = !onlyNew && fields.length > 4 && fields[4].equals(AS_WRITTEN);
        for (String alias : fields[3].split(";")) {
            boolean exact = alias.startsWith("=") || kind == Kind.STOCK && !blocker;
            String name = alias.startsWith("=") ? alias.substring(1) : alias;
            if (onlyNew) {
                addListed(name, instrument, exact);
                continue;
            }
            add(name, asWritten ? written(name, instrument) : instrument, exact, onlyNew);
            java.util.regex.Matcher count = MEMBER_COUNT.matcher(name);
            if (count.find()) {
                for (String variant : List.of(count.replaceFirst("$1-$2"), count.replaceFirst("$1$2"))) {
                    add(variant, asWritten ? written(variant, instrument) : instrument, exact, onlyNew);
                }
            }
        }
    }

    /** The instrument of an index named as the text writes it ("PSI-20", "PSI", "MOEX"), by one of its names. */
    private static Instrument written(String name, Instrument instrument) {
        return new Instrument(name, instrument.symbol(), instrument.kind());
    }

    /**
     * Adds an index name of the reference listing, also with its head word ("FTSE NSE Kenya 15 Index"), unless it is
     * a member of a family named with its count glued on ("EGX 70"), which {@link IndexNames} names as its family's.
     */
    private void addListed(String name, Instrument instrument, boolean exact) {
        java.util.regex.Matcher count = MEMBER_COUNT.matcher(name);
        java.util.regex.Matcher glued = GLUED_MEMBER.matcher(name.replace(" ", "").replace("-", ""));
        if (count.find() && glued.matches() && gluedFamilies.contains(glued.group(1))) {
            return;
        }
        add(name, instrument, exact, true);
        add(name + " Index", instrument, exact, true);
        add(name + " index", instrument, exact, true);
        if (count.reset().find()) {
            add(count.replaceFirst("$1-$2"), instrument, exact, true);
            add(count.replaceFirst("$1$2"), instrument, exact, true);
        }
    }

    /** Adds a name; with {@code onlyNew}, only where no instrument goes by the same words yet. */
    private void add(String alias, Instrument instrument, boolean exact, boolean onlyNew) {
        List<Token> words = Tokenizer.tokenize(alias, 0, alias.length());
        Node node = root;
        for (Token word : words) {
            node = node.children.computeIfAbsent(word.key(), k -> new Node());
        }
        if (onlyNew && !node.entries.isEmpty()) {
            return;
        }
        node.entries.add(new Entry(instrument, exact ? words.stream().map(Token::bare).toList() : null, onlyNew));
    }

    /** The ISO 4217 codes of the currencies the lexicon knows. */
    java.util.Set<String> currencyCodes() {
        return currencyCodes;
    }

    /** Whether the family of indices an acronym starts is named with its member count glued on, as "EGX30" is. */
    boolean gluesMemberCount(String acronym) {
        return gluedFamilies.contains(acronym);
    }

    /** The crypto asset of a ticker ("BTC"), or null. */
    Instrument crypto(String symbol) {
        return cryptoBySymbol.get(symbol);
    }

    /** The instrument of a canonical name ("Nikkei 225"), or null. */
    Instrument named(String name) {
        return byName.get(name);
    }

    /** The longest instrument name starting at token {@code from}, or null. */
    Mention match(List<Token> tokens, int from) {
        if (from >= tokens.size() || !firstWords.contains(tokens.get(from))) {
            return null;
        }
        Node node = root;
        Mention best = null;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            node = node.children.get(token.key());
            if (node == null) {
                break;
            }
            for (Entry entry : node.entries) {
                if (entry.matches(tokens, from) && !(entry.listed() && continuedByName(tokens, i + 1))) {
                    best = new Mention(entry.instrument(), from, i + 1, true, "lexicon");
                }
            }
        }
        return best;
    }

    /**
     * Whether a capitalized word follows a name of the reference listing: then the name is the start of a longer one
     * the listing does not hold ("QE All Share Banking and Financial Services Index" is not "QE All Share").
     */
    private static boolean continuedByName(List<Token> tokens, int next) {
        return next < tokens.size() && tokens.get(next).isWord() && tokens.get(next).isCapitalized()
                && tokens.get(next).start() > tokens.get(next - 1).end();
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final List<Entry> entries = new ArrayList<>(1);
    }

    /** A name; {@code listed} when it comes from the reference listing of the world's indices. */
    private record Entry(Instrument instrument, List<String> exactWords, boolean listed) {

        boolean matches(List<Token> tokens, int from) {
            if (exactWords == null) {
                return true;
            }
            for (int i = 0; i < exactWords.size(); i++) {
                if (!tokens.get(from + i).bare().equals(exactWords.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
