#pragma once

#include "Language.h"
#include "PairingFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sc {

class Database;

// The filters of the pairings table and of the figures: countries, a division chosen from a
// tree by country, China's region, a year range or "undated only", status, kind and a search
// over every name in every language. Says what is active, and clears it all in one action.
// What it remembers is FilterSettings; its search field is the child "filterSearch".
class FilterPanel final : public QWidget {
    Q_OBJECT

public:
    explicit FilterPanel(Database& database, QWidget* parent = nullptr);

    PairingFilter filter() const { return m_filter; }
    // Shows `filter` in the widgets (emits filterChanged when it differs).
    void setFilter(const PairingFilter& filter);
    void setLanguage(Language language);
    // Another database: its countries and divisions (the filter is kept where it applies).
    void setDatabase(Database& database);
    void reloadReferenceData();
    // The active filters in words, as the panel shows them (PairingFilterText::summary).
    QString summary() const;

public slots:
    void clear();
    void focusSearch();

signals:
    void filterChanged(const sc::PairingFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void populateCountries();
    void populateDivisions();
    void populateChoices();
    void readWidgets();
    void showFilter();

    Database* m_database;
    Language m_language = Language::En;
    PairingFilter m_filter;
    bool m_updating = false;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_partner = nullptr;
    QTreeWidget* m_divisions = nullptr;
    QComboBox* m_region = nullptr;
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QCheckBox* m_undated = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_summaryTitle = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace sc
