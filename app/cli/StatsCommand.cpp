#include "CliContext.h"
#include "Commands.h"
#include "Statistics.h"
#include "TextTable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sc::cli {

int runStats(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "table or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    parser.addOption(format);
    if (!context.parse(parser, arguments, QStringLiteral("stats"),
                       QCoreApplication::translate("cli", "Counts of what the database holds.")))
        return Success;
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        throw UsageError(QCoreApplication::translate("cli", "--format takes table or json"));
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "stats takes no operands"));

    const Statistics s = Statistics::of(context.database());
    const QList<QPair<QString, int>> counts = {
        {QStringLiteral("countries"), s.countries},
        {QStringLiteral("divisions"), s.divisions},
        {QStringLiteral("cities"), s.cities},
        {QStringLiteral("pairings"), s.pairings},
        {QStringLiteral("dated_pairings"), s.datedPairings},
        {QStringLiteral("sources"), s.sources},
        {QStringLiteral("surveys"), s.surveys},
        {QStringLiteral("published_statistics"), s.publishedStatistics},
    };
    if (kind == QLatin1String("json")) {
        QJsonObject object;
        for (const auto& [name, count] : counts)
            object.insert(name, count);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        TextTable table({QCoreApplication::translate("cli", "what"),
                         QCoreApplication::translate("cli", "count")});
        for (const auto& [name, count] : counts)
            table.add({name, QString::number(count)});
        context.out() << table.render();
    }
    return Success;
}

} // namespace sc::cli
