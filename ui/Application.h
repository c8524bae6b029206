#pragma once

#include <QApplication>

namespace sc {

// The GUI's application object. Core reports failures as sc::Error; one that escapes a slot or
// an event handler (a database that went away, a disk that filled up) is shown to the user here
// instead of ending the program, and the window goes on with what it has.
class Application final : public QApplication {
    Q_OBJECT

public:
    Application(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

    // The last message shown for an escaped error, for tests.
    QString lastError() const { return m_lastError; }

private:
    void report(const QString& message);

    QString m_lastError;
    bool m_reporting = false;
};

} // namespace sc
