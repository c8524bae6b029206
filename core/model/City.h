#pragma once

#include "Names.h"

#include <optional>

namespace sc {

// A local government of any level that can be a party to a pairing.
struct City {
    qint64 id = 0;
    QString key;      // stable key of the bundled dataset, empty for cities staff add
    QString country;  // ISO 3166-1 alpha-2
    QString division; // ISO 3166-2, empty when unknown
    qint64 parentId = 0;
    QString level = QStringLiteral("other"); // see levels()
    Names names;
    std::optional<double> latitude;
    std::optional<double> longitude;
    qint64 sourceId = 0;
    int rowVersion = 0;

    static QStringList levels()
    {
        return {QStringLiteral("province"),     QStringLiteral("prefecture"),
                QStringLiteral("county"),       QStringLiteral("district"),
                QStringLiteral("municipality"), QStringLiteral("other")};
    }
};

} // namespace sc
