-- Schema version 4 on PostgreSQL, the twin of sqlite/004_pairing_history.sql.
-- How sure the register is of a pairing, and its history after signing.
-- verification: 'unverified' for a pair known only from an undated list (a Wikipedia list page),
-- with no page of a party, a register or the news naming it.
-- ended / end_reason / successor_id / end_source_id: what a source states about a pairing's later
-- history -- suspended (dormant) or dissolved on a date, or the city renamed or merged into a
-- successor -- so that the pairs existing on a date can be told from the pairs ever signed.
-- Every column is added with ALTER TABLE: the rows of a version-3 file stay as they are.

ALTER TABLE pairings ADD COLUMN verification TEXT NOT NULL DEFAULT 'verified'
    CHECK (verification IN ('verified', 'unverified'));
ALTER TABLE pairings ADD COLUMN ended TEXT CHECK (ended IS NULL OR length(ended) IN (4, 7, 10));
ALTER TABLE pairings ADD COLUMN end_reason TEXT
    CHECK (end_reason IN ('suspended', 'dissolved', 'renamed'));
ALTER TABLE pairings ADD COLUMN successor_id BIGINT REFERENCES cities(id);
ALTER TABLE pairings ADD COLUMN end_source_id BIGINT REFERENCES sources(id);
CREATE INDEX pairings_verification ON pairings(verification);
