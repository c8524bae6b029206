#include "StoredNames.h"

#include "CityDisplayName.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

namespace testdata {

namespace {

QStringList rows(sc::Database& database, const QString& from)
{
    QSqlQuery query = sc::sql::run(
        database.connection(),
        QStringLiteral("SELECT id, name, source, country FROM %1 t ORDER BY id").arg(from));
    QStringList out;
    while (query.next())
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString());
    return out;
}

} // namespace

int expectStoredNamesTrue(sc::Database& database)
{
    EXPECT_EQ(sc::sql::scalar(database.connection(),
                              QStringLiteral("SELECT count(*) FROM city_display_stale"))
                  .toInt(),
              0);
    int cities = -1;
    for (sc::Language language :
         {sc::Language::Zh, sc::Language::Ja, sc::Language::Ko, sc::Language::En}) {
        const QStringList stored = rows(database, sc::CityDisplayName::storedTable(language));
        const QStringList computed = rows(
            database, QLatin1Char('(') + sc::CityDisplayName::select(database.dialect(), language) +
                          QLatin1Char(')'));
        EXPECT_EQ(stored.size(), computed.size()) << sc::language::code(language).toStdString();
        // The first difference names the city, rather than two lists of thousands.
        for (int i = 0; i < std::min(stored.size(), computed.size()); ++i)
            if (stored.at(i) != computed.at(i)) {
                ADD_FAILURE() << sc::language::code(language).toStdString() << ": stored "
                              << stored.at(i).toStdString() << ", computed "
                              << computed.at(i).toStdString();
                break;
            }
        cities = int(computed.size());
    }
    return cities;
}

} // namespace testdata
