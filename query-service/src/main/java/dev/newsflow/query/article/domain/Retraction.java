package dev.newsflow.query.article.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A retracted article as the read model keeps it: which revision was withdrawn, when and why. */
@Entity
@Table(name = "article_retraction")
public class Retraction extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;
    public int revision;
    @Column(name = "retracted_at")
    public Instant retractedAt;
    public String reason;
    @Column(name = "stored_at")
    public Instant storedAt;
}
