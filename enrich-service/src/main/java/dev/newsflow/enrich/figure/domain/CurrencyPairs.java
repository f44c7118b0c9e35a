package dev.newsflow.enrich.figure.domain;

import dev.newsflow.contracts.article.MarketFigure.Kind;
import java.util.List;

/**
 * Finds a currency pair however it is written: by its codes ("USD/TRY", "EURTRY"), by the currencies' names joined
 * by a slash ("the US dollar/Turkish lira exchange rate"), or by the names joined by "to" before the rate ("the Pound
 * to Euro exchange rate"); its name is the two codes, base first.
 */
final class CurrencyPairs {

    /** Settlements an exchange writes after a pair's code: today, tomorrow, spot. */
    private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("TOD", "TOM", "SPT");
    private static final int SETTLEMENT_LENGTH = 4;

    private CurrencyPairs() {
    }

    /** The pair written at token {@code i}, where the lexicon's longest name is {@code named} (or null); or null. */
    static Mention at(List<Token> tokens, int i, Mention named, InstrumentLexicon lexicon) {
        Token t = tokens.get(i);
        String text = withoutSettlement(t.text());
        if (t.isWord() && (text.length() == 7 && text.charAt(3) == '/' || text.length() == 6)
                && t.isInCapitals()) {
            String base = text.substring(0, 3);
            String quote = text.substring(text.length() - 3);
            if (isCurrency(base, lexicon) && isCurrency(quote, lexicon) && !base.equals(quote)) {
                return pair(base, quote, i, i + 1);
            }
        }
        Mention crypto = cryptoPair(t, i, lexicon);
        if (crypto != null) {
            return crypto;
        }
        Mention first = named;
        if (first == null || first.instrument().kind() != Kind.FX || first.last() + 1 >= tokens.size()
                || !tokens.get(first.last()).is("/") && !tokens.get(first.last()).is("to")) {
            return null;
        }
        Mention second = lexicon.match(tokens, first.last() + 1);
        if (second == null || second.instrument().kind() != Kind.FX || first.instrument().symbol() == null
                || second.instrument().symbol() == null || first.instrument().symbol().contains("/")
                || first.instrument().symbol().equals(second.instrument().symbol())
                || tokens.get(first.last()).is("to") && !rateAfter(tokens, second.last())) {
            return null;
        }
        return pair(first.instrument().symbol(), second.instrument().symbol(), i, second.last());
    }

    /** A pair's code without the settlement an exchange writes after it ("USDKZT_TOM", "EURRUB_TOD"). */
    private static String withoutSettlement(String code) {
        int mark = code.length() - SETTLEMENT_LENGTH;
        boolean settled = mark > 0 && code.charAt(mark) == '_' && SETTLEMENTS.contains(code.substring(mark + 1));
        return settled ? code.substring(0, mark) : code;
    }

    /** Whether the words at {@code i} name the rate of the pair before them: "rate", "exchange rate". */
    private static boolean rateAfter(List<Token> tokens, int i) {
        int rate = i < tokens.size() && tokens.get(i).is("exchange") ? i + 1 : i;
        return rate < tokens.size() && tokens.get(rate).is("rate");
    }

    /** A crypto asset quoted against a currency, "BTC/USD", "ETH/USDT": the asset, or null. */
    private static Mention cryptoPair(Token t, int i, InstrumentLexicon lexicon) {
        String text = t.text();
        int slash = text.indexOf('/');
        if (!t.isWord() || slash < 2 || slash > 5 || !t.isInCapitals()) {
            return null;
        }
        Instrument asset = lexicon.crypto(text.substring(0, slash));
        String quote = text.substring(slash + 1);
        boolean quoted = isCurrency(quote, lexicon) || lexicon.crypto(quote) != null;
        return asset == null || !quoted ? null : new Mention(asset, i, i + 1, true, "crypto quoted in a currency");
    }

    private static boolean isCurrency(String code, InstrumentLexicon lexicon) {
        return lexicon.currencyCodes().contains(code);
    }

    private static Mention pair(String base, String quote, int first, int last) {
        String name = base + "/" + quote;
        return new Mention(new Instrument(name, name, Kind.FX), first, last, true, "currency pair");
    }
}
