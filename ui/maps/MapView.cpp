#include "MapView.h"

#include "Error.h"
#include "MapCanvas.h"
#include "MapExporter.h"
#include "gallery/FigureExportDialog.h"
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sc {

MapView::MapView(Database& database, QWidget* parent, Drawing drawing)
    : QWidget(parent), m_database(database)
{
    m_maps = new QComboBox(this);
    for (const MapSpec& spec : MapCatalog::all())
        m_maps->addItem(QString(), spec.id);
    m_limit = new QCheckBox(this);
    m_limit->setObjectName(QStringLiteral("yearLimit"));
    m_year = new QSlider(Qt::Horizontal, this);
    m_year->setObjectName(QStringLiteral("yearSlider"));
    m_year->setRange(kFirstYear, kLastYear);
    m_year->setValue(kLastYear);
    m_year->setEnabled(false);
    m_yearLabel = new QLabel(QString::number(kLastYear), this);
    m_yearLabel->setMinimumWidth(
        m_yearLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 4);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("play"));
    m_play->setCheckable(true);
    m_export = new QPushButton(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(400);
    m_canvas = new MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_maps, 2);
    bar->addSpacing(12);
    bar->addWidget(m_limit);
    bar->addWidget(m_year, 3);
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_play);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    connect(m_maps, &QComboBox::currentIndexChanged, this, &MapView::reload);
    connect(m_limit, &QCheckBox::toggled, this, [this](bool on) {
        m_year->setEnabled(on);
        reload();
    });
    connect(m_year, &QSlider::valueChanged, this, [this](int year) {
        m_yearLabel->setText(QString::number(year));
        if (m_limit->isChecked())
            reload();
    });
    connect(m_play, &QToolButton::clicked, this, &MapView::togglePlay);
    connect(m_timer, &QTimer::timeout, this, &MapView::step);
    connect(m_export, &QPushButton::clicked, this, &MapView::exportMaps);
    connect(m_canvas, &MapCanvas::divisionClicked, this, &MapView::divisionClicked);
    retranslateUi();
    if (drawing == Drawing::WhenShown)
        m_stale = true;
    else
        reload();
}

QString MapView::currentId() const
{
    return m_maps->currentData().toString();
}

void MapView::setCurrentId(const QString& id)
{
    const int index = m_maps->findData(id);
    if (index >= 0)
        m_maps->setCurrentIndex(index);
}

const MapData& MapView::currentData() const
{
    return m_canvas->data();
}

PairingFilter MapView::effectiveFilter() const
{
    PairingFilter filter = m_filter;
    if (m_limit->isChecked() && !filter.undatedOnly) {
        const int year = m_year->value();
        filter.toYear = filter.toYear ? std::min(*filter.toYear, year) : year;
        if (filter.fromYear && *filter.fromYear > *filter.toYear)
            filter.fromYear = filter.toYear;
    }
    return filter;
}

void MapView::setFilter(const PairingFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reloadWhenVisible();
}

void MapView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    reloadWhenVisible();
}

void MapView::reloadWhenVisible()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void MapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void MapView::reload()
{
    m_stale = false;
    try {
        m_canvas->setData(MapQuery(m_database).run(currentId(), effectiveFilter(), m_language));
    } catch (const Error& error) {
        // A filter the map cannot run (more countries than a map has) leaves the map as it was.
        m_canvas->setToolTip(error.message());
    }
}

void MapView::togglePlay()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        m_play->setChecked(false);
        return;
    }
    m_limit->setChecked(true);
    if (m_year->value() >= kLastYear)
        m_year->setValue(kFirstYear);
    m_play->setChecked(true);
    m_timer->start();
}

void MapView::step()
{
    if (m_year->value() >= kLastYear) {
        m_timer->stop();
        m_play->setChecked(false);
        return;
    }
    m_year->setValue(m_year->value() + 1);
}

void MapView::exportMaps()
{
    FigureExportDialog dialog(this);
    dialog.setFolder(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        if (dialog.allFigures()) {
            MapExporter::saveAll(m_database, effectiveFilter(), m_language, dialog.folder(),
                                 dialog.format(), dialog.pixels(), dialog.dpi());
        } else {
            if (!QDir().mkpath(dialog.folder()))
                throw Error(Error::Kind::Io,
                            tr("cannot create the folder \"%1\"").arg(dialog.folder()));
            const MapData& data = currentData();
            MapExporter::save(
                data, QDir(dialog.folder()).filePath(MapExporter::fileName(data, dialog.format())),
                dialog.format(), dialog.pixels(), dialog.dpi());
        }
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot export"), error.message());
    }
}

void MapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MapView::retranslateUi()
{
    const QStringList names{
        tr("China: all partners (figure 5)"),       tr("China: pairs with Japan (figure 6)"),
        tr("China: pairs with Korea (figure 8)"),   tr("Japan: pairs with China, by prefecture"),
        tr("Korea: pairs with China, by province"), tr("Links between divisions")};
    for (int i = 0; i < m_maps->count() && i < names.size(); ++i)
        m_maps->setItemText(i, names.at(i));
    m_limit->setText(tr("Up to year"));
    m_limit->setToolTip(tr("Only the pairs established up to the chosen year"));
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play the years %1–%2").arg(kFirstYear).arg(kLastYear));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export this map or all maps as PNG, SVG or PDF"));
}

} // namespace sc
