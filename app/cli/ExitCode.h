#pragma once

namespace sc::cli {

// What the CLI's process returns: scripts tell a failed run from a wrong command line.
enum ExitCode { Success = 0, RuntimeFailure = 1, UsageFailure = 2 };

} // namespace sc::cli
