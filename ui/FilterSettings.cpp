#include "FilterSettings.h"

#include <QSettings>

namespace sc {

void FilterSettings::save(const PairingFilter& filter, QSettings& settings)
{
    settings.beginGroup(QStringLiteral("filter"));
    settings.remove(QString());
    const QVariantMap map = filter.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.endGroup();
}

PairingFilter FilterSettings::load(const QSettings& settings)
{
    QVariantMap map;
    for (const QString& key : PairingFilter::keys())
        if (settings.contains(QStringLiteral("filter/") + key))
            map.insert(key, settings.value(QStringLiteral("filter/") + key));
    // Settings from another version or edited by hand must not stop the window from opening:
    // a filter that cannot be read is no filter.
    return PairingFilter::fromMap(map);
}

} // namespace sc
