#include "GalleryFigure.h"

#include "FigureThumbnail.h"
#include "figures/SourceCitation.h"

namespace sc {

namespace {

// About three lines of the caption's label, which holds every line of the bundled register's
// figures (240 characters at most) whole; a register of thousands of sources shows its first
// groups and "and N more", and "All sources…" lists each source.
constexpr int kCaptionSourceCharacters = 320;

} // namespace

GalleryFigure GalleryFigure::of(const FigureData& data)
{
    GalleryFigure figure;
    figure.data = data;
    figure.thumbnailSources = FigureThumbnail::sourceLine(data);
    figure.captionSources =
        SourceCitation::shortLine(data.sources, data.language, kCaptionSourceCharacters);
    figure.shortened = figure.captionSources != SourceCitation::line(data.sources, data.language);
    return figure;
}

} // namespace sc
