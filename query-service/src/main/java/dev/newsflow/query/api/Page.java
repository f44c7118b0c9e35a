package dev.newsflow.query.api;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items      the items of this page
 * @param nextCursor the opaque cursor of the next page, or null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
}
