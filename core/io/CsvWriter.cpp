#include "CsvWriter.h"

namespace sc::csv {

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

QString record(const QStringList& values, QChar delimiter)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString& value : values)
        fields << field(value, delimiter);
    return fields.join(delimiter);
}

} // namespace sc::csv
