#pragma once

#include "PairingFilter.h"

class QSettings;

namespace sc {

// The pairing filter as the window remembers it: the key → value form of PairingFilter (the
// same the CLI's options and the report check read) in the settings group "filter".
class FilterSettings final {
public:
    static void save(const PairingFilter& filter, QSettings& settings);
    // A filter that cannot be read (settings from another version, edited by hand) is no filter.
    static PairingFilter load(const QSettings& settings);
};

} // namespace sc
