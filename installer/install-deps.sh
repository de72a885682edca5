#!/usr/bin/env bash
# Installs everything VocSync needs to build, run and test, from Debian 12 packages only.
# Run as root (or with sudo). Safe to run again: apt-get skips what is already installed.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (sudo bash installer/install-deps.sh)" >&2
  exit 2
fi
if ! grep -q 'VERSION_CODENAME=bookworm' /etc/os-release 2>/dev/null; then
  echo "install-deps.sh: warning: made for Debian 12 (bookworm); continuing anyway" >&2
fi

packages=(
  # build
  g++ cmake ninja-build pkg-config git ca-certificates
  # Qt 6 (libqt6opengl6-dev is needed by Qt6Charts' CMake package), QCustomPlot, SQLite
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-serialport-dev qt6-serialbus-dev
  qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
  libqcustomplot-dev libsqlite3-dev
  # tests and benchmarks: Google Benchmark, real peers (pymodbus, socat), offscreen/Xvfb
  libbenchmark-dev socat python3 python3-pymodbus python3-serial-asyncio
  xvfb xauth
  # Chinese text in the UI and in PDFs, PDF checks
  fonts-noto-cjk poppler-utils
)

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${packages[@]}"
echo "install-deps.sh: all VocSync dependencies are installed"
