#include "ui/BrowseFixture.h"

#include "DetailPane.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "PairingQuery.h"
#include "editors/CityDialog.h"
#include "editors/CityField.h"
#include "editors/EditRecordCommand.h"
#include "editors/PairingDialog.h"
#include "i18n/Translations.h"
#include "support/AsOrdinaryUser.h"
#include "tables/PairingTableModel.h"
#include "ui/WindowParts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace sc;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_F(BrowseTest, ReadOnlyDisablesEveryEditAndWritesNothing)
{
    const QByteArray before = bytesOf(path());
    {
        MainWindow window(open(Database::Mode::ReadOnly));
        EXPECT_TRUE(window.windowTitle().contains("read-only"));
        parts::selectPairing(window, data().pairs.first().id);
        ASSERT_NE(parts::selectedPairingId(window), 0);
        for (QAction* action : parts::editingActions(window)) {
            EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
            action->trigger();
        }
        window.newPairing();
        window.newCity();
        window.editSelected();
        window.deleteSelected();
        EXPECT_TRUE(window.findChildren<QDialog*>().isEmpty());
        const Pairing p = *PairingRepository(parts::database(window)).get(data().pairs.first().id);
        Pairing changed = p;
        changed.note = "must not be written";
        EXPECT_THROW(parts::editor(window).perform(
                         std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
                             parts::database(window), p, changed, "edit")),
                     Error);
        EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(), 0);
        window.close();
    }
    EXPECT_EQ(bytesOf(path()), before);
}

TEST_F(BrowseTest, AFileWithoutWritePermissionOpensReadOnly)
{
    if (rerunAsOrdinaryUser())
        return;
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadUser);
    ASSERT_FALSE(QFileInfo(path()).isWritable());
    MainWindow window(open());
    EXPECT_TRUE(window.windowTitle().contains("read-only"));
    for (QAction* action : parts::editingActions(window))
        EXPECT_FALSE(action->isEnabled());
}

TEST_F(BrowseTest, StatusBarSaysHowManyOfAllPairingsAreShown)
{
    MainWindow window(open());
    EXPECT_TRUE(parts::statusText(window).contains("300 of 300 pairings"))
        << parts::statusText(window).toStdString();
    PairingFilter filter;
    filter.countries = {"KR"};
    parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
    const int korean = PairingQuery(parts::database(window)).count(filter);
    EXPECT_TRUE(parts::statusText(window).contains(QString("%1 of 300 pairings").arg(korean)));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text().remove('&');
    EXPECT_EQ(menus, (QStringList{"File", "Edit", "View", "Language", "Help"}));
}

TEST_F(BrowseTest, SelectingAPairingShowsItsDetail)
{
    MainWindow window(open());
    const auto& pair = data().pairs.at(2);
    parts::selectPairing(window, pair.id);
    // The pane shows that pairing: both its cities, by their names in several languages.
    const QString text = parts::shownText(parts::child<DetailPane>(window, "detailPane"));
    for (const QString& name : {data().cities.at(pair.a).nameZh, data().cities.at(pair.a).nameKo,
                                data().cities.at(pair.b).nameEn})
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
    EXPECT_TRUE(text.contains("Generated"));
}

TEST_F(BrowseTest, KeyboardReachesSearchAndTheEditor)
{
    MainWindow window(open());
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), parts::child<QLineEdit>(window, "filterSearch"));

    parts::child<QTableView>(window, "pairingsTable")->setFocus();
    parts::selectPairing(window, data().pairs.first().id);
    QTest::keyClick(parts::child<QTableView>(window, "pairingsTable"), Qt::Key_Return);
    const auto dialogs = window.findChildren<PairingDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs.first()->isVisible());
    dialogs.first()->reject();
}

TEST_F(BrowseTest, LayoutFiltersAndLanguageAreRemembered)
{
    PairingFilter filter;
    filter.countries = {"JP"};
    filter.undatedOnly = true;
    {
        MainWindow window(open());
        parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
        parts::child<QTableView>(window, "pairingsTable")
            ->horizontalHeader()
            ->resizeSection(PairingTableModel::CityB, 233);
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::SourcesTab);
        window.setLanguage(Language::Ja);
        window.close();
    }
    EXPECT_EQ(QSettings().value("language").toString(), "ja");
    EXPECT_EQ(QSettings().value("lastDatabase").toString(), path());
    {
        MainWindow window(open());
        EXPECT_EQ(parts::child<FilterPanel>(window, "filterPanel")->filter(), filter);
        EXPECT_EQ(parts::pairingModel(window)->filter(), filter);
        EXPECT_EQ(parts::child<QTableView>(window, "pairingsTable")
                      ->horizontalHeader()
                      ->sectionSize(PairingTableModel::CityB),
                  233);
        EXPECT_EQ(parts::child<QTabWidget>(window, "tabs")->currentIndex(),
                  int(MainTabs::SourcesTab));
        // Data names follow the language: the Japanese name where there is one.
        const PairingRow* row = parts::pairingModel(window)->rowAt(0);
        ASSERT_TRUE(row);
        EXPECT_EQ(window.language(), Language::Ja);
        window.setLanguage(Language::En);
    }
}

