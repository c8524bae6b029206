// PNG files of figures: our own encoder against Qt's PNG reader (libpng), and an export on
// worker threads against the same export on one thread, file by file.
#include "Error.h"
#include "FigureExporter.h"
#include "PngWriter.h"
#include "WriteQueue.h"
#include "figures/FigureCatalog.h"
#include "figures/FigureQuery.h"
#include "support/BundledDatabaseTest.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <atomic>

using namespace sc;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The colour type byte of a PNG's IHDR: 2 for RGB, 6 for RGBA.
int colourType(const QByteArray& png)
{
    return png.size() > 25 ? int(png.at(25)) : -1;
}

QImage noise(QImage::Format format, const QSize& size, bool opaque, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const quint32 value = random.generate();
            image.setPixel(x, y, opaque ? (value | 0xFF000000u) : value);
        }
    return image.convertToFormat(format);
}

class FigurePng : public BundledDatabaseTest {};

} // namespace

TEST(PngWriter, EveryPixelAndTheResolutionReadBackExactly)
{
    struct Case {
        QImage::Format format;
        bool opaque;
        int type;
    };
    const Case cases[] = {{QImage::Format_ARGB32_Premultiplied, true, 2},
                          {QImage::Format_RGB32, true, 2},
                          {QImage::Format_RGB888, true, 2},
                          {QImage::Format_ARGB32, false, 6},
                          {QImage::Format_ARGB32_Premultiplied, false, 6}};
    quint32 seed = 1;
    for (const Case& c : cases) {
        SCOPED_TRACE(int(c.format));
        // An odd width: rows are not a multiple of four bytes in RGB.
        QImage image = noise(c.format, QSize(37, 23), c.opaque, seed++);
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(3937);  // 100 dpi
        const QByteArray png = PngWriter::encode(image);
        EXPECT_EQ(colourType(png), c.type);
        const QImage back = QImage::fromData(png, "PNG");
        ASSERT_FALSE(back.isNull());
        EXPECT_EQ(back.size(), image.size());
        EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32),
                  image.convertToFormat(QImage::Format_ARGB32));
        EXPECT_EQ(back.dotsPerMeterX(), 11811);
        EXPECT_EQ(back.dotsPerMeterY(), 3937);
    }
    EXPECT_TRUE(PngWriter::encode(QImage()).isEmpty());
}

TEST(PngWriter, ATranslucentPixelBelowTheFirstRowsMakesTheWholeFileRgba)
{
    // The rows are deflated a band at a time as they are checked: a pixel that is not opaque
    // in the last row, long after the first bands went out as RGB, still makes the file RGBA,
    // and every pixel reads back.
    QImage image = noise(QImage::Format_ARGB32_Premultiplied, QSize(41, 150), true, 7);
    const QByteArray opaque = PngWriter::encode(image);
    EXPECT_EQ(colourType(opaque), 2);
    EXPECT_EQ(QImage::fromData(opaque, "PNG").convertToFormat(QImage::Format_ARGB32),
              image.convertToFormat(QImage::Format_ARGB32));
    image.setPixel(40, 149, qPremultiply(qRgba(200, 100, 50, 128)));
    const QByteArray translucent = PngWriter::encode(image);
    EXPECT_EQ(colourType(translucent), 6);
    const QImage back = QImage::fromData(translucent, "PNG");
    ASSERT_FALSE(back.isNull());
    EXPECT_EQ(back.convertToFormat(QImage::Format_ARGB32),
              image.convertToFormat(QImage::Format_ARGB32));
    EXPECT_EQ(qAlpha(back.pixel(40, 149)), 128);
}

