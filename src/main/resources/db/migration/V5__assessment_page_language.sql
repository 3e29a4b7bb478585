-- The language of the pages the person used when submitting (from the form or Accept-Language): refusals and
-- notices are written in it until the CV's own language is known. `language` holds what was asked for (auto, en,
-- nb) and, once the CV is read, the language the report is written in.
alter table assessment add column page_language varchar(8) default 'en' not null;
