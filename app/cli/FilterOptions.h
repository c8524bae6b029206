#pragma once

#include "PairingFilter.h"

#include <QCommandLineParser>

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
    QCommandLineOption m_country{QStringLiteral("country"),
                                 QStringLiteral("The pair has a city in country CC (ISO 3166-1); "
                                                "given twice, one city in each."),
                                 QStringLiteral("CC")};
    QCommandLineOption m_division{QStringLiteral("division"),
                                  QStringLiteral("The pair has a city in this division (ISO "
                                                 "3166-2 code, or a name in any language)."),
                                  QStringLiteral("CODE")};
    QCommandLineOption m_region{QStringLiteral("region"),
                                QStringLiteral("The pair's Chinese city lies in this region: "
                                               "east, central or west."),
                                QStringLiteral("REGION")};
    QCommandLineOption m_from{QStringLiteral("from"),
                              QStringLiteral("Established in or after YEAR (undated excluded)."),
                              QStringLiteral("YEAR")};
    QCommandLineOption m_to{QStringLiteral("to"),
                            QStringLiteral("Established in or before YEAR (undated excluded)."),
                            QStringLiteral("YEAR")};
    QCommandLineOption m_undated{QStringLiteral("undated"),
                                 QStringLiteral("Only pairs with no known date.")};
    QCommandLineOption m_status{QStringLiteral("status"),
                                QStringLiteral("active, dormant or ended."),
                                QStringLiteral("STATUS")};
    QCommandLineOption m_kind{QStringLiteral("kind"),
                              QStringLiteral("sister, friendship or friendship-exchange."),
                              QStringLiteral("KIND")};
    QCommandLineOption m_search{QStringLiteral("search"),
                                QStringLiteral("Any city name of the pair, in any language."),
                                QStringLiteral("TEXT")};
};

} // namespace sc::cli
