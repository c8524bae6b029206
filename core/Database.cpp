#include "Database.h"

#include "CheckedFiles.h"
#include "CityDisplayName.h"

#include "Error.h"
#include "OpenFiles.h"
#include "PostgresDialect.h"
#include "ServerAddress.h"
#include "SqliteDialect.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

// Resources of a static library are registered by hand, from the global namespace.
static void initSchemaResource()
{
    Q_INIT_RESOURCE(schema);
}

namespace sc {

namespace {

// A write that meets another writer's lock waits this long before it fails.
constexpr int kBusyTimeoutMs = 5000;

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::Database", text);
}

void initResources()
{
    static const bool done = [] {
        initSchemaResource();
        return true;
    }();
    Q_UNUSED(done);
}

QStringList migrationFiles(const QString& folder = QStringLiteral(":/schema/sqlite"))
{
    initResources();
    QDir dir(folder);
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

// Splits a migration script into statements. Migrations hold no string literals with
// semicolons, so a semicolon at the end of a line ends a statement, except inside an SQLite
// trigger's body, which ends with a line "END;", and inside the $$-quoted body of a PostgreSQL
// function.
QStringList statements(const QString& script)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (QString line : script.split(QLatin1Char('\n'))) {
        const int comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        // PostgreSQL's CREATE TRIGGER is one line calling a function; SQLite's has a body.
        const bool trigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            !current.contains(QLatin1String("EXECUTE FUNCTION"), Qt::CaseInsensitive);
        const bool ends =
            trigger ? line.trimmed().compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                    : line.trimmed().endsWith(QLatin1Char(';'));
        if (!inBody && ends) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sistercities-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(const QString& path, bool readOnly, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(nextConnectionName()), m_path(path), m_readOnly(readOnly),
      m_dialect(std::move(dialect))
{
}

Database::~Database()
{
    m_prepared.clear();
    m_states.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_fileCounted)
        OpenFiles::closed(m_path);
    // Closed (its WAL folded back in): what this application wrote into a file it found
    // sound is remembered as such, so that the next start does not read every page again.
    if (!m_reader)
        CheckedFiles::closed(m_path);
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            throw Error(Error::Kind::Database, query.lastError().text());
        it = m_prepared.insert(sql, query);
    }
    return *it;
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

void Database::openConnection(bool immutable)
{
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    SqliteDialect::configure(m_db, m_readOnly, kBusyTimeoutMs);
    if (immutable)
        SqliteDialect::configureImmutable(m_db, m_path);
    if (!m_db.open())
        throw Error(Error::Kind::Database,
                    tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text()));
    // Counted before its first statement takes a lock: from now on the application reads the
    // file only through this connection (OpenFiles says why).
    OpenFiles::opened(m_path, immutable);
    m_fileCounted = true;
    m_dialect->prepareConnection(m_db, m_readOnly);
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode, const QString& password)
{
    if (ServerAddress::isServer(path))
        return openServer(path, mode, password);
    // A file that is refused is left as it was found: so are its neighbours, the -wal and -shm
    // files that opening a WAL database makes and a refused one may leave behind.
    const QStringList sidecars = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList made;
    for (const QString& sidecar : sidecars)
        if (!QFileInfo::exists(sidecar))
            made << sidecar;
    try {
        return openChecked(path, mode);
    } catch (const Error&) {
        for (const QString& sidecar : std::as_const(made))
            if (QFileInfo(sidecar).size() == 0 || sidecar.endsWith(QLatin1String("-shm")))
                QFile::remove(sidecar);
        throw;
    }
}

int Database::readableSchemaVersion(const QString& location)
{
    const int version = schemaVersion();
    const int latest = latestSchemaVersion();
    if (version > latest)
        throw Error(Error::Kind::Database,
                    tr("%1 was written by a newer version of Sister Cities (schema %2; this "
                       "version reads up to %3); it was left unchanged")
                        .arg(location)
                        .arg(version)
                        .arg(latest));
    return version;
}

std::unique_ptr<Database> Database::openChecked(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::Kind::Io, tr("%1 does not exist").arg(path));
    if (!info.isFile())
        throw Error(Error::Kind::Io, tr("%1 is not a file").arg(path));
    // The header, the journal mode and the stamp are read with descriptors of the application's
    // own, which only a file that no connection of this process holds can afford (OpenFiles).
    // A file one of them holds was checked when it was first opened and is read as it was.
    QString problem;
    bool walHeader = false;
    bool knownSound = true;
    const bool readHere = OpenFiles::readAlone(path, [&] {
        problem = SqliteDialect::checkHeader(path);
        walHeader = problem.isEmpty() && SqliteDialect::isWal(path);
        knownSound = problem.isEmpty() && CheckedFiles::isKnownSound(path);
    });
    if (!problem.isEmpty())
        throw Error(Error::Kind::Database, tr("%1 %2; it was left unchanged").arg(path, problem));

    bool readOnly = mode == Mode::ReadOnly;
    QString reason = readOnly ? tr("opened read-only") : QString();
    // A writer also needs the folder, for SQLite's journal files.
    if (!readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        readOnly = true;
        reason = tr("the file may not be written");
    }

    // A reader of a WAL database needs its -shm file, and makes it when it is missing; in a
    // folder the user may not write it cannot, and SQLite refuses to read at all ("attempt to
    // write a readonly database", SQLITE_READONLY_CANTINIT). Without a -wal file every
    // committed page is in the database file itself, so reading it as immutable is exact.
    const QString wal = path + QStringLiteral("-wal");
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    bool immutable = !readHere && OpenFiles::isImmutable(path);
    if (readHere && readOnly && !folderWritable && walHeader) {
        if (!QFileInfo::exists(wal))
            immutable = true;
        else if (!QFileInfo::exists(path + QStringLiteral("-shm")))
            throw Error(Error::Kind::Database,
                        tr("%1 has unfinished writes in %2, which cannot be read without "
                           "write access to the folder; it was left unchanged")
                            .arg(path, wal));
    }

    std::unique_ptr<Database> database(
        new Database(path, readOnly, std::make_unique<SqliteDialect>()));
    database->m_readOnlyReason = reason;
    database->openConnection(immutable);
    QSqlDatabase& db = database->m_db;

    int appId = 0;
    try {
        appId = SqliteDialect::applicationId(db);
    } catch (const Error& error) {
        throw Error(error.kind(), tr("%1 %2; it was left unchanged").arg(path, error.message()));
    }
    if (appId != SqliteDialect::kApplicationId && database->m_dialect->hasTables(db))
        throw Error(
            Error::Kind::Database,
            tr("%1 is an SQLite database of another program; it was left unchanged").arg(path));
    // The full check reads every page (1.5 s at a million pairings); a file this
    // application found sound and that nothing has written since is not read again.
    if (!knownSound) {
        const QString damage = SqliteDialect::quickCheck(db);
        if (!damage.isEmpty()) {
            CheckedFiles::forget(path);
            throw Error(Error::Kind::Database,
                        tr("%1 is damaged (%2); it was left unchanged").arg(path, damage));
        }
    }
    CheckedFiles::openedSound(path);

    const int version = database->readableSchemaVersion(path);
    const int latest = latestSchemaVersion();
    // Only now that the file is known to be ours may a PRAGMA change it (WAL is written to it).
    SqliteDialect::applyPragmas(db, readOnly);
    if (version < latest) {
        if (readOnly)
            throw Error(Error::Kind::Database,
                        tr("%1 has the older schema %2 and cannot be upgraded read-only; open it "
                           "once with write access")
                            .arg(path)
                            .arg(version));
        if (version > 0) {
            const QString backup = QStringLiteral("%1.schema%2.bak").arg(path).arg(version);
            if (!QFile::exists(backup))
                SqliteDialect::backupTo(db, backup);
            database->m_backupPath = backup;
        }
        database->migrate();
    }
    return database;
}

std::unique_ptr<Database> Database::create(const QString& path, int version,
                                           const std::function<void(Database&)>& fill)
{
    if (ServerAddress::isServer(path))
        return createServer(path, version, fill);
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::Io, tr("%1 exists already; it was left unchanged").arg(path));
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        throw Error(Error::Kind::Io, tr("the folder %1 does not exist").arg(info.absolutePath()));

