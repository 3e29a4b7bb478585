-- The address the submission came to (scheme, host, port, context path; pipeline.LinkBase), recorded when it was
-- accepted: emailed links start with it when aiproof.pipeline.public-url is unset. Null for a submission made
-- without a request, and for every row from before this version; their links start with public-url or the default.
alter table assessment add column base_url varchar(300);
