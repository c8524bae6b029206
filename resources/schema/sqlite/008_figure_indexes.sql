-- Schema version 8 (after perf5's 007): the figures' data read in index order. Every pairing
-- figure lists its sources with their counts, and counts its categories per division or region
-- of the home city; the covering indexes of schema 5 (pairings_side_a/_b) hold the year third,
-- so SQLite had to sort every matching pair (a temporary B-tree of 800,000 rows for "China" at a
-- million pairings) for the sources and again for the divisions. With these, each disjoint
-- range of PairingBranches is already in the order of its GROUP BY: the sources are counted per
-- range as SQLite walks it (with the pairs' year and verification in the entry, so that the
-- same pass gives the figure's total and its unverified pairs), and the divisions and regions
-- per pair of countries and divisions, a few thousand groups summed afterwards.
-- docs/PERFORMANCE.md ("Figure data") has the numbers.
CREATE INDEX pairings_figure_source_a ON pairings(country_a, source_id, country_b,
    established_year, verification);
CREATE INDEX pairings_figure_source_b ON pairings(country_b, source_id, country_a,
    established_year, verification);
CREATE INDEX pairings_figure_division_a ON pairings(country_a, country_b, division_a,
    region_a, division_b, region_b);
CREATE INDEX pairings_figure_division_b ON pairings(country_b, country_a, division_b,
    region_b, division_a, region_a);

-- Statistics for the new indexes alone (the others keep theirs).
ANALYZE pairings_figure_source_a;
ANALYZE pairings_figure_source_b;
ANALYZE pairings_figure_division_a;
ANALYZE pairings_figure_division_b;
