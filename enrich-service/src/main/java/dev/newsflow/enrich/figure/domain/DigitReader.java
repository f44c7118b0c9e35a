package dev.newsflow.enrich.figure.domain;

/**
 * Reads the digits of a number as the markets of the world write them: "1,234.56" and "1234.5", "15.432,10" and
 * "0,97", "12 800,52" with spaces between thousands, "10,99,85,888" in lakhs, "45 1/2" and "6½" in fractions,
 * "2 ¼" and "$4.20 ¼" (a fraction of a cent, as grains are quoted), a dealer's quote "112.62-65" as its first price,
 * and a point read out as a broadcaster says it, "31-point-07".
 */
final class DigitReader {

    private static final String FRACTIONS = "½¼¾⅛⅜⅝⅞";
    private static final String SPOKEN_POINT = "-point-";
    private static final double[] FRACTION_VALUES = {0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875};

    private final CharSequence text;
    private final int to;

    /** Where the digits end, their value, and the digits as written without a fraction or quote suffix. */
    record Digits(int end, double value, String written) {
    }

    DigitReader(CharSequence text, int to) {
        this.text = text;
        this.to = to;
    }

    /** The number whose first digit is at {@code q}. */
    Digits read(int q) {
        int run = run(q);
        StringBuilder canonical = new StringBuilder(24).append(text, q, run);
        int end = run;
        char decimal = '.';
        if (run - q <= 3) {
            int grouped = groups(run, canonical);
            if (grouped > run) {
                decimal = separatorAt(run) == ',' ? '.' : separatorAt(run) == '.' ? ',' : 0;
                end = grouped;
            }
        }
        int decimalsEnd = decimals(end, decimal, run - q, canonical);
        boolean hasDecimals = decimalsEnd > end;
        end = decimalsEnd;
        String written = text.subSequence(q, end).toString();
        double value = NumberParser.parse(canonical.toString());
        if (hasDecimals) {
            int decimals = canonical.length() - canonical.indexOf(".") - 1;
            int eighths = centFractionEnd(end, decimals);
            int ofCent = eighths > end ? eighths : decimals == 2 ? fractionEnd(end) : end;
            if (ofCent > end) {
                double cents = fractionValue(end, ofCent) / 100;
                value = Math.round((value + cents) * 1e6) / 1e6;
                end = ofCent;
            } else {
                end = quoteSuffixEnd(end, decimals);
            }
        } else {
            int fraction = fractionEnd(end);
            if (fraction > end) {
                value += fractionValue(end, fraction);
                end = fraction;
            }
        }
        return new Digits(end, value, written);
    }

    private int run(int q) {
        int end = q;
        while (end < to && isDigit(end)) {
            end++;
        }
        return end;
    }

    private char separatorAt(int p) {
        char c = text.charAt(p);
        return isSpace(c) ? ' ' : c;
    }

    /**
     * The end of the thousands groups after a first group of 1 to 3 digits ending at {@code p}, appending their
     * digits to {@code canonical}; {@code p} when there are none.
     */
    private int groups(int p, StringBuilder canonical) {
        if (p >= to) {
            return p;
        }
        char separator = separatorAt(p);
        if (strayedSpace(p)) {
            appendDigits(p, p + 5, canonical);
            return p + 5;
        }
        if (separator == ',' && indianGroups(p) > p) {
            int end = indianGroups(p);
            appendDigits(p, end, canonical);
            return end;
        }
        if (separator != ',' && separator != '.' && separator != ' ') {
            return p;
        }
        int end = p;
        int count = 0;
        while (end + 3 < to && separatorAt(end) == separator && isDigit(end + 1) && isDigit(end + 2)
                && isDigit(end + 3) && !(end + 4 < to && isDigit(end + 4))) {
            end += 4;
            count++;
        }
        if (count == 0) {
            return p;
        }
        boolean decimalFollows = end + 1 < to && isDigit(end + 1)
                && (separator == '.' && text.charAt(end) == ',' || separator == ',' && text.charAt(end) == '.'
                || separator == ' ' && (text.charAt(end) == ',' || text.charAt(end) == '.'));
        boolean mixedDots = separator == '.' && end + 1 < to && text.charAt(end) == '.' && isDigit(end + 1);
        boolean accepted = switch (separator) {
            case ',' -> true;
            case '.' -> count >= 2 || decimalFollows || mixedDots;
            default -> !afterName(groupStart(p)) && (p - groupStart(p) <= 2 || count >= 2 || decimalFollows);
        };
        if (!accepted) {
            return p;
        }
        appendDigits(p, end, canonical);
        return end;
    }

