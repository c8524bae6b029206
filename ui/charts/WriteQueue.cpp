#include "WriteQueue.h"

#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace sc {

WriteQueue::WriteQueue(int threads) : m_threads(std::max(0, threads)), m_slots(m_threads + 1)
{
    if (m_threads > 0)
        m_pool.setMaxThreadCount(m_threads);
}

WriteQueue::~WriteQueue()
{
    m_pool.waitForDone();
}

int WriteQueue::defaultThreads()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

void WriteQueue::add(Job job)
{
    if (m_threads == 0) {
        throwFirstError();
        const int order = m_order++;
        try {
            job();
        } catch (const Error& error) {
            record(error, order);
            throw;
        }
        return;
    }
    // A slot first, then the errors: a job that failed while this one waited is heard of now.
    m_slots.acquire();
    try {
        throwFirstError();
    } catch (const Error&) {
        m_slots.release();
        throw;
    }
    const int order = m_order++;
    m_pool.start([this, job = std::move(job), order] {
        try {
            job();
        } catch (const Error& error) {
            record(error, order);
        }
        m_slots.release();
    });
}

void WriteQueue::finish()
{
    m_pool.waitForDone();
    throwFirstError();
}

void WriteQueue::record(const Error& error, int order)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_error || order < m_errorOrder) {
        m_error = error;
        m_errorOrder = order;
    }
}

void WriteQueue::throwFirstError()
{
    const QMutexLocker lock(&m_mutex);
    if (m_error)
        throw *m_error;
}

} // namespace sc
