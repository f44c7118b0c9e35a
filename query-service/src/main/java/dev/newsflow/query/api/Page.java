package dev.newsflow.query.api;

import dev.newsflow.query.paging.Slice;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list answer.
 *
 * @param items      the items of this page
 * @param nextCursor the opaque cursor of the next page, or null on the last page
 */
public record Page<T>(List<T> items, @Schema(nullable = true) String nextCursor) {

    /** The answer for {@code slice} of list {@code kind}: its items, and the cursor of its next page. */
    public static <T> Page<T> of(Slice<T> slice, String kind) {
        return new Page<>(slice.items(), slice.next() == null ? null : Cursors.encode(kind, slice.next()));
    }

    /** The answer for a list that is never paged: all of it, with no next page. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }
}
