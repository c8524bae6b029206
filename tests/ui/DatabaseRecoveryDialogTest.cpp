// A database that is refused at start or on File → Open: the dialog says why, leaves the file
// byte-identical, and opens another database or restores the bundled dataset into a new file.
#include "recovery/DatabaseRecoveryDialog.h"
#include "Error.h"
#include "MainWindow.h"
#include "SqlSupport.h"
#include "i18n/Translations.h"
#include "support/FileHash.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"
#include "ui/WindowParts.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace sc;

namespace {

class DatabaseRecovery : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_damaged = m_dir.file("damaged.sqlite");
        testdata::generate(m_damaged, 400);
        QFile file(m_damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = 2 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char(0x5A ^ (i & 0xFF)); // pages overwritten, the header intact
        file.seek(0);
        file.write(bytes);
        file.close();
        m_before = fileHash(m_damaged);
    }
    void TearDown() override { Translations::instance().install(Language::En); }

    QString refusal() const
    {
        try {
            Database::open(m_damaged);
        } catch (const Error& error) {
            return error.message();
        }
        return {};
    }

    TempDir m_dir;
    QString m_damaged;
    QByteArray m_before;
};

// The refusal as the dialog shows it.
QString problemOf(const DatabaseRecoveryDialog& dialog)
{
    return parts::child<QLabel>(dialog, "problem")->text();
}

} // namespace

TEST_F(DatabaseRecovery, SaysWhyAndRestoresTheBundledDatasetIntoANewFile)
{
    const QString why = refusal();
    ASSERT_TRUE(why.contains("is damaged")) << why.toStdString();
    DatabaseRecoveryDialog dialog(why, Database::Mode::ReadWrite);
    EXPECT_EQ(problemOf(dialog), why);
    EXPECT_EQ(parts::child<QPushButton>(dialog, "openOther")->text(), "&Open Another Database…");
    EXPECT_EQ(parts::child<QPushButton>(dialog, "restore")->text(),
              "&Restore the Bundled Dataset…");

    // The damaged file cannot be the target: a restore writes only a new file.
    EXPECT_FALSE(dialog.restoreInto(m_damaged));
    EXPECT_TRUE(problemOf(dialog).contains("exists already")) << problemOf(dialog).toStdString();
    EXPECT_FALSE(dialog.openOther(m_damaged));
    EXPECT_EQ(problemOf(dialog), why);

    const QString restored = m_dir.file("restored.sqlite");
    EXPECT_TRUE(dialog.restoreInto(restored));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto database = dialog.takeDatabase();
    ASSERT_TRUE(database);
    EXPECT_EQ(database->path(), restored);
    EXPECT_GT(sql::scalar(database->connection(), "SELECT count(*) FROM pairings").toInt(), 1000);
    EXPECT_EQ(fileHash(m_damaged), m_before);
    EXPECT_FALSE(QFile::exists(m_damaged + "-wal"));
}

TEST_F(DatabaseRecovery, OpensAnotherDatabase)
{
    const QString other = m_dir.file("other.sqlite");
    testdata::generate(other, 30);
    DatabaseRecoveryDialog dialog(refusal(), Database::Mode::ReadOnly);
    EXPECT_TRUE(dialog.openOther(other));
    auto database = dialog.takeDatabase();
    ASSERT_TRUE(database);
    EXPECT_TRUE(database->isReadOnly());
    EXPECT_EQ(sql::scalar(database->connection(), "SELECT count(*) FROM pairings").toInt(), 30);
    EXPECT_EQ(fileHash(m_damaged), m_before);
}

// Drawn in English and Chinese: the message and the buttons fit. With
// SISTERCITIES_SCREENSHOTS=DIR the pictures are kept there, to be looked at.
TEST_F(DatabaseRecovery, RendersInEnglishAndChinese)
{
    using Exit = DatabaseRecoveryDialog::Exit;
    for (const Language language : {Language::En, Language::Zh})
        for (const Exit exit : {Exit::Quit, Exit::KeepCurrent}) {
            ASSERT_TRUE(Translations::instance().install(language));
            DatabaseRecoveryDialog dialog(refusal(), Database::Mode::ReadWrite, nullptr, exit);
            dialog.adjustSize();
            const QImage image = dialog.grab().toImage();
            ASSERT_FALSE(image.isNull());
            for (QPushButton* button : {parts::child<QPushButton>(dialog, "openOther"),
                                        parts::child<QPushButton>(dialog, "restore"),
                                        parts::child<QPushButton>(dialog, "quit")})
                EXPECT_GE(button->width(), button->sizeHint().width())
                    << button->text().toStdString();
            if (language == Language::Zh) {
                EXPECT_EQ(dialog.windowTitle(), QStringLiteral("无法打开数据库"));
            }
            const QString folder = qEnvironmentVariable("SISTERCITIES_SCREENSHOTS");
            if (!folder.isEmpty())
                image.save(QStringLiteral("%1/recovery-%2%3.png")
                               .arg(folder,
                                    exit == Exit::Quit ? QString() : QStringLiteral("keep-"),
                                    language::code(language)));
        }
}

// File → Open of a file that is not a database we can read: the window offers the same way on
// as at start, keeps its own database when the user declines, and never writes the file.
TEST_F(DatabaseRecovery, FileOpenOfARefusedFileOffersRecoveryAndKeepsTheWindowsDatabase)
{
    const QString current = m_dir.file("current.sqlite");
    testdata::generate(current, 40);
    MainWindow window(Database::open(current));
    const auto shownDialog = [&window]() -> DatabaseRecoveryDialog* {
        for (auto* dialog : window.findChildren<DatabaseRecoveryDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    };

    EXPECT_FALSE(window.openDatabase(m_damaged, Database::Mode::ReadWrite));
    DatabaseRecoveryDialog* dialog = shownDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(problemOf(*dialog), refusal());
    EXPECT_TRUE(dialog->isModal());
    EXPECT_EQ(parts::child<QPushButton>(*dialog, "quit")->text(), "&Keep the Current Database");
    parts::child<QPushButton>(*dialog, "quit")->click();
    EXPECT_FALSE(shownDialog());
    EXPECT_EQ(parts::database(window).path(), current);
    EXPECT_EQ(
        sql::scalar(parts::database(window).connection(), "SELECT count(*) FROM pairings").toInt(),
        40);
    EXPECT_EQ(fileHash(m_damaged), m_before);

    // Again, and this time open another file from the dialog: the window shows that one.
    const QString other = m_dir.file("other.sqlite");
    testdata::generate(other, 25);
    EXPECT_FALSE(window.openDatabase(m_damaged, Database::Mode::ReadWrite));
    dialog = shownDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->openOther(other));
    // The window takes the database once the dialog has finished closing.
    QCoreApplication::processEvents();
    EXPECT_EQ(parts::database(window).path(), other);
    EXPECT_TRUE(parts::statusText(window).contains("25 of 25 pairings"))
        << parts::statusText(window).toStdString();
    EXPECT_EQ(fileHash(m_damaged), m_before);
    EXPECT_FALSE(QFile::exists(m_damaged + "-wal"));
    EXPECT_FALSE(QFile::exists(m_damaged + "-journal"));

    // A missing file is only reported: there is nothing to recover.
    EXPECT_FALSE(window.openDatabase(m_dir.file("missing.sqlite"), Database::Mode::ReadWrite));
    EXPECT_FALSE(shownDialog());
    EXPECT_EQ(parts::database(window).path(), other);
}
