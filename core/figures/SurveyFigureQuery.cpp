#include "SurveyFigureQuery.h"

#include "Database.h"
#include "Error.h"
#include "FigureText.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace sc {

namespace {

QString labelExpression(const QString& alias, const QString& column, Language language)
{
    // The column names come from our own enum, never from the user.
    return QStringLiteral("COALESCE(NULLIF(%1.%2_%3, ''), %1.%2_en)")
        .arg(alias, column, language::code(language));
}

void addSource(FigureData& data, qint64 id, const QString& title, const QString& url, int count,
               const QString& publisher)
{
    for (FigureSource& source : data.sources) {
        if (source.id == id) {
            source.count += count;
            return;
        }
    }
    data.sources << FigureSource{id, title, url, count, publisher};
}

} // namespace

SurveyFigureQuery::Group SurveyFigureQuery::group(const QString& surveyKey, const QString& key,
                                                  Language language) const
{
    QSqlQuery query =
        sql::run(m_database.connection(),
                 QStringLiteral("SELECT g.id, g.respondents, %1 FROM survey_groups g"
                                " JOIN surveys s ON s.id = g.survey_id"
                                " WHERE s.survey_key = ? AND g.group_key = ?")
                     .arg(labelExpression(QStringLiteral("g"), QStringLiteral("label"), language)),
                 {surveyKey, key});
    if (!query.next())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("sc::SurveyFigureQuery",
                                                "the survey \"%1\" has no group \"%2\"")
                        .arg(surveyKey, key));
    Group out;
    out.id = query.value(0).toLongLong();
    out.key = key;
    if (!query.value(1).isNull())
        out.respondents = query.value(1).toInt();
    out.label = query.value(2).toString();
    return out;
}

int SurveyFigureQuery::answered(qint64 groupId, qint64 questionId) const
{
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(DISTINCT a.response_id) FROM survey_answers a"
                                      " JOIN survey_responses r ON r.id = a.response_id"
                                      " JOIN survey_options o ON o.id = a.option_id"
                                      " WHERE r.group_id = ? AND o.question_id = ?"),
                       {groupId, questionId})
        .toInt();
}

