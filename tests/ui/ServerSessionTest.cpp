// The window's life with a server (PgServerWindow*, ctest -L postgresql): another person's
// commit — an edit through another connection, an import by another process — shows without a
// restart, the selection and the scroll position kept; a restarted server is reported, editing
// stops, nothing the user was told had been saved is lost and the undo history stays true; File →
// Connect to Server… opens a server or says why not, keeping the window's database. The dialog's
// fields and the password prompt are checked on SQLite too (ServerConnect*), and pictured
// (SISTERCITIES_SCREENSHOTS=DIR keeps the pictures, in English and Chinese).
#include "server/ServerSession.h"
#include "ChangeListener.h"
#include "CommitInDoubt.h"
#include "ConnectionGuard.h"
#include "Error.h"
#include "KeepPicture.h"
#include "MainWindow.h"
#include "PairingRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "WindowParts.h"
#include "dataset/BundledDataset.h"
#include "editors/EditRecordCommand.h"
#include "editors/RecordEditor.h"
#include "i18n/Translations.h"
#include "recovery/DatabaseRecoveryDialog.h"
#include "server/ServerConnectDialog.h"
#include "server/ServerPasswordPrompt.h"
#include "server/StartupDatabase.h"
#include "support/CommitCutRelay.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"
#include "tables/PairingTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

using namespace sc;

namespace {

// The id of the pairing shown in `row` of the window's pairings table.
qint64 idAt(MainWindow& window, int row)
{
    return parts::pairingModel(window)->index(row, 0).data(Qt::UserRole).toLongLong();
}

QString statusOf(MainWindow& window, qint64 id)
{
    PairingTableModel* model = parts::pairingModel(window);
    for (int row = 0; row < model->rowCount(); ++row)
        if (idAt(window, row) == id)
            return model->index(row, PairingTableModel::Status).data().toString();
    return QString();
}

void setStatus(Database& database, qint64 id, const QString& status)
{
    Transaction transaction(database);
    Pairing pairing = *PairingRepository(database).get(id);
    pairing.status = status;
    PairingRepository(database).update(pairing);
    transaction.commit();
}

// A status the stored pairing does not have.
QString otherStatus(Database& database, qint64 id)
{
    return PairingRepository(database).get(id)->status == QLatin1String("dormant")
               ? QStringLiteral("active")
               : QStringLiteral("dormant");
}

int pairingCount(Database& database)
{
    QSqlQuery query =
        sql::run(database.connection(), QStringLiteral("SELECT count(*) FROM pairings"));
    return query.next() ? query.value(0).toInt() : -1;
}

class ServerWindowFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        Translations::instance().install(Language::En);
        location = testbackend::createBundled(dir.file("x.sqlite"))->path();
    }
    TempDir dir;
    QString location;
};

using PgServerWindowLive = ServerWindowFixture;
// The same, on an SQLite file (every build): two windows, or a file on a shared disk.
using FileWindowLive = ServerWindowFixture;

void anotherPersonsEditShowsKeepingSelectionAndScroll(const QString& location)
{
    MainWindow window(Database::open(location));
    window.resize(1200, 700);
    window.show();
    QApplication::processEvents();
    QTableView* view = parts::pairingView(window);
    // Far enough down that the table has scrolled, within the first page read.
    const int row = std::min(150, parts::pairingModel(window)->rowCount() - 1);
    ASSERT_GT(row, 40);
    parts::selectPairing(window, idAt(window, row));
    QApplication::processEvents();
    const qint64 selected = parts::selectedPairingId(window);
    const int scrolled = view->verticalScrollBar()->value();
    ASSERT_EQ(selected, idAt(window, row));
    ASSERT_GT(scrolled, 0);

    // Another person changes the selected pairing and another one, and commits.
    auto other = Database::open(location);
    const qint64 elsewhere = idAt(window, 3);
    const QString before = statusOf(window, selected);
    const QString beforeElsewhere = statusOf(window, elsewhere);
    setStatus(*other, selected, otherStatus(*other, selected));
    setStatus(*other, elsewhere, otherStatus(*other, elsewhere));
    EXPECT_EQ(statusOf(window, selected), before); // nothing re-read yet

    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(window, selected) != before; }, 20000));
    EXPECT_NE(statusOf(window, elsewhere), beforeElsewhere);
    EXPECT_EQ(parts::selectedPairingId(window), selected);
    EXPECT_EQ(view->verticalScrollBar()->value(), scrolled);
    EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(),
              0); // someone else's edit is not ours to undo
    EXPECT_FALSE(window.statusBar()->currentMessage().isEmpty());
    keepPicture(window, QStringLiteral("live-change-") + testbackend::name() + QLatin1Char('-') +
                            language::code(Translations::instance().current()));
}

} // namespace

