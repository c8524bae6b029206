#pragma once

#include "FigureCatalog.h"
#include "FigureData.h"

namespace sc {

class Database;

// Figures over the survey tables. A group's results come from the questionnaires entered in
// survey_responses / survey_answers when it has any for the question, otherwise from the
// published tallies, where a NULL count stays "not stated".
class SurveyFigureQuery final {
public:
    explicit SurveyFigureQuery(Database& database) : m_database(database) {}

    FigureData run(const FigureSpec& spec, Language language) const;

private:
    struct Group {
        qint64 id = 0;
        QString key;
        QString label;
        std::optional<int> respondents;
    };
    Group group(const QString& surveyKey, const QString& key, Language language) const;
    int answered(qint64 groupId, qint64 questionId) const;

    Database& m_database;
};

} // namespace sc