FigureData SurveyFigureQuery::run(const FigureSpec& spec, Language language) const
{
    const QSqlDatabase db = m_database.connection();
    FigureData data;
    data.kind = spec.kind;
    data.categoryKind = CategoryKind::Option;
    data.language = language;
    data.filterApplies = false;
    data.unit = spec.percentOnly ? ValueUnit::Percent : ValueUnit::Respondents;

    const QVariant questionId = sql::scalar(
        db,
        QStringLiteral("SELECT q.id FROM survey_questions q JOIN surveys s ON s.id = q.survey_id"
                       " WHERE s.survey_key = ? AND q.question_key = ?"),
        {spec.survey, spec.question});
    if (questionId.isNull())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("sc::SurveyFigureQuery",
                                                "the survey \"%1\" has no question \"%2\"")
                        .arg(spec.survey, spec.question));

    QStringList optionKeys;
    QStringList optionLabels;
    QSqlQuery options = sql::run(
        db,
        QStringLiteral("SELECT o.option_key, %1 FROM survey_options o WHERE o.question_id = ?"
                       " ORDER BY o.position, o.option_key")
            .arg(labelExpression(QStringLiteral("o"), QStringLiteral("label"), language)),
        {questionId});
    while (options.next()) {
        optionKeys << options.value(0).toString();
        optionLabels << options.value(1).toString();
    }

    bool anyResponses = false;
    QVector<QHash<QString, std::optional<double>>> perSeries;
    for (const QString& key : spec.groups) {
        const Group g = group(spec.survey, key, language);
        FigureSeries series;
        series.key = g.key;
        series.name = g.label;
        QHash<QString, std::optional<double>> values;
        const int responses = answered(g.id, questionId.toLongLong());
        if (responses > 0) {
            // Questionnaires entered by staff: counted here, each respondent once per option.
            anyResponses = true;
            series.n = responses;
            QSqlQuery counts =
                sql::run(db,
                         QStringLiteral("SELECT o.option_key, count(r.id) FROM survey_options o"
                                        " LEFT JOIN survey_answers a ON a.option_id = o.id"
                                        " LEFT JOIN survey_responses r ON r.id = a.response_id"
                                        " AND r.group_id = ?"
                                        " WHERE o.question_id = ? GROUP BY o.id, o.option_key"),
                         {g.id, questionId});
            while (counts.next())
                values.insert(counts.value(0).toString(), counts.value(1).toDouble());
            QSqlQuery source = sql::run(
                db,
                QStringLiteral("SELECT s.id, s.title, s.url, s.publisher FROM surveys v"
                               " JOIN sources s ON s.id = v.source_id WHERE v.survey_key = ?"),
                {spec.survey});
            if (source.next())
                addSource(data, source.value(0).toLongLong(), source.value(1).toString(),
                          source.value(2).toString(), responses, source.value(3).toString());
        } else {
            series.n = g.respondents;
            QSqlQuery tallies = sql::run(
                db,
                QStringLiteral("SELECT o.option_key, t.count, t.percent, t.location, t.note,"
                               " s.id, s.title, s.url, s.publisher FROM survey_options o"
                               " JOIN survey_tallies t ON t.option_id = o.id AND t.group_id = ?"
                               " LEFT JOIN sources s ON s.id = t.source_id"
                               " WHERE o.question_id = ?"),
                {g.id, questionId});
            while (tallies.next()) {
                const QString option = tallies.value(0).toString();
                const QVariant value = tallies.value(spec.percentOnly ? 2 : 1);
                values.insert(option, value.isNull() ? std::nullopt
                                                     : std::optional<double>(value.toDouble()));
                if (!tallies.value(2).isNull()) {
                    PublishedValue published;
                    published.series = g.key;
                    published.category = option;
                    published.value = tallies.value(2).toDouble();
                    published.unit = QStringLiteral("percent");
                    published.source = tallies.value(6).toString();
                    published.location = tallies.value(3).toString();
                    published.note = tallies.value(4).toString();
                    data.published << published;
                }
                if (!tallies.value(5).isNull())
                    addSource(data, tallies.value(5).toLongLong(), tallies.value(6).toString(),
                              tallies.value(7).toString(), 1, tallies.value(8).toString());
            }
        }
        perSeries << values;
        data.series << series;
    }

    // An option no group states anything for was not reported for these groups: leave it out
    // rather than show an empty bar that reads as 0.
    for (int i = 0; i < optionKeys.size(); ++i) {
        bool stated = anyResponses;
        for (const auto& values : std::as_const(perSeries))
            stated = stated || values.value(optionKeys.at(i)).has_value();
        if (!stated)
            continue;
        data.categories << optionKeys.at(i);
        data.categoryLabels << optionLabels.at(i);
        for (int s = 0; s < data.series.size(); ++s)
            data.series[s].values << perSeries.at(s).value(optionKeys.at(i));
    }

    if (spec.note)
        data.notes << figuretext::translate(language, spec.note);
    for (int s = 0; s < data.series.size(); ++s) {
        const FigureSeries& series = data.series.at(s);
        double sum = 0;
        for (int c = 0; c < data.categories.size(); ++c) {
            if (series.values.at(c))
                sum += *series.values.at(c);
            else
                data.notes << figuretext::notStated(series.name, data.categoryLabels.at(c),
                                                    language);
        }
        if (spec.percentOnly) {
            if (std::abs(sum - 100.0) > 0.5)
                data.notes << figuretext::percentSum(series.name, sum, language);
        } else if (spec.kind != FigureKind::MultipleChoiceBar && series.n && sum < *series.n) {
            data.notes << figuretext::statedSum(series.name, sum, *series.n, language);
        }
    }
    data.categoryAxisTitle = figuretext::categoryAxisTitle(CategoryKind::Option, false, language);
    data.valueAxisTitle = figuretext::respondentsAxisTitle(spec.kind, data.unit, language);
    return data;
}

} // namespace sc
