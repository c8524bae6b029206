#pragma once

#include <QString>
#include <QVariantList>
#include <QtGlobal>

namespace sc {

// One row of a listing (see ListingQuery).
struct ListingRow {
    qint64 id = 0;      // the row's id; 0 for tables keyed by a code
    QString code;       // the code of countries and divisions, else empty
    QVariantList cells; // one per column; a null value is unknown
};

} // namespace sc
