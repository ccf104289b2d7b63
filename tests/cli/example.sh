# The bundled example (README demo) runs and its headline and body come out.
. tests/cli/lib.inc
expect_exit 0 "$DYAD" code --docs examples/
expect_lines 3 "$T/out"   # 2 documents of wire.jsonl + the .txt article
grep -q '"status":"coded"' "$T/out" || fail "no coded document"
expect_exit 0 "$DYAD" tokens -f conllu examples/2017-09-05-un-sanctions.txt
grep -q '^# sent_id' "$T/out" || fail "no sent_id in CoNLL-U"
grep -q "	n't	" "$T/out" || fail "won't not split into wo n't"
exit 0
