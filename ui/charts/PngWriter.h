#pragma once

#include <QByteArray>

class QImage;
class QString;

namespace sc {

// PNG files of exported figures and maps, written here instead of by Qt's PNG plugin: libpng
// tries five row filters on every row and Qt's writer asks zlib's default level, which made
// the encoding two thirds of the CPU time of `figures export` (about 40 ms of a 1200 × 800
// figure). A chart is large areas of one colour: rows without a filter, deflated by
// RowDeflater (matches only with the row above and the pixel before), come out about 1.4
// times the size of zlib's fastest level, in about a third of its time.
//
// The file is 8-bit RGB when every pixel is opaque (an exported figure always is), else 8-bit
// RGBA; its pHYs chunk carries the image's resolution. Read back by any PNG reader, it gives
// the image's pixels exactly. Encoding is a pure function of the image: it may run on any
// thread, and its bytes do not depend on which.
class PngWriter final {
public:
    // The whole file; empty for a null image, which has no PNG form.
    static QByteArray encode(const QImage& image);
    // Encodes and writes `path` whole or not at all; throws Error::Kind::Io when it cannot.
    static void save(const QImage& image, const QString& path);
};

} // namespace sc
