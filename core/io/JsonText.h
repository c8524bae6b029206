#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc::jsontext {

// A JSON object with its keys in the given order. QJsonObject sorts its keys; the exchange
// format lists them in the order of its columns, as CSV does, so that a reader sees the same.
QString object(const QStringList& keys, const QVector<QJsonValue>& values);
// Objects as a JSON array, one object a line.
QString array(const QStringList& objects);

} // namespace sc::jsontext
