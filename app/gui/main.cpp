// sistercities: the desktop application. Parses the command line, opens the database and
// shows the main window; everything else lives in ui/ and core/.
#include "Application.h"
#include "BundledDataset.h"
#include "Error.h"
#include "MainWindow.h"
#include "ServerAddress.h"
#include "TerminationSignal.h"
#include "i18n/Translations.h"
#include "recovery/DatabaseRecoveryDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
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

// Opens `location`; a server that asks for a password libpq found nowhere (~/.pgpass,
// PGPASSWORD, the service file) gets one typed here, kept by the connection only, never stored.
std::unique_ptr<sc::Database> openAskingPassword(const QString& location, sc::Database::Mode mode)
{
    try {
        return sc::Database::open(location, mode);
    } catch (const sc::Error& error) {
        if (!sc::ServerAddress::isServer(location) ||
            !error.message().contains(QLatin1String("password")))
            throw;
        QString problem = error.message();
        for (int attempt = 0; attempt < 3; ++attempt) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                nullptr, QApplication::translate("main", "Sister Cities"),
                QApplication::translate("main", "Password for %1:").arg(location),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                break;
            try {
                return sc::Database::open(location, mode, password);
            } catch (const sc::Error& again) {
                if (!again.message().contains(QLatin1String("password")))
                    throw;
                problem = again.message();
            }
        }
        throw sc::Error(error.kind(), problem);
    }
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
    std::unique_ptr<sc::Database> database;
    try {
        if (parser.isSet(db)) {
            database = openAskingPassword(parser.value(db), mode);
        } else {
            // A server is remembered by its address, which holds no password.
            if (!last.isEmpty() && (sc::ServerAddress::isServer(last) || QFileInfo::exists(last))) {
                try {
                    database = openAskingPassword(last, mode);
                } catch (const sc::Error& error) {
                    // The file used last cannot be opened now: say so, and open the user's own.
                    QMessageBox::warning(nullptr, QApplication::translate("main", "Sister Cities"),
                                         error.message());
                }
            }
            if (!database)
                database = sc::bundled::openDefault(mode);
        }
    } catch (const sc::Error& error) {
        // Refused (damaged, another program's): the user may open another file or restore
        // the bundled dataset into a new one.
        database = sc::DatabaseRecoveryDialog::recover(error.message(), mode);
        if (!database)
            return 1;
    }

    sc::MainWindow window(std::move(database));
    window.show();
    return app->exec();
}
