-- Schema version 5: the filters and the figures answered from indexes at any size.
--
-- Every filter of the pairings table used to join both cities (and, for a region, both
-- divisions) for every pairing: a filtered count read the whole register. The attributes the
-- filters and the figures read are now copied onto the pairing: the country, division and
-- (Chinese cities only) region of each of its two cities. They are derived data: only the
-- triggers below write them, whenever a pairing's cities, a city's country or division, or a
-- division's region change, so that every writer (the application, an import, the sqlite3
-- shell) keeps them true. Two covering indexes, one per side, answer a country filter, a year
-- range and each figure's aggregation without reading the table.
--
-- Portable SQL except where noted: a PostgreSQL twin adds the same columns and indexes, fills
-- them with the same UPDATE, and keeps them with a BEFORE INSERT OR UPDATE OF city_a, city_b
-- row trigger that sets NEW.* (instead of the AFTER INSERT ... UPDATE here, which SQLite needs
-- because its triggers cannot assign to NEW; the WHEN guards keep it from rewriting rows that
-- are right already), plus the two AFTER UPDATE triggers on cities and
-- divisions. The name search index (city_names, FTS5 with trigrams) is SQLite's; PostgreSQL
-- serves the same LIKE with a pg_trgm GIN index on cities.search_text.

ALTER TABLE pairings ADD COLUMN country_a TEXT;
ALTER TABLE pairings ADD COLUMN country_b TEXT;
ALTER TABLE pairings ADD COLUMN division_a TEXT;
ALTER TABLE pairings ADD COLUMN division_b TEXT;
ALTER TABLE pairings ADD COLUMN region_a TEXT;
ALTER TABLE pairings ADD COLUMN region_b TEXT;

UPDATE pairings SET
    country_a = (SELECT c.country FROM cities c WHERE c.id = pairings.city_a),
    country_b = (SELECT c.country FROM cities c WHERE c.id = pairings.city_b),
    division_a = (SELECT c.division FROM cities c WHERE c.id = pairings.city_a),
    division_b = (SELECT c.division FROM cities c WHERE c.id = pairings.city_b),
    region_a = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                WHERE c.id = pairings.city_a AND c.country = 'CN'),
    region_b = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                WHERE c.id = pairings.city_b AND c.country = 'CN');

-- A writer may give the derived values itself (the application does, so that each row is
-- written once); the trigger corrects whatever is missing or wrong.
CREATE TRIGGER pairings_derive_insert AFTER INSERT ON pairings
WHEN NEW.country_a IS NOT (SELECT c.country FROM cities c WHERE c.id = NEW.city_a)
    OR NEW.country_b IS NOT (SELECT c.country FROM cities c WHERE c.id = NEW.city_b)
    OR NEW.division_a IS NOT (SELECT c.division FROM cities c WHERE c.id = NEW.city_a)
    OR NEW.division_b IS NOT (SELECT c.division FROM cities c WHERE c.id = NEW.city_b)
    OR NEW.region_a IS NOT (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                            WHERE c.id = NEW.city_a AND c.country = 'CN')
    OR NEW.region_b IS NOT (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                            WHERE c.id = NEW.city_b AND c.country = 'CN')
BEGIN
    UPDATE pairings SET
        country_a = (SELECT c.country FROM cities c WHERE c.id = NEW.city_a),
        country_b = (SELECT c.country FROM cities c WHERE c.id = NEW.city_b),
        division_a = (SELECT c.division FROM cities c WHERE c.id = NEW.city_a),
        division_b = (SELECT c.division FROM cities c WHERE c.id = NEW.city_b),
        region_a = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                    WHERE c.id = NEW.city_a AND c.country = 'CN'),
        region_b = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                    WHERE c.id = NEW.city_b AND c.country = 'CN')
    WHERE id = NEW.id;
END;

