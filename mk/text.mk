# mk/text.mk - targets of module text (included by the Makefile).
#
# make eval-text   sentence/token F1 of dy_text_analyze against UD English
#                  EWT and GUM (CoNLL 2018 definitions) and its speed over
#                  all UD raw text; numbers go to BENCHMARKS.md.
UD_DIR ?= $(or $(DYAD_SHARED),../shared)/data/ud
UD_EWT := $(UD_DIR)/UD_English-EWT
UD_GUM := $(UD_DIR)/UD_English-GUM

.PHONY: eval-text

eval-text: $(BUILD)/tools/udseg
	@echo "== all documents"
	$(BUILD)/tools/udseg --reps 1 $(UD_EWT)/en_ewt-ud-test.conllu $(UD_EWT)/en_ewt-ud-dev.conllu \
		$(UD_GUM)/en_gum-ud-test.conllu $(UD_GUM)/en_gum-ud-dev.conllu
	@echo "== news-like: GUM documents GUM_news_*"
	$(BUILD)/tools/udseg --reps 1 --prefix GUM_news $(UD_GUM)/en_gum-ud-test.conllu \
		$(UD_GUM)/en_gum-ud-dev.conllu $(UD_GUM)/en_gum-ud-train.conllu
	@echo "== speed over all UD raw text (EWT + GUM, train/dev/test)"
	$(BUILD)/tools/udseg --reps 5 $(UD_EWT)/en_ewt-ud-train.conllu $(UD_EWT)/en_ewt-ud-dev.conllu \
		$(UD_EWT)/en_ewt-ud-test.conllu $(UD_GUM)/en_gum-ud-train.conllu \
		$(UD_GUM)/en_gum-ud-dev.conllu $(UD_GUM)/en_gum-ud-test.conllu | tail -n 1
