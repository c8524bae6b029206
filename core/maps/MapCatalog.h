#pragma once

#include "Language.h"
#include "MapSpec.h"

#include <QString>
#include <QVector>

namespace sc {

// The maps that can be drawn and exported, as `figures export --id` names them.
class MapCatalog final {
public:
    static const QVector<MapSpec>& all();
    // The spec of `id`, or nullptr.
    static const MapSpec* find(const QString& id);
    static QString caption(const MapSpec& spec, Language language);
};

} // namespace sc
