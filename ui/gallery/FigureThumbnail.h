#pragma once

#include "figures/FigureData.h"

#include <QImage>
#include <QSize>

namespace sc {

// The small picture of a figure in the gallery's list: the chart as exported, under it a short
// source line (SourceCitation::shortLine). At this size the line is a few pixels high and
// cannot be read, and a register of thousands of sources made its whole text cost a third of a
// second of layout per thumbnail; the chosen figure's caption and its "All sources…" list, the
// export and its sources file keep every source.
class FigureThumbnail final {
public:
    // As the list shows it, in logical pixels; drawn at twice that for sharp high-dpi screens.
    static constexpr QSize kSize{120, 80};
    // About two lines of the footer at the layout's width.
    static constexpr int kSourceCharacters = 100;

    // The short source line drawn under a thumbnail's chart: pure data, made on any thread.
    static QString sourceLine(const FigureData& data);
    static QImage image(const FigureData& data, const QString& sourceLine);
    // The caption in two short lines beside the thumbnail, cut with "…" when longer.
    static QString caption(const QString& caption, Language language);
};

} // namespace sc
