-- Schema version 6: the pairings of a source found through an index. The sources listing
-- shows each source's number of pairings, and no index of schema 5 starts with source_id (the
-- covering indexes hold it ninth), so every row of that listing read every pairing: a page of
-- 256 sources at a million pairings took minutes, and the window lays out that tab's columns
-- from its first pages at start-up. Deleting a source checks its pairings through the same
-- index.
CREATE INDEX pairings_source ON pairings(source_id);

-- Statistics for the new index alone (the others keep theirs).
ANALYZE pairings_source;
