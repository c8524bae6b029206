#include "DetailPane.h"

#include "CityDisplayName.h"
#include "DetailHtml.h"
#include "PairingDetail.h"
#include "ValueText.h"

#include <QEvent>
#include <QTextBrowser>

namespace sc {

using namespace DetailHtml;

DetailPane::DetailPane(Database& database, QWidget* parent) : QWidget(parent), m_database(&database)
{
    m_browser = fillWithBrowser(this);
    render();
}

void DetailPane::setDatabase(Database& database)
{
    m_database = &database;
    m_pairingId = 0;
    render();
}

void DetailPane::setLanguage(Language language)
{
    m_language = language;
    render();
}

void DetailPane::showPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    render();
}

void DetailPane::render()
{
    const auto detail = m_pairingId ? PairingDetail::load(*m_database, m_pairingId) : std::nullopt;
    if (!detail) {
        m_browser->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                               .arg(escaped(m_pairingId ? tr("This pairing no longer exists.")
                                                        : tr("Select a pairing to see its "
                                                             "cities, date and sources."))));
        return;
    }
    m_browser->setHtml(html(*detail));
}

QString DetailPane::html(const PairingDetail& detail) const
{
    const Pairing& p = detail.pairing;
    // The same unambiguous names as the table: 北京市东城区, not a bare 东城区.
    const auto shown = [this](const City& city) {
        const auto name = CityDisplayName::of(*m_database, city.id, m_language);
        return name ? name->name : city.names.display(m_language);
    };
    QString out = QStringLiteral("<h3>%1 — %2</h3>")
                      .arg(escaped(shown(detail.a.city)), escaped(shown(detail.b.city)));

    out += QStringLiteral("<table cellspacing='2'>");
    QString date = orUnknown(p.established.isEmpty() ? QString() : ValueText::date(p.established));
    if (!detail.precision.isEmpty())
        date += QStringLiteral(" <span style='color:#666'>(%1)</span>")
                    .arg(escaped(tr("precision: %1").arg(ValueText::precision(detail.precision))));
    out += row(tr("Established"), date);
    out += row(tr("Date basis"), orUnknown(p.dateBasis));
    out += row(tr("Status"), escaped(ValueText::status(p.status)));
    if (detail.unverified)
        out += row(tr("Verification"),
                   escaped(tr("unverified: known only from an undated list; no page of a party, "
                              "a register or the news names it")));
    if (!detail.endReason.isEmpty() || !detail.ended.isEmpty()) {
        QString history = detail.endReason == QLatin1String("suspended")   ? tr("suspended")
                          : detail.endReason == QLatin1String("dissolved") ? tr("dissolved")
                          : detail.endReason == QLatin1String("renamed")   ? tr("renamed")
                                                                           : QString();
        if (!detail.ended.isEmpty())
            history += QLatin1Char(' ') + ValueText::date(detail.ended);
        if (!detail.successorName.isEmpty())
            history += QStringLiteral(" → ") + detail.successorName;
        if (!detail.endSourceTitle.isEmpty())
            history += QStringLiteral(" (%1)").arg(detail.endSourceTitle);
        out += row(tr("Later history"), escaped(history.trimmed()));
    }
    out += row(tr("Kind"), escaped(ValueText::kind(p.kind)));
    if (!p.note.isEmpty())
        out += row(tr("Note"), escaped(p.note));
    out += QStringLiteral("</table>");

    for (const PairingDetail::Side* side : {&detail.a, &detail.b}) {
        const City& city = side->city;
        out += QStringLiteral("<h4>%1</h4><table cellspacing='2'>").arg(escaped(shown(city)));
        out += namesTable(city.names, tr("Native name"));
        out += row(tr("Country"), escaped(QStringLiteral("%1 (%2)").arg(
                                      side->countryNames.display(m_language), city.country)));
        QString division = city.division.isEmpty()
                               ? orUnknown({})
                               : escaped(QStringLiteral("%1 (%2)").arg(
                                     side->divisionNames.display(m_language), city.division));
        if (!side->region.isEmpty())
            division += escaped(QStringLiteral(" · ") +
                                tr("China's %1").arg(ValueText::region(side->region)));
        out += row(tr("Division"), division);
        out += row(tr("Level"), escaped(ValueText::level(city.level)));
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(escaped(tr("Sources")));
    for (const PairingDetail::SourceEntry& entry : detail.sources) {
        const Source& s = entry.source;
        QString item = link(s.url, s.title);
        QStringList facts;
        if (entry.primary)
            facts << tr("the pairing's source");
        if (!s.publisher.isEmpty())
            facts << s.publisher;
        if (!entry.established.isEmpty())
            facts << tr("gives the date %1").arg(ValueText::date(entry.established));
        if (!entry.relation.isEmpty())
            facts << entry.relation;
        if (!s.dateRead.isEmpty())
            facts << tr("read on %1").arg(ValueText::date(s.dateRead));
        if (!facts.isEmpty())
            item += QStringLiteral("<br><span style='color:#555'>%1</span>")
                        .arg(escaped(facts.join(QStringLiteral(" · "))));
        if (!entry.note.isEmpty())
            item += QStringLiteral("<br><i>%1</i>").arg(escaped(entry.note));
        out += QStringLiteral("<li>%1</li>").arg(item);
    }
    out += QStringLiteral("</ul>");
    return out;
}

void DetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace sc
