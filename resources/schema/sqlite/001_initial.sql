-- Schema version 1: reference tables, sources, cities and pairings.
-- Kept to SQL that SQLite and PostgreSQL both accept, except INTEGER PRIMARY KEY (an identity
-- column in PostgreSQL) and the expression index on the unordered pair: a PostgreSQL schema
-- would spell those with GENERATED AS IDENTITY and LEAST/GREATEST.

CREATE TABLE countries (
    code        TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_zh     TEXT NOT NULL,
    name_ja     TEXT NOT NULL,
    name_ko     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE divisions (
    code        TEXT PRIMARY KEY,
    country     TEXT NOT NULL REFERENCES countries(code),
    name_zh     TEXT NOT NULL,
    name_ja     TEXT NOT NULL,
    name_ko     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    region      TEXT CHECK (region IN ('east', 'central', 'west')),
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX divisions_country ON divisions(country);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    source_key  TEXT UNIQUE,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    publisher   TEXT,
    url         TEXT,
    date_read   TEXT,
    licence     TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE cities (
    id          INTEGER PRIMARY KEY,
    city_key    TEXT UNIQUE,
    country     TEXT NOT NULL REFERENCES countries(code),
    division    TEXT REFERENCES divisions(code),
    parent_id   INTEGER REFERENCES cities(id),
    level       TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county', 'district',
                                               'municipality', 'other')),
    name_native TEXT NOT NULL CHECK (length(name_native) > 0),
    name_zh     TEXT,
    name_ja     TEXT,
    name_ko     TEXT,
    name_en     TEXT,
    latitude    REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude   REAL CHECK (longitude BETWEEN -180 AND 180),
    source_id   INTEGER REFERENCES sources(id),
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cities_country ON cities(country);
CREATE INDEX cities_division ON cities(division);

CREATE TABLE pairings (
    id               INTEGER PRIMARY KEY,
    pairing_key      TEXT UNIQUE,
    city_a           INTEGER NOT NULL REFERENCES cities(id),
    city_b           INTEGER NOT NULL REFERENCES cities(id),
    established      TEXT CHECK (established IS NULL OR length(established) IN (4, 7, 10)),
    established_year INTEGER,
    precision        TEXT CHECK (precision IN ('year', 'month', 'day')),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'dormant', 'ended')),
    kind             TEXT CHECK (kind IN ('sister', 'friendship', 'friendship-exchange')),
    date_basis       TEXT,
    note             TEXT,
    source_id        INTEGER NOT NULL REFERENCES sources(id),
    row_version      INTEGER NOT NULL DEFAULT 1,
    CHECK (city_a <> city_b),
    CHECK ((established IS NULL AND precision IS NULL AND established_year IS NULL)
           OR (established IS NOT NULL AND precision IS NOT NULL
               AND established_year IS NOT NULL))
);
-- One row per unordered pair, whichever side was written first.
CREATE UNIQUE INDEX pairings_pair ON pairings(min(city_a, city_b), max(city_a, city_b));
CREATE INDEX pairings_city_b ON pairings(city_b);
CREATE INDEX pairings_year ON pairings(established_year);
