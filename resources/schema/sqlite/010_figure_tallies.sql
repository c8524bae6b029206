-- Schema version 10: the figures' counts kept ahead of time. Schema 8 let every figure count in
-- index order, but a figure still read each of its pairs at least twice (its categories and its
-- sources): 800,000 index entries for "China" at a million pairings, 150-540 ms of CPU. These
-- count tables ("tallies") hold the answers, kept true by triggers on pairings whoever writes
-- (the application, an import, the sqlite3 shell); a figure without a filter of its own reads a
-- few thousand of their rows (PairingFigureQuery, docs/PERFORMANCE.md "Figure data from
-- tallies").
--
-- A scope is what a figure's countries select: (country, '') every pair with a city in that
-- country, counted once even when both are; (lo, hi) the pairs between two countries, the
-- codes in order, the same code twice for the pairs within one; ('', '') every pair. A pair is
-- counted once its countries are known (migration 5's triggers copy them onto the row), NULL
-- divisions and regions as '' (a key has no NULL) and undated years as -1. A count that falls
-- to zero is deleted with it.

-- Per scope and source: the pairs (n), the unverified ones (u) and the dated ones (d).
CREATE TABLE figure_tally_sources (scope_a TEXT NOT NULL, scope_b TEXT NOT NULL,
    source_id INTEGER NOT NULL, n INTEGER NOT NULL, u INTEGER NOT NULL, d INTEGER NOT NULL,
    PRIMARY KEY (scope_a, scope_b, source_id)) WITHOUT ROWID;
-- Per scope, year and source, the dated pairs: a year axis lists the sources of its years
-- only. (Every pair's year and source is about as many rows as pairs; a figure reads the years
-- inside its bounds or, when fewer, the dated total less the years outside.)
CREATE TABLE figure_tally_source_years (scope_a TEXT NOT NULL, scope_b TEXT NOT NULL,
    year INTEGER NOT NULL, source_id INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (scope_a, scope_b, year, source_id)) WITHOUT ROWID;
-- Per two countries (in order) and year (-1: undated).
CREATE TABLE figure_tally_years (country_lo TEXT NOT NULL, country_hi TEXT NOT NULL,
    year INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (country_lo, country_hi, year)) WITHOUT ROWID;
-- Per both sides' country, division and region, as on the row (the link map needs both).
CREATE TABLE figure_tally_divisions (country_a TEXT NOT NULL, country_b TEXT NOT NULL,
    division_a TEXT NOT NULL, region_a TEXT NOT NULL, division_b TEXT NOT NULL,
    region_b TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (country_a, country_b, division_a, region_a, division_b, region_b)) WITHOUT ROWID;

INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d)
    SELECT s.scope_a, s.scope_b, s.source_id, count(*), sum(s.u), sum(s.d) FROM (
        SELECT country_a AS scope_a, '' AS scope_b, source_id,
               verification = 'unverified' AS u, established_year IS NOT NULL AS d
            FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        UNION ALL
        SELECT country_b, '', source_id, verification = 'unverified', established_year IS NOT NULL
            FROM pairings WHERE country_a IS NOT NULL AND country_b <> country_a
        UNION ALL
        SELECT min(country_a, country_b), max(country_a, country_b), source_id,
               verification = 'unverified', established_year IS NOT NULL
            FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        UNION ALL
        SELECT '', '', source_id, verification = 'unverified', established_year IS NOT NULL
            FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL) s
    GROUP BY s.scope_a, s.scope_b, s.source_id;
INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)
    SELECT s.scope_a, s.scope_b, s.year, s.source_id, count(*) FROM (
        SELECT country_a AS scope_a, '' AS scope_b, established_year AS year, source_id
            FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
                AND established_year IS NOT NULL
        UNION ALL
        SELECT country_b, '', established_year, source_id
            FROM pairings WHERE country_a IS NOT NULL AND country_b <> country_a
                AND established_year IS NOT NULL
        UNION ALL
        SELECT min(country_a, country_b), max(country_a, country_b), established_year, source_id
            FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
                AND established_year IS NOT NULL) s
    GROUP BY s.scope_a, s.scope_b, s.year, s.source_id;
INSERT INTO figure_tally_years (country_lo, country_hi, year, n)
    SELECT min(country_a, country_b), max(country_a, country_b), coalesce(established_year, -1),
           count(*)
        FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        GROUP BY 1, 2, 3;
INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a, division_b,
                                    region_b, n)
    SELECT country_a, country_b, coalesce(division_a, ''), coalesce(region_a, ''),
           coalesce(division_b, ''), coalesce(region_b, ''), count(*)
        FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6;

-- Adding a pair: side b's country scope counts 0 when it is side a's (the row is side a's,
-- conflicts, and is left as it was), so that a pair within one country is counted once.
CREATE TRIGGER pairings_tally_insert AFTER INSERT ON pairings
    WHEN NEW.country_a IS NOT NULL AND NEW.country_b IS NOT NULL
