-- Bucket4j's rate-limit buckets (SubmissionLimits): id is a limit name and a SHA-256, never an address or an IP;
-- expires_at (epoch milliseconds) is when the bucket is full again, after which the sweep task deletes the row.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);
