package dev.newsflow.query.stats.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The signed rows of {@code sentiment_tally} that the article table's triggers add, folded into one row per day,
 * category and label: the sums stay the same, the table stays about as small as its groups.
 */
@ApplicationScoped
public class SentimentTallies {

    /** The advisory lock that lets one replica fold at a time; the others skip that turn. */
    private static final long FOLD_LOCK = 0x5E47_1A11L;
    private static final String FOLD = """
            with folded as (delete from sentiment_tally
                            returning day, category, label, articles, scored, score_sum)
            insert into sentiment_tally (day, category, label, articles, scored, score_sum)
            select day, category, label, sum(articles), sum(scored), sum(score_sum) from folded
            group by day, category, label
            having sum(articles) <> 0 or sum(scored) <> 0 or sum(score_sum) <> 0""";

    private final EntityManager em;

    SentimentTallies(EntityManager em) {
        this.em = em;
    }

    /** The highest row id, or 0 when the table is empty: rows above it were added since. */
    @Transactional
    public long lastRow() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from sentiment_tally").getSingleResult())
                .longValue();
    }

    /** Whether any row was added after {@code row}. */
    @Transactional
    public boolean addedAfter(long row) {
        return !em.createNativeQuery("select 1 from sentiment_tally where id > :row limit 1")
                .setParameter("row", row).getResultList().isEmpty();
    }

    /**
     * Folds every row into one per group, unless another replica is folding; returns how many rows remain, or -1 when
     * this turn was skipped.
     */
    @Transactional
    public int fold() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", FOLD_LOCK).getSingleResult();
        return locked ? em.createNativeQuery(FOLD).executeUpdate() : -1;
    }
}
