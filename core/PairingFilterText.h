#pragma once

#include "Language.h"
#include "PairingFilter.h"

#include <QStringList>

namespace sc {

class Database;

// A filter in words, in any language: the one text that the filter panel, the status bar, the
// figure and map captions and the CLI show. Country and division names come from the database.
class PairingFilterText final {
public:
    PairingFilterText(Database& database, Language language)
        : m_database(database), m_language(language)
    {
    }

    // Every narrowing of `filter`, one phrase each. The countries are named unless
    // `withCountries` is false (a figure names them in its title); the years only where they
    // differ from `base` (a figure's own years go without saying).
    QStringList parts(const PairingFilter& filter, const PairingFilter& base = {},
                      bool withCountries = true) const;
    // One phrase a line, or the words for "no filter".
    QString summary(const PairingFilter& filter) const;
    // A caption's form: every narrowing but the countries, on one line; empty when there is none.
    QString caption(const PairingFilter& filter, const PairingFilter& base) const;

private:
    QString words(const char* source) const; // in m_language
    QString countryName(const QString& code) const;
    QString divisionName(const QString& code) const;

    Database& m_database;
    Language m_language;
};

} // namespace sc
