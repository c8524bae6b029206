#pragma once

#include <QString>

namespace sc {

// One map that can be drawn and exported, as `figures export --id` names it.
struct MapSpec {
    enum class Kind { Choropleth, Links };

    QString id; // map-cn-provinces, ...
    Kind kind = Kind::Choropleth;
    QString home;     // the country whose divisions are coloured (links: empty)
    QString figureId; // China's maps draw the counts of this report figure (fig5, fig6, fig8)
    const char* caption = nullptr; // English source text, context "sc::MapCatalog"
};

} // namespace sc