TEST_F(PgServerWindowLive, AnotherPersonsEditShowsWithoutARestartKeepingSelectionAndScroll)
{
    anotherPersonsEditShowsKeepingSelectionAndScroll(location);
}

TEST_F(FileWindowLive, AnotherConnectionsCommitShowsWithoutARestartKeepingSelectionAndScroll)
{
    ASSERT_FALSE(testbackend::isPostgres());
    // In Chinese this time (the server's test is in English): the status bar says what happened.
    Translations::instance().install(Language::Zh);
    anotherPersonsEditShowsKeepingSelectionAndScroll(location);
    Translations::instance().install(Language::En);
}

namespace {

void anImportByAnotherProcessShows(const QString& location, TempDir& dir)
{
    MainWindow window(Database::open(location));
    window.show();
    const int before = parts::pairingModel(window)->matchingCount();
    const QString csv = dir.file("new.csv");
    {
        // Two pairings between cities of the bundled register, which has neither.
        auto reader = Database::open(location);
        QSqlQuery query = sql::run(
            reader->connection(),
            QStringLiteral(
                "WITH named AS (SELECT * FROM cities c WHERE c.level = 'municipality' AND "
                "(SELECT count(*) FROM cities d WHERE d.country = c.country AND d.name_native = "
                "c.name_native) = 1) SELECT a.country, a.name_native, b.country, b.name_native "
                "FROM named a JOIN named b ON a.country < b.country WHERE NOT EXISTS (SELECT 1 "
                "FROM pairings p WHERE (p.city_a = a.id AND p.city_b = b.id) OR (p.city_a = b.id "
                "AND p.city_b = a.id)) ORDER BY a.id, b.id LIMIT 2"));
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a_country,a_city,b_country,b_city,established,status,source\n");
        while (query.next())
            file.write(QStringLiteral("%1,%2,%3,%4,1990,active,Live test list\n")
                           .arg(query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString())
                           .toUtf8());
    }
    QProcess cli;
    cli.start(QStringLiteral(SISTERCITIES_CLI),
              {QStringLiteral("import"), QStringLiteral("--db"), location, csv});
    ASSERT_TRUE(cli.waitForFinished(120000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();

    auto other = Database::open(location);
    ASSERT_EQ(pairingCount(*other), before + 2);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return parts::pairingModel(window)->matchingCount() == before + 2; }, 20000));
}

} // namespace

TEST_F(PgServerWindowLive, AnImportByAnotherProcessShowsWithoutARestart)
{
    anImportByAnotherProcessShows(location, dir);
}

TEST_F(FileWindowLive, AnImportByAnotherProcessShowsWithoutARestart)
{
    anImportByAnotherProcessShows(location, dir);
}

TEST_F(PgServerWindowLive, ARestartedServerIsReportedAndNoSavedEditIsLost)
{
    MainWindow window(Database::open(location));
    window.show();
    QApplication::processEvents();
    const qint64 id = idAt(window, 5);
    const Pairing read = *PairingRepository(parts::database(window)).get(id);
    Pairing mine = read;
    mine.note = QStringLiteral("saved before the restart");
    parts::editor(window).perform(std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
        parts::database(window), read, mine, QStringLiteral("edit")));
    ASSERT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(), 1);

    testbackend::restartServer();

    // The next save fails, and says so: it is not on the stack.
    Pairing again = *PairingRepository(*Database::open(location)).get(id);
    Pairing lost = again;
    lost.note = QStringLiteral("tried while cut off");
    EXPECT_THROW(parts::editor(window).perform(
                     std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
                         parts::database(window), again, lost, QStringLiteral("edit"))),
                 Error);
    EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->count(), 1);
    EXPECT_FALSE(parts::editor(window).hasInDoubt()); // it never reached a COMMIT

    // The session notices at its check, says so once, and stops editing and undoing.
    ServerSession* session = &parts::session(window);
    EXPECT_FALSE(session->guard()->check());
    EXPECT_TRUE(session->isLost());
    EXPECT_TRUE(parts::lastMessage(window).contains(QLatin1String("connection")))
        << parts::lastMessage(window).toStdString();
    for (QAction* action : parts::editingActions(window))
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();

    // Reconnected: everything reported as saved is there, editing and undo are back.
    ASSERT_TRUE(session->guard()->reconnect());
    EXPECT_FALSE(session->isLost());
    auto other = Database::open(location);
    EXPECT_EQ(PairingRepository(*other).get(id)->note, QStringLiteral("saved before the restart"));
    EXPECT_TRUE(parts::child<QUndoStack>(window, "undoStack")->canUndo());
    bool undoEnabled = false;
    for (QAction* action : parts::editingActions(window))
        undoEnabled = undoEnabled || (action->isEnabled() && action->text().contains("Undo"));
    EXPECT_TRUE(undoEnabled);
    parts::child<QUndoStack>(window, "undoStack")->undo();
    EXPECT_EQ(PairingRepository(*other).get(id)->note, read.note);
    EXPECT_EQ(parts::child<QUndoStack>(window, "undoStack")->index(), 0);

    // And it hears the others again.
    const QString shown = statusOf(window, id);
    setStatus(*other, id, otherStatus(*other, id));
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusOf(window, id) != shown; }, 20000));
}

