#include "CityImporter.h"

#include "BatchInserter.h"
#include "CityRecord.h"
#include "ImportRun.h"
#include "ImportSession.h"
#include "KeyHash.h"
#include "NewIds.h"

#include "../CityRepository.h"
#include "../Database.h"
#include "../Language.h"
#include "../NameKey.h"

#include <QCoreApplication>
#include <QHash>

namespace sc {

namespace {

class CityRows final : public ImportRows {
public:
    explicit CityRows(ImportSession& session)
        : m_session(session),
          m_newCities(session.database(), QStringLiteral("cities"),
                      QStringList{QStringLiteral("id")} + CityRepository::insertColumns(),
                      [&session](int line, const QString& reason) {
                          session.report().addProblem(line, QString(), reason);
                      }),
          m_newCityIds(session.database(), QStringLiteral("cities"))
    {
        // As PairingImporter's new cities: written in batches, each with an id reserved now.
    }

    void import(const CsvReader::Record& record) override;
    void finish() override { m_newCities.flush(); }

private:
    ImportSession& m_session;
    BatchInserter m_newCities;
    NewIds m_newCityIds;
    // Country, division, level and name key of each city added (keyHash) -> its line. The name
    // index holds the register's cities only: a city of the file is a duplicate of an earlier
    // row by exactly this key, and a million rows' keys as text would not fit in memory.
    QHash<KeyHash, int> m_rowLines;
};

void CityRows::import(const CsvReader::Record& record)
{
    ImportSession& session = m_session;
    const int line = record.line;
    ImportReport& report = session.report();
    const qsizetype before = report.problems.size();

    City city;
    const auto country = session.country(line, QStringLiteral("country"),
                                         session.value(record, QStringLiteral("country")));
    if (country) {
        city.country = *country;
        city.division = session
                            .division(line, QStringLiteral("division"),
                                      session.value(record, QStringLiteral("division")), *country)
                            .value_or(QString());
    }
    city.level = session.value(record, QStringLiteral("level")).toLower();
    if (city.level.isEmpty())
        city.level = QStringLiteral("other");
    if (!City::levels().contains(city.level))
        report.addProblem(
            line, QStringLiteral("level"),
            QCoreApplication::translate("sc::CityImporter", "\"%1\" is not a level: use %2")
                .arg(ImportReport::excerpt(city.level), City::levels().join(QLatin1String(", "))));
    city.names.native = session
                            .name(line, QStringLiteral("name_native"),
                                  session.value(record, QStringLiteral("name_native")))
                            .value_or(QStringLiteral("?"));
    if (city.names.native.isEmpty())
        report.addProblem(line, QStringLiteral("name_native"),
                          QCoreApplication::translate("sc::CityImporter", "missing native name"));
    for (const QString& code : language::codes()) {
        const QString column = QStringLiteral("name_") + code;
        city.names.in(*language::fromCode(code)) =
            session.name(line, column, session.value(record, column)).value_or(QString());
    }
    const QString sourceText = session.value(record, QStringLiteral("source"));
    session.checkText(line, QStringLiteral("source"), sourceText);
    if (report.problems.size() != before)
        return;

    // One city per country, division, level and native name: the register has prefecture-level
    // and county-level cities of one name in one province, but never two of one level.
    const QString native = namekey::normalize(city.names.native);
    const QString key = city.country + QLatin1Char('\x1f') + city.division + QLatin1Char('\x1f') +
                        city.level + QLatin1Char('\x1f') + native;
    const KeyHash hashed = keyHash(key);
    if (const auto it = m_rowLines.constFind(hashed); it != m_rowLines.constEnd()) {
        report.addProblem(
            line, QStringLiteral("name_native"),
            QCoreApplication::translate("sc::CityImporter", "the same city as line %1 of this file")
                .arg(*it));
        return;
    }
    for (const CityNameIndex::Entry& other :
         session.cities().find(city.names.native, city.country, city.division)) {
        if (other.division == city.division && other.level == city.level &&
            other.keys.value(0) == native) {
            report.addProblem(line, QStringLiteral("name_native"),
                              QCoreApplication::translate("sc::CityImporter",
                                                          "\"%1\" exists already in %2 (city %3)")
                                  .arg(ImportReport::excerpt(city.names.native),
                                       city.division.isEmpty() ? city.country : city.division)
                                  .arg(other.id));
            return;
        }
    }
    if (!sourceText.isEmpty())
        city.sourceId = session.source(line, QStringLiteral("source"), sourceText);
    // Every field was checked above as CityRepository::validate() checks it: the country and
    // the division resolved through the reference tables, each name through NameNormaliser.
    city.id = m_newCityIds.next();
    m_newCities.add(line, QVariantList{city.id} + CityRepository::insertValues(city));
    if (m_newCities.pending() >= BatchInserter::kRowsPerStatement)
        m_newCities.flush();
    m_rowLines.insert(hashed, line);
    ++report.added;
}

} // namespace

QStringList CityImporter::fields()
{
    return cityrecord::columns();
}

QStringList CityImporter::requiredFields()
{
    return {QStringLiteral("country"), QStringLiteral("name_native")};
}

ImportReport CityImporter::run(const CsvReader& csv, const ImportOptions& options,
                               const ImportProgress& progress)
{
    return run(csv, ColumnMap::byHeader(csv.header(), fields(), {QStringLiteral("id")}), options,
               progress);
}

ImportReport CityImporter::run(const CsvReader& csv, const ColumnMap& map,
                               const ImportOptions& options, const ImportProgress& progress)
{
    return ImportRun::run(
        m_database, csv, map, requiredFields(), options, progress, {QStringLiteral("cities")},
        [](ImportSession& session) { return std::make_unique<CityRows>(session); });
}

} // namespace sc
