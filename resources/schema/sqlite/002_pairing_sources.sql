-- Schema version 2: every source a pairing was read from, and published statistics.

CREATE TABLE pairing_sources (
    pairing_id  INTEGER NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    established TEXT,
    relation    TEXT,
    note        TEXT,
    PRIMARY KEY (pairing_id, source_id)
);

CREATE TABLE published_statistics (
    id          INTEGER PRIMARY KEY,
    stat_key    TEXT NOT NULL UNIQUE,
    subject     TEXT NOT NULL,
    subject_key TEXT NOT NULL,
    value       REAL NOT NULL,
    unit        TEXT NOT NULL,
    as_of       TEXT,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    location    TEXT,
    note        TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX published_statistics_subject ON published_statistics(subject);
