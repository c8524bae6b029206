#pragma once

#include <QString>
#include <QStringList>

namespace sc {

// The one place where a name typed or imported becomes a name stored: Unicode NFC, trimmed, and
// checked for characters that no name may hold. Import and the edit dialogs both go through it,
// so that what a file cannot bring in, a dialog cannot type in either.
class NameNormaliser final {
public:
    struct Result {
        QString name;      // the name to store; empty when refused
        QString problem;   // why the name is refused; empty when it is accepted
        QStringList notes; // what was changed (an invisible character stripped at an edge)
        bool ok() const { return problem.isEmpty(); }
    };

    // NFC and trimmed; invisible format characters (zero-width space and joiner, word joiner,
    // byte order mark, soft hyphen) at either edge are stripped with a note. Refused: control
    // characters (C0, DEL, C1), line and paragraph separators, bidirectional controls (U+202A-E,
    // U+2066-9, a spoofing risk), any invisible character inside the name, private-use,
    // unassigned and lone surrogate code points, and a name that is empty after all that.
    static Result normalise(const QString& raw);

    // `text` with every character whyRefused() names shown as <U+XXXX>, and edge spaces
    // kept visible in quotes: safe to print in a message (a U+202E would reorder the message).
    static QString visible(const QString& text);

    // Why `character` may not be in a name; empty when it may.
    static QString whyRefused(char32_t character);

    // The key under which two names are the same city's name: NFKC (width folded), case folded,
    // invisible characters removed, spaces collapsed. Ｙａｎｇｚｈｏｕ and Yangzhou meet.
    static QString matchKey(const QString& name);
};

} // namespace sc
