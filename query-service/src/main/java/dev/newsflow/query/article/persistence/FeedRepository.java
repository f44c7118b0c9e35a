package dev.newsflow.query.article.persistence;

import dev.newsflow.query.article.domain.FeedEvent;
import dev.newsflow.query.article.domain.FeedItem;
import dev.newsflow.query.article.domain.FeedPosition;
import dev.newsflow.query.article.domain.FeedRetraction;
import dev.newsflow.query.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;

/**
 * Reads the articles and the retractions of the read model in the order they were stored (their time, then the
 * article id), for the live feed; it activates a request context of its own, so the feed's poller thread may call it.
 */
@ApplicationScoped
public class FeedRepository {

    private static final String RETRACTED = "retracted";
    private static final String SELECT = "select feed.* from ("
            + "(select 'article' as kind, id, revision, title, category, published_at, published_offset,"
            + " sentiment_label, sentiment_score, figure_count, null::text as reason,"
            + " null::timestamptz as retracted_at, updated_at as stored_at from article"
            + " where (updated_at, id) > (?1, ?2) order by updated_at, id limit ?3)"
            + " union all"
            + " (select '" + RETRACTED + "', article_id, revision, null, null, null, null, null, null, null, reason,"
            + " retracted_at, stored_at from article_retraction"
            + " where (stored_at, article_id) > (?1, ?2) order by stored_at, article_id limit ?3)"
            + ") as feed order by stored_at, id limit ?3";

    private final EntityManager em;

    FeedRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} articles and retractions stored after {@code after}, in the order they were stored. */
    @ActivateRequestContext
    public List<FeedEvent> after(FeedPosition after, int limit) {
        return Row.all(em.createNativeQuery(SELECT, Tuple.class).setParameter(1, after.updatedAt())
                .setParameter(2, after.id()).setParameter(3, limit)).stream()
                .map(FeedRepository::event)
                .toList();
    }

    private static FeedEvent event(Row row) {
        if (RETRACTED.equals(row.text("kind"))) {
            return new FeedRetraction(row.text("id"), row.integer("revision"), row.instant("retracted_at"),
                    row.text("reason"), row.instant("stored_at"));
        }
        return new FeedItem(row.text("id"), row.integer("revision"), row.text("title"), row.text("category"),
                row.at("published_at", "published_offset"), row.text("sentiment_label"),
                row.number("sentiment_score"), row.integer("figure_count"), row.instant("stored_at"));
    }
}
