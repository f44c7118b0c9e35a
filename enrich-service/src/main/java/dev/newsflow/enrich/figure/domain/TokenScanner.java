package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Scans text into raw tokens in one pass: numbers with sign, currency and scale; words; punctuation. */
final class TokenScanner {

    private static final String PUNCTUATION = "%,;:()[]—–-+!?.~/&$€£¥";
    private static final String UP_SIGNS = "+▲↑⬆";
    private static final String SIGNS = "+-−–▲▼↑↓⬆⬇";
    private static final String[] SCALES = {"bn", "tn", "mn"};

    private final CharSequence text;
    private final int from;
    private final int to;
    private final List<Token> tokens = new ArrayList<>();

    TokenScanner(CharSequence text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    List<Token> scan() {
        int p = from;
        while (p < to) {
            char c = text.charAt(p);
            if (Character.isWhitespace(c)) {
                p++;
                continue;
            }
            int end = number(p);
            if (end > p) {
                p = end;
            } else if (Character.isLetter(Character.codePointAt(text, p))) {
                p = word(p);
            } else {
                if (PUNCTUATION.indexOf(c) >= 0) {
                    tokens.add(Tokenizer.text(text, p, p + 1, Type.PUNCT));
                }
                p += Character.charCount(Character.codePointAt(text, p));
            }
        }
        return tokens;
    }

    private int number(int start) {
        if (start > from) {
            char prev = text.charAt(start - 1);
            if (Character.isLetterOrDigit(prev) || prev == '.' || prev == '%') {
                return -1;
            }
        }
        int q = start;
        int sign = 0;
        int signLength = signAt(q);
        if (signLength > 0) {
            int afterSign = q + signLength;
            if (afterSign < to && (text.charAt(afterSign) == '\uFE0F' || text.charAt(afterSign) == ' ')) {
                afterSign++;
            }
            int digit = afterSign + Currencies.prefixLength(text, afterSign, to);
            if (digit < to && isDigit(digit)) {
                sign = UP_SIGNS.indexOf(text.charAt(q)) >= 0 || Character.codePointAt(text, q) == 0x1F53A ? 1 : -1;
                q = afterSign;
            }
        }
        if (start > from && text.charAt(start - 1) == '&' && !isDigit(q)) {
            return -1;
        }
        int prefix = Currencies.prefixLength(text, q, to);
        String currency = prefix == 0 ? null : Currencies.ofPrefix(text, q, prefix);
        int digits = q + prefix;
        if (digits >= to || !isDigit(digits)) {
            return -1;
        }
        DigitReader reader = new DigitReader(text, to);
        DigitReader.Digits fraction = afterMove() ? reader.bareFraction(digits) : null;
        DigitReader.Digits read = fraction != null ? fraction : reader.read(digits);
        int end = read.end();
        String scale = scaleAt(end);
        int tokenEnd = end + (scale == null ? 0 : scale.length());
        boolean pence = scale == null && end < to && text.charAt(end) == 'p' && !isWordChar(end + 1);
        boolean cents = scale == null && currency == null && end < to
                && (text.charAt(end) == 'c' || text.charAt(end) == '¢') && !isWordChar(end + 1);
        if (pence || cents) {
            tokenEnd++;
        }
        if (tokenEnd + 1 < to && (text.charAt(tokenEnd) == '\'' || text.charAt(tokenEnd) == '’')
                && text.charAt(tokenEnd + 1) == 's' && !isWordChar(tokenEnd + 2)) {
            tokenEnd += 2;
        }
        tokens.add(Tokenizer.number(text, start, tokenEnd, read, sign, pence ? "GBP" : currency, scale,
                pence || cents));
        return tokenEnd;
    }

    /** Whether the last token read is a word of a move ("up", "fell"), so a bare fraction after it is a price's. */
    private boolean afterMove() {
        return !tokens.isEmpty() && Cues.sign(tokens.get(tokens.size() - 1)) != 0;
    }

    private int signAt(int q) {
        if (q >= to) {
            return 0;
        }
        int cp = Character.codePointAt(text, q);
        if (SIGNS.indexOf(text.charAt(q)) >= 0) {
            return 1;
        }
        return cp == 0x1F53A || cp == 0x1F53B ? 2 : 0;
    }

    private String scaleAt(int q) {
        for (String scale : SCALES) {
            if (q + 2 <= to && startsWith(q, scale) && !isWordChar(q + 2)) {
                return scale;
            }
        }
        if (q < to && "kKmMbBtT".indexOf(text.charAt(q)) >= 0 && !isWordChar(q + 1)) {
            return String.valueOf(text.charAt(q));
        }
        return null;
    }

    private int word(int start) {
        int p = start + Character.charCount(Character.codePointAt(text, start));
        while (p < to) {
            int cp = Character.codePointAt(text, p);
            if (Character.isLetterOrDigit(cp)) {
                p += Character.charCount(cp);
            } else if ("&'’/.-".indexOf(text.charAt(p)) >= 0 && p + 1 < to
                    && Character.isLetterOrDigit(Character.codePointAt(text, p + 1)) && !slashBetweenWords(p)) {
                p++;
            } else {
                break;
            }
        }
        tokens.add(Tokenizer.text(text, start, p, Type.WORD));
        return p;
    }

    /** Whether a slash joins two words, not a code ("dollar/Turkish", "euro/lira"; not "USD/TRY" or "S&P/ASX"). */
    private boolean slashBetweenWords(int p) {
        return text.charAt(p) == '/' && (Character.isLowerCase(text.charAt(p - 1))
                || Character.isLowerCase(text.charAt(p + 1)));
    }

    private boolean startsWith(int q, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(q + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean isDigit(int q) {
        char c = text.charAt(q);
        return c >= '0' && c <= '9';
    }

    private boolean isWordChar(int q) {
        if (q >= to) {
            return false;
        }
        char c = text.charAt(q);
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
