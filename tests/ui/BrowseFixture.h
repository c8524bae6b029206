#pragma once

#include "CityRepository.h"
#include "Database.h"
#include "Error.h"
#include "PairingRepository.h"
#include "SourceRepository.h"
#include "SqlSupport.h"
#include "support/GeneratedDatabase.h"
#include "support/TempDir.h"

#include <QSettings>
#include <QSqlRecord>

#include <gtest/gtest.h>

// A generated database in a fresh folder, with the window's settings cleared, for the browse
// and edit tests.
class BrowseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Settings of this test only: ctest runs other test processes at the same time.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        m_path = m_dir.file(QStringLiteral("browse.sqlite"));
        m_data = testdata::generate(m_path, 300);
        m_data.database.reset();
    }
    void TearDown() override { QSettings().clear(); }

    QString path() const { return m_path; }
    std::unique_ptr<sc::Database> open(sc::Database::Mode mode = sc::Database::Mode::ReadWrite)
    {
        return sc::Database::open(m_path, mode);
    }
    const testdata::GeneratedDatabase& data() const { return m_data; }
    // Every column of a row, as stored: what "restored exactly" is checked against.
    static QVariantList rawRow(sc::Database& db, const QString& table, const QString& key,
                               qint64 id)
    {
        QSqlQuery q = sc::sql::run(
            db.connection(),
            QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY 1, 2").arg(table, key), {id});
        QVariantList out;
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i);
        return out;
    }

    TempDir m_dir;
    QString m_path;
    testdata::GeneratedDatabase m_data;
};
