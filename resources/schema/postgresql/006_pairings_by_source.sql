-- Schema version 6 on PostgreSQL: the twin of sqlite/006_pairings_by_source.sql. The sources
-- listing counts each source's pairings, and no index of schema 5 starts with source_id: each
-- count read the whole table.
CREATE INDEX pairings_source ON pairings (source_id);

ANALYZE pairings;
