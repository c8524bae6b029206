#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the tests and the application need, when any is
# missing. Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev zlib1g-dev
    fonts-noto-cjk python3
    dpkg-dev file lintian desktop-file-utils appstream man-db
    util-linux  # setpriv: tests that need an ordinary user run as nobody
    libqt6sql6-psql postgresql  # the server backend, and a throw-away cluster for its tests
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
