#include "SourceRepository.h"

#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace sc {

namespace {

const char* kColumns =
    "SELECT id, source_key, title, publisher, url, date_read, licence, row_version FROM sources";

Source sourceFrom(const QSqlQuery& query)
{
    Source s;
    s.id = query.value(0).toLongLong();
    s.key = query.value(1).toString();
    s.title = query.value(2).toString();
    s.publisher = query.value(3).toString();
    s.url = query.value(4).toString();
    s.dateRead = query.value(5).toString();
    s.licence = query.value(6).toString();
    s.rowVersion = query.value(7).toInt();
    return s;
}

} // namespace

qint64 SourceRepository::add(const Source& s)
{
    m_database.requireWritable();
    if (s.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("sc::SourceRepository", "a source needs a title"));
    QSqlQuery query = sql::run(
        m_database.connection(),
        QStringLiteral("INSERT INTO sources (source_key, title, publisher, url, date_read, "
                       "licence) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {sql::nullIfEmpty(s.key), s.title.trimmed(), sql::nullIfEmpty(s.publisher),
         sql::nullIfEmpty(s.url), sql::nullIfEmpty(s.dateRead), sql::nullIfEmpty(s.licence)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<Source> SourceRepository::get(qint64 id) const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return sourceFrom(query);
}

std::optional<Source> SourceRepository::findByKey(const QString& key) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QLatin1String(kColumns) + QStringLiteral(" WHERE source_key = ?"), {key});
    if (!query.next())
        return std::nullopt;
    return sourceFrom(query);
}

std::optional<qint64> SourceRepository::find(const QString& urlOrTitle) const
{
    const QVariant id = sql::scalar(
        m_database.connection(),
        QStringLiteral("SELECT id FROM sources WHERE url = ? OR title = ? ORDER BY id LIMIT 1"),
        {urlOrTitle.trimmed(), urlOrTitle.trimmed()});
    if (id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

QVector<Source> SourceRepository::all() const
{
    QSqlQuery query =
        sql::run(m_database.connection(), QLatin1String(kColumns) + QStringLiteral(" ORDER BY id"));
    QVector<Source> out;
    while (query.next())
        out << sourceFrom(query);
    return out;
}

} // namespace sc
