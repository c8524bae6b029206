#include "GeneratedDatabase.h"

#include "TestBackend.h"

#include "CityRepository.h"
#include "PairingRepository.h"
#include "ReferenceData.h"
#include "SourceRepository.h"
#include "Transaction.h"

#include <QSet>

#include <random>

namespace testdata {

namespace {

struct DivisionSpec {
    const char* code;
    const char* country;
    const char* region;
    const char* en;
};

const DivisionSpec kDivisions[] = {
    {"CN-JS", "CN", "east", "Jiangsu"},  {"CN-SD", "CN", "east", "Shandong"},
    {"CN-HA", "CN", "central", "Henan"}, {"CN-HB", "CN", "central", "Hubei"},
    {"CN-SC", "CN", "west", "Sichuan"},  {"CN-YN", "CN", "west", "Yunnan"},
    {"JP-13", "JP", "", "Tokyo"},        {"JP-27", "JP", "", "Osaka"},
    {"KR-11", "KR", "", "Seoul"},        {"KR-26", "KR", "", "Busan"},
};

} // namespace

void addReferenceData(sc::Database& database)
{
    sc::ReferenceData reference(database);
    const QList<QStringList> countries = {
        {"CN", "中国", "中国", "중국", "China"},
        {"JP", "日本", "日本", "일본", "Japan"},
        {"KR", "韩国", "韓国", "대한민국", "South Korea"},
        {"US", "美国", "アメリカ合衆国", "미국", "United States"},
    };
    for (const QStringList& c : countries)
        reference.addCountry({c[0], {QString(), c[1], c[2], c[3], c[4]}, 0});
    for (const DivisionSpec& d : kDivisions) {
        const QString en = QString::fromLatin1(d.en);
        reference.addDivision({QString::fromLatin1(d.code),
                               QString::fromLatin1(d.country),
                               {QString(), en + QStringLiteral("-zh"), en + QStringLiteral("-ja"),
                                en + QStringLiteral("-ko"), en},
                               QString::fromLatin1(d.region),
                               0});
    }
}

GeneratedDatabase generate(const QString& path, int pairCount, unsigned seed)
{
    GeneratedDatabase out;
    out.database = testbackend::create(path);
    sc::Database& db = *out.database;
    std::mt19937 random(seed);
    auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };

    sc::Transaction transaction(db);
    addReferenceData(db);
    const qint64 source =
        sc::SourceRepository(db).add({0, {}, QStringLiteral("Generated"), {}, {}, {}, {}, 0});

    const QList<QPair<QString, int>> perCountry = {{QStringLiteral("CN"), 60},
                                                   {QStringLiteral("JP"), 40},
                                                   {QStringLiteral("KR"), 30},
                                                   {QStringLiteral("US"), 20}};
    sc::CityRepository cities(db);
    for (const auto& [country, count] : perCountry) {
        QVector<const DivisionSpec*> divisions;
        for (const DivisionSpec& d : kDivisions)
            if (country == QLatin1String(d.country))
                divisions << &d;
        for (int i = 0; i < count; ++i) {
            GenCity city;
            city.country = country;
            // One city in seven has no known division.
            if (!divisions.isEmpty() && pick(7) != 0) {
                const DivisionSpec* d = divisions.at(pick(int(divisions.size())));
                city.division = QString::fromLatin1(d->code);
                city.region = QString::fromLatin1(d->region);
            }
            city.nameEn = QStringLiteral("%1 Town %2").arg(country).arg(i);
            city.nameZh = QStringLiteral("%1镇%2号").arg(country).arg(i);
            city.nameJa = i % 3 ? QStringLiteral("%1町%2番").arg(country).arg(i) : QString();
            city.nameKo = QStringLiteral("%1마을%2").arg(country).arg(i);
            sc::City record;
            record.country = country;
            record.division = city.division;
            record.level = QStringLiteral("municipality");
            record.names = {city.nameEn, city.nameZh, city.nameJa, city.nameKo, city.nameEn};
            record.sourceId = source;
            city.id = cities.add(record);
            out.cities << city;
        }
    }

    const QStringList statuses{QStringLiteral("active"), QStringLiteral("dormant"),
                               QStringLiteral("ended")};
    const QStringList kinds{QStringLiteral("sister"), QStringLiteral("friendship"),
                            QStringLiteral("friendship-exchange")};
    sc::PairingRepository pairings(db);
    QSet<QPair<int, int>> used;
    while (out.pairs.size() < pairCount) {
        GenPair pair;
        pair.a = pick(int(out.cities.size()));
        pair.b = pick(int(out.cities.size()));
        if (pair.a == pair.b || used.contains({qMin(pair.a, pair.b), qMax(pair.a, pair.b)}))
            continue;
        used.insert({qMin(pair.a, pair.b), qMax(pair.a, pair.b)});
        if (pick(6) != 0) {
            pair.year = 1973 + pick(45);
            switch (pick(3)) {
            case 0:
                pair.established = QString::number(*pair.year);
                break;
            case 1:
                pair.established = QStringLiteral("%1-%2")
                                       .arg(*pair.year)
                                       .arg(1 + pick(12), 2, 10, QLatin1Char('0'));
                break;
            default:
                pair.established = QStringLiteral("%1-%2-%3")
                                       .arg(*pair.year)
                                       .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
                                       .arg(1 + pick(28), 2, 10, QLatin1Char('0'));
            }
        }
        pair.status = statuses.at(pick(5) == 0 ? 1 + pick(2) : 0);
        pair.kind = kinds.at(pick(3));
        sc::Pairing record;
        record.cityA = out.cities.at(pair.a).id;
        record.cityB = out.cities.at(pair.b).id;
        record.established = pair.established;
        record.status = pair.status;
        record.kind = pair.kind;
        record.sourceId = source;
        pair.id = pairings.add(record);
        out.pairs << pair;
    }
    transaction.commit();
    return out;
}

} // namespace testdata
