#pragma once

#include "../Language.h"
#include "FigureSpec.h"

#include <QString>
#include <QVector>

namespace sc {

// The report's 17 figures, and the bilateral-tension question of §3.1 as an extra figure.
class FigureCatalog final {
public:
    static const QVector<FigureSpec>& all();
    // The spec of `id` ("fig3", "fig03", "3" or "tension"), or nullptr.
    static const FigureSpec* find(const QString& id);
    static QString caption(const FigureSpec& spec, Language language);
    // "Figure 3", "图 3", "図 3", "그림 3"; for an extra figure, the word alone.
    static QString label(int number, Language language);
    // "fig03", "tension": for file names that sort in the report's order.
    static QString fileStem(const QString& id);
};

} // namespace sc
