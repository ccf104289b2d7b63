#!/bin/sh
# bench/run.sh BUILD - runs every speed benchmark: each `bench-<name>:`
# target that a module defines in mk/*.mk, in name order.  Numbers are
# printed; copy them with their command into BENCHMARKS.md.
set -eu
build=${1:-build}
targets=$(grep -hoE '^bench-[a-z0-9-]+:' mk/*.mk 2>/dev/null | tr -d ':' | sort -u)
for t in $targets; do
    echo "=== make $t"
    make --no-print-directory -s BUILD="$build" "$t"
done
