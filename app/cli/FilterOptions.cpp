#include "FilterOptions.h"

#include "CliContext.h"
#include "Error.h"
#include "ReferenceData.h"

namespace sc::cli {

void FilterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions(
        {m_country, m_division, m_region, m_from, m_to, m_undated, m_status, m_kind, m_search});
}

PairingFilter FilterOptions::read(const QCommandLineParser& parser, Database& database) const
{
    // The options become the filter's own key → value form, read where the GUI's settings are.
    QVariantMap map;
    map.insert(QStringLiteral("countries"), parser.values(m_country));
    map.insert(QStringLiteral("division"), parser.value(m_division));
    map.insert(QStringLiteral("region"), parser.value(m_region));
    if (parser.isSet(m_from))
        map.insert(QStringLiteral("fromYear"), parser.value(m_from));
    if (parser.isSet(m_to))
        map.insert(QStringLiteral("toYear"), parser.value(m_to));
    map.insert(QStringLiteral("undatedOnly"), parser.isSet(m_undated));
    map.insert(QStringLiteral("status"), parser.value(m_status));
    map.insert(QStringLiteral("kind"), parser.value(m_kind));
    map.insert(QStringLiteral("search"), parser.value(m_search));
    QString problem;
    PairingFilter filter =
        PairingFilter::fromMap(map, &problem,
                               {{QStringLiteral("fromYear"), QStringLiteral("--from")},
                                {QStringLiteral("toYear"), QStringLiteral("--to")}});
    if (!problem.isEmpty())
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
