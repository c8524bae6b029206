#pragma once

#include <QString>
#include <QtGlobal>

namespace testdata {

// A generated city, as plain values (see GeneratedDatabase).
struct GenCity {
    qint64 id = 0;
    QString country;
    QString division; // empty: unknown
    QString region;   // of the division, for Chinese cities
    QString nameEn;
    QString nameZh;
    QString nameJa;
    QString nameKo;
};

} // namespace testdata
