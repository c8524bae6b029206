#pragma once

#include "Language.h"

#include <QWidget>

class QTextBrowser;

namespace sc {

class Database;

// The selected city, division or source in full, beside the Cities, Divisions and Sources
// tabs (the pairings have their own DetailPane): names in every language, where it lies,
// and where it was read, with a link.
class RecordDetailPane final : public QWidget {
    Q_OBJECT

public:
    enum class Kind { None, City, Division, Source };

    explicit RecordDetailPane(Database& database, QWidget* parent = nullptr);

    void setDatabase(Database& database);
    void setLanguage(Language language);
    // A city or source by id, a division by its code (as a string); an empty key clears.
    void showRecord(Kind kind, const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString cityHtml(qint64 id) const;
    QString divisionHtml(const QString& code) const;
    QString sourceHtml(qint64 id) const;

    Database* m_database;
    Language m_language = Language::En;
    Kind m_kind = Kind::None;
    QString m_key;
    QTextBrowser* m_browser = nullptr;
};

} // namespace sc
