# mk/gold.mk - the development gold set (docs/GOLD.md).
#
#   make eval-gold         scores dyad on bench/gold/*.gold (hand-coded
#                          events of the GUM news documents); numbers go to
#                          BENCHMARKS.md ("## Development gold set")
#   make gold-misses       the same, listing every missed and extra event
#                          (not named eval-*: `make eval` runs those all)
#   make eval-gold-fresh   scores dyad on bench/gold/fresh/*.gold: GUM news
#                          documents coded by hand after the coder's rules
#                          were written and never used to develop them (the
#                          generalisation figure; docs/GOLD.md)
#   make eval-gold-ewt     scores dyad on bench/gold/ewt/*.gold (weblog news
#                          commentary of UD EWT train; development data)
#   make gold-misses-ewt   the same, listing every missed and extra event
#   make check-gold        checks the gold files only (format, sent_ids,
#                          coverage); no model needed
#
# The treebank text is read from $(GOLD_UD_DIR)/UD_English-{GUM,EWT}: UD_DIR when
# set in the environment or on the command line, else
# $(DYAD_SHARED)/data/ud, else ../shared/data/ud.  GOLD_FLAGS adds options
# (`make eval-gold GOLD_FLAGS="--dict my.dict"`).
GOLD_FILES   = $(sort $(wildcard bench/gold/*.gold))
GOLD_FRESH   = $(sort $(wildcard bench/gold/fresh/*.gold))
GOLD_EWT     = $(sort $(wildcard bench/gold/ewt/*.gold))
GOLD_UD_DIR  = $(if $(filter environment command line,$(origin UD_DIR)),$(UD_DIR),$(or $(DYAD_SHARED:%=%/data/ud),../shared/data/ud))
EVALGOLD     := $(BUILD)/tools/dyad-evalgold
GOLD_FLAGS   ?=
GOLD_CMD     = $(EVALGOLD) --ud-dir $(GOLD_UD_DIR) --model data/model/dyad-en.model \
               --dict data/dict/dyad.dict $(GOLD_FLAGS)

.PHONY: eval-gold eval-gold-fresh eval-gold-ewt gold-misses gold-misses-ewt check-gold

eval-gold: $(EVALGOLD)
	@echo "== development gold set: $(GOLD_FILES)"
	@$(if $(GOLD_FILES),$(GOLD_CMD) $(GOLD_FILES),echo "no bench/gold/*.gold yet")

eval-gold-fresh: $(EVALGOLD)
	@echo "== fresh gold set (never used to develop the coder): $(GOLD_FRESH)"
	@$(if $(GOLD_FRESH),$(GOLD_CMD) $(GOLD_FRESH),echo "no bench/gold/fresh/*.gold yet")

eval-gold-ewt: $(EVALGOLD)
	@echo "== EWT weblog news development set: $(GOLD_EWT)"
	@$(if $(GOLD_EWT),$(GOLD_CMD) $(GOLD_EWT),echo "no bench/gold/ewt/*.gold yet")

gold-misses-ewt: $(EVALGOLD)
	@$(if $(GOLD_EWT),$(GOLD_CMD) -v $(GOLD_EWT),echo "no bench/gold/ewt/*.gold yet")

gold-misses: $(EVALGOLD)
	@$(if $(GOLD_FILES),$(GOLD_CMD) -v $(GOLD_FILES),echo "no bench/gold/*.gold yet")

check-gold: $(EVALGOLD)
	@$(if $(GOLD_FILES),$(GOLD_CMD) --check $(GOLD_FILES) $(GOLD_FRESH) $(GOLD_EWT),echo "no bench/gold/*.gold yet")
