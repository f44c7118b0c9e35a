-- Every revision of an article the read model stored, kept when a newer one replaces it or the article is retracted:
-- its enriched event whole (served as it was), and the figures it added and dropped against the revision before it
-- (the same figure: subject ignoring case, kind, period and the four values). Not tied to the article row, which a
-- retraction deletes.
create table article_revision (
    article_id      text        not null,
    revision        integer     not null,
    content_hash    text        not null,
    ingested_at     timestamptz not null,
    enriched_at     timestamptz not null,
    title           text        not null,
    event           jsonb       not null,
    figures_added   jsonb       not null,
    figures_dropped jsonb       not null,
    stored_at       timestamptz not null,
    primary key (article_id, revision)
);

-- A retracted article: its row and the rows it owned are deleted (so it leaves every list, search and chart), and
-- this row says when, why and which revision was withdrawn. A later revision deletes it again.
create table article_retraction (
    article_id   text        primary key,
    revision     integer     not null,
    retracted_at timestamptz not null,
    reason       text        not null,
    stored_at    timestamptz not null
);
