#pragma once

#include <QString>
#include <QStringList>

namespace sc::csv {

// One field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF.
QString field(const QString& value, QChar delimiter = QLatin1Char(','));
// One record, without its line end.
QString record(const QStringList& values, QChar delimiter = QLatin1Char(','));

} // namespace sc::csv
