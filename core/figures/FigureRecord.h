#pragma once

#include "FigureData.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace sc::figurerecord {

// The exchange form of a figure's data. CSV: series,category,value, one row per value (series
// empty for a figure of one series, value empty when not stated). JSON: the same rows, plus the
// n, the caption, the notes, the published values and the sources.
QStringList csvHeader();
QVector<QStringList> csvRows(const FigureData& data);
QJsonObject json(const FigureData& data);

QString kindKey(FigureKind kind);
QString categoryKindKey(CategoryKind kind);
QString unitKey(ValueUnit unit);

} // namespace sc::figurerecord
