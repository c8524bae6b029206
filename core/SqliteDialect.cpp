#include "SqliteDialect.h"

#include "Error.h"
#include "HangulRomanizer.h"
#include "NameKey.h"
#include "io/SqliteBatchStatements.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::SqliteDialect", text);
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("sc::SqliteDialect", "%1 failed: %2")
                        .arg(sql, query.lastError().text()));
}

int compareCollated(void* collator, int lengthA, const void* a, int lengthB, const void* b)
{
    return static_cast<const QCollator*>(collator)->compare(
        QString::fromUtf8(static_cast<const char*>(a), lengthA),
        QString::fromUtf8(static_cast<const char*>(b), lengthB));
}

void destroyCollator(void* collator)
{
    delete static_cast<QCollator*>(collator);
}

} // namespace

QString SqliteDialect::checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read (%1)").arg(file.errorString());
    const QByteArray head = file.read(100);
    if (head.isEmpty())
        return tr("is empty, not an SQLite database");
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic))
        return tr("is not an SQLite database");
    if (head.size() < 100)
        return tr("is truncated (its SQLite header is incomplete)");
    return {};
}

void SqliteDialect::configure(QSqlDatabase& db, bool readOnly, int busyTimeoutMs)
{
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

bool SqliteDialect::isWal(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(20);
    return head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
}

void SqliteDialect::configureImmutable(QSqlDatabase& db, const QString& path)
{
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        QStringLiteral("?mode=ro&immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

void SqliteDialect::applyPragmas(QSqlDatabase& db, bool readOnly)
{
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!readOnly) {
        // WAL lets readers (a second window, the CLI) go on while one writer commits.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            throw Error(Error::Kind::Database, query.lastError().text());
        exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

QStringList SqliteDialect::dropIndexes(QSqlDatabase& db, const QString& table)
{
    // sql is NULL for the indexes SQLite makes itself (UNIQUE and PRIMARY KEY constraints).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = ? AND sql IS NOT NULL ORDER BY name"));
    query.addBindValue(table);
    if (!query.exec())
        throw Error(Error::Kind::Database, query.lastError().text());
    QStringList names, statements;
    while (query.next()) {
        names << query.value(0).toString();
        statements << query.value(1).toString();
    }
    query.finish();
    for (const QString& name : std::as_const(names))
        exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); // a name from the schema
    return statements;
}

void SqliteDialect::createIndexes(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements)
        exec(db, statement);
}

void SqliteDialect::setCacheMebibytes(QSqlDatabase& db, int mebibytes)
{
    // A negative cache_size is in KiB.
    exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
}

std::optional<SqlDialect::DataStamp> SqliteDialect::dataStamp(const QSqlDatabase& db) const
{
    sqlite3* connection = handle(db);
    if (!sqlite3_get_autocommit(connection))
        return std::nullopt;
    // Read before whatever the caller reads next: a commit in between then shows as a change.
    // Two PRAGMAs, not one SELECT of pragma functions, whose inner statements a trace of the
    // connection (the query-plan tests) would see as statements of their own.
    const auto pragma = [&db](const QString& name) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            throw Error(Error::Kind::Database, query.lastError().text());
        return query.value(0).toLongLong();
    };
    const qint64 version = pragma(QStringLiteral("data_version"));
    const qint64 schema = pragma(QStringLiteral("schema_version"));
    return DataStamp{version, schema, qint64(sqlite3_total_changes64(connection))};
}

int SqliteDialect::cacheSize(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        throw Error(Error::Kind::Database, query.lastError().text());
    return query.value(0).toInt();
}

void SqliteDialect::setCacheSize(QSqlDatabase& db, int size) const
{
    // PRAGMA takes no bound parameters; the value is an int of ours.
    exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(size));
}

std::unique_ptr<BatchStatements> SqliteDialect::batchStatements(const QSqlDatabase& db,
                                                                const QString& table,
                                                                const QStringList& columns) const
{
    return std::make_unique<SqliteBatchStatements>(db, table, columns);
}

QVector<qint64> SqliteDialect::reserveIds(const QSqlDatabase& db, const QString& table,
                                          qint64 after, int count) const
{
    // The table is one of ours, never input.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(table)) ||
        !query.next())
        throw Error(Error::Kind::Database, query.lastError().text());
    const qint64 first = qMax(after, query.value(0).toLongLong()) + 1;
    QVector<qint64> ids(count);
    std::iota(ids.begin(), ids.end(), first);
    return ids;
}

int SqliteDialect::schemaVersion(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw Error(Error::Kind::Database,
                    tr("cannot read the schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

void SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    // PRAGMA takes no bound parameters; the value is an int we produced ourselves.
    exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void SqliteDialect::backupTo(QSqlDatabase& db, const QString& target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        throw Error(Error::Kind::Io,
                    tr("cannot write the backup %1: %2").arg(target, query.lastError().text()));
}

QString SqliteDialect::quickCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems.join(QLatin1String("; "));
}

int SqliteDialect::applicationId(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        // The first read of a file: where another program's exclusive lock shows.
        if (SqliteDialect().isBusy(query.lastError()))
            throw Error(Error::Kind::Database,
                        tr("is held by another program that lets no one else read it"));
        // A file whose first page reads but whose schema does not (truncated, pages
        // overwritten): SQLite's own words, without the driver's.
        throw Error(Error::Kind::Database,
                    tr("is damaged (%1)").arg(query.lastError().databaseText()));
    }
    return query.value(0).toInt();
}

void SqliteDialect::setApplicationId(QSqlDatabase& db)
{
    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

bool SqliteDialect::hasTables(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        throw Error(Error::Kind::Database, query.lastError().text());
    return query.value(0).toInt() > 0;
}

void SqliteDialect::beginWrite(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return;
    if (isBusy(query.lastError()))
        throw Error(Error::Kind::Database,
                    tr("another program is writing to the database and did not finish in time; "
                       "nothing was written: try again"));
    throw Error(Error::Kind::Database,
                tr("BEGIN IMMEDIATE failed: %1").arg(query.lastError().text()));
}

bool SqliteDialect::isBusy(const QSqlError& error) const
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), as the driver reports the native code.
    return error.nativeErrorCode() == QLatin1String("5") ||
           error.nativeErrorCode() == QLatin1String("6");
}

