#pragma once

#include "GalleryFigure.h"
#include "Language.h"
#include "PairingFilter.h"
#include "figures/FigureData.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;
class QTimer;

namespace sc {

class Database;
class FigureTableModel;
class FigureWorker;

// The report's figures drawn from the open database: a list with thumbnails, the chosen figure
// large with its data table beside it, and its caption and source line as the report prints
// them. Follows the pairing filter and the data language it is given; exports one figure or
// all of them. Its parts by object name: "figureList", "figureChart" (a QChartView),
// "figureTable" (the data, a FigureTableModel), the labels "figureCaption", "figureSources" (the
// source line, shortened when long, and footnotes) and "figureStatus" ("Computing…" while the
// chosen figure waits for its data), the button "figureAllSources" and the "figureWorker" (a
// FigureWorker).
//
// The figures' data is computed by the worker, off the GUI thread, and drawn here as it arrives:
// the chosen figure first, then one thumbnail per turn of the event loop, so that typing in the
// filter never waits for a query. Until its new data arrives a thumbnail keeps its last picture
// greyed, with "computing…" under its name, and the chosen figure is dimmed: the user sees at
// once which figures are not yet the new selection's, and the list does not flash blank on every
// key. While the gallery is hidden nothing is computed; it asks when it is shown again.
class FigureGallery final : public QWidget {
    Q_OBJECT

public:
    // As a tab of the window the gallery is made hidden: WhenShown leaves its figures' queries
    // (seconds at a million pairings) until it is first shown or a figure is chosen.
    enum class Drawing { Now, WhenShown };
    explicit FigureGallery(Database& database, QWidget* parent = nullptr,
                           Drawing drawing = Drawing::Now);

    ~FigureGallery() override;

    QString currentId() const;
    void setCurrentId(const QString& id);
    // The chosen figure's data as drawn (the last filter's until the new data arrives).
    const FigureData& currentData() const { return m_data; }
    // Whether figures asked for (the gallery is shown or drawing Now) are still being computed
    // or drawn; figuresDrawn() is emitted when the last of them is drawn.
    bool isDrawing() const;

signals:
    void figuresDrawn();

public slots:
    void setFilter(const sc::PairingFilter& filter);
    void setLanguage(sc::Language language);
    // Draws everything again from the database: after an edit or an import.
    void reload();
    void exportFigures();
    void copyFigure();
    // Every source of the chosen figure in a dialog ("sourceList", a SourceListDialog): its
    // source line under the chart names only the first when there are many.
    void showAllSources();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    QString listLabel(const QString& id) const;
    // The filter, the language or the register changed: every figure is asked for anew when
    // the gallery is shown (now, if it is).
    void refresh();
    // Asks the worker for every figure, the chosen one first; the drawn ones turn pending.
    void request();
    void received(quint64 generation, const QString& id, const GalleryFigure& figure,
                  const QString& problem);
    // One figure drawn from what has arrived: the chosen one, else the next thumbnail.
    void drawNext();
    void drawThumbnail(QListWidgetItem* item);
    void markPending(QListWidgetItem* item);
    void showCurrent();
    void drawCurrent(const GalleryFigure& figure, const QString& problem);
    void setCurrentPending(bool pending);
    // The chosen figure drawn for the current filter, computed here if it has not arrived: what
    // an export or a copy writes. False when it cannot be computed (said in the caption).
    bool ensureCurrent();

    Database& m_database;
    PairingFilter m_filter;
    Language m_language = Language::En;
    FigureData m_data;
    QListWidget* m_list = nullptr;
    QChartView* m_view = nullptr;
    QTableView* m_table = nullptr;
    FigureTableModel* m_model = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_sourcesButton = nullptr;
    FigureWorker* m_worker = nullptr;
    QTimer* m_drawTimer = nullptr;

    // The worker's generation whose results are drawn; 0 while none is asked for.
    quint64 m_generation = 0;
    // What has arrived of that generation, by figure id: data, or why there is none.
    QHash<QString, GalleryFigure> m_arrived;
    QHash<QString, QString> m_problems;
    QStringList m_undrawn;              // thumbnails waiting for their data, in list order
    QHash<QString, QPixmap> m_pictures; // each thumbnail's last picture, greyed while pending
    bool m_stale = false;               // to be asked for when the gallery is shown
    bool m_currentPending = false;      // the chosen figure waits for its data
};

} // namespace sc
