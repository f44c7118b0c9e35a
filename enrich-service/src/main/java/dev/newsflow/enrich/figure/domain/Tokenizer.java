package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Type;
import dev.newsflow.enrich.figure.domain.Token.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, numbers (with their sign, currency and unit) and punctuation. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.%])(?<sign>[+\\-−–](?=(?:US\\$|[A-Z]{1,2}\\$|[$€£¥₹])?\\d))?"
                    + "(?<currency>US\\$|HK\\$|C\\$|A\\$|S\\$|NZ\\$|[$€£¥₹])?"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<possessive>['’]s\\b)?"
                    + "|(?<word>\\p{L}(?:[\\p{L}\\p{N}]|[&'’/.\\-](?=[\\p{L}\\p{N}]))*)"
                    + "|(?<punct>[%,;:()\\[\\]—–\\-+!?.~/&$€£¥])");
    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "US$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "₹", "INR", "HK$", "HKD", "C$", "CAD", "A$", "AUD", "S$", "SGD");
    private static final Set<String> AMOUNTS = Set.of("million", "billion", "trillion", "bn", "mln", "m", "b", "k",
            "thousand", "cents", "cent", "pence", "barrels", "bpd", "ounces", "tonnes", "tons", "units", "jobs",
            "people", "shares", "contracts", "times");
    private static final Set<String> SPANS = Set.of("year", "day", "week", "month", "session", "quarter", "hour",
            "minute", "year-old", "decade");

    private Tokenizer() {
    }

    /** The tokens of {@code text} between {@code from} and {@code to}, offsets relative to {@code text}. */
    static List<Token> tokenize(CharSequence text, int from, int to) {
        List<Token> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            raw.add(token(m));
        }
        return withUnits(raw);
    }

    private static Token token(Matcher m) {
        if (m.group("number") != null) {
            String sign = m.group("sign");
            String currency = m.group("currency");
            double value = Double.parseDouble(m.group("number").replace(",", ""));
            int signum = sign == null ? 0 : sign.equals("+") ? 1 : -1;
            return new Token(Type.NUMBER, m.group(), m.group("number"), m.start(), m.end(), value, signum,
                    currency == null ? null : CURRENCIES.get(currency), Unit.NONE);
        }
        String text = m.group();
        Type type = m.group("word") != null ? Type.WORD : Type.PUNCT;
        return new Token(type, text, key(text), m.start(), m.end(), 0, 0, null, Unit.NONE);
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
            if (!t.isNumber()) {
                tokens.add(t);
                continue;
            }
            Token next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            Token after = i + 2 < raw.size() ? raw.get(i + 2) : null;
            if (next == null) {
                tokens.add(t);
            } else if (next.is("%") || next.is("percent") || next.is("pct") || next.is("percentage")
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
            } else if (AMOUNTS.contains(next.key()) || next.is("-") && after != null && SPANS.contains(after.key())) {
                tokens.add(t.withUnit(Unit.AMOUNT, t.end()));
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