sqlite3* SqliteDialect::handle(const QSqlDatabase& db)
{
    // Qt on Debian links the system SQLite, so the driver's handle is that library's sqlite3*.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(Error::Kind::Database, tr("the SQLite driver gives no sqlite3 handle"));
    return *static_cast<sqlite3* const*>(handle.data());
}

void SqliteDialect::prepareConnection(QSqlDatabase& db, bool) const
{
    sqlite3* connection = handle(db);
    for (const QString& code : language::codes()) {
        const Language language = *language::fromCode(code);
        auto* collator = new QCollator(QLocale(code));
        // Town 2 before Town 10; apple before Banana (ties fall to the query's id order).
        collator->setNumericMode(true);
        collator->setCaseSensitivity(Qt::CaseInsensitive);
        const QByteArray name = collate(language).mid(9).toUtf8();
        if (sqlite3_create_collation_v2(connection, name.constData(), SQLITE_UTF8, collator,
                                        compareCollated, destroyCollator) != SQLITE_OK) {
            delete collator;
            throw Error(Error::Kind::Database,
                        tr("cannot register the collation %1").arg(QString::fromUtf8(name)));
        }
    }
    // The display names of Korean cities known only in hangul romanise them in SQL.
    if (!HangulRomanizer::registerFunction(connection))
        throw Error(Error::Kind::Database,
                    tr("cannot register the SQL function %1").arg(QStringLiteral("sc_romanize")));
}

QString SqliteDialect::collate(Language language) const
{
    return QStringLiteral(" COLLATE sc_") + language::code(language);
}

QString SqliteDialect::least(const QString& a, const QString& b) const
{
    return QStringLiteral("min(%1, %2)").arg(a, b);
}

QString SqliteDialect::greatest(const QString& a, const QString& b) const
{
    return QStringLiteral("max(%1, %2)").arg(a, b);
}

QString SqliteDialect::position(const QString& needle, const QString& haystack) const
{
    return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

QString SqliteDialect::firstCodePoint(const QString& text) const
{
    return QStringLiteral("unicode(%1)").arg(text);
}

QStringList SqliteDialect::integrityProblems(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        throw Error(Error::Kind::Database, query.lastError().text());
    QStringList out;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            out << line;
    }
    return out;
}

QList<SqlDialect::Orphan> SqliteDialect::orphans(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throw Error(Error::Kind::Database, query.lastError().text());
    QList<Orphan> out;
    while (query.next())
        out.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

SqlDialect::CitySearch SqliteDialect::citiesContaining(const QString& text) const
{
    const QString key = namekey::normalize(text);
    const QList<uint> codes = key.toUcs4();
    const bool wildcards = key.contains(QLatin1Char('%')) || key.contains(QLatin1Char('_')) ||
                           key.contains(QLatin1Char('\\'));
    // FTS5's trigram LIKE takes no ESCAPE clause and finds nothing under three characters.
    if (codes.size() >= 3 && !wildcards)
        return {QStringLiteral("SELECT rowid FROM city_names WHERE search_text LIKE ?"),
                {QLatin1Char('%') + key + QLatin1Char('%')}};
    // city_grams holds every pair of neighbouring characters of search_text with no space or
    // control character first, and the last character alone when it is not one, ASCII lowered
    // as LIKE compares it (schema 11; schema 9 kept only those with a non-ASCII character). The
    // key is normalised (case-folded, never a separator or an end space): two characters are a
    // gram; one is the range of grams it starts, since every occurrence of a character starts a
    // pair or is the last one. A range, not GLOB: `*`, `?` and `[` are keys like any other, and
    // so are LIKE's wildcards. A key holding a control character is left to LIKE.
    const bool indexed =
        codes.size() <= 2 && !codes.isEmpty() &&
        std::none_of(codes.cbegin(), codes.cend(), [](uint c) { return c <= 0x20; });
    if (indexed && codes.size() == 2)
        return {QStringLiteral("SELECT city_id FROM city_grams WHERE gram = ?"), {key}};
    if (indexed && codes.first() < 0x10FFFF) {
        // The next character in UTF-8's order, which is the code points' (past the surrogates).
        char32_t next = codes.first() + 1;
        if (next >= 0xD800 && next <= 0xDFFF)
            next = 0xE000;
        return {QStringLiteral("SELECT city_id FROM city_grams WHERE gram >= ? AND gram < ?"),
                {key, QString::fromUcs4(&next, 1)}};
    }
    return {QStringLiteral("SELECT id FROM cities WHERE search_text LIKE ? ESCAPE '\\'"),
            {namekey::containsPattern(text)}};
}

} // namespace sc
