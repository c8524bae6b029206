#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "PairingQuery.h"
#include "TextTable.h"
#include "io/CsvWriter.h"
#include "io/PairingRecord.h"

#include <QJsonDocument>

namespace sc::cli {

int runPairings(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption count(QStringLiteral("count"),
                                   QCoreApplication::translate("cli", "Print only the number."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOptions({count, format});
    if (!context.parse(parser, arguments, QStringLiteral("pairings"),
                       QCoreApplication::translate("cli", "List the pairings that match the "
                                                          "filters.")))
        return Success;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("csv") &&
        kind != QLatin1String("json"))
        throw UsageError(QCoreApplication::translate("cli", "--format takes table, csv or json, "
                                                            "not \"%1\"")
                             .arg(kind));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "unexpected operand \"%1\"")
                             .arg(CliContext::operands(parser).first()));

    Database& database = context.database();
    const PairingFilter filter = filters.read(parser, database);
    const PairingQuery query(database);
    if (parser.isSet(count)) {
        context.out() << query.count(filter) << Qt::endl;
        return Success;
    }

    QTextStream& out = context.out();
    if (kind == QLatin1String("csv")) {
        // Streamed a row at a time: a register of any size prints in constant memory.
        out << csv::record(pairingrecord::columns()) << "\r\n";
        query.forEachRow(filter, context.language(), [&out](const PairingRow& row) {
            out << csv::record(pairingrecord::fields(row), QLatin1Char(','), true) << "\r\n";
        });
    } else if (kind == QLatin1String("json")) {
        // One object a line inside the array: valid JSON, written as it is read.
        out << "[";
        bool first = true;
        query.forEachRow(filter, context.language(), [&out, &first](const PairingRow& row) {
            out << (first ? "\n  " : ",\n  ") << pairingrecord::jsonText(row);
            first = false;
        });
        out << (first ? "]\n" : "\n]\n");
    } else {
        // The table's columns are as wide as their widest cell: it has to see every row first.
        TextTable table(pairingrecord::columns());
        query.forEachRow(filter, context.language(), [&table](const PairingRow& row) {
            QStringList fields = pairingrecord::fields(row);
            fields[10] = row.sourceTitle.left(40); // a URL is too long for a terminal table
            table.add(fields);
        });
        out << table.render();
    }
    return Success;
}

} // namespace sc::cli
