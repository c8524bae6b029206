#pragma once

#include "ClassBreaks.h"
#include "MapLink.h"
#include "MapSpec.h"
#include "figures/FigureData.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace sc {

// A map as plain data: what MapQuery produces, ui/maps draws and `figures data` prints.
struct MapData {
    QString id;
    MapSpec::Kind kind = MapSpec::Kind::Choropleth;
    QString home; // the coloured country; empty for the link map
    Language language = Language::En;
    // Caption, filter description, sources and the pairs that cannot be placed: the same
    // record a figure carries, so that a map's title and source line read like a figure's.
    FigureData figure;
    QHash<QString, int> counts;    // division code -> pairs (choropleth; absent means 0)
    QHash<QString, QString> names; // every division of CN, JP and KR, in `language`
    QVector<MapLink> links;        // link map, largest first
    ClassBreaks breaks;            // of the counts (choropleth) or of the links' counts

    int count(const QString& code) const { return counts.value(code); }
    QString name(const QString& code) const { return names.value(code, code); }
    QString title() const { return figure.title(); }
};

} // namespace sc
