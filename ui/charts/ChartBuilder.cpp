#include "ChartBuilder.h"

#include "ChartSeries.h"

#include "figures/SourceCitation.h"

#include "figures/FigureCatalog.h"
#include "i18n/Translations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sc {

namespace {

QString tr(Language language, const char* source)
{
    return Translations::translate(language, "sc::ChartBuilder", source);
}

} // namespace

QFont ChartBuilder::font(Language language, qreal pointSize, bool bold)
{
    QString family;
    switch (language) {
    case Language::Ja:
        family = QStringLiteral("Noto Sans CJK JP");
        break;
    case Language::Ko:
        family = QStringLiteral("Noto Sans CJK KR");
        break;
    case Language::Zh:
    case Language::En:
        // English figures still carry Chinese, Japanese and Korean names.
        family = QStringLiteral("Noto Sans CJK SC");
        break;
    }
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString ChartBuilder::percentText(double percent, Language language)
{
    const QString number = Translations::locale(language).toString(percent, 'f', 1);
    // One form in every figure and language: "48.1%", as the report and CLDR write it.
    return number + QLatin1Char('%');
}

QString ChartBuilder::captionLine(const FigureData& data)
{
    const QString label = FigureCatalog::label(data.number, data.language);
    if (data.id == QLatin1String("custom"))
        return data.title();
    return tr(data.language, QT_TRANSLATE_NOOP("sc::ChartBuilder", "%1: %2"))
        .arg(label, data.title());
}

QString ChartBuilder::wrappedTitle(const QString& text)
{
    // Qt Charts elides a title wider than the chart; a long caption is cut in two lines instead,
    // near its middle: between any two CJK characters, else at the space nearest the middle.
    constexpr int kMaxUnits = 64; // half-width units: about the width of a 600 px chart at 11 pt
    int units = 0;
    QVector<int> widthBefore;
    for (const QChar c : text) {
        widthBefore << units;
        units += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    if (units <= kMaxUnits)
        return text.toHtmlEscaped();
    int best = -1;
    for (int i = 1; i < text.size(); ++i) {
        const bool cjkBoundary =
            text.at(i - 1).unicode() >= 0x2E80 && text.at(i).unicode() >= 0x2E80;
        const bool space = text.at(i) == QLatin1Char(' ');
        if ((cjkBoundary || space) && (best < 0 || std::abs(widthBefore[i] - units / 2) <
                                                       std::abs(widthBefore[best] - units / 2)))
            best = i;
    }
    if (best < 0)
        return text.toHtmlEscaped();
    return text.left(best).trimmed().toHtmlEscaped() + QStringLiteral("<br>") +
           text.mid(best).trimmed().toHtmlEscaped();
}

QString ChartBuilder::sourceLine(const FigureData& data)
{
    return SourceCitation::line(data.sources, data.language);
}

QStringList ChartBuilder::footnotes(const FigureData& data)
{
    QStringList notes;
    if (!data.omittedReason.isEmpty())
        notes << data.omittedReason;
    notes << data.notes;
    if (!data.published.isEmpty() && data.categoryKind != CategoryKind::Option &&
        data.kind != FigureKind::Pie &&
        !ChartSeries::publishedOnAxis(data, QStringLiteral("pairs")).isEmpty())
        notes << tr(data.language,
                    QT_TRANSLATE_NOOP("sc::ChartBuilder",
                                      "Red squares: values the report or another publication "
                                      "states."));
    return notes;
}

QSizeF ChartBuilder::minimumSize(const FigureData& data)
{
    QSizeF size(600, 400);
    const bool horizontal =
        data.kind == FigureKind::BarByDivision || data.kind == FigureKind::MultipleChoiceBar;
    if (horizontal) {
        // A label line is about 16 px at 8 pt in Noto Sans CJK, plus the text item's margins.
        double height = 170;
        for (const QString& label : data.categoryLabels) {
            const int lines = data.categoryKind == CategoryKind::Option
                                  ? int(ChartSeries::labelText(label, data.language)
                                            .count(QStringLiteral("<br>"))) +
                                        1
                                  : 1;
            height +=
                std::max(25.0, 16.0 * lines + 12) * std::max<qsizetype>(1, data.series.size());
        }
        size.setHeight(std::max(size.height(), height));
    }
    if (data.kind == FigureKind::BarByYear)
        size.setWidth(std::max(size.width(), 140.0 + 9.0 * data.categories.size()));
    if (data.kind == FigureKind::Pie)
        size.setWidth(680);
    return size;
}

QChart* ChartBuilder::build(const FigureData& data)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setTitle(wrappedTitle(captionLine(data)));
    chart->setTitleFont(font(data.language, 11, true));
    chart->legend()->setFont(font(data.language, 8));
    // A year axis labels its last bar at the plot's right edge: half a label of room beyond it.
    const bool yearAxis =
        data.kind == FigureKind::BarByYear || data.kind == FigureKind::CumulativeLine;
    chart->setMargins(QMargins(6, 6, yearAxis ? 24 : 6, 6));

    switch (data.kind) {
    case FigureKind::Pie:
        ChartSeries::addPie(chart, data);
        break;
    case FigureKind::CumulativeLine:
        ChartSeries::addCumulative(chart, data);
        break;
    case FigureKind::BarByYear:
    case FigureKind::BarByDivision:
    case FigureKind::GroupedBar:
    case FigureKind::MultipleChoiceBar:
        ChartSeries::addBars(chart, data);
        break;
    }
    return chart;
}

} // namespace sc
