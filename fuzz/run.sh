#!/bin/sh
# fuzz/run.sh SECONDS JOBS [TARGET...] - runs each libFuzzer target of
# build-fuzz/ for SECONDS (JOBS at a time), niced, first replaying
# fuzz/regressions/<target>/ and then fuzzing from fuzz/corpus/<target>/
# (SECONDS = 0: the replay only).
# New corpus entries go to build-fuzz/corpus/<target>/ (never into the
# repository); a crash input is saved as build-fuzz/crash-<target>-*.
# Prints one line per target with its execs/s; exits non-zero when any
# target crashed, leaked, timed out or ran out of memory.
set -u
cd "$(dirname "$0")/.."
secs=${1:-60}
jobs=${2:-2}
shift 2 2>/dev/null || shift $#
targets=${*:-$(ls fuzz/fuzz_*.c | sed 's|fuzz/\(fuzz_.*\)\.c|\1|' | sed 's/^fuzz_//')}
scratch=$(mktemp -d /tmp/dyad-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

run_one() {
    t=$1
    bin=build-fuzz/fuzz_$t
    log=build-fuzz/fuzz_$t.log
    mkdir -p "build-fuzz/corpus/$t" "$scratch/$t"
    if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls "fuzz/regressions/$t")" ]; then
        if ! TMPDIR="$scratch/$t" "$bin" fuzz/regressions/$t/* >"$log.regress" 2>&1; then
            echo "FAIL fuzz_$t: a regression input crashes (see $log.regress)"
            return 1
        fi
    fi
    if [ "$secs" -eq 0 ]; then
        echo "fuzz_$t: regressions ok"
        return 0
    fi
    TMPDIR="$scratch/$t" nice -n 19 "$bin" -max_total_time="$secs" -timeout=25 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="build-fuzz/crash-$t-" \
        "build-fuzz/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    if [ "$rc" -ne 0 ]; then
        echo "FAIL fuzz_$t: exit $rc after ${execs:-?} execs (see $log)"
        grep -m 3 -E 'ERROR|invariant|SUMMARY' "$log"
        return 1
    fi
    echo "fuzz_$t: ok, ${secs} s, ${execs:-?} execs, ${speed:-?} execs/s"
}

status=0
set -- $targets
while [ $# -gt 0 ]; do
    pids=""
    n=0
    while [ $# -gt 0 ] && [ "$n" -lt "$jobs" ]; do
        ( run_one "$1" ) > "$scratch/result.$1" &
        pids="$pids $!"
        n=$((n + 1))
        shift
    done
    for p in $pids; do
        wait "$p" || status=1
    done
done
cat "$scratch"/result.* 2>/dev/null
exit "$status"
