#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "io/Exporter.h"

namespace sc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::cli", text);
}

} // namespace

int runExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption table(QStringLiteral("table"), tr("pairings (default) or cities."),
                                   QStringLiteral("TABLE"), QStringLiteral("pairings"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write (- for stdout)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({table, out, format});
    if (!context.parse(parser, arguments, QStringLiteral("export"),
                       tr("Export the pairings the filters select, or the cities of those "
                          "pairings (all cities without filters), as CSV or JSON that import "
                          "reads back.")))
        return Success;
    const QString which = parser.value(table);
    if (which != QLatin1String("pairings") && which != QLatin1String("cities"))
        throw UsageError(tr("--table takes pairings or cities, not \"%1\"").arg(which));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("csv") && kind != QLatin1String("json"))
        throw UsageError(tr("--format takes csv or json, not \"%1\"").arg(kind));
    if (!parser.isSet(out))
        throw UsageError(tr("export needs --out FILE"));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(tr("unexpected operand \"%1\"").arg(CliContext::operands(parser).first()));

    Database& database = context.database();
    const PairingFilter filter = filters.read(parser, database);
    const Exporter::Format as =
        kind == QLatin1String("json") ? Exporter::Format::Json : Exporter::Format::Csv;
    const Exporter exporter(database);
    int rows = 0;
    const QByteArray bytes = which == QLatin1String("cities")
                                 ? exporter.cities(filter, as, &rows)
                                 : exporter.pairings(filter, context.language(), as, &rows);
    const QString path = parser.value(out);
    if (path == QLatin1String("-")) {
        context.out().flush();
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
    } else {
        Exporter::save(path, bytes);
        context.err() << tr("Exported %1 %2 to %3.")
                             .arg(rows)
                             .arg(which == QLatin1String("cities") ? tr("cities") : tr("pairings"),
                                  path)
                      << Qt::endl;
    }
    return Success;
}

} // namespace sc::cli
