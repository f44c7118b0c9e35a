package dev.newsflow.enrich.figure.domain;

import dev.newsflow.enrich.figure.domain.Token.Unit;

/**
 * Reads amounts written in hundredths of a currency: pence stay pence (GBX, as London quotes); a move in cents becomes
 * units, a price in cents stays its number of cents.
 */
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

    /**
     * The value of the price {@code number}: a price in cents, sen, kobo or paise is its number of them ("at 73 cents"
     * is 73), save kobo written as thousands beside naira prices ("to close at 83k"), which read as naira.
     */
    static double price(Token number) {
        return writtenAsThousands(number) ? amount(number) : number.value();
    }

    /** Whether {@link #price} gives the price {@code number} in hundredths of its currency, other than pence. */
    static boolean inHundredths(Token number) {
        return number.unit() == Unit.SUBUNIT && !"GBP".equals(number.currency()) && !writtenAsThousands(number);
    }

    private static boolean writtenAsThousands(Token number) {
        return number.unit() == Unit.SUBUNIT && number.text().endsWith("k");
    }

    /**
     * The currency of the price {@code number}: pence as GBX, none for other hundredths ("at 73 cents" is 73 cents of
     * no currency); {@code fallback} when it has none.
     */
    static String currency(Token number, String fallback) {
        if (number.unit() == Unit.SUBUNIT && "GBP".equals(number.currency())) {
            return PENCE;
        }
        if (inHundredths(number)) {
            return null;
        }
        return number.currency() != null ? number.currency() : fallback;
    }
}
