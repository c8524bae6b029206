#include "RecordDetailPane.h"

#include "CityDisplayName.h"
#include "CityRepository.h"
#include "DetailHtml.h"
#include "ReferenceData.h"
#include "SourceRepository.h"
#include "ValueText.h"
#include "figures/SourceCitation.h"

#include <QEvent>
#include <QLocale>
#include <QTextBrowser>

namespace sc {

using namespace DetailHtml;

RecordDetailPane::RecordDetailPane(Database& database, QWidget* parent)
    : QWidget(parent), m_database(&database)
{
    m_browser = fillWithBrowser(this);
    render();
}

void RecordDetailPane::setDatabase(Database& database)
{
    m_database = &database;
    showRecord(Kind::None, {});
}

void RecordDetailPane::setLanguage(Language language)
{
    m_language = language;
    render();
}

void RecordDetailPane::showRecord(Kind kind, const QString& key)
{
    m_kind = key.isEmpty() ? Kind::None : kind;
    m_key = key;
    render();
}

void RecordDetailPane::render()
{
    QString html;
    switch (m_kind) {
    case Kind::City:
        html = cityHtml(m_key.toLongLong());
        break;
    case Kind::Division:
        html = divisionHtml(m_key);
        break;
    case Kind::Source:
        html = sourceHtml(m_key.toLongLong());
        break;
    case Kind::None:
        break;
    }
    if (html.isEmpty())
        html = QStringLiteral("<p style='color:#666'>%1</p>")
                   .arg(escaped(m_kind == Kind::None ? tr("Select a row to see it in full.")
                                                     : tr("This record no longer exists.")));
    m_browser->setHtml(html);
}

QString RecordDetailPane::cityHtml(qint64 id) const
{
    const auto city = CityRepository(*m_database).get(id);
    if (!city)
        return {};
    const auto shown = CityDisplayName::of(*m_database, id, m_language);
    const ReferenceData reference(*m_database);
    QString out = QStringLiteral("<h3>%1</h3>")
                      .arg(escaped(shown ? shown->name : city->names.display(m_language)));
    if (shown && shown->source != language::code(m_language))
        out += QStringLiteral("<p style='color:#666'><i>%1</i></p>")
                   .arg(escaped(shown->source == QLatin1String("rr")
                                    ? tr("Romanised from the Korean by rule (Revised "
                                         "Romanization): no name in this language on record.")
                                    : tr("No name in this language on record: shown as the "
                                         "register writes it elsewhere.")));
    out += QStringLiteral("<table cellspacing='2'>") + namesTable(city->names, tr("Native name"));
    const auto country = reference.country(city->country);
    out += row(tr("Country"),
               escaped(QStringLiteral("%1 (%2)").arg(
                   country ? country->names.display(m_language) : QString(), city->country)));
    const auto division =
        city->division.isEmpty() ? std::nullopt : reference.division(city->division);
    out += row(tr("Division"), division ? escaped(QStringLiteral("%1 (%2)").arg(
                                              division->names.display(m_language), city->division))
                                        : orUnknown({}));
    if (city->parentId)
        if (const auto parent = CityDisplayName::of(*m_database, city->parentId, m_language))
            out += row(tr("Part of"), escaped(parent->name));
    out += row(tr("Level"), escaped(ValueText::level(city->level)));
    if (city->latitude && city->longitude)
        out += row(tr("Location"), escaped(QStringLiteral("%1, %2").arg(
                                       QLocale().toString(*city->latitude, 'f', 4),
                                       QLocale().toString(*city->longitude, 'f', 4))));
    out += row(tr("Pairings"),
               escaped(QLocale().toString(CityRepository(*m_database).pairingCount(id))));
    if (const auto source = SourceRepository(*m_database).get(city->sourceId))
        out += row(tr("Source"), link(source->url, source->title));
    return out + QStringLiteral("</table>");
}

QString RecordDetailPane::divisionHtml(const QString& code) const
{
    const ReferenceData reference(*m_database);
    const auto division = reference.division(code);
    if (!division)
        return {};
    QString out = QStringLiteral("<h3>%1</h3><table cellspacing='2'>")
                      .arg(escaped(division->names.display(m_language)));
    out += namesTable(division->names, tr("Native name"));
    out += row(tr("Code"), escaped(division->code));
    const auto country = reference.country(division->country);
    out += row(tr("Country"),
               escaped(country ? country->names.display(m_language) : division->country));
    if (!division->region.isEmpty())
        out +=
            row(tr("Region"), escaped(tr("China's %1").arg(ValueText::region(division->region))));
    return out + QStringLiteral("</table>");
}

QString RecordDetailPane::sourceHtml(qint64 id) const
{
    const auto source = SourceRepository(*m_database).get(id);
    if (!source)
        return {};
    QString out = QStringLiteral("<h3>%1</h3><table cellspacing='2'>").arg(escaped(source->title));
    out += row(tr("Cited as"),
               escaped(SourceCitation::name(
                   {source->id, source->title, source->url, 0, source->publisher}, m_language)));
    out += row(tr("Publisher"), orUnknown(source->publisher));
    out +=
        row(tr("Address"), source->url.isEmpty() ? orUnknown({}) : link(source->url, source->url));
    out +=
        row(tr("Read on"), source->dateRead.isEmpty() ? orUnknown({})
                                                      : escaped(ValueText::date(source->dateRead)));
    out += row(tr("Licence"), orUnknown(source->licence));
    return out + QStringLiteral("</table>");
}

void RecordDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace sc