    /**
     * Whether a thousands comma at {@code p} is followed by a stray space before its group and the decimals: "74,
     * 289.02", as typed in a hurry.
     */
    private boolean strayedSpace(int p) {
        return p + 6 < to && text.charAt(p) == ',' && text.charAt(p + 1) == ' ' && isDigit(p + 2) && isDigit(p + 3)
                && isDigit(p + 4) && text.charAt(p + 5) == '.' && isDigit(p + 6);
    }

    /** The end of lakh and crore groups ("10,99,85,888"), or {@code p} when the number is not written so. */
    private int indianGroups(int p) {
        int end = p;
        int pairs = 0;
        while (end + 2 < to && text.charAt(end) == ',' && isDigit(end + 1) && isDigit(end + 2)
                && end + 3 < to && text.charAt(end + 3) == ',') {
            end += 3;
            pairs++;
        }
        boolean lastGroup = pairs > 0 && end + 3 < to && text.charAt(end) == ',' && isDigit(end + 1)
                && isDigit(end + 2) && isDigit(end + 3) && !(end + 4 < to && isDigit(end + 4));
        return lastGroup ? end + 4 : p;
    }

    /** Whether a capitalized word stands just before {@code start}, so the number ends a name ("CAC 40 123.4"). */
    private boolean afterName(int start) {
        int p = start - 1;
        if (p < 1 || text.charAt(p) != ' ') {
            return false;
        }
        int word = p;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return word < p && Character.isUpperCase(text.charAt(word));
    }

    private int groupStart(int p) {
        int start = p;
        while (start > 0 && isDigit(start - 1)) {
            start--;
        }
        return start;
    }

    /**
     * The end of the decimals after {@code p}: after a point, or after a comma when the comma cannot separate
     * thousands (not three digits after it: "0,97", "6,7310"), or the separator {@code decimal} the groups imply.
     */
    private int decimals(int p, char decimal, int runLength, StringBuilder canonical) {
        int spoken = spokenPointEnd(p);
        if (spoken > p) {
            int end = run(spoken);
            canonical.append('.').append(text, spoken, end);
            return end;
        }
        if (p + 1 >= to || !isDigit(p + 1)) {
            return p;
        }
        char c = text.charAt(p);
        boolean point = c == '.' && decimal != ',';
        boolean comma = c == ',' && (decimal == ',' || decimal == 0 || decimal == '.' && commaDecimal(p, runLength));
        boolean mixed = c == '.' && decimal == ',' && canonical.length() > 3;
        if (!point && !comma && !mixed) {
            return p;
        }
        int end = run(p + 1);
        canonical.append('.').append(text, p + 1, end);
        return end;
    }

    /** Where the decimals start after a point read out by a broadcaster ("31-point-07"), or {@code p}. */
    private int spokenPointEnd(int p) {
        int digits = p + SPOKEN_POINT.length();
        if (digits >= to || !isDigit(digits)) {
            return p;
        }
        for (int i = 0; i < SPOKEN_POINT.length(); i++) {
            if (Character.toLowerCase(text.charAt(p + i)) != SPOKEN_POINT.charAt(i)) {
                return p;
            }
        }
        return digits;
    }

    /** Whether the comma at {@code p}, after digits with no groups, is a decimal comma: not three digits after it. */
    private boolean commaDecimal(int p, int runLength) {
        int digits = run(p + 1) - (p + 1);
        return digits != 3 && runLength <= 3;
    }

    /**
     * The end of a fraction of a cent written as a glyph after a price in cents, as grains are quoted ("$4.20 ¼";
     * "$6.10 3/4" is read as a fraction after the cents), or {@code p}.
     */
    private int centFractionEnd(int p, int decimals) {
        boolean fraction = decimals == 2 && p + 1 < to && text.charAt(p) == ' '
                && FRACTIONS.indexOf(text.charAt(p + 1)) >= 0
                && (p + 2 >= to || !Character.isLetterOrDigit(text.charAt(p + 2)));
        return fraction ? p + 2 : p;
    }

    /** The end of a dealer's quote suffix ("112.62-65", "62.36/37"), or {@code p}. */
    private int quoteSuffixEnd(int p, int decimals) {
        if (p + 1 >= to || text.charAt(p) != '-' && text.charAt(p) != '/') {
            return p;
        }
        int end = run(p + 1);
        boolean quote = end > p + 1 && end - p - 1 <= decimals && (end >= to || !Character.isLetterOrDigit(
                text.charAt(end)) && text.charAt(end) != '.');
        return quote ? end : p;
    }