    std::unique_ptr<Database> database(
        new Database(path, false, std::make_unique<SqliteDialect>()));
    database->openConnection();
    SqliteDialect::applyPragmas(database->m_db, false);
    SqliteDialect::setApplicationId(database->m_db);
    database->migrate(version);
    if (fill) {
        fill(*database);
        if (database->schemaVersion() >= CityDisplayName::kStoredSince)
            CityDisplayName::refreshAll(*database);
    }
    return database;
}

std::unique_ptr<Database> Database::openReader(const QString& location, const QString& password)
{
    if (ServerAddress::isServer(location)) {
        std::unique_ptr<Database> reader(
            new Database(location, true, std::make_unique<PostgresDialect>(kBusyTimeoutMs)));
        reader->m_reader = true;
        reader->m_readOnlyReason = tr("opened read-only");
        reader->connectServer(password);
        return reader;
    }
    std::unique_ptr<Database> reader(
        new Database(location, true, std::make_unique<SqliteDialect>()));
    reader->m_reader = true;
    reader->m_readOnlyReason = tr("opened read-only");
    // Opened as this process's connection to the file was (immutable in a folder it may not
    // write); the file itself is not read here (OpenFiles says why).
    reader->openConnection(OpenFiles::isImmutable(location));
    SqliteDialect::applyPragmas(reader->m_db, true);
    return reader;
}

