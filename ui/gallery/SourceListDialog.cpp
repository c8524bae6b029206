#include "SourceListDialog.h"

#include "ChartBuilder.h"
#include "FigureExporter.h"
#include "SourceTableModel.h"
#include "figures/SourceCitation.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sc {

SourceListDialog::SourceListDialog(const FigureData& data, QWidget* parent)
    : QDialog(parent), m_data(data)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_model = new SourceTableModel(this);
    m_model->setFigure(m_data);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourceTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Widths set once, not measured over thousands of rows (ResizeToContents would).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SourceTableModel::Group, 220);
    m_table->setColumnWidth(SourceTableModel::Title, 280);
    m_table->setColumnWidth(SourceTableModel::Publisher, 160);
    m_table->setColumnWidth(SourceTableModel::Values, 80);

    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copySources"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_copy, &QPushButton::clicked, this, &SourceListDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    retranslateUi();
}

void SourceListDialog::copyAll()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(FigureExporter::sourcesText(m_data)));
}

void SourceListDialog::retranslateUi()
{
    setWindowTitle(tr("Sources of %1").arg(ChartBuilder::captionLine(m_data)));
    const QLocale locale;
    m_summary->setText(
        tr("%1 sources, cited under %2 names in the figure's source line. An exported figure "
           "prints that line whole and writes this list beside it.")
            .arg(locale.toString(qint64(m_data.sources.size())),
                 locale.toString(
                     qint64(SourceCitation::groups(m_data.sources, m_data.language).size()))));
    m_copy->setText(tr("Copy all"));
    m_copy->setToolTip(tr("Copy the caption, the whole source line and every source as text"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, SourceTableModel::ColumnCount - 1);
}

void SourceListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sc
