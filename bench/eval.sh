#!/bin/sh
# bench/eval.sh BUILD - runs every accuracy evaluation: each `eval-<name>:`
# target that a module defines in mk/*.mk, in name order.
set -eu
build=${1:-build}
targets=$(grep -hoE '^eval-[a-z0-9-]+:' mk/*.mk 2>/dev/null | tr -d ':' | sort -u)
for t in $targets; do
    echo "=== make $t"
    make --no-print-directory -s BUILD="$build" "$t"
done
