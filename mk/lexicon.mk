# mk/lexicon.mk - lexicon targets.
#   make dyad-dict   stand-alone `dyad dict` program ($(BUILD)/dyad-dict)
#   make eval-dict   dictionary coverage report (numbers for BENCHMARKS.md)
#   make check-dict  `dyad dict check` on dyad's own dictionaries

DICT_TOOL := $(BUILD)/dyad-dict

.PHONY: dyad-dict eval-dict check-dict

$(DICT_TOOL): $(BUILD)/obj/tools/lexicon/dict_main.o $(BUILD)/obj/src/cli/cmd_dict.o $(STATIC)
	$(CC) $(SANFLAGS) -o $@ $^ $(LDLIBS)

dyad-dict: $(DICT_TOOL)

check-dict: $(DICT_TOOL)
	$(DICT_TOOL) check data/dict/dyad.dict

eval-dict: $(DICT_TOOL)
	@/usr/bin/python3 tools/eval_dict.py $(DICT_TOOL)
