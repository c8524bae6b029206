#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sc {

// The words the UI shows for the codes the data stores (status "dormant", level "prefecture",
// region "west", ...), in the current UI language or in a given one. Unknown codes are shown as
// they are.
class ValueText final {
    Q_DECLARE_TR_FUNCTIONS(ValueText)

public:
    static QString unknown();
    // In `language` when one is given, whatever language is installed.
    static QString status(const QString& code, std::optional<Language> language = {});
    static QString kind(const QString& code, std::optional<Language> language = {});
    static QString level(const QString& code);
    static QString region(const QString& code, std::optional<Language> language = {});
    static QString precision(const QString& code);
    // A stored date (YYYY, YYYY-MM, YYYY-MM-DD) in the current locale, or "unknown".
    static QString date(const QString& stored);
};

} // namespace sc