TEST_F(FigurePng, AFigureReadsBackAsQtsOwnPngOfIt)
{
    // What figures looked like when Qt's PNG plugin wrote them: the same pixels, in every kind
    // of figure and in two scripts.
    for (const QString id : {"fig1", "fig3", "fig5", "fig13"})
        for (Language language : {Language::En, Language::Zh}) {
            SCOPED_TRACE((id + "-" + language::code(language)).toStdString());
            const QImage image =
                FigureExporter::image(FigureQuery(*db).run(id, {}, language), QSize(600, 400), 96);
            QBuffer qt;
            qt.open(QIODevice::WriteOnly);
            ASSERT_TRUE(image.save(&qt, "PNG"));
            const QImage ours = QImage::fromData(PngWriter::encode(image), "PNG");
            const QImage theirs = QImage::fromData(qt.data(), "PNG");
            ASSERT_FALSE(ours.isNull());
            EXPECT_EQ(ours.convertToFormat(QImage::Format_ARGB32),
                      theirs.convertToFormat(QImage::Format_ARGB32));
        }
}

TEST_F(FigurePng, ExportingOnWorkerThreadsWritesTheSameFilesAsOnOne)
{
    TempDir one;
    TempDir two;
    TempDir three;
    const QSize pixels(480, 320);
    const QStringList sequential = FigureExporter::saveAll(
        *db, {}, Language::Zh, one.path(), FigureExporter::Format::Png, pixels, 96, nullptr, 0);
    const QStringList parallel = FigureExporter::saveAll(
        *db, {}, Language::Zh, two.path(), FigureExporter::Format::Png, pixels, 96, nullptr, 2);
    const QStringList byDefault = FigureExporter::saveAll(*db, {}, Language::Zh, three.path(),
                                                          FigureExporter::Format::Png, pixels, 96);
    ASSERT_EQ(sequential.size(), FigureCatalog::all().size());
    ASSERT_EQ(parallel.size(), sequential.size());
    ASSERT_EQ(byDefault.size(), sequential.size());
    const QStringList files = QDir(one.path()).entryList(QDir::Files, QDir::Name);
    // A PNG and its list of sources for each figure.
    EXPECT_EQ(files.size(), 2 * sequential.size());
    EXPECT_EQ(QDir(two.path()).entryList(QDir::Files, QDir::Name), files);
    EXPECT_EQ(QDir(three.path()).entryList(QDir::Files, QDir::Name), files);
    for (const QString& name : files) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray bytes = readAll(one.file(name));
        ASSERT_FALSE(bytes.isEmpty());
        EXPECT_EQ(readAll(two.file(name)), bytes);
        EXPECT_EQ(readAll(three.file(name)), bytes);
        if (name.endsWith(".png")) {
            const QImage image(two.file(name));
            EXPECT_EQ(image.size(), pixels);
            EXPECT_EQ(image, QImage(one.file(name)));
        }
    }
}

TEST_F(FigurePng, AFileThatCannotBeWrittenOnAWorkerStopsTheExport)
{
    TempDir out;
    // A folder where the first figure's file should go: it cannot be replaced by a file.
    ASSERT_TRUE(QDir(out.path()).mkpath("fig01-en.png"));
    try {
        FigureExporter::saveAll(*db, {}, Language::En, out.path(), FigureExporter::Format::Png,
                                QSize(300, 200), 96, nullptr, 1);
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Io);
        EXPECT_TRUE(error.message().contains("fig01-en.png")) << error.message().toStdString();
    }
    // It stopped: not every later figure was drawn and written.
    EXPECT_LT(QDir(out.path()).entryList({"*.png"}, QDir::Files).size(),
              FigureCatalog::all().size() - 1);
}

TEST(WriteQueue, TheFirstFailedJobInOrderIsTheOneReported)
{
    for (int threads : {0, 1, 2}) {
        SCOPED_TRACE(threads);
        std::atomic<int> done{0};
        WriteQueue queue(threads);
        QString caught;
        try {
            queue.add([&done] { ++done; });
            queue.add([&done] { ++done; });
            queue.add([] { throw Error(Error::Kind::Io, "first"); });
            queue.add([] { throw Error(Error::Kind::Io, "second"); });
            queue.finish();
        } catch (const Error& error) {
            caught = error.message();
        }
        EXPECT_EQ(caught, "first");
        EXPECT_THROW(queue.finish(), Error); // the error stays reported
        EXPECT_EQ(done.load(), 2);
    }
}
