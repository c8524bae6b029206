-- Schema version 7: each city's display name in each language, stored. The names are built by
-- CityDisplayName::select (window functions over every city of a country, to tell twins
-- apart); computed when a connection first needed them, they cost seconds at a quarter of a
-- million cities, and start-up paid them before its first page. Now a file holds them, and
-- opening it computes nothing.
--
-- The names of a city depend on its own names, its parent's, its division's and on every other
-- city of its country (a rename can make two names alike or tell them apart), so what a write
-- changes is a whole country. Triggers record the countries a write touched, whoever writes
-- (the application, an import, the sqlite3 shell); the next writable connection that reads the
-- names computes those countries again (CityDisplayName::refresh), and a read-only one reads
-- them computed (as before this version) while any country is outstanding. The tables are
-- filled by the same migration step, inside its transaction (Database::migrate).
CREATE TABLE city_display_zh (id INTEGER PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_ja (id INTEGER PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_ko (id INTEGER PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE city_display_en (id INTEGER PRIMARY KEY, country TEXT NOT NULL,
                              name TEXT NOT NULL, source TEXT NOT NULL);
CREATE INDEX city_display_zh_country ON city_display_zh(country);
CREATE INDEX city_display_ja_country ON city_display_ja(country);
CREATE INDEX city_display_ko_country ON city_display_ko(country);
CREATE INDEX city_display_en_country ON city_display_en(country);

-- The countries whose stored names in a language are not yet those of the register: each
-- language is computed again when it is read, so an edit costs the reader's language only.
CREATE TABLE city_display_stale (language TEXT NOT NULL, country TEXT NOT NULL,
                                 PRIMARY KEY (language, country)) WITHOUT ROWID;
INSERT INTO city_display_stale(language, country)
    SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
        (SELECT DISTINCT country FROM cities) c;

-- A city renamed is the parent in its districts' names: they are found through this index.
CREATE INDEX cities_parent ON cities(parent_id);

CREATE TRIGGER cities_display_insert AFTER INSERT ON cities
BEGIN
    INSERT OR IGNORE INTO city_display_stale(language, country)
        VALUES ('zh', NEW.country), ('ja', NEW.country), ('ko', NEW.country), ('en', NEW.country);
END;
CREATE TRIGGER cities_display_delete AFTER DELETE ON cities
BEGIN
    INSERT OR IGNORE INTO city_display_stale(language, country)
        VALUES ('zh', OLD.country), ('ja', OLD.country), ('ko', OLD.country), ('en', OLD.country);
END;
-- Only a change of what a name is made of counts: a save that rewrites a row as it was (every
-- editor's save sets every column) leaves the names as they are.
CREATE TRIGGER cities_display_update
    AFTER UPDATE OF country, division, parent_id, level, name_native, name_zh, name_ja, name_ko,
                    name_en ON cities
    WHEN OLD.country IS NOT NEW.country OR OLD.division IS NOT NEW.division
      OR OLD.parent_id IS NOT NEW.parent_id OR OLD.level IS NOT NEW.level
      OR OLD.name_native IS NOT NEW.name_native OR OLD.name_zh IS NOT NEW.name_zh
      OR OLD.name_ja IS NOT NEW.name_ja OR OLD.name_ko IS NOT NEW.name_ko
      OR OLD.name_en IS NOT NEW.name_en
BEGIN
    INSERT OR IGNORE INTO city_display_stale(language, country)
        VALUES ('zh', OLD.country), ('ja', OLD.country), ('ko', OLD.country), ('en', OLD.country);
    INSERT OR IGNORE INTO city_display_stale(language, country)
        VALUES ('zh', NEW.country), ('ja', NEW.country), ('ko', NEW.country), ('en', NEW.country);
    INSERT OR IGNORE INTO city_display_stale(language, country)
        SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
            (SELECT DISTINCT country FROM cities WHERE parent_id = NEW.id) c;
END;
-- A division's name tells apart the cities of the same name in a country.
CREATE TRIGGER divisions_display_update
    AFTER UPDATE OF code, name_zh, name_ja, name_ko, name_en ON divisions
    WHEN OLD.code IS NOT NEW.code OR OLD.name_zh IS NOT NEW.name_zh
      OR OLD.name_ja IS NOT NEW.name_ja OR OLD.name_ko IS NOT NEW.name_ko
      OR OLD.name_en IS NOT NEW.name_en
BEGIN
    INSERT OR IGNORE INTO city_display_stale(language, country)
        SELECT l.column1, c.country FROM (VALUES ('zh'), ('ja'), ('ko'), ('en')) l,
            (SELECT DISTINCT country FROM cities WHERE division IN (OLD.code, NEW.code)) c;
END;

ANALYZE cities_parent;
