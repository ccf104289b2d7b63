#!/bin/sh
# bench/udraw.sh DYAD UD_DIR [COMMAND [REPEAT]] - whole-program
# throughput of `dyad COMMAND` (default: sentences) on varied text: the
# raw text of every UD English EWT and GUM document (from the treebanks'
# "# text" lines, one JSONL document per "# newdoc", blank lines at
# "# newpar"), repeated REPEAT times (default 20) so a run lasts long
# enough to time.  Prints MB/s, sentences/s and tokens/s with -j 1 and
# -j 2 (tokens are dyad's own, from its summary line).
set -eu
. "$(dirname "$0")/lib.sh"
dyad=$1
ud=$2
cmd=${3:-sentences}
repeat=${4:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$ud"/UD_English-EWT/*.conllu "$ud"/UD_English-GUM/*.conllu; do
    awk '
    function flush() { if (doc != "") printf "{\"id\":\"%s\",\"text\":\"%s\"}\n", id, doc; doc = "" }
    function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, " ", s); return s }
    /^# newdoc id = / { flush(); id = esc(substr($0, 15)); next }
    /^# newpar/ { if (doc != "") doc = doc "\\n\\n"; next }
    /^# text = / { t = esc(substr($0, 10)); doc = (doc == "" || doc ~ /\\n\\n$/) ? doc t : doc " " t; next }
    END { flush() }' "$f"
done > "$tmp/ud1.jsonl"
i=0
while [ $i -lt "$repeat" ]; do cat "$tmp/ud1.jsonl"; i=$((i + 1)); done > "$tmp/ud.jsonl"
size=$(stat -c %s "$tmp/ud.jsonl")
for j in 1 2; do
    timed_run "$tmp" "$dyad" "$cmd" --no-progress -j "$j" "$tmp/ud.jsonl"
    awk -v j="$j" -v s="$secs" -v b="$size" -v n="$sents" -v t="$toks" -v r="$rss_kb" \
        -v c="$cmd" -v x="$repeat" -v cpu="$cpu" 'BEGIN {
        printf "UD raw text x%d, dyad %s -j %d: %.1f MB in %.2f s = %.2f MB/s, %d sentences = %.0f sentences/s, %d tokens = %.0f tokens/s, peak RSS %.1f MB; CPU %.2f s = %.0f tokens per CPU-second\n",
            x, c, j, b / 1e6, s, b / 1e6 / s, n, n / s, t, t / s, r / 1024, cpu, t / cpu }'
done
