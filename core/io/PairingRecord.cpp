#include "PairingRecord.h"

#include "JsonText.h"

namespace sc::pairingrecord {

QStringList columns()
{
    return {QStringLiteral("id"),     QStringLiteral("a_country"),   QStringLiteral("a_division"),
            QStringLiteral("a_city"), QStringLiteral("b_country"),   QStringLiteral("b_division"),
            QStringLiteral("b_city"), QStringLiteral("established"), QStringLiteral("status"),
            QStringLiteral("kind"),   QStringLiteral("source"),      QStringLiteral("note")};
}

QStringList fields(const PairingRow& row)
{
    return {QString::number(row.id),
            row.a.country,
            row.a.division,
            row.a.name,
            row.b.country,
            row.b.division,
            row.b.name,
            row.established,
            row.status,
            row.kind,
            row.sourceUrl.isEmpty() ? row.sourceTitle : row.sourceUrl,
            row.note};
}

QJsonObject json(const PairingRow& row)
{
    QJsonObject object;
    const QStringList names = columns();
    const QStringList values = fields(row);
    for (int i = 0; i < names.size(); ++i)
        object.insert(names.at(i), values.at(i));
    object.insert(QStringLiteral("id"), row.id);
    return object;
}

QString jsonText(const PairingRow& row)
{
    const QStringList values = fields(row);
    QVector<QJsonValue> json{QJsonValue(row.id)};
    for (int i = 1; i < values.size(); ++i)
        json << QJsonValue(values.at(i));
    return jsontext::object(columns(), json);
}

} // namespace sc::pairingrecord
