#include "CsvStream.h"

#include "EncodingDetector.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::CsvReader", text);
}

QString unreadable(const QString& path, const QFile& file)
{
    return tr("%1: cannot be read (%2)").arg(path, file.errorString());
}

} // namespace

CsvStream::Survey CsvStream::survey(const QString& path, int chunkBytes)
{
    if (QFileInfo(path).isDir())
        throw Error(Error::Kind::Io, tr("%1: is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, unreadable(path, file));
    Survey out;
    out.utf8 = true;
    QByteArray carry;
    out.bom = file.peek(3) == QByteArrayLiteral("\xEF\xBB\xBF");
    if (out.bom)
        file.read(3);
    for (;;) {
        const QByteArray chunk = file.read(chunkBytes);
        if (file.error() != QFileDevice::NoError)
            throw Error(Error::Kind::Io, unreadable(path, file));
        const bool end = chunk.isEmpty();
        QByteArray bytes = carry + chunk;
        // 0x0A is never part of a longer UTF-8 sequence: up to the last line end, no character
        // is cut, and what follows waits for the next chunk.
        const qsizetype cut = end ? bytes.size() : bytes.lastIndexOf('\n') + 1;
        const QByteArrayView whole(bytes.constData(), cut);
        out.lines += int(whole.count('\n'));
        if (out.utf8 && !EncodingDetector::validUtf8(whole))
            out.utf8 = false;
        carry = bytes.mid(cut);
        if (end) {
            if (cut > 0 && bytes.at(cut - 1) != '\n')
                ++out.lines;
            return out;
        }
    }
}

CsvStream::CsvStream(const QString& path, bool skipBom, int chunkBytes)
    : m_file(path), m_chunkBytes(chunkBytes)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, unreadable(path, m_file));
    if (skipBom)
        m_file.read(3);
}

void CsvStream::readChunk()
{
    const QByteArray bytes = m_file.read(m_chunkBytes);
    if (m_file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io, unreadable(m_file.fileName(), m_file));
    m_atEnd = bytes.isEmpty();
    m_text += m_decoder.decode(bytes);
}

QString CsvStream::peek()
{
    // The delimiter is sniffed from the first line: it must be read whole.
    while (!m_atEnd && !m_text.contains(QLatin1Char('\n')) && !m_text.contains(QLatin1Char('\r')))
        readChunk();
    return m_text;
}

bool CsvStream::read(QChar delimiter, QVector<CsvReader::Record>& records,
                     QVector<CsvReader::Problem>& problems, int& blankLines)
{
    while (!m_done) {
        if (!m_atEnd)
            readChunk();
        qsizetype consumed = 0;
        const qsizetype before = records.size();
        records += CsvReader::parseSome(m_text, delimiter, m_line, m_atEnd, &consumed, &problems,
                                        &blankLines, &m_line);
        m_text.remove(0, consumed);
        if (m_atEnd)
            m_done = true;
        // A record longer than a chunk (a quoted field with many lines) takes more chunks.
        if (records.size() > before || consumed > 0 || m_done)
            return true;
    }
    return false;
}

} // namespace sc
