-- One row per submission. The upload and its text are erased after delivery; the report stays for its page.
create table assessment (
    id             varchar(36)  primary key,
    report_token   varchar(64)  not null unique,
    state          varchar(20)  not null,
    error_code     varchar(40),
    error_message  varchar(1000),
    email          varchar(320) not null,
    language       varchar(8)   not null,
    file_name      varchar(255),
    linkedin_url   varchar(500),
    content        bytea,
    document       text,
    profile        text,
    scored         text,
    report         text,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    delivered_at   timestamp with time zone
);

create index assessment_state_idx on assessment (state);
