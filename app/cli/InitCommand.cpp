#include "BundledDataset.h"
#include "CliContext.h"
#include "Commands.h"
#include "Statistics.h"

namespace sc::cli {

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption empty(
        QStringLiteral("empty"),
        QCoreApplication::translate("cli", "Create the reference tables only (countries and "
                                           "divisions), without the register or the survey."));
    parser.addOption(empty);
    if (!context.parse(parser, arguments, QStringLiteral("init"),
                       QCoreApplication::translate("cli", "Create a database: the bundled "
                                                          "dataset, or its reference tables only. "
                                                          "Refuses an existing file.")))
        return Success;
    if (context.databasePath().isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "init needs --db FILE"));
    if (context.readOnly())
        throw UsageError(QCoreApplication::translate("cli", "init cannot be --read-only"));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "init takes no operands"));

    auto database = bundled::createDatabase(context.databasePath(), parser.isSet(empty));
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
