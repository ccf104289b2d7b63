#!/bin/sh
# bench/coder-speed.sh DYAD MODEL - end-to-end speed of `dyad code`
# (ingest -> tokens -> tags + parse -> coding -> JSONL) on a generated
# news-like JSONL corpus (tools/gencorpus), one and two worker threads,
# with sentences/s, events and peak RSS.  CODER_MB sets the corpus size.
set -eu
dyad=$1
model=$2
mb=${CODER_MB:-8}
build=$(dirname "$dyad")
corpus=${CODER_CORPUS:-/tmp/dyad-coder-$mb.jsonl}
[ -s "$corpus" ] || "$build/tools/gencorpus" "$mb" > "$corpus"
size=$(stat -c %s "$corpus")
for j in 1 2; do
    log=$(mktemp)
    /usr/bin/time -f '%e %M' -o "$log.time" "$dyad" code --no-progress --model "$model" -j "$j" "$corpus" >/dev/null 2>"$log" || true
    read -r secs rss_kb < "$log.time"
    sents=$(sed -n 's/.* \([0-9][0-9]*\) sentences,.*/\1/p' "$log" | tail -n 1)
    events=$(sed -n 's/.*; \([0-9][0-9]*\) events,.*/\1/p' "$log" | tail -n 1)
    awk -v j="$j" -v s="$secs" -v b="$size" -v n="${sents:-0}" -v e="${events:-0}" -v r="$rss_kb" 'BEGIN {
        printf "dyad code -j %d: %.1f MB in %.2f s, %d sentences = %.0f sentences/s, %d events, peak RSS %.1f MB\n",
            j, b / 1e6, s, n, n / s, e, r / 1024 }'
    rm -f "$log" "$log.time"
done
