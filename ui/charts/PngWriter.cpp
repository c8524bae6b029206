#include "PngWriter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QImage>
#include <QSaveFile>
#include <QtEndian>

#include <array>
#include <cstring>

namespace sc {

namespace {

// zlib level 1: on charts as small as level 6 without a filter, at a third of its CPU time.
constexpr int kCompressionLevel = 1;

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

// The CRC-32 of PNG's chunks (ISO 3309, as the PNG specification gives it).
quint32 crc32(const char* data, qsizetype size, quint32 crc = 0)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char (&type)[5], const char* data, qsizetype size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, size);
    appendBigEndian(out, crc32(out.constData() + start, out.size() - start));
}

// The rows of an image of 32-bit pixels as PNG's RGB, each behind its filter type 0 (none), in
// one pass that also checks that every pixel is opaque (where premultiplied and straight colour
// agree). Empty when one is not.
QByteArray opaqueRows(const QImage& image)
{
    const int width = image.width();
    const int height = image.height();
    const qsizetype rowBytes = qsizetype(width) * 3;
    QByteArray raw(height * (rowBytes + 1), Qt::Uninitialized);
    auto* to = reinterpret_cast<uchar*>(raw.data());
    for (int y = 0; y < height; ++y) {
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
        if (qAlpha(all) != 255)
            return {};
    }
    return raw;
}

// The rows in the format Qt converts to, behind filter type 0: RGB888 or RGBA8888 (straight
// alpha) have PNG's byte order.
QByteArray convertedRows(const QImage& image, QImage::Format format, int bytesPerPixel)
{
    const QImage pixels = image.convertToFormat(format);
    const int height = pixels.height();
    const qsizetype rowBytes = qsizetype(pixels.width()) * bytesPerPixel;
    QByteArray raw(height * (rowBytes + 1), Qt::Uninitialized);
    char* to = raw.data();
    for (int y = 0; y < height; ++y) {
        *to++ = 0;
        memcpy(to, pixels.constScanLine(y), size_t(rowBytes));
        to += rowBytes;
    }
    return raw;
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
    // What FigureExporter paints: opaque premultiplied ARGB, read as it is; anything else
    // through Qt's conversions.
    const QImage::Format format = image.format();
    const bool argb32 = format == QImage::Format_ARGB32_Premultiplied ||
                        format == QImage::Format_ARGB32 || format == QImage::Format_RGB32;
    QByteArray raw = argb32 ? opaqueRows(image) : QByteArray();
    const bool rgb = !raw.isEmpty() || !image.hasAlphaChannel();
    if (raw.isEmpty())
        raw = rgb ? convertedRows(image, QImage::Format_RGB888, 3)
                  : convertedRows(image, QImage::Format_RGBA8888, 4);
    const int width = image.width();
    const int height = image.height();
    // qCompress writes the length in four bytes, then a zlib stream: IDAT's content.
    const QByteArray compressed = qCompress(raw, kCompressionLevel);

    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    out.reserve(compressed.size() + 128);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
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
    appendChunk(out, "IDAT", compressed.constData() + 4, compressed.size() - 4);
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
