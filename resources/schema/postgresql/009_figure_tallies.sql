-- Schema version 9 on PostgreSQL: the twin of sqlite/009_figure_tallies.sql (which says what
-- each tally counts and why). The same four count tables, filled from the rows, and one row
-- trigger that keeps them true whoever writes: it runs after migration 5's BEFORE trigger has
-- derived the row's countries, divisions and regions, so it sees the row as stored.
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

-- One pair counted in (delta 1) or out (delta -1) of every tally it belongs to; a count fallen
-- to zero is deleted. A pair within one country counts once in its country's scope.
CREATE FUNCTION sc_pairings_tally_change(p_ca TEXT, p_cb TEXT, p_da TEXT, p_ra TEXT,
    p_db TEXT, p_rb TEXT, p_year INTEGER, p_source BIGINT, p_verification TEXT,
    p_delta INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_u INTEGER := CASE WHEN p_verification = 'unverified' THEN p_delta ELSE 0 END;
    v_d INTEGER := CASE WHEN p_year IS NOT NULL THEN p_delta ELSE 0 END;
    v_lo TEXT := LEAST(p_ca, p_cb);
    v_hi TEXT := GREATEST(p_ca, p_cb);
    v_scopes TEXT[][] := ARRAY[[p_ca, ''], [v_lo, v_hi], ['', '']];
    v_scope TEXT[];
BEGIN
    IF p_ca IS NULL OR p_cb IS NULL THEN
        RETURN;
    END IF;
    IF p_cb <> p_ca THEN
        v_scopes := v_scopes || ARRAY[[p_cb, '']];
    END IF;
    FOREACH v_scope SLICE 1 IN ARRAY v_scopes LOOP
        INSERT INTO figure_tally_sources AS t (scope_a, scope_b, source_id, n, u, d)
            VALUES (v_scope[1], v_scope[2], p_source, p_delta, v_u, v_d)
            ON CONFLICT (scope_a, scope_b, source_id)
            DO UPDATE SET n = t.n + excluded.n, u = t.u + excluded.u, d = t.d + excluded.d;
        IF p_year IS NOT NULL AND v_scope[1] <> '' THEN
            INSERT INTO figure_tally_source_years AS t (scope_a, scope_b, year, source_id, n)
                VALUES (v_scope[1], v_scope[2], p_year, p_source, p_delta)
                ON CONFLICT (scope_a, scope_b, year, source_id)
                DO UPDATE SET n = t.n + excluded.n;
        END IF;
        IF p_delta < 0 THEN
            DELETE FROM figure_tally_sources WHERE scope_a = v_scope[1]
                AND scope_b = v_scope[2] AND source_id = p_source AND n = 0;
            DELETE FROM figure_tally_source_years WHERE scope_a = v_scope[1]
                AND scope_b = v_scope[2] AND year = p_year AND source_id = p_source AND n = 0;
        END IF;
    END LOOP;
    INSERT INTO figure_tally_years AS t (country_lo, country_hi, year, n)
        VALUES (v_lo, v_hi, coalesce(p_year, -1), p_delta)
        ON CONFLICT (country_lo, country_hi, year) DO UPDATE SET n = t.n + excluded.n;
    INSERT INTO figure_tally_divisions AS t (country_a, country_b, division_a, region_a,
                                             division_b, region_b, n)
        VALUES (p_ca, p_cb, coalesce(p_da, ''), coalesce(p_ra, ''), coalesce(p_db, ''),
                coalesce(p_rb, ''), p_delta)
        ON CONFLICT (country_a, country_b, division_a, region_a, division_b, region_b)
        DO UPDATE SET n = t.n + excluded.n;
    IF p_delta < 0 THEN
        DELETE FROM figure_tally_years WHERE country_lo = v_lo AND country_hi = v_hi
            AND year = coalesce(p_year, -1) AND n = 0;
        DELETE FROM figure_tally_divisions WHERE country_a = p_ca AND country_b = p_cb
            AND division_a = coalesce(p_da, '') AND region_a = coalesce(p_ra, '')
            AND division_b = coalesce(p_db, '') AND region_b = coalesce(p_rb, '') AND n = 0;
    END IF;
END
$$;

-- An update that leaves every column the tallies read as it was changes nothing.
CREATE FUNCTION sc_pairings_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.country_a, OLD.country_b, OLD.division_a, OLD.division_b,
            OLD.region_a, OLD.region_b, OLD.established_year, OLD.source_id, OLD.verification)
            IS NOT DISTINCT FROM (NEW.country_a, NEW.country_b, NEW.division_a, NEW.division_b,
            NEW.region_a, NEW.region_b, NEW.established_year, NEW.source_id, NEW.verification)
    THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM sc_pairings_tally_change(OLD.country_a, OLD.country_b, OLD.division_a,
            OLD.region_a, OLD.division_b, OLD.region_b, OLD.established_year, OLD.source_id,
            OLD.verification, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM sc_pairings_tally_change(NEW.country_a, NEW.country_b, NEW.division_a,
            NEW.region_a, NEW.division_b, NEW.region_b, NEW.established_year, NEW.source_id,
            NEW.verification, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER pairings_tally AFTER INSERT OR UPDATE OR DELETE ON pairings
    FOR EACH ROW EXECUTE FUNCTION sc_pairings_tally();

ANALYZE figure_tally_sources;
ANALYZE figure_tally_source_years;
ANALYZE figure_tally_years;
ANALYZE figure_tally_divisions;
