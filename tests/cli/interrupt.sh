# Safe output under interruption.  SQLite: `dyad sentences --db` over a
# generated corpus is killed (SIGKILL, then separately SIGINT) in the
# middle (input held back through a FIFO, see run_until); the database must pass PRAGMA integrity_check, every document
# in it must have all its sentences (as in a clean run), and re-running
# the same input on the same database must end with the content of an
# uninterrupted run (run_at timestamps aside).  JSONL: SIGINT in the
# middle leaves output that ends with a complete line, every line
# parses, and the output is the clean run's output cut at a document
# boundary.  CSV: the same, with RFC 4180 records.
. tests/cli/lib.inc
gen=$(dirname "$DYAD")/tools/gencorpus
[ -x "$gen" ] || fail "$gen not built (make tools)"
"$gen" 16 7 > "$T/c.jsonl" 2>/dev/null || fail "gencorpus"

# Every run reads the corpus through the FIFO $T/in.jsonl, so that all
# runs have the same origin and an interrupted run cannot finish early:
# its feeder writes the first half of the corpus and then holds the pipe
# open, so the signal always lands in the middle, however loaded the
# machine is.
half=$(( $(wc -l < "$T/c.jsonl") / 2 ))
mkfifo "$T/in.jsonl" || fail "mkfifo"
# feed_all: the whole corpus into the FIFO (background).
feed_all() { cat "$T/c.jsonl" > "$T/in.jsonl" & }
# size FILE...: total bytes of the files that exist
size() { cat "$@" 2>/dev/null | wc -c; }
# run_until BYTES SIG OUTFILES -- CMD...: starts CMD on the half-fed
# FIFO, sends SIG once the output files hold BYTES bytes, and fails if
# CMD had finished or never wrote that much.
run_until() {
    want=$1; sig=$2; files=$3; shift 4
    sh -c 'head -n "$1" "$2"; exec sleep 600' _ "$half" "$T/c.jsonl" > "$T/in.jsonl" &
    feeder=$!
    "$@" >/dev/null 2>"$T/int.err" &
    pid=$!
    i=0
    while [ "$(size $files)" -lt "$want" ]; do
        kill -0 "$pid" 2>/dev/null || break
        i=$((i + 1)); [ "$i" -lt 6000 ] || break
        sleep 0.01
    done
    [ "$(size $files)" -ge "$want" ] || { kill "$pid" "$feeder" 2>/dev/null; cat "$T/int.err" >&2; fail "$* wrote under $want bytes"; }
    kill -"$sig" "$pid" 2>/dev/null || { kill "$feeder"; cat "$T/int.err" >&2; fail "$* finished before SIG$sig could be sent"; }
    wait "$pid"
    rc=$?
    kill "$feeder" 2>/dev/null
    wait "$feeder" 2>/dev/null
}
# table dumps without run_at, in a stable order
dump() {
    sqlite3 "$1" "SELECT id, seq, date, title, url, source, origin, status, reason, warning, extra,
                         n_sentences, n_tokens, utf8_repaired, n_boilerplate FROM documents ORDER BY id;
                  SELECT * FROM sentences ORDER BY doc_id, n;
                  SELECT seq, origin, id, code, reason FROM rejects ORDER BY seq;"
}

feed_all; expect_exit 0 "$DYAD" sentences -j 2 --db "$T/clean.db" "$T/in.jsonl"
total=$(sqlite3 "$T/clean.db" 'SELECT count(*) FROM documents')
dump "$T/clean.db" > "$T/clean.dump"

