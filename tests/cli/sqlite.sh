# SQLite output: a second run over overlapping input adds only new documents.
. tests/cli/lib.inc
printf '%s\n' '{"id":"x1","text":"Japan protested. Seoul rejected it."}' \
              '{"id":"x2","text":"Iran and Turkey met."}' > "$T/a.jsonl"
printf '%s\n' '{"id":"x2","text":"Iran and Turkey met."}' \
              '{"id":"x3","text":"NATO warned Russia."}' > "$T/b.jsonl"
expect_exit 0 "$DYAD" sentences --db "$T/out.db" "$T/a.jsonl"
expect_exit 0 "$DYAD" sentences --db "$T/out.db" "$T/b.jsonl"
grep -q '1 already in the database' "$T/err" || { cat "$T/err"; fail "skip count"; }
n=$(sqlite3 "$T/out.db" 'SELECT count(*) FROM documents')
[ "$n" -eq 3 ] || fail "documents: $n, expected 3"
n=$(sqlite3 "$T/out.db" "SELECT count(*) FROM sentences WHERE doc_id = 'x1'")
[ "$n" -eq 2 ] || fail "sentences of x1: $n, expected 2"
exit 0
