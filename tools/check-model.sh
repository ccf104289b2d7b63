#!/bin/sh
# tools/check-model.sh - the shipped model's training record.
#
#   sh tools/check-model.sh                 verify (CI): exit 0 when current
#   sh tools/check-model.sh --write CMD F.. write the record (make model)
#
# The record, data/model/dyad-en.model.meta, holds the exact training
# command, the SHA-256 of the model file and of every training file.
# Verification fails (exit 1, with a message per problem) when the model
# file is not the recorded one, when `make model` would now run another
# command, or when a training file is missing or has changed: in each
# case the committed model no longer follows from the recorded inputs and
# must be retrained with `make model`.
set -u
model=data/model/dyad-en.model
meta=$model.meta

if [ "${1:-}" = "--write" ]; then
    cmd=$2
    shift 2
    {
        echo "# Training record of $model: written by 'make model',"
        echo "# verified by tools/check-model.sh (make check-model)."
        echo "command: $cmd"
        echo "model-sha256: $(sha256sum "$model" | cut -d' ' -f1)"
        for f in "$@"; do
            echo "data-sha256: $(sha256sum "$f" | cut -d' ' -f1) $f"
        done
    } > "$meta"
    echo "check-model: wrote $meta"
    exit 0
fi

fail=0
problem() { echo "check-model: $*" >&2; fail=1; }

[ -f "$meta" ] || { echo "check-model: $meta is missing; run 'make model'" >&2; exit 1; }
[ -f "$model" ] || { echo "check-model: $model is missing; run 'make model'" >&2; exit 1; }

want=$(sed -n 's/^model-sha256: //p' "$meta")
have=$(sha256sum "$model" | cut -d' ' -f1)
[ "$want" = "$have" ] || problem "$model has SHA-256 $have but the record says $want: the committed model is not the recorded one"

rec=$(sed -n 's/^command: //p' "$meta")
now=$(make -s --no-print-directory print-model-cmd 2>/dev/null)
[ "$rec" = "$now" ] || problem "training command changed: recorded '$rec', make model now runs '$now'"

n=0
while read -r tag sum path; do
    [ "$tag" = "data-sha256:" ] || continue
    n=$((n + 1))
    if [ ! -f "$path" ]; then
        problem "training file $path is missing"
        continue
    fi
    cur=$(sha256sum "$path" | cut -d' ' -f1)
    [ "$cur" = "$sum" ] || problem "training file $path changed: recorded $sum, now $cur"
done < "$meta"
[ "$n" -gt 0 ] || problem "$meta records no training files"

if [ "$fail" -ne 0 ]; then
    echo "check-model: the model is out of date; retrain with 'make model' and commit it" >&2
    exit 1
fi
echo "check-model: ok ($n training files, command and checksums current)"
