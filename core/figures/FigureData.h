#pragma once

#include "../Language.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sc {

// How a figure is drawn. Core only names the kind; ui/charts decides what that looks like.
enum class FigureKind {
    Pie,
    CumulativeLine,
    BarByYear,
    BarByDivision,
    GroupedBar,
    MultipleChoiceBar
};

// What a figure's categories are, and so what its CSV `category` column holds.
enum class CategoryKind {
    Year,     // 1973, 1974, ... continuous
    Division, // ISO 3166-2 code
    Country,  // ISO 3166-1 alpha-2 code
    Region,   // east, central, west
    Option,   // a survey option's key
};

// What the values count. Percent is for data a source states as percentages only.
enum class ValueUnit { Pairs, Respondents, Percent };

// One series of values, one value per category. A missing value is "not stated", never 0.
struct FigureSeries {
    QString key;  // the survey group's key; empty for a figure of one series
    QString name; // in the figure's language
    QVector<std::optional<double>> values;
    std::optional<int> n; // pairs or respondents behind the values (unknown: empty)
};

// A number some publication states for the same thing, shown beside the database's value.
struct PublishedValue {
    QString series;   // the series key it belongs to (empty: the figure's only series)
    QString category; // a category key, or a key that is not on the axis ("1979-2000")
    double value = 0;
    QString unit; // pairs, percent
    QString asOf;
    QString source; // the source's title
    QString location;
    QString note;
};

// A source the figure's values were read from, with how many of them it gave.
struct FigureSource {
    qint64 id = 0;
    QString title;
    QString url;
    int count = 0;
    QString publisher; // as the register spells it, empty when unknown
};

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
