#pragma once

#include <QString>
#include <QStringList>

namespace sc {

// One sister-city agreement between two cities, stored once whichever side is written first.
struct Pairing {
    qint64 id = 0;
    QString key;
    qint64 cityA = 0;
    qint64 cityB = 0;
    QString established; // YYYY, YYYY-MM, YYYY-MM-DD, or empty when unknown
    QString status = QStringLiteral("active");
    QString kind; // as the parties call it; empty when no source says
    QString dateBasis;
    QString note;
    qint64 sourceId = 0;
    int rowVersion = 0;

    static QStringList statuses()
    {
        return {QStringLiteral("active"), QStringLiteral("dormant"), QStringLiteral("ended")};
    }
    static QStringList kinds()
    {
        return {QStringLiteral("sister"), QStringLiteral("friendship"),
                QStringLiteral("friendship-exchange")};
    }
};

} // namespace sc
