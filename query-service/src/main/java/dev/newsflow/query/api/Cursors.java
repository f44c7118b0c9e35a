package dev.newsflow.query.api;

import dev.newsflow.query.paging.Position;
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

    /** The cursor of list {@code kind} that continues after {@code position}. */
    public static String encode(String kind, Position position) {
        StringBuilder text = new StringBuilder(kind);
        Instant time = position.time();
        if (time != null) {
            text.append('|').append(time.getEpochSecond()).append('|').append(time.getNano());
        }
        for (String key : position.keys()) {
            text.append('|').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The position of a cursor of list {@code kind} with a time and {@code keys} other keys; null when absent. */
    public static Position decode(String kind, String cursor, int keys) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = text(cursor).split("\\|", -1);
            if (parts.length == keys + 3 && parts[0].equals(kind)) {
                Instant time = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                return new Position(time, List.of(parts).subList(3, parts.length));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // answered below
        }
        throw notACursor();
    }

    /** The position of a cursor of list {@code kind} whose only sort key is a text; null when absent. */
    public static Position decodeKey(String kind, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = text(cursor);
            if (text.startsWith(kind + '|')) {
                return Position.ofKey(text.substring(kind.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw notACursor();
    }

    private static String text(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    }

    private static InvalidParameterException notACursor() {
        return new InvalidParameterException("cursor", "is not a cursor of this list; use the nextCursor of a page");
    }
}
