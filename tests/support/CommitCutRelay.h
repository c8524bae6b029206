#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

// A TCP relay between the application and the test's PostgreSQL cluster, to lose the answer of
// a COMMIT deterministically: it forwards bytes both ways, and when armed it watches what the
// client sends for a COMMIT (the simple-query message 'Q' … "COMMIT"). Then it either forwards
// that COMMIT and cuts both sockets before any answer comes back (the server commits, the client
// never hears it) or cuts them without forwarding it (the server never commits). Connections
// made later are relayed plainly, as a server that came back. Runs in a thread of its own: the
// client's driver blocks while it waits for the server.
class CommitCutRelay final {
public:
    enum class Cut { AfterCommitSent, BeforeCommitSent };

    // Relays 127.0.0.1:<port()> to `host`:`upstreamPort`.
    CommitCutRelay(const QString& host, int upstreamPort);
    ~CommitCutRelay();
    CommitCutRelay(const CommitCutRelay&) = delete;
    CommitCutRelay& operator=(const CommitCutRelay&) = delete;

    int port() const { return m_port; }
    // The next COMMIT of any relayed connection is cut as `cut` says; once.
    void arm(Cut cut);
    // Whether a cut happened since arm().
    bool hasCut() const { return m_cuts.load() > 0; }
    // `location` (a postgresql:// URI of the cluster) through the relay, without SSL, so that
    // the relay can read the messages.
    QString through(const QString& location) const;

private:
    void acceptLoop();
    void pump(int client);

    QString m_host;
    int m_upstreamPort;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_armed{0}; // 0: no, 1: after, 2: before
    std::atomic<int> m_cuts{0};
    std::atomic<int> m_live{0};
    std::thread m_acceptor;
};
