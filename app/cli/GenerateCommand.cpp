#include "CliContext.h"
#include "Commands.h"
#include "ServerAddress.h"
#include "dataset/RegisterGenerator.h"

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace sc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int runGenerate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption pairings(
        QStringLiteral("pairings"),
        tr("How many pairings to generate (1 to %1).").arg(RegisterGenerator::kMaxPairings),
        QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("The seed: the same seed gives the same database (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOption(pairings);
    parser.addOption(seed);
    if (!context.parse(parser, arguments, QStringLiteral("generate"),
                       tr("Create a synthetic register of N pairings for benchmarks and trials: "
                          "the reference tables with invented cities and pairings, the same for "
                          "the same seed. Refuses an existing file.")))
        return Success;
    if (context.databasePath().isEmpty())
        throw UsageError(tr("generate needs --db FILE"));
    // The generator writes a new SQLite file through its own bulk path; a server's address
    // would otherwise be taken for a file name. Refused before anything is opened, and without
    // echoing the address (a user may have put a password in it).
    if (ServerAddress::isServer(context.databasePath()))
        throw UsageError(tr("generate writes a new SQLite file and cannot write to a "
                            "PostgreSQL server: give --db FILE"));
    if (context.readOnly())
        throw UsageError(tr("generate cannot be --read-only"));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(tr("generate takes no operands"));
    if (!parser.isSet(pairings))
        throw UsageError(tr("generate needs --pairings N"));
    bool ok = false;
    RegisterGenerator::Options options;
    options.path = context.databasePath();
    options.pairings = parser.value(pairings).toInt(&ok);
    if (!ok || options.pairings < 1 || options.pairings > RegisterGenerator::kMaxPairings)
        throw UsageError(tr("--pairings takes a number from 1 to %1, not \"%2\"")
                             .arg(RegisterGenerator::kMaxPairings)
                             .arg(parser.value(pairings)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        throw UsageError(
            tr("--seed takes a non-negative whole number, not \"%1\"").arg(parser.value(seed)));

    // Progress on stderr, only for a person watching a terminal: scripts and logs get none.
    RegisterGenerator::Progress progress;
    QElapsedTimer timer;
    timer.start();
    if (isatty(fileno(stderr)))
        progress = [&context, &timer](int done, int total) {
            if (done == total || timer.elapsed() > 200) {
                timer.restart();
                context.err() << '\r' << tr("Generating pairing %1 of %2").arg(done).arg(total)
                              << (done == total ? "\n" : "");
                context.err().flush();
            }
            return true;
        };
    const RegisterGenerator::Summary made = RegisterGenerator::generate(options, progress);
    context.err() << tr("Created %1: %2 pairings between %3 cities (seed %4).")
                         .arg(options.path)
                         .arg(made.pairings)
                         .arg(made.cities)
                         .arg(options.seed)
                  << Qt::endl;
    return Success;
}

} // namespace sc::cli
