#pragma once

#include "model/City.h"
#include "model/Pairing.h"
#include "model/Source.h"

#include <QVector>

#include <optional>

namespace sc {

class Database;

// Everything the detail pane shows about one pairing, read in one go: both cities with all
// their names, where they lie, the date with its precision, and every source.
struct PairingDetail {
    struct Side {
        City city;
        Names countryNames;
        Names divisionNames; // empty when the division is unknown
        QString region;      // east | central | west for Chinese divisions, else empty
    };
    struct SourceEntry {
        Source source;
        QString established; // the date this source gives, when it gives one
        QString relation;
        QString note;
        bool primary = false; // the pairing's own source_id
    };

    Pairing pairing;
    QString precision; // year | month | day, empty when undated
    Side a;
    Side b;
    QVector<SourceEntry> sources; // the primary source first
    // Schema 4: a pair known only from an undated list, and what a source states of its later
    // history (suspended / dissolved / renamed on a date, the successor city, that source).
    bool unverified = false;
    QString ended;
    QString endReason;
    QString successorName;
    QString endSourceTitle;

    static std::optional<PairingDetail> load(Database& database, qint64 pairingId);
};

} // namespace sc
