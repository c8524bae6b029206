#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

// A file's SHA-256: "byte-identical afterwards" is checked by comparing two of these.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
