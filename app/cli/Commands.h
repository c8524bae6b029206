#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace sc::cli {

class CliContext;

// Each command parses its own arguments (the whole argv, global options included) and returns
// its exit status; it throws UsageError for a bad call and sc::Error for a failure.
int runInit(CliContext& context, const QStringList& arguments);
int runGenerate(CliContext& context, const QStringList& arguments);
int runPairings(CliContext& context, const QStringList& arguments);
int runStats(CliContext& context, const QStringList& arguments);
int runBuildDataset(CliContext& context, const QStringList& arguments);
int runImport(CliContext& context, const QStringList& arguments);
int runExport(CliContext& context, const QStringList& arguments);
int runCheckReport(CliContext& context, const QStringList& arguments);
int runCheck(CliContext& context, const QStringList& arguments);
int runFigures(CliContext& context, const QStringList& arguments);

// A QApplication (offscreen when no platform is set) for `figures export`, which draws charts;
// a QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char* argv[]);

} // namespace sc::cli
