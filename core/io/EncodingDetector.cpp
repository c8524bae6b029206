#include "EncodingDetector.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

namespace sc {

namespace {

// The legacy encodings staff meet, by the name users know and the converter that reads them:
// Korean and Japanese Windows write CP949 and CP932, supersets of EUC-KR and Shift_JIS; Western
// Windows writes Windows-1252 (Orléans, Zürich in a partner list from Europe).
struct Codec {
    const char* name;
    const char* converter;
};
const Codec kLegacy[] = {{"GB18030", "GB18030"},
                         {"Shift_JIS", "windows-31j"},
                         {"EUC-KR", "windows-949"},
                         {"Windows-1252", "windows-1252"}};

// Detection reads this much; the whole file is decoded afterwards, and bad bytes past the
// sample are reported then.
constexpr qsizetype kSampleBytes = 256 * 1024;

QByteArrayView sampleOf(QByteArrayView bytes)
{
    if (bytes.size() <= kSampleBytes)
        return bytes;
    // Cut at a line end, so that the sample does not end inside a character.
    const qsizetype end = bytes.first(kSampleBytes).lastIndexOf('\n');
    return bytes.first(end > 0 ? end + 1 : kSampleBytes);
}

// Valid multi-byte sequences and bad bytes in `bytes`, read as strict UTF-8.
struct Utf8Count {
    qsizetype multiByte = 0;
    qsizetype bad = 0;
    qsizetype firstBad = -1;
};

// The length of the valid UTF-8 sequence at `i`, 0 when the byte there starts none.
int sequenceAt(QByteArrayView bytes, qsizetype i)
{
    const uchar lead = uchar(bytes[i]);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong below
        if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F; // past U+10FFFF
    } else {
        return 0; // a continuation byte, an overlong lead (C0, C1) or F5..FF
    }
    if (i + length > bytes.size())
        return 0; // cut off at the end
    const uchar second = uchar(bytes[i + 1]);
    if (second < low || second > high)
        return 0;
    for (int k = 2; k < length; ++k)
        if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
            return 0;
    return length;
}

Utf8Count countUtf8(QByteArrayView bytes)
{
    Utf8Count count;
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceAt(bytes, i);
        if (length == 0) {
            if (count.firstBad < 0)
                count.firstBad = i;
            ++count.bad;
            ++i;
            continue;
        }
        if (length > 1)
            ++count.multiByte;
        i += length;
    }
    return count;
}

// Reads and writes back: a candidate that loses or changes a byte is no candidate.
bool roundTrips(const QByteArray& converter, QByteArrayView bytes, QString* text)
{
    QStringDecoder decoder(converter.constData(), QStringDecoder::Flag::Stateless |
                                                      QStringDecoder::Flag::ConvertInitialBom);
    *text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    QStringEncoder encoder(converter.constData(), QStringEncoder::Flag::Stateless |
                                                      QStringEncoder::Flag::ConvertInitialBom);
    const QByteArray again = encoder.encode(*text);
    return !encoder.hasError() && QByteArrayView(again) == bytes;
}

// A lead byte of a UTF-8 sequence followed by a continuation byte: what a cut or overlong UTF-8
// sequence leaves. In Windows-1252 it reads as an accented capital and a symbol ("À¯", "Ã©"),
// which no name holds; Windows-1252 is not the reading of such bytes.
bool hasUtf8Fragment(QByteArrayView bytes)
{
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const uchar lead = uchar(bytes[i]);
        const uchar next = uchar(bytes[i + 1]);
        if (lead >= 0xC0 && lead <= 0xF4 && next >= 0x80 && next <= 0xBF)
            return true;
    }
    return false;
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

// Among plausible readings, which is the most likely, and whether any is likely at all: kana in
// Japanese, common Hangul in Korean, the 3,755 common hanzi of GB2312 level 1 in Chinese, accented
// Latin letters in Windows-1252; half-width katakana (what Chinese bytes become in Shift_JIS) count
// against.
double score(const QString& text, const QString& codec, const QByteArray& converter)
{
    const bool gb = codec == QLatin1String("GB18030");
    const bool sjis = codec == QLatin1String("Shift_JIS");
    const bool kr = codec == QLatin1String("EUC-KR");
    const bool latin = codec == QLatin1String("Windows-1252");
    QStringEncoder encoder(converter.constData());
    QHash<QChar, double> cache;
    double total = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80)
            continue;
        if (const auto it = cache.constFind(c); it != cache.constEnd()) {
            total += *it;
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
        } else if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E)) {
            value = 0;
        } else if (u >= 0xFF61 && u <= 0xFF9F) {
            value = -2;
        } else if (c.script() == QChar::Script_Latin) {
            value = latin ? 1 : -1;
        }
        cache.insert(c, value);
        total += value;
    }
    return total;
}