BEGIN
    INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d) VALUES
        (NEW.country_a, '', NEW.source_id, 1, NEW.verification = 'unverified',
         NEW.established_year IS NOT NULL),
        (NEW.country_b, '', NEW.source_id, NEW.country_b <> NEW.country_a,
         NEW.country_b <> NEW.country_a AND NEW.verification = 'unverified',
         NEW.country_b <> NEW.country_a AND NEW.established_year IS NOT NULL),
        (min(NEW.country_a, NEW.country_b), max(NEW.country_a, NEW.country_b), NEW.source_id, 1,
         NEW.verification = 'unverified', NEW.established_year IS NOT NULL),
        ('', '', NEW.source_id, 1, NEW.verification = 'unverified',
         NEW.established_year IS NOT NULL)
        ON CONFLICT (scope_a, scope_b, source_id)
            DO UPDATE SET n = n + excluded.n, u = u + excluded.u, d = d + excluded.d;
    INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)
        SELECT v.scope_a, v.scope_b, NEW.established_year, NEW.source_id, v.counted
            FROM (SELECT NEW.country_a AS scope_a, '' AS scope_b, 1 AS counted
                  UNION ALL SELECT NEW.country_b, '', NEW.country_b <> NEW.country_a
                  UNION ALL SELECT min(NEW.country_a, NEW.country_b),
                                   max(NEW.country_a, NEW.country_b), 1) v
            WHERE NEW.established_year IS NOT NULL
        ON CONFLICT (scope_a, scope_b, year, source_id) DO UPDATE SET n = n + excluded.n;
    INSERT INTO figure_tally_years (country_lo, country_hi, year, n)
        VALUES (min(NEW.country_a, NEW.country_b), max(NEW.country_a, NEW.country_b),
                coalesce(NEW.established_year, -1), 1)
        ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = n + 1;
    INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a, division_b,
                                        region_b, n)
        VALUES (NEW.country_a, NEW.country_b, coalesce(NEW.division_a, ''),
                coalesce(NEW.region_a, ''), coalesce(NEW.division_b, ''),
                coalesce(NEW.region_b, ''), 1)
        ON CONFLICT (country_a, country_b, division_a, region_a, division_b,
                     region_b) DO UPDATE SET n = n + 1;
END;

