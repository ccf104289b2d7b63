# dyad - plain Makefile.  `make help` lists the targets.
#
# Knobs: CC=clang, BUILD=dir, SANITIZE=address,undefined (default build
# dir then becomes build-asan), OPT=-O0, PREFIX=/usr/local.

CC       ?= cc
PREFIX   ?= /usr/local
OPT      ?= -O2
SANITIZE ?=
PKGS     := jansson libutf8proc sqlite3 zlib

ifeq ($(SANITIZE),)
BUILD    ?= build
SANFLAGS :=
else
BUILD    ?= build-asan
SANFLAGS := -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all -DDY_ARENA_MALLOC
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN     := -Wall -Wextra -Werror -pedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) \
             -fPIC -Iinclude -Isrc $(PKG_CFLAGS) -MMD -MP \
             -DDYAD_DATADIR='"$(PREFIX)/share/dyad"'
LDLIBS   := $(PKG_LIBS) -lpthread -lm

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
TOOL_SRC := $(sort $(wildcard tools/*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TESTS    := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TOOLS    := $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)

STATIC   := $(BUILD)/libdyad.a
SHARED   := $(BUILD)/libdyad.so
DYAD     := $(BUILD)/dyad

# Keep the objects of tests and tools (make would delete them as
# intermediates of the pattern rules and rebuild them every time).
.SECONDARY:

.PHONY: all check test-run demo deps bench eval install uninstall clean help tools tests lint

all: $(STATIC) $(SHARED) $(DYAD)

ifeq ($(V),1)
Q :=
else
Q := @
endif

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(STATIC): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

$(SHARED): $(LIB_OBJ)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) -shared $(SANFLAGS) -Wl,-soname,libdyad.so.$(word 1,$(subst ., ,$(shell sed -n 's/^#define DYAD_VERSION_STRING "\(.*\)"/\1/p' include/dyad.h))) -o $@ $^ $(LDLIBS)

$(DYAD): $(CLI_OBJ) $(STATIC)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(SANFLAGS) -o $@ $(CLI_OBJ) $(STATIC) $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(STATIC)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(SANFLAGS) -o $@ $< $(STATIC) $(LDLIBS)

$(BUILD)/tools/%: $(BUILD)/obj/tools/%.o $(STATIC)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(CC) $(SANFLAGS) -o $@ $< $(STATIC) $(LDLIBS)

tests: $(TESTS)
tools: $(TOOLS)

# make check: installs missing Debian packages, builds, runs every test.
check:
	@sh tools/deps.sh --if-missing
	@$(MAKE) --no-print-directory test-run

test-run: all $(TESTS) $(TOOLS)
	@sh tests/run.sh $(BUILD)

# make demo: installs what is missing, builds, codes the bundled examples.
demo:
	@sh tools/deps.sh --if-missing
	@$(MAKE) --no-print-directory all
	$(DYAD) code examples/

deps:
	sh tools/deps.sh

bench: all $(TOOLS)
	@sh bench/run.sh $(BUILD)

eval: all $(TOOLS)
	@sh bench/eval.sh $(BUILD)

# Bans raw allocation and unsafe string calls outside the util seam.
lint:
	@sh tools/checksrc.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/dyad
	install -m 755 $(DYAD) $(DESTDIR)$(PREFIX)/bin/dyad
	install -m 644 $(STATIC) $(DESTDIR)$(PREFIX)/lib/libdyad.a
	install -m 755 $(SHARED) $(DESTDIR)$(PREFIX)/lib/libdyad.so
	install -m 644 include/dyad.h $(DESTDIR)$(PREFIX)/include/dyad.h
	cp -R data/. $(DESTDIR)$(PREFIX)/share/dyad/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/dyad $(DESTDIR)$(PREFIX)/lib/libdyad.a $(DESTDIR)$(PREFIX)/lib/libdyad.so $(DESTDIR)$(PREFIX)/include/dyad.h
	rm -rf $(DESTDIR)$(PREFIX)/share/dyad

clean:
	rm -rf build build-*

help:
	@echo "make            build libdyad.a, libdyad.so and dyad into $(BUILD)/"
	@echo "make check      install missing deps, build, run all tests"
	@echo "make demo       install missing deps, build, run dyad on examples/"
	@echo "make bench      speed benchmarks (numbers go to BENCHMARKS.md)"
	@echo "make eval       accuracy evaluations"
	@echo "make deps       apt-get install the build and test dependencies"
	@echo "make install    install under PREFIX (default /usr/local)"
	@echo "make SANITIZE=address,undefined check   sanitizer build in build-asan/"

# Module-specific targets (model training, fuzzing, ...) live in mk/.
-include $(wildcard mk/*.mk)
-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
