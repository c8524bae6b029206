#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

// The bytes of a text file as text: the encoding given, or detected from a byte order mark, from
// UTF-8 validity, or from which legacy CJK encoding (GB18030, Shift_JIS, EUC-KR) reads the bytes
// as the most plausible text. Bytes the encoding cannot read are found line by line, so that a
// report can say where they are.
class DecodedText final {
public:
    // Where bytes the encoding cannot read begin: a physical line (1-based) and the text of that
    // line decoded up to them (to tell which field they fall in).
    struct BadBytes {
        int line = 0;
        QString before;
    };

    // `encoding` empty: detect. Throws Error::Kind::Invalid for an encoding name Qt cannot use.
    static DecodedText decode(const QByteArray& bytes, const QString& encoding = {});

    // The names the user may give (aliases such as CP932, GBK or CP949 are accepted as well).
    static QStringList encodings();
    // The encoding the detector would choose for `bytes`.
    static QString detect(const QByteArray& bytes);

    const QString& text() const { return m_text; }
    const QString& encoding() const { return m_encoding; }
    bool detected() const { return m_detected; }
    const QVector<BadBytes>& badBytes() const { return m_badBytes; }

private:
    QString m_text;
    QString m_encoding;
    bool m_detected = false;
    QVector<BadBytes> m_badBytes;
};

} // namespace sc
