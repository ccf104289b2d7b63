#!/bin/sh
# bench/corpus.sh DYAD CORPUS - throughput and peak memory of
# `dyad sentences` on a JSONL corpus, with one and two worker threads.
set -eu
dyad=$1
corpus=$2
size=$(stat -c %s "$corpus")
for j in 1 2; do
    log=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$log.time" "$dyad" sentences --no-progress -j "$j" "$corpus" >/dev/null 2>"$log" || true
    read -r secs rss_kb < "$log.time"
    sents=$(sed -n 's/.* \([0-9][0-9]*\) sentences,.*/\1/p' "$log" | tail -n 1)
    awk -v j="$j" -v s="$secs" -v b="$size" -v n="${sents:-0}" -v r="$rss_kb" 'BEGIN {
        printf "dyad sentences -j %d: %.1f MB in %.2f s = %.1f MB/s, %d sentences = %.0f sentences/s, peak RSS %.1f MB\n",
            j, b / 1e6, s, b / 1e6 / s, n, n / s, r / 1024 }'
    rm -f "$log" "$log.time"
done
