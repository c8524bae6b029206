-- Schema version 11: a name search of one or two Latin letters (or digits, punctuation, LIKE's
-- own wildcards) answered from an index, as schema 9 answers one or two characters of Chinese,
-- Japanese or Korean.
--
-- Users type one letter at a time, so "n" and then "ni" are searched on every keystroke; under
-- three characters the trigram index (city_names) finds nothing, and the count's three
-- subqueries (core/PairingBranches) each read every city's search_text: 130 ms of CPU for "ni"
-- at a million pairings, where the same count from city_grams takes 31 ms
-- (docs/PERFORMANCE.md, "Latin short searches"). city_grams now holds, for every city, each
-- pair of neighbouring characters of its search_text that does not start with a space or a
-- control character (the names' separator U+001F among them), whatever its script, and the
-- last character alone when it is not one of those; ASCII lowered as LIKE compares it; once per
-- city. A key of two characters is looked up by equality, a key of one character as the range
-- of grams it starts (gram >= key AND gram < the next character: a range, not GLOB, since `*`,
-- `?` and `[` are ASCII keys now).
--
-- Measured against the other ways (docs/PERFORMANCE.md): the trigram index read through an
-- fts5vocab table (the trigrams in the range ['ni', 'nj'), plus an index of the names' last
-- two characters, each city re-checked with LIKE) costs no rows but 85-106 ms for the same
-- count, and 100 ms to find the cities of "n" against 30 ms for reading every name; reading
-- the names once per count instead of three times gives 67 ms. This way costs 2.2 million more
-- rows at a million pairings (28 MB, 3.9 % of the file), 4 s of CPU for this migration, and
-- the grams of every imported city, Latin-named ones included (schema 9 passed them over):
-- about 16 us a city.
--
-- The triggers and the deferred fill of an import (core/io/DeferredNameSearch) read the view,
-- so they follow its new definition unchanged.

DROP VIEW city_gram_rows;

-- The one definition of a city's grams (see 009 for the positions from json_each). At the
-- last position substr(..., 2) is the last character alone.
CREATE VIEW city_gram_rows AS
SELECT c.id AS city_id, lower(substr(c.search_text, p.key + 1, 2)) AS gram
FROM cities c,
    json_each('[' || rtrim(replace(hex(zeroblob(length(c.search_text))), '00', '0,'), ',') || ']') p
WHERE substr(c.search_text, p.key + 1, 1) > ' ';

-- Every city's grams again, in the primary key's order: the b-tree is written page after page
-- (the grams of schema 9 are among them).
DELETE FROM city_grams;
INSERT OR IGNORE INTO city_grams (gram, city_id)
SELECT gram, city_id FROM city_gram_rows ORDER BY gram, city_id;

ANALYZE city_grams;
