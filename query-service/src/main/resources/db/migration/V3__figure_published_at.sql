-- A figure carries its article's publication time, so the latest figures of an instrument (its latest level and
-- move, the subjects list, the dashboard's charts) are read from one index, newest first, without joining and
-- sorting every figure of the instrument. The subject key collates as "C", the order of the subjects' cursors.
alter table figure add column published_at timestamptz;
update figure f set published_at = a.published_at from article a where a.id = f.article_id;
alter table figure alter column published_at set not null;
create index figure_subject_latest on figure ((lower(subject) collate "C"), published_at desc, article_id desc)
    include (level, change_percent);
