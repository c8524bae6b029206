#!/usr/bin/env bash
# Builds Sister Cities and runs every test. Needs no display: GUI tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
