#include "PairingImporter.h"

#include "ImportSession.h"

#include "../CityRepository.h"
#include "../Database.h"
#include "../Error.h"
#include "../EstablishedDate.h"
#include "../NameKey.h"
#include "../PairingRepository.h"
#include "../Transaction.h"
#include "../model/Pairing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::RowImporter", text);
}

// How often the progress callback is asked whether to go on.
constexpr int kProgressEvery = 50;

// One side of a row: the city as named, and its id once found or created.
struct Side {
    QString prefix; // "a_" or "b_"
    QString country;
    QString division;
    QString name;
    qint64 city = 0;
    bool valid = false;
};

class RowImporter final {
public:
    RowImporter(ImportSession& session, const ImportOptions& options)
        : m_session(session), m_options(options), m_cities(session.database()),
          m_pairings(session.database())
    {
    }

    void import(const CsvReader::Record& record);

private:
    Side side(const CsvReader::Record& record, const QString& prefix);
    QVector<qint64> citiesNamed(const Side& side);
    bool findOrCreateCity(int line, Side& side, qint64 source);
    void problem(int line, const QString& column, const QString& reason)
    {
        m_session.report().addProblem(line, column, reason);
    }

    ImportSession& m_session;
    const ImportOptions& m_options;
    CityRepository m_cities;
    PairingRepository m_pairings;
    static QString cityKey(const Side& s)
    {
        return s.country + QLatin1Char('\x1f') + s.division + QLatin1Char('\x1f') +
               namekey::normalize(s.name);
    }

    QHash<QString, QVector<qint64>> m_cityIds;    // country, division, name key -> ids
    QSet<qint64> m_created;                       // cities this file created
    QHash<QPair<qint64, qint64>, int> m_rowLines; // pair added by this file -> its line
};

Side RowImporter::side(const CsvReader::Record& record, const QString& prefix)
{
    const int line = record.line;
    Side s;
    s.prefix = prefix;
    s.name = m_session.value(record, prefix + QStringLiteral("city"));
    const QString countryColumn = prefix + QStringLiteral("country");
    const QString divisionColumn = prefix + QStringLiteral("division");
    const auto country =
        m_session.country(line, countryColumn, m_session.value(record, countryColumn));
    bool valid = bool(country);
    if (country) {
        s.country = *country;
        const auto division = m_session.division(line, divisionColumn,
                                                 m_session.value(record, divisionColumn), *country);
        valid = valid && division;
        s.division = division.value_or(QString());
    }
    const auto name = m_session.name(line, prefix + QStringLiteral("city"), s.name);
    if (!name) {
        valid = false;
    } else if (name->isEmpty()) {
        problem(line, prefix + QStringLiteral("city"), tr("missing city name"));
        valid = false;
    }
    s.name = name.value_or(QString());
    s.valid = valid;
    return s;
}

QVector<qint64> RowImporter::citiesNamed(const Side& s)
{
    const QString key = cityKey(s);
    if (const auto it = m_cityIds.constFind(key); it != m_cityIds.constEnd())
        return *it;
    // findByName also matches a name without its suffix (天津 finds 天津市, Osaka finds Osaka
    // Prefecture). The closest tier that holds any city decides: the exact name in the same
    // division, then the exact name anywhere in the country, then the looser match. A city
    // this file created is found only by its exact name and division: that is all the file
    // said of it.
    const QString wanted = namekey::normalize(s.name);
    QVector<qint64> sameDivision, exact, loose;
    for (const CityNameIndex::Entry& city :
         m_session.cities().find(s.name, s.country, s.division)) {
        const bool equal = city.keys.contains(wanted);
        if (equal && city.division == s.division)
            sameDivision << city.id;
        if (equal && !m_created.contains(city.id))
            exact << city.id;
        if (!m_created.contains(city.id))
            loose << city.id;
    }
    const QVector<qint64> ids = !sameDivision.isEmpty() ? sameDivision
                                : !exact.isEmpty()      ? exact
                                                        : loose;
    m_cityIds.insert(key, ids);
    return ids;
}

bool RowImporter::findOrCreateCity(int line, Side& s, qint64 source)
{
    const QString column = s.prefix + QStringLiteral("city");
    const QString where = s.division.isEmpty() ? s.country : s.division;
    const QVector<qint64> ids = citiesNamed(s);
    if (ids.size() > 1) {
        problem(line, column,
                s.division.isEmpty() ? tr("\"%1\" names %2 cities in %3: give the division")
                                           .arg(ImportReport::excerpt(s.name))
                                           .arg(ids.size())
                                           .arg(where)
                                     : tr("\"%1\" names %2 cities in %3")
                                           .arg(ImportReport::excerpt(s.name))
                                           .arg(ids.size())
                                           .arg(where));
        return false;
    }
    if (ids.size() == 1) {
        s.city = ids.first();
        return true;
    }
    if (m_options.strict) {
        problem(line, column,
                tr("no city is called \"%1\" in %2 (strict: new cities are refused)")
                    .arg(ImportReport::excerpt(s.name), where));
        return false;
    }
    City city;
    city.country = s.country;
    city.division = s.division;
    city.names.native = s.name;
    city.sourceId = source;
    s.city = m_cities.add(city);
    city.id = s.city;
    m_session.cities().add(city);
    // A created city is found only by its exact name and division: only that key changes.
    m_created.insert(s.city);
    m_cityIds.insert(cityKey(s), {s.city});
    ++m_session.report().citiesCreated;
    m_session.report().addNotice(
        line, column, tr("new city \"%1\" in %2").arg(ImportReport::excerpt(s.name), where));
    return true;
}

