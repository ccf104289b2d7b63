#!/bin/sh
# bench/peers.sh DYAD MODEL REF [REPEAT] - `dyad code` on the peers' comparison
# corpus of ../shared/PEERS.md: the <Text> of the 76 <Sentence> records
# of REF/petrarch2/text/GigaWord.sample.PETR.xml, whitespace collapsed,
# repeated REPEAT times (default 264: 20,064 sentences), one JSON Lines
# document per record with the record's date (11 of the 76 have no
# text; the peers count them, dyad reports them as empty documents).
# Prints, for -j 1 and -j 2, records per second of wall time (the peers'
# measure), dyad's own sentence count and rate, events, CPU time and
# peak RSS, then the time to load the model and dictionaries (dyad code
# on one document).
set -eu
. "$(dirname "$0")/lib.sh"
dyad=$1
model=$2
ref=$3
repeat=${4:-264}
xml=$ref/petrarch2/text/GigaWord.sample.PETR.xml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk '
function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, " ", s); return s }
/<Sentence / {
    id = $0; sub(/.*id *= *"/, "", id); sub(/".*/, "", id)
    d = $0; sub(/.*date *= *"/, "", d); sub(/".*/, "", d)
    d = substr(d, 1, 4) "-" substr(d, 5, 2) "-" substr(d, 7, 2)
}
/<Text>/ { intext = 1; text = ""; next }
/<\/Text>/ {
    intext = 0
    gsub(/[ \t\r\n]+/, " ", text); sub(/^ /, "", text); sub(/ $/, "", text)
    printf "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"%s\"}\n", esc(id), d, esc(text)
    next
}
intext { text = text " " $0 }' "$xml" > "$tmp/one.jsonl"
records=$(wc -l < "$tmp/one.jsonl")
i=0
while [ $i -lt "$repeat" ]; do
    sed "s/^{\"id\":\"\([^\"]*\)\"/{\"id\":\"\1-r$i\"/" "$tmp/one.jsonl"
    i=$((i + 1))
done > "$tmp/peers.jsonl"
n=$((records * repeat))
for j in 1 2; do
    timed_run "$tmp" "$dyad" code --no-progress --model "$model" -j "$j" "$tmp/peers.jsonl"
    awk -v j="$j" -v s="$secs" -v n="$n" -v r="$records" -v x="$repeat" -v ds="$sents" \
        -v e="$events" -v m="$rss_kb" -v cpu="$cpu" 'BEGIN {
        printf "peers corpus (%d records x %d = %d), dyad code -j %d: %.2f s = %.0f records/s; %d sentences with text = %.0f sentences/s, %d events; CPU %.2f s; peak RSS %.1f MB\n",
            r, x, n, j, s, n / s, ds, ds / s, e, cpu, m / 1024 }'
done
head -n 1 "$tmp/one.jsonl" > "$tmp/first.jsonl"
for k in 1 2 3; do
    timed_run "$tmp" "$dyad" code --no-progress --model "$model" "$tmp/first.jsonl"
    echo "load + one document, run $k: $secs s, peak RSS $(awk -v m="$rss_kb" 'BEGIN { printf "%.1f", m / 1024 }') MB"
done
