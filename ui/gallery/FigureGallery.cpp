#include "FigureGallery.h"

#include "ChartBuilder.h"
#include "Error.h"
#include "FigureExportDialog.h"
#include "FigureExporter.h"
#include "FigureTableModel.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sc {

namespace {

const QSize kThumbnail(120, 80);
const QString kCustomPrefix = QStringLiteral("custom:");

// Beyond the report: the register's chart kinds over whatever the filter panel selects.
const CustomFigure::Measure kCustomMeasures[] = {
    CustomFigure::Measure::NewPerYear, CustomFigure::Measure::Cumulative,
    CustomFigure::Measure::PartnerCountry, CustomFigure::Measure::Division,
    CustomFigure::Measure::Region};

} // namespace

FigureGallery::FigureGallery(Database& database, QWidget* parent, Drawing drawing)
    : QWidget(parent), m_database(database)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("figureList"));
    m_list->setIconSize(kThumbnail);
    m_list->setSpacing(2);
    m_list->setWordWrap(true);
    // Narrow enough that the chart has the room: titles wrap under their thumbnails.
    m_list->setMinimumWidth(kThumbnail.width() + 90);
    m_list->setMaximumWidth(kThumbnail.width() + 200);
    m_list->setTextElideMode(Qt::ElideRight);

    m_view = new QChartView(this);
    m_view->setObjectName(QStringLiteral("figureChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 320);

    m_model = new FigureTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("figureCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("figureSources"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);

    m_exportButton = new QPushButton(this);
    m_copyButton = new QPushButton(this);
    connect(m_exportButton, &QPushButton::clicked, this, &FigureGallery::exportFigures);
    connect(m_copyButton, &QPushButton::clicked, this, &FigureGallery::copyFigure);

    // The chart takes the width; its data table sits beneath, wide enough for every column.
    auto* figureSplit = new QSplitter(Qt::Vertical, this);
    figureSplit->addWidget(m_view);
    figureSplit->addWidget(m_table);
    figureSplit->setStretchFactor(0, 3);
    figureSplit->setStretchFactor(1, 1);
    m_table->setMinimumHeight(120);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_exportButton);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(figureSplit, 1);
    rightLayout->addWidget(m_caption);
    rightLayout->addWidget(m_source);
    rightLayout->addLayout(buttons);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(split);

    for (const FigureSpec& spec : FigureCatalog::all()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, spec.id);
    }
    for (CustomFigure::Measure measure : kCustomMeasures) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, kCustomPrefix + CustomFigure::measureKey(measure));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    retranslateUi();
    if (drawing == Drawing::WhenShown) {
        m_thumbnailsStale = true;
        m_currentPending = true;
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentRow(0);
        return;
    }
    refreshList();
    m_list->setCurrentRow(0);
}

QString FigureGallery::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void FigureGallery::setCurrentId(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

void FigureGallery::setFilter(const PairingFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refreshThumbnails();
    followCurrent();
}

void FigureGallery::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    refreshThumbnails();
    followCurrent();
}

void FigureGallery::reload()
{
    refreshThumbnails();
    followCurrent();
}

void FigureGallery::refreshThumbnails()
{
    // Twenty-three small charts cost about half a second: while the gallery is hidden (the
    // user types in the search box of the pairings tab), they wait until it is shown.
    if (isVisible())
        refreshList();
    else
        m_thumbnailsStale = true;
}

void FigureGallery::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Drawn from the event loop once the window has finished showing, not from inside it.
    if (m_thumbnailsStale || m_currentPending)
        QTimer::singleShot(0, this, [this] {
            if (m_currentPending && isVisible())
                showCurrent();
            if (m_thumbnailsStale && isVisible()) {
                m_thumbnailsStale = false;
                refreshList();
            }
        });
}

FigureData FigureGallery::dataFor(const QString& id) const
{
    const FigureQuery query(m_database);
    if (id.startsWith(kCustomPrefix)) {
        const auto measure = CustomFigure::measureFromKey(id.mid(kCustomPrefix.size()));
        if (!measure)
            throw Error(Error::Kind::NotFound, id);
        return query.run(CustomFigure{*measure, m_filter}, m_language);
    }
    return query.run(id, m_filter, m_language);
}

