# The program's front door: help, version, misuse, exit codes.
. tests/cli/lib.inc
expect_exit 0 "$DYAD" --help
grep -q '^SYNOPSIS' "$T/out" || fail "--help has no SYNOPSIS"
grep -q 'sentences' "$T/out" || fail "--help does not list the sentences command"
expect_exit 0 "$DYAD" --version
grep -q '^dyad [0-9]' "$T/out" || fail "--version output"
expect_exit 2 "$DYAD"
expect_exit 2 "$DYAD" no-such-command
grep -q "unknown command 'no-such-command'" "$T/err" || fail "unknown command message"
for c in sentences tokens code; do
    expect_exit 0 "$DYAD" "$c" --help
    grep -q '^EXIT STATUS' "$T/out" || fail "$c --help has no EXIT STATUS"
done
expect_exit 2 "$DYAD" sentences --bogus x
expect_exit 2 "$DYAD" sentences -j 0 examples
expect_exit 2 "$DYAD" sentences
expect_exit 2 "$DYAD" sentences -f conllu examples
exit 0
