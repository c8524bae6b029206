#pragma once

#include "PairingBranches.h"
#include "PairingFilter.h"

namespace sc {

class Database;

// The figures' counts kept ahead of time (schema 10, resources/schema/*/010_figure_tallies.sql):
// count tables kept true by triggers on pairings, read instead of the pairs themselves. A figure
// whose filter selects by countries only (none, one or two, as a figure's own selection does)
// and, on a year axis, by years, reads a few thousand tally rows where the pairs' indexes gave
// it every matching pair (800,000 for China at a million pairings). Any other filter (a
// division, region, status, kind, name or "undated only", or years off a year axis) is not in
// the tallies: PairingFigureQuery then counts the pairs as before.
//
// Each function returns the rows a PairingFigureQuery's outer query sums, in its shapes: (k, n)
// or, for the sources, (k, n, u). The tally tables are aliased `p`, and hold the columns of
// pairings that the figures' keys read (country_a/_b, division_a/_b, region_a/_b of
// figure_tally_divisions), so that a key written for pairings reads the tally unchanged.
class FigureTallies final {
public:
    static constexpr int kSince = 10;

    // Whether the file has the tallies and they answer `filter` (see above).
    static bool answer(Database& database, const PairingFilter& filter, bool yearAxis);

    explicit FigureTallies(Database& database) : m_database(database) {}

    // Per source: the pairs (on a year axis the dated ones within the filter's years), and the
    // unverified ones (0 on a year axis, where no figure shows them). A source's rows may sum
    // to 0 (a year axis counted as the dated pairs less those outside its years): the caller
    // leaves those out.
    // `yearAxis`: null for any other axis; on a year axis the dated pairs within and outside
    // the filter's years (from everyYear()), which choose how a bounded axis is read.
    struct YearSplit {
        qint64 within = 0;
        qint64 outside = 0;
    };
    PairingBranches::Sql sources(const PairingFilter& filter, const YearSplit* yearAxis) const;
    // Per year (k; -1 for the undated), every pair of the filter's countries whatever its year:
    // a year axis reads its years, its undated pairs and the split of sources() in one go.
    PairingBranches::Sql everyYear(const PairingFilter& filter) const;
    // Per partner country of `home` (k).
    PairingBranches::Sql partners(const PairingFilter& filter, const QString& home) const;
    // Per `key`, an expression over figure_tally_divisions p (a NULL division or region is ''
    // there, NULL in k).
    PairingBranches::Sql divisions(const PairingFilter& filter, const QString& key,
                                   const QVariantList& keyValues) const;
    // Per both sides' divisions (a, b; '' where unknown: a NULLIF here was evaluated again for
    // each use of a and b in the caller's grouping, a third of the link map's time) of the
    // pairs that also meet `extra`, a condition over figure_tally_divisions p.
    PairingBranches::Sql divisionPairs(const PairingFilter& filter, const QString& extra) const;

private:
    Database& m_database;
};

} // namespace sc
