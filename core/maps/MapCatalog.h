#pragma once

#include "Language.h"

#include <QString>
#include <QVector>

namespace sc {

// The maps that can be drawn and exported, as `figures export --id` names them.
struct MapSpec {
    enum class Kind { Choropleth, Links };

    QString id; // map-cn-provinces, ...
    Kind kind = Kind::Choropleth;
    QString home;     // the country whose divisions are coloured (links: empty)
    QString figureId; // China's maps draw the counts of this report figure (fig5, fig6, fig8)
    const char* caption = nullptr; // English source text, context "sc::MapCatalog"
};

class MapCatalog final {
public:
    static const QVector<MapSpec>& all();
    // The spec of `id`, or nullptr.
    static const MapSpec* find(const QString& id);
    static QString caption(const MapSpec& spec, Language language);
};

} // namespace sc
