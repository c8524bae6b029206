#pragma once

#include "Language.h"
#include "PairingFilter.h"
#include "PairingRow.h"

#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <functional>

namespace sc {

class Database;

// Pairings matching a filter, counted and listed by SQLite: nothing is filtered in Qt loops.
class PairingQuery final {
public:
    enum class Sort {
        Id,
        CityA,
        CountryA,
        DivisionA,
        CityB,
        CountryB,
        DivisionB,
        Established,
        Status,
        Kind,
        Source
    };

    explicit PairingQuery(Database& database) : m_database(database) {}

    int count(const PairingFilter& filter) const;
    int total() const { return count({}); }
    // Rows in the given order; `limit` < 0 means all. Ties are broken by id, so pages are stable.
    QVector<PairingRow> rows(const PairingFilter& filter, Language language, int offset = 0,
                             int limit = -1, Sort sort = Sort::Id, bool descending = false) const;
    QVector<qint64> ids(const PairingFilter& filter) const;
    // Every matching row in id order, read one at a time: for output of any size in constant
    // memory.
    void forEachRow(const PairingFilter& filter, Language language,
                    const std::function<void(const PairingRow&)>& visit) const;

    // The SQL expression of a city's name in `language` with its fallbacks; alias is ca or cb.
    static QString nameExpression(const QString& alias, Language language);

private:
    QSqlQuery select(const PairingFilter& filter, Language language, int offset, int limit,
                     Sort sort, bool descending) const;
    static PairingRow rowFrom(const QSqlQuery& query);

    Database& m_database;
};

} // namespace sc
