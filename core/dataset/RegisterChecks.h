#pragma once

#include "io/TsvTable.h"

#include <QSqlDatabase>

namespace sc {

// The register's promises that no single row can check, run by DatasetCompiler on the compiled
// tables before it commits: every pair cites a page with an address, no two pairings join the
// same two places (however the places are spelled), and every Chinese, Japanese and Korean city
// lies in its division -- unless unplaced.tsv names it with the reason no source places it.
// Each failure throws Error::Kind::Invalid naming the fact file, line and field.
class RegisterChecks final {
public:
    explicit RegisterChecks(const QSqlDatabase& db) : m_db(db) {}

    void requireSourceUrls(const TsvTable& pairings) const;
    void forbidDuplicatePlaces(const TsvTable& pairings, const TsvTable& cities) const;
    // `exceptions` is register/unplaced.tsv (city_key reason), or null when there is none.
    void requireDivisions(const TsvTable& cities, const TsvTable* exceptions) const;

    // A date of a pairing (`column` of `row`): valid, not after today, and for a pair with a
    // Chinese side not before 1973, the year of the report's first pair.
    static void requireDate(const TsvTable& table, const TsvTable::Row& row, const QString& column,
                            bool china);

    // The level suffix a name may be written with or without (苏州市 / 苏州, 강동구 / 강동).
    static QString withoutLevelSuffix(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace sc
