#pragma once

#include "../Language.h"
#include "CustomFigure.h"
#include "FigureData.h"

#include <QString>

namespace sc {

// The words of figures in any language, whatever language the application shows: an export in
// Korean from a window in Chinese needs both. English source strings, context "sc::FigureText".
namespace figuretext {

QString regionName(const QString& region, Language language);
QString categoryAxisTitle(CategoryKind kind, bool chineseDivisions, Language language);
QString pairsAxisTitle(CustomFigure::Measure measure, Language language);
QString respondentsAxisTitle(FigureKind kind, ValueUnit unit, Language language);
// The title of a selection that is not the report's own ("New pairs per year: China–Korea").
QString selectionTitle(CustomFigure::Measure measure, const QString& selection,
                       const QString& homeName, Language language);
QString omittedReason(CategoryKind kind, int count, Language language);
// "N of the pairs shown are unverified …": pairs known only from an undated list.
QString unverifiedNote(int count, Language language);
QString statedSum(const QString& series, double sum, int n, Language language);
QString notStated(const QString& series, const QString& option, Language language);
QString percentSum(const QString& series, double sum, Language language);
QString surveyIgnoresFilter(Language language);
QString translate(Language language, const char* source);

} // namespace figuretext
} // namespace sc
