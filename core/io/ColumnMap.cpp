#include "ColumnMap.h"

namespace sc {

QString ColumnMap::key(const QString& name)
{
    QString out = name.trimmed().toLower();
    out.replace(QLatin1Char(' '), QLatin1Char('_'));
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

ColumnMap ColumnMap::byHeader(const QStringList& header, const QStringList& fields,
                              const QStringList& ignored)
{
    ColumnMap map;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = key(header.at(i));
        if (fields.contains(name) && map.column(name) < 0)
            map.set(name, i);
        else if (ignored.contains(name))
            map.ignore(i);
    }
    return map;
}

void ColumnMap::set(const QString& field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
        return;
    }
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
    m_ignored.remove(column);
}

QVector<int> ColumnMap::unmatched(int count) const
{
    QSet<int> used(m_ignored);
    for (const int column : m_columns)
        used.insert(column);
    QVector<int> out;
    for (int i = 0; i < count; ++i)
        if (!used.contains(i))
            out << i;
    return out;
}

} // namespace sc
