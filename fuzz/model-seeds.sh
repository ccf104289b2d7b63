#!/bin/sh
# fuzz/model-seeds.sh [BUILD] - writes the seed corpus of fuzz_model
# (fuzz/corpus/model/) from a model trained by BUILD/tools/dyad-train on
# the one-sentence treebank fuzz/model-seed.conllu (written for this;
# weights pruned so the file is small): the whole file, a copy with
# every weight kept, a truncated file and a bare header.  Each seed
# starts with the option byte of fuzz_model.c (1 = fix up checksums).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
out=fuzz/corpus/model
tmp=$(mktemp -d /tmp/dyad-modelseed.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
"$build/tools/dyad-train" --out "$tmp/small.model" --seed 1 --epochs 1 --tag-epochs 1 \
    --prune 100 fuzz/model-seed.conllu 2>/dev/null
"$build/tools/dyad-train" --out "$tmp/full.model" --seed 1 --epochs 1 --tag-epochs 1 \
    --prune 0.5 fuzz/model-seed.conllu 2>/dev/null
rm -rf "$out"
mkdir -p "$out"
{ printf '\000'; cat "$tmp/small.model"; } > "$out/small"
{ printf '\001'; cat "$tmp/small.model"; } > "$out/small-fixup"
{ printf '\001'; cat "$tmp/full.model"; } > "$out/pruned-fixup"
{ printf '\000'; head -c 1024 "$tmp/small.model"; } > "$out/truncated"
{ printf '\001'; head -c 32 "$tmp/small.model"; } > "$out/header"
ls -l "$out"
