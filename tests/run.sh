#!/bin/sh
# tests/run.sh BUILD_DIR - runs every test program in BUILD_DIR/tests and
# the shell tests in tests/cli/, then prints the total as
# "N passed, N failed".  Exit status is 0 only when nothing failed.
# Set DYAD_TEST_WRAP (e.g. "valgrind -q --error-exitcode=99
# --leak-check=full") to run every test program under a tool.
set -u
build=${1:-build}
passed=0
failed=0
for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    out=$(${DYAD_TEST_WRAP:-} "$t" 2>"$build/tests/$name.stderr")
    rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
    if [ -z "$line" ]; then
        echo "FAIL $name: no summary line (exit $rc)"; cat "$build/tests/$name.stderr"
        failed=$((failed + 1)); continue
    fi
    p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL $name: exit $rc"; cat "$build/tests/$name.stderr"; f=1
    fi
    [ "$f" -ne 0 ] && cat "$build/tests/$name.stderr"
    echo "$name: $line"
    passed=$((passed + p)); failed=$((failed + f))
done
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    if DYAD="$build/dyad" sh "$t" >"$build/tests/cli-$name.log" 2>&1; then
        passed=$((passed + 1)); echo "cli/$name: ok"
    else
        failed=$((failed + 1)); echo "FAIL cli/$name"; tail -n 30 "$build/tests/cli-$name.log"
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
