// sistercities: the desktop application. Parses the command line, opens the database and
// shows the main window; everything else lives in ui/ and core/.
#include "BundledDataset.h"
#include "Error.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
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

    const auto mode = parser.isSet(readOnly) ? sc::Database::Mode::ReadOnly
                                             : sc::Database::Mode::ReadWrite;
    std::unique_ptr<sc::Database> database;
    try {
        database = parser.isSet(db) ? sc::Database::open(parser.value(db), mode)
                                    : sc::bundled::openDefault(mode);
    } catch (const sc::Error& error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Sister Cities"),
                              error.message());
        return 1;
    }

    sc::MainWindow window(std::move(database));
    window.show();
    return app.exec();
}
