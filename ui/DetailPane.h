#pragma once

#include "Language.h"

#include <QWidget>

class QTextBrowser;

namespace sc {

class Database;
struct PairingDetail;

// The selected pairing in full: both cities with their names in every language, where they
// lie, the date with its precision and basis, status, kind, note, and every source with a link.
class DetailPane final : public QWidget {
    Q_OBJECT

public:
    explicit DetailPane(Database& database, QWidget* parent = nullptr);

    void setDatabase(Database& database);
    void setLanguage(Language language);
    // 0 shows the hint to select a pairing.
    void showPairing(qint64 pairingId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    QString html(const PairingDetail& detail) const;

    Database* m_database;
    Language m_language = Language::En;
    qint64 m_pairingId = 0;
    QTextBrowser* m_browser = nullptr;
};

} // namespace sc
