#pragma once

#include "Language.h"
#include "SurveyQuestionnaire.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QUrl;

namespace sc {

class Database;

// The questionnaire of a survey, readable: each question with its options and, per respondent
// group, the counts and shares the source states ("not stated" apart from 0), and a link to
// each figure that draws the question.
class SurveyView final : public QWidget {
    Q_OBJECT

public:
    explicit SurveyView(Database& database, QWidget* parent = nullptr);

    void setDatabase(Database& database);
    void setLanguage(Language language);
    void reload();
    QString currentSurvey() const;

signals:
    // A figure link was followed: fig9, fig14, ...
    void figureRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void openLink(const QUrl& url);
    // One question's answers, a column per group that the source gives results for.
    QString table(const SurveyQuestionnaire& survey, const SurveyQuestionnaire::Question& question,
                  const QVector<int>& shown) const;

    Database* m_database;
    Language m_language = Language::En;
    QLabel* m_surveyLabel = nullptr;
    QComboBox* m_surveys = nullptr;
    QTextBrowser* m_browser = nullptr;
};

} // namespace sc
