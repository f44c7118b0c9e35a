package dev.newsflow.enrich.figure.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The markets of the world ({@code markets.txt}): the names, adjectives and cities that stand for each, its main
 * index, its currency and how its government bond yields are named.
 */
final class Markets {

    private static final String RESOURCE = "/dev/newsflow/enrich/figure/markets.txt";
    private static final Map<String, Market> BY_NAME = new HashMap<>();
    private static final Map<String, Market> BY_INSTRUMENT = new HashMap<>();
    private static final List<String> NAMES = new ArrayList<>();
    /** Every name's first words ("united", "united states"), so a lookup stops as soon as no name can follow. */
    private static final java.util.Set<String> PREFIXES = new java.util.HashSet<>();
    private static final int LONGEST_NAME;
    /** Every word a market's name starts with or is, so most tokens are told to start none by a word set's filter. */
    private static final WordSet STARTS;
    /** A currency many markets share says nothing of which one a text is about. */
    private static final String SHARED_CURRENCY = "Euro";
    /** Nor does the currency most others are quoted against. */
    private static final String QUOTE_CURRENCY = "US dollar";

    /**
     * A market.
     *
     * @param code           two-letter code, used in yield symbols
     * @param index          canonical name of its main index
     * @param currency       canonical name of its currency
     * @param yieldAdjective how its yields are named ("German", "Japan")
     * @param yieldType      the type of its government bonds ("Bund", "JGB", "government bond")
     */
    record Market(String code, String index, String currency, String yieldAdjective, String yieldType) {
    }

    static {
        int longest = 0;
        for (String[] f : ResourceRows.of(RESOURCE)) {
            String[] yield = f[4].split(";");
            Market market = new Market(f[0].toUpperCase(java.util.Locale.ROOT), f[2], f[3], yield[0], yield[1]);
            for (String name : f[1].split(";")) {
                BY_NAME.putIfAbsent(name, market);
                NAMES.add(name);
                for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                    PREFIXES.add(name.substring(0, space));
                }
                longest = Math.max(longest, name.split(" ").length);
            }
            BY_INSTRUMENT.putIfAbsent(f[2], market);
            if (!f[3].equals(SHARED_CURRENCY) && !f[3].equals(QUOTE_CURRENCY)) {
                BY_INSTRUMENT.putIfAbsent(f[3], market);
            }
        }
        NAMES.sort((a, b) -> b.length() - a.length());
        LONGEST_NAME = longest;
        java.util.Set<String> starts = new java.util.HashSet<>(BY_NAME.keySet());
        starts.addAll(PREFIXES);
        STARTS = WordSet.copyOf(starts);
    }

    private Markets() {
    }

    /** The market a lowercase name, adjective or city stands for ("japan", "saudi arabian", "frankfurt"), or null. */
    static Market named(String name) {
        return BY_NAME.get(name);
    }

    /** Every market, each once. */
    static java.util.Collection<Market> all() {
        return new java.util.LinkedHashSet<>(BY_NAME.values());
    }

    /** Every name of a market, longest first. */
    static List<String> names() {
        return Collections.unmodifiableList(NAMES);
    }

    /** The market whose main index or currency {@code instrument} is, or null. */
    static Market of(Instrument instrument) {
        return BY_INSTRUMENT.get(instrument.name());
    }

    /**
     * The market named by the words starting at token {@code from} (a possessive "'s" allowed on the last), as the
     * index after its last word; -1 when none is.
     */
    static int nameEnd(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        if (!first.isWord() || !STARTS.contains(first)) {
            return -1;
        }
        String name = "";
        int end = -1;
        for (int i = from; i < Math.min(tokens.size(), from + LONGEST_NAME); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                break;
            }
            name = i > from ? name + " " + t.key() : t.key();
            if (BY_NAME.containsKey(name)) {
                end = i + 1;
            }
            if (t.isPossessive() || !PREFIXES.contains(name)) {
                break;
            }
        }
        return end;
    }

    /** Whether a market's name is or starts with the word {@code key}. */
    static boolean startsName(String key) {
        return STARTS.contains(key);
    }

    /** The market of the name at tokens {@code from} to {@code end}. */
    static Market at(List<Token> tokens, int from, int end) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < end; i++) {
            name.append(i > from ? " " : "").append(tokens.get(i).key());
        }
        return BY_NAME.get(name.toString());
    }
}