-- Only a change of cities fires it: the derived columns are never a writer's to set, and the
-- UPDATE of the trigger above must not fire this one a second time for every insert.
CREATE TRIGGER pairings_derive_update AFTER UPDATE OF city_a, city_b ON pairings
WHEN NEW.city_a IS NOT OLD.city_a OR NEW.city_b IS NOT OLD.city_b
BEGIN
    UPDATE pairings SET
        country_a = (SELECT c.country FROM cities c WHERE c.id = NEW.city_a),
        country_b = (SELECT c.country FROM cities c WHERE c.id = NEW.city_b),
        division_a = (SELECT c.division FROM cities c WHERE c.id = NEW.city_a),
        division_b = (SELECT c.division FROM cities c WHERE c.id = NEW.city_b),
        region_a = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                    WHERE c.id = NEW.city_a AND c.country = 'CN'),
        region_b = (SELECT d.region FROM cities c JOIN divisions d ON d.code = c.division
                    WHERE c.id = NEW.city_b AND c.country = 'CN')
    WHERE id = NEW.id;
END;

CREATE TRIGGER cities_derive_pairings AFTER UPDATE OF country, division ON cities
BEGIN
    UPDATE pairings SET
        country_a = NEW.country,
        division_a = NEW.division,
        region_a = (SELECT d.region FROM divisions d
                    WHERE d.code = NEW.division AND NEW.country = 'CN')
    WHERE city_a = NEW.id;
    UPDATE pairings SET
        country_b = NEW.country,
        division_b = NEW.division,
        region_b = (SELECT d.region FROM divisions d
                    WHERE d.code = NEW.division AND NEW.country = 'CN')
    WHERE city_b = NEW.id;
END;

CREATE TRIGGER divisions_derive_pairings AFTER UPDATE OF region ON divisions
BEGIN
    UPDATE pairings SET region_a = NEW.region WHERE division_a = NEW.code AND country_a = 'CN';
    UPDATE pairings SET region_b = NEW.region WHERE division_b = NEW.code AND country_b = 'CN';
END;

-- One covering index per side: a filter on the countries, the years, a division or a region,
-- and every figure's GROUP BY, read one range of these and no table row. "Either side" is
-- counted as side a plus "side b and not side a" (core/PairingBranches), so each index also
-- carries the other side's columns.
CREATE INDEX pairings_side_a ON pairings(country_a, country_b, established_year, division_a,
    division_b, region_a, region_b, status, kind, source_id, verification);
CREATE INDEX pairings_side_b ON pairings(country_b, country_a, established_year, division_a,
    division_b, region_a, region_b, status, kind, source_id, verification);
CREATE INDEX pairings_division_a ON pairings(division_a);
CREATE INDEX pairings_division_b ON pairings(division_b, division_a);
CREATE INDEX pairings_region_a ON pairings(region_a);
CREATE INDEX pairings_region_b ON pairings(region_b, region_a);
CREATE INDEX pairings_status ON pairings(status, established_year);
CREATE INDEX pairings_kind ON pairings(kind, established_year);
-- The name search finds cities, then their pairings through these.
CREATE INDEX pairings_city_a ON pairings(city_a);

-- SQLite only: a trigram index over every name of a city, for "contains" searches of three
-- characters or more (shorter ones read cities.search_text; see SqliteDialect).
CREATE VIRTUAL TABLE city_names USING fts5(search_text, content='cities', content_rowid='id',
    tokenize='trigram');
INSERT INTO city_names(city_names) VALUES ('rebuild');
CREATE TRIGGER cities_names_insert AFTER INSERT ON cities
BEGIN
    INSERT INTO city_names(rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
CREATE TRIGGER cities_names_delete AFTER DELETE ON cities
BEGIN
    INSERT INTO city_names(city_names, rowid, search_text)
        VALUES ('delete', OLD.id, OLD.search_text);
END;
CREATE TRIGGER cities_names_update AFTER UPDATE OF search_text ON cities
BEGIN
    INSERT INTO city_names(city_names, rowid, search_text)
        VALUES ('delete', OLD.id, OLD.search_text);
    INSERT INTO city_names(rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;

-- Statistics for the query planner: without them it takes an index on status (90 % of the rows
-- share one value) for as selective as one on two countries. ANALYZE is PostgreSQL's word too.
ANALYZE;
