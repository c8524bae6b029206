#pragma once

#include "Language.h"
#include "PairingFilter.h"
#include "figures/FigureData.h"

#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace sc {

class Database;
class FigureTableModel;

// The report's figures drawn from the open database: a list with thumbnails, the chosen figure
// large with its data table beside it, and its caption and source line as the report prints
// them. Follows the pairing filter and the data language it is given; exports one figure or
// all of them. Its parts by object name: "figureList", "figureChart" (a QChartView),
// "figureTable" (the data, a FigureTableModel), the labels "figureCaption" and "figureSources".
class FigureGallery final : public QWidget {
    Q_OBJECT

public:
    // As a tab of the window the gallery is made hidden: WhenShown leaves its figures' queries
    // (seconds at a million pairings) until it is first shown or a figure is chosen.
    enum class Drawing { Now, WhenShown };
    explicit FigureGallery(Database& database, QWidget* parent = nullptr,
                           Drawing drawing = Drawing::Now);

    QString currentId() const;
    void setCurrentId(const QString& id);
    const FigureData& currentData() const { return m_data; }

public slots:
    void setFilter(const sc::PairingFilter& filter);
    void setLanguage(sc::Language language);
    // Draws everything again from the database: after an edit or an import.
    void reload();
    void exportFigures();
    void copyFigure();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // A report figure by its id (fig1 …), or a custom one ("custom:per-year" …) over the filter.
    FigureData dataFor(const QString& id) const;
    QString listLabel(const QString& id) const;
    void refreshList();
    void refreshThumbnails();
    void showCurrent();
    // showCurrent(), unless the figure was never drawn and the gallery is hidden.
    void followCurrent();

    Database& m_database;
    PairingFilter m_filter;
    Language m_language = Language::En;
    FigureData m_data;
    QListWidget* m_list = nullptr;
    QChartView* m_view = nullptr;
    QTableView* m_table = nullptr;
    FigureTableModel* m_model = nullptr;
    bool m_currentPending = false; // the chosen figure is drawn when the gallery is shown
    QLabel* m_caption = nullptr;
    QLabel* m_source = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    bool m_thumbnailsStale = false;
};

} // namespace sc
