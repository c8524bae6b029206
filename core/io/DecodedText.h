#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sc {

// The bytes of a text file as text: the encoding given, or detected (a byte order mark decides,
// else EncodingDetector, which never guesses). Bytes the encoding cannot read are found line by
// line, so that a report can say where they are; a file the detector refuses is read as UTF-8,
// its bad bytes located, and refused().
class DecodedText final {
public:
    // Where bytes the encoding cannot read begin: a physical line (1-based), the byte's column
    // in that line (1-based) and value, and the text of that line decoded up to it (to tell
    // which field it falls in).
    struct BadBytes {
        int line = 0;
        int column = 0;
        int value = -1; // -1: not located (past the first lines with bad bytes)
        QString before;
    };

    // `encoding` empty: detect. Throws Error::Kind::Invalid for an encoding name Qt cannot use.
    static DecodedText decode(const QByteArray& bytes, const QString& encoding = {});

    // The names the user may give (aliases such as CP932, GBK or CP949 are accepted as well).
    static QStringList encodings();

    const QString& text() const { return m_text; }
    const QString& encoding() const { return m_encoding; }
    bool detected() const { return m_detected; }
    // Detection found no encoding that reads the file as plausible text: `tried()` lists them.
    bool refused() const { return m_refused; }
    const QStringList& tried() const { return m_tried; }
    // The file holds a byte order mark and nothing else.
    bool bomOnly() const { return m_bomOnly; }
    const QVector<BadBytes>& badBytes() const { return m_badBytes; }
    // The text written back in the encoding, byte order mark included: the input again for a
    // text without bad bytes (the property the fuzz target checks).
    QByteArray reencoded() const;

private:
    QString m_text;
    QString m_encoding;
    QByteArray m_bom;
    bool m_detected = false;
    bool m_refused = false;
    bool m_bomOnly = false;
    QStringList m_tried;
    QVector<BadBytes> m_badBytes;
};

} // namespace sc
