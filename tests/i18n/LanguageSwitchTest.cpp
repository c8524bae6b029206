// The Language menu switches the whole open window at once: menus, tabs, table headers, filter
// labels, an open dialog, the figure on show and the data names. The expected words are read
// from the embedded catalogues, and must differ from the English.
#include "FilterPanel.h"
#include "MainWindow.h"
#include "dataset/BundledDataset.h"
#include "editors/PairingDialog.h"
#include "figures/FigureCatalog.h"
#include "gallery/FigureGallery.h"
#include "i18n/Translations.h"
#include "report/ReportCheckModel.h"
#include "report/ReportCheckView.h"
#include "support/TempDir.h"
#include "tables/PairingTableModel.h"
#include "ui/GalleryWait.h"
#include "ui/WindowParts.h"

#include "PairingRepository.h"
#include "ReferenceData.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace sc;

namespace {

class LanguageSwitch : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        bundled::createDatabase(dir->file("bundled.sqlite"));
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        Translations::instance().install(Language::En);
    }
    void TearDown() override
    {
        Translations::instance().install(Language::En);
        QSettings().clear();
    }

    static std::unique_ptr<Database> open() { return Database::open(dir->file("bundled.sqlite")); }

    static QAction* languageAction(MainWindow& window, Language language)
    {
        for (QAction* menu : window.menuBar()->actions())
            for (QAction* action : menu->menu()->actions())
                if (action->data().toString() == language::code(language))
                    return action;
        return nullptr;
    }

    static QStringList menuTitles(MainWindow& window)
    {
        QStringList titles;
        for (QAction* menu : window.menuBar()->actions())
            titles << menu->text();
        return titles;
    }

    static QStringList formLabels(QWidget* panel)
    {
        QStringList labels;
        for (QLabel* label : panel->findChildren<QLabel*>())
            labels << label->text();
        return labels;
    }

    static QString plain(QString title)
    {
        return title.remove(QStringLiteral("<br>")).remove(QLatin1Char(' '));
    }

    static inline TempDir* dir = nullptr;
    TempDir m_settings;
};

QString tr(Language language, const char* context, const char* source)
{
    return Translations::translate(language, context, source);
}

} // namespace

TEST_F(LanguageSwitch, TheLanguageMenuRetranslatesTheOpenWindowAtOnce)
{
    MainWindow window(open());
    window.resize(1300, 800);
    // The gallery on show: a hidden one computes nothing until it is shown.
    window.show();
    parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::FiguresTab);
    parts::child<FigureGallery>(window, "figureGallery")->setCurrentId("fig3");
    const FigureSpec* fig3 = FigureCatalog::find("fig3");
    ASSERT_TRUE(fig3);
    PairingDialog* dialog = parts::editor(window).createPairingDialog(std::nullopt);
    dialog->show();
    const QString englishDialog = dialog->windowTitle();
    EXPECT_EQ(menuTitles(window), (QStringList{"&File", "&Edit", "&View", "&Language", "&Help"}));

    for (const Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En}) {
        SCOPED_TRACE(language::code(language).toStdString());
        QAction* action = languageAction(window, language);
        ASSERT_TRUE(action);
        action->trigger();
        QCoreApplication::processEvents();
        sc::testsupport::waitForChosenFigure(*parts::child<FigureGallery>(window, "figureGallery"));
        EXPECT_EQ(Translations::instance().current(), language);
        EXPECT_EQ(QLocale().language(), Translations::locale(language).language());
        EXPECT_TRUE(action->isChecked());
        const bool english = language == Language::En;

        // Menus.
        const QStringList menus = {
            tr(language, "sc::MainActions", "&File"), tr(language, "sc::MainActions", "&Edit"),
            tr(language, "sc::MainActions", "&View"), tr(language, "sc::MainActions", "&Language"),
            tr(language, "sc::MainActions", "&Help")};
        EXPECT_EQ(menuTitles(window), menus);
        EXPECT_EQ(english, menus.first() == QLatin1String("&File"));

        // Tabs.
        const QString pairings = tr(language, "sc::MainWindow", "Pairings");
        EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->tabText(MainTabs::PairingsTab),
                  pairings);
        EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->tabText(MainTabs::FiguresTab),
                  tr(language, "sc::MainWindow", "Figures"));
        EXPECT_EQ(english, pairings == QLatin1String("Pairings"));

        // The pairings table's headers, as the view shows them.
        QHeaderView* header = parts::child<QTableView>(window, "pairingsTable")->horizontalHeader();
        const QString partner = tr(language, "sc::PairingTableModel", "Partner city");
        EXPECT_EQ(header->model()->headerData(PairingTableModel::CityB, Qt::Horizontal).toString(),
                  partner);
        EXPECT_EQ(english, partner == QLatin1String("Partner city"));

        // The filter panel's labels.
        const QStringList labels = formLabels(parts::child<FilterPanel>(window, "filterPanel"));
        for (const char* label : {"&Country:", "&Paired with:", "S&tatus:", "&Kind:"}) {
            const QString expected = tr(language, "sc::FilterPanel", label);
            EXPECT_TRUE(labels.contains(expected)) << expected.toStdString();
            EXPECT_EQ(english, expected == QLatin1String(label));
        }

        // The report check's table.
        QAbstractItemModel* report =
            parts::child<ReportCheckView>(window, "reportCheckView")->model();
        QStringList reportHeaders;
        for (int column = 0; column < report->columnCount(); ++column)
            reportHeaders << report->headerData(column, Qt::Horizontal).toString();
        const QString published = tr(language, "sc::ReportCheckModel", "Published");
        EXPECT_TRUE(reportHeaders.contains(published)) << reportHeaders.join(", ").toStdString();
        EXPECT_EQ(english, published == QLatin1String("Published"));

        // The open dialog.
        const QString title = tr(language, "sc::PairingDialog", "New Pairing");
        EXPECT_EQ(dialog->windowTitle(), title);
        EXPECT_EQ(english, dialog->windowTitle() == englishDialog);

        // The figure on show: its chart title is its caption in the language.
        const QString caption = FigureCatalog::caption(*fig3, language);
        EXPECT_EQ(english, caption == FigureCatalog::caption(*fig3, Language::En));
        auto* gallery = parts::child<FigureGallery>(window, "figureGallery");
        const QChart* chart = parts::child<QChartView>(gallery, "figureChart")->chart();
        ASSERT_TRUE(chart);
        EXPECT_TRUE(plain(chart->title()).contains(plain(caption))) << chart->title().toStdString();
        EXPECT_TRUE(parts::child<QLabel>(gallery, "figureCaption")->text().contains(caption));

        // And the choice is remembered for the next start.
        EXPECT_EQ(QSettings().value("language").toString(), language::code(language));
    }
    delete dialog;
}

