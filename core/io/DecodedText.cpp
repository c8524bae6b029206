#include "DecodedText.h"

#include "../Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <limits>

namespace sc {

namespace {

// The legacy encodings staff meet, by the name users know and the converter that reads them:
// Korean and Japanese Windows write CP949 and CP932, supersets of EUC-KR and Shift_JIS.
struct Codec {
    const char* name;
    const char* converter;
};
const Codec kCodecs[] = {{"UTF-8", "UTF-8"},
                         {"GB18030", "GB18030"},
                         {"Shift_JIS", "windows-31j"},
                         {"EUC-KR", "windows-949"}};

// Detection reads this much; a whole-file decode decides only when no candidate is clean here.
constexpr int kSampleBytes = 256 * 1024;
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
        {QStringLiteral("KSC5601"), QStringLiteral("EUC-KR")}};
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
    for (const Codec& codec : kCodecs)
        if (name == QLatin1String(codec.name))
            return codec.converter;
    return name.toLatin1();
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

// Stateless: a character cut off at the end is an error, not a state to continue from.
bool decodesCleanly(const QByteArray& converter, QByteArrayView bytes)
{
    QStringDecoder decoder(converter.constData(), QStringDecoder::Flag::Stateless);
    // decode() is lazy: only the conversion to QString runs the decoder.
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool prefixHasError(const QByteArray& converter, QByteArrayView line, qsizetype end)
{
    // Stateful: a character still incomplete at the end of the prefix is not an error.
    QStringDecoder decoder(converter.constData());
    const QString text = decoder.decode(line.first(end));
    return decoder.hasError();
}

// The decoded text up to the first byte `converter` cannot read. An error in a prefix stays in
// every longer prefix, so a binary search finds it without decoding the line once per byte.
QString beforeFirstBadByte(const QByteArray& converter, QByteArrayView line)
{
    if (!prefixHasError(converter, line, line.size())) // only a character cut off at the end
        return QStringDecoder(converter.constData()).decode(line);
    qsizetype good = 0;
    qsizetype bad = line.size();
    while (bad - good > 1) {
        const qsizetype middle = good + (bad - good) / 2;
        (prefixHasError(converter, line, middle) ? bad : good) = middle;
    }
    return QStringDecoder(converter.constData()).decode(line.first(good));
}

// Syllables common in Korean place names and Sino-Korean words: Korean text read as EUC-KR is
// made of them, while Chinese or Japanese bytes read as EUC-KR give rarer syllables.
const QSet<QChar>& commonHangul()
{
    static const QSet<QChar> set = [] {
        const QString text = QStringLiteral(
            "시현성구도이광치마주자가역군야산오안카후포나남경특별장충타와부천북전서진상미기키사"
            "양청원베난쿠라고대울하아강제허닝지쑤둥족토로령중김평수의저칭바에히인징톈랴린헤룽푸"
            "젠좡쓰촨간샤신위르홋쿄니노즈교보창해송춘당릉증목무항택삼척귀봉초영등흥태왕여네모리"
            "우멍짱윈테효돗메세종각갈감갑개거건걸검게겨격견결계곡곤골공과관괴국굴궁권규균그극근"
            "글금긴길까꽃낙날납낭내너널녀년녕녹논농뇌누눈뉴느는늘능다단달담답덕독돈두둔드득들디"
            "락란람랑래략량려력련렬례록론롱뢰료룡루류륙륜률륭린림립막만말망매맥맹머먹면명몽묘묵"
            "문물민밀박반발방배백번벌범법벽변병복본분불붕비빈빙삭살색생석선설섬소속손쇄숙순술숭"
            "스슬습승식실심십싱쌍악알암압앙애액약어억언엄업연열염엽예옥온올옹완외요욕용욱운웅월"
            "유육윤율융은을음읍응익일임입잉작잔잠재쟁적절점접정조존좌죽준즉직질짐집차착찬참채책"
            "처천철첨첩체촉촌총최추축출취측층칙친칠침쾌탁탄탈탐탑탕통퇴투특파판팔패편폐폭표품풍"
            "피필학한할함합핵행향헌험혁혈협형혜호혹혼홍화확환활황회획횡후훈훼휘휴흉흑흔희");
        QSet<QChar> out;
        for (const QChar c : text)
            out.insert(c);
        return out;
    }();
    return set;
}

// How plausible `text` is as what `codec` would have carried: kana in Japanese, common Hangul in
// Korean, the 3,755 common hanzi of GB2312 level 1 in Chinese; control codes, private-use and
// half-width katakana (what Chinese bytes become in Shift_JIS) count against.
double plausibility(const QString& text, const QString& codec)
{
    const bool gb = codec == QLatin1String("GB18030");
    const bool sjis = codec == QLatin1String("Shift_JIS");
    const bool kr = codec == QLatin1String("EUC-KR");
    QStringEncoder encoder(converterOf(codec).constData());
    QHash<QChar, double> cache;
    double score = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80 && (u >= 0x20 || u == '\t' || u == '\n' || u == '\r'))
            continue;
        if (const auto it = cache.constFind(c); it != cache.constEnd()) {
            score += *it;
            continue;
        }
        double value = -1;
        if (u >= 0xAC00 && u <= 0xD7A3) {
            value = kr ? (commonHangul().contains(c) ? 2 : -1) : -2;
        } else if (u >= 0x3041 && u <= 0x30FF) {
            value = sjis ? 2 : -1;
        } else if (u >= 0x4E00 && u <= 0x9FFF) {
            const QByteArray bytes = encoder.encode(QStringView(&c, 1));
            const uchar lead = bytes.size() == 2 ? uchar(bytes[0]) : 0;
            const uchar trail = bytes.size() == 2 ? uchar(bytes[1]) : 0;
            if (gb)
                value = lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 ? 1 : -1;
            else if (sjis)
                value = lead >= 0x88 && lead <= 0x9F ? 1 : 0;
            else
                value = -1;
        } else if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E)) {
            value = 0;
        } else if (u >= 0xFF61 && u <= 0xFF9F) {
            value = -2;
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0xE000 && u <= 0xF8FF) ||
                   u == 0xFFFD) {
            value = -5;
        }
        cache.insert(c, value);
        score += value;
    }
    return score;
}

