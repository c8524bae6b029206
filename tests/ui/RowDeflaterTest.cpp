// RowDeflater, the deflate encoder of exported PNG files: every stream it writes is inflated
// by zlib itself (which also checks the Adler-32) back to the very bytes it was given, for
// rows of every shape it treats apart, and it compresses a chart about as well as zlib's
// fastest level.
#include "RowDeflater.h"
#include "PngWriter.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <gtest/gtest.h>
#include <zlib.h>

#include <functional>
#include <vector>

using namespace sc;

namespace {

// Rows as PNG scanlines: a filter byte (0) and rowBytes - 1 bytes made by `byteAt`.
template <typename Fn> std::vector<uint8_t> makeRows(int rowBytes, int rows, Fn byteAt)
{
    std::vector<uint8_t> data(size_t(rowBytes) * size_t(rows));
    for (int y = 0; y < rows; ++y) {
        data[size_t(y) * size_t(rowBytes)] = 0;
        for (int x = 1; x < rowBytes; ++x)
            data[size_t(y) * size_t(rowBytes) + size_t(x)] = byteAt(x, y);
    }
    return data;
}

// Deflates `data` in calls of `band` rows, the way PngWriter feeds it.
QByteArray deflateRows(const std::vector<uint8_t>& data, int rowBytes, int band)
{
    QByteArray out;
    RowDeflater deflater(out, rowBytes, 3);
    const int rows = int(data.size() / size_t(rowBytes));
    for (int first = 0; first < rows; first += band)
        deflater.addRows(data.data() + size_t(first) * size_t(rowBytes),
                         std::min(band, rows - first));
    deflater.finish();
    return out;
}

// zlib's inflate of the stream; empty and a failure when zlib refuses it (a bad code, a wrong
// Adler-32, a distance before the start) or it holds another length.
std::vector<uint8_t> inflateAll(const QByteArray& stream, size_t expected)
{
    std::vector<uint8_t> out(expected + 1);
    uLongf size = uLongf(out.size());
    const int status = uncompress(out.data(), &size, reinterpret_cast<const Bytef*>(stream.data()),
                                  uLong(stream.size()));
    EXPECT_EQ(status, Z_OK);
    out.resize(status == Z_OK ? size_t(size) : 0);
    return out;
}

} // namespace

TEST(RowDeflater, EveryStreamInflatesToTheSameBytes)
{
    QRandomGenerator random(20261203);
    struct Case {
        const char* name;
        int rowBytes;
        int rows;
        std::function<uint8_t(int, int)> byteAt;
    };
    const std::vector<Case> cases = {
        {"noise", 1 + 3 * 37, 23,
         [&](int, int) {
             return uint8_t(random.bounded(256));
         }},
        {"one colour", 1 + 3 * 1200, 40,
         [](int, int) {
             return uint8_t(0xFF);
         }},
        // Runs longer than a match (258), rows equal to the row above, a row that differs.
        {"bars", 1 + 3 * 500, 60,
         [](int x, int y) {
             return uint8_t(y == 30 ? x * 7 : ((x - 1) / 3 / 100) * 40);
         }},
        {"stripes of pixels", 1 + 3 * 300, 9,
         [](int x, int y) {
             return uint8_t(((x - 1) / 3 + y) % 2 ? 0x20 : 0xE0);
         }},
        {"one pixel wide", 4, 100,
         [](int x, int y) {
             return uint8_t(x * y);
         }},
        {"sparse noise", 1 + 3 * 800, 50,
         [&](int, int) {
             return uint8_t(random.bounded(50) ? 0xFF : random.bounded(256));
         }},
        // The widest row deflate's window allows: the row above is 32,767 bytes back.
        {"widest", 32767, 5,
         [](int x, int y) {
             return uint8_t((x / 1000 + y / 3) * 13);
         }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const std::vector<uint8_t> data = makeRows(c.rowBytes, c.rows, c.byteAt);
        for (int band : {1, 7, 32}) {
            SCOPED_TRACE(band);
            EXPECT_EQ(inflateAll(deflateRows(data, c.rowBytes, band), data.size()), data);
        }
    }
    // No rows at all: an empty stream, still valid.
    EXPECT_TRUE(inflateAll(deflateRows({}, 301, 32), 0).empty());
}

TEST(RowDeflater, RowsWiderThanTheWindowGoToZlib)
{
    EXPECT_TRUE(RowDeflater::canEncode(32768));
    EXPECT_FALSE(RowDeflater::canEncode(32769));
    // 11,000 pixels: 33,001 bytes a row, past the window; PngWriter writes it all the same.
    QImage image(11000, 3, QImage::Format_ARGB32_Premultiplied);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, 0xFF000000u | random.bounded(0x1000000u));
    const QImage back = QImage::fromData(PngWriter::encode(image), "PNG");
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32),
              image.convertToFormat(QImage::Format_RGB32));
}

TEST(RowDeflater, AChartComesOutAboutAsSmallAsZlibsFastestLevel)
{
    // A chart-like picture: bars, grid lines, antialiased text on white.
    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < 10; ++i) {
            painter.setPen(QColor(0xCC, 0xCC, 0xCC));
            painter.drawLine(100, 100 + i * 60, 1150, 100 + i * 60);
            painter.fillRect(QRect(130 + i * 100, 700 - i * 55, 60, i * 55),
                             QColor(40, 90 + i * 15, 200));
            painter.setPen(Qt::black);
            painter.setFont(QFont(QStringLiteral("Sans"), 11));
            painter.drawText(QPoint(130 + i * 100, 730), QStringLiteral("Year %1").arg(1990 + i));
        }
        painter.drawEllipse(QPoint(600, 300), 120, 120);
    }
    const int rowBytes = 1 + 3 * image.width();
    const std::vector<uint8_t> data = makeRows(rowBytes, image.height(), [&](int x, int y) {
        const QRgb pixel = image.pixel((x - 1) / 3, y);
        const int channel = (x - 1) % 3;
        return uint8_t(channel == 0 ? qRed(pixel) : channel == 1 ? qGreen(pixel) : qBlue(pixel));
    });
    const QByteArray ours = deflateRows(data, rowBytes, 32);
    EXPECT_EQ(inflateAll(ours, data.size()), data);
    std::vector<uint8_t> zlibOut(compressBound(uLong(data.size())));
    uLongf zlibSize = uLongf(zlibOut.size());
    ASSERT_EQ(compress2(zlibOut.data(), &zlibSize, data.data(), uLong(data.size()), 1), Z_OK);
    EXPECT_LT(qsizetype(ours.size()), qsizetype(data.size()) / 20);
    EXPECT_LT(double(ours.size()), 2.0 * double(zlibSize))
        << "ours " << ours.size() << " bytes, zlib level 1 " << zlibSize;
}
