#include "CliContext.h"

#include "BundledDataset.h"
#include "i18n/Translations.h"

#include <cstdio>

namespace sc::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments,
                       const QString& command, const QString& synopsis)
{
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "The database: a file, or a PostgreSQL server as "
                                           "postgresql://user@host:port/database or "
                                           "service=NAME (the password from ~/.pgpass, "
                                           "PGPASSWORD or the service file)."),
        QStringLiteral("FILE|SERVER"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("cli", "Language of names and messages: zh, ja, ko or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("cli", "Open the database so that nothing can be written."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOptions({db, lang, readOnly, help});
    parser.setApplicationDescription(synopsis);
    parser.addPositionalArgument(command, QString(), command);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return false;
    }
    if (parser.isSet(db))
        m_databasePath = parser.value(db);
    m_readOnly = parser.isSet(readOnly);
    if (parser.isSet(lang)) {
        const auto language = language::fromCode(parser.value(lang));
        if (!language)
            throw UsageError(QCoreApplication::translate("cli", "--lang takes zh, ja, ko or en, "
                                                                "not \"%1\"")
                                 .arg(parser.value(lang)));
        m_language = *language;
        // Messages, names and exported figures all follow --lang.
        Translations::instance().install(m_language);
    }
    return true;
}

Database& CliContext::database()
{
    if (!m_database) {
        const Database::Mode mode =
            m_readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
        m_database = m_databasePath.isEmpty() ? bundled::openDefault(mode)
                                              : Database::open(m_databasePath, mode);
    }
    return *m_database;
}

QStringList CliContext::operands(const QCommandLineParser& parser)
{
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        positional.removeFirst();
    return positional;
}

} // namespace sc::cli
