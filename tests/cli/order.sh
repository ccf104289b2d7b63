# Output is in input order and identical whatever the number of threads.
. tests/cli/lib.inc
i=0
while [ $i -lt 300 ]; do
    printf '{"id":"doc-%03d","text":"Officials met on day %d. Talks went on for %d hours.\\n\\nNo deal was reached."}\n' $i $i $((i % 7)) >> "$T/in.jsonl"
    i=$((i + 1))
done
"$DYAD" sentences -q -j 1 "$T/in.jsonl" > "$T/j1" || fail "-j 1 run"
"$DYAD" sentences -q -j 2 "$T/in.jsonl" > "$T/j2" || fail "-j 2 run"
"$DYAD" sentences -q -j 7 "$T/in.jsonl" > "$T/j7" || fail "-j 7 run"
cmp -s "$T/j1" "$T/j2" || fail "-j 2 output differs from -j 1"
cmp -s "$T/j1" "$T/j7" || fail "-j 7 output differs from -j 1"
expect_lines 900 "$T/j1"
head -n 1 "$T/j1" | grep -q '"doc-000"' || fail "first record is not doc-000"
tail -n 1 "$T/j1" | grep -q '"doc-299"' || fail "last record is not doc-299"
exit 0
