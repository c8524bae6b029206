// `sistercities-cli figures` with the maps: listed, their numbers printed, exported headless.
#include "maps/MapCatalog.h"
#include "maps/MapQuery.h"
#include "support/BundledDatabaseTest.h"

#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace sc;

namespace {

QString cli(const QStringList& arguments, int* exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless without being told
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SISTERCITIES_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    *exitCode = process.exitCode();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return *exitCode == 0 ? out : out + QString::fromUtf8(process.readAllStandardError());
}

} // namespace

class MapCli : public BundledDatabaseTest {};

TEST_F(MapCli, ListsDataAndExportsEveryMap)
{
    const QString path = dir->file("bundled.sqlite");
    int code = -1;
    const QString listed = cli({"--db", path, "figures", "list", "--format", "json"}, &code);
    ASSERT_EQ(code, 0) << listed.toStdString();
    QStringList ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(listed.toUtf8()).array())
        if (value.toObject().value("kind").toString() == "map")
            ids << value.toObject().value("id").toString();
    QStringList expected;
    for (const MapSpec& spec : MapCatalog::all())
        expected << spec.id;
    EXPECT_EQ(ids, expected);

    const QString csv = cli({"--db", path, "--lang", "ko", "figures", "data", "--id",
                             "map-kr-provinces", "--format", "csv"},
                            &code);
    ASSERT_EQ(code, 0) << csv.toStdString();
    const QStringList lines = csv.trimmed().split("\r\n");
    EXPECT_EQ(lines.size(), 1 + 17); // a header and Korea's 17 divisions
    const MapData data = MapQuery(*db).run("map-kr-provinces", {}, Language::Ko);
    EXPECT_TRUE(lines.contains(QStringLiteral("KR-26,부산광역시,%1,%2")
                                   .arg(data.count("KR-26"))
                                   .arg(data.breaks.classOf(data.count("KR-26")) + 1)))
        << csv.toStdString();

    const QString out = dir->file("maps");
    const QString written =
        cli({"--db", path, "--lang", "zh", "figures", "export", "--id", "map-links", "--format",
             "png", "--width", "900", "--height", "600", "--out", out},
            &code);
    ASSERT_EQ(code, 0) << written.toStdString();
    EXPECT_EQ(QImageReader(out + "/map-links-zh.png").size(), QSize(900, 600));
}
