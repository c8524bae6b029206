#include "FilterOptions.h"

#include "CliContext.h"
#include "Error.h"
#include "ReferenceData.h"

namespace sc::cli {

namespace {

std::optional<int> year(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1000 || value > 9999)
        throw UsageError(QCoreApplication::translate("cli", "--%1 takes a year, not \"%2\"")
                             .arg(option.names().first(), parser.value(option)));
    return value;
}

} // namespace

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(
        {m_country, m_division, m_region, m_from, m_to, m_undated, m_status, m_kind, m_search});
}

PairingFilter FilterOptions::read(const QCommandLineParser& parser, Database& database) const
{
    PairingFilter filter;
    for (const QString& code : parser.values(m_country))
        filter.countries << code.trimmed().toUpper();
    filter.region = parser.value(m_region).trimmed().toLower();
    filter.fromYear = year(parser, m_from);
    filter.toYear = year(parser, m_to);
    filter.undatedOnly = parser.isSet(m_undated);
    filter.status = parser.value(m_status).trimmed().toLower();
    filter.kind = parser.value(m_kind).trimmed().toLower();
    filter.search = parser.value(m_search);
    if (const QString problem = filter.validate(); !problem.isEmpty())
        throw UsageError(problem);
    if (parser.isSet(m_division)) {
        try {
            filter.division = ReferenceData(database).resolveDivision(parser.value(m_division));
        } catch (const Error& error) {
            // An unknown or ambiguous name is the caller's mistake; a database that cannot be
            // read is not.
            if (error.kind() != Error::Kind::NotFound && error.kind() != Error::Kind::Invalid)
                throw;
            throw UsageError(QStringLiteral("--division: ") + error.message());
        }
    }
    return filter;
}

} // namespace sc::cli
