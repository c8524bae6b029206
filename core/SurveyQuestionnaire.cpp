#include "SurveyQuestionnaire.h"

#include "Database.h"
#include "Error.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>

namespace sc {

namespace {

// A translated column, falling back to English (the fact files require all four).
QString in(const QString& alias, const QString& column, Language language)
{
    return QStringLiteral("COALESCE(NULLIF(%1.%2_%3, ''), %1.%2_en)")
        .arg(alias, column, language::code(language));
}

} // namespace

bool SurveyQuestionnaire::Question::hasGroup(int group) const
{
    for (const Option& option : options)
        if (option.cells.value(group).count || option.cells.value(group).percent)
            return true;
    return false;
}

QVector<QPair<QString, QString>> SurveyQuestionnaire::surveys(Database& database, Language language)
{
    QSqlQuery query =
        sql::run(database.connection(),
                 QStringLiteral("SELECT v.survey_key, %1 FROM surveys v"
                                " ORDER BY COALESCE(v.year, 0), v.survey_key")
                     .arg(in(QStringLiteral("v"), QStringLiteral("title"), language)));
    QVector<QPair<QString, QString>> out;
    while (query.next())
        out << qMakePair(query.value(0).toString(), query.value(1).toString());
    return out;
}

SurveyQuestionnaire SurveyQuestionnaire::load(Database& database, const QString& key,
                                              Language language)
{
    const QSqlDatabase& db = database.connection();
    SurveyQuestionnaire out;
    QSqlQuery survey = sql::run(
        db,
        QStringLiteral("SELECT v.id, v.survey_key, COALESCE(v.year, 0), %1, COALESCE(s.title, '')"
                       " FROM surveys v LEFT JOIN sources s ON s.id = v.source_id"
                       " WHERE v.survey_key = ?")
            .arg(in(QStringLiteral("v"), QStringLiteral("title"), language)),
        {key});
    if (!survey.next())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("sc::SurveyQuestionnaire",
                                                "the database has no survey \"%1\"")
                        .arg(key));
    const qint64 id = survey.value(0).toLongLong();
    out.key = survey.value(1).toString();
    out.year = survey.value(2).toInt();
    out.title = survey.value(3).toString();
    out.sourceTitle = survey.value(4).toString();

    QSqlQuery groups =
        sql::run(db,
                 QStringLiteral("SELECT g.group_key, %1, g.respondents"
                                " FROM survey_groups g WHERE g.survey_id = ?"
                                " ORDER BY g.position, g.group_key")
                     .arg(in(QStringLiteral("g"), QStringLiteral("label"), language)),
                 {id});
    QHash<QString, int> groupIndex;
    while (groups.next()) {
        groupIndex.insert(groups.value(0).toString(), int(out.groups.size()));
        out.groups << Group{groups.value(0).toString(), groups.value(1).toString(),
                            groups.value(2).isNull() ? std::nullopt
                                                     : std::optional<int>(groups.value(2).toInt())};
    }

    // Every (question, option, group) with what is known of it, in the questionnaire's order.
    // A group with responses entered by hand is counted from them; else its tally is read as
    // the source states it, NULL when it states none.
    QSqlQuery cells =
        sql::run(db,
                 QStringLiteral(
                     "SELECT q.question_key, %1, q.kind, COALESCE(q.figures, ''), o.option_key, %2,"
                     " g.group_key,"
                     " CASE WHEN EXISTS (SELECT 1 FROM survey_responses r WHERE r.group_id = g.id)"
                     "  THEN (SELECT count(*) FROM survey_answers a"
                     "        JOIN survey_responses r ON r.id = a.response_id"
                     "        WHERE r.group_id = g.id AND a.option_id = o.id)"
                     "  ELSE t.count END,"
                     " t.percent"
                     " FROM survey_questions q JOIN survey_options o ON o.question_id = q.id"
                     " JOIN survey_groups g ON g.survey_id = q.survey_id"
                     " LEFT JOIN survey_tallies t ON t.option_id = o.id AND t.group_id = g.id"
                     " WHERE q.survey_id = ?"
                     " ORDER BY q.position, q.question_key, o.position, o.option_key, g.position")
                     .arg(in(QStringLiteral("q"), QStringLiteral("text"), language),
                          in(QStringLiteral("o"), QStringLiteral("label"), language)),
                 {id});
    while (cells.next()) {
        const QString questionKey = cells.value(0).toString();
        if (out.questions.isEmpty() || out.questions.last().key != questionKey) {
            Question question;
            question.key = questionKey;
            question.text = cells.value(1).toString();
            question.multiple = cells.value(2).toString() == QLatin1String("multiple");
            question.figures =
                cells.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString& figure : question.figures)
                figure = figure.trimmed();
            out.questions << question;
        }
        Question& question = out.questions.last();
        const QString optionKey = cells.value(4).toString();
        if (question.options.isEmpty() || question.options.last().key != optionKey)
            question.options << Option{optionKey, cells.value(5).toString(),
                                       QVector<Cell>(out.groups.size())};
        const int group = groupIndex.value(cells.value(6).toString(), -1);
        if (group < 0)
            continue;
        Cell& cell = question.options.last().cells[group];
        if (!cells.value(7).isNull())
            cell.count = cells.value(7).toInt();
        if (!cells.value(8).isNull())
            cell.percent = cells.value(8).toDouble();
        else if (cell.count && out.groups.at(group).respondents.value_or(0) > 0)
            cell.percent = *cell.count * 100.0 / *out.groups.at(group).respondents;
    }
    return out;
}

} // namespace sc