-- Taking a pair away: each scope it counts in once (side b's country scope only when it is not
-- side a's), then the counts fallen to zero. One statement per scope: an IN over row values
-- would scan the whole table.
CREATE TRIGGER pairings_tally_delete AFTER DELETE ON pairings
    WHEN OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
BEGIN
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE scope_a = OLD.country_a AND scope_b = '' AND source_id = OLD.source_id;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE scope_a = OLD.country_b AND scope_b = '' AND source_id = OLD.source_id
          AND OLD.country_b <> OLD.country_a;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND source_id = OLD.source_id;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE scope_a = '' AND scope_b = '' AND source_id = OLD.source_id;
    DELETE FROM figure_tally_sources
        WHERE scope_a = OLD.country_a AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = OLD.country_b AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = '' AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE scope_a = OLD.country_a AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE scope_a = OLD.country_b AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id
          AND OLD.country_b <> OLD.country_a;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND year = OLD.established_year
          AND source_id = OLD.source_id;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = OLD.country_a AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = OLD.country_b AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    UPDATE figure_tally_years SET n = n - 1
        WHERE country_lo = min(OLD.country_a, OLD.country_b)
          AND country_hi = max(OLD.country_a, OLD.country_b)
          AND year = coalesce(OLD.established_year, -1);
    DELETE FROM figure_tally_years
        WHERE country_lo = min(OLD.country_a, OLD.country_b)
          AND country_hi = max(OLD.country_a, OLD.country_b)
          AND year = coalesce(OLD.established_year, -1) AND n = 0;
    UPDATE figure_tally_divisions SET n = n - 1
        WHERE country_a = OLD.country_a AND country_b = OLD.country_b
          AND division_a = coalesce(OLD.division_a, '') AND region_a = coalesce(OLD.region_a, '')
          AND division_b = coalesce(OLD.division_b, '') AND region_b = coalesce(OLD.region_b, '');
    DELETE FROM figure_tally_divisions
        WHERE country_a = OLD.country_a AND country_b = OLD.country_b
          AND division_a = coalesce(OLD.division_a, '') AND region_a = coalesce(OLD.region_a, '')
          AND division_b = coalesce(OLD.division_b, '') AND region_b = coalesce(OLD.region_b, '')
          AND n = 0;
END;

-- A change of what the tallies read: the old row taken away, the new one added, each only
-- when counted (countries known). A save that rewrites a row as it was changes nothing.
CREATE TRIGGER pairings_tally_update
    AFTER UPDATE OF country_a, country_b, division_a, division_b, region_a, region_b,
                    established_year, source_id, verification ON pairings
    WHEN OLD.country_a IS NOT NEW.country_a OR OLD.country_b IS NOT NEW.country_b
      OR OLD.division_a IS NOT NEW.division_a OR OLD.division_b IS NOT NEW.division_b
      OR OLD.region_a IS NOT NEW.region_a OR OLD.region_b IS NOT NEW.region_b
      OR OLD.established_year IS NOT NEW.established_year
      OR OLD.source_id IS NOT NEW.source_id OR OLD.verification IS NOT NEW.verification
BEGIN
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = OLD.country_a AND scope_b = '' AND source_id = OLD.source_id;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = OLD.country_b AND scope_b = '' AND source_id = OLD.source_id
          AND OLD.country_b <> OLD.country_a;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND source_id = OLD.source_id;
    UPDATE figure_tally_sources SET n = n - 1, u = u - (OLD.verification = 'unverified'),
        d = d - (OLD.established_year IS NOT NULL)
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = '' AND scope_b = '' AND source_id = OLD.source_id;
    DELETE FROM figure_tally_sources
        WHERE scope_a = OLD.country_a AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = OLD.country_b AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_sources
        WHERE scope_a = '' AND scope_b = '' AND source_id = OLD.source_id AND n = 0;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = OLD.country_a AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = OLD.country_b AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id
          AND OLD.country_b <> OLD.country_a;
    UPDATE figure_tally_source_years SET n = n - 1
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND year = OLD.established_year
          AND source_id = OLD.source_id;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = OLD.country_a AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = OLD.country_b AND scope_b = '' AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    DELETE FROM figure_tally_source_years
        WHERE scope_a = min(OLD.country_a, OLD.country_b)
          AND scope_b = max(OLD.country_a, OLD.country_b)
          AND year = OLD.established_year
          AND source_id = OLD.source_id AND n = 0;
    UPDATE figure_tally_years SET n = n - 1
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND country_lo = min(OLD.country_a, OLD.country_b)
          AND country_hi = max(OLD.country_a, OLD.country_b)
          AND year = coalesce(OLD.established_year, -1);
    DELETE FROM figure_tally_years
        WHERE country_lo = min(OLD.country_a, OLD.country_b)
          AND country_hi = max(OLD.country_a, OLD.country_b)
          AND year = coalesce(OLD.established_year, -1) AND n = 0;
    UPDATE figure_tally_divisions SET n = n - 1
        WHERE OLD.country_a IS NOT NULL AND OLD.country_b IS NOT NULL
          AND country_a = OLD.country_a AND country_b = OLD.country_b
          AND division_a = coalesce(OLD.division_a, '') AND region_a = coalesce(OLD.region_a, '')
          AND division_b = coalesce(OLD.division_b, '') AND region_b = coalesce(OLD.region_b, '');
    DELETE FROM figure_tally_divisions
        WHERE country_a = OLD.country_a AND country_b = OLD.country_b
          AND division_a = coalesce(OLD.division_a, '') AND region_a = coalesce(OLD.region_a, '')
          AND division_b = coalesce(OLD.division_b, '') AND region_b = coalesce(OLD.region_b, '')
          AND n = 0;
    INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d)
        SELECT v.scope_a, v.scope_b, NEW.source_id, v.counted,
               v.counted AND NEW.verification = 'unverified',
               v.counted AND NEW.established_year IS NOT NULL
            FROM (SELECT NEW.country_a AS scope_a, '' AS scope_b, 1 AS counted
                  UNION ALL SELECT NEW.country_b, '', NEW.country_b <> NEW.country_a
                  UNION ALL SELECT min(NEW.country_a, NEW.country_b),
                                   max(NEW.country_a, NEW.country_b), 1
                  UNION ALL SELECT '', '', 1) v
            WHERE NEW.country_a IS NOT NULL AND NEW.country_b IS NOT NULL
        ON CONFLICT (scope_a, scope_b, source_id)
            DO UPDATE SET n = n + excluded.n, u = u + excluded.u, d = d + excluded.d;
    INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)
        SELECT v.scope_a, v.scope_b, NEW.established_year, NEW.source_id, v.counted
            FROM (SELECT NEW.country_a AS scope_a, '' AS scope_b, 1 AS counted
                  UNION ALL SELECT NEW.country_b, '', NEW.country_b <> NEW.country_a
                  UNION ALL SELECT min(NEW.country_a, NEW.country_b),
                                   max(NEW.country_a, NEW.country_b), 1) v
            WHERE NEW.country_a IS NOT NULL AND NEW.country_b IS NOT NULL
              AND NEW.established_year IS NOT NULL
        ON CONFLICT (scope_a, scope_b, year, source_id) DO UPDATE SET n = n + excluded.n;
    INSERT INTO figure_tally_years (country_lo, country_hi, year, n)
        SELECT min(NEW.country_a, NEW.country_b), max(NEW.country_a, NEW.country_b),
               coalesce(NEW.established_year, -1), 1
            WHERE NEW.country_a IS NOT NULL AND NEW.country_b IS NOT NULL
        ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = n + 1;
    INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a, division_b,
                                        region_b, n)
        SELECT NEW.country_a, NEW.country_b, coalesce(NEW.division_a, ''),
               coalesce(NEW.region_a, ''), coalesce(NEW.division_b, ''),
               coalesce(NEW.region_b, ''), 1
            WHERE NEW.country_a IS NOT NULL AND NEW.country_b IS NOT NULL
        ON CONFLICT (country_a, country_b, division_a, region_a, division_b,
                     region_b) DO UPDATE SET n = n + 1;
END;