void RowImporter::import(const CsvReader::Record& record)
{
    const int line = record.line;
    ImportReport& report = m_session.report();
    const qsizetype before = report.problems.size();

    Side a = side(record, QStringLiteral("a_"));
    Side b = side(record, QStringLiteral("b_"));

    const QString established = m_session.value(record, QStringLiteral("established"));
    if (const QString why = EstablishedDate::validate(established, m_options.today); !why.isEmpty())
        problem(line, QStringLiteral("established"), why);

    const QString statusText = m_session.value(record, QStringLiteral("status"));
    const QString status = statusText.isEmpty() ? QStringLiteral("active") : statusText.toLower();
    if (!Pairing::statuses().contains(status))
        problem(line, QStringLiteral("status"),
                tr("\"%1\" is not a status: use active, dormant or ended")
                    .arg(ImportReport::excerpt(statusText)));

    const QString kindText = m_session.value(record, QStringLiteral("kind"));
    const QString kind = kindText.toLower();
    if (!kind.isEmpty() && !Pairing::kinds().contains(kind))
        problem(line, QStringLiteral("kind"),
                tr("\"%1\" is not a kind: use sister, friendship or friendship-exchange")
                    .arg(ImportReport::excerpt(kindText)));

    const QString sourceText = m_session.value(record, QStringLiteral("source"));
    if (sourceText.isEmpty())
        problem(line, QStringLiteral("source"),
                tr("missing source: give the URL or title where the pairing was read"));
    else
        m_session.checkText(line, QStringLiteral("source"), sourceText);

    const QString note = m_session.value(record, QStringLiteral("note"));
    m_session.checkText(line, QStringLiteral("note"), note, true);

    if (report.problems.size() != before || !a.valid || !b.valid)
        return;

    const qint64 source = m_session.source(line, QStringLiteral("source"), sourceText);
    const bool foundA = findOrCreateCity(line, a, source);
    const bool foundB = findOrCreateCity(line, b, source);
    if (!foundA || !foundB)
        return;
    if (a.city == b.city) {
        problem(line, QStringLiteral("b_city"),
                tr("a city cannot be paired with itself (\"%1\" on both sides)")
                    .arg(ImportReport::excerpt(b.name)));
        return;
    }
    const QPair<qint64, qint64> pair(qMin(a.city, b.city), qMax(a.city, b.city));
    if (const auto it = m_rowLines.constFind(pair); it != m_rowLines.constEnd()) {
        problem(line, QStringLiteral("b_city"),
                tr("the same pair as line %1 of this file").arg(*it));
        return;
    }
    if (const auto existing = m_pairings.findPair(a.city, b.city)) {
        problem(line, QStringLiteral("b_city"),
                tr("these two cities are paired already (pairing %1)").arg(*existing));
        return;
    }

    Pairing pairing;
    pairing.cityA = a.city;
    pairing.cityB = b.city;
    pairing.established = established;
    pairing.status = status;
    pairing.kind = kind;
    pairing.note = note;
    pairing.sourceId = source;
    try {
        m_pairings.add(pairing);
    } catch (const Error& error) {
        if (error.kind() != Error::Kind::Invalid)
            throw;
        problem(line, QString(), error.message());
        return;
    }
    m_rowLines.insert(pair, line);
    ++report.added;
}

} // namespace

QStringList PairingImporter::fields()
{
    return {QStringLiteral("a_country"),   QStringLiteral("a_division"), QStringLiteral("a_city"),
            QStringLiteral("b_country"),   QStringLiteral("b_division"), QStringLiteral("b_city"),
            QStringLiteral("established"), QStringLiteral("status"),     QStringLiteral("kind"),
            QStringLiteral("source"),      QStringLiteral("note")};
}

QStringList PairingImporter::requiredFields()
{
    return {QStringLiteral("a_country"), QStringLiteral("a_city"), QStringLiteral("b_country"),
            QStringLiteral("b_city"), QStringLiteral("source")};
}

QStringList PairingImporter::ignoredColumns()
{
    return {QStringLiteral("id")};
}

ImportReport PairingImporter::run(const CsvReader& csv, const ImportOptions& options,
                                  const ImportProgress& progress)
{
    return run(csv, ColumnMap::byHeader(csv.header(), fields(), ignoredColumns()), options,
               progress);
}

ImportReport PairingImporter::run(const CsvReader& csv, const ColumnMap& map,
                                  const ImportOptions& options, const ImportProgress& progress)
{
    ImportReport report;
    ImportSession session(m_database, csv, map, report);
    if (!session.checkHeader(requiredFields())) {
        report.sort();
        return report;
    }
    // Everything, checks included, runs inside the transaction: what is checked is what is
    // written, even when another program writes in between.
    Transaction transaction(m_database);
    RowImporter rows(session, options);
    const int total = int(csv.records().size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, total)) {
            report.cancelled = true;
            report.sort();
            return report;
        }
        rows.import(csv.records().at(i));
    }
    if (progress)
        progress(total, total);
    report.sort();
    if (report.hasProblems() || options.dryRun)
        return report;
    transaction.commit();
    report.written = true;
    return report;
}

} // namespace sc
