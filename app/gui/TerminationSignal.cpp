#include "TerminationSignal.h"

#include <QApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sc {

namespace {

int sockets[2] = {-1, -1}; // [0] written by the handler, [1] read by the event loop

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

} // namespace

TerminationSignal::TerminationSignal(QObject* parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets) != 0)
        return; // the default action stays: the signal ends the process as before
    // The handler must never block: with the socket full, a byte is already waiting.
    ::fcntl(sockets[0], F_SETFL, ::fcntl(sockets[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignal::closeApplication);
    struct sigaction action = {};
    action.sa_handler = &TerminationSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}

TerminationSignal::~TerminationSignal()
{
    for (int signal : kSignals)
        std::signal(signal, SIG_DFL);
    ::close(sockets[0]);
    ::close(sockets[1]);
    sockets[0] = sockets[1] = -1;
}

void TerminationSignal::handle(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(sockets[0], &byte, 1); // async-signal-safe
}

void TerminationSignal::closeApplication()
{
    // A second signal, should closing hang, ends the process at once.
    for (int signal : kSignals)
        std::signal(signal, SIG_DFL);
    m_notifier->setEnabled(false);
    char byte = 0;
    [[maybe_unused]] const ssize_t received = ::read(sockets[1], &byte, 1);
    // Each window saves its layout in its close event; the loop ends when the last one is gone.
    QApplication::closeAllWindows();
    QApplication::quit();
}

} // namespace sc
