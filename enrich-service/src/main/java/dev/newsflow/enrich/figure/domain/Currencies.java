package dev.newsflow.enrich.figure.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The currencies written before a number: signs ("$", "₦", "Rs."), letter codes attached or after one space ("Rs 441",
 * "SR9.39", "CHF 78.40"), any ISO 4217 code written so ("GHC1.29", "UGX 210"), and single letters attached ("R174.72",
 * "N2.34"), each with its ISO 4217 code.
 */
final class Currencies {

    private static final Map<String, String> CODES = new HashMap<>();
    /** The first characters of every written form, so most words are told to hold none by one bit. */
    private static final java.util.BitSet FIRST_CHARS = new java.util.BitSet();
    private static final String[] NONE = {};
    private static final Map<Character, String[]> SIGNS = byFirstChar(Vocabulary.pairs("units",
            "currency-signs"));
    private static final Map<Character, String[]> PREFIXES = byFirstChar(Vocabulary.pairs("units",
            "currency-prefixes"));
    private static final Map<Character, String[]> LETTERS = byFirstChar(Vocabulary.pairs("units",
            "currency-letters"));
    /** Every ISO 4217 code the JDK knows, but for those written as words or names in capitals ("TOP 40", "ALL"). */
    private static final java.util.Set<String> ISO_CODES = isoCodes();

    private Currencies() {
    }

    private static java.util.Set<String> isoCodes() {
        WordSet taken = Vocabulary.words("units", "codes-not-currencies");
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (java.util.Currency currency : java.util.Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            if (code.charAt(0) != 'X' && !taken.contains(code.toLowerCase(java.util.Locale.ROOT))) {
                codes.add(code);
            }
        }
        return java.util.Set.copyOf(codes);
    }

    /** The written forms by their first character, longest first, so a look-up costs one map get per token. */
    private static Map<Character, String[]> byFirstChar(List<Map.Entry<String, String>> pairs) {
        pairs.forEach(e -> CODES.put(e.getKey(), e.getValue()));
        pairs.forEach(e -> FIRST_CHARS.set(e.getKey().charAt(0)));
        Map<Character, List<String>> index = new HashMap<>();
        pairs.stream().map(Map.Entry::getKey).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(written -> index.computeIfAbsent(written.charAt(0), c -> new java.util.ArrayList<>())
                        .add(written));
        Map<Character, String[]> arrays = new HashMap<>();
        index.forEach((first, forms) -> arrays.put(first, forms.toArray(NONE)));
        return arrays;
    }

    /**
     * The length of the currency written at {@code q} before a number, with the space after it where one may stand
     * there; 0 when no currency is written there or no digit follows it.
     */
    static int prefixLength(CharSequence text, int q, int to) {
        int iso = isoCodeLength(text, q, to);
        if (iso > 0) {
            return iso;
        }
        if (q >= to || !FIRST_CHARS.get(text.charAt(q))) {
            return 0;
        }
        Character first = text.charAt(q);
        for (String sign : SIGNS.getOrDefault(first, NONE)) {
            if (startsWith(text, q, to, sign) && digitAt(text, q + sign.length(), to)) {
                return sign.length();
            }
            int after = q + sign.length();
            if (startsWith(text, q, to, sign) && after < to
                    && (text.charAt(after) == ' ' || text.charAt(after) == '\n') && digitAt(text, after + 1, to)) {
                return sign.length() + 1;
            }
        }
        if (!Character.isLetter(first)) {
            return 0;
        }
        for (String prefix : PREFIXES.getOrDefault(first, NONE)) {
            if (startsWith(text, q, to, prefix)) {
                int after = q + prefix.length();
                if (digitAt(text, after, to)) {
                    return prefix.length();
                }
                boolean space = after < to && (text.charAt(after) == ' ' || text.charAt(after) == '\n');
                if (space && digitAt(text, after + 1, to)) {
                    return prefix.length() + 1;
                }
            }
        }
        for (String letter : LETTERS.getOrDefault(first, NONE)) {
            if (startsWith(text, q, to, letter) && digitAt(text, q + letter.length(), to)) {
                return letter.length();
            }
        }
        return 0;
    }

    /**
     * The length of an ISO 4217 code written at {@code q} before a number, attached or after one space, when the
     * written forms do not list it: three capitals and a digit after them, so most numbers are told by a few chars.
     */
    private static int isoCodeLength(CharSequence text, int q, int to) {
        if (q + 3 >= to || !capital(text.charAt(q)) || !capital(text.charAt(q + 1)) || !capital(text.charAt(q + 2))) {
            return 0;
        }
        int length = digitAt(text, q + 3, to) ? 3 : text.charAt(q + 3) == ' ' && digitAt(text, q + 4, to) ? 4 : 0;
        String code = text.subSequence(q, q + 3).toString();
        return length > 0 && !CODES.containsKey(code) && ISO_CODES.contains(code) ? length : 0;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The ISO 4217 code of the currency of length {@code length} written at {@code q}. */
    static String ofPrefix(CharSequence text, int q, int length) {
        String written = text.subSequence(q, q + length).toString().strip();
        String code = CODES.get(written);
        return code != null || !ISO_CODES.contains(written) ? code : written;
    }

    private static boolean startsWith(CharSequence text, int q, int to, String prefix) {
        if (q + prefix.length() > to) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(q + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitAt(CharSequence text, int p, int to) {
        return p < to && text.charAt(p) >= '0' && text.charAt(p) <= '9';
    }
}
