#pragma once

#include "PairingSide.h"

#include <QString>
#include <QtGlobal>

namespace sc {

// A pairing as a listing shows it.
struct PairingRow {
    qint64 id = 0;
    PairingSide a;
    PairingSide b;
    QString established; // as stored: YYYY, YYYY-MM, YYYY-MM-DD or empty
    QString status;
    QString kind;
    QString dateBasis;
    QString note;
    qint64 sourceId = 0;
    QString sourceTitle;
    QString sourceUrl;
    int rowVersion = 0;
    bool unverified = false; // known only from an undated list (schema 4)
};

} // namespace sc
