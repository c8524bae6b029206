#include "MainTabs.h"

#include "RecordDetailPane.h"
#include "gallery/FigureGallery.h"
#include "maps/MapView.h"
#include "report/ReportCheckView.h"
#include "survey/SurveyView.h"
#include "tables/ListingTableModel.h"
#include "tables/PairingTableModel.h"
#include "tables/TableLayout.h"

#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>

#include <iterator>

namespace sc {

namespace {

const Listing kListings[] = {Listing::Cities, Listing::Divisions, Listing::Countries,
                             Listing::Sources, Listing::Surveys};
// Object names of the tables, in tab order: tests and the settings find them by these.
const char* const kTableNames[] = {"pairingsTable",  "citiesTable",  "divisionsTable",
                                   "countriesTable", "sourcesTable", "surveysTable"};

} // namespace

MainTabs::MainTabs(Database& database, const PairingFilter& filter, Language language,
                   QWidget* parent)
    : QTabWidget(parent), m_language(language)
{
    setObjectName(QStringLiteral("tabs"));
    m_view = TableLayout::makeView(this);
    m_view->setObjectName(QLatin1String(kTableNames[0]));
    addTab(m_view, QString());
    for (int i = 0; i < int(std::size(kListings)); ++i) {
        m_listingViews << TableLayout::makeView(this);
        m_listingViews.last()->setObjectName(QLatin1String(kTableNames[i + 1]));
        if (kListings[i] != Listing::Surveys)
            addTab(m_listingViews.last(), QString());
    }
    // The Surveys tab: the surveys as a table, and the chosen one's questionnaire beneath.
    m_survey = new SurveyView(database, this);
    m_survey->setObjectName(QStringLiteral("surveyView"));
    m_survey->setLanguage(m_language);
    auto* surveySplit = new QSplitter(Qt::Vertical, this);
    surveySplit->addWidget(m_listingViews.at(SurveysTab - 1));
    surveySplit->addWidget(m_survey);
    surveySplit->setStretchFactor(1, 1);
    surveySplit->setSizes({90, 700});
    insertTab(SurveysTab, surveySplit, QString());
    connect(m_survey, &SurveyView::figureRequested, this, [this](const QString& id) {
        setCurrentIndex(FiguresTab);
        m_gallery->setCurrentId(id);
    });
    attachModels(database, filter);
    attachDatabaseTabs(database, filter);
}

MainTabs::~MainTabs()
{
    // Children die after this destructor and some signal on the way (a tab removed, a model
    // reset): nothing of theirs may reach a half-destroyed widget.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void MainTabs::detach()
{
    m_view->setModel(nullptr);
    for (QTableView* view : std::as_const(m_listingViews))
        view->setModel(nullptr);
    qDeleteAll(m_listings);
    m_listings.clear();
    delete m_model;
    m_model = nullptr;
}

void MainTabs::attach(Database& database, const PairingFilter& filter)
{
    m_survey->setDatabase(database);
    attachModels(database, filter);
    attachDatabaseTabs(database, filter);
}

void MainTabs::attachModels(Database& database, const PairingFilter& filter)
{
    detach();
    m_model = new PairingTableModel(database, this);
    m_model->setLanguage(m_language);
    m_model->setFilter(filter);
    m_view->setModel(m_model);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_model, &PairingTableModel::countChanged, this, &MainTabs::countsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainTabs::pairingChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainTabs::pairingChanged);

    for (int i = 0; i < m_listingViews.size(); ++i) {
        auto* model = new ListingTableModel(database, kListings[i], this);
        model->setLanguage(m_language);
        model->setSearch(filter.search);
        m_listings << model;
        m_listingViews[i]->setModel(model);
        m_listingViews[i]->sortByColumn(-1, Qt::AscendingOrder);
        connect(m_listingViews[i]->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainTabs::recordChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &MainTabs::countsChanged);
    }
}

void MainTabs::attachDatabaseTabs(Database& database, const PairingFilter& filter)
{
    const int current = currentIndex();
    for (QWidget* old : {static_cast<QWidget*>(m_gallery), static_cast<QWidget*>(m_reportView),
                         static_cast<QWidget*>(m_mapView)})
        if (old) {
            removeTab(indexOf(old));
            delete old;
        }
    m_gallery = new FigureGallery(database, this, FigureGallery::Drawing::WhenShown);
    m_gallery->setObjectName(QStringLiteral("figureGallery"));
    m_gallery->setLanguage(m_language);
    m_gallery->setFilter(filter);
    insertTab(FiguresTab, m_gallery, QString());
    m_reportView = new ReportCheckView(database, this, ReportCheckView::Reading::WhenShown);
    m_reportView->setObjectName(QStringLiteral("reportCheckView"));
    m_reportView->setLanguage(m_language);
    insertTab(ReportTab, m_reportView, QString());
    m_mapView = new MapView(database, this, MapView::Drawing::WhenShown);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    m_mapView->setLanguage(m_language);
    m_mapView->setFilter(filter);
    connect(m_mapView, &MapView::divisionClicked, this, &MainTabs::divisionClicked);
    insertTab(MapTab, m_mapView, QString());
    // Their layouts ask for a wide minimum; the window's splitter must still leave room to the
    // detail pane, so they make do with what their tab gets.
    for (QWidget* tab : {static_cast<QWidget*>(m_gallery), static_cast<QWidget*>(m_reportView),
                         static_cast<QWidget*>(m_mapView)})
        tab->setMinimumSize(200, 200);
    setCurrentIndex(current);
}

void MainTabs::setFilter(const PairingFilter& filter)
{
    m_model->setFilter(filter);
    // The other tables follow the search box: the rest of the filter is about pairings.
    for (ListingTableModel* listing : std::as_const(m_listings))
        listing->setSearch(filter.search);
    m_gallery->setFilter(filter);
    m_mapView->setFilter(filter);
}

void MainTabs::setLanguage(Language language)
{
    m_language = language;
    const qint64 pairing = selectedPairingId();
    m_model->setLanguage(language);
    for (ListingTableModel* listing : std::as_const(m_listings))
        listing->setLanguage(language);
    m_survey->setLanguage(language);
    m_gallery->setLanguage(language);
    m_reportView->setLanguage(language);
    m_mapView->setLanguage(language);
    if (pairing)
        selectPairing(pairing);
}

void MainTabs::reload()
{
    const qint64 pairing = selectedPairingId();
    m_model->reload();
    for (ListingTableModel* listing : std::as_const(m_listings))
        listing->reload();
    if (pairing)
        selectPairing(pairing);
    m_gallery->reload(); // the register changed under the same filter
    m_reportView->reload();
    m_mapView->reload();
}

ListingTableModel* MainTabs::listingModel(Tab tab) const
{
    return tab == PairingsTab ? nullptr : m_listings.value(tab - 1);
}

QList<QTableView*> MainTabs::tables() const
{
    return QList<QTableView*>{m_view} + QList<QTableView*>(m_listingViews);
}

QTableView* MainTabs::tableView(Tab tab) const
{
    return tab == PairingsTab ? m_view : m_listingViews.value(tab - 1);
}

qint64 MainTabs::selectedPairingId() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->currentIndex() : QModelIndex();
    return current.isValid() ? m_model->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

qint64 MainTabs::selectedCityId() const
{
    QTableView* view = tableView(CitiesTab);
    const QModelIndex current = view->selectionModel() ? view->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

void MainTabs::selectPairing(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(Qt::UserRole).toLongLong() == id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_view->currentIndex());
            return;
        }
}

void MainTabs::showSelectedRecord(RecordDetailPane& pane) const
{
    const int tab = currentIndex();
    QTableView* view = tab >= CitiesTab && tab <= SourcesTab ? tableView(Tab(tab)) : nullptr;
    const QModelIndex current =
        view && view->selectionModel() ? view->currentIndex().siblingAtColumn(0) : QModelIndex();
    if (!current.isValid()) {
        pane.showRecord(RecordDetailPane::Kind::None, {});
        return;
    }
    // Divisions are keyed by their code (the first column), cities and sources by id.
    if (tab == DivisionsTab)
        pane.showRecord(RecordDetailPane::Kind::Division, current.data().toString());
    else if (tab == CitiesTab || tab == SourcesTab)
        pane.showRecord(tab == CitiesTab ? RecordDetailPane::Kind::City
                                         : RecordDetailPane::Kind::Source,
                        current.data(Qt::UserRole).toString());
    else
        pane.showRecord(RecordDetailPane::Kind::None, {});
}

} // namespace sc
