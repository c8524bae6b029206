#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace sc {

// A zlib stream of PNG scanlines made for charts, several times faster than zlib's fastest
// level. A chart is mostly rows equal to the row above and runs of one colour, so instead of
// searching a hash chain for matches, each position looks in only two places: the same byte
// of the previous row (distance: one row) and the previous pixel (distance: one pixel). What
// matches neither goes out as a literal. Codes are deflate's fixed Huffman codes (one block),
// so nothing is counted or sorted. Files come out larger than zlib's (text and antialiased
// edges are literals at eight or nine bits): about 1.4 times zlib's fastest level on the
// exported figures, in a third of its time (docs/PERFORMANCE.md, "Figure export").
//
// Usable when a row is at most 32,768 bytes (deflate's window): canEncode() says so.
class RowDeflater final {
public:
    // rowBytes: one scanline with its filter byte; pixelBytes: the distance of a run.
    RowDeflater(QByteArray& out, int rowBytes, int pixelBytes);

    static bool canEncode(int rowBytes) { return rowBytes <= 32768; }

    // The next rows, each rowBytes long (filter byte first), `count` of them contiguous.
    void addRows(const uint8_t* rows, int count);
    // Ends the stream: end of block, padding, Adler-32. No rows may follow.
    void finish();

private:
    void reserve(qsizetype bytes);
    void put(uint32_t bits, int count);
    void encodeRow(const uint8_t* row, const uint8_t* above);

    QByteArray& m_out;
    int m_rowBytes;
    int m_pixelBytes;
    uint8_t* m_cursor = nullptr; // where the next byte goes, inside m_out
    uint64_t m_bits = 0;
    int m_bitCount = 0;
    uint32_t m_adler = 1;            // Adler-32 of the rows so far
    std::vector<uint8_t> m_previous; // the last row of the previous call
    bool m_havePrevious = false;
    // The distance codes of one row and of one pixel.
    uint32_t m_rowCode = 0;
    int m_rowCodeBits = 0;
    uint32_t m_pixelCode = 0;
    int m_pixelCodeBits = 0;
};

} // namespace sc
