#include "CsvReader.h"

#include "CsvStream.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::CsvReader", text);
}

bool blank(const QStringList& fields)
{
    for (const QString& field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

// Which field of a record starting at the beginning of `line` the end of `line` falls in.
int fieldAtEnd(const QString& line, QChar delimiter)
{
    int field = 1;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++field;
    }
    return field;
}

bool endOfField(QChar c, QChar delimiter)
{
    return c == delimiter || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

} // namespace

CsvReader::CsvReader(const QByteArray& bytes, const QString& encoding, QChar delimiter)
{
    build(DecodedText::decode(bytes, encoding), delimiter);
}

CsvReader CsvReader::fromFile(const QString& path, const QString& encoding, QChar delimiter)
{
    // "file: reason", as every report line without a line number reads.
    if (QFileInfo(path).isDir())
        throw Error(Error::Kind::Io, tr("%1: is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io, tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return CsvReader(bytes, encoding, delimiter);
}

void CsvReader::dropEmptyUnnamedColumns(int namedWidth)
{
    if (namedWidth <= 0 || namedWidth >= m_header.size())
        return;
    for (const Record& record : std::as_const(m_records))
        for (qsizetype i = namedWidth; i < record.fields.size(); ++i)
            if (!record.fields.at(i).trimmed().isEmpty())
                return;
    m_header.resize(namedWidth);
    for (Record& record : m_records)
        record.fields.resize(namedWidth);
}

QChar CsvReader::sniffDelimiter(const QString& text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        for (int i = 0; i < 3; ++i)
            if (!quoted && c == candidates[i])
                ++counts[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

QVector<CsvReader::Record> CsvReader::parse(const QString& text, QChar delimiter,
                                            QVector<Problem>* problems, int* blankRecords)
{
    qsizetype consumed = 0;
    return parseSome(text, delimiter, 1, true, &consumed, problems, blankRecords, nullptr);
}

QVector<CsvReader::Record> CsvReader::parseSome(const QString& text, QChar delimiter, int firstLine,
                                                bool atEnd, qsizetype* consumed,
                                                QVector<Problem>* problems, int* blankRecords,
                                                int* nextLine)
{
    // A record's problems wait until the record is known to be whole: one cut off by the end
    // of a chunk is parsed again, with the next chunk, and must not be reported twice.
    QVector<Problem> found;
    auto report = [&found](int line, int field, const QString& reason) {
        found.push_back({line, field, reason});
    };
    const QChar quote = QLatin1Char('"');
    QVector<Record> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = firstLine;
    while (i < n) {
        const qsizetype recordStart = i;
        const int recordLine = line;
        found.clear();
        bool terminated = false;
        QStringList fields;
        bool spoiled = false;
        for (;;) {
            QString field;
            if (i < n && text.at(i) == quote) {
                const int openLine = line;
                bool closed = false;
                for (++i; i < n; ++i) {
                    const QChar c = text.at(i);
                    if (c == quote) {
                        if (i + 1 < n && text.at(i + 1) == quote) {
                            field += quote;
                            ++i;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    // A line break inside a field is kept as LF whatever the file used.
                    if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                        if (c == QLatin1Char('\r') && i + 1 < n &&
                            text.at(i + 1) == QLatin1Char('\n'))
                            ++i;
                        field += QLatin1Char('\n');
                        ++line;
                        continue;
                    }
                    field += c;
                }
                if (!closed) {
                    report(
                        openLine, int(fields.size()) + 1,
                        tr("the quoted field that opens on line %1 is never closed").arg(openLine));
                    spoiled = true;
                    fields << field;
                    break;
                }
                if (i < n && !endOfField(text.at(i), delimiter)) {
                    report(line, int(fields.size()) + 1,
                           tr("text after the closing quote: quote the whole field and double "
                              "the quotes inside it"));
                    spoiled = true;
                    while (i < n && !endOfField(text.at(i), delimiter))
                        field += text.at(i++);
                }
            } else {
                // One slice of the text rather than a character at a time: most fields are
                // unquoted, and a million rows hold millions of them.
                const qsizetype start = i;
                while (i < n && !endOfField(text.at(i), delimiter))
                    ++i;
                field = text.mid(start, i - start);
            }
            fields << field;
            if (i >= n)
                break;
            if (text.at(i) == delimiter) {
                ++i;
                continue;
            }
            // A CR that ends a piece may be the first half of a CRLF.
            if (text.at(i) == QLatin1Char('\r') && i + 1 == n && !atEnd)
                break;
            if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++line;
            terminated = true;
            break;
        }
        if (!terminated && !atEnd) {
            // Cut off by the end of the piece: read again with what follows.
            i = recordStart;
            line = recordLine;
            break;
        }
        if (problems)
            *problems += found;
        if (!spoiled && !blank(fields))
            records.push_back({recordLine, fields});
        else if (!spoiled && blankRecords)
            ++*blankRecords;
    }
    *consumed = i;
    if (nextLine)
        *nextLine = line;
    return records;
}

void CsvReader::build(const DecodedText& decoded, QChar delimiter)
{
    m_encoding = decoded.encoding();
    m_encodingDetected = decoded.detected();
    m_encodingRefused = decoded.refused();
    m_delimiter = delimiter.isNull() ? sniffDelimiter(decoded.text()) : delimiter;

    if (decoded.bomOnly())
        m_problems.push_back({0, 0,
                              tr("the file holds only a byte order mark: no header and no "
                                 "data")});
    QSet<int> badLines;
    for (const DecodedText::BadBytes& bad : decoded.badBytes()) {
        badLines.insert(bad.line);
        QString reason = tr("bytes that are not valid %1").arg(m_encoding);
        if (bad.value >= 0)
            reason += tr(" (byte 0x%1 at byte %2 of the line)")
                          .arg(QString::number(bad.value, 16).toUpper())
                          .arg(bad.column);
        if (decoded.refused() && decoded.tried().size() == 1)
            reason += tr(": the rest of the file is UTF-8, so it is not read as another encoding; "
                         "mend the bytes, or give the file's encoding (--encoding, or the "
                         "Encoding box of the import dialog)");
        else if (decoded.refused())
            reason += tr(", and the file reads as plausible text in none of %1: give its "
                         "encoding (--encoding, or the Encoding box of the import dialog)")
                          .arg(decoded.tried().join(QLatin1String(", ")));
        else if (m_encodingDetected)
            reason += tr(" (the encoding was detected; give the file's encoding if it is "
                         "another)");
        m_problems.push_back(
            {bad.line, bad.before.isNull() ? 0 : fieldAtEnd(bad.before, m_delimiter), reason});
    }

    QVector<Record> records = parse(decoded.text(), m_delimiter, &m_problems, &m_blankLines);
    for (Record& record : records) {
        int lines = 1;
        for (const QString& field : record.fields)
            lines += int(field.count(QLatin1Char('\n')));
        bool spoiled = false;
        for (int l = record.line; l < record.line + lines && !badLines.isEmpty(); ++l)
            spoiled = spoiled || badLines.contains(l);
        if (spoiled && m_headerLine == 0) {
            // Without a readable header no record can be checked: the problem says why.
            m_headerLine = record.line;
            break;
        }
        if (spoiled)
            continue;
        if (accept(record))
            m_records.push_back(std::move(record));
    }
    dropEmptyUnnamedColumns(m_namedWidth);
    std::sort(m_problems.begin(), m_problems.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.field < b.field;
    });
}

bool CsvReader::accept(Record& record)
{
    if (m_headerLine != 0)
        return fit(record);
    for (const QString& name : std::as_const(record.fields))
        m_header << name.trimmed();
    m_headerLine = record.line;
    // Spreadsheets export the empty columns right of a table too: header cells without a name,
    // whose cells hold nothing, are no columns. (One that holds data stays, and is reported.)
    m_fullWidth = int(m_header.size());
    m_namedWidth = m_fullWidth;
    while (m_namedWidth > 0 && m_header.at(m_namedWidth - 1).isEmpty())
        --m_namedWidth;
    return false;
}

bool CsvReader::fit(Record& record) const
{
    QStringList& fields = record.fields;
    // Spreadsheets sometimes add empty cells past the last column: nothing is lost there.
    while (fields.size() > m_namedWidth && fields.last().trimmed().isEmpty())
        fields.removeLast();
    if (fields.size() < m_fullWidth && fields.size() >= m_namedWidth && m_namedWidth < m_fullWidth)
        while (fields.size() < m_fullWidth)
            fields << QString();
    if (fields.size() != m_fullWidth) {
        m_problems.push_back(
            {record.line, 0,
             tr("%1 fields where the header has %2").arg(fields.size()).arg(m_fullWidth)});
        return false;
    }
    if (m_stream && m_namedWidth < m_fullWidth) {
        // A streamed file's header has lost its unnamed cells already (a whole file's loses
        // them once every record is seen): data under one is remembered, and reported.
        for (qsizetype i = m_namedWidth; i < fields.size() && !m_unnamedData; ++i)
            m_unnamedData = !fields.at(i).trimmed().isEmpty();
        fields.resize(m_namedWidth);
    }
    return true;
}

CsvReader CsvReader::streamFile(const QString& path, const QString& encoding, QChar delimiter,
                                qint64 streamAbove, int chunkBytes)
{
    const QString given = encoding.trimmed().isEmpty()
                              ? QString()
                              : DecodedText::decode(QByteArray(), encoding).encoding();
    if (QFileInfo(path).size() <= streamAbove ||
        (!given.isEmpty() && given != QLatin1String("UTF-8")))
        return fromFile(path, encoding, delimiter);
    // A first reading decides, before anything is parsed or written, that the file is UTF-8
    // throughout, as detection would on the whole file; any other file is read whole, so that
    // detection and the report of bad bytes are those of fromFile().
    const CsvStream::Survey survey = CsvStream::survey(path, chunkBytes);
    // A file of nothing but a byte order mark is reported as such by the whole read.
    if (!survey.utf8 || QFileInfo(path).size() <= (survey.bom ? 3 : 0))
        return fromFile(path, encoding, delimiter);

    CsvReader out;
    out.m_encoding = QStringLiteral("UTF-8");
    out.m_encodingDetected = given.isEmpty();
    out.m_lines = survey.lines;
    out.m_stream = std::make_shared<CsvStream>(path, survey.bom, chunkBytes);
    out.m_delimiter = delimiter.isNull() ? sniffDelimiter(out.m_stream->peek()) : delimiter;
    // The header first: the records read with it wait for next().
    QVector<Record> records;
    while (out.m_headerLine == 0 &&
           out.m_stream->read(out.m_delimiter, records, out.m_problems, out.m_blankLines)) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (out.m_headerLine == 0) {
                out.accept(records[i]);
                if (out.m_headerLine != 0)
                    out.m_header.resize(out.m_namedWidth);
            } else if (out.fit(records[i])) {
                out.m_waiting.push_back(std::move(records[i]));
            }
        }
        records.clear();
    }
    return out;
}

int CsvReader::rowsHint() const
{
    if (!m_stream)
        return int(m_records.size());
    return qMax(0, m_lines - m_headerLine);
}

bool CsvReader::fill() const
{
    QVector<Record> records;
    while (m_next >= m_waiting.size()) {
        m_waiting.clear();
        m_next = 0;
        if (!m_stream->read(m_delimiter, records, m_problems, m_blankLines))
            return false;
        for (Record& record : records)
            if (fit(record))
                m_waiting.push_back(std::move(record));
        records.clear();
    }
    return true;
}

bool CsvReader::next(Record& record) const
{
    if (!m_stream || !fill())
        return false;
    record = std::move(m_waiting[m_next++]);
    return true;
}

} // namespace sc
