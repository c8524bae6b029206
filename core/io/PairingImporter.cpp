#include "PairingImporter.h"

#include "BatchInserter.h"
#include "CreatedCities.h"
#include "ImportRun.h"
#include "ImportSession.h"
#include "NewIds.h"

#include "../CityRepository.h"
#include "../Database.h"
#include "../EstablishedDate.h"
#include "../NameKey.h"
#include "../PairingRepository.h"
#include "../model/Pairing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <limits>
#include <optional>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::RowImporter", text);
}

// A field of the file and the column it is read from, both looked up once rather than for
// every row.
struct Field {
    Field(const ImportSession& session, const QString& field)
        : name(field), column(session.column(field))
    {
    }
    QString name;
    int column;
};

// The fields of one side of a row.
struct SideColumns {
    SideColumns(const ImportSession& session, const QString& prefix)
        : country(session, prefix + QStringLiteral("country")),
          division(session, prefix + QStringLiteral("division")),
          city(session, prefix + QStringLiteral("city"))
    {
    }
    Field country;
    Field division;
    Field city;
};

// One side of a row: the city as named, and its id once found or created.
struct Side {
    const SideColumns* columns = nullptr;
    QString country;
    QString division;
    QString name;
    QString key; // namekey::normalize(name), computed once
    qint64 city = 0;
    bool valid = false;
    bool created = false; // the city is one this file created
};

// The pairs (smaller city id, larger) this file added -> the line of each, to name the line a
// repeated pair repeats. Two ids of under 32 bits are one 64-bit key: 16 bytes an entry where a
// pair of 64-bit ids took 24, which at a million rows is some ten megabytes.
class PairLines final {
public:
    using Pair = QPair<qint64, qint64>;
    std::optional<int> find(const Pair& pair) const
    {
        if (const auto packed = pack(pair)) {
            const auto it = m_packed.constFind(*packed);
            return it == m_packed.constEnd() ? std::nullopt : std::optional<int>(*it);
        }
        const auto it = m_large.constFind(pair);
        return it == m_large.constEnd() ? std::nullopt : std::optional<int>(*it);
    }
    void insert(const Pair& pair, int line)
    {
        if (const auto packed = pack(pair))
            m_packed.insert(*packed, line);
        else
            m_large.insert(pair, line);
    }

private:
    static std::optional<quint64> pack(const Pair& pair)
    {
        constexpr qint64 kMax = std::numeric_limits<quint32>::max();
        if (pair.first < 0 || pair.second < 0 || pair.first > kMax || pair.second > kMax)
            return std::nullopt;
        return (quint64(pair.first) << 32) | quint64(pair.second);
    }
    QHash<quint64, int> m_packed;
    QHash<Pair, int> m_large;
};

class RowImporter final : public ImportRows {
public:
    RowImporter(ImportSession& session, const ImportOptions& options)
        : m_session(session), m_options(options), m_pairings(session.database()),
          m_a(session, QStringLiteral("a_")), m_b(session, QStringLiteral("b_")),
          m_established(session, QStringLiteral("established")),
          m_status(session, QStringLiteral("status")), m_kind(session, QStringLiteral("kind")),
          m_source(session, QStringLiteral("source")), m_note(session, QStringLiteral("note")),
          m_newCity(tr("new city \"%1\" in %2")),
          m_newCities(session.database(), QStringLiteral("cities"),
                      QStringList{QStringLiteral("id")} + CityRepository::insertColumns(),
                      [this](int line, const QString& reason) { problem(line, {}, reason); }),
          m_newPairings(session.database(), QStringLiteral("pairings"),
                        PairingRepository::insertColumns(),
                        [this](int line, const QString& reason) { problem(line, {}, reason); }),
          m_newCityIds(session.database(), QStringLiteral("cities"))
    {
        // New cities are written in batches, after the rows that name them are checked: each
        // gets its id now (NewIds) and is written with it, inside the import's one transaction.
    }

    void import(const CsvReader::Record& record) override;
    void finish() override { write(); }

private:
    Side side(const CsvReader::Record& record, const SideColumns& columns);
    QVector<qint64> citiesNamed(Side& side);
    bool findOrCreateCity(int line, Side& side, qint64 source);
    // Writes the pending cities, then the pending pairings that name them.
    void write()
    {
        m_newCities.flush();
        m_newPairings.flush();
    }
    void problem(int line, const QString& column, const QString& reason)
    {
        m_session.report().addProblem(line, column, reason);
    }

    ImportSession& m_session;
    const ImportOptions& m_options;
    PairingRepository m_pairings;
    const SideColumns m_a;
    const SideColumns m_b;
    const Field m_established;
    const Field m_status;
    const Field m_kind;
    const Field m_source;
    const Field m_note;
    // Translated once: a file of new cities reports each of them.
    const QString m_newCity;
    static QString cityKey(const Side& s)
    {
        return s.country + QLatin1Char('\x1f') + s.division + QLatin1Char('\x1f') + s.key;
    }

    BatchInserter m_newCities;
    BatchInserter m_newPairings;
    NewIds m_newCityIds;
    // Country, division, name key -> the register's cities it finds (found ones only: a key
    // that finds none is a city this file creates, in m_created).
    QHash<QString, QVector<qint64>> m_cityIds;
    CreatedCities m_created; // cities this file created, by cityKey
    PairLines m_rowLines;    // pair added by this file -> its line
};

