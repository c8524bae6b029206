// sistercities: the desktop application. Parses the command line, opens the database and
// shows the main window; everything else lives in ui/ and core/.
#include "Application.h"
#include "BundledDataset.h"
#include "Error.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "recovery/DatabaseRecoveryDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    sc::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SisterCities"));
    QApplication::setApplicationName(QStringLiteral("sistercities"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sister Cities"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Sister cities of China, Japan and Korea."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open this database file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QApplication::translate("main", "Open the database so that nothing can be written."));
    parser.addOptions({db, readOnly});
    parser.process(app);

    // The remembered language, or on first start the system's, before any window exists.
    QSettings settings;
    const auto language =
        sc::language::fromCode(settings.value(QStringLiteral("language")).toString());
    sc::Translations::instance().install(language.value_or(sc::Translations::systemLanguage()));

    // Without --db: the database used last, while it still exists; else the user's own.
    const QString last = settings.value(QStringLiteral("lastDatabase")).toString();
    const auto mode =
        parser.isSet(readOnly) ? sc::Database::Mode::ReadOnly : sc::Database::Mode::ReadWrite;
    std::unique_ptr<sc::Database> database;
    try {
        if (parser.isSet(db)) {
            database = sc::Database::open(parser.value(db), mode);
        } else {
            if (!last.isEmpty() && QFileInfo::exists(last)) {
                try {
                    database = sc::Database::open(last, mode);
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
    return app.exec();
}
