#include "ReportCheckView.h"

#include "ReportCheckModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sc {

ReportCheckView::ReportCheckView(Database& database, QWidget* parent, Reading reading)
    : QWidget(parent), m_reading(reading), m_stale(reading == Reading::WhenShown)
{
    m_model = new ReportCheckModel(database, this, !m_stale);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ReportCheckModel::Statement,
                                                     QHeaderView::ResizeToContents);
    for (int column : {ReportCheckModel::Figure, ReportCheckModel::Published,
                       ReportCheckModel::InDatabase, ReportCheckModel::Difference})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Notes wrap onto as many lines as they need: they say why a number differs.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    m_lacking = new QLabel(this);
    m_lacking->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addWidget(m_lacking);
    layout->addWidget(m_view, 1);
    retranslateUi();
    showLacking();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportCheckView::showLacking);
}

void ReportCheckView::setLanguage(Language language)
{
    m_model->setLanguage(language, false);
    readOrDefer();
}

void ReportCheckView::reload()
{
    readOrDefer();
}

void ReportCheckView::readOrDefer()
{
    if (m_reading == Reading::WhenShown && !isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_model->reload();
}

void ReportCheckView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        readOrDefer();
}

void ReportCheckView::showLacking()
{
    QStringList parts;
    const QMap<QString, int> lacking = ReportCheck::lackingByFigure(m_model->rows());
    for (auto it = lacking.cbegin(); it != lacking.cend(); ++it)
        parts << tr("%1: %2").arg(it.key()).arg(it.value());
    m_lacking->setText(parts.isEmpty() ? QString()
                                       : tr("Pairs the register still lacks, per figure (at "
                                            "least): %1")
                                             .arg(parts.join(QStringLiteral(" · "))));
}

void ReportCheckView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        readOrDefer(); // statements and notes are worded by core in the current language
    }
    QWidget::changeEvent(event);
}

void ReportCheckView::retranslateUi()
{
    m_intro->setText(
        tr("Every number the report (and a few other publications) states, beside what the open "
           "database gives for the same definition. Pairs of unknown date are counted whatever "
           "their date; statistics the register cannot answer say why."));
}

} // namespace sc
