package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The instruments known by name ({@code instruments.txt}), matched word by word, longest name first. */
final class InstrumentLexicon {

    static final Instrument BLOCKED = new Instrument("", null, Kind.OTHER);
    private static final String RESOURCE = "/dev/newsflow/enrich/figure/instruments.txt";

    /** A name ending in its count of members, "CAC 40", also written "CAC-40" and "CAC40". */
    private static final java.util.regex.Pattern MEMBER_COUNT = java.util.regex.Pattern.compile("(\\S) (\\d{2,3})$");
    private static final java.util.regex.Pattern GLUED_MEMBER = java.util.regex.Pattern.compile("([A-Z]{2,})\\d{2,3}");

    private final Node root = new Node();
    private final Map<String, Instrument> byName = new HashMap<>();
    private final java.util.Set<String> currencyCodes = new java.util.HashSet<>();
    private final java.util.Set<String> gluedFamilies = new java.util.HashSet<>();

    private InstrumentLexicon() {
    }

    /** The lexicon of the bundled instrument list. */
    static InstrumentLexicon load() {
        InstrumentLexicon lexicon = new InstrumentLexicon();
        try (InputStream in = InstrumentLexicon.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lexicon.addLine(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return lexicon;
    }

    private void addLine(String line) {
        String[] fields = line.split("\\|", -1);
        boolean blocker = fields[0].equals("none");
        Kind kind = blocker ? Kind.OTHER : Kind.valueOf(fields[0].toUpperCase(Locale.ROOT));
        Instrument instrument = blocker ? BLOCKED
                : new Instrument(fields[1], fields[2].isEmpty() ? null : fields[2], kind);
        if (!blocker) {
            byName.putIfAbsent(fields[1], instrument);
            java.util.regex.Matcher glued = GLUED_MEMBER.matcher(fields[1]);
            if (kind == Kind.INDEX && glued.matches()) {
                gluedFamilies.add(glued.group(1));
            }
        }
        if (kind == Kind.FX && fields[2].length() == 3) {
            currencyCodes.add(fields[2]);
        }
        for (String alias : fields[3].split(";")) {
            boolean exact = alias.startsWith("=") || kind == Kind.STOCK && !blocker;
            String name = alias.startsWith("=") ? alias.substring(1) : alias;
            add(name, instrument, exact);
            java.util.regex.Matcher count = MEMBER_COUNT.matcher(name);
            if (count.find()) {
                add(count.replaceFirst("$1-$2"), instrument, exact);
                add(count.replaceFirst("$1$2"), instrument, exact);
            }
        }
    }

    private void add(String alias, Instrument instrument, boolean exact) {
        List<Token> words = Tokenizer.tokenize(alias, 0, alias.length());
        Node node = root;
        for (Token word : words) {
            node = node.children.computeIfAbsent(word.key(), k -> new Node());
        }
        node.entries.add(new Entry(instrument, exact ? words.stream().map(Token::bare).toList() : null));
    }

    /** The ISO 4217 codes of the currencies the lexicon knows. */
    java.util.Set<String> currencyCodes() {
        return currencyCodes;
    }

    /** Whether the family of indices an acronym starts is named with its member count glued on, as "EGX30" is. */
    boolean gluesMemberCount(String acronym) {
        return gluedFamilies.contains(acronym);
    }

    /** The instrument of a canonical name ("Nikkei 225"), or null. */
    Instrument named(String name) {
        return byName.get(name);
    }

    /** The longest instrument name starting at token {@code from}, or null. */
    Mention match(List<Token> tokens, int from) {
        Node node = root;
        Mention best = null;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            node = node.children.get(token.key());
            if (node == null) {
                break;
            }
            for (Entry entry : node.entries) {
                if (entry.matches(tokens, from)) {
                    best = new Mention(entry.instrument(), from, i + 1, true, "lexicon");
                }
            }
        }
        return best;
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final List<Entry> entries = new ArrayList<>(1);
    }

    private record Entry(Instrument instrument, List<String> exactWords) {

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
