# bench/lib.sh - sourced by the bench scripts.
#
# timed_run DIR CMD...: runs CMD with /usr/bin/time, its output thrown
# away and its error stream in DIR/log, and sets secs (wall), rss_kb
# (peak), cpu (user + system seconds), and, from dyad's summary line,
# sents, toks and events (0 when absent).  A failing CMD is reported on
# the error stream; the figures are still set.
timed_run() {
    dir=$1
    shift
    if ! /usr/bin/time -f '%e %M %U %S' -o "$dir/time" "$@" >/dev/null 2>"$dir/log"; then
        echo "bench: '$*' failed, see the figures with care: $(tail -n 1 "$dir/log")" >&2
    fi
    read -r secs rss_kb usr sys < "$dir/time"
    cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    sents=$(sed -n 's/.* \([0-9][0-9]*\) sentences,.*/\1/p' "$dir/log" | tail -n 1)
    toks=$(sed -n 's/.* \([0-9][0-9]*\) tokens,.*/\1/p' "$dir/log" | tail -n 1)
    events=$(sed -n 's/.*; \([0-9][0-9]*\) events,.*/\1/p' "$dir/log" | tail -n 1)
    sents=${sents:-0}
    toks=${toks:-0}
    events=${events:-0}
}
