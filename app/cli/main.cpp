// sistercities-cli: the headless tool over core, for scripts and tests.
#include "CliContext.h"
#include "Commands.h"
#include "Error.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace sc;
using namespace sc::cli;

namespace {

// Global options that take a value; their value is never the command's name.
bool takesValue(const QString& argument)
{
    return argument == QLatin1String("--db") || argument == QLatin1String("--lang") ||
           argument == QLatin1String("-db") || argument == QLatin1String("-lang");
}

QString findCommand(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: sistercities-cli [--db FILE|SERVER] [--lang zh|ja|ko|en] [--read-only] COMMAND "
        "...\n"
        "\n"
        "Commands:\n"
        "  init --db FILE|SERVER [--empty] [--create-roles]\n"
        "                             create a database (bundled dataset, or reference tables "
        "only)\n"
        "  generate --db FILE --pairings N [--seed S]   a synthetic register for benchmarks\n"
        "  pairings [filters] [--count] [--format table|csv|json]\n"
        "  stats [--format table|json]\n"
        "  build-dataset --facts DIR --out FILE\n"
        "  figures list | data --id figN [filters] [--format csv|json]\n"
        "  figures export [--id figN] [filters] [--format png|svg|pdf] [--dpi N]\n"
        "          [--width PX] [--height PX] [--jobs N] --out DIR\n"
        "  import [--table pairings|cities] FILE [--dry-run] [--strict] [--encoding E]\n"
        "  export [--table pairings|cities] --out FILE [filters] [--format csv|json]\n"
        "  check-report [--format table|csv|json]   published statistics against the database\n"
        "  check                      integrity, foreign keys, names and duplicate cities\n"
        "\n"
        "Filters: --country CC (twice: one city in each), --division CODE|NAME,\n"
        "  --region east|central|west, --from YEAR, --to YEAR, --undated,\n"
        "  --status active|dormant|ended, --kind KIND, --search TEXT\n"
        "\n"
        "Without --db the user's own database is used (created on first start).\n"
        "SERVER is postgresql://user@host:port/database or service=NAME; the password comes\n"
        "from ~/.pgpass, PGPASSWORD or the service file, never from the command line.\n"
        "'sistercities-cli COMMAND --help' describes a command.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SisterCities"));
    QCoreApplication::setApplicationName(QStringLiteral("sistercities"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    const std::map<QString, std::function<int(CliContext&, const QStringList&)>> commands = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("generate"), runGenerate},
        {QStringLiteral("pairings"), runPairings},
        {QStringLiteral("stats"), runStats},
        {QStringLiteral("build-dataset"), runBuildDataset},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("check-report"), runCheckReport},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("figures"), runFigures},
    };

    const QStringList arguments = QCoreApplication::arguments();
    // Help texts are built before a command parses --lang: the translation must be in force
    // first. A wrong value is reported when the command parses it.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const QString value =
            argument.startsWith(QLatin1String("--lang="))
                ? argument.mid(7)
                : (takesValue(argument) && argument.endsWith(QLatin1String("lang")) &&
                           i + 1 < arguments.size()
                       ? arguments.at(i + 1)
                       : QString());
        if (const auto language = language::fromCode(value))
            Translations::instance().install(*language);
    }
    CliContext context;
    const QString command = findCommand(arguments);
    if (command.isEmpty()) {
        if (arguments.contains(QLatin1String("--help")) ||
            arguments.contains(QLatin1String("-h"))) {
            context.out() << usage();
            return Success;
        }
        if (arguments.contains(QLatin1String("--version"))) {
            context.out() << "sistercities-cli " << QCoreApplication::applicationVersion()
                          << Qt::endl;
            return Success;
        }
        context.err() << usage();
        return UsageFailure;
    }
    const auto it = commands.find(command);
    try {
        if (it == commands.end())
            throw UsageError(
                QCoreApplication::translate("cli", "unknown command \"%1\"").arg(command));
        return it->second(context, arguments);
    } catch (const UsageError& error) {
        context.err() << "sistercities-cli: " << error.message() << Qt::endl
                      << QCoreApplication::translate("cli", "Try 'sistercities-cli --help'.")
                      << Qt::endl;
        return UsageFailure;
    } catch (const Error& error) {
        context.err() << "sistercities-cli: " << error.message() << Qt::endl;
        return RuntimeFailure;
    }
}
