#include "DecodedText.h"

#include "EncodingDetector.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

namespace sc {

namespace {

// Past this many bad lines a report has made its point; the rest are named without a column.
constexpr int kLocatedLines = 200;

QString canonicalName(const QString& given)
{
    QString key = given.trimmed().toUpper();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("UTF8"), QStringLiteral("UTF-8")},
        {QStringLiteral("GB18030"), QStringLiteral("GB18030")},
        {QStringLiteral("GBK"), QStringLiteral("GB18030")},
        {QStringLiteral("GB2312"), QStringLiteral("GB18030")},
        {QStringLiteral("CP936"), QStringLiteral("GB18030")},
        {QStringLiteral("SHIFTJIS"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("SJIS"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("CP932"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("MS932"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("WINDOWS31J"), QStringLiteral("Shift_JIS")},
        {QStringLiteral("EUCKR"), QStringLiteral("EUC-KR")},
        {QStringLiteral("CP949"), QStringLiteral("EUC-KR")},
        {QStringLiteral("UHC"), QStringLiteral("EUC-KR")},
        {QStringLiteral("WINDOWS949"), QStringLiteral("EUC-KR")},
        {QStringLiteral("KSC5601"), QStringLiteral("EUC-KR")},
        {QStringLiteral("WINDOWS1252"), QStringLiteral("Windows-1252")},
        {QStringLiteral("CP1252"), QStringLiteral("Windows-1252")},
        {QStringLiteral("LATIN1"), QStringLiteral("Windows-1252")},
        {QStringLiteral("ISO88591"), QStringLiteral("Windows-1252")}};
    if (const auto it = aliases.constFind(key); it != aliases.constEnd())
        return *it;
    if (!given.trimmed().isEmpty() && QStringDecoder(given.trimmed().toLatin1()).isValid())
        return given.trimmed();
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate(
                    "sc::DecodedText", "\"%1\" is not an encoding this program can read; use %2")
                    .arg(given, DecodedText::encodings().join(QLatin1String(", "))));
}

QByteArray converterOf(const QString& name)
{
    return EncodingDetector::converterOf(name);
}

bool asciiCompatible(const QString& name)
{
    return !name.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive) &&
           !name.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive);
}

// The lines of `bytes` split at 0x0A (views into `bytes`, without the line ends).
QVector<QByteArrayView> linesOf(QByteArrayView bytes)
{
    QVector<QByteArrayView> out;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            out << bytes.sliced(start);
            return out;
        }
        out << bytes.sliced(start, end - start);
        start = end + 1;
    }
}

bool hasHighBytes(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

bool prefixHasError(const QByteArray& converter, QByteArrayView line, qsizetype end)
{
    // Stateful: a character still incomplete at the end of the prefix is not an error.
    QStringDecoder decoder(converter.constData());
    const QString text = decoder.decode(line.first(end));
    return decoder.hasError();
}

// The offset of the first byte `converter` cannot read. An error in a prefix stays in every
// longer prefix, so a binary search finds it without decoding the line once per byte.
qsizetype firstBadByte(const QByteArray& converter, QByteArrayView line)
{
    if (!prefixHasError(converter, line, line.size())) // only a character cut off at the end
        return line.size();
    qsizetype good = 0;
    qsizetype bad = line.size();
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        (prefixHasError(converter, line, middle) ? bad : good) = middle;
    }
    return good;
}

} // namespace

QStringList DecodedText::encodings()
{
    return QStringList{QStringLiteral("UTF-8")} << EncodingDetector::legacyEncodings()
                                                << QStringLiteral("UTF-16");
}

QByteArray DecodedText::reencoded() const
{
    QStringEncoder encoder(converterOf(m_encoding).constData(),
                           QStringEncoder::Flag::Stateless |
                               QStringEncoder::Flag::ConvertInitialBom);
    return m_bom + QByteArray(encoder.encode(m_text));
}

