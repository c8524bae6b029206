#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

// A Qt Linguist .ts file as the tests read it: every message with its context, source,
// disambiguation and translation(s). Read with QXmlStreamReader, not with Qt's own tools, so
// that the tests judge the files the way lrelease and a translator see them.
namespace tsfile {

struct Message {
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

struct File {
    QString language;
    QVector<Message> messages;
    QString error; // empty when the file was read
};

File read(const QString& path);

// The placeholders of a text (%1 … %99, %n), sorted and without repeats.
QStringList placeholders(const QString& text);

} // namespace tsfile
