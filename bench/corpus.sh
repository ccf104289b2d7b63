#!/bin/sh
# bench/corpus.sh DYAD CORPUS - throughput and peak memory of
# `dyad sentences` on a JSONL corpus, with one and two worker threads.
set -eu
. "$(dirname "$0")/lib.sh"
dyad=$1
corpus=$2
size=$(stat -c %s "$corpus")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for j in 1 2; do
    timed_run "$tmp" "$dyad" sentences --no-progress -j "$j" "$corpus"
    awk -v j="$j" -v s="$secs" -v b="$size" -v n="$sents" -v r="$rss_kb" 'BEGIN {
        printf "dyad sentences -j %d: %.1f MB in %.2f s = %.1f MB/s, %d sentences = %.0f sentences/s, peak RSS %.1f MB\n",
            j, b / 1e6, s, b / 1e6 / s, n, n / s, r / 1024 }'
done
