#pragma once

#include "DecodedText.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace sc {

class CsvStream;

// A delimited text file as spreadsheets and partner lists write it: UTF-8 with or without BOM or
// a legacy CJK encoding (see DecodedText), comma, semicolon or TAB (sniffed from the header),
// RFC 4180 quoting with quotes doubled and line breaks inside quoted fields, LF, CRLF or CR.
//
// Reading never throws for bad content: what cannot be read becomes a problem that names the
// line and field, and the record it spoils is left out of records().
class CsvReader final {
public:
    struct Record {
        int line = 0; // the physical line the record starts on (1-based)
        QStringList fields;
    };
    struct Problem {
        int line = 0;
        int field = 0; // 1-based; 0 when the problem is the whole record
        QString reason;
    };

    // `encoding` empty: detected. `delimiter` null: sniffed. Throws Error::Kind::Invalid for an
    // unknown encoding name.
    explicit CsvReader(const QByteArray& bytes, const QString& encoding = {},
                       QChar delimiter = QChar());
    // Throws Error::Kind::Io when the file cannot be read.
    static CsvReader fromFile(const QString& path, const QString& encoding = {},
                              QChar delimiter = QChar());
    // fromFile() for an import: a file larger than `streamAbove` bytes that is UTF-8 (given or
    // detected) and valid throughout is not held whole but read `chunkBytes` at a time as next()
    // asks for records (records() stays empty). Any other file is read whole, as fromFile().
    static constexpr qint64 kStreamAbove = 4 * 1024 * 1024;
    static constexpr int kChunkBytes = 1024 * 1024;
    static CsvReader streamFile(const QString& path, const QString& encoding = {},
                                QChar delimiter = QChar(), qint64 streamAbove = kStreamAbove,
                                int chunkBytes = kChunkBytes);

    QString encoding() const { return m_encoding; }
    bool encodingDetected() const { return m_encodingDetected; }
    // Detection found no encoding that reads the file as plausible text (see DecodedText).
    bool encodingRefused() const { return m_encodingRefused; }
    QChar delimiter() const { return m_delimiter; }
    // The first record, its fields trimmed; empty for a file with no records.
    const QStringList& header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    // Every record after the header with as many fields as the header.
    const QVector<Record>& records() const { return m_records; }
    const QVector<Problem>& problems() const { return m_problems; }
    // Blank lines and lines of nothing but delimiters (or empty cells), skipped.
    int blankLines() const { return m_blankLines; }

    // Whether the records are read as next() asks for them (streamFile()). Then problems() and
    // blankLines() grow as the file is read, and are complete once next() has returned false.
    bool streaming() const { return bool(m_stream); }
    // The records there are (records().size()), or, streaming, about as many: the file's lines.
    int rowsHint() const;
    // Streaming: the next record read from the file, in file order (a streamed reader is read
    // through once). False after the last, and for a file read whole (see records()).
    bool next(Record& record) const;
    // Streaming: header cells without a name (dropped from header()) whose column holds data in
    // some record, which a whole read keeps in header() and reports as columns that feed nothing.
    int unnamedColumnsWithData() const { return m_unnamedData ? m_fullWidth - m_namedWidth : 0; }
    int namedWidth() const { return m_namedWidth; }

    // Records and problems of `text` without a header: the raw parse, for tests and the fuzzer.
    // `blankRecords` counts the blank and separator-only lines skipped.
    static QVector<Record> parse(const QString& text, QChar delimiter,
                                 QVector<Problem>* problems = nullptr, int* blankRecords = nullptr);
    static QChar sniffDelimiter(const QString& text);

    // parse() of a piece of a text, as a stream reads it: stops before a record that the end of
    // `text` cuts off unless `atEnd`, and says in `consumed` how far it read. `firstLine` is the
    // line `text` starts on.
    static QVector<Record> parseSome(const QString& text, QChar delimiter, int firstLine,
                                     bool atEnd, qsizetype* consumed, QVector<Problem>* problems,
                                     int* blankRecords, int* nextLine);

private:
    friend class CsvStream;
    CsvReader() = default;
    void build(const DecodedText& decoded, QChar delimiter);
    void dropEmptyUnnamedColumns(int namedWidth);
    // The header from the first record, or fit() of a later one.
    bool accept(Record& record);
    // `record` made to the header's width: false when it has another width (reported).
    bool fit(Record& record) const;
    // Streaming: reads until a record is waiting or the file ends.
    bool fill() const;

    QString m_encoding;
    bool m_encodingDetected = false;
    bool m_encodingRefused = false;
    QChar m_delimiter;
    QStringList m_header;
    int m_headerLine = 0;
    QVector<Record> m_records;
    // Mutable: a streamed file is read, and its problems found, as next() goes.
    mutable QVector<Problem> m_problems;
    mutable int m_blankLines = 0;
    int m_namedWidth = 0; // header cells up to the last one with a name
    int m_fullWidth = 0;  // header cells, named or not
    mutable bool m_unnamedData = false;
    int m_lines = 0; // streaming: the file's lines, counted before it is read
    mutable qsizetype m_next = 0;
    mutable QVector<Record> m_waiting; // streaming: records read and not yet handed out
    std::shared_ptr<CsvStream> m_stream;
};

} // namespace sc
