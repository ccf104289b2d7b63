# mk/fuzz.mk - libFuzzer targets (fuzz/fuzz_<name>.c), see docs/RELIABILITY.md.
#
#   make fuzz                         builds build-fuzz/fuzz_* with clang:
#                                     library objects with
#                                     -fsanitize=fuzzer-no-link,address,undefined,
#                                     targets linked with -fsanitize=fuzzer,...
#   make fuzz-run FUZZ_SECONDS=60     replays fuzz/regressions/, then runs each
#                                     target FUZZ_SECONDS (FUZZ_JOBS at a time,
#                                     niced); fails on any crash
#   make fuzz-regress                 replays fuzz/regressions/ only

FUZZ_SECONDS ?= 60
FUZZ_JOBS    ?= 2
FUZZ_TARGETS ?=
FUZZ_SRC     := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_SAN     := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
                -fno-sanitize-recover=all -DDY_ARENA_MALLOC

.PHONY: fuzz fuzz-bins fuzz-run fuzz-regress

fuzz:
	@$(MAKE) --no-print-directory CC=clang BUILD=build-fuzz OPT=-O1 SANITIZE= \
		SANFLAGS="$(FUZZ_SAN)" fuzz-bins

ifeq ($(BUILD),build-fuzz)
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=build-fuzz/%)
fuzz-bins: $(FUZZ_BIN)

build-fuzz/fuzz_%: fuzz/fuzz_%.c $(wildcard fuzz/*.h) $(STATIC)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  FUZZ    $<")
	$(Q)$(CC) $(filter-out -MMD -MP,$(ALL_CFLAGS)) -fsanitize=fuzzer,address,undefined \
		-o $@ $< $(STATIC) $(LDLIBS)
endif

fuzz-run: fuzz
	sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_TARGETS)

fuzz-regress: fuzz
	sh fuzz/run.sh 0 $(FUZZ_JOBS) $(FUZZ_TARGETS)
