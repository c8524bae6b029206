#pragma once

#include "Language.h"
#include "PairingFilter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sc {

class Database;

// Export of what the current filters show: the pairings, or the cities of those pairings, as
// CSV or JSON that import reads back (docs/IMPORT.md). City names of pairings follow `language`.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(Database& database, const PairingFilter& filter, Language language,
                 QWidget* parent = nullptr);

    // Shows the dialog and writes the file. Returns whether a file was written.
    static bool run(QWidget* parent, Database& database, const PairingFilter& filter,
                    Language language);

    void setPath(const QString& path);
    void setTable(const QString& table);   // "pairings" or "cities"
    void setFormat(const QString& format); // "csv" or "json"
    QString summary() const;
    // Writes the file; false (with the reason shown) when it cannot be written.
    bool exportNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSummary();

    Database& m_database;
    PairingFilter m_filter;
    Language m_language;
    int m_pairings = 0;

    QLabel* m_tableLabel = nullptr;
    QComboBox* m_table = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace sc
