#pragma once

#include "FigureData.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

// The sources of a figure as a reader cites them, in the figure's language: grouped by who
// published them ("CLAIR 姉妹提携データ（35 件）", "local government websites (120)"), each
// group named whole, never cut. The full list, one source a line, is for a sources file.
class SourceCitation final {
public:
    struct Group {
        QString name; // in the figure's language
        int values = 0;
        int sources = 0;
    };

    // The name of the group `source` belongs to, in `language`: its publisher for the
    // collections the register draws on ("CLAIR 姉妹提携データ"), its title for a publication.
    static QString name(const FigureSource& source, Language language);
    // Groups in the order of how much of the figure they gave, most first.
    static QVector<Group> groups(const QVector<FigureSource>& sources, Language language);
    // "Sources: A (35), B (12), C (1)" in `language`.
    static QString line(const QVector<FigureSource>& sources, Language language);
    // line() for the screen, where thousands of groups (a generated register, a world register
    // read from many pages) would cost seconds of text layout and say nothing legible: the
    // first groups of line(), each whole, as long as the text stays within `maxCharacters`
    // (the first group always), then "and N more" counting the groups left out. Equal to
    // line() when that fits. The export and the sources file keep line() and fullList().
    static QString shortLine(const QVector<FigureSource>& sources, Language language,
                             int maxCharacters);
    // Every source whole: group, title, publisher, address, how many values it gave.
    static QStringList fullList(const QVector<FigureSource>& sources, Language language);
};

} // namespace sc
