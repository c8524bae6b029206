#pragma once

#include <QString>
#include <QStringList>

namespace sc::csv {

// One field as RFC 4180 writes it: quoted when it holds a comma, quote, CR or LF.
QString field(const QString& value, QChar delimiter = QLatin1Char(','));
// One record, without its line end. `spreadsheetSafe`: each field passed through defused().
QString record(const QStringList& values, QChar delimiter = QLatin1Char(','),
               bool spreadsheetSafe = false);

// A text that a spreadsheet would run as a formula (it starts with =, +, -, @, TAB or CR: the
// OWASP rule for CSV injection) gets a leading apostrophe, so that Excel and LibreOffice show it
// as text; so does a text starting with an apostrophe, so that undefused() can tell the two
// apart and every text comes back exactly.
QString defused(const QString& value);
// What defused() wrote, read back to the original text; any other text unchanged.
QString undefused(const QString& value);

} // namespace sc::csv
