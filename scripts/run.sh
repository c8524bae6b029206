#!/usr/bin/env bash
# Builds Sister Cities and opens it on the bundled dataset (the user's own database, created on
# first start). Any arguments go to the application, e.g. --db FILE or --read-only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec build/app/sistercities "$@"
