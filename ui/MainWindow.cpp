#include "MainWindow.h"

#include "CityRepository.h"
#include "ConnectionGuard.h"
#include "DetailPane.h"
#include "Error.h"
#include "FilterPanel.h"
#include "MainActions.h"
#include "PairingRepository.h"
#include "RecordDetailPane.h"
#include "Statistics.h"
#include "editors/CityDialog.h"
#include "editors/PairingDialog.h"
#include "editors/RecordCommand.h"
#include "editors/RecordEditor.h"
#include "gallery/FigureGallery.h"
#include "i18n/Translations.h"
#include "io/ExportDialog.h"
#include "io/ImportDialog.h"
#include "maps/MapView.h"
#include "recovery/DatabaseRecoveryDialog.h"
#include "report/AboutDataDialog.h"
#include "report/ReportCheckView.h"
#include "server/ServerSession.h"
#include "survey/SurveyView.h"
#include "tables/ListingTableModel.h"
#include "tables/PairingTableModel.h"
#include "tables/TableLayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>

namespace sc {

namespace {

const Listing kListings[] = {Listing::Cities, Listing::Divisions, Listing::Countries,
                             Listing::Sources, Listing::Surveys};
const char* const kTableKeys[] = {"pairings",  "cities",  "divisions",
                                  "countries", "sources", "surveys"};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database)),
      m_language(Translations::instance().current())
{
    m_undoStack = new QUndoStack(this);
    m_session = new ServerSession(this);
    m_session->attach(*m_database);
    m_editor = new RecordEditor(*m_database, m_undoStack, this);
    m_editor->setLanguage(m_language);
    connect(m_editor, &RecordEditor::refused, this, &MainWindow::showMessage);
    // A refusal may be a lost server: the session says so at once rather than at its next check.
    connect(m_editor, &RecordEditor::refused, m_session->guard(), &ConnectionGuard::check);
    m_filterPanel = new FilterPanel(*m_database, this);
    m_detail = new DetailPane(*m_database, this);
    m_tabs = new QTabWidget(this);
    m_view = TableLayout::makeView(m_tabs);
    m_tabs->addTab(m_view, QString());
    for (int i = 0; i < int(std::size(kListings)); ++i) {
        m_listingViews << TableLayout::makeView(m_tabs);
        if (kListings[i] != Listing::Surveys)
            m_tabs->addTab(m_listingViews.last(), QString());
    }
    // The Surveys tab: the surveys as a table, and the chosen one's questionnaire beneath.
    m_survey = new SurveyView(*m_database, m_tabs);
    m_survey->setLanguage(m_language);
    auto* surveySplit = new QSplitter(Qt::Vertical, m_tabs);
    surveySplit->addWidget(m_listingViews.at(SurveysTab - 1));
    surveySplit->addWidget(m_survey);
    surveySplit->setStretchFactor(1, 1);
    surveySplit->setSizes({90, 700});
    m_tabs->insertTab(SurveysTab, surveySplit, QString());
    connect(m_survey, &SurveyView::figureRequested, this, [this](const QString& id) {
        m_tabs->setCurrentIndex(FiguresTab);
        m_gallery->setCurrentId(id);
    });

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
    m_splitter->addWidget(m_recordDetail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 800, 330, 330});
    m_splitter->setChildrenCollapsible(true);
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    attachModels();
    attachDatabaseTabs();
    m_actions = new MainActions(m_undoStack, MapTab + 1, this);
    connectActions();
    connect(m_filterPanel, &FilterPanel::filterChanged, this, [this](const PairingFilter& f) {
        m_model->setFilter(f);
        // The other tables follow the search box: the rest of the filter is about pairings.
        for (ListingTableModel* listing : std::as_const(m_listings))
            listing->setSearch(f.search);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateDetailPane);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refresh);
    retranslateUi();
    restoreSettings();
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
    for (QTableView* view : QList<QTableView*>{m_view} + QList<QTableView*>(m_listingViews)) {
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

void MainWindow::attachModels()
{
    m_view->setModel(nullptr);
    delete m_model;
    m_model = new PairingTableModel(*m_database, this);
    m_model->setLanguage(m_language);
    m_model->setFilter(m_filterPanel->filter());
    m_view->setModel(m_model);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_model, &PairingTableModel::countChanged, this, &MainWindow::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detail->showPairing(selectedPairingId());
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->showPairing(selectedPairingId());
        updateActions();
    });

    for (int i = 0; i < m_listingViews.size(); ++i) {
        m_listingViews[i]->setModel(nullptr);
        delete m_listings.value(i);
    }
    m_listings.clear();
    for (int i = 0; i < m_listingViews.size(); ++i) {
        auto* model = new ListingTableModel(*m_database, kListings[i], this);
        model->setLanguage(m_language);
        model->setSearch(m_filterPanel->filter().search);
        m_listings << model;
        m_listingViews[i]->setModel(model);
        m_listingViews[i]->sortByColumn(-1, Qt::AscendingOrder);
        connect(m_listingViews[i]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(m_listingViews[i]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showSelectedRecord);
    }
    // The totals change only with the file or an edit; a filter changes only "N of".
    m_statistics = Statistics::of(*m_database);
    updateTitle();
    updateStatus();
}

