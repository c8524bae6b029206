#pragma once

#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sc {

class Database;
class ImportColumnTable;
class ImportIssueList;
class ImportPreviewModel;

// Import of a CSV file of pairings or cities: the first rows as read, the column mapping (matched
// by header name, changeable), and every problem a dry run against the database finds, before
// anything is written. Import is possible only when there is none; it runs all or nothing behind
// a progress dialog whose Cancel leaves the database as it was. A UTF-8 file is never held whole
// (CsvReader::streamFile): the preview reads its first rows, and the check and the import each
// read it through again a chunk at a time. The column mapping is
// ImportColumnTable, the list of findings ImportIssueList, the rows as read ImportPreviewModel.
//
// Tests find its parts by object name: "importPreview" (the table of the first rows),
// "importColumns", "importIssues", "importButton".
class ImportDialog final : public QDialog {
    Q_OBJECT

public:
    ImportDialog(Database& database, QWidget* parent = nullptr);

    // Asks for a file, then shows the dialog. Returns whether anything was written.
    static bool run(QWidget* parent, Database& database);

    void setFile(const QString& path);
    void setTable(const QString& table); // "pairings" or "cities"
    // Maps file column `column` to `field` (empty: ignore the column) and checks again.
    void mapColumn(int column, const QString& field);

    // What the last check (or the import) found.
    const ImportReport& report() const { return m_report; }
    bool canImport() const;

    // Imports with a progress dialog. Returns whether the file was written (false after a
    // cancel, a refusal or an error, which are shown).
    bool importNow();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    // A reader of the file for one check or import: the one held when the file is read whole,
    // else a new stream of it (a streamed reader is read through once).
    CsvReader reader() const;
    void fillMapping();
    void check();
    void showReport();
    QStringList fields() const;
    // Runs the chosen importer over the file behind a progress dialog whose Cancel stops it.
    ImportReport runImporter(const ImportOptions& options, const QString& label,
                             int minimumDuration);

    Database& m_database;
    QString m_path;
    // The file as first read: held whole (a legacy encoding, bad bytes), or streamed, when only
    // its header and m_previewRows were read.
    std::optional<CsvReader> m_csv;
    QVector<CsvReader::Record> m_previewRows;
    ImportReport m_report;
    bool m_checked = false;

    QLabel* m_fileLabel = nullptr;
    QLabel* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_tableLabel = nullptr;
    QComboBox* m_table = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_delimiterLabel = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_previewLabel = nullptr;
    QTableView* m_preview = nullptr;
    ImportPreviewModel* m_model = nullptr;
    QLabel* m_mappingLabel = nullptr;
    ImportColumnTable* m_mapping = nullptr;
    QLabel* m_problemsLabel = nullptr;
    ImportIssueList* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace sc
