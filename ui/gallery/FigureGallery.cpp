#include "FigureGallery.h"

#include "ChartBuilder.h"
#include "Error.h"
#include "FigureExportDialog.h"
#include "FigureExporter.h"
#include "FigureTableModel.h"
#include "FigureThumbnail.h"
#include "FigureWorker.h"
#include "SourceListDialog.h"
#include "figures/FigureCatalog.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
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

const QSize kThumbnail = FigureThumbnail::kSize;

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
    m_view->setChart(new QChart);

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
    // Beside the buttons, where showing and hiding it moves nothing else.
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("figureStatus"));

    m_exportButton = new QPushButton(this);
    m_copyButton = new QPushButton(this);
    m_sourcesButton = new QPushButton(this);
    m_sourcesButton->setObjectName(QStringLiteral("figureAllSources"));
    connect(m_sourcesButton, &QPushButton::clicked, this, &FigureGallery::showAllSources);
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
    buttons->addWidget(m_status);
    buttons->addStretch(1);
    buttons->addWidget(m_sourcesButton);
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
        item->setData(Qt::UserRole, FigureWorker::customId(measure));
    }

    m_worker = new FigureWorker(database, this);
    connect(m_worker, &FigureWorker::computed, this,
            [this](quint64 generation, const QString& id, const GalleryFigure& figure) {
                received(generation, id, figure, QString());
            });
    connect(m_worker, &FigureWorker::failed, this,
            [this](quint64 generation, const QString& id, const QString& problem) {
                received(generation, id, GalleryFigure(), problem);
            });
    // A zero timer fires once a turn of the event loop, after the input that waits: one figure
    // drawn a turn keeps the window answering while two dozen arrive at once.
    m_drawTimer = new QTimer(this);
    m_drawTimer->setInterval(0);
    connect(m_drawTimer, &QTimer::timeout, this, &FigureGallery::drawNext);

    {
        const QSignalBlocker quiet(m_list);
        m_list->setCurrentRow(0);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    retranslateUi();
    for (int row = 0; row < m_list->count(); ++row)
        markPending(m_list->item(row));
    setCurrentPending(true);
    if (drawing == Drawing::WhenShown)
        m_stale = true;
    else
        request();
}

FigureGallery::~FigureGallery()
{
    // The worker stops (and its connection closes) before the widgets its results would reach.
    delete m_worker;
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

bool FigureGallery::isDrawing() const
{
    return m_generation != 0 && (m_currentPending || !m_undrawn.isEmpty());
}

void FigureGallery::setFilter(const PairingFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void FigureGallery::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void FigureGallery::reload()
{
    refresh();
}

void FigureGallery::refresh()
{
    if (isVisible()) {
        request();
        return;
    }
    // Hidden (the user types in the search box of the pairings tab): nothing is computed, and
    // what was asked for before is of no use any more.
    m_worker->cancel();
    m_generation = 0;
    m_stale = true;
}

void FigureGallery::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Asked for from the event loop once the window has finished showing, not from inside it.
    if (m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                request();
        });
}

void FigureGallery::request()
{
    m_stale = false;
    m_arrived.clear();
    m_problems.clear();
    m_undrawn.clear();
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        ids << item->data(Qt::UserRole).toString();
        markPending(item);
    }
    m_undrawn = ids;
    // The chosen figure first: the user looks at it.
    const QString current = currentId();
    if (!current.isEmpty()) {
        ids.removeAll(current);
        ids.prepend(current);
    }
    setCurrentPending(true);
    m_generation = m_worker->request(ids, m_filter, m_language);
}

void FigureGallery::received(quint64 generation, const QString& id, const GalleryFigure& figure,
                             const QString& problem)
{
    // Of a filter or language the user has left behind: never drawn over the newer one.
    if (generation != m_generation)
        return;
    if (problem.isEmpty())
        m_arrived.insert(id, figure);
    else
        m_problems.insert(id, problem);
    m_drawTimer->start();
}

void FigureGallery::drawNext()
{
    const QString current = currentId();
    if (m_currentPending && (m_arrived.contains(current) || m_problems.contains(current))) {
        drawCurrent(m_arrived.value(current), m_problems.value(current));
        return;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        if (m_undrawn.contains(id) && (m_arrived.contains(id) || m_problems.contains(id))) {
            drawThumbnail(item);
            return;
        }
    }
    m_drawTimer->stop();
    if (m_generation != 0 && !isDrawing())
        emit figuresDrawn();
}

QString FigureGallery::listLabel(const QString& id) const
{
    if (const FigureSpec* spec = FigureCatalog::find(id))
        return FigureCatalog::label(spec->number, m_language);
    return tr("Your selection");
}

void FigureGallery::markPending(QListWidgetItem* item)
{
    const QString id = item->data(Qt::UserRole).toString();
    QPixmap picture = m_pictures.value(id);
    if (picture.isNull()) {
        // Never drawn: an empty frame of the thumbnail's size keeps the list from jumping.
        picture = QPixmap(kThumbnail * 2);
        picture.fill(palette().color(QPalette::Base));
        QPainter painter(&picture);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(picture.rect().adjusted(0, 0, -1, -1));
    }
    // The last picture greyed, as the style draws a disabled icon: not the selection's yet.
    item->setIcon(QIcon(QIcon(picture).pixmap(kThumbnail * 2, QIcon::Disabled)));
    item->setText(listLabel(id) + QLatin1Char('\n') + tr("computing…"));
    item->setToolTip(tr("Computing this figure for the current filter and language…"));
}

