#include "ChartSeries.h"

#include "ChartBuilder.h"
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

const char* const kContext = "sc::ChartBuilder";

QString tr(Language language, const char* source)
{
    return Translations::translate(language, kContext, source);
}

QString count(double value, Language language)
{
    return Translations::locale(language).toString(value, 'f', 0);
}

// Columns a text takes in a line: Chinese, Japanese and Korean characters (and fullwidth
// forms) are about twice as wide as Latin letters and digits.
int columns(QStringView text)
{
    int total = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        total += wide ? 2 : 1;
    }
    return total;
}

// What a line may hold: `width` characters, or `width` columns (see columns()).
enum class Measure { Characters, Columns };

int measured(QStringView text, Measure measure)
{
    return measure == Measure::Columns ? columns(text) : int(text.size());
}

// The longest start of `text` that fits in `width` (at least one character).
qsizetype fittingStart(QStringView text, int width, Measure measure)
{
    qsizetype end = 1;
    while (end < text.size() && measured(text.left(end + 1), measure) <= width)
        ++end;
    // Never between the two halves of a character beyond the BMP.
    if (end < text.size() && text.at(end - 1).isHighSurrogate())
        ++end;
    return end;
}

// Long answers broken into lines (axis labels and legend entries are rich text), so that they
// keep to the left third of the chart instead of running off its edge. Text breaks at spaces;
// a word longer than a line (CJK text has no spaces) is cut.
QString wrapped(const QString& text, int width, Measure measure = Measure::Characters)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '));
    for (const QString& word : words) {
        if (!line.isEmpty() && measured(line, measure) + 1 + measured(word, measure) > width) {
            lines << line;
            line.clear();
        }
        QString rest = word;
        while (measured(rest, measure) > width) {
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            const qsizetype cut = fittingStart(rest, width, measure);
            lines << rest.left(cut);
            rest = rest.mid(cut);
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + rest;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QStringLiteral("<br>"));
}

QScatterSeries* publishedSeries(Language language)
{
    auto* series = new QScatterSeries;
    series->setName(tr(language, QT_TRANSLATE_NOOP("sc::ChartBuilder", "Published value")));
    series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    series->setMarkerSize(8);
    series->setColor(QColor(0xd6, 0x27, 0x28));
    series->setBorderColor(Qt::white);
    return series;
}

QValueAxis* valueAxis(const FigureData& data, double maximum, bool percent)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(data.valueAxisTitle);
    axis->setTitleFont(ChartBuilder::font(data.language, 9));
    axis->setLabelsFont(ChartBuilder::font(data.language, 8));
    axis->setLabelFormat(QStringLiteral("%d"));
    if (percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
    } else {
        axis->setRange(0, std::max(1.0, maximum * 1.12));
        axis->applyNiceNumbers();
        // applyNiceNumbers can ask for fractional ticks on a small range: counts are whole.
        if (axis->max() <= 4) {
            axis->setRange(0, std::max(4.0, std::ceil(maximum)));
            axis->setTickCount(int(axis->max()) + 1);
        }
    }
    return axis;
}

QBarCategoryAxis* categoryAxis(const FigureData& data, const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    QStringList texts;
    for (const QString& label : labels)
        texts << (data.categoryKind == CategoryKind::Option
                      ? ChartSeries::labelText(label, data.language)
                      : label);
    axis->append(texts);
    if (data.categoryKind != CategoryKind::Option)
        axis->setTitleText(data.categoryAxisTitle);
    axis->setTitleFont(ChartBuilder::font(data.language, 9));
    axis->setLabelsFont(ChartBuilder::font(data.language, 8));
    // A truncated year or province name is a wrong label: the layout makes room instead.
    axis->setTruncateLabels(false);
    return axis;
}

