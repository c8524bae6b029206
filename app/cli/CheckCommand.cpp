#include "CliContext.h"
#include "Commands.h"
#include "DatabaseCheck.h"

namespace sc::cli {

int runCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!context.parse(parser, arguments, QStringLiteral("check"),
                       QCoreApplication::translate(
                           "cli", "Check the database: SQLite's integrity and foreign keys, "
                                  "every city name, and cities that are twins. Exit status 0: "
                                  "nothing found; 1: findings, each on a line.")))
        return Success;
    if (!CliContext::operands(parser).isEmpty())
        throw UsageError(QCoreApplication::translate("cli", "check takes no operands"));

    Database& database = context.database();
    const QVector<DatabaseCheck::Finding> findings = DatabaseCheck(database).run();
    for (const DatabaseCheck::Finding& finding : findings)
        context.out() << database.path() << QStringLiteral(": ") << finding.check
                      << QStringLiteral(": ")
                      << (finding.where.isEmpty() ? QString()
                                                  : finding.where + QStringLiteral(": "))
                      << finding.reason << Qt::endl;
    if (findings.isEmpty()) {
        context.out() << QCoreApplication::translate(
                             "cli", "%1: no problems found (integrity, foreign keys, names, "
                                    "duplicates).")
                             .arg(database.path())
                      << Qt::endl;
        return Success;
    }
    context.out() << QCoreApplication::translate("cli", "%1: findings: %2")
                         .arg(database.path())
                         .arg(findings.size())
                  << Qt::endl;
    return RuntimeFailure;
}

} // namespace sc::cli
