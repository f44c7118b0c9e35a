package dev.newsflow.enrich.figure.domain;

/** Reads the value of digits written with thousands commas and a decimal point, as {@link Double#parseDouble} would. */
final class NumberParser {

    private static final int EXACT_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private NumberParser() {
    }

    /** Whether every character of {@code text} is a digit ({@link Character#isDigit}); true when it is empty. */
    static boolean isDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of {@code digits} ("1,234.56"). Up to 15 significant digits the mantissa and the power of ten are both
     * exact doubles, so one division gives the correctly rounded value; longer numbers go through the JDK parser.
     */
    static double parse(String digits) {
        long mantissa = 0;
        int count = 0;
        int decimals = -1;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.') {
                decimals = 0;
            } else if (c != ',') {
                mantissa = mantissa * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (count > EXACT_DIGITS) {
            return Double.parseDouble(digits.replace(",", ""));
        }
        return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
    }
}
