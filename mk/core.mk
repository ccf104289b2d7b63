# mk/core.mk - whole-pipeline benchmarks.

CORPUS_MB ?= 1024
CORPUS    ?= /tmp/dyad-corpus-$(CORPUS_MB)M.jsonl

$(CORPUS): $(BUILD)/tools/gencorpus
	$(BUILD)/tools/gencorpus $(CORPUS_MB) > $@.tmp && mv $@.tmp $@

# Streaming: `dyad sentences` over a generated corpus (default 1 GiB),
# with -j 1 and -j 2; prints wall time, MB/s, sentences/s and peak RSS.
bench-corpus: $(DYAD) $(CORPUS)
	@sh bench/corpus.sh $(DYAD) $(CORPUS)

# Varied text: the raw text of the UD English treebanks.
bench-udraw: $(DYAD)
	@sh bench/udraw.sh $(DYAD) $(or $(DYAD_SHARED),../shared)/data/ud

# The whole parser pipeline on the same text: `dyad parse` (ingest,
# tokenise, tag, parse, CoNLL-U out), tokens/s with -j 1 and -j 2.
bench-parse-raw: $(DYAD)
	@sh bench/udraw.sh $(DYAD) $(or $(DYAD_SHARED),../shared)/data/ud parse 2

# `dyad code` end to end (parse + code + JSONL) on the same real text.
bench-code-raw: $(DYAD)
	@sh bench/udraw.sh $(DYAD) $(or $(DYAD_SHARED),../shared)/data/ud code 1
