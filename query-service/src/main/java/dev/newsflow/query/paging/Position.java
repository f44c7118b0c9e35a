package dev.newsflow.query.paging;

import java.time.Instant;
import java.util.List;

/**
 * Where a keyset-paged list continues: the sort key of the last item of the previous page.
 *
 * @param time the sort time of that item, or null when the list is sorted by its keys alone
 * @param keys the other sort keys of that item, as text
 */
public record Position(Instant time, List<String> keys) {

    /** The position after an item whose only sort key is {@code key}. */
    public static Position ofKey(String key) {
        return new Position(null, List.of(key));
    }

    /** The key at {@code index}. */
    public String key(int index) {
        return keys.get(index);
    }
}
