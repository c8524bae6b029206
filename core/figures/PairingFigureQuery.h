#pragma once

#include "CustomFigure.h"
#include "FigureCatalog.h"
#include "FigureData.h"

#include <QMap>

namespace sc {

class Database;

// Figures over the pairings register: counts grouped by SQLite over PairingFilterSql's FROM clause
// and condition, so that every filter means what it means in the pairings list.
class PairingFigureQuery final {
public:
    struct Plan {
        CustomFigure::Measure measure = CustomFigure::Measure::NewPerYear;
        PairingFilter filter; // countries: {home} or {home, partner}
        QString caption;      // empty: the selection's title
        QString filterDescription;
        QStringList publishedSubjects; // empty: none apply
        FigureSpec::PublishedKey publishedKey = FigureSpec::PublishedKey::SubjectKey;
        // PartnerCountry only. False: the partner countries are not counted (the link map
        // counts its own categories and keeps only the figure's sources and notes).
        bool categories = true;
    };

    explicit PairingFigureQuery(Database& database) : m_database(database) {}

    FigureData run(const Plan& plan, Language language) const;

private:
    // What the sources' pass counted besides the sources: every pair the figure counts (for
    // a year axis only the dated ones) and how many of them are known only from undated lists.
    struct Totals {
        int pairs = 0;
        int unverified = 0;
    };

    // `tallied`: the counts are read from schema 10's tallies (FigureTallies), which answer
    // the plan's filter; else from the pairs.
    // `everyYear`: a tallied year axis's pairs per year (-1: undated), read once (yearsOf);
    // null: the pairs are counted.
    void fillYears(FigureData& data, const Plan& plan, const QMap<int, int>* everyYear) const;
    void fillCountries(FigureData& data, const Plan& plan, bool tallied) const;
    void fillDivisions(FigureData& data, const Plan& plan, int matching, bool tallied) const;
    void fillRegions(FigureData& data, const Plan& plan, int matching, bool tallied) const;
    Totals addSources(FigureData& data, const Plan& plan, bool tallied,
                      const QMap<int, int>* everyYear) const;
    QMap<int, int> yearsOf(const Plan& plan) const;
    void addPublished(FigureData& data, const Plan& plan) const;
    int matching(const Plan& plan) const;

    Database& m_database;
};

} // namespace sc
