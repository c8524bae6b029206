#include "OpenFiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace sc {

namespace {

struct Entry {
    int connections = 0;
    bool immutable = false;
};

// Not recursive: what readAlone() runs never asks the registry itself.
QMutex lock;
QHash<QString, Entry> files;

} // namespace

QString OpenFiles::key(const QString& path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

bool OpenFiles::isOpen(const QString& path)
{
    const QMutexLocker locker(&lock);
    return files.contains(key(path));
}

bool OpenFiles::isImmutable(const QString& path)
{
    const QMutexLocker locker(&lock);
    return files.value(key(path)).immutable;
}

bool OpenFiles::readAlone(const QString& path, const std::function<void()>& read)
{
    const QMutexLocker locker(&lock);
    if (files.contains(key(path)))
        return false;
    read();
    return true;
}

void OpenFiles::opened(const QString& path, bool immutable)
{
    const QMutexLocker locker(&lock);
    Entry& entry = files[key(path)];
    if (entry.connections++ == 0)
        entry.immutable = immutable;
}

bool OpenFiles::closed(const QString& path)
{
    const QMutexLocker locker(&lock);
    const auto it = files.find(key(path));
    if (it == files.end())
        return true;
    if (--it->connections > 0)
        return false;
    files.erase(it);
    return true;
}

} // namespace sc
