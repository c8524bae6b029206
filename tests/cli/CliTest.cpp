// The command-line contract: each command, its exit codes, and CSV/JSON that parse back to the
// rows the core query returns.
#include "PairingQuery.h"
#include "io/PairingRecord.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sc;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& arguments, const QString& dataHome = {},
           const QString& workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI needs no display at all
    if (!dataHome.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        env.insert(QStringLiteral("HOME"), dataHome);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SISTERCITIES_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A minimal RFC 4180 reader, to check what the CLI wrote without trusting its writer.
QVector<QStringList> parseCsv(const QString& text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r') {
        } else if (c == '\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

class Cli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        path = dir->file("gen.sqlite");
        auto generated = testdata::generate(path, 400);
        path = generated.database->path(); // a server's address on PostgreSQL
        // A note with a comma, a quote and a newline must survive CSV.
        QSqlQuery(generated.database->connection())
            .exec("UPDATE pairings SET note = 'one, \"two\"\nthree' WHERE id = 1");
    }
    static void TearDownTestSuite() { delete dir; }

    static QVector<PairingRow> coreRows(const PairingFilter& filter, Language language)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return PairingQuery(*db).rows(filter, language);
    }

    static inline TempDir* dir = nullptr;
    static inline QString path;
};

} // namespace

TEST_F(Cli, CountPrintsTheBareNumber)
{
    PairingFilter f;
    f.countries = {"CN", "JP"};
    const CliRun run =
        cli({"--db", path, "pairings", "--country", "CN", "--country", "JP", "--count"});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QString::number(coreRows(f, Language::En).size()) + "\n");
}

TEST_F(Cli, GlobalOptionsMayStandAfterTheCommand)
{
    const CliRun before = cli({"--db", path, "--lang", "zh", "pairings", "--count"});
    const CliRun after = cli({"pairings", "--count", "--db", path, "--lang", "zh"});
    EXPECT_EQ(before.exitCode, 0);
    EXPECT_EQ(before.out, after.out);
}

