package dev.newsflow.enrich.figure.domain;

/**
 * One word, number or punctuation mark of a sentence, with its offsets in the text it came from.
 *
 * @param type     what the token is
 * @param text     the characters as written (a possessive {@code 's} kept)
 * @param key      lowercase form without a possessive, for look-ups
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param value    the number's value for a number, else 0
 * @param sign     an explicit {@code +} (1) or {@code -} (-1) written before a number, else 0
 * @param currency ISO 4217 code of a currency sign written before a number, else null
 * @param unit     what the number measures, given by the words after it; {@code SUBUNIT} for hundredths of the
 *                 currency ("64 cents", "12p", "22 paise")
 * @param flags    the cue flags of a word ({@link Cues#flagsOf})
 * @param hash     the hash of {@code key}, kept in the token so that most look-ups tell a word apart by it alone,
 *                 without reading the key's characters
 */
record Token(Type type, String text, String key, int start, int end, double value, int sign, String currency,
        Unit unit, int flags, int hash) {

    Token(Type type, String text, String key, int start, int end, double value, int sign, String currency, Unit unit,
            int flags) {
        this(type, text, key, start, end, value, sign, currency, unit, flags, key.hashCode());
    }

    /** The kinds of token. */
    enum Type { WORD, NUMBER, PUNCT }

    /** What a number measures. */
    enum Unit { NONE, PERCENT, BASIS_POINTS, POINTS, AMOUNT, SUBUNIT }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    boolean is(String lowercase) {
        return hash == lowercase.hashCode() && key.equals(lowercase);
    }

    /**
     * Whether the word starts with a capital letter or a digit followed by letters, or is written as a brand with a
     * capital inside ("easyJet").
     */
    boolean isCapitalized() {
        return type == Type.WORD && (Character.isUpperCase(text.charAt(0)) || has(Cues.INNER_CAPITAL));
    }

    /** Whether the text has no letter in lower case ("NSE", "USD/JPY", "U.S."). */
    boolean isInCapitals() {
        return text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the word is written with a possessive {@code 's}. */
    boolean isPossessive() {
        return type == Type.WORD && text.length() > key.length() && (text.endsWith("'s") || text.endsWith("’s"));
    }

    /** The text without a possessive {@code 's}. */
    String bare() {
        return isPossessive() ? text.substring(0, text.length() - 2) : text;
    }

    /** The number with a currency written as a word, its span starting at {@code newStart} ("Rs 2,947.50"). */
    Token withCurrency(String newCurrency, int newStart) {
        return new Token(type, text, key, newStart, end, value, sign, newCurrency, unit, flags, hash);
    }

    /** The word without the cue flags {@code cleared}: "rate" in "exchange rate" is no policy rate. */
    Token without(int cleared) {
        return new Token(type, text, key, start, end, value, sign, currency, unit, flags & ~cleared, hash);
    }

    Token withUnit(Unit newUnit, int newEnd) {
        return new Token(type, text, key, start, newEnd, value, sign, currency, newUnit, flags, hash);
    }
}
