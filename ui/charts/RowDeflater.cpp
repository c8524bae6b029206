#include "RowDeflater.h"

#include <zlib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>

namespace sc {

namespace {

// A code of deflate's fixed Huffman table with its extra bits, ready to be written: deflate
// writes Huffman codes from their first bit, the rest of the stream from its lowest bit.
struct Code {
    uint32_t bits = 0;
    int count = 0;
};

uint32_t reversed(uint32_t code, int length)
{
    uint32_t out = 0;
    for (int i = 0; i < length; ++i)
        out |= ((code >> i) & 1u) << (length - 1 - i);
    return out;
}

// Symbol `symbol` of the fixed literal/length code (RFC 1951, 3.2.6).
Code fixedLiteral(int symbol)
{
    if (symbol < 144)
        return {reversed(0x30u + uint32_t(symbol), 8), 8};
    if (symbol < 256)
        return {reversed(0x190u + uint32_t(symbol - 144), 9), 9};
    if (symbol < 280)
        return {reversed(uint32_t(symbol - 256), 7), 7};
    return {reversed(0xC0u + uint32_t(symbol - 280), 8), 8};
}

constexpr int kLengthBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr int kLengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr int kDistanceBase[30] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                   33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                   1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr int kDistanceExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

struct Tables {
    std::array<Code, 256> literals;
    std::array<Code, 259> lengths; // by match length, 3 to 258: the code and its extra bits
    Code endOfBlock;
    Tables()
    {
        for (int byte = 0; byte < 256; ++byte)
            literals[size_t(byte)] = fixedLiteral(byte);
        endOfBlock = fixedLiteral(256);
        for (int index = 0; index < 29; ++index) {
            const Code code = fixedLiteral(257 + index);
            const int last = index == 28 ? 258 : kLengthBase[index + 1] - 1;
            for (int length = kLengthBase[index]; length <= last; ++length)
                lengths[size_t(length)] = {
                    code.bits | (uint32_t(length - kLengthBase[index]) << code.count),
                    code.count + kLengthExtra[index]};
        }
    }
};

const Tables& tables()
{
    static const Tables instance;
    return instance;
}

// The distance's code with its extra bits.
Code distanceCode(int distance)
{
    int index = 29;
    while (kDistanceBase[index] > distance)
        --index;
    return {reversed(uint32_t(index), 5) | (uint32_t(distance - kDistanceBase[index]) << 5),
            5 + kDistanceExtra[index]};
}

// How many bytes from a and b are equal, at most `limit`; eight at a time.
int matchLength(const uint8_t* a, const uint8_t* b, int limit)
{
    int length = 0;
    while (length + 8 <= limit) {
        uint64_t x, y;
        memcpy(&x, a + length, 8);
        memcpy(&y, b + length, 8);
        if (const uint64_t differ = x ^ y)
            return length + __builtin_ctzll(differ) / 8;
        length += 8;
    }
    while (length < limit && a[length] == b[length])
        ++length;
    return length;
}

// Adler-32 of the rows, which zlib's format requires beside the deflated data: zlib's own
// adler32() took about as long as the deflating itself. Sixteen bytes at a time with SSE2
// (always there on x86-64): per block of at most 5,552 bytes (zlib's NMAX, the most before
// the sums must be reduced), the bytes' sum, the sum of the sums before each chunk, and each
// chunk's bytes weighted 16 down to 1; then the same reduction as zlib's.
uint32_t adler32Of(uint32_t adler, const uint8_t* data, size_t size)
{
#if defined(__SSE2__)
    constexpr uint64_t kBase = 65521;
    constexpr size_t kBlock = 5552 / 16 * 16;
    uint64_t a = adler & 0xFFFF;
    uint64_t b = adler >> 16;
    const __m128i zero = _mm_setzero_si128();
    const __m128i weightsLow = _mm_setr_epi16(16, 15, 14, 13, 12, 11, 10, 9);
    const __m128i weightsHigh = _mm_setr_epi16(8, 7, 6, 5, 4, 3, 2, 1);
    while (size >= 16) {
        const size_t block = std::min(size, kBlock) & ~size_t(15);
        __m128i sums = zero;   // the block's bytes so far (in 32-bit lanes 0 and 2)
        __m128i before = zero; // `sums` as it was before each chunk, added up
        __m128i weighted = zero;
        for (size_t offset = 0; offset < block; offset += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + offset));
            before = _mm_add_epi32(before, sums);
            sums = _mm_add_epi32(sums, _mm_sad_epu8(bytes, zero));
            weighted =
                _mm_add_epi32(weighted, _mm_madd_epi16(_mm_unpacklo_epi8(bytes, zero), weightsLow));
            weighted = _mm_add_epi32(weighted,
                                     _mm_madd_epi16(_mm_unpackhi_epi8(bytes, zero), weightsHigh));
        }
        alignas(16) uint32_t s[4], p[4], w[4];
        _mm_store_si128(reinterpret_cast<__m128i*>(s), sums);
        _mm_store_si128(reinterpret_cast<__m128i*>(p), before);
        _mm_store_si128(reinterpret_cast<__m128i*>(w), weighted);
        b += block * a + 16 * (uint64_t(p[0]) + p[2]) + uint64_t(w[0]) + w[1] + w[2] + w[3];
        a += uint64_t(s[0]) + s[2];
        a %= kBase;
        b %= kBase;
        data += block;
        size -= block;
    }
    for (; size > 0; --size) {
        a += *data++;
        b += a;
    }
    return uint32_t((b % kBase) << 16 | (a % kBase));
#else
    return uint32_t(::adler32(adler, data, uInt(size)));
#endif
}

