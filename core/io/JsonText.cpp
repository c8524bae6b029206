#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sc::jsontext {

namespace {

// One value as JSON text, escaped by Qt's own writer.
QString encode(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

QString object(const QStringList& keys, const QVector<QJsonValue>& values)
{
    QStringList members;
    for (int i = 0; i < keys.size() && i < values.size(); ++i)
        members << encode(keys.at(i)) + QStringLiteral(": ") + encode(values.at(i));
    return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString array(const QStringList& objects)
{
    if (objects.isEmpty())
        return QStringLiteral("[]\n");
    return QStringLiteral("[\n  ") + objects.join(QStringLiteral(",\n  ")) +
           QStringLiteral("\n]\n");
}

} // namespace sc::jsontext
