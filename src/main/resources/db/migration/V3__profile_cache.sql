-- LLM profiles already paid for, so that resubmitting the same CV costs no tokens.
-- The key is a SHA-256 over (CV content hash, prompt version, model, taxonomy version); a change to any of them
-- misses the cache. Evidence quotes come from the redacted CV text; rows are erased with the assessment.
create table profile_cache (
    cache_key        varchar(64)  primary key,
    content_hash     varchar(64)  not null,
    prompt_version   varchar(64)  not null,
    model            varchar(200) not null,
    taxonomy_version varchar(64)  not null,
    profile_json     text         not null,
    created_at       timestamp with time zone not null
);

create index profile_cache_content_hash on profile_cache (content_hash);
