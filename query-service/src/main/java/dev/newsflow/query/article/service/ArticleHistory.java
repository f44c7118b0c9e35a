package dev.newsflow.query.article.service;

import dev.newsflow.contracts.article.ArticleEnriched;
import dev.newsflow.contracts.article.MarketFigure;
import dev.newsflow.query.article.domain.ArticleChange;
import dev.newsflow.query.article.domain.FigureDiff;
import dev.newsflow.query.article.domain.Retraction;
import dev.newsflow.query.article.domain.RetractionNotice;
import dev.newsflow.query.article.domain.ServedVersion;
import dev.newsflow.query.article.domain.StoredRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one article in a batch, applied in order to what the read model holds of it. Revisions are compared
 * when both sides have one; an event without one (of an older producer) is compared by content hash and ingestion
 * time and counted on from the revision held. A retraction withdraws the revision it names, or the one served when it
 * names none; an older one than served is stale. A newer revision brings a retracted article back.
 */
final class ArticleHistory {

    /** What one change did. */
    enum Result { INSERTED, UPDATED, UNCHANGED, STALE, RETRACTED }

    private final List<StoredRevision> revisions = new ArrayList<>();
    private Integer revision;
    private boolean retracted;
    private String contentHash;
    private Instant ingestedAt;
    private Instant retractedAt;
    private List<MarketFigure> figures;
    private ArticleEnriched content;
    private RetractionNotice retraction;

    /** The history of an article served as {@code article}, or retracted as {@code withdrawn}, or neither. */
    ArticleHistory(ServedVersion article, Retraction withdrawn, List<MarketFigure> latestKeptFigures) {
        if (article != null) {
            revision = article.revision();
            contentHash = article.contentHash();
            ingestedAt = article.ingestedAt();
        } else if (withdrawn != null) {
            revision = withdrawn.revision;
            retracted = true;
            retractedAt = withdrawn.retractedAt;
        }
        figures = latestKeptFigures;
    }

    /** Applies {@code change}, stored at {@code now}. */
    Result apply(ArticleChange change, Instant now) {
        return change.enriched() != null ? store(change, now) : retract(change.retraction());
    }

    private Result store(ArticleChange change, Instant now) {
        ArticleEnriched event = change.enriched();
        Integer number = event.revision();
        if (revision == null) {
            return accept(change, number == null ? 1 : number, now, Result.INSERTED);
        }
        if (retracted) {
            boolean newer = number != null ? number > revision : event.ingestedAt().isAfter(retractedAt);
            return newer ? accept(change, number == null ? revision + 1 : number, now, Result.INSERTED) : Result.STALE;
        }
        if (number != null ? number.equals(revision) : event.contentHash().equals(contentHash)) {
            if (figures == null) {
                keep(change, revision, now);
            }
            return Result.UNCHANGED;
        }
        boolean newer = number != null ? number > revision : !event.ingestedAt().isBefore(ingestedAt);
        return newer ? accept(change, number == null ? revision + 1 : number, now, Result.UPDATED) : Result.STALE;
    }

    private Result accept(ArticleChange change, int number, Instant now, Result result) {
        ArticleEnriched event = change.enriched();
        keep(change, number, now);
        revision = number;
        retracted = false;
        contentHash = event.contentHash();
        ingestedAt = event.ingestedAt();
        content = event;
        retraction = null;
        return result;
    }

    /** Keeps {@code change} as revision {@code number}, with its figure changes against the revision kept before. */
    private void keep(ArticleChange change, int number, Instant now) {
        ArticleEnriched event = change.enriched();
        revisions.add(new StoredRevision(event, change.json(), number, FigureDiff.between(figures, event.figures()),
                now));
        figures = event.figures() == null ? List.of() : event.figures();
    }

    private Result retract(RetractionNotice notice) {
        Integer number = notice.revision();
        boolean nothingToRetract = revision == null && number == null;
        boolean retractedAlready = retracted && (number == null || number <= revision);
        if (nothingToRetract || retractedAlready) {
            return Result.UNCHANGED;
        }
        if (!retracted && revision != null && number != null && number < revision) {
            return Result.STALE;
        }
        revision = number != null ? number : revision;
        retracted = true;
        retractedAt = notice.retractedAt();
        content = null;
        retraction = new RetractionNotice(notice.id(), revision, notice.retractedAt(), notice.reason());
        return Result.RETRACTED;
    }

    /** The event to serve after the batch, when the batch stored one and did not retract it afterwards. */
    ArticleEnriched content() {
        return content;
    }

    /** The retraction to keep after the batch, when the batch retracted the article and did not bring it back. */
    RetractionNotice retraction() {
        return retraction;
    }

    /** The revision served (or retracted) after the batch. */
    int revision() {
        return revision;
    }

    /** The revisions to keep. */
    List<StoredRevision> revisions() {
        return revisions;
    }
}
