#pragma once

#include "Error.h"

#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace sc {

// Files encoded and written on worker threads while the caller draws the next figure.
// Qt Charts draws on a QGraphicsScene of widgets, which Qt allows on the GUI thread only, so
// charts are laid out and painted one by one there; a PNG's encoding and the writing of files,
// which cost about as much again, need no GUI object (a QImage, zlib, a file) and run beside
// it: on two cores a figure is encoded and written while the next is painted. A job must not
// touch what the caller goes on changing; then the files do not depend on how many threads
// wrote them.
class WriteQueue final {
public:
    using Job = std::function<void()>;

    // `threads` workers; with 0, add() runs each job on the caller's thread at once.
    explicit WriteQueue(int threads = defaultThreads());
    // Waits for the jobs under way (their errors are lost: call finish() to hear of them).
    ~WriteQueue();
    WriteQueue(const WriteQueue&) = delete;
    WriteQueue& operator=(const WriteQueue&) = delete;

    // Queues `job`, which may throw Error. Waits while a job per thread and one more are
    // queued, so that the images waiting for their encoding stay few at any figure size. Throws
    // the error of a job added before, if one failed: an export stops at a file it cannot write.
    void add(Job job);
    // Waits for every job; throws the error of the first (in the order added) that failed.
    void finish();

    // One worker fewer than the machine's cores: the caller's thread draws.
    static int defaultThreads();

private:
    void record(const Error& error, int order);
    void throwFirstError();

    const int m_threads;
    QThreadPool m_pool;
    QSemaphore m_slots;
    QMutex m_mutex;
    std::optional<Error> m_error; // of the failed job added first
    int m_errorOrder = -1;
    int m_order = 0;
};

} // namespace sc
