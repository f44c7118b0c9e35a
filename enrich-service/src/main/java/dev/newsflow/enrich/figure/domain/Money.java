package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Unit;

/** Reads amounts written in hundredths of a currency: pence stay pence (GBX, as London quotes), cents become units. */
final class Money {

    private static final String PENCE = "GBX";

    private Money() {
    }

    /** The value of {@code number}: a price or move in cents, sen, kobo or paise in units of its currency. */
    static double amount(Token number) {
        if (number.unit() != Unit.SUBUNIT || "GBP".equals(number.currency())) {
            return number.value();
        }
        return number.value() / 100;
    }

    /** The currency of {@code number}, pence as GBX; {@code fallback} when it has none. */
    static String currency(Token number, String fallback) {
        if (number.unit() == Unit.SUBUNIT && "GBP".equals(number.currency())) {
            return PENCE;
        }
        return number.currency() != null ? number.currency() : fallback;
    }
}
