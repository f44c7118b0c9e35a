package dev.newsflow.query.article.persistence;

import dev.newsflow.query.article.domain.FeedItem;
import dev.newsflow.query.article.domain.FeedPosition;
import dev.newsflow.query.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;

/**
 * Reads the articles of the read model in the order they were stored ({@code updated_at}, then id), for the live
 * feed; it activates a request context of its own, so the feed's poller thread may call it.
 */
@ApplicationScoped
public class FeedRepository {

    private static final String SELECT = "select id, revision, title, category, published_at, published_offset,"
            + " sentiment_label, sentiment_score, figure_count, updated_at from article"
            + " where (updated_at, id) > (?1, ?2) order by updated_at, id limit ?3";

    private final EntityManager em;

    FeedRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} articles stored after {@code after}, in the order they were stored. */
    @ActivateRequestContext
    public List<FeedItem> after(FeedPosition after, int limit) {
        return Row.all(em.createNativeQuery(SELECT, Tuple.class).setParameter(1, after.updatedAt())
                .setParameter(2, after.id()).setParameter(3, limit)).stream()
                .map(row -> new FeedItem(row.text("id"), row.integer("revision"), row.text("title"),
                        row.text("category"), row.at("published_at", "published_offset"),
                        row.text("sentiment_label"), row.number("sentiment_score"), row.integer("figure_count"),
                        row.instant("updated_at")))
                .toList();
    }
}
