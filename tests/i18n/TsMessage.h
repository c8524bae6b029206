#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

namespace tsfile {

// One message of a .ts file (see TsFile).
struct TsMessage {
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one, or one per plural form

    // What identifies a message for QTranslator: context, source and disambiguation.
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString where() const { return context + QStringLiteral(" | ") + source.left(70); }
};

} // namespace tsfile
