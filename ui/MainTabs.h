#pragma once

#include "Language.h"
#include "PairingFilter.h"

#include <QTabWidget>
#include <QVector>

class QTableView;

namespace sc {

class Database;
class FigureGallery;
class ListingTableModel;
class MapView;
class PairingTableModel;
class RecordDetailPane;
class ReportCheckView;
class SurveyView;

// The main window's tabs and what they show of the open database: the pairings table, the
// listings, the surveys with their questionnaire, the figure gallery, the report check and the
// map. All of it is made anew on another database; the window wires the panes around it through
// the signals below and names the tabs.
class MainTabs final : public QTabWidget {
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

    MainTabs(Database& database, const PairingFilter& filter, Language language, QWidget* parent);
    ~MainTabs() override;

    // Lets go of every model on the current database, before it is closed.
    void detach();
    // Shows `database` (read through `filter`) in every tab; after detach().
    void attach(Database& database, const PairingFilter& filter);
    void setFilter(const PairingFilter& filter);
    void setLanguage(Language language);
    // Re-reads every tab, keeping the selected pairing: the register changed.
    void reload();

    PairingTableModel* pairingModel() const { return m_model; }
    // nullptr for the tabs that are no listing.
    ListingTableModel* listingModel(Tab tab) const;
    // The pairings and the listings, in tab order.
    QList<QTableView*> tables() const;
    QTableView* tableView(Tab tab) const;

    // The selected pairing's id on the pairings tab, or 0; and the selected city's.
    qint64 selectedPairingId() const;
    qint64 selectedCityId() const;
    void selectPairing(qint64 id);
    // Shows in `pane` the city, division or source the current listing tab selects (nothing on
    // the other tabs).
    void showSelectedRecord(RecordDetailPane& pane) const;

signals:
    // The current pairing changed, or the rows under it did.
    void pairingChanged();
    // The current row of a listing changed.
    void recordChanged();
    // A table's count of matching rows may have changed.
    void countsChanged();
    // A division was clicked on the map.
    void divisionClicked(const QString& code);

private:
    void attachModels(Database& database, const PairingFilter& filter);
    // The figure gallery, the report check and the map read the database too: made anew with it.
    void attachDatabaseTabs(Database& database, const PairingFilter& filter);

    Language m_language;
    PairingTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QVector<ListingTableModel*> m_listings; // by Tab - 1
    QVector<QTableView*> m_listingViews;
    SurveyView* m_survey = nullptr;
    FigureGallery* m_gallery = nullptr;
    ReportCheckView* m_reportView = nullptr;
    MapView* m_mapView = nullptr;
};

} // namespace sc