QString FigureGallery::listLabel(const QString& id) const
{
    if (const FigureSpec* spec = FigureCatalog::find(id))
        return FigureCatalog::label(spec->number, m_language);
    return tr("Your selection");
}

void FigureGallery::refreshList()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        try {
            const FigureData data = dataFor(id);
            item->setIcon(QPixmap::fromImage(FigureExporter::image(data, kThumbnail * 2, 192)));
            // Two short lines beside the thumbnail; the tooltip has the whole title.
            const int width = m_language == Language::En ? 28 : 13;
            QString caption = data.caption;
            if (caption.size() > 2 * width)
                caption = caption.left(2 * width - 1) + QStringLiteral("…");
            if (caption.size() > width) {
                int cut = m_language == Language::En
                              ? int(caption.lastIndexOf(QLatin1Char(' '), width))
                              : width;
                if (cut <= 0)
                    cut = width;
                caption = caption.left(cut) + QLatin1Char('\n') + caption.mid(cut).trimmed();
            }
            item->setText(listLabel(id) + QLatin1Char('\n') + caption);
            item->setToolTip(data.title());
        } catch (const Error& error) {
            item->setIcon({});
            item->setText(listLabel(id));
            item->setToolTip(error.message());
        }
    }
}

void FigureGallery::followCurrent()
{
    if (m_currentPending && !isVisible())
        return;
    showCurrent();
}

void FigureGallery::showCurrent()
{
    m_currentPending = false;
    if (currentId().isEmpty())
        return;
    QChart* previous = m_view->chart();
    try {
        m_data = dataFor(currentId());
    } catch (const Error& error) {
        m_data = FigureData();
        m_model->setFigure(m_data);
        m_view->setChart(new QChart);
        m_caption->setText(error.message());
        m_source->clear();
        delete previous;
        return;
    }
    m_model->setFigure(m_data);
    // A new figure's table starts at its label columns, not where the last one was scrolled.
    m_table->scrollToTop();
    m_table->horizontalScrollBar()->setValue(0);
    m_view->setChart(ChartBuilder::build(m_data));
    delete previous;
    // As the report prints it: "图 3：… · 数据来源：…", with what a reader must know after it.
    m_caption->setText(
        QStringLiteral("<b>%1</b>").arg(ChartBuilder::captionLine(m_data).toHtmlEscaped()));
    QStringList lines{ChartBuilder::sourceLine(m_data)};
    lines << ChartBuilder::footnotes(m_data);
    m_source->setText(lines.join(QLatin1Char('\n')));
}

void FigureGallery::exportFigures()
{
    FigureExportDialog dialog(this);
    dialog.setFolder(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        if (dialog.allFigures()) {
            QStringList skipped;
            FigureExporter::saveAll(m_database, m_filter, m_language, dialog.folder(),
                                    dialog.format(), dialog.pixels(), dialog.dpi(), &skipped);
            if (!skipped.isEmpty())
                QMessageBox::warning(this, tr("Some figures were not exported"),
                                     skipped.join(QLatin1Char('\n')));
        } else {
            if (!QDir().mkpath(dialog.folder()))
                throw Error(Error::Kind::Io,
                            tr("cannot create the folder \"%1\"").arg(dialog.folder()));
            FigureExporter::save(
                m_data,
                QDir(dialog.folder()).filePath(FigureExporter::fileName(m_data, dialog.format())),
                dialog.format(), dialog.pixels(), dialog.dpi());
        }
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot export"), error.message());
    }
}

void FigureGallery::copyFigure()
{
    if (!m_data.id.isEmpty())
        FigureExporter::copyToClipboard(m_data, m_view->size() * 2, 192);
}

void FigureGallery::retranslateUi()
{
    m_exportButton->setText(tr("Export…"));
    m_copyButton->setText(tr("Copy"));
    m_exportButton->setToolTip(tr("Export this figure or all figures as PNG, SVG or PDF"));
    m_copyButton->setToolTip(tr("Copy the figure to the clipboard as an image"));
}

void FigureGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sc
