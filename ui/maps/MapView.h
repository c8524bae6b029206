#pragma once

#include "Language.h"
#include "PairingFilter.h"
#include "maps/MapData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace sc {

class Database;
class MapCanvas;

// The Map tab: one of the maps of MapCatalog over the filter panel's filter, a year slider that
// limits the map to the pairs established up to a year (and plays 1973–2025), and export.
// A click on a division asks for the register to be filtered to it. Its parts by object name:
// "mapCanvas", "yearLimit", "yearSlider", "play".
class MapView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kFirstYear = 1973;
    static constexpr int kLastYear = 2025;

    // As a tab of the window the map is made hidden: WhenShown leaves its queries (a second
    // and more at a million pairings) until it is first shown or another map is chosen.
    enum class Drawing { Now, WhenShown };
    explicit MapView(Database& database, QWidget* parent = nullptr, Drawing drawing = Drawing::Now);

    QString currentId() const;
    void setCurrentId(const QString& id);
    const MapData& currentData() const;
    // The filter the map draws: the panel's, limited to the slider's year when that is on.
    PairingFilter effectiveFilter() const;

public slots:
    void setFilter(const sc::PairingFilter& filter);
    void setLanguage(sc::Language language);
    void reload();
    void exportMaps();
    // Starts or stops the animation through the years.
    void togglePlay();

signals:
    void divisionClicked(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void step();
    // A hidden map is drawn again when it is shown, not on every keystroke in the search box.
    void reloadWhenVisible();

    Database& m_database;
    PairingFilter m_filter;
    Language m_language = Language::En;
    QComboBox* m_maps = nullptr;
    QCheckBox* m_limit = nullptr;
    QSlider* m_year = nullptr;
    QLabel* m_yearLabel = nullptr;
    QToolButton* m_play = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_timer = nullptr;
    MapCanvas* m_canvas = nullptr;
    bool m_stale = false;
};

} // namespace sc
