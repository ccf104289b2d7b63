#!/bin/sh
# tools/checksrc.sh - source rules that the compiler cannot check:
#  1. no raw libc allocation in the library outside src/util/ (the seam);
#     the program in src/cli/ may allocate directly;
#  2. no unsafe or error-swallowing string calls anywhere in src/;
#  3. no abort()/exit() in library code;
#  4. the generated dictionaries (data/dict/cameo.dict, countries.dict,
#     verbs.dict) are what their generators in tools/ write today, so an
#     edit to a generated file or a generator not re-run is caught.
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
py=/usr/bin/python3
shared=${DYAD_SHARED:-../shared}
if [ ! -x "$py" ]; then
    echo "checksrc: $py is missing (tools/deps.sh installs python3): cannot check data/dict"; status=1
else
    for g in cameo countries verbs; do
        arg=
        if [ "$g" = cameo ]; then
            if [ ! -d "$shared/reference" ]; then
                echo "checksrc: $shared/reference not found (set DYAD_SHARED): cameo.dict not checked"
                continue
            fi
            arg=$shared
        fi
        # shellcheck disable=SC2086
        if ! "$py" "tools/gen_$g.py" $arg 2>/dev/null | cmp -s - "data/dict/$g.dict"; then
            echo "checksrc: data/dict/$g.dict differs from what tools/gen_$g.py writes;"
            echo "  regenerate it: $py tools/gen_$g.py${arg:+ $arg} > data/dict/$g.dict"
            status=1
        fi
    done
fi
[ "$status" -eq 0 ] && echo "checksrc: ok"
exit "$status"
