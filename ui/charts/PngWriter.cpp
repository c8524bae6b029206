#include "PngWriter.h"

#include "Error.h"
#include "RowDeflater.h"

#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>
#include <vector>

namespace sc {

namespace {

// zlib level 1: on charts as small as level 6 without a filter, at a third of its CPU time.
constexpr int kCompressionLevel = 1;
// Rows converted and deflated at a time: the band (about 115 kB at 1200 px) stays in the
// cache between the two, and the raw image never exists whole (2.9 MB at 1200 × 800, each
// page of it a fault of its own).
constexpr int kBandRows = 32;

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// A chunk's CRC-32 covers its type and data (zlib's crc32 is PNG's, ISO 3309).
quint32 chunkCrc(const char* typeAndData, qsizetype size)
{
    return quint32(
        ::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(typeAndData), uInt(size)));
}

void appendChunk(QByteArray& out, const char (&type)[5], const char* data, qsizetype size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    appendBigEndian(out, chunkCrc(out.constData() + start, out.size() - start));
}

// One zlib stream written straight into a PNG's IDAT chunk as the rows come.
class IdatChunk final {
public:
    explicit IdatChunk(QByteArray& out) : m_out(out)
    {
        if (deflateInit(&m_stream, kCompressionLevel) != Z_OK)
            throw std::bad_alloc();
        appendBigEndian(m_out, 0); // the length, known at the end
        m_start = m_out.size();
        m_out.append("IDAT", 4);
        m_used = m_out.size();
    }
    ~IdatChunk() { deflateEnd(&m_stream); }
    IdatChunk(const IdatChunk&) = delete;
    IdatChunk& operator=(const IdatChunk&) = delete;