for sig in KILL INT; do
    db="$T/int-$sig.db"
    run_until 1500000 "$sig" "$db $db-wal $db-journal" -- "$DYAD" sentences -j 2 --db "$db" "$T/in.jsonl"
    if [ "$sig" = INT ]; then
        [ "$rc" -eq 2 ] || fail "SIGINT: exit $rc, expected 2"
        grep -q 'interrupted; output holds the first' "$T/int.err" || fail "SIGINT: no message"
    else
        [ "$rc" -eq 137 ] || fail "SIGKILL: exit $rc, expected 137"
    fi
    [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "SIG$sig: integrity_check"
    n=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
    [ "$n" -gt 0 ] && [ "$n" -lt "$total" ] || fail "SIG$sig: $n of $total documents: not interrupted in the middle"
    # Whole documents only: each one has exactly the clean run's sentences.
    diff=$(sqlite3 "$db" "ATTACH '$T/clean.db' AS c;
        SELECT count(*) FROM (
          SELECT doc_id, n, para, start, \"end\", text FROM sentences
          EXCEPT SELECT s.doc_id, s.n, s.para, s.start, s.\"end\", s.text FROM c.sentences s
                 JOIN documents d ON d.id = s.doc_id
          UNION ALL
          SELECT s.doc_id, s.n, s.para, s.start, s.\"end\", s.text FROM c.sentences s
                 JOIN documents d ON d.id = s.doc_id
          EXCEPT SELECT doc_id, n, para, start, \"end\", text FROM sentences);
        SELECT count(*) FROM documents d
          WHERE n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id);")
    [ "$diff" = "0
0" ] || fail "SIG$sig: documents with missing or extra sentences ($diff)"
    # Resume: same input, same database -> same content as the clean run.
    feed_all; expect_exit 0 "$DYAD" sentences -j 2 --db "$db" "$T/in.jsonl"
    grep -q "$n already in the database" "$T/err" || { cat "$T/err"; fail "SIG$sig: resume skip count"; }
    dump "$db" > "$T/int.dump"
    cmp -s "$T/clean.dump" "$T/int.dump" || fail "SIG$sig: resumed database differs from a clean run"
done

# JSONL: SIGINT in the middle.
feed_all; expect_exit 0 "$DYAD" sentences -j 2 -o "$T/clean.jsonl" "$T/in.jsonl"
run_until 2000000 INT "$T/int.jsonl" -- "$DYAD" sentences -j 2 -o "$T/int.jsonl" "$T/in.jsonl"
[ "$rc" -eq 2 ] || fail "JSONL SIGINT: exit $rc, expected 2"
n=$(wc -l < "$T/int.jsonl")
[ "$n" -gt 0 ] && [ "$n" -lt "$(wc -l < "$T/clean.jsonl")" ] || fail "JSONL: $n lines, not interrupted in the middle"
[ "$(tail -c 1 "$T/int.jsonl" | od -An -c | tr -d ' ')" = '\n' ] || fail "JSONL: last line incomplete"
/usr/bin/python3 -c '
import json, sys
for i, l in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    json.loads(l)
' "$T/int.jsonl" || fail "JSONL: a line does not parse"
head -n "$n" "$T/clean.jsonl" | cmp -s - "$T/int.jsonl" || fail "JSONL: output is not a prefix of the clean run"
last=$(sed -n "${n}p" "$T/clean.jsonl" | sed 's/^{"doc":"\([^"]*\)".*/\1/')
next=$(sed -n "$((n + 1))p" "$T/clean.jsonl" | sed 's/^{"doc":"\([^"]*\)".*/\1/')
[ "$last" != "$next" ] || fail "JSONL: output ends inside document $last"

# CSV: the same, records may span lines (RFC 4180 quoting).
feed_all; expect_exit 0 "$DYAD" sentences -j 2 -f csv -o "$T/clean.csv" "$T/in.jsonl"
run_until 2000000 INT "$T/int.csv" -- "$DYAD" sentences -j 2 -f csv -o "$T/int.csv" "$T/in.jsonl"
[ "$rc" -eq 2 ] || fail "CSV SIGINT: exit $rc, expected 2"
[ "$(tail -c 1 "$T/int.csv" | od -An -c | tr -d ' ')" = '\n' ] || fail "CSV: last line incomplete"
n=$(wc -c < "$T/int.csv")
[ "$n" -lt "$(wc -c < "$T/clean.csv")" ] || fail "CSV: not interrupted in the middle"
head -c "$n" "$T/clean.csv" | cmp -s - "$T/int.csv" || fail "CSV: output is not a prefix of the clean run"
/usr/bin/python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows), "ragged CSV"
' "$T/int.csv" || fail "CSV: records do not parse whole"
exit 0
