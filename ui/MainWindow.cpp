#include "MainWindow.h"

#include "ConnectionGuard.h"
#include "DetailPane.h"
#include "Error.h"
#include "FilterPanel.h"
#include "MainActions.h"
#include "MainTabs.h"
#include "RecordDetailPane.h"
#include "ServerAddress.h"
#include "StatusText.h"
#include "WindowSettings.h"
#include "editors/RecordEditor.h"
#include "i18n/Translations.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "recovery/DatabaseRecoveryDialog.h"
#include "report/AboutDataDialog.h"
#include "server/ServerSession.h"
#include "tables/TableLayout.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace sc {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database)),
      m_language(Translations::instance().current())
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_session = new ServerSession(this);
    m_session->setObjectName(QStringLiteral("serverSession"));
    m_session->attach(*m_database);
    m_editor = new RecordEditor(*m_database, m_undoStack, this);
    m_editor->setObjectName(QStringLiteral("recordEditor"));
    m_editor->setLanguage(m_language);
    connect(m_editor, &RecordEditor::refused, this, &MainWindow::showMessage);
    // A refusal may be a lost server: the session says so at once rather than at its next check.
    connect(m_editor, &RecordEditor::refused, m_session->guard(), &ConnectionGuard::check);
    connect(m_editor, &RecordEditor::commitInDoubt, m_session->guard(), &ConnectionGuard::check);
    connect(m_editor, &RecordEditor::resolved, this, &MainWindow::showMessage);
    m_filterPanel = new FilterPanel(*m_database, this);
    m_filterPanel->setObjectName(QStringLiteral("filterPanel"));
    m_detail = new DetailPane(*m_database, this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_tabs = new MainTabs(*m_database, m_filterPanel->filter(), m_language, this);

    auto* filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setMinimumWidth(220);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(filterScroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_recordDetail = new RecordDetailPane(*m_database, this);
    m_recordDetail->setObjectName(QStringLiteral("recordDetailPane"));
    m_splitter->addWidget(m_recordDetail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 800, 330, 330});
    m_splitter->setChildrenCollapsible(true);
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_actions = new MainActions(m_undoStack, MainTabs::MapTab + 1, this);
    connectActions();
    connect(m_filterPanel, &FilterPanel::filterChanged, m_tabs, &MainTabs::setFilter);
    connect(m_tabs, &MainTabs::pairingChanged, this, [this] {
        m_detail->showPairing(m_tabs->selectedPairingId());
        updateActions();
    });
    connect(m_tabs, &MainTabs::recordChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &MainTabs::recordChanged, this, &MainWindow::showSelectedRecord);
    connect(m_tabs, &MainTabs::countsChanged, this, &MainWindow::updateStatus);
    // A click on a division filters the register to it; a click on the chosen one clears it.
    connect(m_tabs, &MainTabs::divisionClicked, this, [this](const QString& code) {
        PairingFilter filter = m_filterPanel->filter();
        filter.division = filter.division == code ? QString() : code;
        m_filterPanel->setFilter(filter);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateDetailPane);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refresh);
    // The totals change only with the file or an edit; a filter changes only "N of".
    m_statistics = Statistics::of(*m_database);
    retranslateUi();
    m_fitColumns = !WindowSettings::restore(*this, *m_splitter, *m_tabs, *m_filterPanel);
    updateDetailPane(); // the tab restored may not be the one the panes were made for
    updateActions();
}

