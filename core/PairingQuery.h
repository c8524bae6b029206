#pragma once

#include "Language.h"
#include "PairingFilter.h"
#include "PairingRow.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

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
    // `matching` is the filter's count where the caller knows it (a table model always does):
    // with it a page costs about its own rows, not every match (see pageIds()), and a page
    // nearer the end than the start is read backwards from the end.
    QVector<PairingRow> rows(const PairingFilter& filter, Language language, int offset = 0,
                             int limit = -1, Sort sort = Sort::Id, bool descending = false,
                             int matching = -1) const;
    // The `limit` rows in id order (descending: the other way) that follow the row `afterId`:
    // the next page of a table sorted by id, found from where the last one ended (keyset
    // paging) however deep it is. `matching` as for rows().
    QVector<PairingRow> rowsAfter(const PairingFilter& filter, Language language, qint64 afterId,
                                  int limit, bool descending = false, int matching = -1) const;
    QVector<qint64> ids(const PairingFilter& filter) const;
    // Every matching row in id order, read one at a time: for output of any size in constant
    // memory.
    void forEachRow(const PairingFilter& filter, Language language,
                    const std::function<void(const PairingRow&)>& visit) const;

    // The SQL expression of a city's name in `language` with its fallbacks; alias is ca or cb.
    static QString nameExpression(const QString& alias, Language language);

private:
    QSqlQuery select(const PairingFilter& filter, Language language, int offset, int limit,
                     Sort sort, bool descending, int matching, bool reversed,
                     std::optional<qint64> afterId = std::nullopt) const;
    // The ORDER BY of `sort` (`reversed`: a page read from the end, every key the other way)
    // and where the page's ids are read from: pairings p and the joins the order needs; when
    // `dense`, a walk in the page's order that stops after the page.
    struct Order {
        QStringList keys; // each with its direction
        QString joins;
        QString from;
    };
    Order order(Sort sort, bool descending, Language language, const QString& dn, bool dense,
                bool reversed) const;
    static PairingRow rowFrom(const QSqlQuery& query);

    Database& m_database;
};

} // namespace sc
