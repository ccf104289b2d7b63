# mk/reliability.mk - memory and static checks (docs/RELIABILITY.md).
#
#   make valgrind   builds build-valgrind/ at -O1 with -DDY_ARENA_MALLOC
#                   (every arena allocation a separate heap block, so
#                   memcheck sees each one) and runs tests/run.sh with
#                   every test program wrapped in valgrind; a memcheck
#                   error or a definite leak fails the test (exit 99).
#   make analyze    cppcheck (warning, portability, performance) and
#                   gcc -fanalyzer over src/; fails on any report.
#                   ANALYZE_DIRS narrows it (default: all of src/).

VALGRIND_WRAP ?= valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
ANALYZE_DIRS  ?= src

.PHONY: valgrind analyze

valgrind:
	@$(MAKE) --no-print-directory BUILD=build-valgrind SANITIZE= \
		CFLAGS="-O1 -g -DDY_ARENA_MALLOC" all tests tools
	DYAD_TEST_WRAP="$(VALGRIND_WRAP)" sh tests/run.sh build-valgrind

analyze:
	cppcheck -q --enable=warning,portability,performance --std=c11 --inline-suppr \
		--error-exitcode=1 -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc $(ANALYZE_DIRS)
	@status=0; for f in $$(find $(ANALYZE_DIRS) -name '*.c' | sort); do \
		out=$$(gcc -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -fanalyzer \
			-Iinclude -Isrc $(PKG_CFLAGS) -c $$f -o /dev/null 2>&1); \
		if [ -n "$$out" ]; then echo "$$out"; status=1; fi; \
	done; [ $$status -eq 0 ] && echo "analyze: gcc -fanalyzer clean"; exit $$status
