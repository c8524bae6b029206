#include "FigureRecord.h"

#include <QJsonArray>

namespace sc::figurerecord {

QStringList csvHeader()
{
    return {QStringLiteral("series"), QStringLiteral("category"), QStringLiteral("value")};
}

namespace {

QString number(double value)
{
    // Counts print as integers, published percentages with their decimals.
    return QString::number(value, 'g', 12);
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QVector<QStringList> csvRows(const FigureData& data)
{
    QVector<QStringList> rows;
    for (const FigureSeries& series : data.series) {
        for (int c = 0; c < data.categories.size(); ++c) {
            const std::optional<double>& value = series.values.value(c);
            rows << QStringList{data.series.size() > 1 ? series.key : QString(),
                                data.categories.at(c), value ? number(*value) : QString()};
        }
    }
    return rows;
}

QString kindKey(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Pie:
        return QStringLiteral("pie");
    case FigureKind::CumulativeLine:
        return QStringLiteral("cumulative-line");
    case FigureKind::BarByYear:
        return QStringLiteral("bar-by-year");
    case FigureKind::BarByDivision:
        return QStringLiteral("bar-by-division");
    case FigureKind::GroupedBar:
        return QStringLiteral("grouped-bar");
    case FigureKind::MultipleChoiceBar:
        break;
    }
    return QStringLiteral("multiple-choice-bar");
}

QString categoryKindKey(CategoryKind kind)
{
    switch (kind) {
    case CategoryKind::Year:
        return QStringLiteral("year");
    case CategoryKind::Division:
        return QStringLiteral("division");
    case CategoryKind::Country:
        return QStringLiteral("country");
    case CategoryKind::Region:
        return QStringLiteral("region");
    case CategoryKind::Option:
        break;
    }
    return QStringLiteral("option");
}

QString unitKey(ValueUnit unit)
{
    switch (unit) {
    case ValueUnit::Pairs:
        return QStringLiteral("pairs");
    case ValueUnit::Respondents:
        return QStringLiteral("respondents");
    case ValueUnit::Percent:
        break;
    }
    return QStringLiteral("percent");
}

QJsonObject json(const FigureData& data)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), data.id);
    object.insert(QStringLiteral("number"), data.number);
    object.insert(QStringLiteral("kind"), kindKey(data.kind));
    object.insert(QStringLiteral("category_kind"), categoryKindKey(data.categoryKind));
    object.insert(QStringLiteral("unit"), unitKey(data.unit));
    object.insert(QStringLiteral("language"), language::code(data.language));
    object.insert(QStringLiteral("caption"), data.caption);
    object.insert(QStringLiteral("title"), data.title());
    object.insert(QStringLiteral("filter"), data.filterDescription);
    object.insert(QStringLiteral("filter_applies"), data.filterApplies);
    object.insert(QStringLiteral("n"), data.n());
    object.insert(QStringLiteral("omitted"), data.omitted);
    object.insert(QStringLiteral("omitted_reason"), data.omittedReason);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(data.notes));

    QJsonArray categories;
    for (int c = 0; c < data.categories.size(); ++c)
        categories.append(QJsonObject{{QStringLiteral("key"), data.categories.at(c)},
                                      {QStringLiteral("label"), data.categoryLabels.value(c)}});
    object.insert(QStringLiteral("categories"), categories);

    QJsonArray series;
    for (int s = 0; s < data.series.size(); ++s) {
        const FigureSeries& one = data.series.at(s);
        QJsonArray values;
        QJsonArray percents;
        for (int c = 0; c < data.categories.size(); ++c) {
            values.append(optionalNumber(one.values.value(c)));
            percents.append(optionalNumber(data.percent(s, c)));
        }
        series.append(QJsonObject{
            {QStringLiteral("key"), one.key},
            {QStringLiteral("name"), one.name},
            {QStringLiteral("n"), one.n ? QJsonValue(*one.n) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("values"), values},
            {QStringLiteral("percent"), percents}});
    }
    object.insert(QStringLiteral("series"), series);

    QJsonArray rows;
    for (const QStringList& row : csvRows(data)) {
        QJsonObject one{{QStringLiteral("series"), row.at(0)},
                        {QStringLiteral("category"), row.at(1)}};
        one.insert(QStringLiteral("value"), row.at(2).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(row.at(2).toDouble()));
        rows.append(one);
    }
    object.insert(QStringLiteral("rows"), rows);

    QJsonArray published;
    for (const PublishedValue& value : data.published)
        published.append(QJsonObject{{QStringLiteral("series"), value.series},
                                     {QStringLiteral("category"), value.category},
                                     {QStringLiteral("value"), value.value},
                                     {QStringLiteral("unit"), value.unit},
                                     {QStringLiteral("as_of"), value.asOf},
                                     {QStringLiteral("source"), value.source},
                                     {QStringLiteral("location"), value.location},
                                     {QStringLiteral("note"), value.note}});
    object.insert(QStringLiteral("published"), published);

    QJsonArray sources;
    for (const FigureSource& source : data.sources)
        sources.append(QJsonObject{{QStringLiteral("id"), source.id},
                                   {QStringLiteral("title"), source.title},
                                   {QStringLiteral("url"), source.url},
                                   {QStringLiteral("count"), source.count}});
    object.insert(QStringLiteral("sources"), sources);
    return object;
}

} // namespace sc::figurerecord
