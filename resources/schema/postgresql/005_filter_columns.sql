-- Schema version 5 on PostgreSQL: the twin of sqlite/005_filter_columns.sql. The same six
-- columns copied onto each pairing from its two cities (country, division and, for Chinese
-- cities only, region), the same covering indexes, and the name search served by an index.
--
-- Where the engines differ: PostgreSQL's row triggers may set NEW, so one BEFORE INSERT OR
-- UPDATE trigger derives the columns of every row written to pairings, whoever writes it and
-- whatever it says they are (SQLite needs an AFTER trigger that rewrites the row). The name
-- search is a LIKE on cities.search_text served by a pg_trgm GIN index (SQLite has an FTS5
-- trigram table instead). pg_trgm is a trusted extension: the database's owner may create it
-- without being a superuser; Debian's postgresql package ships it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE pairings ADD COLUMN country_a TEXT;
ALTER TABLE pairings ADD COLUMN country_b TEXT;
ALTER TABLE pairings ADD COLUMN division_a TEXT;
ALTER TABLE pairings ADD COLUMN division_b TEXT;
ALTER TABLE pairings ADD COLUMN region_a TEXT;
ALTER TABLE pairings ADD COLUMN region_b TEXT;

UPDATE pairings p SET
    country_a = ca.country,
    division_a = ca.division,
    region_a = CASE WHEN ca.country = 'CN' THEN da.region END,
    country_b = cb.country,
    division_b = cb.division,
    region_b = CASE WHEN cb.country = 'CN' THEN db.region END
FROM cities ca
LEFT JOIN divisions da ON da.code = ca.division,
cities cb
LEFT JOIN divisions db ON db.code = cb.division
WHERE ca.id = p.city_a AND cb.id = p.city_b;

-- The derived columns are never a writer's to set: every inserted or updated row gets them from
-- its cities as they are now.
CREATE FUNCTION sc_pairings_derive() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.country, c.division, CASE WHEN c.country = 'CN' THEN d.region END
        INTO NEW.country_a, NEW.division_a, NEW.region_a
        FROM cities c LEFT JOIN divisions d ON d.code = c.division WHERE c.id = NEW.city_a;
    SELECT c.country, c.division, CASE WHEN c.country = 'CN' THEN d.region END
        INTO NEW.country_b, NEW.division_b, NEW.region_b
        FROM cities c LEFT JOIN divisions d ON d.code = c.division WHERE c.id = NEW.city_b;
    RETURN NEW;
END
$$;
CREATE TRIGGER pairings_derive BEFORE INSERT OR UPDATE ON pairings
    FOR EACH ROW EXECUTE FUNCTION sc_pairings_derive();

-- A city moved to another country or division: its pairings follow (the trigger above derives
-- the values again from the city's new row).
CREATE FUNCTION sc_cities_derive_pairings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pairings SET country_a = NEW.country WHERE city_a = NEW.id;
    UPDATE pairings SET country_b = NEW.country WHERE city_b = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER cities_derive_pairings AFTER UPDATE OF country, division ON cities
    FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country
                       OR OLD.division IS DISTINCT FROM NEW.division)
    EXECUTE FUNCTION sc_cities_derive_pairings();

-- A division's region redrawn: the Chinese pairings of its cities follow.
CREATE FUNCTION sc_divisions_derive_pairings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pairings SET region_a = NEW.region WHERE division_a = NEW.code AND country_a = 'CN';
    UPDATE pairings SET region_b = NEW.region WHERE division_b = NEW.code AND country_b = 'CN';
    RETURN NULL;
END
$$;
CREATE TRIGGER divisions_derive_pairings AFTER UPDATE OF region ON divisions
    FOR EACH ROW WHEN (OLD.region IS DISTINCT FROM NEW.region)
    EXECUTE FUNCTION sc_divisions_derive_pairings();

-- The same indexes as SQLite's (see sqlite/005_filter_columns.sql for why each).
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
CREATE INDEX pairings_city_a ON pairings(city_a);

-- "Contains" searches of the names (search_text LIKE '%...%', see SqlDialect::
-- citiesContaining) read this index for three characters or more.
CREATE INDEX cities_search_trigrams ON cities USING gin (search_text gin_trgm_ops);

ANALYZE pairings;
ANALYZE cities;
