// Help → About names the release: the version of CMake's project(), which main() gives the
// application; the installed executables' --version is checked by package.sh.
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest.h>

using namespace sc;

namespace {

QAction* findAction(QMenuBar* menuBar, const QString& menuText, const QString& actionText)
{
    for (QAction* menu : menuBar->actions()) {
        if (menu->text().remove(QLatin1Char('&')) != menuText || !menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == actionText)
                return action;
        }
    }
    return nullptr;
}

struct Shown {
    QString title;
    QString text;
    bool hasIcon = false;
};

// Triggers the action, reads the message box it opens, keeps a picture when
// SISTERCITIES_SCREENSHOTS names a folder, and closes it.
Shown showAbout(QAction* about, const QString& screenshot)
{
    Shown shown;
    QTimer::singleShot(0, [&shown, screenshot] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = {box->windowTitle(), box->text(), !box->iconPixmap().isNull()};
        if (const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
            !folder.isEmpty())
            box->grab().save(folder + QLatin1Char('/') + screenshot);
        box->accept();
    });
    about->trigger();
    return shown;
}

} // namespace

TEST(About, NamesTheProjectVersionInEveryLanguage)
{
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(SISTERCITIES_ICON)));
    TempDir dir;
    const QString path = dir.file("about.sqlite");
    testdata::generate(path, 10);
    MainWindow window(Database::open(path));
    window.show();
    QAction* about = findAction(window.menuBar(), "Help", "About Sister Cities");
    ASSERT_NE(about, nullptr);

    const Shown english = showAbout(about, QStringLiteral("about-en.png"));
    EXPECT_EQ(english.title, "About Sister Cities");
    EXPECT_TRUE(english.text.contains("Sister Cities " PROJECT_VERSION_STRING))
        << english.text.toStdString();
    EXPECT_TRUE(english.hasIcon) << "the application's icon";

    Translations::instance().install(Language::Zh);
    QCoreApplication::processEvents(); // LanguageChange reaches the window from the event loop
    QAction* aboutZh = findAction(window.menuBar(), "帮助(H)", "关于“友好城市”(A)");
    ASSERT_NE(aboutZh, nullptr);
    const Shown chinese = showAbout(aboutZh, QStringLiteral("about-zh.png"));
    Translations::instance().install(Language::En);
    EXPECT_EQ(chinese.title, "关于“友好城市”");
    EXPECT_TRUE(chinese.text.contains("友好城市 " PROJECT_VERSION_STRING))
        << chinese.text.toStdString();
}