    /** The end of a fraction after whole digits ("45 1/2", "2-1/2", "6½"), or {@code p}. */
    private int fractionEnd(int p) {
        if (p < to && FRACTIONS.indexOf(text.charAt(p)) >= 0) {
            return p + 1;
        }
        if (p + 1 < to && text.charAt(p) == ' ' && FRACTIONS.indexOf(text.charAt(p + 1)) >= 0) {
            return p + 2;
        }
        if (p + 3 >= to || text.charAt(p) != ' ' && text.charAt(p) != '-') {
            return p;
        }
        int numerator = run(p + 1);
        if (numerator == p + 1 || numerator - p - 1 > 2 || numerator + 1 >= to || text.charAt(numerator) != '/') {
            return p;
        }
        int denominator = run(numerator + 1);
        if (denominator == numerator + 1 || denominator - numerator - 1 > 2
                || denominator < to && Character.isDigit(text.charAt(denominator))
                || denominator < to && Character.isLetter(text.charAt(denominator)) && !subunitAfter(denominator)) {
            return p;
        }
        int n = Integer.parseInt(text.subSequence(p + 1, numerator).toString());
        int d = Integer.parseInt(text.subSequence(numerator + 1, denominator).toString());
        int split = splitDenominatorEnd(denominator, d);
        if (split > denominator) {
            return n < d * 10 + Character.digit(text.charAt(split - 1), 10) ? split : p;
        }
        return n < d && pricedIn(d) ? denominator : p;
    }

    /** Whether a denominator is one prices are quoted in: halves, quarters, eighths, down to sixty-fourths. */
    private static boolean pricedIn(int d) {
        return d == 2 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64;
    }

    /**
     * A fraction with no whole number whose first digit is at {@code q} ("7/8" in "was up 7/8 to 54 3/4"), or null;
     * the caller reads one only where a move's word stands before it, as "7/8" may be a date elsewhere.
     */
    Digits bareFraction(int q) {
        int numerator = run(q);
        if (numerator == q || numerator - q > 2 || numerator + 1 >= to || text.charAt(numerator) != '/') {
            return null;
        }
        int denominator = run(numerator + 1);
        if (denominator == numerator + 1 || denominator - numerator - 1 > 2
                || denominator < to && Character.isLetterOrDigit(text.charAt(denominator))) {
            return null;
        }
        int n = Integer.parseInt(text.subSequence(q, numerator).toString());
        int d = Integer.parseInt(text.subSequence(numerator + 1, denominator).toString());
        return n < d && pricedIn(d) ? new Digits(denominator, (double) n / d, text.subSequence(q, denominator)
                .toString()) : null;
    }

    /** Whether a pence or cents sign is glued to a fraction: "147 1/2p", "3/4c". */
    private boolean subunitAfter(int i) {
        char c = text.charAt(i);
        return (c == 'p' || c == 'c') && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * The end of a denominator that a scan split into two digits, "9/1 6" for 9/16 as archived prices of sixteenths
     * read, or {@code end}.
     */
    private int splitDenominatorEnd(int end, int first) {
        boolean split = (first == 1 || first == 3 || first == 6) && end + 2 <= to && text.charAt(end) == ' '
                && Character.isDigit(text.charAt(end + 1))
                && (end + 2 == to || !Character.isLetterOrDigit(text.charAt(end + 2)));
        int d = split ? first * 10 + Character.digit(text.charAt(end + 1), 10) : 0;
        return d == 16 || d == 32 || d == 64 ? end + 2 : end;
    }

    private double fractionValue(int p, int end) {
        int unicode = FRACTIONS.indexOf(text.charAt(end - 1));
        if (unicode >= 0) {
            return FRACTION_VALUES[unicode];
        }
        String fraction = text.subSequence(p + 1, end).toString();
        int slash = fraction.indexOf('/');
        String denominator = fraction.substring(slash + 1).replace(" ", "");
        return Double.parseDouble(fraction.substring(0, slash)) / Double.parseDouble(denominator);
    }

    private void appendDigits(int from, int end, StringBuilder canonical) {
        for (int i = from; i < end; i++) {
            if (isDigit(i)) {
                canonical.append(text.charAt(i));
            }
        }
    }

    private boolean isDigit(int p) {
        char c = text.charAt(p);
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }
}
