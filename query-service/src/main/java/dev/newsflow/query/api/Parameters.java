package dev.newsflow.query.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads request parameters strictly; a value that does not read is an {@link InvalidParameterException}. */
public final class Parameters {

    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page size. */
    public static final int MAX_LIMIT = 200;
    /** The longest full-text query, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** How the {@code subject} parameter of the lists reads, for their OpenAPI documents. */
    public static final String SUBJECT_DESCRIPTION = "An instrument by its name (S&P 500, Gold, 10-year Treasury yield)"
            + " or its symbol (^GSPC, XAU, US10Y, NVDA), ignoring case";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)?");

    private Parameters() {
    }

    /** A revision number (a whole number from 1), or null when absent. */
    public static Integer revision(String name, String value) {
        return value == null || value.isBlank() ? null : requiredRevision(name, value);
    }

    /** A revision number (a whole number from 1) that must be given. */
    public static int requiredRevision(String name, String value) {
        try {
            int revision = Integer.parseInt(value == null ? "" : value.strip());
            if (revision >= 1) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(name, "must be a revision number (a whole number from 1), not '" + value
                + "'");
    }

    /**
     * A duration of at most {@code max}, in whole seconds ({@code 5}) or with a unit ({@code 5s}, {@code 500ms}), or
     * null when absent.
     */
    public static Duration duration(String name, String value, Duration max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher parts = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (parts.matches()) {
            long amount = Long.parseLong(parts.group(1));
            Duration duration = "ms".equals(parts.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
            if (duration.compareTo(max) <= 0) {
                return duration;
            }
        }
        throw new InvalidParameterException(name, "must be a duration of at most " + max.toSeconds()
                + "s, such as 5s, 500ms or 5 (seconds), not '" + value + "'");
    }

    /** A page size between 1 and 200, 20 when absent. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", not '"
                + value + "'");
    }

    /** An instant from an ISO date (the day's start in UTC) or date-time with an offset; null when absent. */
    public static Instant time(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date (2026-03-02) or a date-time with an offset "
                    + "(2026-03-02T17:40:00Z), not '" + value + "'");
        }
    }

    /** A number, or null when absent. */
    public static Double number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(name, "must be a number, not '" + value + "'");
    }

    /** The text, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A full-text query of at most {@value #MAX_QUERY_LENGTH} characters, or null when absent or blank. */
    public static String query(String name, String value) {
        String text = text(value);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException(name, String.format(Locale.ROOT,
                    "must be at most %,d characters, not %,d", MAX_QUERY_LENGTH, text.length()));
        }
        return text;
    }
}