void MainWindow::attachDatabaseTabs()
{
    const int current = m_tabs->currentIndex();
    for (QWidget* old : {static_cast<QWidget*>(m_gallery), static_cast<QWidget*>(m_reportView),
                         static_cast<QWidget*>(m_mapView)})
        if (old) {
            m_tabs->removeTab(m_tabs->indexOf(old));
            delete old;
        }
    m_gallery = new FigureGallery(*m_database, m_tabs);
    m_gallery->setLanguage(m_language);
    m_gallery->setFilter(m_filterPanel->filter());
    connect(m_filterPanel, &FilterPanel::filterChanged, m_gallery, &FigureGallery::setFilter);
    m_tabs->insertTab(FiguresTab, m_gallery, tr("Figures"));
    m_reportView = new ReportCheckView(*m_database, m_tabs);
    m_reportView->setLanguage(m_language);
    m_tabs->insertTab(ReportTab, m_reportView, tr("Compare with the Report"));
    m_mapView = new MapView(*m_database, m_tabs);
    m_mapView->setLanguage(m_language);
    m_mapView->setFilter(m_filterPanel->filter());
    connect(m_filterPanel, &FilterPanel::filterChanged, m_mapView, &MapView::setFilter);
    // A click on a division filters the register to it; a click on the chosen one clears it.
    connect(m_mapView, &MapView::divisionClicked, this, [this](const QString& code) {
        PairingFilter filter = m_filterPanel->filter();
        filter.division = filter.division == code ? QString() : code;
        m_filterPanel->setFilter(filter);
    });
    m_tabs->insertTab(MapTab, m_mapView, tr("Map"));
    // Their layouts ask for a wide minimum; the splitter must still leave room to the detail
    // pane, so they make do with what their tab gets.
    for (QWidget* tab : {static_cast<QWidget*>(m_gallery), static_cast<QWidget*>(m_reportView),
                         static_cast<QWidget*>(m_mapView)})
        tab->setMinimumSize(200, 200);
    m_tabs->setCurrentIndex(current);
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

ListingTableModel* MainWindow::listingModel(Tab tab) const
{
    return tab == PairingsTab ? nullptr : m_listings.value(tab - 1);
}

QTableView* MainWindow::tableView(Tab tab) const
{
    return tab == PairingsTab ? m_view : m_listingViews.value(tab - 1);
}

void MainWindow::updateTitle()
{
    QString title = tr("Sister Cities — %1").arg(QFileInfo(m_database->path()).fileName());
    if (m_database->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only: %1]").arg(m_database->readOnlyReason());
    setWindowTitle(title);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_model)
        return;
    const Statistics& stats = m_statistics;
    const QLocale locale;
    // The status bar counts what the current tab shows.
    const int tab = m_tabs->currentIndex();
    if (tab >= CitiesTab && tab <= SurveysTab) {
        const ListingTableModel* listing = listingModel(Tab(tab));
        const int shown = listing ? listing->matchingCount() : 0;
        const QString what = tab == CitiesTab      ? tr("%n cities", nullptr, shown)
                             : tab == DivisionsTab ? tr("%n divisions", nullptr, shown)
                             : tab == CountriesTab ? tr("%n countries", nullptr, shown)
                             : tab == SourcesTab   ? tr("%n sources", nullptr, shown)
                                                   : tr("%n surveys", nullptr, shown);
        m_statusLabel->setText(
            tr("%1 · %2").arg(what, QDir::toNativeSeparators(m_database->path())));
        return;
    }
    if (tab == FiguresTab || tab == ReportTab) {
        m_statusLabel->setText(tr("Figures drawn from %1 of %2 pairings · %3")
                                   .arg(locale.toString(m_model->matchingCount()),
                                        locale.toString(stats.pairings),
                                        QDir::toNativeSeparators(m_database->path())));
        return;
    }
    m_statusLabel->setText(tr("%1 of %2 pairings · %3 cities · %4 countries · %5")
                               .arg(locale.toString(m_model->matchingCount()),
                                    locale.toString(stats.pairings), locale.toString(stats.cities),
                                    locale.toString(stats.countries),
                                    QDir::toNativeSeparators(m_database->path())));
}

