#include "CityImporter.h"

#include "CityRecord.h"
#include "ImportSession.h"

#include "../CityRepository.h"
#include "../Error.h"
#include "../Language.h"
#include "../NameKey.h"
#include "../Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace sc {

namespace {

constexpr int kProgressEvery = 50;

void importRow(ImportSession& session, CityRepository& cities, QHash<QString, int>& rowLines,
               const CsvReader::Record& record)
{
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
    if (const auto it = rowLines.constFind(key); it != rowLines.constEnd()) {
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
    try {
        city.id = cities.add(city);
        session.cities().add(city);
    } catch (const Error& error) {
        if (error.kind() != Error::Kind::Invalid)
            throw;
        report.addProblem(line, QString(), error.message());
        return;
    }
    rowLines.insert(key, line);
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
    ImportReport report;
    ImportSession session(m_database, csv, map, report);
    if (!session.checkHeader(requiredFields())) {
        report.sort();
        return report;
    }
    Transaction transaction(m_database);
    CityRepository cities(m_database);
    QHash<QString, int> rowLines;
    const int total = int(csv.records().size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && !progress(i, total)) {
            report.cancelled = true;
            report.sort();
            return report;
        }
        importRow(session, cities, rowLines, csv.records().at(i));
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
