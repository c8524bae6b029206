#pragma once

#include <QString>

#include <stdexcept>

namespace sc::cli {

// A mistake in how the command was called: exit status 2, with the message and a hint.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace sc::cli
