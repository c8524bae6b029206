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
    throwFirstError();
    const int order = m_order++;
    if (m_threads == 0) {
        job();
        return;
    }
    m_slots.acquire();
    m_pool.start([this, job = std::move(job), order] {
        try {
            job();
        } catch (const Error& error) {
            const QMutexLocker lock(&m_mutex);
            if (!m_error || order < m_errorOrder) {
                m_error = error;
                m_errorOrder = order;
            }
        }
        m_slots.release();
    });
}

void WriteQueue::finish()
{
    m_pool.waitForDone();
    throwFirstError();
}

void WriteQueue::throwFirstError()
{
    const QMutexLocker lock(&m_mutex);
    if (m_error)
        throw *m_error;
}

} // namespace sc
