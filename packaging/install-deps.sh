#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the Debian bookworm packages CS Workbench needs to build, test and run.
# Installs only what is missing; uses sudo when not root.
set -eu

PACKAGES="build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
libqt6opengl6-dev libxkbcommon-dev libgl-dev
libboost-date-time-dev libsqlite3-dev sqlite3 python3 libicu-dev
clang libclang-rt-14-dev
appstream desktop-file-utils file
xvfb xauth fonts-noto-cjk
postgresql libqt6sql6-psql libpq-dev qtkeychain-qt6-dev"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
