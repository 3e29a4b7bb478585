-- One row: whether anything of a person was erased since the embedded H2 file was last compacted
-- (pipeline.DatabaseCompaction compacts only then, so an idle or read-only service never pauses its pool).
-- Every erasure sets it, in its own transaction where it has one; a compaction clears it before it starts and sets it
-- again if it did not compact. It starts set, so that what was erased before this version leaves the file once.
create table erasure_since_compaction (
    id     smallint primary key,
    erased boolean  not null
);

insert into erasure_since_compaction (id, erased) values (1, true);
