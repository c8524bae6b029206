#pragma once

#include "Language.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace sc {

class Database;

// A city typed by name in any of the four languages, with a completer that searches all of
// them. The city is the one picked from the list, else the one city the name denotes.
class CityField final : public QLineEdit {
    Q_OBJECT

public:
    CityField(Database& database, Language language, QWidget* parent = nullptr);

    enum class State { Empty, Found, Unknown, Ambiguous };
    struct Resolution {
        State state = State::Empty;
        qint64 id = 0;
        int matches = 0;
    };
    // What the text denotes now: reads the database for a typed name.
    Resolution resolve() const;
    void setCity(qint64 id);
    // A label for a city as the completer shows it: "name · native (CC, division)".
    static QString label(Database& database, qint64 id, Language language);

signals:
    void cityChanged();

private:
    void updateCompletions(const QString& text);

    Database& m_database;
    Language m_language;
    qint64 m_id = 0;
    QString m_label; // the text shown for m_id; any other text is a name to look up
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_completions = nullptr;
};

} // namespace sc
