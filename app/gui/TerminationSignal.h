#pragma once

#include <QObject>

class QSocketNotifier;

namespace sc {

// SIGTERM, SIGINT and SIGHUP (a session ending, `kill`, Ctrl+C in the terminal that started the
// application) close the windows as the user would, so that they save their state, and end the
// event loop with status 0. A signal handler may do almost nothing: it writes one byte into a
// socket pair, and the event loop reads it.
class TerminationSignal final : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignal(QObject* parent = nullptr);
    ~TerminationSignal() override;

private:
    static void handle(int signal);
    void closeApplication();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace sc
