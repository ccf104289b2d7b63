#!/bin/sh
# tools/checksrc.sh - source rules that the compiler cannot check:
#  1. no raw libc allocation in the library outside src/util/ (the seam);
#     the program in src/cli/ may allocate directly;
#  2. no unsafe or error-swallowing string calls anywhere in src/;
#  3. no abort()/exit() in library code.
set -u
cd "$(dirname "$0")/.."
lib_files=$(find src -name '*.c' -o -name '*.h' | grep -vE '^src/(util|cli)/')
all_files=$(find src -name '*.c' -o -name '*.h')
status=0
alloc=$(grep -nE '(^|[^_a-zA-Z0-9.>])(malloc|calloc|realloc|strdup|strndup|free)\(' $lib_files | grep -vE '^\S+:\s*(/?\*|//)')
unsafe=$(grep -nE '(^|[^_a-zA-Z0-9])(strcpy|strcat|sprintf|vsprintf|strtok|atoi|atol|atof|gets)\(' $all_files | grep -vE '^\S+:\s*(/?\*|//)')
quit=$(grep -nE '(^|[^_a-zA-Z0-9])(abort|exit)\(' $lib_files | grep -vE '^\S+:\s*(/?\*|//)')
if [ -n "$alloc" ]; then echo "checksrc: raw allocation outside src/util (use dy_malloc & co.):"; echo "$alloc"; status=1; fi
if [ -n "$unsafe" ]; then echo "checksrc: banned string calls (use snprintf, dy_buf, strtol):"; echo "$unsafe"; status=1; fi
if [ -n "$quit" ]; then echo "checksrc: library code must return errors, not abort or exit:"; echo "$quit"; status=1; fi
[ "$status" -eq 0 ] && echo "checksrc: ok"
exit "$status"
