# Accounting under hostile input: a corpus of good documents mixed with
# invalid UTF-8, NUL bytes, a 20 MB document over the size cap, broken
# JSON, a line without "text", a binary file, empty and boilerplate-only
# documents and 1 MB lines without spaces.  Every input item must end up
# in exactly one place (read = coded + empty + partial + rejected, from
# the summary line and from the SQLite documents + rejects tables), and
# the good documents' records must be byte-identical to a run over the
# good documents alone.  Expected outcomes are listed per item below.
. tests/cli/lib.inc
mkdir "$T/good" "$T/mixed"
# good: 3 documents (g1, g2, good.txt)
printf '%s\n' '{"id":"g1","text":"Russia rejected the plan. China agreed on Tuesday."}' \
  '{"id":"g2","title":"Talks","text":"Iran and Turkey met in Geneva.\n\nThe talks ended without a deal."}' \
  > "$T/good/good.jsonl"
printf 'Ministers meet\n\nThe foreign ministers of Japan and South Korea met in Seoul on Monday.\n' \
  > "$T/good/good.txt"
cp "$T/good/good.jsonl" "$T/good/good.txt" "$T/mixed/"
big=$(( 20 * 1024 * 1024 ))
mb=$(( 1024 * 1024 ))
# hostile.jsonl, line by line:
#  1 broken JSON -> rejected EJSON     2 no "text" -> rejected EFIELD
#  3 text "" -> empty                  4 boilerplate lines only -> empty
#  5 \u0000 inside the text -> coded   6 an array -> rejected EJSON
#  7 raw invalid UTF-8 -> rejected EJSON (JSON must be UTF-8)
#  8 1 MB text without spaces -> coded 9 20 MB text -> rejected ETOOBIG
{
  printf '%s\n' '{"id":"h-broken","text":"unterminated' \
    '{"id":"h-notext","title":"no text field"}' \
    '{"id":"h-empty","text":""}' \
    '{"id":"h-bp","text":"Follow us on Twitter\nShare this article"}' \
    '{"id":"h-nul","text":"NUL\u0000inside. Still one doc."}' \
    '[1,2,3]'
  printf '{"id":"h-badutf8","text":"caf\303 \377 bytes"}\n'
  printf '{"id":"h-longline","text":"'; head -c "$mb" /dev/zero | tr '\0' 'x'; printf '"}\n'
  printf '{"id":"h-big","text":"'; head -c "$big" /dev/zero | tr '\0' 'y'; printf '"}\n'
} > "$T/mixed/hostile.jsonl"
# .txt files (first line = headline):
printf 'Headline\nBad \303\050 UTF-8 \377\376 here.\n' > "$T/mixed/badutf8.txt"   # coded, repaired
printf 'Headline\ntext with a NUL \000 byte\n' > "$T/mixed/nul.txt"               # rejected EBINARY
: > "$T/mixed/empty.txt"                                                          # empty
{ printf 'Headline\n'; head -c "$big" /dev/zero | tr '\0' 'z'; } > "$T/mixed/big.txt" # rejected ETOOBIG
{ printf 'Headline\n'; head -c "$mb" /dev/zero | tr '\0' 'w'; } > "$T/mixed/longline.txt" # coded
{ printf '\177ELF\002\001\001\000'; head -c 4000 /dev/zero; } > "$T/mixed/binary.txt" # rejected EBINARY

# 18 items: coded 7 (g1 g2 good.txt h-nul h-longline badutf8.txt
# longline.txt), empty 3 (h-empty h-bp empty.txt), partial 0, rejected 8.
expect_exit 1 "$DYAD" sentences -j 2 -o "$T/mixed.jsonl" "$T/mixed"
sum=$(grep 'documents read' "$T/err")
echo "$sum" | grep -q ': 18 documents read: 7 coded, 3 empty, 0 partial, 8 rejected;' ||
  fail "summary: $sum"
