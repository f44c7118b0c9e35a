package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Type;
import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits text into words, numbers (with their sign, currency and unit) and punctuation. */
final class Tokenizer {

    private static final Map<String, String> CURRENCY_WORDS = Vocabulary.map("units", "currency-words");
    private static final Map<String, String> SUBUNITS = Vocabulary.map("units", "subunits");
    private static final Map<String, Double> NUMBER_WORDS = Vocabulary.lookup(
            Vocabulary.pairs("units", "number-words").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> Double.valueOf(e.getValue()))));
    private static final WordSet CLOCK = Vocabulary.words("units", "clock");
    private static final WordSet AMOUNTS = Vocabulary.words("units", "amounts");
    private static final WordSet SPANS = Vocabulary.words("units", "spans");

    private static final WordCache WORDS = new WordCache();
    private static final WordSet ASIDES = Vocabulary.words("text", "asides");

    private Tokenizer() {
    }

    /** The tokens of {@code text} between {@code from} and {@code to}, offsets relative to {@code text}. */
    static List<Token> tokenize(CharSequence text, int from, int to) {
        return kobo(quotes(withoutAsides(withUnits(withWordedNumbers(new TokenScanner(text, from, to).scan())))));
    }

    /**
     * The tokens without a connective set off by commas after a name, which the clause reads on past: "The 30-year bond
     * yield, meanwhile, has increased to 3%", "Ikeja Hotel, conversely, led".
     */
    private static List<Token> withoutAsides(List<Token> tokens) {
        List<Token> kept = null;
        for (int i = 0; i < tokens.size(); i++) {
            int close = asideEnd(tokens, i);
            if (close > i) {
                kept = kept != null ? kept : new ArrayList<>(tokens.subList(0, i));
                i = close;
            } else if (kept != null) {
                kept.add(tokens.get(i));
            }
        }
        return kept != null ? kept : tokens;
    }

    /** The closing comma of a connective aside opened by the comma at {@code i}, or -1. */
    private static int asideEnd(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).is(",") || !tokens.get(i - 1).isWord()) {
            return -1;
        }
        StringBuilder words = new StringBuilder();
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (tokens.get(j).is(",")) {
                return ASIDES.contains(words.toString()) ? j : -1;
            }
            words.append(words.isEmpty() ? "" : " ").append(tokens.get(j).key());
        }
        return -1;
    }

    /**
     * In a sentence that prices in naira, "83k" is 83 kobo, not 83,000: "to close at ₦8.11, while Royalex followed
     * at 9.78 per cent to close at 83k per share".
     */
    private static List<Token> kobo(List<Token> tokens) {
        if (tokens.stream().noneMatch(t -> "NGN".equals(t.currency()))) {
            return tokens;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean thousands = t.isNumber() && t.currency() == null && t.unit() == Unit.NONE && t.text().endsWith("k")
                    && t.value() >= 1000 && t.value() < 100_000;
            if (thousands) {
                tokens.set(i, new Token(Type.NUMBER, t.text(), t.key(), t.start(), t.end(), t.value() / 1000,
                        t.sign(), "NGN", Unit.SUBUNIT, t.flags()));
            }
        }
        return tokens;
    }

    /**
     * Quotes that only look like other numbers: an exchange rate is a price, not a policy rate ("the dollar/lira
     * exchange rate was at 19.04"); a bid or offer price is a quote, not a takeover bid ("a bid price of $447").
     */
    private static List<Token> quotes(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean exchangeRate = (t.is("rate") || t.is("rates")) && before != null && before.is("exchange");
            boolean quote = (t.is("bid") || t.is("offer")) && next != null
                    && (next.is("price") || next.is("prices") || next.isNumber() && next.unit() == Unit.NONE);
            if ((exchangeRate || quote) && t.has(Cues.DISTRACTOR)) {
                tokens.set(i, t.without(Cues.DISTRACTOR));
            }
        }
        return tokens;
    }

    /**
     * Reads what words say about numbers: a number written as a word before a unit ("two basis points", "five
     * percent"), a currency written as a word before or after a number ("Rs 2,947.50", "32,410 yen"), and a clock
     * time ("8:12", "7 a.m.") that is no market number.
     */
    private static List<Token> withWordedNumbers(List<Token> raw) {
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            Token next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            Token after = i + 2 < raw.size() ? raw.get(i + 2) : null;
            int rupeesAt = !t.is("rs") ? -1 : next != null && next.is(".") ? i + 2 : i + 1;
            Token rupees = rupeesAt > 0 && rupeesAt < raw.size() ? raw.get(rupeesAt) : null;
            int halfEnd = halves(raw, i);
            int moneyEnd = wordedMoney(raw, i);
            if (moneyEnd > i) {
                tokens.add(new Token(Type.NUMBER, t.text(), t.key(), t.start(), raw.get(moneyEnd).end(),
                        t.value() + raw.get(i + 2).value() / 100, 0, t.currency() != null ? t.currency()
                        : CURRENCY_WORDS.get(next.key()), Unit.NONE, 0));
                i = moneyEnd;
            } else if (halfEnd > i) {
                Token last = raw.get(halfEnd - 1);
                tokens.add(new Token(Type.NUMBER, t.text(), t.key(), t.start(), last.end(), halfValue(raw, i), 0,
                        null, Unit.NONE, 0));
                i = halfEnd - 1;
            } else if (t.isWord() && NUMBER_WORDS.containsKey(t.key()) && next != null && unitFollows(raw, i + 1)) {
                tokens.add(new Token(Type.NUMBER, t.text(), t.key(), t.start(), t.end(), NUMBER_WORDS.get(t.key()), 0,
                        null, Unit.NONE, 0));
            } else if (rupees != null && rupees.isNumber() && rupees.currency() == null) {
                tokens.add(rupees.withCurrency("INR", t.start()));
                i = rupeesAt;
            } else if (t.isNumber() && next != null && t.currency() == null && CURRENCY_WORDS.containsKey(next.key())) {
                tokens.add(t.withCurrency(CURRENCY_WORDS.get(next.key()), t.start()));
            } else if (t.isNumber() && next != null && t.unit() == Unit.NONE && CLOCK.contains(next)) {
                tokens.add(t.withUnit(Unit.AMOUNT, t.end()));
            } else if (t.isNumber() && after != null && next.is(":") && after.isNumber()
                    && next.start() == t.end() && after.start() == next.end()) {
                tokens.add(t.withUnit(Unit.AMOUNT, t.end()));
                tokens.add(after.withUnit(Unit.AMOUNT, after.end()));
                i += 2;
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /**
     * The index of the last token of money written in units and hundredths, or {@code i}: "6 Kwacha 49 Ngwee",
     * "28 hryvnia 24 kopecks", "K13:10 ngwee", "K13: 62"; the hundredths are the token two after {@code i}.
     */
    private static int wordedMoney(List<Token> raw, int i) {
        Token t = raw.get(i);
        if (!t.isNumber() || t.text().indexOf('.') >= 0 || i + 2 >= raw.size()) {
            return i;
        }
        Token next = raw.get(i + 1);
        boolean named = CURRENCY_WORDS.containsKey(next.key()) && t.currency() == null;
        boolean colon = t.currency() != null && next.is(":") && next.start() == t.end();
        Token hundredths = raw.get(i + 2);
        if (!(named || colon) || !twoDigits(hundredths)) {
            return i;
        }
        boolean subunit = i + 3 < raw.size() && SUBUNITS.containsKey(raw.get(i + 3).key());
        return subunit ? i + 3 : named ? i : i + 2;
    }

    /** Whether {@code t} is a whole number of two digits, as hundredths of a currency are written. */
    private static boolean twoDigits(Token t) {
        return t.isNumber() && t.text().length() == 2 && Character.isDigit(t.text().charAt(0))
                && Character.isDigit(t.text().charAt(1));
    }

    /** Whether a unit of a move follows at {@code i}: "percent", "%", "per cent", "basis points", "points", "cents". */
    private static boolean unitFollows(List<Token> raw, int i) {
        Token next = i < raw.size() ? raw.get(i) : null;
        Token after = i + 1 < raw.size() ? raw.get(i + 1) : null;
        return next != null && (next.is("percent") || next.is("%") || next.is("basis") || next.is("points")
                || next.is("per") && after != null && after.is("cent") || SUBUNITS.containsKey(next.key()));
    }

    /**
     * The end of a half written out before a unit, or {@code i}: "1-and-a-half percent", "one-and-a-half per cent",
     * "a half percent", "half a percent".
     */
    private static int halves(List<Token> raw, int i) {
        Token t = raw.get(i);
        int end = -1;
        if (t.isNumber() && i + 2 < raw.size() && raw.get(i + 1).is("-") && raw.get(i + 2).is("and-a-half")) {
            end = i + 3;
        } else if (t.isWord() && t.key().endsWith("-and-a-half")
                && NUMBER_WORDS.containsKey(t.key().substring(0, t.key().length() - 11))) {
            end = i + 1;
        } else if (t.is("a") && i + 1 < raw.size() && raw.get(i + 1).is("half")
                || t.is("half") && i + 1 < raw.size() && raw.get(i + 1).is("a")) {
            end = i + 2;
        }
        return end > 0 && unitFollows(raw, end) ? end : i;
    }

    private static double halfValue(List<Token> raw, int i) {
        Token t = raw.get(i);
        if (t.isNumber()) {
            return t.value() + 0.5;
        }
        return t.key().endsWith("-and-a-half") ? NUMBER_WORDS.get(t.key().substring(0, t.key().length() - 11)) + 0.5
                : 0.5;
    }

    /**
     * A number token: its value, explicit sign, ISO currency and, for a scale suffix ("2.6T"), an amount unit; in
     * hundredths of the currency for pence written "12p".
     */
    static Token number(CharSequence text, int start, int end, DigitReader.Digits digits, int sign, String currency,
            String scale, boolean subunit) {
        boolean thousands = scale != null && scale.equalsIgnoreCase("k");
        Unit unit = subunit ? Unit.SUBUNIT : scale == null || thousands ? Unit.NONE : Unit.AMOUNT;
        String written = digits.written();
        // Cached like words, so a number's strings keep their hash across the many look-ups made with them.
        WordCache.Entry key = WORDS.of(written, 0, written.length(), Type.NUMBER);
        return new Token(Type.NUMBER, WORDS.of(text, start, end, Type.NUMBER).text(), key.key(), start, end,
                thousands ? digits.value() * 1000 : digits.value(), sign, currency, unit, 0, key.hash());
    }

    /** A word or punctuation token. */
    static Token text(CharSequence text, int start, int end, Type type) {
        WordCache.Entry word = WORDS.of(text, start, end, type);
        return new Token(type, word.text(), word.key(), start, end, 0, 0, null, Unit.NONE, word.flags(), word.hash());
    }

    /** The look-up form of a word: lowercase, typographic apostrophes straightened, a possessive dropped. */
    static String key(String text) {
        String key = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return key.endsWith("'s") && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
    }

    private static List<Token> withUnits(List<Token> raw) {
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            if (!t.isNumber() || t.unit() == Unit.AMOUNT || t.unit() == Unit.SUBUNIT) {
                tokens.add(t);
                continue;
            }
            Token next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            Token after = i + 2 < raw.size() ? raw.get(i + 2) : null;
            int ofAPoint = ofAPointEnd(raw, i);
            if (next == null) {
                tokens.add(t);
            } else if (next.is("%") || next.is("percent") || next.is("pct") || next.is("pc") || next.is("percentage")
                    && after != null && after.is("points")) {
                boolean points = next.is("percentage");
                tokens.add(t.withUnit(Unit.PERCENT, (points ? after : next).end()));
                i += points ? 2 : 1;
            } else if (next.is("per") && after != null && after.is("cent")) {
                tokens.add(t.withUnit(Unit.PERCENT, after.end()));
                i += 2;
            } else if (next.is("basis") && after != null && (after.is("points") || after.is("point"))) {
                tokens.add(t.withUnit(Unit.BASIS_POINTS, after.end()));
                i += 2;
            } else if (next.is("bps") || next.is("bp") || next.is("bp.")) {
                tokens.add(t.withUnit(Unit.BASIS_POINTS, next.end()));
                i++;
            } else if (next.is("points") || next.is("point") || next.is("pts") || next.is("pt")) {
                tokens.add(t.withUnit(Unit.POINTS, next.end()));
                i++;
            } else if (next.is("-") && after != null && (after.is("point") || after.is("points")) // "a 3.5-point rise"
                    && next.start() == t.end()) {
                tokens.add(t.withUnit(Unit.POINTS, after.end()));
                i += 2;
            } else if (ofAPoint > i) {
                tokens.add(t.withUnit(Unit.POINTS, raw.get(ofAPoint).end()));
                i = ofAPoint;
            } else if (SUBUNITS.containsKey(next.key()) && !next.is("p") && t.currency() == null) {
                tokens.add(new Token(Type.NUMBER, t.text(), t.key(), t.start(), next.end(), t.value(), t.sign(),
                        SUBUNITS.get(next.key()), Unit.SUBUNIT, 0));
                i++;
            } else if (AMOUNTS.contains(next) && !unitsPer(next, after)
                    || next.is("-") && after != null && SPANS.contains(after)) {
                tokens.add(t.withUnit(Unit.AMOUNT, t.end()));
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** Whether "units" stand for a currency's rate: "18.48 units per greenback", not an amount sold. */
    private static boolean unitsPer(Token next, Token after) {
        return next.is("units") && after != null && after.is("per");
    }

    /**
     * The index of the last word of "of a point" or "of-a-point" after the number at {@code i} ("0.89 of-a-point
     * lower", "0.15 of a point"), a fraction of an index point; {@code i} when none follows.
     */
    private static int ofAPointEnd(List<Token> raw, int i) {
        if (i + 1 < raw.size() && raw.get(i + 1).is("of-a-point")) {
            return i + 1;
        }
        boolean spaced = i + 3 < raw.size() && raw.get(i + 1).is("of") && raw.get(i + 2).is("a")
                && raw.get(i + 3).is("point");
        return spaced ? i + 3 : i;
    }
}
