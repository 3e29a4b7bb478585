-- The retention sweep (pipeline.RetentionSweep) erases the address of an ended assessment after
-- aiproof.retention.email, which may be before the row itself goes (aiproof.retention.report).
alter table assessment alter column email drop not null;