constexpr int kMinMatch = 3;
constexpr int kMaxMatch = 258;

} // namespace

RowDeflater::RowDeflater(QByteArray& out, int rowBytes, int pixelBytes)
    : m_out(out), m_rowBytes(rowBytes), m_pixelBytes(pixelBytes), m_previous(size_t(rowBytes))
{
    const Code row = distanceCode(rowBytes);
    m_rowCode = row.bits;
    m_rowCodeBits = row.count;
    const Code pixel = distanceCode(pixelBytes);
    m_pixelCode = pixel.bits;
    m_pixelCodeBits = pixel.count;
    // zlib's header (deflate, 32 KiB window, fastest: 78 01), then one final block of fixed codes.
    m_out.append(char(0x78)).append(char(0x01));
    reserve(16);
    put(1u | (1u << 1), 3);
}

void RowDeflater::put(uint32_t bits, int count)
{
    m_bits |= uint64_t(bits) << m_bitCount;
    m_bitCount += count;
    if (m_bitCount >= 32) {
        const uint32_t word = uint32_t(m_bits);
        m_cursor[0] = uint8_t(word);
        m_cursor[1] = uint8_t(word >> 8);
        m_cursor[2] = uint8_t(word >> 16);
        m_cursor[3] = uint8_t(word >> 24);
        m_cursor += 4;
        m_bits >>= 32;
        m_bitCount -= 32;
    }
}

void RowDeflater::reserve(qsizetype bytes)
{
    const qsizetype used =
        m_cursor ? m_cursor - reinterpret_cast<uint8_t*>(m_out.data()) : m_out.size();
    if (m_out.size() - used < bytes)
        m_out.resize(used + std::max(bytes, used / 2 + 65536));
    m_cursor = reinterpret_cast<uint8_t*>(m_out.data()) + used;
}

void RowDeflater::encodeRow(const uint8_t* row, const uint8_t* above)
{
    // At worst a literal of nine bits a byte, and the bits pending.
    reserve(qsizetype(m_rowBytes) * 9 / 8 + 16);
    const Tables& t = tables();
    const int n = m_rowBytes;
    int i = 0;
    while (i < n) {
        const int limit = std::min(kMaxMatch, n - i);
        int best = above ? matchLength(row + i, above + i, limit) : 0;
        bool fromAbove = best >= kMinMatch;
        if (i >= m_pixelBytes && best < limit) {
            const int run = matchLength(row + i, row + i - m_pixelBytes, limit);
            if (run > best) {
                best = run;
                fromAbove = false;
            }
        }
        if (best >= kMinMatch) {
            const Code& length = t.lengths[size_t(best)];
            put(length.bits, length.count);
            if (fromAbove)
                put(m_rowCode, m_rowCodeBits);
            else
                put(m_pixelCode, m_pixelCodeBits);
            i += best;
        } else {
            const Code& literal = t.literals[row[i]];
            put(literal.bits, literal.count);
            ++i;
        }
    }
}

void RowDeflater::addRows(const uint8_t* rows, int count)
{
    for (int k = 0; k < count; ++k) {
        const uint8_t* row = rows + size_t(k) * size_t(m_rowBytes);
        const uint8_t* above =
            k > 0 ? row - m_rowBytes : (m_havePrevious ? m_previous.data() : nullptr);
        encodeRow(row, above);
    }
    if (count > 0) {
        m_adler = adler32Of(m_adler, rows, size_t(count) * size_t(m_rowBytes));
        memcpy(m_previous.data(), rows + size_t(count - 1) * size_t(m_rowBytes),
               size_t(m_rowBytes));
        m_havePrevious = true;
    }
}

void RowDeflater::finish()
{
    reserve(16);
    const Code& end = tables().endOfBlock;
    put(end.bits, end.count);
    // The last bits, padded to a byte; then Adler-32 of the rows, most significant byte first.
    for (; m_bitCount > 0; m_bitCount -= std::min(m_bitCount, 8), m_bits >>= 8)
        *m_cursor++ = uint8_t(m_bits);
    for (int shift = 24; shift >= 0; shift -= 8)
        *m_cursor++ = uint8_t(m_adler >> shift);
    m_out.resize(m_cursor - reinterpret_cast<uint8_t*>(m_out.data()));
    m_cursor = nullptr;
}

} // namespace sc