// Whole years every few years on a continuous axis, bars at their index: a label per bar
// would not fit, and Qt Charts drops the first and last of rotated category labels.
QCategoryAxis* yearAxis(const FigureData& data)
{
    auto* axis = new QCategoryAxis;
    const int count = int(data.categories.size());
    axis->setRange(-0.5, std::max(0, count - 1) + 0.5);
    axis->setStartValue(-0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 25, 50})
        if (count / candidate <= 12) {
            step = candidate;
            break;
        }
    for (int i = 0; i < count; ++i)
        if (i % step == 0 || (i == count - 1 && i % step > step / 2))
            axis->append(data.categories.at(i), i);
    axis->setTitleText(data.categoryAxisTitle);
    axis->setTitleFont(ChartBuilder::font(data.language, 9));
    axis->setLabelsFont(ChartBuilder::font(data.language, 8));
    axis->setTruncateLabels(false);
    return axis;
}

double seriesMaximum(const FigureData& data)
{
    double maximum = 0;
    for (const FigureSeries& series : data.series)
        for (const std::optional<double>& value : series.values)
            maximum = std::max(maximum, value.value_or(0));
    for (const PublishedValue& value : data.published)
        if (value.unit == QLatin1String("pairs") && data.categories.contains(value.category))
            maximum = std::max(maximum, value.value);
    return maximum;
}

void addZeroLabels(QChart* chart, const FigureData& data, const QVector<int>& order,
                   QAbstractAxis* categories, QValueAxis* values, bool horizontal, bool percent)
{
    auto* zeros = new QScatterSeries;
    zeros->setMarkerSize(1);
    zeros->setColor(Qt::transparent);
    zeros->setBorderColor(Qt::transparent);
    const double nudge = values->max() * 0.012;
    for (int position = 0; position < order.size(); ++position) {
        const std::optional<double> value = data.series.first().values.value(order.at(position));
        if (value && *value == 0) {
            if (horizontal)
                zeros->append(nudge, position - 0.2);
            else
                zeros->append(position, 0);
        }
    }
    if (zeros->count() == 0) {
        delete zeros;
        return;
    }
    zeros->setPointLabelsFormat(percent ? ChartBuilder::percentText(0, data.language)
                                        : QStringLiteral("0"));
    zeros->setPointLabelsFont(ChartBuilder::font(data.language, 7));
    zeros->setPointLabelsColor(QColor(0x33, 0x33, 0x33));
    zeros->setPointLabelsVisible(true);
    zeros->setPointLabelsClipping(false);
    chart->addSeries(zeros);
    zeros->attachAxis(categories);
    zeros->attachAxis(values);
    for (QLegendMarker* marker : chart->legend()->markers(zeros))
        marker->setVisible(false);
}

} // namespace

QString ChartSeries::labelText(const QString& label, Language language)
{
    const bool wide = language != Language::En;
    return wrapped(label.toHtmlEscaped(), wide ? 14 : 30);
}

// Published values of the figure's only series that sit on one of its categories.
QVector<QPair<int, double>> ChartSeries::publishedOnAxis(const FigureData& data,
                                                         const QString& unit)
{
    QVector<QPair<int, double>> points;
    for (const PublishedValue& value : data.published) {
        const int index = int(data.categories.indexOf(value.category));
        if (index < 0 || value.unit != unit || !value.series.isEmpty())
            continue;
        // The latest statement wins when a source restates a value (published is by date).
        auto it = std::find_if(points.begin(), points.end(),
                               [index](const auto& point) { return point.first == index; });
        if (it != points.end())
            it->second = value.value;
        else
            points << qMakePair(index, value.value);
    }
    return points;
}

