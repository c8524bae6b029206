#pragma once

namespace sc {

// The browsable tables besides pairings. Cities can be as many as pairings; the others are
// small, but all are read the same way: counted, searched, sorted and paged by SQL.
enum class Listing { Cities, Divisions, Countries, Sources, Surveys };

} // namespace sc
