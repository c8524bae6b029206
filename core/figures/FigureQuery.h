#pragma once

#include "CustomFigure.h"
#include "FigureCatalog.h"
#include "FigureData.h"

namespace sc {

class Database;

// A figure's data from the open database: figures 1–8 and custom figures from the pairings
// register (aggregated by SQLite), figures 9–17 and the tension figure from the survey tables.
//
// How a user's filter combines with a catalog figure's own selection:
// - Each pairing figure has a home country (China) and, for figures 3, 4, 6, 7 and 8, a partner
//   (Japan or Korea). One --country X other than the home replaces the partner: figure 3 with
//   Korea shows China–Korea pairs per year, figure 5 with Japan is figure 6. For figure 1 (by
//   partner country) X replaces the home instead: Japan's pairs by partner country. Two
//   countries set home and partner: Japan–Korea.
// - Figures 2, 3 and 4 cover the report's years (to 2017; figure 3 from 1973, figure 4 from
//   1992). A year the user gives replaces the figure's own on that side; "undated only" drops
//   both (and leaves the year axes empty: undated pairs have no year).
// - Division, region, status, kind and search narrow every pairing figure as they are.
// - The title names the selection when the countries differ from the report's, and lists every
//   other narrowing. Published statistics are shown only for the report's own selection.
// - Survey figures ignore pairing filters (the report's tallies carry no pairing).
class FigureQuery final {
public:
    explicit FigureQuery(Database& database) : m_database(database) {}

    // Throws Error::Kind::NotFound for an unknown id, Invalid for a filter that cannot run.
    FigureData run(const QString& id, const PairingFilter& filter, Language language) const;
    FigureData run(const FigureSpec& spec, const PairingFilter& filter, Language language) const;
    FigureData run(const CustomFigure& figure, Language language) const;

    // The filter a pairing figure runs with: its own selection combined with the user's.
    static PairingFilter combine(const FigureSpec& spec, const PairingFilter& user);

private:
    Database& m_database;
};

} // namespace sc
