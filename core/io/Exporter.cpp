#include "Exporter.h"

#include "JsonText.h"

#include "CityRecord.h"
#include "CsvWriter.h"
#include "PairingRecord.h"

#include "../Database.h"
#include "../Error.h"
#include "../PairingFilterSql.h"
#include "../PairingQuery.h"
#include "../SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sc {

namespace {

QByteArray csvOf(const QStringList& columns, const QVector<QStringList>& rows)
{
    QString text = csv::record(columns, QLatin1Char(','), true) + QStringLiteral("\r\n");
    for (const QStringList& row : rows)
        text += csv::record(row, QLatin1Char(','), true) + QStringLiteral("\r\n");
    return text.toUtf8();
}

QByteArray jsonOf(const QStringList& columns, const QVector<QStringList>& rows)
{
    QStringList objects;
    for (const QStringList& row : rows) {
        QVector<QJsonValue> values;
        for (const QString& value : row)
            values << QJsonValue(value);
        objects << jsontext::object(columns, values);
    }
    return jsontext::array(objects).toUtf8();
}

} // namespace

QByteArray Exporter::pairings(const PairingFilter& filter, Language language, Format format,
                              int* count) const
{
    const QVector<PairingRow> rows = PairingQuery(m_database).rows(filter, language);
    if (count)
        *count = int(rows.size());
    if (format == Format::Json) {
        QStringList objects;
        for (const PairingRow& row : rows)
            objects << pairingrecord::jsonText(row);
        return jsontext::array(objects).toUtf8();
    }
    QVector<QStringList> fields;
    fields.reserve(rows.size());
    for (const PairingRow& row : rows)
        fields << pairingrecord::fields(row);
    return csvOf(pairingrecord::columns(), fields);
}

QByteArray Exporter::cities(const PairingFilter& filter, Format format, int* count) const
{
    QString text = QStringLiteral(
        "SELECT c.country, c.division, c.level, c.name_native, c.name_zh, c.name_ja, c.name_ko, "
        "c.name_en, COALESCE(NULLIF(s.url, ''), s.title) FROM cities c "
        "LEFT JOIN sources s ON s.id = c.source_id");
    QVariantList values;
    if (!filter.isEmpty()) {
        const PairingFilterSql::Condition condition =
            PairingFilterSql::condition(filter, &m_database.dialect());
        const QString selected =
            PairingFilterSql::fromClause() + QStringLiteral(" WHERE ") + condition.sql;
        text += QStringLiteral(" WHERE c.id IN (SELECT p.city_a") + selected +
                QStringLiteral(") OR c.id IN (SELECT p.city_b") + selected + QLatin1Char(')');
        values << condition.values << condition.values;
    }
    QSqlQuery query =
        sql::run(m_database.connection(), text + QStringLiteral(" ORDER BY c.id"), values);
    const QStringList columns = cityrecord::columns();
    QVector<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); ++i)
            row << query.value(i).toString();
        rows << row;
    }
    if (count)
        *count = int(rows.size());
    return format == Format::Json ? jsonOf(columns, rows) : csvOf(columns, rows);
}

void Exporter::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io,
                    QCoreApplication::translate("sc::Exporter", "cannot write %1: %2")
                        .arg(path, file.errorString()));
}

} // namespace sc
