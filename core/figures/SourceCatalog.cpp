#include "SourceCatalog.h"

#include "Database.h"
#include "SqlSupport.h"

namespace sc {

const SourceCatalog* SourceCatalog::current(Database& database)
{
    // Taken before the rows are read: a commit of another connection in between shows as a
    // change at the next call, and the catalogue is read again then.
    const std::optional<SqlDialect::DataStamp> now =
        database.dialect().dataStamp(database.connection());
    if (!now)
        return nullptr;
    SourceCatalog& catalog = database.connectionState<SourceCatalog>();
    if (catalog.m_stamp != now) {
        catalog.m_stamp.reset(); // not valid until read in full
        catalog.load(database);
        catalog.m_stamp = now;
    }
    return &catalog;
}

std::optional<FigureSource> SourceCatalog::source(qint64 id, int count) const
{
    const auto it = m_texts.constFind(id);
    if (it == m_texts.constEnd())
        return std::nullopt;
    return FigureSource{id, it->title, it->url, count, it->publisher};
}

void SourceCatalog::load(Database& database)
{
    m_texts.clear();
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT id, title, url, publisher FROM sources"), {},
                               sql::ForwardOnly);
    while (query.next())
        m_texts.insert(
            query.value(0).toLongLong(),
            Texts{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    ++m_loads;
}

} // namespace sc
