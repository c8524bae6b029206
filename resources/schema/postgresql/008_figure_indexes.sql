-- Schema version 8 on PostgreSQL: the twin of sqlite/008_figure_indexes.sql (after perf5's
-- 007). Each figure counts its sources and its divisions or regions within the disjoint ranges
-- of PairingBranches; these indexes hold each range in the order of its GROUP BY, with the
-- columns the figures read, so that an index-only scan can serve them.
CREATE INDEX pairings_figure_source_a ON pairings (country_a, source_id, country_b,
    established_year, verification);
CREATE INDEX pairings_figure_source_b ON pairings (country_b, source_id, country_a,
    established_year, verification);
CREATE INDEX pairings_figure_division_a ON pairings (country_a, country_b, division_a,
    region_a, division_b, region_b);
CREATE INDEX pairings_figure_division_b ON pairings (country_b, country_a, division_b,
    region_b, division_a, region_a);

ANALYZE pairings;
