#pragma once

#include <QString>

#include <stdexcept>

namespace sc {

// The one exception type core throws. The message is meant for the user: it names the file,
// row or field at fault and why, in the application's current language.
class Error : public std::runtime_error {
public:
    enum class Kind {
        Invalid,   // a value breaks a rule (malformed date, self-pair, ...)
        Duplicate, // the record exists already
        NotFound,  // a referenced record does not exist
        Conflict,  // the row changed since it was read
        ReadOnly,  // a write on a read-only database
        Database,  // the database could not be opened, read or written
        Io,        // a file could not be read or written
    };

    Error(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace sc