TEST_F(BrowseTest, LanguageSwitchRetranslatesAndRenamesData)
{
    MainWindow window(open());
    window.setLanguage(Language::Zh);
    QCoreApplication::processEvents();
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    EXPECT_EQ(Translations::instance().current(), Language::Zh);
    const PairingRow* row = parts::pairingModel(window)->rowAt(0);
    ASSERT_TRUE(row);
    const auto& city = std::find_if(data().cities.cbegin(), data().cities.cend(),
                                    [&](const auto& c) { return c.id == row->a.cityId; });
    EXPECT_EQ(parts::pairingModel(window)->index(0, PairingTableModel::CityA).data().toString(),
              city->nameZh);
    window.setLanguage(Language::En);
    QCoreApplication::processEvents();
    EXPECT_EQ(parts::pairingModel(window)->index(0, PairingTableModel::CityA).data().toString(),
              city->nameEn);
}

// Renders the window and each dialog offscreen. With SISTERCITIES_SCREENSHOTS set (and optionally
// SISTERCITIES_SCREENSHOT_DB, a bundled database), the PNGs are kept there for the documentation.
TEST_F(BrowseTest, WindowAndDialogsRenderWithContent)
{
    const QString outDir = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS", m_dir.path());
    const QString dbPath = qEnvironmentVariable("SISTERCITIES_SCREENSHOT_DB", path());
    QDir().mkpath(outDir);
    auto isBlank = [](const QImage& image) {
        const QRgb first = image.pixel(0, 0);
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                if (image.pixel(x, y) != first)
                    return false;
        return true;
    };
    auto save = [&](QWidget* widget, const QString& name) {
        const QImage image = widget->grab().toImage();
        EXPECT_FALSE(image.isNull());
        EXPECT_FALSE(isBlank(image)) << name.toStdString();
        image.save(outDir + "/" + name);
    };
    for (Language language : {Language::En, Language::Zh, Language::Ja}) {
        const QString code = language::code(language);
        MainWindow window(Database::open(dbPath));
        window.resize(1400, 820);
        window.setLanguage(language);
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::PairingsTab);
        window.show();
        QCoreApplication::processEvents();
        PairingFilter filter;
        filter.countries = {"CN", "JP"};
        filter.search = qEnvironmentVariable("SISTERCITIES_SCREENSHOT_SEARCH");
        parts::child<FilterPanel>(window, "filterPanel")->setFilter(filter);
        parts::child<QTableView>(window, "pairingsTable")->selectRow(0);
        QCoreApplication::processEvents();
        save(&window, QString("main-window-%1.png").arg(code));
        save(parts::child<DetailPane>(window, "detailPane"),
             QString("detail-pane-%1.png").arg(code));

        const qint64 id = parts::selectedPairingId(window);
        PairingDialog* edit = parts::editor(window).createPairingDialog(
            PairingRepository(parts::database(window)).get(id));
        edit->show();
        save(edit, QString("pairing-dialog-%1.png").arg(code));
        delete edit;
        PairingDialog* bad = parts::editor(window).createPairingDialog(std::nullopt);
        parts::child<CityField>(*bad, "cityA")
            ->setText(language == Language::En   ? "Atlantis"
                      : language == Language::Zh ? "亚特兰蒂斯"
                                                 : "アトランティス");
        bad->setCreateCity([](const QString&) { return qint64(0); });
        bad->validate();
        bad->show();
        save(bad, QString("pairing-dialog-unknown-city-%1.png").arg(code));
        delete bad;
        const Pairing p = *PairingRepository(parts::database(window)).get(id);
        CityDialog* city = parts::editor(window).createCityDialog(
            CityRepository(parts::database(window)).get(p.cityB));
        city->show();
        save(city, QString("city-dialog-%1.png").arg(code));
        delete city;
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::CitiesTab);
        QCoreApplication::processEvents();
        save(&window, QString("cities-table-%1.png").arg(code));
        parts::child<QTabWidget>(window, "tabs")->setCurrentIndex(MainTabs::ReportTab);
        QCoreApplication::processEvents();
        save(&window, QString("compare-%1.png").arg(code));
        window.close();
    }
    MainWindow(Database::open(dbPath)).setLanguage(Language::En);
}
