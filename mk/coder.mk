# mk/coder.mk - targets of module coder (included by the Makefile).
#
# make eval-coder         every suite below; numbers go to BENCHMARKS.md
#                         ("## Event coding").  Needs the trained model
#                         ($(CODER_MODEL)) except for eval-coder-gold.
# make eval-coder-gold    UD-PETRARCH records coded from their shipped
#                         CoNLL-U parses: the coder alone, no parser.
# make eval-coder-ud      the same records from raw text (dyad's parser)
# make eval-coder-petr    PETRARCH-1 unit tests, raw text
# make eval-coder-tabari  TABARI Validate.text
# make eval-coder-plover  PLOVER GSR (CAMEO manual sentences), dyad's dicts
# make eval-coder-article ../shared/examples article: events and quotes
# make bench-coder        `dyad code` speed end to end, -j 1 and -j 2
# make bench-peers        the same on the peers' comparison corpus
#                         (../shared/PEERS.md), side by side with theirs
REF          ?= $(or $(DYAD_SHARED),../shared)/reference
CODER_MODEL  ?= data/model/dyad-en.model
EVALCODER    := $(BUILD)/tools/dyad-evalcoder
UDP          := $(REF)/universalpetrarch/dev-validate/validate
PETR         := $(REF)/petrarch2
TAB          := $(REF)/tabari
UDP_DICTS    := --dict $(UDP)/PETR_Validate_verbs_2_02.txt --dict $(UDP)/PETR_Validate_actors_2_02.txt \
                --dict $(UDP)/PETR_Validate_agents_2_02.txt --dict $(UDP)/PETR_Validate_discards_2_02.txt \
                --dict data/dict/cameo.dict
PETR_DICTS   := --dict $(PETR)/dictionaries/PETR.Validate.verbs.txt \
                --dict $(PETR)/dictionaries/PETR.Validate.actors.txt \
                --dict $(PETR)/dictionaries/PETR.Validate.agents.txt \
                --dict $(PETR)/dictionaries/PETR.Validate.discards.txt --dict data/dict/cameo.dict
TAB_DICTS    := --dict $(TAB)/TABARI.Demo.verbs --dict $(TAB)/TABARI.Demo.actors \
                --dict $(TAB)/Validate.agents --dict data/dict/cameo.dict
# The triple suites expect dyads and code "will X" as X (their convention).
SUITE_FLAGS  := --require-target --literal-future
EXAMPLE      ?= $(or $(DYAD_SHARED),../shared)/examples

.PHONY: eval-coder eval-coder-gold eval-coder-ud eval-coder-petr eval-coder-tabari \
        eval-coder-plover eval-coder-article bench-coder bench-peers

eval-coder-gold: $(EVALCODER)
	@echo "== UD-PETRARCH 2_02, shipped UD parses (coder only)"
	@$(EVALCODER) --suite ud --gold-parse $(SUITE_FLAGS) $(UDP_DICTS) $(UDP)/PETR_Validate_records_2_02.xml

eval-coder-ud: $(EVALCODER)
	@echo "== UD-PETRARCH 2_02, raw text through dyad's parser"
	@$(EVALCODER) --suite ud --model $(CODER_MODEL) $(SUITE_FLAGS) $(UDP_DICTS) $(UDP)/PETR_Validate_records_2_02.xml

eval-coder-petr: $(EVALCODER)
	@echo "== PETRARCH-1 unit tests, raw text"
	@$(EVALCODER) --suite petr --model $(CODER_MODEL) $(SUITE_FLAGS) $(PETR_DICTS) $(PETR)/text/PETR.UnitTest.records.xml

eval-coder-tabari: $(EVALCODER)
	@echo "== TABARI Validate.text"
	@$(EVALCODER) --suite tabari --model $(CODER_MODEL) $(SUITE_FLAGS) $(TAB_DICTS) $(TAB)/Validate.text

eval-coder-plover: $(EVALCODER)
	@echo "== PLOVER GSR (CAMEO manual examples), dyad's own dictionaries"
	@$(EVALCODER) --suite plover --model $(CODER_MODEL) --dict data/dict/dyad.dict \
		$(REF)/plover/PLOVER_GSR_CAMEO.txt

eval-coder-article: $(DYAD)
	@sh bench/coder-article.sh $(DYAD) $(CODER_MODEL) $(EXAMPLE)

bench-coder: $(DYAD)
	@sh bench/coder-speed.sh $(DYAD) $(CODER_MODEL)

bench-peers: $(DYAD)
	@sh bench/peers.sh $(DYAD) $(CODER_MODEL) $(REF)

eval-coder: eval-coder-gold eval-coder-ud eval-coder-petr eval-coder-tabari eval-coder-plover \
            eval-coder-article bench-coder
