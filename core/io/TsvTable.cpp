#include "TsvTable.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sc {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sc::TsvTable", text);
}
} // namespace

TsvTable TsvTable::read(const QString& path, const QStringList& columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        throw Error(Error::Kind::Invalid, tr("%1: is not valid UTF-8").arg(path));

    TsvTable table;
    table.m_path = path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().split(QLatin1Char('\t')) != columns)
        throw Error(
            Error::Kind::Invalid,
            tr("%1:1: the header must be \"%2\"").arg(path, columns.join(QLatin1String(" "))));
    for (int i = 0; i < columns.size(); ++i)
        table.m_index.insert(columns.at(i), i);
    for (int i = 1; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != columns.size())
            throw Error(Error::Kind::Invalid, tr("%1:%2: %3 fields where the header has %4")
                                                  .arg(path)
                                                  .arg(i + 1)
                                                  .arg(fields.size())
                                                  .arg(columns.size()));
        table.m_rows.push_back({i + 1, fields});
    }
    return table;
}

QString TsvTable::where(const Row& row, const QString& column) const
{
    return QStringLiteral("%1:%2: %3").arg(QFileInfo(m_path).fileName()).arg(row.line).arg(column);
}

} // namespace sc
