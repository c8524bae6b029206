// The main window over a PostgreSQL register (ctest -L postgresql; skipped on SQLite): it shows
// the server's pairings, and for a reader's role it says read-only and why, as with --read-only.
// SISTERCITIES_SCREENSHOTS=DIR keeps the pictures.
#include "MainWindow.h"
#include "ServerRoles.h"
#include "i18n/Translations.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <QApplication>
#include <QDir>
#include <QTableView>

#include <gtest/gtest.h>

using namespace sc;

namespace {

void keepPicture(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST(PgServerWindow, AReadersWindowShowsTheRegisterAndSaysItIsReadOnly)
{
    TempDir dir;
    QString location;
    {
        auto owner = testbackend::createBundled(dir.file("x.sqlite"));
        location = owner->path();
        ServerRoles::create(*owner);
    }
    testbackend::adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                          "rolname = 'window_reader') THEN CREATE ROLE "
                                          "window_reader LOGIN IN ROLE sistercities_reader; END "
                                          "IF; END $$"));
    location.replace(QStringLiteral("sc_owner@"), QStringLiteral("window_reader@"));

    for (const Language language : {Language::En, Language::Zh}) {
        Translations::instance().install(language);
        MainWindow window(Database::open(location));
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        EXPECT_TRUE(window.windowTitle().contains(QLatin1String("window_reader")))
            << window.windowTitle().toStdString();
        // The pairings table holds the server's rows.
        bool rows = false;
        for (QTableView* view : window.findChildren<QTableView*>())
            rows = rows || (view->isVisible() && view->model() && view->model()->rowCount() > 0);
        EXPECT_TRUE(rows);
        keepPicture(window, QStringLiteral("server-reader-") + language::code(language));
    }
    Translations::instance().install(Language::En);
}
