#include "LargeDatabase.h"

#include "Database.h"
#include "NameKey.h"
#include "ReferenceData.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "support/GeneratedDatabase.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <random>

namespace bench {

void ensureLargeDatabase(const QString& path, int cities, int pairings)
{
    if (QFileInfo::exists(path))
        return;
    auto db = sc::Database::create(path);
    sc::Transaction transaction(*db);
    testdata::addReferenceData(*db);
    const QSqlDatabase connection = db->connection();
    sc::sql::run(connection, "INSERT INTO sources (id, title) VALUES (1, 'Benchmark')");

    const QStringList countries{"CN", "JP", "KR", "US"};
    const QStringList divisions{"CN-JS", "CN-SD", "CN-HA", "CN-HB", "CN-SC", "CN-YN"};
    std::mt19937 random(42);
    QSqlQuery city(connection);
    city.prepare(
        "INSERT INTO cities (id, country, division, level, name_native, name_en, "
        "name_zh, search_text, source_id) VALUES (?, ?, ?, 'municipality', ?, ?, ?, ?, 1)");
    for (int i = 1; i <= cities; ++i) {
        const QString country = countries.at(i % countries.size());
        const QString en = QStringLiteral("Bench City %1").arg(i);
        const QString zh = QStringLiteral("测试市%1").arg(i);
        city.addBindValue(i);
        city.addBindValue(country);
        city.addBindValue(country == QLatin1String("CN") ? QVariant(divisions.at(random() % 6))
                                                         : QVariant());
        city.addBindValue(en);
        city.addBindValue(en);
        city.addBindValue(zh);
        city.addBindValue(sc::namekey::searchText({en, zh}));
        city.exec();
    }
    QSqlQuery pair(connection);
    pair.prepare("INSERT INTO pairings (city_a, city_b, established, established_year, precision, "
                 "status, kind, source_id) VALUES (?, ?, ?, ?, ?, 'active', 'friendship', 1)");
    QSet<qint64> used;
    int written = 0;
    while (written < pairings) {
        const qint64 a = 1 + random() % cities;
        const qint64 b = 1 + random() % cities;
        const qint64 key = qMin(a, b) * (cities + 1) + qMax(a, b);
        if (a == b || used.contains(key))
            continue;
        used.insert(key);
        const bool dated = random() % 5 != 0;
        const int year = 1973 + int(random() % 45);
        pair.addBindValue(a);
        pair.addBindValue(b);
        pair.addBindValue(dated ? QVariant(QString::number(year)) : QVariant());
        pair.addBindValue(dated ? QVariant(year) : QVariant());
        pair.addBindValue(dated ? QVariant(QStringLiteral("year")) : QVariant());
        pair.exec();
        ++written;
    }
    transaction.commit();
}

} // namespace bench
