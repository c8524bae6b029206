#include "ExportShare.h"

#include <QCoreApplication>
#include <QDir>

namespace sc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::cli", text);
}

} // namespace

ExportShare::ExportShare(const QStringList& arguments, int part, int parts)
    : m_part(part), m_parts(parts)
{
    // The options may stand in any order, so the share's own goes last. The environment (the
    // offscreen platform, PGPASSWORD, the user's database) is this process's.
    m_process.setProgram(QCoreApplication::applicationFilePath());
    m_process.setArguments(arguments + QStringList{QStringLiteral("--part"),
                                                   QStringLiteral("%1/%2").arg(part).arg(parts)});
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start();
}

ExportShare::~ExportShare()
{
    // Only reached without finish() when the parent stops on an error of its own: the share's
    // files would be of no use to anyone waiting, so it is not left running on its own.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(-1);
    }
}

bool ExportShare::finish(QStringList& written, QString& errors)
{
    if (!m_process.waitForStarted(-1) && m_process.error() == QProcess::FailedToStart) {
        errors = QStringLiteral("sistercities-cli: ") +
                 tr("cannot start the process for share %1/%2 of the export: %3")
                     .arg(m_part)
                     .arg(m_parts)
                     .arg(m_process.errorString()) +
                 QLatin1Char('\n');
        return false;
    }
    m_process.waitForFinished(-1);
    for (const QString& line :
         QString::fromUtf8(m_process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            written << QDir::fromNativeSeparators(line.trimmed());
    errors = QString::fromUtf8(m_process.readAllStandardError());
    if (m_process.exitStatus() == QProcess::CrashExit) {
        errors += QStringLiteral("sistercities-cli: ") +
                  tr("the process drawing share %1/%2 of the export stopped: %3")
                      .arg(m_part)
                      .arg(m_parts)
                      .arg(m_process.errorString()) +
                  QLatin1Char('\n');
        return false;
    }
    return m_process.exitCode() == 0;
}

bool ExportShare::parsePart(const QString& value, int most, int& part, int& parts)
{
    const QStringList numbers = value.split(QLatin1Char('/'));
    if (numbers.size() != 2)
        return false;
    bool partOk = false;
    bool partsOk = false;
    part = numbers.at(0).toInt(&partOk);
    parts = numbers.at(1).toInt(&partsOk);
    return partOk && partsOk && part >= 0 && part < parts && parts <= most;
}

} // namespace sc::cli