Side RowImporter::side(const CsvReader::Record& record, const SideColumns& columns)
{
    const int line = record.line;
    Side s;
    s.columns = &columns;
    s.name = ImportSession::valueAt(record, columns.city.column);
    const auto country = m_session.country(line, columns.country.name,
                                           ImportSession::valueAt(record, columns.country.column));
    bool valid = bool(country);
    if (country) {
        s.country = *country;
        const auto division =
            m_session.division(line, columns.division.name,
                               ImportSession::valueAt(record, columns.division.column), *country);
        valid = valid && division;
        s.division = division.value_or(QString());
    }
    const auto name = m_session.name(line, columns.city.name, s.name);
    if (!name) {
        valid = false;
    } else if (name->isEmpty()) {
        problem(line, columns.city.name, tr("missing city name"));
        valid = false;
    }
    s.name = name.value_or(QString());
    if (valid)
        s.key = namekey::normalize(s.name);
    s.valid = valid;
    return s;
}

QVector<qint64> RowImporter::citiesNamed(Side& s)
{
    const QString key = cityKey(s);
    // A city this file created is found only by its exact name and division: that is all the
    // file said of it. (The name index holds only the register's cities.)
    if (const auto created = m_created.find(key)) {
        s.created = true;
        return {*created};
    }
    if (const auto it = m_cityIds.constFind(key); it != m_cityIds.constEnd())
        return *it;
    // findByName also matches a name without its suffix (天津 finds 天津市, Osaka finds Osaka
    // Prefecture). The closest tier that holds any city decides: the exact name in the same
    // division, then the exact name anywhere in the country, then the looser match.
    const QString& wanted = s.key;
    QVector<qint64> sameDivision, exact, loose;
    for (const CityNameIndex::Entry& city :
         m_session.cities().findKey(s.key, s.country, s.division)) {
        const bool equal = city.keys.contains(wanted);
        if (equal && city.division == s.division)
            sameDivision << city.id;
        if (equal)
            exact << city.id;
        loose << city.id;
    }
    const QVector<qint64> ids = !sameDivision.isEmpty() ? sameDivision
                                : !exact.isEmpty()      ? exact
                                                        : loose;
    if (!ids.isEmpty())
        m_cityIds.insert(key, ids);
    return ids;
}

bool RowImporter::findOrCreateCity(int line, Side& s, qint64 source)
{
    const QString& column = s.columns->city.name;
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
    // Every field was checked as CityRepository::validate() checks it: the country and the
    // division resolved through the reference tables, the name through NameNormaliser.
    city.id = m_newCityIds.next();
    s.city = city.id;
    m_newCities.add(line, QVariantList{city.id} + CityRepository::insertValues(city));
    // A created city is found only by its exact name and division: only that key changes.
    m_created.add(cityKey(s), s.city);
    s.created = true;
    ++m_session.report().citiesCreated;
    m_session.report().addNotice(line, column, m_newCity.arg(ImportReport::excerpt(s.name), where));
    return true;
}

void RowImporter::import(const CsvReader::Record& record)
{
    const int line = record.line;
    ImportReport& report = m_session.report();
    const qsizetype before = report.problems.size();

    Side a = side(record, m_a);
    Side b = side(record, m_b);

    const QString established = ImportSession::valueAt(record, m_established.column);
    if (const QString why = EstablishedDate::validate(established, m_options.today); !why.isEmpty())
        problem(line, QStringLiteral("established"), why);

    const QString statusText = ImportSession::valueAt(record, m_status.column);
    const QString status = statusText.isEmpty() ? QStringLiteral("active") : statusText.toLower();
    if (!Pairing::statuses().contains(status))
        problem(line, QStringLiteral("status"),
                tr("\"%1\" is not a status: use active, dormant or ended")
                    .arg(ImportReport::excerpt(statusText)));

    const QString kindText = ImportSession::valueAt(record, m_kind.column);
    const QString kind = kindText.toLower();
    if (!kind.isEmpty() && !Pairing::kinds().contains(kind))
        problem(line, QStringLiteral("kind"),
                tr("\"%1\" is not a kind: use sister, friendship or friendship-exchange")
                    .arg(ImportReport::excerpt(kindText)));

    const QString sourceText = ImportSession::valueAt(record, m_source.column);
    if (sourceText.isEmpty())
        problem(line, QStringLiteral("source"),
                tr("missing source: give the URL or title where the pairing was read"));
    else
        m_session.checkText(line, QStringLiteral("source"), sourceText);

    const QString note = ImportSession::valueAt(record, m_note.column);
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
    if (const auto earlier = m_rowLines.find(pair)) {
        problem(line, QStringLiteral("b_city"),
                tr("the same pair as line %1 of this file").arg(*earlier));
        return;
    }
    // A city this file created has no pairing in the database but those of this file, which
    // m_rowLines holds: the lookup is needed only between two cities that were there before.
    const bool bothExisted = !a.created && !b.created;
    if (const auto existing = bothExisted ? m_pairings.findPair(a.city, b.city) : std::nullopt) {
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
    // Every field was checked above as PairingRepository::validate() checks it.
    m_newPairings.add(line, PairingRepository::insertValues(pairing));
    if (m_newPairings.pending() >= BatchInserter::kRowsPerStatement)
        write();
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
    return ImportRun::run(m_database, csv, map, requiredFields(), options, progress,
                          {QStringLiteral("pairings"), QStringLiteral("cities")},
                          [&options](ImportSession& session) {
                              return std::make_unique<RowImporter>(session, options);
                          });
}

} // namespace sc