void ChartSeries::addPie(QChart* chart, const FigureData& data)
{
    const Language language = data.language;
    auto* series = new QPieSeries;
    series->setPieSize(0.62);
    const FigureSeries& values = data.series.value(0);
    double stated = 0;
    for (const std::optional<double>& value : values.values)
        stated += value.value_or(0);
    // Shares are of the n behind the figure: a survey's respondents, or the pairs placed.
    const double total = std::max(stated, double(values.n.value_or(0)));

    QVector<QPair<QString, double>> slices;
    for (int c = 0; c < data.categories.size(); ++c)
        if (values.values.value(c).value_or(0) > 0)
            slices << qMakePair(data.categoryLabels.value(c), *values.values.at(c));
    const bool folded = slices.size() > ChartBuilder::kMaxSlices;
    if (folded) {
        double rest = 0;
        for (int i = ChartBuilder::kMaxSlices - 1; i < slices.size(); ++i)
            rest += slices.at(i).second;
        const int others = int(slices.size()) - ChartBuilder::kMaxSlices + 1;
        slices.resize(ChartBuilder::kMaxSlices - 1);
        slices << qMakePair(
            tr(language, QT_TRANSLATE_NOOP("sc::ChartBuilder", "Other (%1)")).arg(others), rest);
    }
    // "Other" and "not stated" are the rest, not categories: grey, so that they recede.
    const int categories = int(slices.size()) - (folded ? 1 : 0);
    if (total > stated)
        slices << qMakePair(tr(language, QT_TRANSLATE_NOOP("sc::ChartBuilder", "Not stated")),
                            total - stated);

    QStringList legendTexts;
    for (const auto& [name, value] : std::as_const(slices)) {
        const double percent = total > 0 ? value * 100.0 / total : 0;
        const QString numbers = QStringLiteral("%1 (%2)").arg(
            count(value, language), ChartBuilder::percentText(percent, language));
        QPieSlice* slice = series->append(numbers, value);
        slice->setLabelFont(ChartBuilder::font(language, 8));
        slice->setLabelPosition(QPieSlice::LabelOutside);
        // Thin slices would print their labels on top of each other; the legend has them all.
        slice->setLabelVisible(percent >= 4);
        slice->setBorderColor(Qt::white);
        if (series->count() > categories)
            slice->setColor(series->count() == categories + 1 && folded ? QColor(0xb0, 0xb0, 0xb0)
                                                                        : QColor(0xdd, 0xdd, 0xdd));
        // Measured in columns: a Chinese name with its numbers is as wide as an English one of
        // twice its characters, and a legend too tall for the chart hides its last entries.
        legendTexts << wrapped(QStringLiteral("%1 — %2").arg(name.toHtmlEscaped(), numbers), 42,
                               Measure::Columns);
    }
    chart->addSeries(series);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < legendTexts.size(); ++i)
        markers.at(i)->setLabel(legendTexts.at(i));
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartSeries::addCumulative(QChart* chart, const FigureData& data)
{
    auto* line = new QLineSeries;
    line->setName(data.valueAxisTitle);
    line->setPointsVisible(true);
    const FigureSeries& values = data.series.value(0);
    for (int c = 0; c < data.categories.size(); ++c)
        line->append(data.categories.at(c).toDouble(), values.values.value(c).value_or(0));
    chart->addSeries(line);

    auto* x = new QValueAxis;
    x->setTitleText(data.categoryAxisTitle);
    x->setTitleFont(ChartBuilder::font(data.language, 9));
    x->setLabelsFont(ChartBuilder::font(data.language, 8));
    x->setLabelFormat(QStringLiteral("%d"));
    const double first = data.categories.isEmpty() ? 0 : data.categories.first().toDouble();
    const double last = data.categories.isEmpty() ? 1 : data.categories.last().toDouble();
    // Half a year of room on each side, so that a marker on the last year is not cut.
    x->setRange(first - 0.5, std::max(last, first + 1) + 0.5);
    // Ticks on whole years: a span of 44 years gets 12 ticks, four years apart.
    const int span = int(last - first);
    int step = 1;
    for (int candidate : {1, 2, 4, 5, 10, 20, 25, 50})
        if (span / candidate <= 12) {
            step = candidate;
            break;
        }
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(step);
    chart->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    QValueAxis* y = valueAxis(data, seriesMaximum(data), false);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);

    const auto points = ChartSeries::publishedOnAxis(data, QStringLiteral("pairs"));
    if (!points.isEmpty()) {
        QScatterSeries* published = publishedSeries(data.language);
        for (const auto& [index, value] : points)
            published->append(data.categories.at(index).toDouble(), value);
        chart->addSeries(published);
        published->attachAxis(x);
        published->attachAxis(y);
    }
    if (data.omitted > 0 && !data.categories.isEmpty()) {
        // Said on the plot itself, above the line's end level: without it a line far below the
        // published squares looks like a mistake.
        auto* note = new QScatterSeries;
        note->setMarkerSize(1);
        note->setColor(Qt::transparent);
        note->setBorderColor(Qt::transparent);
        note->append((first + last) / 2,
                     values.values.value(data.categories.size() - 1).value_or(0));
        note->setPointLabelsFormat(
            tr(data.language,
               QT_TRANSLATE_NOOP("sc::ChartBuilder", "Not on this line: %1 pairs of unknown date"))
                .arg(count(data.omitted, data.language)));
        note->setPointLabelsFont(ChartBuilder::font(data.language, 8));
        note->setPointLabelsColor(QColor(0x55, 0x55, 0x55));
        note->setPointLabelsVisible(true);
        note->setPointLabelsClipping(false);
        chart->addSeries(note);
        note->attachAxis(x);
        note->attachAxis(y);
        for (QLegendMarker* marker : chart->legend()->markers(note))
            marker->setVisible(false);
    }
}

