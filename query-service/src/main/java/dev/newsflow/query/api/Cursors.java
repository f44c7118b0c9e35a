package dev.newsflow.query.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: a kind tag (one per list, so a cursor of one list is refused by another) and the sort key
 * of the last item of a page, base64url-encoded.
 */
public final class Cursors {

    private Cursors() {
    }

    /** A cursor of list {@code kind} after an item with {@code time} and {@code keys}. */
    public static String encode(String kind, Instant time, Object... keys) {
        StringBuilder text = new StringBuilder(kind).append('|').append(time.getEpochSecond()).append('|')
                .append(time.getNano());
        for (Object key : keys) {
            text.append('|').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded position of a cursor of list {@code kind}: the time, then the other keys; null when absent. */
    public static Position decode(String kind, String cursor, int keys) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            if (parts.length == keys + 3 && parts[0].equals(kind)) {
                Instant time = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                return new Position(time, List.of(parts).subList(3, parts.length));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // answered below
        }
        throw notACursor();
    }

    private static InvalidParameterException notACursor() {
        return new InvalidParameterException("cursor", "is not a cursor of this list; use the nextCursor of a page");
    }

    /** A cursor of list {@code kind} after an item whose only sort key is {@code key}. */
    public static String encode(String kind, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + '|' + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key of a cursor of list {@code kind} made by {@link #encode(String, String)}; null when absent. */
    public static String decodeKey(String kind, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(kind + '|')) {
                return text.substring(kind.length() + 1);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw notACursor();
    }

    /**
     * Where a page starts.
     *
     * @param time the sort time of the last item of the previous page
     * @param keys the other sort keys, as text
     */
    public record Position(Instant time, List<String> keys) {
    }
}
