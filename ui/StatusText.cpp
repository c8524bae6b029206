#include "StatusText.h"

#include "Database.h"
#include "MainTabs.h"
#include "Statistics.h"
#include "tables/ListingTableModel.h"
#include "tables/PairingTableModel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sc {

QString StatusText::title(const Database& database)
{
    QString title = tr("Sister Cities — %1").arg(QFileInfo(database.path()).fileName());
    if (database.isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only: %1]").arg(database.readOnlyReason());
    return title;
}

QString StatusText::line(const MainTabs& tabs, const Statistics& totals, const Database& database)
{
    const QLocale locale;
    const QString path = QDir::toNativeSeparators(database.path());
    const int tab = tabs.currentIndex();
    if (tab >= MainTabs::CitiesTab && tab <= MainTabs::SurveysTab) {
        const ListingTableModel* listing = tabs.listingModel(MainTabs::Tab(tab));
        const int shown = listing ? listing->matchingCount() : 0;
        const QString what = tab == MainTabs::CitiesTab      ? tr("%n cities", nullptr, shown)
                             : tab == MainTabs::DivisionsTab ? tr("%n divisions", nullptr, shown)
                             : tab == MainTabs::CountriesTab ? tr("%n countries", nullptr, shown)
                             : tab == MainTabs::SourcesTab   ? tr("%n sources", nullptr, shown)
                                                             : tr("%n surveys", nullptr, shown);
        return tr("%1 · %2").arg(what, path);
    }
    const QString matching = locale.toString(tabs.pairingModel()->matchingCount());
    if (tab == MainTabs::FiguresTab || tab == MainTabs::ReportTab)
        return tr("Figures drawn from %1 of %2 pairings · %3")
            .arg(matching, locale.toString(totals.pairings), path);
    return tr("%1 of %2 pairings · %3 cities · %4 countries · %5")
        .arg(matching, locale.toString(totals.pairings), locale.toString(totals.cities),
             locale.toString(totals.countries), path);
}

} // namespace sc
