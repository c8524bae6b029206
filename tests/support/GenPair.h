#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace testdata {

// A generated pairing, as plain values (see GeneratedDatabase).
struct GenPair {
    qint64 id = 0;
    int a = 0; // index into cities
    int b = 0;
    std::optional<int> year;
    QString established;
    QString status;
    QString kind;
};

} // namespace testdata
