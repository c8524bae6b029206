#include "CheckedFiles.h"

#include "OpenFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

#include <sys/stat.h>

namespace sc {

namespace {

// The most recent files are kept; an older one is simply checked again.
constexpr int kRemembered = 64;

QStringList readLines(const QString& store)
{
    QFile file(store);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void writeLines(const QString& store, const QStringList& lines)
{
    QDir().mkpath(QFileInfo(store).absolutePath());
    // Written whole and renamed: a process reading it at the same moment sees the old list
    // or the new one. Failing to write it costs a check next time, nothing else.
    QSaveFile file(store);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.commit();
}

QString canonical(const QString& path)
{
    return OpenFiles::key(path);
}

} // namespace

QString CheckedFiles::storePath()
{
    const QString chosen = qEnvironmentVariable("SISTERCITIES_CHECKED_FILES");
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/sistercities/checked-files");
}

QString CheckedFiles::stamp(const QString& path)
{
    // An empty -wal (a reader leaves one behind) holds nothing beyond the file.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(28);
    if (header.size() < 28)
        return {};
    const quint32 counter = (quint32(quint8(header[24])) << 24) |
                            (quint32(quint8(header[25])) << 16) |
                            (quint32(quint8(header[26])) << 8) | quint32(quint8(header[27]));
    // stat() for the time in nanoseconds (QFileInfo gives milliseconds), and the inode: a
    // copy put in the file's place is another file.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1\t%2\t%3.%4\t%5")
        .arg(qint64(st.st_size))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'))
        .arg(counter);
}

bool CheckedFiles::isKnownSound(const QString& path)
{
    const QString now = stamp(path);
    if (now.isEmpty())
        return false;
    const QString line = canonical(path) + QLatin1Char('\t') + now;
    return readLines(storePath()).contains(line);
}

void CheckedFiles::rememberSound(const QString& path)
{
    const QString now = stamp(path);
    const QString key = canonical(path) + QLatin1Char('\t');
    QStringList lines = readLines(storePath());
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&key](const QString& line) { return line.startsWith(key); }),
                lines.end());
    if (!now.isEmpty())
        lines << key + now;
    while (lines.size() > kRemembered)
        lines.removeFirst();
    writeLines(storePath(), lines);
}

void CheckedFiles::forget(const QString& path)
{
    const QString key = canonical(path) + QLatin1Char('\t');
    QStringList lines = readLines(storePath());
    const auto before = lines.size();
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&key](const QString& line) { return line.startsWith(key); }),
                lines.end());
    if (lines.size() != before)
        writeLines(storePath(), lines);
}

namespace {

QMutex writersLock;
QHash<QString, int> writers; // writers open on each file found sound

} // namespace

void CheckedFiles::openedSound(const QString& path)
{
    const QMutexLocker lock(&writersLock);
    ++writers[canonical(path)];
}

void CheckedFiles::closed(const QString& path)
{
    const QString key = canonical(path);
    {
        const QMutexLocker lock(&writersLock);
        const auto it = writers.find(key);
        if (it == writers.end())
            return; // never found sound (refused, or a file made by create())
        if (--*it > 0)
            return; // another writer still has it open (and its -wal)
        writers.erase(it);
    }
    // Not while another connection of this process (a reader, one made by create()) still has
    // the file: reading its stamp would drop that connection's locks (OpenFiles).
    OpenFiles::readAlone(path, [&path] { rememberSound(path); });
}

} // namespace sc
