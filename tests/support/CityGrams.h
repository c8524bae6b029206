#pragma once

#include "Database.h"
#include "SqlSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QString>

// The rows city_grams (schema 11; 9 kept only those with a non-ASCII character) must hold,
// computed here from every city's search_text as the schema defines them, without SQL's help:
// each two neighbouring characters, and the last character alone, that do not start with a
// control character (the names' separator U+001F among them) or a space, ASCII letters lowered;
// once per city. Each entry is "gram|city id".
namespace testdata {

inline QSet<QString> gramsOf(qint64 city, const QString& searchText)
{
    QSet<QString> out;
    const QList<uint> text = searchText.toUcs4();
    const auto lowered = [](uint c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    };
    const auto piece = [](std::initializer_list<uint> codes) {
        QString s;
        for (const uint c : codes)
            s += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        return s;
    };
    const QString id = QString::number(city);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uint c = text.at(i);
        if (c <= 0x20)
            continue;
        if (i + 1 == text.size())
            out << piece({lowered(c)}) + '|' + id;
        else
            out << piece({lowered(c), lowered(text.at(i + 1))}) + '|' + id;
    }
    return out;
}

// What city_grams should hold for the cities as they are now.
inline QSet<QString> expectedGrams(sc::Database& db)
{
    QSet<QString> out;
    QSqlQuery cities = sc::sql::run(db.connection(), QStringLiteral("SELECT id, search_text FROM "
                                                                    "cities"));
    while (cities.next())
        out.unite(gramsOf(cities.value(0).toLongLong(), cities.value(1).toString()));
    return out;
}

// What city_grams holds.
inline QSet<QString> storedGrams(sc::Database& db)
{
    QSet<QString> out;
    QSqlQuery rows =
        sc::sql::run(db.connection(), QStringLiteral("SELECT gram, city_id FROM city_grams"));
    while (rows.next())
        out << rows.value(0).toString() + '|' + rows.value(1).toString();
    return out;
}

} // namespace testdata