    void add(const uchar* data, qsizetype size, bool last)
    {
        m_stream.next_in = const_cast<Bytef*>(data);
        m_stream.avail_in = uInt(size);
        const int flush = last ? Z_FINISH : Z_NO_FLUSH;
        for (;;) {
            if (m_out.size() - m_used < 16384)
                m_out.resize(m_out.size() + std::max<qsizetype>(65536, m_out.size() / 2));
            m_stream.next_out = reinterpret_cast<Bytef*>(m_out.data() + m_used);
            m_stream.avail_out = uInt(m_out.size() - m_used);
            const int status = deflate(&m_stream, flush);
            m_used = m_out.size() - m_stream.avail_out;
            if (status == Z_STREAM_END || (!last && m_stream.avail_in == 0))
                break;
            if (status != Z_OK && status != Z_BUF_ERROR)
                throw std::bad_alloc(); // zlib fails only for want of memory here
        }
        if (last) {
            m_out.resize(m_used);
            qToBigEndian(quint32(m_used - m_start - 4), m_out.data() + m_start - 4);
            appendBigEndian(m_out, chunkCrc(m_out.constData() + m_start, m_used - m_start));
        }
    }

private:
    QByteArray& m_out;
    z_stream m_stream{};
    qsizetype m_start = 0; // where the chunk's type begins
    qsizetype m_used = 0;  // bytes of m_out written
};

// Appends IDAT with the rows of an image of 32-bit pixels as PNG's RGB, each behind its filter
// type 0 (none), checking as it goes that every pixel is opaque (where premultiplied and
// straight colour agree). Returns false, and appends nothing, when one is not. The rows are
// deflated by RowDeflater where a row fits deflate's window (an image up to 10,922 pixels
// wide), else by zlib.
bool appendOpaqueRows(QByteArray& out, const QImage& image)
{
    const int width = image.width();
    const int height = image.height();
    const qsizetype rowBytes = 1 + qsizetype(width) * 3;
    std::vector<uchar> band(size_t(rowBytes) * kBandRows);
    const qsizetype before = out.size();
    const bool ownDeflate = RowDeflater::canEncode(rowBytes);
    std::optional<IdatChunk> zlibChunk;
    std::optional<RowDeflater> rowDeflater;
    if (ownDeflate) {
        appendBigEndian(out, 0); // the length, known at the end
        out.append("IDAT", 4);
        rowDeflater.emplace(out, int(rowBytes), 3);
    } else {
        zlibChunk.emplace(out);
    }
    for (int first = 0; first < height; first += kBandRows) {
        const int rows = std::min(kBandRows, height - first);
        uchar* to = band.data();
        for (int y = first; y < first + rows; ++y) {
            const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            QRgb all = 0xFF000000u;
            *to++ = 0;
            for (int x = 0; x < width; ++x) {
                const QRgb pixel = row[x];
                all &= pixel;
                to[0] = uchar(pixel >> 16);
                to[1] = uchar(pixel >> 8);
                to[2] = uchar(pixel);
                to += 3;
            }
            if (qAlpha(all) != 255) {
                rowDeflater.reset();
                out.truncate(before);
                return false;
            }
        }
        if (ownDeflate)
            rowDeflater->addRows(band.data(), rows);
        else
            zlibChunk->add(band.data(), rowBytes * rows, first + rows >= height);
    }
    if (ownDeflate) {
        rowDeflater->finish();
        const qsizetype start = before + 4; // the chunk's type
        qToBigEndian(quint32(out.size() - start - 4), out.data() + before);
        appendBigEndian(out, chunkCrc(out.constData() + start, out.size() - start));
    }
    return true;
}

// Appends IDAT with the rows in the format Qt converts to, behind filter type 0: RGB888 or
// RGBA8888 (straight alpha) have PNG's byte order.
void appendConvertedRows(QByteArray& out, const QImage& image, QImage::Format format,
                         int bytesPerPixel)
{
    const QImage pixels = image.convertToFormat(format);
    const int height = pixels.height();
    const qsizetype rowBytes = qsizetype(pixels.width()) * bytesPerPixel;
    std::vector<uchar> row(size_t(rowBytes) + 1);
    IdatChunk idat(out);
    for (int y = 0; y < height; ++y) {
        row[0] = 0;
        memcpy(row.data() + 1, pixels.constScanLine(y), size_t(rowBytes));
        idat.add(row.data(), rowBytes + 1, y + 1 == height);
    }
}

void appendHeader(QByteArray& out, const QImage& image, bool rgb)
{
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    // 8 bits a sample, colour type 2 (RGB) or 6 (RGBA), deflate, adaptive filtering (the only
    // method: its type 0 on every row), no interlace.
    header.append(char(8))
        .append(char(rgb ? 2 : 6))
        .append(char(0))
        .append(char(0))
        .append(char(0));
    appendChunk(out, "IHDR", header.constData(), header.size());
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray density;
        appendBigEndian(density, quint32(image.dotsPerMeterX()));
        appendBigEndian(density, quint32(image.dotsPerMeterY()));
        density.append(char(1)); // the unit is the metre
        appendChunk(out, "pHYs", density.constData(), density.size());
    }
}

Error writeError(const QString& path, const QString& why)
{
    // The words of FigureExporter's own message, so that it needs no second translation.
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("sc::FigureExporter", "cannot write \"%1\": %2")
                     .arg(path, why));
}

} // namespace

QByteArray PngWriter::encode(const QImage& image)
{
    if (image.isNull())
        return {};
    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    // What FigureExporter paints: opaque premultiplied ARGB, read as it is; anything else
    // through Qt's conversions.
    const QImage::Format format = image.format();
    const bool argb32 = format == QImage::Format_ARGB32_Premultiplied ||
                        format == QImage::Format_ARGB32 || format == QImage::Format_RGB32;
    QByteArray out = signature;
    if (argb32) {
        appendHeader(out, image, true);
        if (appendOpaqueRows(out, image)) {
            appendChunk(out, "IEND", nullptr, 0);
            return out;
        }
        out = signature;
    }
    const bool rgb = !image.hasAlphaChannel();
    appendHeader(out, image, rgb);
    if (rgb)
        appendConvertedRows(out, image, QImage::Format_RGB888, 3);
    else
        appendConvertedRows(out, image, QImage::Format_RGBA8888, 4);
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

void PngWriter::save(const QImage& image, const QString& path)
{
    const QByteArray png = encode(image);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        throw writeError(path, file.errorString());
}

} // namespace sc