namespace {

// A window on the server through a relay that can cut its connection at a COMMIT, and a second
// connection that sees what the server really holds.
struct RelayedWindow {
    explicit RelayedWindow(const QString& location)
        : url(location), relay(url.host(), url.port()),
          window(Database::open(relay.through(location))), other(Database::open(location))
    {
        window.show();
        QApplication::processEvents();
        id = idAt(window, 5);
        before = PairingRepository(*other).get(id)->note;
        stack = parts::child<QUndoStack>(window, "undoStack");
    }
    QUrl url;
    CommitCutRelay relay;
    MainWindow window;
    std::unique_ptr<Database> other;
    qint64 id = 0;
    QString before;
    QUndoStack* stack = nullptr;
};

// The note of pairing `id` edited in `window` through the editor, as the pairing dialog saves
// it; whether the COMMIT went into doubt.
bool editNoteInDoubt(MainWindow& window, qint64 id, const QString& note)
{
    const Pairing read = *PairingRepository(parts::database(window)).get(id);
    Pairing mine = read;
    mine.note = note;
    try {
        parts::editor(window).perform(
            std::make_unique<EditRecordCommand<PairingRepository, Pairing>>(
                parts::database(window), read, mine, QStringLiteral("Edit pairing %1").arg(id)));
    } catch (const CommitInDoubt&) {
        return true;
    }
    return false;
}

} // namespace

TEST_F(PgServerWindowLive, ACommitWhoseAnswerIsLostIsFoundSavedAndJoinsTheUndoHistory)
{
    RelayedWindow r(location);

    // The server gets the COMMIT; the answer is cut off on its way back.
    r.relay.arm(CommitCutRelay::Cut::AfterCommitSent);
    ASSERT_TRUE(editNoteInDoubt(r.window, r.id, QStringLiteral("committed, answer lost")));
    ASSERT_TRUE(r.relay.hasCut());
    // Neither saved nor failed yet: not on the stack, the connection reported lost.
    EXPECT_EQ(r.stack->count(), 0);
    EXPECT_TRUE(parts::editor(r.window).hasInDoubt());
    EXPECT_TRUE(parts::session(r.window).isLost());
    EXPECT_TRUE(parts::lastMessage(r.window).contains(QLatin1String("answer")))
        << parts::lastMessage(r.window).toStdString();
    keepPicture(r.window, QStringLiteral("connection-lost-window-en"));
    for (QMessageBox* box : r.window.findChildren<QMessageBox*>())
        keepPicture(*box, QStringLiteral("connection-lost-message-en"));

    // Connected again: the server says it committed; the user is told, and it is undoable.
    ASSERT_TRUE(parts::session(r.window).guard()->reconnect());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !parts::editor(r.window).hasInDoubt(); }, 30000));
    EXPECT_EQ(r.stack->count(), 1);
    EXPECT_TRUE(parts::lastMessage(r.window).contains(QLatin1String("was saved")))
        << parts::lastMessage(r.window).toStdString();
    EXPECT_EQ(PairingRepository(*r.other).get(r.id)->note,
              QStringLiteral("committed, answer lost"));
    QApplication::processEvents();
    for (QMessageBox* box : r.window.findChildren<QMessageBox*>())
        if (box->text().contains(QLatin1String("was saved")))
            keepPicture(*box, QStringLiteral("commit-in-doubt-saved-en"));
    r.stack->undo();
    EXPECT_EQ(r.stack->index(), 0);
    EXPECT_EQ(PairingRepository(*r.other).get(r.id)->note, r.before);
}

