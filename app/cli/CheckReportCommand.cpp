#include "CliContext.h"
#include "Commands.h"
#include "TextTable.h"
#include "io/CsvWriter.h"
#include "report/ReportCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sc::cli {

int runCheckReport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "table, csv or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (!context.parse(parser, arguments, QStringLiteral("check-report"),
                       QCoreApplication::translate("cli", "Every published statistic beside what "
                                                          "the database gives for it.")))
        return Success;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("csv") &&
        kind != QLatin1String("json"))
        throw UsageError(QCoreApplication::translate("cli", "--format takes table, csv or json, "
                                                            "not \"%1\"")
                             .arg(kind));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "check-report takes no operands"));

    const QVector<ReportCheck::Row> rows = ReportCheck(context.database()).run(context.language());
    auto optional = [](const std::optional<double>& value) {
        return value ? ReportCheck::format(*value) : QString();
    };
    QTextStream& out = context.out();
    if (kind == QLatin1String("csv")) {
        out << csv::record(ReportCheck::csvColumns()) << "\r\n";
        for (const auto& row : rows)
            out << csv::record({row.statement, row.figure, ReportCheck::format(row.published),
                                optional(row.database), optional(row.difference), row.note})
                << "\r\n";
    } else if (kind == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& row : rows) {
            QJsonObject object{{QStringLiteral("stat_key"), row.statKey},
                               {QStringLiteral("subject"), row.subject},
                               {QStringLiteral("key"), row.key},
                               {QStringLiteral("statement"), row.statement},
                               {QStringLiteral("figure"), row.figure},
                               {QStringLiteral("published"), row.published},
                               {QStringLiteral("unit"), row.unit},
                               {QStringLiteral("as_of"), row.asOf},
                               {QStringLiteral("source"), row.source},
                               {QStringLiteral("note"), row.note}};
            object.insert(QStringLiteral("database"),
                          row.database ? QJsonValue(*row.database) : QJsonValue());
            object.insert(QStringLiteral("difference"),
                          row.difference ? QJsonValue(*row.difference) : QJsonValue());
            object.insert(QStringLiteral("lacking"),
                          row.lacking ? QJsonValue(*row.lacking) : QJsonValue());
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        TextTable table({QCoreApplication::translate("cli", "statement"),
                         QCoreApplication::translate("cli", "figure"),
                         QCoreApplication::translate("cli", "published"),
                         QCoreApplication::translate("cli", "database"),
                         QCoreApplication::translate("cli", "difference"),
                         QCoreApplication::translate("cli", "note")});
        for (const auto& row : rows)
            table.add({row.statement, row.figure, ReportCheck::format(row.published),
                       optional(row.database), optional(row.difference), row.note});
        out << table.render();
        // Per figure, the pairs the register still lacks to draw it as the report does.
        const QMap<QString, int> lacking = ReportCheck::lackingByFigure(rows);
        if (!lacking.isEmpty()) {
            out << "\n"
                << QCoreApplication::translate("cli",
                                               "Pairs the register still lacks, per figure (at "
                                               "least):")
                << "\n";
            for (auto it = lacking.cbegin(); it != lacking.cend(); ++it)
                out << "  " << it.key() << "  " << it.value() << "\n";
        }
    }
    return Success;
}

} // namespace sc::cli
