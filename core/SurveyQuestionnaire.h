#pragma once

#include "Language.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace sc {

class Database;

// A survey as a reader goes through it: its questions in order, each with its options and,
// per respondent group, what the source states. A count the source does not state is empty,
// never 0. Groups with responses entered by hand are counted from those responses instead.
class SurveyQuestionnaire final {
public:
    struct Group {
        QString key;
        QString label;                  // in the chosen language
        std::optional<int> respondents; // as the source states it
    };
    struct Cell {
        std::optional<int> count;
        std::optional<double> percent; // as stated, else count of the group's respondents
    };
    struct Option {
        QString key;
        QString label;
        QVector<Cell> cells; // one per group, in the order of `groups`
    };
    struct Question {
        QString key;
        QString text;
        bool multiple = false; // a respondent may give several answers
        QStringList figures;   // the figures that draw it: fig9, fig10, ...
        QVector<Option> options;
        // Whether the source states anything for the group at index i.
        bool hasGroup(int group) const;
    };

    QString key;
    int year = 0;
    QString title;
    QString sourceTitle;
    QVector<Group> groups;
    QVector<Question> questions;

    // Every survey of the database: key and title in `language`, by year.
    static QVector<QPair<QString, QString>> surveys(Database& database, Language language);
    // The survey `key`; throws Error::Kind::NotFound when the database has none by that key.
    static SurveyQuestionnaire load(Database& database, const QString& key, Language language);
};

} // namespace sc
