#include "ServerAddress.h"

#include "Error.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace sc {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::ServerAddress", text);
}

bool isUri(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

// A libpq option value, quoted as a connection string wants it.
QString quotedOption(const QString& key, const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("%1='%2'").arg(key, escaped);
}

} // namespace

bool ServerAddress::isServer(const QString& location)
{
    return isUri(location) || location.startsWith(QLatin1String("service="));
}

ServerAddress ServerAddress::parse(const QString& location)
{
    ServerAddress out;
    out.m_location = location;
    if (location.startsWith(QLatin1String("service="))) {
        const QString name = location.mid(8).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' ')))
            throw Error(
                Error::Kind::Invalid,
                tr("%1: a service name is one word, as in service=sistercities").arg(location));
        out.m_options << quotedOption(QStringLiteral("service"), name);
        return out;
    }
    if (!isUri(location))
        throw Error(Error::Kind::Invalid,
                    tr("%1 is not a server address: write postgresql://user@host:port/database "
                       "or service=NAME")
                        .arg(location));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        throw Error(Error::Kind::Invalid,
                    tr("%1 is not a valid address: %2").arg(location, url.errorString()));
    if (!url.password().isEmpty())
        throw Error(Error::Kind::Invalid,
                    tr("%1 holds a password: a password is never given on the command line; put "
                       "it in ~/.pgpass, PGPASSWORD or a service file")
                        .arg(url.toString(QUrl::RemovePassword)));
    out.m_host = url.host();
    out.m_port = url.port(-1);
    out.m_user = url.userName();
    out.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            throw Error(Error::Kind::Invalid,
                        tr("%1 holds a password: a password is never given on the command line; "
                           "put it in ~/.pgpass, PGPASSWORD or a service file")
                            .arg(location.section(QLatin1Char('?'), 0, 0)));
        out.m_options << quotedOption(key, value);
    }
    return out;
}

void ServerAddress::applyTo(QSqlDatabase& db) const
{
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    if (!m_user.isEmpty())
        db.setUserName(m_user);
    if (!m_database.isEmpty())
        db.setDatabaseName(m_database);
    QStringList options = m_options;
    // A server that does not answer is reported after 10 s rather than libpq's indefinite wait.
    if (!options.join(QLatin1Char(' ')).contains(QLatin1String("connect_timeout=")))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace sc
