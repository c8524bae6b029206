#include "FigureFit.h"

#include "ChartBuilder.h"
#include "i18n/Translations.h"

#include <algorithm>
#include <numeric>

namespace sc {

namespace {

// `source` in the figure's language with its count: the figure's language need not be the
// one installed, so %n is filled here.
QString tr(Language language, const char* source, int n)
{
    return Translations::translate(language, "sc::FigureFit", source)
        .replace(QLatin1String("%n"), Translations::locale(language).toString(n));
}

} // namespace

FigureData FigureFit::fitted(const FigureData& data, const QSizeF& target)
{
    if (data.kind != FigureKind::BarByDivision || data.series.isEmpty() || target.height() <= 0)
        return data;
    const int categories = int(data.categories.size());
    // Find the most categories whose layout still fits at a legible scale.
    int keep = categories;
    while (keep > 3) {
        FigureData trial = data;
        trial.categories.resize(keep);
        trial.categoryLabels.resize(keep);
        const QSizeF minimum = ChartBuilder::minimumSize(trial);
        const double shrink = std::max(minimum.height() / target.height(),
                                       minimum.width() / std::max(1.0, target.width()));
        if (shrink <= kMaxShrink)
            break;
        --keep;
    }
    if (keep >= categories)
        return data;
    const int shown = keep - 1; // one row goes to "others"

    // The largest bars of the first series stay, in their order on the axis.
    QVector<int> byValue(categories);
    std::iota(byValue.begin(), byValue.end(), 0);
    const auto& first = data.series.first().values;
    std::stable_sort(byValue.begin(), byValue.end(), [&first](int a, int b) {
        return first.value(a).value_or(-1) > first.value(b).value_or(-1);
    });
    QVector<int> kept = byValue.mid(0, shown);
    std::sort(kept.begin(), kept.end());
    const QVector<int> rest = byValue.mid(shown);

    FigureData out = data;
    out.categories.clear();
    out.categoryLabels.clear();
    for (FigureSeries& series : out.series)
        series.values.clear();
    for (int c : std::as_const(kept)) {
        out.categories << data.categories.at(c);
        out.categoryLabels << data.categoryLabels.value(c);
        for (int s = 0; s < data.series.size(); ++s)
            out.series[s].values << data.series.at(s).values.value(c);
    }
    out.categories << QStringLiteral("others");
    out.categoryLabels << tr(data.language, QT_TRANSLATE_NOOP("sc::FigureFit", "%n others"),
                             int(rest.size()));
    for (int s = 0; s < data.series.size(); ++s) {
        // The sum of what is stated; "not stated" only when nothing of the rest is.
        std::optional<double> sum;
        for (int c : rest)
            if (const auto value = data.series.at(s).values.value(c))
                sum = sum.value_or(0) + *value;
        out.series[s].values << sum;
    }
    out.notes << tr(data.language,
                    QT_TRANSLATE_NOOP("sc::FigureFit",
                                      "The %n smallest categories are summed in one bar to keep "
                                      "the type legible at this size; the figure's data table "
                                      "lists them all."),
                    int(rest.size()));
    return out;
}

} // namespace sc
