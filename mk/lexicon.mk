# mk/lexicon.mk - lexicon targets.
#   make eval-dict   dictionary coverage report (numbers for BENCHMARKS.md)
#   make check-dict  `dyad dict check` on dyad's own dictionaries

.PHONY: eval-dict check-dict

check-dict: $(DYAD)
	$(DYAD) dict check data/dict/dyad.dict

eval-dict: $(DYAD)
	@/usr/bin/python3 tools/eval_dict.py $(DYAD)
