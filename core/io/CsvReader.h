#pragma once

#include "DecodedText.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

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

    // Records and problems of `text` without a header: the raw parse, for tests and the fuzzer.
    // `blankRecords` counts the blank and separator-only lines skipped.
    static QVector<Record> parse(const QString& text, QChar delimiter,
                                 QVector<Problem>* problems = nullptr, int* blankRecords = nullptr);
    static QChar sniffDelimiter(const QString& text);

private:
    void build(const DecodedText& decoded, QChar delimiter);
    void dropEmptyUnnamedColumns(int namedWidth);

    QString m_encoding;
    bool m_encodingDetected = false;
    bool m_encodingRefused = false;
    QChar m_delimiter;
    QStringList m_header;
    int m_headerLine = 0;
    QVector<Record> m_records;
    QVector<Problem> m_problems;
    int m_blankLines = 0;
};

} // namespace sc
