package dev.newsflow.enrich.figure.domain;

import java.util.List;

/**
 * Which side of a two-sided quote a table header names ("Cash Buyer", "3 Months Seller", "Bid", "Offer"): the buying
 * side and a metal's cash or three-month price are the level, the selling side is no figure of its own.
 */
final class QuoteSides {

    /** The side a header names. */
    enum Side { BUYING, SELLING, NONE }

    private static final List<String> BUYING = Vocabulary.list("text", "table-buying-sides");
    private static final List<String> SELLING = Vocabulary.list("text", "table-selling-sides");

    private QuoteSides() {
    }

    /** The side a lower-case header names, by its whole words; selling wins ("Cash Seller" is no level). */
    static Side of(String header) {
        String words = " " + header.replaceAll("[^a-z0-9]+", " ") + " ";
        if (SELLING.stream().anyMatch(w -> words.contains(" " + w + " "))) {
            return Side.SELLING;
        }
        return BUYING.stream().anyMatch(w -> words.contains(" " + w + " ")) ? Side.BUYING : Side.NONE;
    }
}