std::unique_ptr<Database> Database::copyTo(const QString& path)
{
    if (isServer())
        throw Error(Error::Kind::Database,
                    tr("a copy of a server's database cannot be made here: check an import "
                       "with an editor's role, whose dry run writes nothing"));
    if (QFileInfo::exists(path))
        throw Error(Error::Kind::Io, tr("%1 exists already; it was left unchanged").arg(path));
    SqliteDialect::backupTo(m_db, path);
    return open(path);
}

void Database::connectServer(const QString& password)
{
    const ServerAddress address = ServerAddress::parse(m_path);
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!m_db.isValid())
        throw Error(
            Error::Kind::Database,
            tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed").arg(m_path));
    address.applyTo(m_db);
    if (!password.isEmpty())
        m_db.setPassword(password);
    if (!m_db.open())
        throw Error(Error::Kind::Database,
                    tr("Cannot connect to %1: %2").arg(m_path, m_db.lastError().text()));
    m_dialect->prepareConnection(m_db, m_readOnly);
}

std::unique_ptr<Database> Database::openServer(const QString& location, Mode mode,
                                               const QString& password)
{
    const bool askedReadOnly = mode == Mode::ReadOnly;
    std::unique_ptr<Database> database(
        new Database(location, askedReadOnly, std::make_unique<PostgresDialect>(kBusyTimeoutMs)));
    database->connectServer(password);
    QSqlDatabase& db = database->m_db;
    if (askedReadOnly)
        database->m_readOnlyReason = tr("opened read-only");

    if (!PostgresDialect::hasSchemaTable(db)) {
        if (database->m_dialect->hasTables(db))
            throw Error(
                Error::Kind::Database,
                tr("%1 holds the tables of another program; it was left unchanged").arg(location));
        throw Error(Error::Kind::Database,
                    tr("%1 holds no Sister Cities register yet: create one with "
                       "sistercities-cli init --db %1")
                        .arg(location));
    }
    const int version = database->readableSchemaVersion(location);
    const int latest = latestSchemaVersion();
    // A reader's role sees everything and changes nothing: the application says so rather than
    // failing at the first save.
    if (!askedReadOnly && !PostgresDialect::mayWrite(db)) {
        database->m_readOnly = true;
        database->m_readOnlyReason =
            tr("the role %1 may only read").arg(PostgresDialect::currentRole(db));
    }
    if (version < latest) {
        if (database->m_readOnly)
            throw Error(Error::Kind::Database,
                        tr("%1 has the older schema %2 and cannot be upgraded read-only; open it "
                           "once with an editor's role")
                            .arg(location)
                            .arg(version));
        // Each step is one transaction of the server: nothing to copy beforehand.
        database->migrate();
    }
    return database;
}

