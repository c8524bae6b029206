#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

// For a test of what an ordinary user may not do (write a file without write permission), which
// root may always do: run as root (as CI does), the test runs itself again in a child process as
// the user nobody, and passes when the child passes. Use at the start of the test body:
//     if (rerunAsOrdinaryUser()) return;
// A copy of `file` that an ordinary user may read and run, in `folder` (made readable by all):
// the build tree may lie where only root may go (a clone under /root).
inline QString copyForOrdinaryUser(const QString& file, const QString& folder)
{
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto runnable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(folder, runnable | QFile::WriteOwner);
    const QString copy = QDir(folder).filePath(QFileInfo(file).fileName());
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(file, copy)) << file.toStdString();
    QFile::setPermissions(copy, QFileInfo(file).isExecutable() ? runnable : readable);
    return copy;
}

inline bool rerunAsOrdinaryUser()
{
    if (geteuid() != 0)
        return false;
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    QTemporaryDir folder;
    const QString program =
        copyForOrdinaryUser(QCoreApplication::applicationFilePath(), folder.path());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(QDir::tempPath());
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                 QStringLiteral("--clear-groups"), program,
                 QStringLiteral("--gtest_filter=%1.%2")
                     .arg(QLatin1String(test->test_suite_name()), QLatin1String(test->name()))});
    EXPECT_TRUE(child.waitForFinished(120000));
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QLatin1String("[  PASSED  ] 1 test."))) << output.toStdString();
    return true;
}