TEST_F(Cli, CsvParsesBackToTheCoreRows)
{
    PairingFilter f;
    f.region = "east";
    const CliRun run =
        cli({"--db", path, "--lang", "ko", "pairings", "--region", "east", "--format", "csv"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QVector<QStringList> rows = parseCsv(run.out);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first(), pairingrecord::columns());
    const QVector<PairingRow> expected = coreRows(f, Language::Ko);
    ASSERT_EQ(rows.size() - 1, expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(rows.at(i + 1), pairingrecord::fields(expected.at(i)));
}

TEST_F(Cli, CsvKeepsCommasQuotesAndNewlines)
{
    const CliRun run = cli({"--db", path, "pairings", "--format", "csv"});
    const QVector<QStringList> rows = parseCsv(run.out);
    bool found = false;
    for (const QStringList& row : rows)
        if (row.first() == "1") {
            EXPECT_EQ(row.at(11), "one, \"two\"\nthree");
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST_F(Cli, JsonParsesBackToTheCoreRows)
{
    PairingFilter f;
    f.undatedOnly = true;
    const CliRun run =
        cli({"--db", path, "pairings", "--undated", "--format", "json", "--lang", "ja"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    // Keys stand in the exchange format's column order, as in CSV.
    const int firstObject = run.out.indexOf('{');
    int previous = -1;
    for (const QString& column : pairingrecord::columns()) {
        const int at = run.out.indexOf('"' + column + '"', firstObject);
        EXPECT_GT(at, previous) << column.toStdString();
        previous = at;
    }
    const QVector<PairingRow> expected = coreRows(f, Language::Ja);
    ASSERT_EQ(array.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        EXPECT_EQ(object.value("id").toInteger(), expected.at(i).id);
        EXPECT_EQ(object.value("a_city").toString(), expected.at(i).a.name);
        EXPECT_EQ(object.value("b_country").toString(), expected.at(i).b.country);
        EXPECT_EQ(object.value("established").toString(), "");
    }
}

TEST_F(Cli, TableFormatListsEveryRow)
{
    const CliRun run = cli({"--db", path, "pairings", "--status", "ended"});
    ASSERT_EQ(run.exitCode, 0);
    PairingFilter f;
    f.status = "ended";
    EXPECT_EQ(run.out.count('\n'), coreRows(f, Language::En).size() + 2); // header and rule
}

TEST_F(Cli, StatsCountsWhatIsThere)
{
    const CliRun run = cli({"--db", path, "stats", "--format", "json"});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(object.value("pairings").toInt(), 400);
    EXPECT_EQ(object.value("cities").toInt(), 150);
    EXPECT_EQ(object.value("countries").toInt(), 4);
    EXPECT_EQ(cli({"--db", path, "stats"}).exitCode, 0);
}

TEST_F(Cli, InitCreatesAndRefusesAnExistingFile)
{
    TempDir local;
    const QString empty = local.file("empty.sqlite");
    EXPECT_EQ(cli({"init", "--db", empty, "--empty"}).exitCode, 0);
    const CliRun stats = cli({"--db", empty, "stats", "--format", "json"});
    EXPECT_EQ(QJsonDocument::fromJson(stats.out.toUtf8()).object().value("pairings").toInt(), 0);

    const QString full = local.file("full.sqlite");
    EXPECT_EQ(cli({"init", "--db", full}).exitCode, 0);
    const CliRun bundled = cli({"--db", full, "stats", "--format", "json"});
    EXPECT_EQ(QJsonDocument::fromJson(bundled.out.toUtf8()).object().value("divisions").toInt(),
              95);

    const CliRun again = cli({"init", "--db", full});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("exists already")) << again.err.toStdString();
}

TEST_F(Cli, WithoutDbTheUsersOwnDatabaseIsCreatedOnce)
{
    TempDir home;
    const CliRun first = cli({"stats", "--format", "json"}, home.path());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(QFile::exists(home.file("SisterCities/sistercities/sistercities.sqlite")) ||
                QFile::exists(home.file("sistercities/sistercities.sqlite")));
    EXPECT_EQ(cli({"stats"}, home.path()).exitCode, 0);
}

TEST_F(Cli, ExitCodes)
{
    EXPECT_EQ(cli({"--db", path, "frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", path, "pairings", "--region", "north"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", path, "pairings", "--from", "soon"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", path, "pairings", "--format", "xml"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", path, "pairings", "--lang", "fr"}).exitCode, 2);
    EXPECT_EQ(cli({"--db", path, "pairings", "--no-such-option"}).exitCode, 2);
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({"--help"}).exitCode, 0);
    const CliRun missing = cli({"--db", dir->file("missing.sqlite"), "stats"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("missing.sqlite")) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir->file("missing.sqlite")));
    const CliRun division = cli({"--db", path, "pairings", "--division", "Atlantis"});
    EXPECT_EQ(division.exitCode, 2);
    EXPECT_TRUE(division.err.contains("Atlantis"));
}

TEST_F(Cli, DivisionTakesANameInAnyLanguage)
{
    const CliRun code = cli({"--db", path, "pairings", "--division", "CN-SD", "--count"});
    const CliRun name = cli({"--db", path, "pairings", "--division", "Shandong-ja", "--count"});
    EXPECT_EQ(code.exitCode, 0);
    EXPECT_EQ(code.out, name.out);
    EXPECT_NE(code.out, "0\n");
}

TEST_F(Cli, GenerateIsDeterministicAndRefusesAnExistingFile)
{
    TempDir local;
    const QString a = local.file("a.sqlite");
    const QString b = local.file("b.sqlite");
    const CliRun first = cli({"generate", "--db", a, "--pairings", "1500", "--seed", "42"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(cli({"--db", b, "generate", "--pairings", "1500", "--seed", "42"}).exitCode, 0);
    // Read back through the CLI: the same rows, in every language's names.
    for (const char* language : {"en", "zh"}) {
        const CliRun rowsA = cli({"--db", a, "--lang", language, "pairings", "--format", "csv"});
        const CliRun rowsB = cli({"--db", b, "--lang", language, "pairings", "--format", "csv"});
        EXPECT_EQ(parseCsv(rowsA.out).size(), 1501);
        EXPECT_EQ(rowsA.out, rowsB.out);
    }
    const CliRun count = cli({"--db", a, "pairings", "--count"});
    EXPECT_EQ(count.out, "1500\n");

    // An existing file: refused, every byte as it was.
    QFile file(a);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun again = cli({"generate", "--db", a, "--pairings", "10"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains("exists already")) << again.err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);

    EXPECT_EQ(cli({"generate", "--db", local.file("c.sqlite")}).exitCode, 2);
    EXPECT_EQ(cli({"generate", "--db", local.file("c.sqlite"), "--pairings", "0"}).exitCode, 2);
    EXPECT_EQ(cli({"generate", "--db", local.file("c.sqlite"), "--pairings", "9000000"}).exitCode,
              2);
    EXPECT_EQ(cli({"generate", "--pairings", "10"}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(local.file("c.sqlite")));
}

// A listening socket on the loopback that never accepts: a client that connected would sit in
// its backlog, which a non-blocking accept() then finds.
class Listener {
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), size), 0);
        EXPECT_EQ(::listen(m_fd, 8), 0);
        EXPECT_EQ(::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &size), 0);
        m_port = ntohs(address.sin_port);
        ::fcntl(m_fd, F_SETFL, O_NONBLOCK);
    }
    ~Listener() { ::close(m_fd); }
    int port() const { return m_port; }
    bool anyoneConnected() const
    {
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client < 0)
            return !(errno == EAGAIN || errno == EWOULDBLOCK);
        ::close(client);
        return true;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

TEST_F(Cli, GenerateRefusesAServerAsAUsageErrorConnectingToNothing)
{
    // generate writes a new SQLite file: a server's address is a mistake of the call, refused
    // before any connection, and no file named after the address appears in the working folder.
    TempDir local;
    Listener server;
    const QString uri = QStringLiteral("postgresql://bench@127.0.0.1:%1/big").arg(server.port());
    for (const QString& location : {uri, QStringLiteral("service=sistercities")}) {
        const CliRun run =
            cli({"generate", "--db", location, "--pairings", "10"}, {}, local.path());
        EXPECT_EQ(run.exitCode, 2) << location.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("new SQLite file")) << run.err.toStdString();
        EXPECT_TRUE(
            QDir(local.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
                .isEmpty())
            << location.toStdString();
    }
    EXPECT_FALSE(server.anyoneConnected());
}
