#pragma once

#include <QStringList>

namespace sc::cli {

class CliContext;

// Each command parses its own arguments (the whole argv, global options included) and returns
// its exit status; it throws UsageError for a bad call and sc::Error for a failure.
int runInit(CliContext& context, const QStringList& arguments);
int runPairings(CliContext& context, const QStringList& arguments);
int runStats(CliContext& context, const QStringList& arguments);
int runBuildDataset(CliContext& context, const QStringList& arguments);

} // namespace sc::cli
