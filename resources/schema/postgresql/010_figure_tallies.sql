-- Schema version 10 on PostgreSQL: the twin of sqlite/010_figure_tallies.sql (which says what
-- each tally counts and why). The same four count tables, filled from the rows, and statement
-- triggers that keep them true whoever writes: they run after migration 5's BEFORE trigger has
-- derived each row's countries, divisions and regions, so they see the rows as stored.
CREATE TABLE figure_tally_sources (scope_a TEXT NOT NULL, scope_b TEXT NOT NULL,
    source_id BIGINT NOT NULL, n INTEGER NOT NULL, u INTEGER NOT NULL, d INTEGER NOT NULL,
    PRIMARY KEY (scope_a, scope_b, source_id));
CREATE TABLE figure_tally_source_years (scope_a TEXT NOT NULL, scope_b TEXT NOT NULL,
    year INTEGER NOT NULL, source_id BIGINT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (scope_a, scope_b, year, source_id));
CREATE TABLE figure_tally_years (country_lo TEXT NOT NULL, country_hi TEXT NOT NULL,
    year INTEGER NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (country_lo, country_hi, year));
CREATE TABLE figure_tally_divisions (country_a TEXT NOT NULL, country_b TEXT NOT NULL,
    division_a TEXT NOT NULL, region_a TEXT NOT NULL, division_b TEXT NOT NULL,
    region_b TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (country_a, country_b, division_a, region_a, division_b, region_b));

INSERT INTO figure_tally_sources (scope_a, scope_b, source_id, n, u, d)
    SELECT s.scope_a, s.scope_b, s.source_id, count(*), sum(s.u), sum(s.d) FROM (
        SELECT p.country_a AS scope_a, '' AS scope_b, p.source_id,
               CASE WHEN p.verification = 'unverified' THEN 1 ELSE 0 END AS u,
               CASE WHEN p.established_year IS NOT NULL THEN 1 ELSE 0 END AS d
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL
        UNION ALL
        SELECT p.country_b, '', p.source_id,
               CASE WHEN p.verification = 'unverified' THEN 1 ELSE 0 END,
               CASE WHEN p.established_year IS NOT NULL THEN 1 ELSE 0 END
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b <> p.country_a
        UNION ALL
        SELECT LEAST(p.country_a, p.country_b), GREATEST(p.country_a, p.country_b), p.source_id,
               CASE WHEN p.verification = 'unverified' THEN 1 ELSE 0 END,
               CASE WHEN p.established_year IS NOT NULL THEN 1 ELSE 0 END
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL
        UNION ALL
        SELECT '', '', p.source_id, CASE WHEN p.verification = 'unverified' THEN 1 ELSE 0 END,
               CASE WHEN p.established_year IS NOT NULL THEN 1 ELSE 0 END
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL) s
    GROUP BY s.scope_a, s.scope_b, s.source_id;
INSERT INTO figure_tally_source_years (scope_a, scope_b, year, source_id, n)
    SELECT s.scope_a, s.scope_b, s.year, s.source_id, count(*) FROM (
        SELECT p.country_a AS scope_a, '' AS scope_b, p.established_year AS year, p.source_id
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL
                AND p.established_year IS NOT NULL
        UNION ALL
        SELECT p.country_b, '', p.established_year, p.source_id
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b <> p.country_a
                AND p.established_year IS NOT NULL
        UNION ALL
        SELECT LEAST(p.country_a, p.country_b), GREATEST(p.country_a, p.country_b),
               p.established_year, p.source_id
            FROM pairings p WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL
                AND p.established_year IS NOT NULL) s
    GROUP BY s.scope_a, s.scope_b, s.year, s.source_id;
INSERT INTO figure_tally_years (country_lo, country_hi, year, n)
    SELECT LEAST(country_a, country_b), GREATEST(country_a, country_b),
           coalesce(established_year, -1), count(*)
        FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        GROUP BY 1, 2, 3;
INSERT INTO figure_tally_divisions (country_a, country_b, division_a, region_a, division_b,
                                    region_b, n)
    SELECT country_a, country_b, coalesce(division_a, ''), coalesce(region_a, ''),
           coalesce(division_b, ''), coalesce(region_b, ''), count(*)
        FROM pairings WHERE country_a IS NOT NULL AND country_b IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6;