// The letters of one word, by script: what plausible() judges a word by.
struct Word {
    int ascii = 0;    // a-z, A-Z
    int accented = 0; // other Latin letters
    int hanKana = 0;
    int hangul = 0;
    bool cjkAfterLatin = false;
    bool sandwiched = false; // Latin, then CJK, then Latin again: "Orl閍ns", "Yang유zhou"

    void latin(bool plain)
    {
        sandwiched = sandwiched || cjkAfterLatin;
        ++(plain ? ascii : accented);
    }
    void cjk(bool isHangul)
    {
        cjkAfterLatin = cjkAfterLatin || ascii + accented > 0;
        ++(isHangul ? hangul : hanKana);
    }
    // A code such as "CN마을10" or "JR東日本" is a word too; Latin letters on both sides of CJK
    // ones, or accented ones beside CJK, are what bytes read in the wrong encoding look like.
    bool plausible() const
    {
        return accented <= ascii && !sandwiched && !(accented > 0 && hanKana + hangul > 0) &&
               !(hangul > 0 && hanKana > 0);
    }
};

// Punctuation that names and notes in CJK files hold: CJK symbols and punctuation, full- and
// half-width forms, dashes, quotes and dots of General Punctuation, the middle dot.
bool allowedPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF65) ||
           (c >= 0x2010 && c <= 0x2027) || c == 0x00B7 || c == 0x30FB || c == 0x30FC;
}

} // namespace

QStringList EncodingDetector::legacyEncodings()
{
    QStringList out;
    for (const Codec& codec : kLegacy)
        out << QString::fromLatin1(codec.name);
    return out;
}

QByteArray EncodingDetector::converterOf(const QString& name)
{
    for (const Codec& codec : kLegacy)
        if (name == QLatin1String(codec.name))
            return codec.converter;
    return name.toLatin1();
}

bool EncodingDetector::validUtf8(QByteArrayView bytes, qsizetype* firstBad)
{
    const Utf8Count count = countUtf8(bytes);
    if (firstBad)
        *firstBad = count.firstBad;
    return count.bad == 0;
}

bool EncodingDetector::plausible(const QString& text)
{
    Word word;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return false;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                word.latin(true);
                continue;
            }
            if (!word.plausible())
                return false;
            word = Word();
            continue;
        }
        const QChar::Category category = QChar::category(c);
        if (QChar::isLetter(c) || QChar::isMark(c)) {
            switch (QChar::script(c)) {
            case QChar::Script_Latin:
                // Full-width Latin letters are the CJK keyboard's: neutral, like digits.
                if (c < 0xFF00)
                    word.latin(false);
                break;
            case QChar::Script_Han:
            case QChar::Script_Hiragana:
            case QChar::Script_Katakana:
                word.cjk(false);
                break;
            case QChar::Script_Hangul:
                word.cjk(true);
                break;
            case QChar::Script_Common:
            case QChar::Script_Inherited:
                break;
            default:
                return false;
            }
            continue;
        }
        if (category == QChar::Number_DecimalDigit || category == QChar::Number_Letter)
            continue;
        if (category == QChar::Separator_Space || allowedPunctuation(c)) {
            if (!word.plausible())
                return false;
            word = Word();
            continue;
        }
        return false; // controls, format, private use, unassigned, symbols, other numbers
    }
    return word.plausible();
}

EncodingDetector::Result EncodingDetector::detect(QByteArrayView bytes)
{
    Result result;
    result.tried << QStringLiteral("UTF-8");
    const Utf8Count utf8 = countUtf8(bytes);
    if (utf8.bad == 0) {
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    // Text in a legacy encoding now and then forms a UTF-8 sequence by chance; text with as
    // many of them as bad bytes is UTF-8 that has been damaged, and reading it as anything else
    // would turn its good names into mojibake.
    const QByteArrayView sample = sampleOf(bytes);
    const Utf8Count sampled = countUtf8(sample);
    if (sampled.multiByte > 0 && sampled.multiByte >= sampled.bad)
        return result;

    // A reading must be more likely than not (a score above zero), so that a few stray bytes
    // that happen to form one rare hanzi are not taken for a Chinese file.
    double best = 0;
    for (const Codec& codec : kLegacy) {
        const QString name = QString::fromLatin1(codec.name);
        result.tried << name;
        QString text;
        if (!roundTrips(codec.converter, sample, &text) || !plausible(text))
            continue;
        if (name == QLatin1String("Windows-1252") && hasUtf8Fragment(sample))
            continue;
        const double value = score(text, name, codec.converter);
        if (value > best) {
            best = value;
            result.encoding = name;
        }
    }
    return result;
}

} // namespace sc
