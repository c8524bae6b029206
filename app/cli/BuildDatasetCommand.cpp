#include "CliContext.h"
#include "Commands.h"
#include "Database.h"
#include "dataset/DatasetCompiler.h"

namespace sc::cli {

int runBuildDataset(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption facts(QStringLiteral("facts"),
                                   QCoreApplication::translate("cli", "The folder of fact files "
                                                                      "(resources/dataset)."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "The database to create."),
                                 QStringLiteral("FILE"));
    parser.addOptions({facts, out});
    if (!context.parse(parser, arguments, QStringLiteral("build-dataset"),
                       QCoreApplication::translate("cli", "Compile fact files into a new "
                                                          "database (how the bundled dataset "
                                                          "is built).")))
        return Success;
    if (!parser.isSet(facts) || !parser.isSet(out))
        throw UsageError(QCoreApplication::translate("cli", "build-dataset needs --facts DIR and "
                                                            "--out FILE"));
    auto database = Database::create(parser.value(out));
    const auto summary = DatasetCompiler(*database, parser.value(facts)).compile();
    context.err() << QCoreApplication::translate("cli", "%1: %2 cities, %3 pairings, %4 sources, "
                                                        "%5 survey tallies, %6 published "
                                                        "statistics.")
                         .arg(parser.value(out))
                         .arg(summary.cities)
                         .arg(summary.pairings)
                         .arg(summary.sources)
                         .arg(summary.tallies)
                         .arg(summary.publishedStatistics)
                  << Qt::endl;
    return Success;
}

} // namespace sc::cli
