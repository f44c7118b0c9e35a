package dev.newsflow.query.article.domain;

/** What the live feed tells its followers: an article revision stored, or an article withdrawn. */
public sealed interface FeedEvent permits FeedItem, FeedRetraction {

    /** The article id. */
    String id();

    /** Where this event stands in the order the read model stored its rows: its time, then its article id. */
    FeedPosition position();

    /**
     * Where this event stands in its article's life, so a follower is told each step once: twice the revision, one
     * more for its retraction (a return is the next revision, so it comes after).
     */
    int step();
}