TEST_F(LanguageSwitch, DataNamesFollowTheLanguage)
{
    MainWindow window(open());
    QTableView* countries = parts::tableView(window, MainTabs::CountriesTab);
    const auto china = ReferenceData(parts::database(window)).country("CN");
    ASSERT_TRUE(china);
    for (const Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En}) {
        window.setLanguage(language);
        QCoreApplication::processEvents();
        QStringList names;
        for (int row = 0; row < countries->model()->rowCount(); ++row)
            for (int column = 0; column < countries->model()->columnCount(); ++column)
                names << countries->model()->index(row, column).data().toString();
        EXPECT_TRUE(names.contains(china->names.display(language)))
            << china->names.display(language).toStdString();
    }
    // The four names of China differ: the listing really changed language.
    QStringList all;
    for (const Language language : {Language::Zh, Language::Ja, Language::Ko, Language::En})
        all << china->names.display(language);
    all.removeDuplicates();
    EXPECT_GE(all.size(), 3); // 中国 is Chinese and Japanese alike
}

// With SISTERCITIES_SCREENSHOTS set, the window and figure 3 in each language are saved there
// (docs/screenshots). Without it the images are still drawn, and must not be blank.
TEST_F(LanguageSwitch, WindowAndFigureRenderInEveryLanguage)
{
    const QString out = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS", m_settings.path());
    QDir().mkpath(out);
    for (const Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko}) {
        const QString code = language::code(language);
        MainWindow window(open());
        window.resize(1400, 820);
        window.setLanguage(language);
        window.show();
        QCoreApplication::processEvents();
        PairingFilter filter;
        filter.countries = {"CN", "JP"};
        filter.fromYear = 1973;
        parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::PairingsTab);
        parts::child<QTableView>(window, "pairingsTable")->selectRow(0);
        QCoreApplication::processEvents();
        const QImage main = window.grab().toImage();
        EXPECT_FALSE(main.isNull());
        main.save(out + QStringLiteral("/main-window-%1.png").arg(code));

        parts::child<FilterPanel>(window, "filterPanel")->setFilter({});
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::FiguresTab);
        parts::child<FigureGallery>(window, "figureGallery")->setCurrentId("fig3");
        sc::testsupport::waitForFigures(*parts::child<FigureGallery>(window, "figureGallery"));
        const QImage figure =
            parts::child<FigureGallery>(window, "figureGallery")->grab().toImage();
        EXPECT_FALSE(figure.isNull());
        figure.save(out + QStringLiteral("/gallery-fig03-%1.png").arg(code));
        window.close();
    }
}
