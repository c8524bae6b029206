#include "BundledDataset.h"
#include "CliContext.h"
#include "Commands.h"
#include "ServerRoles.h"
#include "Statistics.h"

namespace sc::cli {

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption empty(
        QStringLiteral("empty"),
        QCoreApplication::translate("cli", "Create the reference tables only (countries and "
                                           "divisions), without the register or the survey."));
    const QCommandLineOption createRoles(
        QStringLiteral("create-roles"),
        QCoreApplication::translate("cli", "On a server: also create the roles "
                                           "sistercities_reader and sistercities_editor and "
                                           "grant them their rights."));
    parser.addOptions({empty, createRoles});
    if (!context.parse(parser, arguments, QStringLiteral("init"),
                       QCoreApplication::translate("cli", "Create a database: the bundled "
                                                          "dataset, or its reference tables only. "
                                                          "Refuses an existing file, and a "
                                                          "server's database that holds "
                                                          "tables.")))
        return Success;
    if (context.databasePath().isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "init needs --db FILE|SERVER"));
    if (context.readOnly())
        throw UsageError(QCoreApplication::translate("cli", "init cannot be --read-only"));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "init takes no operands"));

    auto database = bundled::createDatabase(context.databasePath(), parser.isSet(empty));
    if (parser.isSet(createRoles)) {
        if (!database->isServer())
            throw UsageError(QCoreApplication::translate(
                "cli", "--create-roles needs a server's database (postgresql://... or "
                       "service=NAME)"));
        ServerRoles::create(*database);
        context.err() << QCoreApplication::translate(
                             "cli", "Roles %1 (reads) and %2 (edits) have their rights.")
                             .arg(ServerRoles::reader(), ServerRoles::editor())
                      << Qt::endl;
    }
    const Statistics stats = Statistics::of(*database);
    context.err() << QCoreApplication::translate("cli", "Created %1: %2 pairings, %3 cities, "
                                                        "%4 countries.")
                         .arg(context.databasePath())
                         .arg(stats.pairings)
                         .arg(stats.cities)
                         .arg(stats.countries)
                  << Qt::endl;
    return Success;
}

} // namespace sc::cli