void FigureGallery::drawThumbnail(QListWidgetItem* item)
{
    const QString id = item->data(Qt::UserRole).toString();
    m_undrawn.removeAll(id);
    if (m_problems.contains(id)) {
        m_pictures.remove(id);
        item->setIcon({});
        item->setText(listLabel(id));
        item->setToolTip(m_problems.value(id));
        return;
    }
    const GalleryFigure& figure = m_arrived[id];
    const FigureData& data = figure.data;
    const QPixmap picture =
        QPixmap::fromImage(FigureThumbnail::image(data, figure.thumbnailSources));
    m_pictures.insert(id, picture);
    item->setIcon(picture);
    // The tooltip has the whole title.
    item->setText(listLabel(id) + QLatin1Char('\n') +
                  FigureThumbnail::caption(data.caption, m_language));
    item->setToolTip(data.title());
}

void FigureGallery::showCurrent()
{
    const QString current = currentId();
    if (current.isEmpty())
        return;
    if (m_arrived.contains(current) || m_problems.contains(current)) {
        drawCurrent(m_arrived.value(current), m_problems.value(current));
        return;
    }
    setCurrentPending(true);
    // Asked for at once when the gallery's figures are on their way; a hidden gallery asks
    // for all of them when it is shown.
    if (m_generation != 0)
        m_worker->prioritise(current);
}

void FigureGallery::setCurrentPending(bool pending)
{
    m_currentPending = pending;
    // Faded towards the view's background: still there to compare, plainly not the new one.
    m_view->chart()->setOpacity(pending ? 0.35 : 1.0);
    for (QWidget* part : {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_caption),
                          static_cast<QWidget*>(m_source), static_cast<QWidget*>(m_sourcesButton)})
        part->setEnabled(!pending);
    m_status->setText(pending ? tr("Computing…") : QString());
}

void FigureGallery::drawCurrent(const GalleryFigure& figure, const QString& problem)
{
    setCurrentPending(false);
    QChart* previous = m_view->chart();
    if (!problem.isEmpty()) {
        m_data = FigureData();
        m_model->setFigure(m_data);
        m_view->setChart(new QChart);
        m_caption->setText(problem);
        m_source->clear();
        m_source->setToolTip(QString());
        m_sourcesButton->setEnabled(false);
        delete previous;
        return;
    }
    m_data = figure.data;
    m_model->setFigure(m_data);
    // A new figure's table starts at its label columns, not where the last one was scrolled.
    m_table->scrollToTop();
    m_table->horizontalScrollBar()->setValue(0);
    m_view->setChart(ChartBuilder::build(m_data));
    delete previous;
    // As the report prints it: "图 3：… · 数据来源：…", with what a reader must know after it.
    m_caption->setText(
        QStringLiteral("<b>%1</b>").arg(ChartBuilder::captionLine(m_data).toHtmlEscaped()));
    // Bounded: a label of thousands of sources took a second of layout at every resize.
    QStringList lines{figure.captionSources};
    lines << ChartBuilder::footnotes(m_data);
    m_source->setText(lines.join(QLatin1Char('\n')));
    m_source->setToolTip(figure.shortened ? tr("The sources the line leaves out are listed by "
                                               "“All sources…” and in an exported figure.")
                                          : QString());
    m_sourcesButton->setEnabled(!m_data.sources.isEmpty());
}

void FigureGallery::showAllSources()
{
    if (!ensureCurrent())
        return;
    // Not modal: the user may keep the list open beside the chart it belongs to.
    auto* dialog = new SourceListDialog(m_data, this);
    dialog->setObjectName(QStringLiteral("sourceList"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool FigureGallery::ensureCurrent()
{
    if (m_currentPending) {
        // Not arrived (or never asked for, hidden): an export must not write the last
        // filter's figure, so it is computed here, once, at the user's request.
        QString problem;
        GalleryFigure figure;
        try {
            figure = GalleryFigure::of(
                FigureWorker::figure(m_database, currentId(), m_filter, m_language));
        } catch (const Error& error) {
            problem = error.message();
        }
        drawCurrent(figure, problem);
    }
    return !m_data.id.isEmpty();
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
            if (!ensureCurrent())
                throw Error(Error::Kind::Invalid, m_caption->text());
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
    if (ensureCurrent())
        FigureExporter::copyToClipboard(m_data, m_view->size() * 2, 192);
}

void FigureGallery::retranslateUi()
{
    m_exportButton->setText(tr("Export…"));
    m_copyButton->setText(tr("Copy"));
    m_exportButton->setToolTip(tr("Export this figure or all figures as PNG, SVG or PDF"));
    m_copyButton->setToolTip(tr("Copy the figure to the clipboard as an image"));
    m_sourcesButton->setText(tr("All sources…"));
    m_sourcesButton->setToolTip(
        tr("Every source of this figure's values: title, publisher, address, values"));
    if (m_currentPending)
        m_status->setText(tr("Computing…"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (m_undrawn.contains(item->data(Qt::UserRole).toString()))
            markPending(item);
    }
}

void FigureGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sc
