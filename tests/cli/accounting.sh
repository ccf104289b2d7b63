# Every input document is accounted for: good lines become records, a
# broken JSON line and a line without text are reported with file:line,
# and the exit status says that something was rejected.
. tests/cli/lib.inc
printf '%s\n' \
  '{"id":"a","text":"Russia rejected the plan. China agreed."}' \
  '{"id":"b","text":"broken' \
  '{"id":"c","title":"no text field"}' \
  '' \
  '{"id":"d","text":"Iran and Turkey met in Geneva."}' > "$T/in.jsonl"
expect_exit 1 "$DYAD" code --docs -j 2 "$T/in.jsonl"
expect_lines 2 "$T/out"
grep -q '"a"' "$T/out" && grep -q '"d"' "$T/out" || fail "documents a and d missing"
grep -q 'in.jsonl:2' "$T/err" || fail "broken line 2 not reported with file:line"
grep -q 'in.jsonl:3' "$T/err" || fail "line 3 without text not reported"
grep -q '4 documents read: 2 coded, 0 empty, 0 partial, 2 rejected' "$T/err" || { cat "$T/err"; fail "summary counts"; }
# Rejects as JSON Lines on request.
expect_exit 1 "$DYAD" code -q --errors "$T/err.jsonl" "$T/in.jsonl"
expect_lines 2 "$T/err.jsonl"
grep -q '"code":"EJSON"' "$T/err.jsonl" || fail "EJSON reject record"
# Unreadable path: reported, the rest still processed.
expect_exit 1 "$DYAD" code "$T/in.jsonl" "$T/does-not-exist.txt"
grep -q 'does-not-exist.txt' "$T/err" || fail "missing file not reported"
# A bad date keeps the document and says why.
printf '%s\n' '{"id":"w","date":"5/9/17","text":"Talks resumed."}' > "$T/w.jsonl"
expect_exit 0 "$DYAD" code "$T/w.jsonl"
grep -q 'warning: .*w.jsonl:1 \[w\]' "$T/err" || { cat "$T/err"; fail "bad date warning"; }
grep -q '1 metadata warnings' "$T/err" || fail "warning count"
exit 0
