-- The read model of enriched articles: one row per article, its tldr, cited sources, source checks and figures.
create table article (
    id              text primary key,
    content_hash    text             not null,
    revision        integer          not null,
    bucket_key      text             not null,
    ingested_at     timestamptz      not null,
    enriched_at     timestamptz      not null,
    title           text             not null,
    category        text,
    layout          text,
    published_at    timestamptz      not null,
    published_offset text            not null,
    source_url      text,
    sentiment_score double precision,
    sentiment_label text,
    headline        text,
    body            text             not null,
    extra           jsonb            not null,
    tldr_text       text             not null,
    figure_count    integer          not null,
    first_seen_at   timestamptz      not null,
    updated_at      timestamptz      not null,
    search          tsvector generated always as (
        setweight(to_tsvector('english', title), 'A')
            || setweight(to_tsvector('english', tldr_text), 'B')
            || setweight(to_tsvector('english', body), 'C')) stored
);

create index article_published on article (published_at desc, id desc);
create index article_category on article (lower(category), published_at desc);
create index article_sentiment on article (lower(sentiment_label), published_at desc);
create index article_search on article using gin (search);

create table article_tldr (
    article_id text    not null references article (id) on delete cascade,
    position   integer not null,
    text       text    not null,
    primary key (article_id, position)
);

create table article_source (
    article_id text    not null references article (id) on delete cascade,
    position   integer not null,
    title      text,
    url        text    not null,
    primary key (article_id, position)
);

create table source_check (
    article_id    text        not null references article (id) on delete cascade,
    position      integer     not null,
    url           text        not null,
    origin        text        not null,
    verdict       text        not null,
    reason        text,
    http_status   integer,
    final_url     text,
    page_title    text,
    canonical_url text,
    host          text,
    checked_at    timestamptz,
    primary key (article_id, position)
);

create table figure (
    article_id     text             not null references article (id) on delete cascade,
    position       integer          not null,
    subject        text             not null,
    symbol         text,
    kind           text             not null,
    change_percent double precision,
    change_points  double precision,
    change_bp      double precision,
    level          double precision,
    currency       text,
    direction      text,
    period         text,
    qualifier      text,
    sentence       text             not null,
    start_offset   integer,
    end_offset     integer,
    primary key (article_id, position)
);

create index figure_subject on figure (lower(subject), article_id);
create index figure_kind on figure (kind);