void MainWindow::updateDetailPane()
{
    // Each pane shows what its tab selects: elsewhere it would only take room.
    const int tab = m_tabs->currentIndex();
    const bool wanted = m_actions->toggleDetail->isChecked();
    m_detail->setVisible(wanted && tab == PairingsTab);
    m_recordDetail->setVisible(wanted &&
                               (tab == CitiesTab || tab == DivisionsTab || tab == SourcesTab));
    showSelectedRecord();
}

void MainWindow::showSelectedRecord()
{
    const int tab = m_tabs->currentIndex();
    QTableView* view = tab >= CitiesTab && tab <= SourcesTab ? tableView(Tab(tab)) : nullptr;
    const QModelIndex current =
        view && view->selectionModel() ? view->currentIndex().siblingAtColumn(0) : QModelIndex();
    if (!current.isValid()) {
        m_recordDetail->showRecord(RecordDetailPane::Kind::None, {});
        return;
    }
    // Divisions are keyed by their code (the first column), cities and sources by id.
    if (tab == DivisionsTab)
        m_recordDetail->showRecord(RecordDetailPane::Kind::Division, current.data().toString());
    else if (tab == CitiesTab || tab == SourcesTab)
        m_recordDetail->showRecord(tab == CitiesTab ? RecordDetailPane::Kind::City
                                                    : RecordDetailPane::Kind::Source,
                                   current.data(Qt::UserRole).toString());
    else
        m_recordDetail->showRecord(RecordDetailPane::Kind::None, {});
}

QList<QAction*> MainWindow::editingActions() const
{
    return m_actions->editing();
}

void MainWindow::updateActions()
{
    const bool writable = !m_database->isReadOnly() && !m_session->isLost();
    const int tab = m_tabs->currentIndex();
    const bool selected = (tab == PairingsTab && selectedPairingId() != 0) ||
                          (tab == CitiesTab && selectedCityId() != 0);
    m_actions->newPairing->setEnabled(writable);
    m_actions->importData->setEnabled(writable);
    m_actions->newCity->setEnabled(writable);
    m_actions->edit->setEnabled(writable && selected);
    m_actions->remove->setEnabled(writable && selected);
    // The stack's own actions follow canUndo(); in read-only mode it never holds a command, and
    // with the server lost an undo would fail (and leave the history).
    m_undoStack->setActive(writable);
    m_actions->undo->setEnabled(writable && m_undoStack->canUndo());
    m_actions->redo->setEnabled(writable && m_undoStack->canRedo());
    m_actions->reconnect->setVisible(m_database->isServer());
    m_actions->reconnect->setEnabled(m_session->isLost());
}

qint64 MainWindow::selectedPairingId() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->currentIndex() : QModelIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

qint64 MainWindow::selectedCityId() const
{
    QTableView* view = tableView(CitiesTab);
    const QModelIndex current = view->selectionModel() ? view->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

void MainWindow::selectPairing(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(Qt::UserRole).toLongLong() == id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_view->currentIndex());
            return;
        }
}

