package dev.newsflow.query.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list.
 *
 * @param items the items of this page
 * @param next  where the next page starts, or null on the last page
 */
public record Slice<T>(List<T> items, Position next) {

    /**
     * The page of at most {@code limit} items made from {@code rows}, which a query read with a limit of
     * {@code limit + 1}: a row beyond the limit means there is a next page, starting after the last item.
     */
    public static <R, T> Slice<T> of(List<R> rows, int limit, Function<R, T> item, Function<R, Position> position) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Slice<>(page.stream().map(item).toList(), more ? position.apply(page.get(limit - 1)) : null);
    }
}