-- Adds grouped changes to the tallies, one array per column of the groups: a pair's countries,
-- divisions and regions ('' for none), year (NULL: undated) and source, and per group n pairs of
-- which u unverified, negative to take pairs out. One upsert per tally for the whole set,
-- ordered by key so that two writers meet the count rows in the same order; a count fallen to
-- zero is deleted.
CREATE FUNCTION sc_figure_tally_add(g_ca TEXT[], g_cb TEXT[], g_da TEXT[], g_ra TEXT[],
    g_db TEXT[], g_rb TEXT[], g_year INTEGER[], g_source BIGINT[], g_n INTEGER[],
    g_u INTEGER[]) RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    WITH g AS (SELECT * FROM unnest(g_ca, g_cb, g_da, g_ra, g_db, g_rb, g_year, g_source, g_n,
                                    g_u) AS g(ca, cb, da, ra, db, rb, year, source_id, n, u))
    INSERT INTO figure_tally_sources AS t (scope_a, scope_b, source_id, n, u, d)
        SELECT s.scope_a, s.scope_b, s.source_id, sum(s.n), sum(s.u), sum(s.d) FROM (
            SELECT g.ca AS scope_a, '' AS scope_b, g.source_id, g.n, g.u,
                   CASE WHEN g.year IS NULL THEN 0 ELSE g.n END AS d FROM g
            UNION ALL SELECT g.cb, '', g.source_id, g.n, g.u,
                   CASE WHEN g.year IS NULL THEN 0 ELSE g.n END FROM g WHERE g.cb <> g.ca
            UNION ALL SELECT LEAST(g.ca, g.cb), GREATEST(g.ca, g.cb), g.source_id, g.n, g.u,
                   CASE WHEN g.year IS NULL THEN 0 ELSE g.n END FROM g
            UNION ALL SELECT '', '', g.source_id, g.n, g.u,
                   CASE WHEN g.year IS NULL THEN 0 ELSE g.n END FROM g) s
        GROUP BY 1, 2, 3 HAVING sum(s.n) <> 0 OR sum(s.u) <> 0 OR sum(s.d) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (scope_a, scope_b, source_id)
        DO UPDATE SET n = t.n + excluded.n, u = t.u + excluded.u, d = t.d + excluded.d;
    WITH g AS (SELECT * FROM unnest(g_ca, g_cb, g_year, g_source, g_n)
                   AS g(ca, cb, year, source_id, n) WHERE g.year IS NOT NULL)
    INSERT INTO figure_tally_source_years AS t (scope_a, scope_b, year, source_id, n)
        SELECT s.scope_a, s.scope_b, s.year, s.source_id, sum(s.n) FROM (
            SELECT g.ca AS scope_a, '' AS scope_b, g.year, g.source_id, g.n FROM g
            UNION ALL SELECT g.cb, '', g.year, g.source_id, g.n FROM g WHERE g.cb <> g.ca
            UNION ALL SELECT LEAST(g.ca, g.cb), GREATEST(g.ca, g.cb), g.year, g.source_id, g.n
                FROM g) s
        GROUP BY 1, 2, 3, 4 HAVING sum(s.n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (scope_a, scope_b, year, source_id) DO UPDATE SET n = t.n + excluded.n;
    INSERT INTO figure_tally_years AS t (country_lo, country_hi, year, n)
        SELECT LEAST(g.ca, g.cb), GREATEST(g.ca, g.cb), coalesce(g.year, -1), sum(g.n)
            FROM unnest(g_ca, g_cb, g_year, g_n) AS g(ca, cb, year, n)
        GROUP BY 1, 2, 3 HAVING sum(g.n) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = t.n + excluded.n;
    INSERT INTO figure_tally_divisions AS t (country_a, country_b, division_a, region_a,
                                             division_b, region_b, n)
        SELECT g.ca, g.cb, g.da, g.ra, g.db, g.rb, sum(g.n)
            FROM unnest(g_ca, g_cb, g_da, g_ra, g_db, g_rb, g_n)
                AS g(ca, cb, da, ra, db, rb, n)
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(g.n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (country_a, country_b, division_a, region_a, division_b, region_b)
        DO UPDATE SET n = t.n + excluded.n;
    IF NOT EXISTS (SELECT 1 FROM unnest(g_n) AS x(n) WHERE x.n < 0) THEN
        RETURN;
    END IF;
    -- Only a group that takes pairs out can leave a count at zero: its keys are looked at.
    WITH g AS (SELECT * FROM unnest(g_ca, g_cb, g_year, g_source, g_n)
                   AS g(ca, cb, year, source_id, n) WHERE g.n < 0)
    DELETE FROM figure_tally_sources t USING (
            SELECT g.ca AS scope_a, '' AS scope_b, g.source_id FROM g
            UNION SELECT g.cb, '', g.source_id FROM g
            UNION SELECT LEAST(g.ca, g.cb), GREATEST(g.ca, g.cb), g.source_id FROM g
            UNION SELECT '', '', g.source_id FROM g) k
        WHERE t.scope_a = k.scope_a AND t.scope_b = k.scope_b AND t.source_id = k.source_id
            AND t.n = 0;
    WITH g AS (SELECT * FROM unnest(g_ca, g_cb, g_year, g_source, g_n)
                   AS g(ca, cb, year, source_id, n) WHERE g.n < 0 AND g.year IS NOT NULL)
    DELETE FROM figure_tally_source_years t USING (
            SELECT g.ca AS scope_a, '' AS scope_b, g.year, g.source_id FROM g
            UNION SELECT g.cb, '', g.year, g.source_id FROM g
            UNION SELECT LEAST(g.ca, g.cb), GREATEST(g.ca, g.cb), g.year, g.source_id FROM g) k
        WHERE t.scope_a = k.scope_a AND t.scope_b = k.scope_b AND t.year = k.year
            AND t.source_id = k.source_id AND t.n = 0;
    DELETE FROM figure_tally_years t USING (
            SELECT DISTINCT LEAST(g.ca, g.cb) AS lo, GREATEST(g.ca, g.cb) AS hi,
                   coalesce(g.year, -1) AS year
                FROM unnest(g_ca, g_cb, g_year, g_n) AS g(ca, cb, year, n) WHERE g.n < 0) k
        WHERE t.country_lo = k.lo AND t.country_hi = k.hi AND t.year = k.year AND t.n = 0;
    DELETE FROM figure_tally_divisions t USING (
            SELECT DISTINCT g.ca, g.cb, g.da, g.ra, g.db, g.rb
                FROM unnest(g_ca, g_cb, g_da, g_ra, g_db, g_rb, g_n)
                    AS g(ca, cb, da, ra, db, rb, n) WHERE g.n < 0) k
        WHERE t.country_a = k.ca AND t.country_b = k.cb AND t.division_a = k.da
            AND t.region_a = k.ra AND t.division_b = k.db AND t.region_b = k.rb AND t.n = 0;
END
$$;

-- Each function's statements are planned once for the session (force_generic_plan): planned
-- again for each call, as PostgreSQL does at first for statements with parameters, they cost a
-- one-row insert or update about half as much again (scripts/bench-tally-writes.sh).
--
-- Three statement-level triggers (one per event: PostgreSQL gives transition tables to a
-- trigger of one event only) count each statement's rows with one GROUP BY, so that a batch of
-- an import's rows, or a city moved with all its pairs by migration 5's triggers, costs one
-- upsert per count row rather than one per pair. (The first version's row trigger upserted
-- the same few count rows for every pair: inside one transaction each grew a chain of
-- thousands of row versions that every later upsert walked, and a 20,000-row import took 96 s
-- instead of 8.)
--
-- While the transaction-local setting sistercities.defer_tallies is 'on' (core/io/
-- DeferredTallies: an import), the insert trigger counts nothing and notes the new pairs' ids
-- in the session's temporary table figure_tally_deferred, made with the setting; they are
-- counted once at the end by sc_figure_tally_count_deferred(), just before the commit, so a
-- colleague's edit of a pair of the same countries does not wait on the count rows for the
-- whole import. The ids, not "ids past the largest before": another session's pairs committed
-- meanwhile take ids in that range too, and are counted by their own trigger. An update or
-- delete of a pair still waiting to be counted changes nothing in the tallies: it is counted
-- as it ends up, or not at all.
CREATE FUNCTION sc_pairings_tally_insert() RETURNS trigger
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    IF current_setting('sistercities.defer_tallies', true) = 'on' THEN
        INSERT INTO pg_temp.figure_tally_deferred (id) SELECT id FROM new_pairs;
        RETURN NULL;
    END IF;
    PERFORM sc_figure_tally_add(array_agg(g.ca), array_agg(g.cb), array_agg(g.da),
            array_agg(g.ra), array_agg(g.db), array_agg(g.rb), array_agg(g.year),
            array_agg(g.source_id), array_agg(g.n), array_agg(g.u))
        FROM (SELECT country_a AS ca, country_b AS cb, coalesce(division_a, '') AS da,
                     coalesce(region_a, '') AS ra, coalesce(division_b, '') AS db,
                     coalesce(region_b, '') AS rb, established_year AS year, source_id,
                     count(*)::integer AS n,
                     count(*) FILTER (WHERE verification = 'unverified')::integer AS u
                  FROM new_pairs WHERE country_a IS NOT NULL AND country_b IS NOT NULL
                  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) g
        HAVING count(*) > 0;
    RETURN NULL;
END
$$;

-- Old rows out, new rows in, grouped together: a row whose counted columns did not change
-- (a change of status, kind or note) nets to nothing and writes nothing. `skip`: the pairs
-- of a deferred insert not counted yet.
CREATE FUNCTION sc_pairings_tally_update() RETURNS trigger
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    skip BIGINT[] := '{}';
BEGIN
    IF current_setting('sistercities.defer_tallies', true) = 'on' THEN
        skip := ARRAY(SELECT d.id FROM pg_temp.figure_tally_deferred d
                          WHERE d.id IN (SELECT o.id FROM old_pairs o));
    END IF;
    PERFORM sc_figure_tally_add(array_agg(g.ca), array_agg(g.cb), array_agg(g.da),
            array_agg(g.ra), array_agg(g.db), array_agg(g.rb), array_agg(g.year),
            array_agg(g.source_id), array_agg(g.n), array_agg(g.u))
        FROM (SELECT r.country_a AS ca, r.country_b AS cb, coalesce(r.division_a, '') AS da,
                     coalesce(r.region_a, '') AS ra, coalesce(r.division_b, '') AS db,
                     coalesce(r.region_b, '') AS rb, r.established_year AS year, r.source_id,
                     sum(r.n)::integer AS n, sum(r.u)::integer AS u
                  FROM (SELECT o.id, o.country_a, o.country_b, o.division_a, o.region_a,
                               o.division_b, o.region_b, o.established_year, o.source_id,
                               -1 AS n, -(o.verification = 'unverified')::integer AS u
                            FROM old_pairs o
                        UNION ALL
                        SELECT w.id, w.country_a, w.country_b, w.division_a, w.region_a,
                               w.division_b, w.region_b, w.established_year, w.source_id, 1,
                               (w.verification = 'unverified')::integer
                            FROM new_pairs w) r
                  WHERE r.country_a IS NOT NULL AND r.country_b IS NOT NULL
                      AND r.id <> ALL (skip)
                  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
                  HAVING sum(r.n) <> 0 OR sum(r.u) <> 0) g
        HAVING count(*) > 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION sc_pairings_tally_delete() RETURNS trigger
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    skip BIGINT[] := '{}';
BEGIN
    IF current_setting('sistercities.defer_tallies', true) = 'on' THEN
        skip := ARRAY(SELECT d.id FROM pg_temp.figure_tally_deferred d
                          WHERE d.id IN (SELECT o.id FROM old_pairs o));
    END IF;
    PERFORM sc_figure_tally_add(array_agg(g.ca), array_agg(g.cb), array_agg(g.da),
            array_agg(g.ra), array_agg(g.db), array_agg(g.rb), array_agg(g.year),
            array_agg(g.source_id), array_agg(g.n), array_agg(g.u))
        FROM (SELECT country_a AS ca, country_b AS cb, coalesce(division_a, '') AS da,
                     coalesce(region_a, '') AS ra, coalesce(division_b, '') AS db,
                     coalesce(region_b, '') AS rb, established_year AS year, source_id,
                     -count(*)::integer AS n,
                     -count(*) FILTER (WHERE verification = 'unverified')::integer AS u
                  FROM old_pairs WHERE country_a IS NOT NULL AND country_b IS NOT NULL
                      AND id <> ALL (skip)
                  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) g
        HAVING count(*) > 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER pairings_tally_insert AFTER INSERT ON pairings
    REFERENCING NEW TABLE AS new_pairs
    FOR EACH STATEMENT EXECUTE FUNCTION sc_pairings_tally_insert();
CREATE TRIGGER pairings_tally_update AFTER UPDATE ON pairings
    REFERENCING OLD TABLE AS old_pairs NEW TABLE AS new_pairs
    FOR EACH STATEMENT EXECUTE FUNCTION sc_pairings_tally_update();
CREATE TRIGGER pairings_tally_delete AFTER DELETE ON pairings
    REFERENCING OLD TABLE AS old_pairs
    FOR EACH STATEMENT EXECUTE FUNCTION sc_pairings_tally_delete();

-- The pairs a deferred insert noted (above), counted as they are now; the caller then turns
-- the setting off and drops the table.
CREATE FUNCTION sc_figure_tally_count_deferred() RETURNS void
LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    PERFORM sc_figure_tally_add(array_agg(g.ca), array_agg(g.cb), array_agg(g.da),
            array_agg(g.ra), array_agg(g.db), array_agg(g.rb), array_agg(g.year),
            array_agg(g.source_id), array_agg(g.n), array_agg(g.u))
        FROM (SELECT p.country_a AS ca, p.country_b AS cb, coalesce(p.division_a, '') AS da,
                     coalesce(p.region_a, '') AS ra, coalesce(p.division_b, '') AS db,
                     coalesce(p.region_b, '') AS rb, p.established_year AS year, p.source_id,
                     count(*)::integer AS n,
                     count(*) FILTER (WHERE p.verification = 'unverified')::integer AS u
                  FROM pairings p JOIN pg_temp.figure_tally_deferred d ON d.id = p.id
                  WHERE p.country_a IS NOT NULL AND p.country_b IS NOT NULL
                  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) g
        HAVING count(*) > 0;
END
$$;

ANALYZE figure_tally_sources;
ANALYZE figure_tally_source_years;
ANALYZE figure_tally_years;
ANALYZE figure_tally_divisions;
