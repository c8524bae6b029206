#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace sc {

// Which encoding a file without a byte order mark is in, decided so that it is never a silent
// guess: valid UTF-8 is UTF-8; bytes that are mostly UTF-8 with a few bad ones are damaged UTF-8
// (refused, never read as another encoding); otherwise a legacy encoding is chosen only when it
// reads the bytes without error, gives them back when written again, yields plausible text (see
// plausible()) and is more likely than not (common hanzi, kana, common Hangul, accented Latin
// letters). When no candidate passes, the file is refused.
class EncodingDetector final {
public:
    struct Result {
        QString encoding;  // the chosen encoding's name; empty when refused
        QStringList tried; // the encodings tried, in order
    };

    // The legacy encodings tried, in order of preference when two are equally plausible.
    static QStringList legacyEncodings();
    // The converter name Qt knows the encoding `name` by (CP932 for Shift_JIS, ...).
    static QByteArray converterOf(const QString& name);

    static Result detect(QByteArrayView bytes);

    // Whether `text` reads as what a register file holds: names in Chinese, Japanese, Korean or
    // Latin script. False for control, format, private-use or unassigned characters, for symbols
    // no name holds, for letters of other scripts, and for a word with CJK letters between Latin
    // ones, accented Latin letters beside CJK ones, Hangul beside kanji or kana, or more accented
    // than plain Latin letters (what bytes of one encoding read in another look like).
    static bool plausible(const QString& text);

    // Whether `bytes` are strict UTF-8 (no overlong form, no surrogate, no sequence cut off).
    // `firstBad` receives the offset of the first bad byte.
    static bool validUtf8(QByteArrayView bytes, qsizetype* firstBad = nullptr);
};

} // namespace sc