void MainWindow::refresh()
{
    const qint64 pairing = selectedPairingId();
    m_statistics = Statistics::of(*m_database);
    m_model->reload();
    for (ListingTableModel* listing : std::as_const(m_listings))
        listing->reload();
    if (pairing)
        selectPairing(pairing);
    m_detail->showPairing(selectedPairingId());
    m_filterPanel->reloadReferenceData();
    m_gallery->reload(); // the register changed under the same filter
    m_reportView->reload();
    m_mapView->reload();
    updateStatus();
    updateActions();
}

void MainWindow::showMessage(const QString& title, const QString& text)
{
    m_lastMessage = text;
    statusBar()->showMessage(text, 10000);
    // Not exec(): the window stays responsive, and tests are never blocked by a message.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::perform(std::unique_ptr<RecordCommand> command)
{
    m_editor->perform(std::move(command));
}

PairingDialog* MainWindow::createPairingDialog(const std::optional<Pairing>& existing)
{
    return m_editor->createPairingDialog(existing);
}

CityDialog* MainWindow::createCityDialog(const std::optional<City>& existing)
{
    return m_editor->createCityDialog(existing);
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
    if (m_tabs->currentIndex() == PairingsTab)
        m_editor->editPairing(selectedPairingId());
    else if (m_tabs->currentIndex() == CitiesTab)
        m_editor->editCity(selectedCityId());
}

void MainWindow::deleteSelected()
{
    if (m_database->isReadOnly())
        return;
    // No question first: Ctrl+Z brings a deleted row back exactly.
    bool deleted = false;
    if (m_tabs->currentIndex() == PairingsTab)
        deleted = m_editor->deletePairing(selectedPairingId());
    else if (m_tabs->currentIndex() == CitiesTab)
        deleted = m_editor->deleteCity(selectedCityId());
    if (deleted)
        statusBar()->showMessage(
            tr("Deleted. %1 brings it back.")
                .arg(m_actions->undo->shortcut().toString(QKeySequence::NativeText)),
            10000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    for (int tab = PairingsTab; tab <= SurveysTab; ++tab) {
        const QByteArray state =
            settings.value(QStringLiteral("columns/") + QLatin1String(kTableKeys[tab]))
                .toByteArray();
        // Without remembered widths, the first show fits the pairings into the window.
        if (!TableLayout::restoreColumns(tableView(Tab(tab)), state))
            m_fitColumns = m_fitColumns || tab == PairingsTab;
    }
    m_filterPanel->setFilter(FilterPanel::load(settings));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    for (int tab = PairingsTab; tab <= SurveysTab; ++tab)
        settings.setValue(QStringLiteral("columns/") + QLatin1String(kTableKeys[tab]),
                          tableView(Tab(tab))->horizontalHeader()->saveState());
    FilterPanel::save(m_filterPanel->filter(), settings);
    settings.setValue(QStringLiteral("lastDatabase"), m_database->path());
}

bool MainWindow::openDatabase(const QString& path, Database::Mode mode)
{
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
    m_lastMessage = problem;
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
        m_view->setModel(nullptr);
        for (QTableView* view : std::as_const(m_listingViews))
            view->setModel(nullptr);
        qDeleteAll(m_listings);
        m_listings.clear();
        delete m_model;
        m_model = nullptr;
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
        m_survey->setDatabase(*m_database);
        m_recordDetail->setDatabase(*m_database);
        attachModels();
        attachDatabaseTabs();
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
    const qint64 pairing = selectedPairingId();
    m_model->setLanguage(language);
    for (ListingTableModel* listing : std::as_const(m_listings))
        listing->setLanguage(language);
    m_editor->setLanguage(language);
    m_filterPanel->setLanguage(language);
    m_detail->setLanguage(language);
    m_survey->setLanguage(language);
    m_recordDetail->setLanguage(language);
    m_gallery->setLanguage(language);
    m_reportView->setLanguage(language);
    m_mapView->setLanguage(language);
    if (pairing)
        selectPairing(pairing);
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
    TableLayout::fitToWidth(m_view);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

} // namespace sc
