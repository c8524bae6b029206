// File → Connect to Server… and the ways a server's address reaches the window, checked on SQLite
// (every build): an address on the file path connects or says why and is never recovered as a
// damaged file; the dialog's fields make an address and never take a password; the File menu, the
// dialog and the password prompt read in each language (SISTERCITIES_SCREENSHOTS=DIR keeps the
// pictures).

#include "KeepPicture.h"
#include "MainWindow.h"
#include "WindowParts.h"
#include "dataset/BundledDataset.h"
#include "i18n/Translations.h"
#include "recovery/DatabaseRecoveryDialog.h"
#include "server/ServerConnectDialog.h"
#include "server/ServerPasswordPrompt.h"
#include "server/StartupDatabase.h"
#include "support/TempDir.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>

#include <gtest/gtest.h>

using namespace sc;

TEST(ServerConnect, AServerAddressOnTheFilePathIsConnectedToAndNeverRecoveredAsAFile)
{
    Translations::instance().install(Language::En);
    TempDir dir;
    const QString file = bundled::createDatabase(dir.file("x.sqlite"))->path();
    // Nothing listens on port 1 of this machine: refused at once, as a server that is down.
    const QStringList unreachable = {QStringLiteral("postgresql://alice@127.0.0.1:1/register"),
                                     QStringLiteral("service=sistercities_no_such_service")};
    MainWindow window(Database::open(file));
    for (const QString& address : unreachable) {
        // File → Open (and any other way to the window's file code).
        EXPECT_FALSE(window.openDatabase(address, Database::Mode::ReadWrite));
        QApplication::processEvents();
        EXPECT_EQ(window.findChild<DatabaseRecoveryDialog*>(), nullptr) << address.toStdString();
        EXPECT_TRUE(parts::lastMessage(window).contains(address))
            << parts::lastMessage(window).toStdString();
        EXPECT_FALSE(
            parts::lastMessage(window).contains(QLatin1String("restore"), Qt::CaseInsensitive));
        EXPECT_EQ(parts::database(window).path(), file);

        // At start, from --db or as the database used last: said, and the user's own opens.
        for (const bool fromCommandLine : {true, false}) {
            QStringList warnings;
            QString refusal;
            auto database = StartupDatabase::open(
                fromCommandLine ? address : QString(), fromCommandLine ? file : address,
                Database::Mode::ReadWrite, [&](const QString& text) { warnings << text; }, refusal);
            ASSERT_TRUE(database) << refusal.toStdString();
            EXPECT_TRUE(refusal.isEmpty());
            EXPECT_FALSE(database->isServer());
            EXPECT_NE(database->path(), file); // the user's own, not the one named last
            ASSERT_EQ(warnings.size(), 1);
            EXPECT_TRUE(warnings.first().contains(address));
            EXPECT_TRUE(warnings.first().contains(QLatin1String("Connect to Server")))
                << warnings.first().toStdString();
        }
    }
    // A file that is refused is still the recovery dialog's case.
    const QString damaged = dir.file("damaged.sqlite");
    QFile junk(damaged);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    QStringList warnings;
    QString refusal;
    EXPECT_FALSE(StartupDatabase::open(
        damaged, QString(), Database::Mode::ReadWrite,
        [&](const QString& text) { warnings << text; }, refusal));
    EXPECT_TRUE(refusal.contains(damaged)) << refusal.toStdString();
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(ServerConnect, TheFieldsMakeAnAddressAndAPasswordIsNeverTaken)
{
    QSettings().remove(QStringLiteral("servers/recent"));
    QString asked;
    ServerConnectDialog dialog([&asked](const QString& location, bool) {
        asked = location;
        return QStringLiteral("not now");
    });
    const auto problem = [&dialog] {
        return parts::child<QLabel>(dialog, "problem")->text();
    };
    // No server used yet: the parts, with libpq's defaults.
    EXPECT_TRUE(parts::child<QRadioButton>(dialog, "byParts")->isChecked());
    EXPECT_EQ(parts::child<QSpinBox>(dialog, "port")->value(), 5432);
    parts::child<QLineEdit>(dialog, "host")->setText(QStringLiteral("db.example.org"));
    parts::child<QLineEdit>(dialog, "database")->setText(QStringLiteral("register"));
    parts::child<QLineEdit>(dialog, "user")->setText(QStringLiteral("alice"));
    dialog.accept();
    EXPECT_EQ(asked, QStringLiteral("postgresql://alice@db.example.org:5432/register"));
    EXPECT_EQ(problem(), QStringLiteral("Could not connect: not now"));
    EXPECT_TRUE(ServerConnectDialog::recentServers().isEmpty()); // only what connected

    // An address with a password is refused before any connection, and never remembered.
    asked.clear();
    parts::child<QRadioButton>(dialog, "byAddress")->setChecked(true);
    auto* address = parts::child<QComboBox>(dialog, "address");
    address->setCurrentText(QStringLiteral("postgresql://alice:secret@h/register"));
    dialog.accept();
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_TRUE(problem().contains(QLatin1String("password"))) << problem().toStdString();
    address->setCurrentText(QStringLiteral("service=sistercities"));
    dialog.accept();
    EXPECT_EQ(asked, QStringLiteral("service=sistercities"));

    ServerConnectDialog::remember(QStringLiteral("service=a"));
    ServerConnectDialog::remember(QStringLiteral("service=b"));
    ServerConnectDialog::remember(QStringLiteral("service=a"));
    // A hand-edited settings file with a password in it: that entry is dropped.
    QStringList stored = QSettings().value(QStringLiteral("servers/recent")).toStringList();
    stored << QStringLiteral("postgresql://bob:pw@h/register");
    QSettings().setValue(QStringLiteral("servers/recent"), stored);
    EXPECT_EQ(ServerConnectDialog::recentServers(),
              (QStringList{QStringLiteral("service=a"), QStringLiteral("service=b")}));
    ServerConnectDialog remembered([](const QString&, bool) { return QString(); });
    EXPECT_TRUE(parts::child<QRadioButton>(remembered, "byAddress")->isChecked());
    EXPECT_EQ(parts::child<QComboBox>(remembered, "address")->currentText(),
              QStringLiteral("service=a"));
    QSettings().remove(QStringLiteral("servers/recent"));
}

TEST(ServerConnect, TheFileMenuOffersTheServerInEachLanguage)
{
    TempDir dir;
    MainWindow window(bundled::createDatabase(dir.file("x.sqlite")));
    window.resize(1100, 650);
    window.show();
    for (const Language language : {Language::En, Language::Zh, Language::Ja}) {
        window.setLanguage(language);
        QApplication::processEvents();
        const QString code = language::code(language);
        QMenu* file = window.menuBar()->actions().first()->menu();
        ASSERT_TRUE(file);
        QStringList names;
        for (const QAction* action : file->actions())
            names << action->objectName();
        EXPECT_TRUE(names.contains(QStringLiteral("connectServer")));
        EXPECT_TRUE(names.contains(QStringLiteral("reconnect")));
        const QAction* connectAction = parts::child<QAction>(window, "connectServer");
        if (language != Language::En)
            EXPECT_FALSE(connectAction->text().contains(QLatin1String("Server")))
                << code.toStdString();
        // A file has no server to reconnect to: hidden, not merely disabled.
        EXPECT_FALSE(parts::child<QAction>(window, "reconnect")->isVisible());
        file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
        QApplication::processEvents();
        // Every entry's text and shortcut fit the menu's width.
        for (QAction* action : file->actions())
            if (action->isVisible() && !action->isSeparator())
                EXPECT_LE(file->fontMetrics().horizontalAdvance(action->text().remove('&')),
                          file->width())
                    << action->text().toStdString();
        keepPicture(window, QStringLiteral("window-") + code);
        keepPicture(*file, QStringLiteral("file-menu-") + code);
        file->hide();
    }
    window.setLanguage(Language::En);
}

TEST(ServerConnect, TheDialogAndThePasswordPromptReadInEachLanguage)
{
    QSettings().remove(QStringLiteral("servers/recent"));
    for (const Language language : {Language::En, Language::Zh, Language::Ja, Language::Ko}) {
        Translations::instance().install(language);
        ServerConnectDialog dialog([](const QString&, bool) { return QStringLiteral("x"); });
        dialog.show();
        QApplication::processEvents();
        const QString code = language::code(language);
        // Every label has room for its words.
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->isVisible() && !label->wordWrap())
                EXPECT_GE(label->width(), label->sizeHint().width())
                    << code.toStdString() << ": " << label->text().toStdString();
        // The example address is shown whole, not elided (it was in Japanese).
        for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
            if (edit->isVisible() && !edit->placeholderText().isEmpty())
                EXPECT_GE(edit->width(),
                          edit->fontMetrics().horizontalAdvance(edit->placeholderText()))
                    << code.toStdString() << ": " << edit->placeholderText().toStdString();
        if (language != Language::En)
            EXPECT_NE(dialog.windowTitle(), QStringLiteral("Connect to Server"));
        keepPicture(dialog, QStringLiteral("server-connect-") + code);
        parts::child<QLineEdit>(dialog, "host")->clear();
        dialog.accept();
        keepPicture(dialog, QStringLiteral("server-connect-problem-") + code);

        std::unique_ptr<QInputDialog> prompt(ServerPasswordPrompt::create(
            QStringLiteral("postgresql://alice@db.example.org:5432/register"),
            QStringLiteral("password authentication failed for user \"alice\""), nullptr));
        prompt->show();
        QApplication::processEvents();
        EXPECT_EQ(prompt->textEchoMode(), QLineEdit::Password);
        if (language != Language::En)
            EXPECT_NE(prompt->windowTitle(), QStringLiteral("Server Password"));
        keepPicture(*prompt, QStringLiteral("server-password-") + code);
    }
    Translations::instance().install(Language::En);
}