int badLineCount(const QByteArray& converter, const QByteArray& bytes)
{
    int count = 0;
    for (const QByteArrayView line : linesOf(bytes))
        if (hasHighBytes(line) && !decodesCleanly(converter, line))
            ++count;
    return count;
}

QByteArrayView sampleOf(const QByteArray& bytes)
{
    if (bytes.size() <= kSampleBytes)
        return bytes;
    // Cut at a line end, so that the sample does not end inside a character.
    const qsizetype end = bytes.lastIndexOf('\n', kSampleBytes);
    return QByteArrayView(bytes).first(end > 0 ? end : kSampleBytes);
}

} // namespace

QStringList DecodedText::encodings()
{
    QStringList out;
    for (const Codec& codec : kCodecs)
        out << QString::fromLatin1(codec.name);
    return out << QStringLiteral("UTF-16");
}

QString DecodedText::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (decodesCleanly("UTF-8", bytes))
        return QStringLiteral("UTF-8");

    const QByteArray sample = sampleOf(bytes).toByteArray();
    QString best = QStringLiteral("UTF-8");
    int bestBad = badLineCount("UTF-8", sample);
    double bestScore = -std::numeric_limits<double>::infinity();
    for (const Codec& codec : kCodecs) {
        const QString name = QString::fromLatin1(codec.name);
        if (name == QLatin1String("UTF-8"))
            continue;
        const int bad = badLineCount(codec.converter, sample);
        if (bad > bestBad)
            continue;
        const double score = plausibility(QStringDecoder(codec.converter).decode(sample), name);
        if (bad < bestBad || score > bestScore) {
            best = name;
            bestBad = bad;
            bestScore = score;
        }
    }
    return best;
}

DecodedText DecodedText::decode(const QByteArray& input, const QString& encoding)
{
    DecodedText out;
    out.m_detected = encoding.trimmed().isEmpty();
    out.m_encoding = out.m_detected ? detect(input) : canonicalName(encoding);
    const QByteArray converter = converterOf(out.m_encoding);

    QByteArray bytes = input;
    if (out.m_encoding == QLatin1String("UTF-8") && bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    QStringDecoder whole(converter.constData(), QStringDecoder::Flag::Stateless);
    out.m_text = whole.decode(bytes);
    if (out.m_text.startsWith(QChar(0xFEFF)))
        out.m_text.remove(0, 1);
    if (!whole.hasError())
        return out;

    if (!asciiCompatible(out.m_encoding)) {
        const qsizetype bad = out.m_text.indexOf(QChar::ReplacementCharacter);
        out.m_badBytes.push_back(
            {int(out.m_text.left(qMax<qsizetype>(bad, 0)).count(u'\n')) + 1, QString()});
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
        if (!decoder.hasError())
            continue;
        out.m_badBytes.push_back({lineNumber, out.m_badBytes.size() < kLocatedLines
                                                  ? beforeFirstBadByte(converter, line)
                                                  : QString()});
    }
    out.m_text = lines.join(QLatin1Char('\n'));
    return out;
}

} // namespace sc
