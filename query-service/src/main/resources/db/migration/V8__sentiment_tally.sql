-- Sentiment by day (UTC), category and label, so the sentiment charts and statistics read a few rows per day instead
-- of grouping every article. Each change of an article adds a signed row (an insert +1, a delete -1, an update of the
-- counted columns both), so writers never wait on one another for a shared counter; SentimentTallies folds the rows
-- of a group into one now and then, and a reader sums whatever rows there are.
create table sentiment_tally (
    id        bigserial primary key,
    day       date     not null,
    category  text,
    label     text,
    articles  integer  not null,
    scored    integer  not null,
    score_sum numeric  not null
);

create function sentiment_tally_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into sentiment_tally (day, category, label, articles, scored, score_sum)
        values ((old.published_at at time zone 'UTC')::date, old.category, old.sentiment_label, -1,
                case when old.sentiment_score is null then 0 else -1 end, -coalesce(old.sentiment_score, 0));
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into sentiment_tally (day, category, label, articles, scored, score_sum)
        values ((new.published_at at time zone 'UTC')::date, new.category, new.sentiment_label, 1,
                case when new.sentiment_score is null then 0 else 1 end, coalesce(new.sentiment_score, 0));
    end if;
    return null;
end $$;

create function sentiment_tally_clear() returns trigger language plpgsql as $$
begin
    truncate sentiment_tally;
    return null;
end $$;

create trigger article_sentiment_tally after insert or delete on article
    for each row execute function sentiment_tally_count();

create trigger article_sentiment_tally_change after update on article
    for each row when ((old.published_at at time zone 'UTC')::date <> (new.published_at at time zone 'UTC')::date
        or old.category is distinct from new.category or old.sentiment_label is distinct from new.sentiment_label
        or old.sentiment_score is distinct from new.sentiment_score)
    execute function sentiment_tally_count();

create trigger article_sentiment_tally_clear after truncate on article
    for each statement execute function sentiment_tally_clear();

insert into sentiment_tally (day, category, label, articles, scored, score_sum)
select (published_at at time zone 'UTC')::date, category, sentiment_label, count(*), count(sentiment_score),
       coalesce(sum(sentiment_score::numeric), 0)
from article group by 1, 2, 3;
