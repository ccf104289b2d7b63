#!/bin/sh
# bench/coder-speed.sh DYAD MODEL - end-to-end speed of `dyad code`
# (ingest -> tokens -> tags + parse -> coding -> JSONL) on a generated
# news-like JSONL corpus (tools/gencorpus), one and two worker threads,
# with sentences/s, events and peak RSS.  CODER_MB sets the corpus size.
set -eu
. "$(dirname "$0")/lib.sh"
dyad=$1
model=$2
mb=${CODER_MB:-8}
build=$(dirname "$dyad")
corpus=${CODER_CORPUS:-/tmp/dyad-coder-$mb.jsonl}
[ -s "$corpus" ] || "$build/tools/gencorpus" "$mb" > "$corpus"
size=$(stat -c %s "$corpus")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for j in 1 2; do
    timed_run "$tmp" "$dyad" code --no-progress --model "$model" -j "$j" "$corpus"
    awk -v j="$j" -v s="$secs" -v b="$size" -v n="$sents" -v e="$events" -v r="$rss_kb" 'BEGIN {
        printf "dyad code -j %d: %.1f MB in %.2f s, %d sentences = %.0f sentences/s, %d events, peak RSS %.1f MB\n",
            j, b / 1e6, s, n, n / s, e, r / 1024 }'
done
