package dev.newsflow.query.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one form of ISO-8601 date-time that events carry, {@code yyyy-MM-ddTHH:mm:ss[.f...](Z|+HH:MM|-HH:MM)}
 * with one to nine fraction digits, without a {@code DateTimeFormatter} (which costs several microseconds a value).
 */
final class IsoDateTime {

    private static final int DATE_TIME = 19;

    private IsoDateTime() {
    }

    /** The date-time {@code text} says, or null when it is not in that form or not a valid date-time. */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if (length < DATE_TIME + 1 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, DATE_TIME);
        int at = DATE_TIME;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && Character.isDigit(text.charAt(at))) {
                nanos = nanos * 10 + (text.charAt(at++) - '0');
            }
            if (at == start) {
                return null;
            }
            for (int scale = at - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, at);
        if ((year | month | day | hour | minute | second) < 0 || offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static ZoneOffset offset(String text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char first = left == 6 ? text.charAt(at) : 0;
        if ((first != '+' && first != '-') || text.charAt(at + 3) != ':') {
            return null;
        }
        int hours = digits(text, at + 1, at + 3);
        int minutes = digits(text, at + 4, at + 6);
        if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            int sign = text.charAt(at) == '+' ? 1 : -1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The decimal number in {@code text} from {@code start} to {@code end}, or -1 when a character is no digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
