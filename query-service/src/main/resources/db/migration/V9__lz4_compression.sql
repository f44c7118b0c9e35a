-- The kept revision's event (about 4 KB of JSON for an article of ten figures) is compressed when stored, as any value
-- over 2 KB is; PostgreSQL's default method (pglz) cost about as much CPU as parsing the event into jsonb. lz4 does
-- the same job at a fraction of it. Values stored before keep their method until they are written again. A server
-- built without lz4 (or older than PostgreSQL 14) keeps pglz.
do $$
declare
    target text;
begin
    foreach target in array array['article_revision.event', 'article_revision.figures_added',
            'article_revision.figures_dropped', 'article.body', 'article.extra', 'post_stage.errors',
            'post_stage.checks'] loop
        execute format('alter table %I alter column %I set compression lz4', split_part(target, '.', 1),
                split_part(target, '.', 2));
    end loop;
exception
    when feature_not_supported or syntax_error then
        raise notice 'lz4 compression is not available here (%); the columns keep pglz', sqlerrm;
end
$$;
