#pragma once

#include "BundledDataset.h"
#include "support/TempDir.h"
#include "support/TestBackend.h"

#include <gtest/gtest.h>

// A test suite over one database built from the bundled dataset, made once per suite: building
// it takes a quarter of a second, and the suites only read it.
class BundledDatabaseTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new TempDir;
        db = testbackend::createBundled(dir->file("bundled.sqlite")).release();
    }
    static void TearDownTestSuite()
    {
        delete db;
        db = nullptr;
        delete dir;
        dir = nullptr;
    }

    static inline TempDir* dir = nullptr;
    static inline sc::Database* db = nullptr;
};
