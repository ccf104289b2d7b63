# tests/cli/lib.sh - helpers for the CLI shell tests.  Each test script
# runs with $DYAD set to the program under test and exits non-zero on
# the first failed check, printing what it expected.
set -u
T=$(mktemp -d /tmp/dyad-cli.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit CODE CMD...: runs CMD, checks its exit status.
expect_exit() {
    want=$1; shift
    "$@" >"$T/out" 2>"$T/err"; got=$?
    [ "$got" -eq "$want" ] || { cat "$T/err" >&2; fail "'$*' exited $got, expected $want"; }
}
# expect_lines N FILE: FILE has exactly N lines.
expect_lines() {
    n=$(wc -l < "$2")
    [ "$n" -eq "$1" ] || { cat "$2" >&2; fail "$2 has $n lines, expected $1"; }
}
