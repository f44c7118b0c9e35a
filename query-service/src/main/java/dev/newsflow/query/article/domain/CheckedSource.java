package dev.newsflow.query.article.domain;

import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceCheck.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The check of one URL the article cites. */
@Embeddable
public class CheckedSource {

    public String url;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    public String reason;
    @Column(name = "http_status")
    public Integer httpStatus;
    @Column(name = "final_url")
    public String finalUrl;
    @Column(name = "page_title")
    public String pageTitle;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    public String host;
    @Column(name = "checked_at")
    public Instant checkedAt;
}
