#pragma once

#include "TsMessage.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

// A Qt Linguist .ts file as the tests read it: every message with its context, source,
// disambiguation and translation(s). Read with QXmlStreamReader, not with Qt's own tools, so
// that the tests judge the files the way lrelease and a translator see them.
namespace tsfile {

struct TsFile {
    QString language;
    QVector<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile read(const QString& path);

// The placeholders of a text (%1 … %99, %n), sorted and without repeats.
QStringList placeholders(const QString& text);

} // namespace tsfile
