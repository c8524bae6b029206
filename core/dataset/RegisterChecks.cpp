#include "RegisterChecks.h"

#include "Error.h"
#include "EstablishedDate.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::RegisterChecks", text);
}

[[noreturn]] void fail(const TsvTable& table, const TsvTable::Row& row, const QString& column,
                       const QString& why)
{
    throw Error(Error::Kind::Invalid, table.where(row, column) + QStringLiteral(": ") + why);
}

// China's pairs date from the report's first pair, Tianjin–Kobe 1973.
constexpr int kFirstYear = 1973;

// Countries whose cities the register places in their divisions.
bool placedCountry(const QString& country)
{
    return country == QLatin1String("CN") || country == QLatin1String("JP") ||
           country == QLatin1String("KR");
}

} // namespace

void RegisterChecks::requireDate(const TsvTable& table, const TsvTable::Row& row,
                                 const QString& column, bool china)
{
    const QString text = table.value(row, column);
    if (const QString why = EstablishedDate::validate(text); !why.isEmpty())
        fail(table, row, column, why);
    const auto date = EstablishedDate::parse(text);
    // Japan–Korea pairs are older (1968) and are only held to today.
    if (china && date && date->year() < kFirstYear)
        fail(table, row, column, tr("%1 is before 1973, the year of the first pair").arg(text));
}

QString RegisterChecks::withoutLevelSuffix(const QString& name)
{
    static const QRegularExpression suffix(
        QStringLiteral("(特别行政区|自治州|市|区|県|县|省|시|군|구|도)$"));
    QString out = name;
    out.remove(suffix);
    return out;
}

void RegisterChecks::requireSourceUrls(const TsvTable& pairings) const
{
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT p.pairing_key FROM pairings p WHERE NOT EXISTS (SELECT 1 "
                             "FROM pairing_sources ps JOIN sources s ON s.id = ps.source_id "
                             "WHERE ps.pairing_id = p.id AND coalesce(s.url, '') <> '')"));
    QSet<QString> without;
    while (query.next())
        without.insert(query.value(0).toString());
    if (without.isEmpty())
        return;
    for (const auto& row : pairings.rows())
        if (without.contains(pairings.value(row, QStringLiteral("pairing_key"))))
            fail(pairings, row, QStringLiteral("source_key"),
                 tr("no source of this pairing has a URL"));
}

void RegisterChecks::forbidDuplicatePlaces(const TsvTable& pairings, const TsvTable& cities) const
{
    // A place's identity: country, division, parent and its name without the level suffix.
    QHash<QString, QString> identity;
    for (const auto& row : cities.rows()) {
        const QString country = cities.value(row, QStringLiteral("country"));
        const QString division = cities.value(row, QStringLiteral("division"));
        if (!placedCountry(country) || division.isEmpty())
            continue;
        identity.insert(
            cities.value(row, QStringLiteral("city_key")),
            QStringList{country, division, cities.value(row, QStringLiteral("parent_key")),
                        withoutLevelSuffix(cities.value(row, QStringLiteral("name_native")))}
                .join(QLatin1Char('\x1f')));
    }
    QHash<QString, QString> seen; // pair identity -> pairing key
    for (const auto& row : pairings.rows()) {
        const QString a = identity.value(pairings.value(row, QStringLiteral("city_a")));
        const QString b = identity.value(pairings.value(row, QStringLiteral("city_b")));
        if (a.isEmpty() || b.isEmpty())
            continue;
        const QString pair = a < b ? a + QLatin1Char('\x1e') + b : b + QLatin1Char('\x1e') + a;
        const QString key = pairings.value(row, QStringLiteral("pairing_key"));
        const auto it = seen.constFind(pair);
        if (it != seen.constEnd())
            fail(pairings, row, QStringLiteral("pairing_key"),
                 tr("joins the same two places as \"%1\", under other keys").arg(*it));
        seen.insert(pair, key);
    }
    // After a merger: a pair whose city was renamed into a successor, beside the successor's own
    // pair with the same partner, is the same pair twice.
    QHash<QString, QString> countryOf;
    for (const auto& row : cities.rows())
        countryOf.insert(cities.value(row, QStringLiteral("city_key")),
                         cities.value(row, QStringLiteral("country")));
    QHash<QString, QString> pairKey;
    auto unordered = [](const QString& x, const QString& y) {
        return x < y ? x + QLatin1Char('\x1e') + y : y + QLatin1Char('\x1e') + x;
    };
    for (const auto& row : pairings.rows())
        pairKey.insert(unordered(pairings.value(row, QStringLiteral("city_a")),
                                 pairings.value(row, QStringLiteral("city_b"))),
                       pairings.value(row, QStringLiteral("pairing_key")));
    for (const auto& row : pairings.rows()) {
        const QString successor = pairings.value(row, QStringLiteral("successor"));
        if (successor.isEmpty() ||
            pairings.value(row, QStringLiteral("end_reason")) != QLatin1String("renamed"))
            continue;
        const QString a = pairings.value(row, QStringLiteral("city_a"));
        const QString b = pairings.value(row, QStringLiteral("city_b"));
        const QString partner = countryOf.value(successor) == countryOf.value(b) ? a : b;
        const auto it = pairKey.constFind(unordered(partner, successor));
        if (it != pairKey.constEnd())
            fail(pairings, row, QStringLiteral("successor"),
                 tr("the same pair as \"%1\", before the merger").arg(*it));
    }
}

void RegisterChecks::requireDivisions(const TsvTable& cities, const TsvTable* exceptions) const
{
    QHash<QString, const TsvTable::Row*> excepted;
    if (exceptions) {
        for (const auto& row : exceptions->rows()) {
            if (exceptions->value(row, QStringLiteral("reason")).trimmed().isEmpty())
                fail(*exceptions, row, QStringLiteral("reason"),
                     tr("an unplaced city needs the reason no source places it"));
            excepted.insert(exceptions->value(row, QStringLiteral("city_key")), &row);
        }
    }
    QSet<QString> unplaced;
    for (const auto& row : cities.rows()) {
        const QString key = cities.value(row, QStringLiteral("city_key"));
        if (!placedCountry(cities.value(row, QStringLiteral("country"))) ||
            !cities.value(row, QStringLiteral("division")).isEmpty())
            continue;
        if (!excepted.contains(key))
            fail(cities, row, QStringLiteral("division"),
                 tr("a city of China, Japan or Korea needs its division (or a line in "
                    "unplaced.tsv saying why no source places it)"));
        unplaced.insert(key);
    }
    // A stale exception would let the next unplaced city of that key through unnoticed.
    for (auto it = excepted.cbegin(); it != excepted.cend(); ++it)
        if (!unplaced.contains(it.key()))
            fail(*exceptions, *it.value(), QStringLiteral("city_key"),
                 tr("\"%1\" is not an unplaced city of the register").arg(it.key()));
}

} // namespace sc
