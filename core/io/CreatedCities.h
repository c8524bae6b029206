#pragma once

#include "KeyHash.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace sc {

// The cities an import created, by key (country, division, name key): the file names a city it
// created again by that key. A million rows create two million cities, so each is held in 16
// bytes: 96 bits of keyHash() and the id in 32 bits (a rare id that needs more bits is held
// beside, with the whole hash). Two keys sharing 96 bits of hash is as likely as not once in
// about 2^48 keys.
class CreatedCities final {
public:
    void add(const QString& key, qint64 id);
    std::optional<qint64> find(const QString& key) const;

private:
    struct Entry {
        quint64 high = 0;
        quint32 low = 0;
        quint32 id = 0;
        // Equal by the hash alone: a lookup finds the entry, and reads its id.
        friend bool operator==(const Entry& a, const Entry& b)
        {
            return a.high == b.high && a.low == b.low;
        }
        friend size_t qHash(const Entry& e, size_t seed = 0) noexcept
        {
            return size_t(e.high) ^ seed;
        }
    };
    static Entry entry(const KeyHash& hash, quint32 id = 0)
    {
        return {hash.first, quint32(hash.second), id};
    }

    QSet<Entry> m_entries;
    QHash<KeyHash, qint64> m_large; // ids of 2^32 and over
};

} // namespace sc