DecodedText DecodedText::decode(const QByteArray& input, const QString& encoding)
{
    DecodedText out;
    out.m_detected = encoding.trimmed().isEmpty();
    const QString given = out.m_detected ? QString() : canonicalName(encoding);

    // A byte order mark decides the encoding (a given UTF-16 learns its byte order from it),
    // and is not part of the text.
    QByteArray bytes = input;
    QString fromBom;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        fromBom = QStringLiteral("UTF-8");
    else if (bytes.startsWith("\xFF\xFE"))
        fromBom = QStringLiteral("UTF-16LE");
    else if (bytes.startsWith("\xFE\xFF"))
        fromBom = QStringLiteral("UTF-16BE");
    const bool bomApplies =
        !fromBom.isEmpty() && (given.isEmpty() || fromBom.startsWith(given, Qt::CaseInsensitive));
    if (bomApplies) {
        out.m_bom = bytes.left(fromBom == QLatin1String("UTF-8") ? 3 : 2);
        bytes.remove(0, out.m_bom.size());
        out.m_bomOnly = bytes.isEmpty();
        out.m_encoding = fromBom;
    } else if (!given.isEmpty()) {
        out.m_encoding = given;
    } else {
        const EncodingDetector::Result detected = EncodingDetector::detect(bytes);
        out.m_tried = detected.tried;
        out.m_refused = detected.encoding.isEmpty();
        // A refused file is read as UTF-8, so that its bad bytes are located in the report.
        out.m_encoding = out.m_refused ? QStringLiteral("UTF-8") : detected.encoding;
    }
    const QByteArray converter = converterOf(out.m_encoding);

    QStringDecoder whole(converter.constData(),
                         QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    out.m_text = whole.decode(bytes);
    const bool strictUtf8 =
        out.m_encoding != QLatin1String("UTF-8") || EncodingDetector::validUtf8(bytes);
    if (!whole.hasError() && strictUtf8 && !out.m_refused) {
        // What was read must be what is there: a converter that reads bytes it cannot write
        // back (an odd byte at the end of UTF-16, a lone surrogate) has lost or changed them.
        const QByteArray again = out.reencoded().mid(out.m_bom.size());
        if (again == bytes)
            return out;
        qsizetype differ = 0;
        while (differ < qMin(again.size(), bytes.size()) && again.at(differ) == bytes.at(differ))
            ++differ;
        const QString before = QStringDecoder(converter.constData()).decode(bytes.left(differ));
        out.m_badBytes.push_back({int(before.count(u'\n')) + 1, 0, -1, QString()});
        return out;
    }

    if (!asciiCompatible(out.m_encoding)) {
        const qsizetype bad = out.m_text.indexOf(QChar::ReplacementCharacter);
        out.m_badBytes.push_back(
            {int(out.m_text.left(qMax<qsizetype>(bad, 0)).count(u'\n')) + 1, 0, -1, QString()});
        return out;
    }
    // Line ends are single 0x0A bytes in all of these encodings (never a trail byte), so each
    // line can be decoded alone and its bad bytes located.
    QStringList lines;
    int lineNumber = 0;
    for (const QByteArrayView line : linesOf(bytes)) {
        ++lineNumber;
        if (!hasHighBytes(line)) {
            lines << QString::fromLatin1(line);
            continue;
        }
        QStringDecoder decoder(converter.constData(), QStringDecoder::Flag::Stateless);
        lines << decoder.decode(line);
        qsizetype firstBad = -1;
        const bool bad = out.m_encoding == QLatin1String("UTF-8")
                             ? !EncodingDetector::validUtf8(line, &firstBad)
                             : decoder.hasError();
        if (!bad)
            continue;
        BadBytes located{lineNumber, 0, -1, QString()};
        if (out.m_badBytes.size() < kLocatedLines) {
            if (firstBad < 0)
                firstBad = firstBadByte(converter, line);
            located.column = int(firstBad) + 1;
            located.value = firstBad < line.size() ? uchar(line[firstBad]) : -1;
            located.before = QStringDecoder(converter.constData()).decode(line.first(firstBad));
        }
        out.m_badBytes.push_back(located);
    }
    out.m_text = lines.join(QLatin1Char('\n'));
    return out;
}

} // namespace sc
