#include "RecordSnapshot.h"

#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::RecordSnapshot", text);
}

} // namespace

QVector<RecordSnapshot::Row> RecordSnapshot::read(Database& database, const QString& table,
                                                  const QString& key, qint64 id)
{
    // Table and column names come from this file, never from the user.
    QSqlQuery query =
        sql::run(database.connection(),
                 QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, key), {id});
    QVector<Row> rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        Row row{table, {}, {}};
        for (int i = 0; i < record.count(); ++i) {
            row.columns << record.fieldName(i);
            row.values << record.value(i);
        }
        rows << row;
    }
    return rows;
}

RecordSnapshot RecordSnapshot::ofPairing(Database& database, qint64 id)
{
    RecordSnapshot snapshot;
    snapshot.m_table = QStringLiteral("pairings");
    snapshot.m_id = id;
    snapshot.m_rows = read(database, snapshot.m_table, QStringLiteral("id"), id);
    if (snapshot.m_rows.isEmpty())
        throw Error(Error::Kind::NotFound, tr("pairing %1 does not exist").arg(id));
    snapshot.m_rows +=
        read(database, QStringLiteral("pairing_sources"), QStringLiteral("pairing_id"), id);
    return snapshot;
}

RecordSnapshot RecordSnapshot::ofCity(Database& database, qint64 id)
{
    RecordSnapshot snapshot;
    snapshot.m_table = QStringLiteral("cities");
    snapshot.m_id = id;
    snapshot.m_rows = read(database, snapshot.m_table, QStringLiteral("id"), id);
    if (snapshot.m_rows.isEmpty())
        throw Error(Error::Kind::NotFound, tr("city %1 does not exist").arg(id));
    return snapshot;
}

int RecordSnapshot::rowVersion() const
{
    if (m_rows.isEmpty())
        return 0;
    const Row& row = m_rows.first();
    return row.values.value(int(row.columns.indexOf(QStringLiteral("row_version")))).toInt();
}

void RecordSnapshot::restore(Database& database) const
{
    database.requireWritable();
    const QSqlDatabase db = database.connection();
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(m_table), {m_id})
             .isNull())
        throw Error(Error::Kind::Conflict,
                    tr("the id %1 has been used by another record meanwhile; nothing was "
                       "restored")
                        .arg(m_id));
    if (m_table == QLatin1String("pairings")) {
        const Row& row = m_rows.first();
        const qint64 a =
            row.values.at(int(row.columns.indexOf(QStringLiteral("city_a")))).toLongLong();
        const qint64 b =
            row.values.at(int(row.columns.indexOf(QStringLiteral("city_b")))).toLongLong();
        if (const auto other = PairingRepository(database).findPair(a, b))
            throw Error(Error::Kind::Conflict,
                        tr("these two cities have been paired again meanwhile (pairing %1); "
                           "nothing was restored")
                            .arg(*other));
    }
    for (const Row& row : m_rows) {
        QStringList marks;
        for (int i = 0; i < row.columns.size(); ++i)
            marks << QStringLiteral("?");
        sql::run(db,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")),
                          marks.join(QStringLiteral(", "))),
                 row.values);
    }
}

} // namespace sc
