#include "CliContext.h"
#include "Commands.h"
#include "Error.h"
#include "io/CityImporter.h"
#include "io/CsvReader.h"
#include "io/PairingImporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

namespace sc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::cli", text);
}

QChar delimiterOf(const QString& text)
{
    if (text.isEmpty())
        return QChar();
    if (text == QLatin1String("tab") || text == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (text == QLatin1String(",") || text == QLatin1String(";") || text == QLatin1String("\t"))
        return text.at(0);
    throw UsageError(tr("--delimiter takes \",\", \";\" or tab, not \"%1\"").arg(text));
}

// Progress on stderr, only for a person watching a terminal: scripts and logs get none.
ImportProgress terminalProgress(CliContext& context)
{
    if (!isatty(fileno(stderr)))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Once every row is checked (done == total), the import is asked again between the steps
    // that finish it: the last line is printed once.
    auto ended = std::make_shared<bool>(false);
    return [&context, timer, ended](int done, int total) {
        if (*ended)
            return true;
        if (done == total || timer->elapsed() > 200) {
            timer->restart();
            *ended = done == total;
            context.err() << '\r' << tr("Checking row %1 of %2").arg(done).arg(total)
                          << (done == total ? "\n" : "");
            context.err().flush();
        }
        return true;
    };
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption table(QStringLiteral("table"), tr("pairings (default) or cities."),
                                   QStringLiteral("TABLE"), QStringLiteral("pairings"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check every row against the database; write nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Refuse cities the register does not have, rather than "
                                       "create them."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("The file's encoding: UTF-8, GB18030, Shift_JIS or EUC-KR (default: detected)."),
        QStringLiteral("E"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("\",\", \";\" or tab (default: from the header)."),
                                       QStringLiteral("D"));
    parser.addOptions({table, dryRun, strict, encoding, delimiter});
    if (!context.parse(parser, arguments, QStringLiteral("import"),
                       tr("Import a CSV file of pairings or cities, all or nothing: a file with "
                          "any bad row is refused whole, with every problem named by "
                          "file:line:column. See docs/IMPORT.md.")))
        return Success;
    const QString which = parser.value(table);
    if (which != QLatin1String("pairings") && which != QLatin1String("cities"))
        throw UsageError(tr("--table takes pairings or cities, not \"%1\"").arg(which));
    const QStringList files = CliContext::operands(parser);
    if (files.size() != 1)
        throw UsageError(tr("import takes one file"));
    const QString path = files.first();
    const QChar separator = delimiterOf(parser.value(delimiter));

    QTextStream& err = context.err();
    std::optional<CsvReader> read;
    try {
        read.emplace(CsvReader::streamFile(path, parser.value(encoding), separator));
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::Invalid)
            throw UsageError(QStringLiteral("--encoding: ") + error.message());
        if (error.kind() != Error::Kind::Io)
            throw;
        err << error.message() << Qt::endl << tr("Nothing was written.") << Qt::endl;
        return RuntimeFailure;
    }
    const CsvReader& csv = *read;
    // What the file is read as comes first, before anything is checked or written.
    if (!csv.encodingRefused())
        err << tr("Reading %1 as %2 (%3).")
                   .arg(path, csv.encoding(),
                        csv.encodingDetected() ? tr("detected") : tr("as given"))
            << Qt::endl;
    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.strict = parser.isSet(strict);
    // A dry run writes and rolls back. On a read-only database it runs on a copy, so that the
    // check works wherever the data may only be read, and the file is never locked for it.
    QTemporaryDir scratchDir;
    std::unique_ptr<Database> scratch;
    if (options.dryRun && context.database().isReadOnly())
        scratch = context.database().copyTo(scratchDir.filePath(QStringLiteral("dry-run.sqlite")));
    Database& database = scratch ? *scratch : context.database();
    const ImportProgress progress = terminalProgress(context);
    const ImportReport report = which == QLatin1String("cities")
                                    ? CityImporter(database).run(csv, options, progress)
                                    : PairingImporter(database).run(csv, options, progress);

    if (report.hasProblems()) {
        for (const QString& line : report.problemLines(path))
            err << line << Qt::endl;
        err << tr("Nothing was written (problems found: %1).").arg(report.problems.size())
            << Qt::endl;
        return RuntimeFailure;
    }
    // One line a notice, flushed once: an import of a million new cities tells of each.
    report.forEachNotice([&err, &path](const ImportIssue& notice) {
        err << ImportReport::format(path, notice) << '\n';
    });
    err.flush();
    if (report.blankLines > 0)
        err << tr("%1: blank or empty lines skipped: %2").arg(path).arg(report.blankLines)
            << Qt::endl;
    const QString summary =
        (options.dryRun ? tr("Dry run: %1 %2 of %3 would be imported (%4 new cities, %5 new "
                             "sources; read as %6); nothing was written.")
                        : tr("Imported %1 %2 from %3 (%4 new cities, %5 new sources; read as "
                             "%6)."))
            .arg(report.added)
            .arg(which == QLatin1String("cities") ? tr("cities") : tr("pairings"),
                 QFileInfo(path).fileName())
            .arg(report.citiesCreated)
            .arg(report.sourcesCreated)
            .arg(report.encoding);
    (options.dryRun ? context.out() : err) << summary << Qt::endl;
    return Success;
}

} // namespace sc::cli
