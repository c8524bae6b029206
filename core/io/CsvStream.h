#pragma once

#include "CsvReader.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>

namespace sc {

// The file behind a streamed CsvReader: read a chunk of bytes at a time, decoded as UTF-8 (a
// decoder that keeps state, so that a character cut by a chunk's end is completed by the next
// one) and parsed into records, the text of a record cut off by the chunk's end kept for the
// next read. A file held whole costs about thirty times its size in records and fields; this
// holds one chunk's.
class CsvStream final {
public:
    // What a first reading of the file found: whether it is UTF-8 throughout (a byte order mark
    // or none, no bad byte), and its lines. Throws Error::Kind::Io when it cannot be read.
    struct Survey {
        bool utf8 = false;
        bool bom = false;
        int lines = 0;
    };
    static Survey survey(const QString& path, int chunkBytes);

    // Opens the file for reading; `skipBom` skips a UTF-8 byte order mark.
    CsvStream(const QString& path, bool skipBom, int chunkBytes);

    // Parses the next chunk into `records` (appended), its problems and blank lines; false when
    // the file is read through and nothing was left to parse.
    bool read(QChar delimiter, QVector<CsvReader::Record>& records,
              QVector<CsvReader::Problem>& problems, int& blankLines);
    // The decoded text up to the first line end at least (for sniffing the delimiter), read
    // ahead of read().
    QString peek();

private:
    void readChunk();

    QFile m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text; // decoded, not yet parsed
    int m_line = 1; // the line m_text starts on
    int m_chunkBytes;
    bool m_atEnd = false;
    bool m_done = false;
};

} // namespace sc
