package dev.newsflow.ingest.post.domain;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a post's {@code date}: {@code YYYY-MM-DD[ HH:MM[:SS[.fraction]]]} with an optional {@code Z}, {@code +HH:MM},
 * {@code +HHMM} or {@code +HH} offset (Jekyll's {@code 2026-02-07 06:44:10 +0100} too) or ISO-8601 with {@code T};
 * without an offset the default zone applies. The result is always in UTC.
 */
final class PostDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:T|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "[ \\t]*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    private final ZoneId defaultZone;

    PostDates(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** The instant {@code text} names, in UTC, or empty when it is not a date. */
    Optional<OffsetDateTime> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    number(m.group(4)), number(m.group(5)), number(m.group(6)), nanos(m.group(7)));
            String offset = m.group(8);
            OffsetDateTime dated = offset == null
                    ? local.atZone(defaultZone).toOffsetDateTime()
                    : local.atOffset(offset(offset));
            return Optional.of(dated.withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return text.charAt(0) == '-' ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
                : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
}
