-- Schema version 9: a name search of one or two characters of Chinese, Japanese or Korean
-- answered from an index.
--
-- The trigram index of schema 5 (city_names) finds nothing shorter than three characters, and
-- two hanzi are the ordinary way to type a Chinese city (宁波, 大连, 札幌, 서울): such a search
-- read every city's search_text, 216 ms of CPU for a count at a million pairings
-- (docs/PERFORMANCE.md). city_grams holds, for every city, each pair of neighbouring
-- characters of its search_text that holds a non-ASCII character and does not start with a
-- space or a control character (the names' separator U+001F among them), and the last
-- character alone when it is non-ASCII, ASCII letters lowered as LIKE compares them; once per
-- city. SqliteDialect::citiesContaining looks a key of two characters with a non-ASCII one up by
-- equality, and a key of one non-ASCII character as the range of pairs it starts (gram GLOB
-- 'x*', which SQLite reads as a range of the primary key): every occurrence of a character
-- starts a pair, the one before a name's separator included. Single characters are not stored
-- on their own: the pairs serve them, in two thirds of the rows and half the time to fill that
-- pairs and single characters took (docs/PERFORMANCE.md). Latin keys of one or two letters are
-- not indexed: they match a large share of the cities (docs/PERFORMANCE.md).
--
-- Derived data, kept by the triggers below whoever writes (the application, an import, the
-- sqlite3 shell). No foreign key: deleting a city would then look its grams up by city_id,
-- which needs a second index; the triggers delete them by (gram, city_id) instead. An import
-- drops the insert trigger for its transaction and fills the grams of its new cities in one
-- statement afterwards (core/io/DeferredNameSearch).
--
-- SQLite only: PostgreSQL's twin says why the server has neither.

CREATE TABLE city_grams (
    gram    TEXT NOT NULL,
    city_id INTEGER NOT NULL,
    PRIMARY KEY (gram, city_id)
) WITHOUT ROWID;

-- The one definition of a city's grams, which the triggers, the migration and a deferred
-- import read (city_id = ? reaches it as a rowid lookup). Triggers may not use WITH: json_each
-- over an array of length(search_text) zeros gives the positions 0 .. length - 1 with no upper
-- bound on a name's length. A city whose names are all ASCII (as many bytes as characters) has
-- no gram and is passed over before its positions are listed. Each test is the cheapest found at
-- a million pairings: "> ' '" is neither a space nor U+001F (nor another control character:
-- SqliteDialect leaves a key holding one to LIKE); more bytes than characters is non-ASCII.
CREATE VIEW city_gram_rows AS
SELECT c.id AS city_id, lower(substr(c.search_text, p.key + 1, 2)) AS gram
FROM cities c,
    json_each('[' || rtrim(replace(hex(zeroblob(length(c.search_text))), '00', '0,'), ',') || ']') p
WHERE length(CAST(c.search_text AS BLOB)) > length(c.search_text)
    AND substr(c.search_text, p.key + 1, 1) > ' '
    AND length(CAST(substr(c.search_text, p.key + 1, 2) AS BLOB))
        > length(substr(c.search_text, p.key + 1, 2));

-- In the primary key's order: the b-tree is written page after page.
INSERT OR IGNORE INTO city_grams (gram, city_id)
SELECT gram, city_id FROM city_gram_rows ORDER BY gram, city_id;

CREATE TRIGGER cities_grams_insert AFTER INSERT ON cities
BEGIN
    INSERT OR IGNORE INTO city_grams (gram, city_id)
    SELECT gram, city_id FROM city_gram_rows WHERE city_id = NEW.id;
END;

-- BEFORE: the view reads the row, which is still there. A delete that fails afterwards (a
-- pairing still names the city) is undone whole, this trigger's work with it.
CREATE TRIGGER cities_grams_delete BEFORE DELETE ON cities
BEGIN
    DELETE FROM city_grams WHERE city_id = OLD.id
        AND gram IN (SELECT gram FROM city_gram_rows WHERE city_id = OLD.id);
END;

CREATE TRIGGER cities_grams_update_old BEFORE UPDATE OF id, search_text ON cities
WHEN NEW.id IS NOT OLD.id OR NEW.search_text IS NOT OLD.search_text
BEGIN
    DELETE FROM city_grams WHERE city_id = OLD.id
        AND gram IN (SELECT gram FROM city_gram_rows WHERE city_id = OLD.id);
END;

CREATE TRIGGER cities_grams_update_new AFTER UPDATE OF id, search_text ON cities
WHEN NEW.id IS NOT OLD.id OR NEW.search_text IS NOT OLD.search_text
BEGIN
    INSERT OR IGNORE INTO city_grams (gram, city_id)
    SELECT gram, city_id FROM city_gram_rows WHERE city_id = NEW.id;
END;

-- The pairings of the cities a search found, side b: "city b is one of them and city a is
-- not" (core/PairingBranches) read each pairing's row for its city_a, one random read per match
-- (44 ms of the 55 of a one-hanzi count at a million pairings). With city_a in the index it is
-- covering; id stays second so that a city's pairings still come in id order (a listing sorted
-- by the name of city b walks them, CityDisplayName::rankTable). 8 MB more at a million.
DROP INDEX pairings_city_b;
CREATE INDEX pairings_city_b ON pairings(city_b, id, city_a);

ANALYZE city_grams;
ANALYZE pairings_city_b;
