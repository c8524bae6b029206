#pragma once

#include "figures/FigureData.h"

#include <QString>

namespace sc {

// A figure as the gallery draws it: its data and its source lines for the screen, shortened
// (SourceCitation::shortLine) and made where the data is computed. Grouping a register's
// thousands of sources costs about 10 ms a figure: on the worker's thread, not the GUI's.
struct GalleryFigure {
    FigureData data;
    QString thumbnailSources; // under the thumbnail's chart (FigureThumbnail)
    QString captionSources;   // under the chosen figure, in its label
    bool shortened = false;   // captionSources leaves some of the sources' groups out

    static GalleryFigure of(const FigureData& data);
};

} // namespace sc
