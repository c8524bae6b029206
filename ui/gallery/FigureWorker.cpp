#include "FigureWorker.h"

#include "Database.h"
#include "Error.h"
#include "figures/FigureQuery.h"

#include <QMutexLocker>

#include <memory>

namespace sc {

namespace {

const QString kCustomPrefix = QStringLiteral("custom:");

} // namespace

FigureWorker::FigureWorker(const Database& database, QObject* parent)
    : QThread(parent), m_location(database.path()),
      m_password(database.isServer() ? database.connection().password() : QString())
{
    setObjectName(QStringLiteral("figureWorker"));
    qRegisterMetaType<sc::GalleryFigure>();
}

FigureWorker::~FigureWorker()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    wait();
}

quint64 FigureWorker::request(const QStringList& ids, const PairingFilter& filter,
                              Language language)
{
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_mutex);
        m_queue = ids;
        m_filter = filter;
        m_language = language;
        generation = ++m_generation;
    }
    if (!isRunning())
        start();
    m_wake.wakeAll();
    return generation;
}

void FigureWorker::prioritise(const QString& id)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_queue.removeAll(id);
        m_queue.prepend(id);
    }
    if (!isRunning())
        start();
    m_wake.wakeAll();
}

void FigureWorker::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_queue.clear();
    ++m_generation;
}

FigureData FigureWorker::figure(Database& database, const QString& id, const PairingFilter& filter,
                                Language language)
{
    const FigureQuery query(database);
    if (id.startsWith(kCustomPrefix)) {
        const auto measure = CustomFigure::measureFromKey(id.mid(kCustomPrefix.size()));
        if (!measure)
            throw Error(Error::Kind::NotFound, id);
        return query.run(CustomFigure{*measure, filter}, language);
    }
    return query.run(id, filter, language);
}

QString FigureWorker::customId(CustomFigure::Measure measure)
{
    return kCustomPrefix + CustomFigure::measureKey(measure);
}

void FigureWorker::run()
{
    std::unique_ptr<Database> database;
    QMutexLocker lock(&m_mutex);
    while (!m_stopping) {
        if (m_queue.isEmpty()) {
            if (database) {
                // Idle: the connection goes (in this thread, which opened it) before the wait.
                lock.unlock();
                database.reset();
                lock.relock();
                continue;
            }
            m_wake.wait(&m_mutex);
            continue;
        }
        const QString id = m_queue.takeFirst();
        const quint64 generation = m_generation;
        const PairingFilter filter = m_filter;
        const Language language = m_language;
        // Counted while the queue is held: once cancel() returns, the count stays put.
        m_started.ref();
        lock.unlock();

        GalleryFigure result;
        QString problem;
        try {
            if (!database)
                database = Database::openReader(m_location, m_password);
            // Its source lines too: thousands of sources take milliseconds to group.
            result = GalleryFigure::of(figure(*database, id, filter, language));
        } catch (const Error& error) {
            problem = error.message();
            // A lost server is connected anew for the next figure.
            if (database && !database->isConnected())
                database.reset();
        }

        lock.relock();
        if (generation != m_generation)
            continue; // a newer request came while this one ran: nobody wants it
        lock.unlock();
        // Queued to the receivers' thread: this one is not theirs.
        if (problem.isEmpty())
            emit computed(generation, id, result);
        else
            emit failed(generation, id, problem);
        lock.relock();
    }
    lock.unlock();
    database.reset();
}

} // namespace sc
