// sistercities: the desktop application. Parses the command line, opens the database and
// shows the main window; everything else lives in ui/ and core/.
#include "Application.h"
#include "Error.h"
#include "MainWindow.h"
#include "TerminationSignal.h"
#include "i18n/Translations.h"
#include "recovery/DatabaseRecoveryDialog.h"
#include "server/StartupDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version answer in a terminal with no display, where a QApplication cannot start.
bool onlyAsksForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app =
        onlyAsksForText(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                    : std::make_unique<sc::Application>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SisterCities"));
    QApplication::setApplicationName(QStringLiteral("sistercities"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sister cities of China, Japan and Korea."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("main", "Open this database: a file, or a PostgreSQL server as "
                                        "postgresql://user@host:port/database or service=NAME."),
        QStringLiteral("FILE|SERVER"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Open the database so that nothing can be written."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Start in this language: zh, ja, ko or en."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({db, readOnly, lang});
    parser.process(*app); // exits after --help and --version
    QApplication::setApplicationDisplayName(QStringLiteral("Sister Cities"));
    // The desktop entry's name ties the windows to it (Wayland's app id); the icon comes from
    // the installed icon theme, or from the executable when it runs from a build tree.
    QApplication::setDesktopFileName(QStringLiteral(SISTERCITIES_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(SISTERCITIES_APP_ID), QIcon(QStringLiteral(":/icons/sistercities.svg"))));
    // From here on a SIGTERM waits for the event loop, however long the start takes.
    const sc::TerminationSignal termination;

    // --lang, else the remembered language, else the system's, before any window exists.
    QSettings settings;
    auto language = sc::language::fromCode(settings.value(QStringLiteral("language")).toString());
    if (parser.isSet(lang)) {
        language = sc::language::fromCode(parser.value(lang));
        if (!language) {
            // Before any translation is in force: the message names the choices in English.
            std::fprintf(stderr, "sistercities: --lang: \"%s\" is not one of zh, ja, ko, en\n",
                         qPrintable(parser.value(lang)));
            return 2;
        }
    }
    sc::Translations::instance().install(language.value_or(sc::Translations::systemLanguage()));

    // Without --db: the database used last, while it still exists; else the user's own.
    const QString last = settings.value(QStringLiteral("lastDatabase")).toString();
    const auto mode =
        parser.isSet(readOnly) ? sc::Database::Mode::ReadOnly : sc::Database::Mode::ReadWrite;
    QString refusal;
    std::unique_ptr<sc::Database> database = sc::StartupDatabase::open(
        parser.isSet(db) ? parser.value(db) : QString(), last, mode,
        [](const QString& message) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Sister Cities"),
                                 message);
        },
        refusal);
    if (!database) {
        // A file refused (damaged, another program's): the user may open another file or
        // restore the bundled dataset into a new one.
        database = sc::DatabaseRecoveryDialog::recover(refusal, mode);
        if (!database)
            return 1;
    }

    sc::MainWindow window(std::move(database));
    window.show();
    return app->exec();
}
