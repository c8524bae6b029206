#include "CommitCutRelay.h"

#include <QByteArray>
#include <QUrl>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace {

bool sendAll(int socket, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t sent = ::send(socket, data, size_t(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

// The simple-query message "COMMIT": 'Q', a 4-byte length, the text and a NUL, as Transaction
// sends it.
constexpr qsizetype kCommitMessageSize = 1 + 4 + 7;

// Where that message starts in `bytes`, or -1.
qsizetype commitStart(const QByteArray& bytes)
{
    static const QByteArray text = QByteArrayLiteral("COMMIT") + '\0';
    const qsizetype at = bytes.indexOf(text);
    if (at < 5 || bytes.at(at - 5) != 'Q')
        return -1;
    return at - 5;
}

} // namespace

CommitCutRelay::CommitCutRelay(const QString& host, int upstreamPort)
    : m_host(host), m_upstreamPort(upstreamPort)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        throw std::runtime_error("CommitCutRelay: cannot listen on 127.0.0.1");
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

CommitCutRelay::~CommitCutRelay()
{
    m_stop = true;
    m_acceptor.join();
    ::close(m_listener);
    // The pumps notice m_stop within their poll interval.
    while (m_live.load() > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

void CommitCutRelay::arm(Cut cut)
{
    m_cuts = 0;
    m_armed = cut == Cut::AfterCommitSent ? 1 : 2;
}

QString CommitCutRelay::through(const QString& location) const
{
    QUrl url(location);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("disable"));
    query.addQueryItem(QStringLiteral("gssencmode"), QStringLiteral("disable"));
    url.setQuery(query);
    return url.toString();
}

void CommitCutRelay::acceptLoop()
{
    while (!m_stop) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        ++m_live;
        std::thread([this, client] {
            pump(client);
            --m_live;
        }).detach();
    }
}

void CommitCutRelay::pump(int client)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(m_upstreamPort));
    ::inet_pton(AF_INET, m_host.toLatin1().constData(), &address.sin_addr);
    if (::connect(server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(server);
        ::close(client);
        return;
    }
    char buffer[65536];
    bool open = true;
    while (open && !m_stop) {
        pollfd sockets[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        if (::poll(sockets, 2, 50) <= 0)
            continue;
        if (sockets[0].revents) {
            const ssize_t got = ::recv(client, buffer, sizeof buffer, 0);
            if (got <= 0)
                break;
            QByteArray bytes(buffer, got);
            const qsizetype start = m_armed ? commitStart(bytes) : -1;
            if (start >= 0) {
                const bool forward = m_armed.exchange(0) == 1;
                sendAll(server, bytes.constData(), forward ? start + kCommitMessageSize : start);
                // Counted before the client can notice, which may be at once.
                ++m_cuts;
                // The client hears nothing more: its COMMIT's answer is lost.
                ::shutdown(client, SHUT_RDWR);
                ::close(client);
                // The server reads to the end of what it was sent, COMMIT included when it was
                // forwarded, then the end of the stream; its answer is read and dropped.
                ::shutdown(server, SHUT_WR);
                while (!m_stop) {
                    pollfd answer{server, POLLIN, 0};
                    if (::poll(&answer, 1, 50) > 0 && ::recv(server, buffer, sizeof buffer, 0) <= 0)
                        break;
                }
                ::close(server);
                return;
            }
            open = sendAll(server, bytes.constData(), bytes.size());
        }
        if (open && sockets[1].revents) {
            const ssize_t got = ::recv(server, buffer, sizeof buffer, 0);
            open = got > 0 && sendAll(client, buffer, got);
        }
    }
    ::close(client);
    ::close(server);
}
