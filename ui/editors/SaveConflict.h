#pragma once

#include "Error.h"

#include <QLabel>
#include <QString>

#include <optional>

namespace sc {

// How an edit dialog saves its record: the save itself, and when the record was changed or
// deleted elsewhere since the dialog read it, both versions in words and nothing written. A
// second OK then saves over the stored version knowingly. CityDialog and PairingDialog share it.
class SaveConflict final {
public:
    struct Texts {
        QString deleted; // the record is gone: nothing was saved
        QString changed; // %1: the version now stored, %2: the user's
    };

    // True when saved. Otherwise `problem` says why; on a conflict `existing` becomes the stored
    // version. `read(id)` reads the record again, `describe(record)` puts one in words.
    template <typename Record, typename Save, typename Read, typename Describe>
    static bool save(const Save& save, std::optional<Record>& existing, const Record& mine,
                     const Read& read, const Describe& describe, const Texts& texts,
                     QLabel* problem)
    {
        try {
            if (save)
                save(existing, mine);
            return true;
        } catch (const Error& error) {
            if (error.kind() != Error::Kind::Conflict || !existing) {
                problem->setText(error.message());
                return false;
            }
            const std::optional<Record> theirs = read(existing->id);
            if (!theirs) {
                problem->setText(texts.deleted);
                return false;
            }
            problem->setText(texts.changed.arg(describe(*theirs), describe(mine)));
            // A second OK is a decision made with both versions in view.
            existing = *theirs;
            return false;
        }
    }
};

} // namespace sc
