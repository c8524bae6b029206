#pragma once

#include "PairingFilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sc {
class Database;
}

namespace sc::cli {

// The pairing filters every listing command takes (--country, --division, --region, --from,
// --to, --undated, --status, --kind, --search), added to a parser and read back as a filter.
class FilterOptions final {
public:
    void addTo(QCommandLineParser& parser) const;
    // Reads the filter; division names are resolved against `database`. Throws UsageError.
    PairingFilter read(const QCommandLineParser& parser, Database& database) const;

private:
    QCommandLineOption m_country{
        QStringLiteral("country"),
        QCoreApplication::translate("cli", "The pair has a city in country CC (ISO 3166-1); "
                                           "given twice, one city in each."),
        QStringLiteral("CC")};
    QCommandLineOption m_division{
        QStringLiteral("division"),
        QCoreApplication::translate("cli", "The pair has a city in this division (ISO "
                                           "3166-2 code, or a name in any language)."),
        QStringLiteral("CODE")};
    QCommandLineOption m_region{
        QStringLiteral("region"),
        QCoreApplication::translate("cli", "The pair's Chinese city lies in this region: "
                                           "east, central or west."),
        QStringLiteral("REGION")};
    QCommandLineOption m_from{
        QStringLiteral("from"),
        QCoreApplication::translate("cli", "Established in or after YEAR (undated excluded)."),
        QStringLiteral("YEAR")};
    QCommandLineOption m_to{
        QStringLiteral("to"),
        QCoreApplication::translate("cli", "Established in or before YEAR (undated excluded)."),
        QStringLiteral("YEAR")};
    QCommandLineOption m_undated{
        QStringLiteral("undated"),
        QCoreApplication::translate("cli", "Only pairs with no known date.")};
    QCommandLineOption m_status{QStringLiteral("status"),
                                QCoreApplication::translate("cli", "active, dormant or ended."),
                                QStringLiteral("STATUS")};
    QCommandLineOption m_kind{
        QStringLiteral("kind"),
        QCoreApplication::translate("cli", "sister, friendship or friendship-exchange."),
        QStringLiteral("KIND")};
    QCommandLineOption m_search{
        QStringLiteral("search"),
        QCoreApplication::translate("cli", "Any city name of the pair, in any language."),
        QStringLiteral("TEXT")};
};

} // namespace sc::cli