n=$(echo "$sum" | sed -E 's/.*: ([0-9]+) documents read: ([0-9]+) coded, ([0-9]+) empty, ([0-9]+) partial, ([0-9]+) rejected.*/\1 \2 \3 \4 \5/')
set -- $n
[ "$1" -eq $(( $2 + $3 + $4 + $5 )) ] || fail "read $1 != coded + empty + partial + rejected ($n)"
[ "$(grep -c '^dyad: reject: ' "$T/err")" -eq 8 ] || fail "8 reject lines expected on stderr"
for what in 'hostile.jsonl:1: invalid JSON' 'hostile.jsonl:2 \[h-notext\]' 'hostile.jsonl:6: line is an array' \
            'hostile.jsonl:7: invalid JSON' 'hostile.jsonl:9 \[h-big\].*ETOOBIG' 'big.txt.*ETOOBIG' \
            'binary.txt.*EBINARY' 'nul.txt.*EBINARY'; do
  grep -q "reject: .*$what" "$T/err" || fail "no reject matching '$what'"
done
echo "$sum" | grep -q ' [1-9][0-9]* bad UTF-8 sequences repaired' || fail "badutf8.txt not repaired: $sum"

# SQLite: the same accounting from the tables.
expect_exit 1 "$DYAD" sentences -j 2 --db "$T/mixed.db" "$T/mixed"
q() { sqlite3 "$T/mixed.db" "$1"; }
[ "$(q 'SELECT count(*) FROM documents')" -eq 10 ] || fail "documents rows: $(q 'SELECT count(*) FROM documents')"
[ "$(q 'SELECT count(*) FROM rejects')" -eq 8 ] || fail "rejects rows: $(q 'SELECT count(*) FROM rejects')"
[ "$(q "SELECT group_concat(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM documents GROUP BY status ORDER BY status)")" = "coded=7 empty=3" ] ||
  fail "statuses: $(q 'SELECT status, count(*) FROM documents GROUP BY status')"
# every input item has exactly one row: seqs 0..17 across both tables
[ "$(q 'SELECT count(DISTINCT seq), min(seq), max(seq) FROM (SELECT seq FROM documents UNION ALL SELECT seq FROM rejects)')" = "18|0|17" ] ||
  fail "seq coverage: $(q 'SELECT seq FROM documents UNION ALL SELECT seq FROM rejects ORDER BY 1')"
[ "$(q "SELECT group_concat(code, ' ') FROM (SELECT code FROM rejects ORDER BY seq)")" = "ETOOBIG EBINARY EJSON EFIELD EJSON EJSON ETOOBIG EBINARY" ] ||
  fail "reject codes: $(q 'SELECT code FROM rejects ORDER BY seq')"
[ "$(q "SELECT reason FROM documents WHERE id = 'h-bp'")" = "only boilerplate lines" ] || fail "h-bp reason"
[ "$(q "SELECT n_tokens FROM documents WHERE id = 'h-longline'")" -eq 1024 ] || fail "1 MB token not cut at 1024 bytes"

# Good documents: byte-identical to a run over them alone (JSONL and SQLite).
expect_exit 0 "$DYAD" sentences -j 1 -o "$T/good.jsonl" "$T/good"
grep -E '^\{"doc":"(g1|g2|good\.txt)",' "$T/mixed.jsonl" > "$T/mixed-good.jsonl"
[ -s "$T/good.jsonl" ] || fail "no records for the good documents"
cmp "$T/good.jsonl" "$T/mixed-good.jsonl" || fail "good documents' records differ when mixed with hostile ones"
expect_exit 0 "$DYAD" sentences -j 1 --db "$T/good.db" "$T/good"
dump() { sqlite3 "$1" "SELECT doc_id, n, para, start, \"end\", text FROM sentences WHERE doc_id IN ('g1','g2','good.txt') ORDER BY doc_id, n"; }
[ "$(dump "$T/good.db")" = "$(dump "$T/mixed.db")" ] || fail "good documents' SQLite rows differ"
exit 0