TEST_F(PgServerWindowLive, ACommitCutBeforeTheServerHadItIsFoundNotSavedAndSaidSo)
{
    RelayedWindow r(location);

    Translations::instance().install(Language::Zh); // pictured in Chinese
    r.relay.arm(CommitCutRelay::Cut::BeforeCommitSent);
    ASSERT_TRUE(editNoteInDoubt(r.window, r.id, QStringLiteral("never committed")));
    EXPECT_EQ(r.stack->count(), 0);
    ASSERT_TRUE(parts::session(r.window).guard()->reconnect());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !parts::editor(r.window).hasInDoubt(); }, 30000));
    EXPECT_EQ(r.stack->count(), 0);
    QApplication::processEvents();
    for (QMessageBox* box : r.window.findChildren<QMessageBox*>())
        keepPicture(*box, QStringLiteral("commit-in-doubt-message-zh-") +
                              QString::number(quintptr(box), 16));
    keepPicture(r.window, QStringLiteral("commit-in-doubt-window-zh"));
    // The last word is about this edit, and it is not "saved".
    EXPECT_TRUE(parts::lastMessage(r.window).contains(QStringLiteral("Edit pairing %1").arg(r.id)));
    EXPECT_EQ(parts::lastMessage(r.window),
              QCoreApplication::translate(
                  "sc::RecordEditor",
                  "%1 was not saved: the server did not commit it before the connection was "
                  "lost. Nothing of it was written; make the change again.")
                  .arg(QStringLiteral("Edit pairing %1").arg(r.id)));
    Translations::instance().install(Language::En);
    EXPECT_EQ(parts::editor(r.window).hasInDoubt(), false);
    EXPECT_EQ(PairingRepository(*r.other).get(r.id)->note, r.before);
}

TEST_F(PgServerWindowLive, ConnectToServerOpensItOrSaysWhyKeepingTheWindowsDatabase)
{
    QSettings().remove(QStringLiteral("servers/recent"));
    MainWindow window(Database::open(location));
    const QString first = parts::database(window).path();

    std::unique_ptr<ServerConnectDialog> dialog(parts::session(window).createConnectDialog());
    // A database that does not exist: refused, said in the dialog, the window unchanged.
    QString missing = location;
    missing.replace(testbackend::databaseName(location), QStringLiteral("no_such_register"));
    const auto problem = [&dialog] {
        return parts::child<QLabel>(*dialog, "problem")->text();
    };
    parts::child<QRadioButton>(*dialog, "byAddress")->setChecked(true);
    parts::child<QComboBox>(*dialog, "address")->setCurrentText(missing);
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_TRUE(problem().contains(QLatin1String("no_such_register"))) << problem().toStdString();
    EXPECT_EQ(parts::database(window).path(), first);
    EXPECT_TRUE(ServerConnectDialog::recentServers().isEmpty());

    // Another register on the same server, by its parts: opened, and remembered.
    const QString second = testbackend::createBundled(dir.file("y.sqlite"))->path();
    const QUrl url(second);
    parts::child<QRadioButton>(*dialog, "byParts")->setChecked(true);
    parts::child<QLineEdit>(*dialog, "host")->setText(url.host());
    parts::child<QSpinBox>(*dialog, "port")->setValue(url.port());
    parts::child<QLineEdit>(*dialog, "database")->setText(testbackend::databaseName(second));
    parts::child<QLineEdit>(*dialog, "user")->setText(url.userName());
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted) << problem().toStdString();
    EXPECT_EQ(QUrl(parts::database(window).path()).path(), url.path());
    EXPECT_EQ(ServerConnectDialog::recentServers(), QStringList{parts::database(window).path()});
    EXPECT_GT(parts::pairingModel(window)->rowCount(), 0);

    // The file path (File → Open, a last database) given a server's address connects to it.
    EXPECT_TRUE(window.openDatabase(location, Database::Mode::ReadOnly));
    EXPECT_EQ(parts::database(window).path(), location);
    EXPECT_TRUE(parts::database(window).isServer());
    EXPECT_EQ(window.findChild<DatabaseRecoveryDialog*>(), nullptr);
    QSettings().remove(QStringLiteral("servers/recent"));
}
