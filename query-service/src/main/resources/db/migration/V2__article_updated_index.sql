-- The live feed of materialized articles (GET /api/articles/stream) reads articles by when they last changed.
create index article_updated on article (updated_at, id);
