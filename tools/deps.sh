#!/bin/sh
# tools/deps.sh [--if-missing] - installs, with apt-get, every Debian
# package that building, testing and benchmarking dyad needs.  Run as
# root on Debian 12 or later.  With --if-missing it does nothing when
# the build dependencies are already present (used by make check/demo).
set -eu
PKGS="build-essential pkg-config clang libclang-rt-dev
libjansson-dev libutf8proc-dev libsqlite3-dev zlib1g-dev
sqlite3 iso-codes valgrind wordnet-base python3"
if [ "${1:-}" = "--if-missing" ]; then
    if command -v cc >/dev/null 2>&1 && command -v pkg-config >/dev/null 2>&1 &&
        pkg-config --exists jansson libutf8proc sqlite3 zlib &&
        command -v sqlite3 >/dev/null 2>&1 &&
        [ -f /usr/share/wordnet/index.noun ]; then
        exit 0
    fi
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "tools/deps.sh: run as root (or with sudo) to apt-get install: $PKGS" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $PKGS >/dev/null
echo "tools/deps.sh: installed $(echo $PKGS | wc -w) packages" >&2