MainWindow::~MainWindow()
{
    // Children die after this destructor and some signal on the way (a tab removed, a model
    // reset): nothing of theirs may reach a half-destroyed window.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::connectActions()
{
    m_actions->addMenusTo(menuBar());
    m_actions->setCurrentLanguage(m_language);
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::setLanguage);
    auto on = [this](QAction* action, auto slot) {
        connect(action, &QAction::triggered, this, slot);
    };
    on(m_actions->open, &MainWindow::openFile);
    on(m_actions->connectServer, [this] { m_session->showConnectDialog(); });
    on(m_actions->reconnect, [this] { m_session->reconnect(); });
    on(m_actions->importData, &MainWindow::importFile);
    on(m_actions->exportData, &MainWindow::exportFile);
    on(m_actions->quit, &QWidget::close);
    on(m_actions->newPairing, &MainWindow::newPairing);
    on(m_actions->newCity, &MainWindow::newCity);
    on(m_actions->edit, &MainWindow::editSelected);
    on(m_actions->remove, &MainWindow::deleteSelected);
    for (QTableView* view : m_tabs->tables()) {
        view->addAction(m_actions->edit);
        view->addAction(m_actions->remove);
        connect(view, &QTableView::doubleClicked, this, &MainWindow::editSelected);
    }
    on(m_actions->copy, &MainWindow::copySelection);
    on(m_actions->reload, &MainWindow::refresh);
    on(m_actions->find, [this] {
        m_actions->toggleFilters->setChecked(true);
        m_filterPanel->focusSearch();
    });
    on(m_actions->clearFilters, [this] { m_filterPanel->clear(); });
    connect(m_actions->toggleFilters, &QAction::toggled, this,
            [this](bool visible) { m_splitter->widget(0)->setVisible(visible); });
    connect(m_actions->toggleDetail, &QAction::toggled, this, &MainWindow::updateDetailPane);
    for (int tab = 0; tab < m_actions->tabs.size(); ++tab)
        on(m_actions->tabs.at(tab), [this, tab] { m_tabs->setCurrentIndex(tab); });
    on(m_actions->aboutData, [this] {
        auto* dialog = new AboutDataDialog(*m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on(m_actions->about, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    const QStringList tabs = {
        tr("Pairings"), tr("Cities"),  tr("Divisions"), tr("Countries"),
        tr("Sources"),  tr("Surveys"), tr("Figures"),   tr("Compare with the Report"),
        tr("Map")};
    for (int tab = 0; tab < tabs.size() && tab < m_tabs->count(); ++tab)
        m_tabs->setTabText(tab, tabs.at(tab));
    m_actions->retranslate(tabs);
    updateTitle();
    updateStatus();
}

void MainWindow::importFile()
{
    if (m_database->isReadOnly())
        return;
    if (ImportDialog::run(this, *m_database)) {
        // An import is not undoable: the history before it no longer describes the file.
        m_undoStack->clear();
        refresh();
    }
}

void MainWindow::exportFile()
{
    ExportDialog::run(this, *m_database, m_filterPanel->filter(), m_language);
}

void MainWindow::updateTitle()
{
    setWindowTitle(StatusText::title(*m_database));
}

void MainWindow::updateStatus()
{
    if (m_tabs->pairingModel())
        m_statusLabel->setText(StatusText::line(*m_tabs, m_statistics, *m_database));
}

void MainWindow::updateDetailPane()
{
    // Each pane shows what its tab selects: elsewhere it would only take room.
    const int tab = m_tabs->currentIndex();
    const bool wanted = m_actions->toggleDetail->isChecked();
    m_detail->setVisible(wanted && tab == MainTabs::PairingsTab);
    m_recordDetail->setVisible(wanted &&
                               (tab == MainTabs::CitiesTab || tab == MainTabs::DivisionsTab ||
                                tab == MainTabs::SourcesTab));
    showSelectedRecord();
}

void MainWindow::showSelectedRecord()
{
    m_tabs->showSelectedRecord(*m_recordDetail);
}

void MainWindow::updateActions()
{
    const bool writable = !m_database->isReadOnly() && !m_session->isLost();
    const int tab = m_tabs->currentIndex();
    const bool selected = (tab == MainTabs::PairingsTab && m_tabs->selectedPairingId() != 0) ||
                          (tab == MainTabs::CitiesTab && m_tabs->selectedCityId() != 0);
    // In read-only mode the stack never holds a command, and with the server lost an undo would
    // fail (and leave the history).
    m_undoStack->setActive(writable);
    m_actions->enable(writable, selected, m_database->isServer(), m_session->isLost());
}

void MainWindow::refresh()
{
    m_statistics = Statistics::of(*m_database);
    m_tabs->reload();
    m_detail->showPairing(m_tabs->selectedPairingId());
    m_filterPanel->reloadReferenceData();
    updateStatus();
    updateActions();
}

void MainWindow::showMessage(const QString& title, const QString& text)
{
    statusBar()->showMessage(text, 10000);
    // Not exec(): the window stays responsive, and tests are never blocked by a message.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::newPairing()
{
    if (!m_database->isReadOnly())
        m_editor->newPairing();
}

void MainWindow::newCity()
{
    if (!m_database->isReadOnly())
        m_editor->newCity();
}

void MainWindow::editSelected()
{
    if (m_database->isReadOnly())
        return;
    if (m_tabs->currentIndex() == MainTabs::PairingsTab)
        m_editor->editPairing(m_tabs->selectedPairingId());
    else if (m_tabs->currentIndex() == MainTabs::CitiesTab)
        m_editor->editCity(m_tabs->selectedCityId());
}

void MainWindow::deleteSelected()
{
    if (m_database->isReadOnly())
        return;
    // No question first: Ctrl+Z brings a deleted row back exactly.
    bool deleted = false;
    if (m_tabs->currentIndex() == MainTabs::PairingsTab)
        deleted = m_editor->deletePairing(m_tabs->selectedPairingId());
    else if (m_tabs->currentIndex() == MainTabs::CitiesTab)
        deleted = m_editor->deleteCity(m_tabs->selectedCityId());
    if (deleted)
        statusBar()->showMessage(
            tr("Deleted. %1 brings it back.")
                .arg(m_actions->undo->shortcut().toString(QKeySequence::NativeText)),
            10000);
}

bool MainWindow::openDatabase(const QString& path, Database::Mode mode)
{
    // A server's address is never a file to recover: it is connected to, as by File → Connect
    // to Server…, and a refusal is only reported.
    if (ServerAddress::isServer(path)) {
        const QString problem = m_session->connectTo(path, mode == Database::Mode::ReadOnly);
        if (!problem.isEmpty())
            showMessage(tr("Cannot connect to the server"), problem);
        return problem.isEmpty();
    }
    std::unique_ptr<Database> database;
    try {
        database = Database::open(path, mode);
    } catch (const Error& error) {
        // A file that is not a Sister Cities database we can read (damaged, another program's,
        // newer) gets the way on that a refused file gets at start; a missing or unreadable
        // file is only reported.
        if (error.kind() == Error::Kind::Database)
            offerRecovery(error.message(), mode);
        else
            showMessage(tr("Cannot open the database"), error.message());
        return false;
    }
    return adopt(std::move(database));
}

void MainWindow::offerRecovery(const QString& problem, Database::Mode mode)
{
    statusBar()->showMessage(problem, 10000);
    // Not exec(), as for every message: the window stays responsive and tests are not blocked.
    auto* dialog =
        new DatabaseRecoveryDialog(problem, mode, this, DatabaseRecoveryDialog::Exit::KeepCurrent);
    dialog->setObjectName(QStringLiteral("databaseRecovery"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Taken now, shown once the dialog has finished closing: making the window's parts anew
        // runs events, and the dialog (deleted on close) must not go while it still signals.
        m_recovered = dialog->takeDatabase();
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_recovered)
                    adopt(std::move(m_recovered));
            },
            Qt::QueuedConnection);
    });
    dialog->open();
}

bool MainWindow::adopt(std::unique_ptr<Database> database)
{
    try {
        // The history belongs to the file it was made on.
        m_undoStack->clear();
        m_tabs->detach();
        m_database = std::move(database);
        m_editor->setDatabase(*m_database);
        m_session->attach(*m_database);
        {
            // The panel may drop filter parts the new file lacks; the models and tabs made
            // below read its filter then. A signal now would reach the old ones.
            const QSignalBlocker quiet(m_filterPanel);
            m_filterPanel->setDatabase(*m_database);
        }
        m_detail->setDatabase(*m_database);
        m_recordDetail->setDatabase(*m_database);
        m_tabs->attach(*m_database, m_filterPanel->filter());
        m_statistics = Statistics::of(*m_database);
        retranslateUi(); // the tabs made anew are named, the title and the counts follow
        updateActions();
        QSettings().setValue(QStringLiteral("lastDatabase"), m_database->path());
        return true;
    } catch (const Error& error) {
        showMessage(tr("Cannot open the database"), error.message());
        return false;
    }
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
        tr("Sister Cities databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, Database::Mode::ReadWrite);
}

void MainWindow::setLanguage(Language language)
{
    m_language = language;
    if (Translations::instance().current() != language)
        Translations::instance().install(language);
    m_actions->setCurrentLanguage(language);
    m_tabs->setLanguage(language);
    m_editor->setLanguage(language);
    m_filterPanel->setLanguage(language);
    m_detail->setLanguage(language);
    m_recordDetail->setLanguage(language);
    QSettings().setValue(QStringLiteral("language"), language::code(language));
    updateStatus();
}

void MainWindow::copySelection()
{
    TableLayout::copySelectedRows(qobject_cast<QTableView*>(m_tabs->currentWidget()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sister Cities"),
        tr("<h3>Sister Cities %1</h3><p>The sister-city relationships between China, Japan and "
           "Korea, after the 2018 report 中日韩友好城市发展报告 (CPAFFC and Shandong "
           "University).</p><p>Every pairing carries its source.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_fitColumns)
        return;
    // First start: every pairing column within the table's width (an elided cell shows its
    // whole text as a tooltip).
    m_fitColumns = false;
    QCoreApplication::sendPostedEvents(); // the layout of the window, now that it is shown
    TableLayout::fitToWidth(m_tabs->tableView(MainTabs::PairingsTab));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowSettings::save(*this, *m_splitter, *m_tabs, *m_filterPanel, m_database->path());
    event->accept();
}

} // namespace sc