std::unique_ptr<Database> Database::createServer(const QString& location, int version,
                                                 const std::function<void(Database&)>& fill)
{
    std::unique_ptr<Database> database(
        new Database(location, false, std::make_unique<PostgresDialect>(kBusyTimeoutMs)));
    database->connectServer(QString());
    if (database->m_dialect->hasTables(database->m_db))
        throw Error(Error::Kind::Io,
                    tr("%1 holds tables already; it was left unchanged").arg(location));
    // PostgreSQL's DDL is transactional: every migration and the load are steps (savepoints)
    // of one transaction, so a failure half-way leaves no partial schema behind.
    Transaction whole(*database);
    database->migrate(version);
    if (fill) {
        fill(*database);
        if (database->schemaVersion() >= CityDisplayName::kStoredSince)
            CityDisplayName::refreshAll(*database);
    }
    whole.commit();
    return database;
}

int Database::schemaVersion()
{
    return m_dialect->schemaVersion(m_db);
}

void Database::migrate(int target)
{
    requireWritable();
    const QStringList files = migrationFiles(m_dialect->schemaFolder());
    if (target < 0 || target > files.size())
        target = int(files.size());
    for (int version = schemaVersion(); version < target; ++version) {
        QFile file(m_dialect->schemaFolder() + QLatin1Char('/') + files.at(version));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Io, tr("cannot read migration %1").arg(file.fileName()));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction transaction(*this);
        for (const QString& statement : statements(script)) {
            QSqlQuery query(m_db);
            if (!query.exec(statement))
                throw Error(
                    Error::Kind::Database,
                    tr("migration %1 failed: %2").arg(files.at(version), query.lastError().text()));
        }
        // The stored display names are computed by core's SQL (the dialect's functions among
        // it), not by the script: filled here, in the migration's own transaction.
        if (version + 1 == CityDisplayName::kStoredSince)
            CityDisplayName::refreshAll(*this);
        m_dialect->setSchemaVersion(m_db, version + 1);
        transaction.commit();
    }
}

bool Database::isConnected()
{
    if (!isServer())
        return true;
    if (!m_db.isOpen()) {
        m_connectionProblem = tr("the connection is closed");
        return false;
    }
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT 1")) && query.next())
        return true;
    m_connectionProblem = query.lastError().text().trimmed();
    return false;
}

void Database::reconnect()
{
    if (!isServer())
        return;
    // The same connection opened anew: every copy of it (models, repositories) stays valid, and
    // it keeps its settings, the password the GUI asked for among them. The prepared statements
    // belonged to the lost session.
    m_prepared.clear();
    m_states.clear();
    m_transactionDepth = 0;
    m_db.close();
    if (!m_db.open())
        throw Error(Error::Kind::Database,
                    tr("Cannot connect to %1: %2").arg(m_path, m_db.lastError().text()));
    m_dialect->prepareConnection(m_db, m_readOnly);
}

SqlDialect::CommitStatus Database::commitStatus(qint64 token)
{
    if (token == 0 || !isConnected())
        return SqlDialect::CommitStatus::Unknown;
    return m_dialect->commitStatus(m_db, token);
}

void Database::requireWritable() const
{
    if (m_readOnly)
        throw Error(Error::Kind::ReadOnly,
                    tr("%1 is read-only (%2): nothing was written").arg(m_path, m_readOnlyReason));
}

} // namespace sc
