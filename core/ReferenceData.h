#pragma once

#include "model/Country.h"
#include "model/Division.h"

#include <QVector>

namespace sc {

class Database;

// Countries and first-level divisions: listed, and found by code or by a name in any language.
class ReferenceData final {
public:
    explicit ReferenceData(Database& database) : m_database(database) {}

    QVector<Country> countries() const;
    QVector<Division> divisions(const QString& country = {}) const;
    std::optional<Country> country(const QString& code) const;
    std::optional<Division> division(const QString& code) const;

    // An ISO 3166-2 code, or a name in any of the four languages (case- and width-insensitive),
    // to the division's code. Throws Error::Kind::NotFound, or Invalid when a name is ambiguous.
    QString resolveDivision(const QString& codeOrName, const QString& country = {}) const;
    // An ISO 3166-1 alpha-2 code or a country name in any language, to the code.
    QString resolveCountry(const QString& codeOrName) const;

    void addCountry(const Country& country);
    void addDivision(const Division& division);

private:
    Database& m_database;
};

} // namespace sc
