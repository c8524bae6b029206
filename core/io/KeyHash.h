#pragma once

#include <QHash>
#include <QPair>
#include <QString>

namespace sc {

// A key an import remembers for every row (a city it created, a city it added), held as a
// 128-bit hash (two independently seeded hashes) rather than as its text: a million rows would
// keep hundreds of megabytes of keys. Two keys sharing both hashes is as likely as not once in
// about 2^64 keys.
using KeyHash = QPair<quint64, quint64>;

inline KeyHash keyHash(const QString& key)
{
    return {quint64(qHash(key, size_t(0x9E3779B97F4A7C15ULL))),
            quint64(qHash(key, size_t(0xC2B2AE3D27D4EB4FULL)))};
}

} // namespace sc
