package dev.newsflow.query.article.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An enriched article as the read model keeps it, with its tldr, cited sources, source checks and figures. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "content_hash")
    public String contentHash;
    public int revision;
    @Column(name = "bucket_key")
    public String bucketKey;
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    public String title;
    public String category;
    public String layout;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_offset")
    public String publishedOffset;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "sentiment_score")
    public Double sentimentScore;
    @Column(name = "sentiment_label")
    public String sentimentLabel;
    public String headline;
    public String body;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> extra;
    @Column(name = "tldr_text")
    public String tldrText;
    @Column(name = "figure_count")
    public int figureCount;
    @Column(name = "first_seen_at")
    public Instant firstSeenAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "article_tldr", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> tldr = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<CitedSource> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "source_check", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<CheckedSource> sourceChecks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "figure", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<Figure> figures = new ArrayList<>();
}
