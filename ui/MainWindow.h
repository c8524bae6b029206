#pragma once

#include "Database.h"
#include "Language.h"
#include "PairingFilter.h"
#include "Statistics.h"
#include "model/City.h"
#include "model/Pairing.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace sc {

class CityDialog;
class DetailPane;
class RecordDetailPane;
class SurveyView;
class FilterPanel;
class ListingTableModel;
class PairingDialog;
class FigureGallery;
class MainActions;
class MapView;
class PairingTableModel;
class ReportCheckView;
class ServerSession;
class RecordCommand;
class RecordEditor;

// The application's window, and only its wiring: the filter panel, the tables (pairings first),
// the detail pane, the menus and their shortcuts, the undo stack, and the settings that are
// remembered between sessions. The parts live in their own files.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum Tab {
        PairingsTab,
        CitiesTab,
        DivisionsTab,
        CountriesTab,
        SourcesTab,
        SurveysTab,
        FiguresTab,
        ReportTab,
        MapTab
    };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_database; }
    PairingTableModel* pairingModel() const { return m_model; }
    QTableView* pairingView() const { return m_view; }
    ListingTableModel* listingModel(Tab tab) const;
    QTableView* tableView(Tab tab) const;
    QTabWidget* tabs() const { return m_tabs; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    DetailPane* detailPane() const { return m_detail; }
    SurveyView* surveyView() const { return m_survey; }
    RecordDetailPane* recordDetailPane() const { return m_recordDetail; }
    FigureGallery* figureGallery() const { return m_gallery; }
    ReportCheckView* reportCheckView() const { return m_reportView; }
    MapView* mapView() const { return m_mapView; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString statusText() const;
    // The last error or refusal shown to the user, for tests and the status bar.
    QString lastMessage() const { return m_lastMessage; }
    // Every action that writes to the database.
    QList<QAction*> editingActions() const;

    // Opens another database file in this window; errors are shown, the current one is kept.
    bool openDatabase(const QString& path, Database::Mode mode);
    // Shows `database` in this window in place of the current one.
    bool adopt(std::unique_ptr<Database> database);
    // Connect to Server, live changes, a lost connection.
    ServerSession* serverSession() const { return m_session; }
    // Shows an error or refusal (remembered as lastMessage()).
    void showMessage(const QString& title, const QString& text);
    // Enables what may be done now: writable, connected, something selected.
    void updateActions();
    // Installs the UI translation and shows data names in `language`; remembered.
    void setLanguage(Language language);
    void setDataLanguage(Language language) { setLanguage(language); }
    Language language() const { return m_language; }

    // The dialogs, wired to the undo stack but not shown (the actions show them).
    PairingDialog* createPairingDialog(const std::optional<Pairing>& existing);
    CityDialog* createCityDialog(const std::optional<City>& existing);
    // Runs an edit and puts it on the undo stack. Throws Error when it is refused.
    void perform(std::unique_ptr<RecordCommand> command);
    // The selected pairing's id on the pairings tab, or 0; and the selected city's.
    qint64 selectedPairingId() const;
    qint64 selectedCityId() const;
    void selectPairing(qint64 id);

public slots:
    // Re-reads every table and the detail pane: after an edit, or a change made elsewhere.
    void refresh();
    void newPairing();
    void newCity();
    void editSelected();
    void deleteSelected();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void connectActions();
    void retranslateUi();
    void attachModels();
    // The figure gallery and the report check read the database too: made anew with it.
    void attachDatabaseTabs();
    void importFile();
    void exportFile();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void updateStatus();
    void updateDetailPane();
    void showSelectedRecord();
    void openFile();
    // Shows why `problem` refused a file, and offers another file or the bundled dataset.
    void offerRecovery(const QString& problem, Database::Mode mode);
    void copySelection();
    void showAbout();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_recovered; // from the recovery dialog, until it is shown
    Language m_language = Language::En;
    QString m_lastMessage;

    QSplitter* m_splitter = nullptr;
    FilterPanel* m_filterPanel = nullptr;
    QTabWidget* m_tabs = nullptr;
    DetailPane* m_detail = nullptr;
    SurveyView* m_survey = nullptr;
    RecordDetailPane* m_recordDetail = nullptr; // cities, divisions, sources
    bool m_fitColumns = false;                  // on first show: no column widths remembered yet
    PairingTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QVector<ListingTableModel*> m_listings; // by Tab - 1
    QVector<QTableView*> m_listingViews;
    QUndoStack* m_undoStack = nullptr;
    RecordEditor* m_editor = nullptr;
    QLabel* m_statusLabel = nullptr;

    FigureGallery* m_gallery = nullptr;
    ReportCheckView* m_reportView = nullptr;
    MapView* m_mapView = nullptr;
    MainActions* m_actions = nullptr;
    ServerSession* m_session = nullptr;
    Statistics m_statistics;
};

} // namespace sc
