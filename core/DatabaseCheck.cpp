#include "DatabaseCheck.h"

#include "Database.h"
#include "NameNormaliser.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::DatabaseCheck", text);
}

const char* const kNameColumns[] = {"name_native", "name_zh", "name_ja", "name_ko", "name_en"};

} // namespace

QVector<DatabaseCheck::Finding> DatabaseCheck::run() const
{
    QVector<Finding> out = integrity();
    out << foreignKeys() << names() << duplicates();
    return out;
}

QVector<DatabaseCheck::Finding> DatabaseCheck::integrity() const
{
    QVector<Finding> out;
    QSqlDatabase db = m_database.connection();
    for (const QString& line : m_database.dialect().integrityProblems(db))
        out.push_back({QStringLiteral("integrity"), QString(), line});
    return out;
}

QVector<DatabaseCheck::Finding> DatabaseCheck::foreignKeys() const
{
    QVector<Finding> out;
    QSqlDatabase db = m_database.connection();
    for (const SqlDialect::Orphan& orphan : m_database.dialect().orphans(db))
        out.push_back({QStringLiteral("foreign keys"),
                       QStringLiteral("%1 %2").arg(orphan.table, orphan.row),
                       tr("refers to a row of %1 that does not exist").arg(orphan.parent)});
    return out;
}

QVector<DatabaseCheck::Finding> DatabaseCheck::names() const
{
    QVector<Finding> out;
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id, name_native, name_zh, name_ja, name_ko, "
                                              "name_en FROM cities ORDER BY id"));
    while (query.next()) {
        for (int column = 1; column <= 5; ++column) {
            const QString stored = query.value(column).toString();
            if (stored.isEmpty())
                continue;
            const QString where =
                QStringLiteral("cities %1 %2")
                    .arg(query.value(0).toString(), QLatin1String(kNameColumns[column - 1]));
            const NameNormaliser::Result name = NameNormaliser::normalise(stored);
            if (!name.ok())
                out.push_back({QStringLiteral("names"), where,
                               NameNormaliser::visible(stored) + QLatin1Char(' ') + name.problem});
            else if (name.name != stored)
                out.push_back({QStringLiteral("names"), where,
                               tr("%1 is not stored as normalised: %2")
                                   .arg(NameNormaliser::visible(stored),
                                        NameNormaliser::visible(name.name))});
        }
    }
    return out;
}

QVector<DatabaseCheck::Finding> DatabaseCheck::duplicates() const
{
    // The key folds width and case (NFKC), which SQL cannot: the cities are grouped here.
    QVector<Finding> out;
    QHash<QString, qint64> first;
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id, country, COALESCE(division, ''), level, "
                                              "name_native FROM cities ORDER BY id"));
    while (query.next()) {
        const QString key = QStringList{query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString(),
                                        NameNormaliser::matchKey(query.value(4).toString())}
                                .join(QLatin1Char('\x1f'));
        const qint64 id = query.value(0).toLongLong();
        if (const auto it = first.constFind(key); it != first.constEnd())
            out.push_back({QStringLiteral("duplicates"), QStringLiteral("cities %1").arg(id),
                           tr("%1 is the same city as city %2 (same country, division, level "
                              "and native name)")
                               .arg(NameNormaliser::visible(query.value(4).toString()))
                               .arg(*it)});
        else
            first.insert(key, id);
    }
    return out;
}

} // namespace sc
