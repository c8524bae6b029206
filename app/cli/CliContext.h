#pragma once

#include "Database.h"
#include "ExitCode.h"
#include "Language.h"
#include "UsageError.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace sc::cli {

// What every command shares: the global options (--db, --lang, --read-only, which may stand
// before or after the command), the output streams and the database.
class CliContext final {
public:
    CliContext();

    // Adds the global options to a command's parser, parses `arguments` with it (the command's
    // name is the first positional argument) and records the global values. --help prints the
    // command's help and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
               const QString& synopsis);

    QString databasePath() const { return m_databasePath; }
    bool readOnly() const { return m_readOnly; }
    Language language() const { return m_language; }

    // The database named by --db, else the user's own (created from the bundled dataset).
    Database& database();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // The positional arguments after the command's name.
    static QStringList operands(const QCommandLineParser& parser);

private:
    QString m_databasePath;
    bool m_readOnly = false;
    Language m_language = Language::En;
    std::unique_ptr<Database> m_database;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sc::cli
