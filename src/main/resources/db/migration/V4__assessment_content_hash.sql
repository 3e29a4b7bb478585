-- The hash of the CV's text, kept after the text itself is erased, so that erasing an assessment can also evict
-- the LLM profile cached under that hash.
alter table assessment add column content_hash varchar(64);
