#include "CsvWriter.h"

namespace sc::csv {

namespace {

const QChar kApostrophe = QLatin1Char('\'');

bool formulaStart(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString field(const QString& value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString record(const QStringList& values, QChar delimiter, bool spreadsheetSafe)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString& value : values)
        fields << field(spreadsheetSafe ? defused(value) : value, delimiter);
    return fields.join(delimiter);
}

QString defused(const QString& value)
{
    if (formulaStart(value) || value.startsWith(kApostrophe))
        return kApostrophe + value;
    return value;
}

QString undefused(const QString& value)
{
    const QStringView rest = QStringView(value).mid(1);
    if (value.startsWith(kApostrophe) && (formulaStart(rest) || rest.startsWith(kApostrophe)))
        return rest.toString();
    return value;
}

} // namespace sc::csv
