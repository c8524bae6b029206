#pragma once

#include "../SqlDialect.h"
#include "FigureSource.h"

#include <QHash>
#include <QString>

#include <optional>

namespace sc {

class Database;

// Every source's title, URL and publisher, read in one statement and kept for one connection
// while its data is unchanged (SqlDialect::dataStamp). A figure's statement then returns only
// its sources' ids and counts: at a million pairings a figure lists about 5,000 sources, and
// Qt's driver handing over their texts on every call (UTF-16 conversion, a QVariant and a
// malloc per column) cost as much as the figure's own SQL. The texts are implicitly shared, so
// a FigureSource made from the catalogue copies no characters.
class SourceCatalog final {
public:
    // The catalogue of `database`'s connection as of now, read again when anything may have
    // changed since it was read; nullptr where the engine cannot tell (a server, or SQLite
    // inside a transaction): then the caller reads the texts with its own rows.
    static const SourceCatalog* current(Database& database);

    // The source `id` as a figure lists it with `count`; nothing when the register has no
    // source `id` (as a LEFT JOIN of sources gives NULL).
    std::optional<FigureSource> source(qint64 id, int count) const;
    int size() const { return int(m_texts.size()); }
    // How many times this connection's catalogue was read (for tests of its validity).
    int loads() const { return m_loads; }

private:
    struct Texts {
        QString title;
        QString url;
        QString publisher;
    };
    void load(Database& database);

    QHash<qint64, Texts> m_texts;
    std::optional<SqlDialect::DataStamp> m_stamp;
    int m_loads = 0;
};

} // namespace sc
