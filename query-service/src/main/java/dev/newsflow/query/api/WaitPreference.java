package dev.newsflow.query.api;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a read may wait for what it asks: the {@code wait} parameter ({@code 5s}, {@code 500ms}, {@code 5}), else
 * the {@code wait} preference of a {@code Prefer} header (RFC 7240, seconds), at most {@link #MAX} either way. A bad
 * parameter is refused; a preference that cannot be honoured is ignored, as RFC 7240 asks.
 *
 * @param duration how long to wait (zero: not at all)
 * @param applied  the preference honoured, for the {@code Preference-Applied} header, or null
 */
public record WaitPreference(Duration duration, String applied) {

    /** The longest wait. */
    public static final Duration MAX = Duration.ofSeconds(30);

    private static final Pattern PREFERENCE = Pattern.compile("(?i)\\s*wait\\s*=\\s*\"?(\\d{1,9})\"?\\s*");

    /** The wait that the {@code wait} parameter, or else the {@code Prefer} header, asks for. */
    public static WaitPreference of(String wait, String prefer) {
        Duration asked = Parameters.duration("wait", wait, MAX);
        if (asked != null) {
            return new WaitPreference(asked, null);
        }
        if (prefer != null) {
            for (String preference : prefer.split(",")) {
                Matcher seconds = PREFERENCE.matcher(preference.split(";", 2)[0]);
                if (seconds.matches()) {
                    long honoured = Math.min(Long.parseLong(seconds.group(1)), MAX.toSeconds());
                    return new WaitPreference(Duration.ofSeconds(honoured), "wait=" + honoured);
                }
            }
        }
        return new WaitPreference(Duration.ZERO, null);
    }
}