// A stated zero has no bar for Qt Charts to label: "0" is written where the bar would start,
// so that it reads as zero and not as missing. Not stated values stay blank.
void ChartSeries::addBars(QChart* chart, const FigureData& data)
{
    const bool survey = data.categoryKind == CategoryKind::Option;
    const bool horizontal =
        data.kind != FigureKind::BarByYear && data.kind != FigureKind::GroupedBar;
    const bool percent = survey;
    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Horizontal bars are drawn bottom-up: reverse them, so that the largest is on top.
    QVector<int> order;
    for (int c = 0; c < data.categories.size(); ++c)
        order << c;
    if (horizontal)
        std::reverse(order.begin(), order.end());
    QStringList labels;
    for (int c : std::as_const(order))
        labels << data.categoryLabels.value(c);

    for (int s = 0; s < data.series.size(); ++s) {
        const FigureSeries& one = data.series.at(s);
        QString name = one.name.isEmpty() ? data.valueAxisTitle : one.name;
        if (one.n && survey)
            name += QStringLiteral(" (n = %1)").arg(count(*one.n, data.language));
        auto* set = new QBarSet(name);
        set->setLabelFont(ChartBuilder::font(data.language, 7));
        set->setLabelColor(QColor(0x33, 0x33, 0x33));
        for (int c : std::as_const(order))
            *set << (percent ? std::round(data.percent(s, c).value_or(0) * 10) / 10
                             : one.values.value(c).value_or(0));
        series->append(set);
    }
    // Per-bar labels where they fit: a year axis has too many bars for them.
    if (data.kind != FigureKind::BarByYear) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(percent ? 4 : 6);
        series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
    }
    if (data.series.size() == 1 && !survey)
        series->setBarWidth(0.55);
    chart->addSeries(series);

    QAbstractAxis* categories = data.kind == FigureKind::BarByYear
                                    ? static_cast<QAbstractAxis*>(yearAxis(data))
                                    : static_cast<QAbstractAxis*>(categoryAxis(data, labels));
    QValueAxis* values = valueAxis(data, seriesMaximum(data), percent);
    if (survey && data.series.size() == 1 && data.series.first().n)
        values->setTitleText(
            QStringLiteral("%1 · n = %2")
                .arg(data.valueAxisTitle, count(*data.series.first().n, data.language)));
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    if (!survey) {
        const auto points = ChartSeries::publishedOnAxis(data, QStringLiteral("pairs"));
        if (!points.isEmpty()) {
            QScatterSeries* published = publishedSeries(data.language);
            for (const auto& [index, value] : points) {
                const int position = int(order.indexOf(index));
                // In the gap under its bar, not on it: the bar's own value label stands at the
                // bar's end, and a square on the bar's row would cover it.
                // A published zero sits just off the axis line, where the axis would hide it.
                const double shown = std::max(value, values->max() * 0.008);
                if (horizontal)
                    published->append(shown, position - 0.42);
                else
                    published->append(position, shown);
            }
            chart->addSeries(published);
            published->attachAxis(categories);
            published->attachAxis(values);
        }
    }
    chart->legend()->setVisible(data.series.size() > 1 || chart->series().size() > 1);
    if (data.series.size() == 1 && data.kind != FigureKind::BarByYear)
        addZeroLabels(chart, data, order, categories, values, horizontal, percent);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace sc
