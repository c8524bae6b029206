#include "CreatedCities.h"

#include <limits>

namespace sc {

void CreatedCities::add(const QString& key, qint64 id)
{
    const KeyHash hash = keyHash(key);
    if (id >= 0 && id <= qint64(std::numeric_limits<quint32>::max()))
        m_entries.insert(entry(hash, quint32(id)));
    else
        m_large.insert(hash, id);
}

std::optional<qint64> CreatedCities::find(const QString& key) const
{
    const KeyHash hash = keyHash(key);
    if (const auto it = m_entries.constFind(entry(hash)); it != m_entries.constEnd())
        return qint64(it->id);
    if (const auto it = m_large.constFind(hash); it != m_large.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace sc
