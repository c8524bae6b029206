#pragma once

#include "../Language.h"
#include "CategoryKind.h"
#include "FigureKind.h"
#include "FigureSeries.h"
#include "FigureSource.h"
#include "PublishedValue.h"
#include "ValueUnit.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sc {

// A figure as plain data: what FigureQuery produces, ChartBuilder draws, `figures data` prints.
struct FigureData {
    QString id;     // fig1 ... fig17, tension, custom
    int number = 0; // the report's figure number; 0 for figures beyond the report
    FigureKind kind = FigureKind::Pie;
    CategoryKind categoryKind = CategoryKind::Option;
    ValueUnit unit = ValueUnit::Pairs;
    Language language = Language::En;
    // The report's caption in `language`, or the title of the selection when a filter changes
    // what the figure shows.
    QString caption;
    QString filterDescription; // what the user's filter narrows, empty when nothing
    bool filterApplies = true; // false for survey figures: they ignore pairing filters
    QString categoryAxisTitle;
    QString valueAxisTitle;
    QStringList categories;     // keys
    QStringList categoryLabels; // in `language`
    QVector<FigureSeries> series;
    int omitted = 0; // matching records that cannot be placed on the axis (undated, no province)
    QString omittedReason;
    QStringList notes;
    QVector<PublishedValue> published;
    QVector<FigureSource> sources;

    // The caption with what is filtered, as a chart's title shows it.
    QString title() const
    {
        return filterDescription.isEmpty()
                   ? caption
                   : caption + QStringLiteral(" (") + filterDescription + QLatin1Char(')');
    }
    // All respondents or pairs behind the figure: the sum of the series' n.
    int n() const
    {
        int total = 0;
        for (const FigureSeries& s : series)
            total += s.n.value_or(0);
        return total;
    }
    // A value as a percentage of its series' n (empty when either is unknown). For data stated
    // in percent, the value itself.
    std::optional<double> percent(int seriesIndex, int categoryIndex) const
    {
        const FigureSeries& s = series.at(seriesIndex);
        const std::optional<double> v = s.values.at(categoryIndex);
        if (!v)
            return std::nullopt;
        if (unit == ValueUnit::Percent)
            return v;
        if (!s.n || *s.n <= 0)
            return std::nullopt;
        return *v * 100.0 / *s.n;
    }
    bool isEmpty() const
    {
        for (const FigureSeries& s : series)
            for (const std::optional<double>& v : s.values)
                if (v && *v != 0)
                    return false;
        return true;
    }
};

} // namespace sc
