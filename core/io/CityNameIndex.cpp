#include "CityNameIndex.h"

#include "../Database.h"
#include "../NameKey.h"
#include "../SqlSupport.h"

#include <QSqlQuery>

namespace sc {

namespace {

QString keyOf(const QString& country, const QString& key)
{
    return country + QLatin1Char('\x1f') + key;
}

} // namespace

CityNameIndex::CityNameIndex(Database& database)
{
    QSqlQuery query = sql::run(database.connection(),
                               QStringLiteral("SELECT id, country, COALESCE(division, ''), level, "
                                              "name_native, name_zh, name_ja, name_ko, name_en "
                                              "FROM cities ORDER BY id"));
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.division = query.value(2).toString();
        entry.level = query.value(3).toString();
        QStringList names;
        for (int column = 4; column <= 8; ++column)
            names << query.value(column).toString();
        insert(query.value(1).toString(), entry, names);
    }
}

void CityNameIndex::insert(const QString& country, Entry entry, const QStringList& names)
{
    QStringList variants;
    for (const QString& name : names) {
        if (name.trimmed().isEmpty())
            continue;
        // variants() starts with the name's key: one normalisation serves both.
        const QStringList nameVariants = namekey::variants(name);
        entry.keys << nameVariants.value(0);
        for (const QString& variant : nameVariants)
            if (!variants.contains(variant))
                variants << variant;
    }
    const int index = int(m_entries.size());
    m_entries.push_back(entry);
    for (const QString& variant : variants)
        m_byKey[keyOf(country, variant)].push_back(index);
}

QVector<CityNameIndex::Entry> CityNameIndex::find(const QString& name, const QString& country,
                                                  const QString& division) const
{
    return findKey(namekey::normalize(name), country, division);
}

QVector<CityNameIndex::Entry> CityNameIndex::findKey(const QString& key, const QString& country,
                                                     const QString& division) const
{
    QVector<Entry> out;
    const auto it = m_byKey.constFind(keyOf(country.toUpper(), key));
    if (it == m_byKey.constEnd())
        return out;
    for (const int index : *it) {
        const Entry& entry = m_entries.at(index);
        if (division.isEmpty() || entry.division == division.toUpper())
            out << entry;
    }
    return out;
}

} // namespace sc
