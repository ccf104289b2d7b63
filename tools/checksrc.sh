#!/bin/sh
# tools/checksrc.sh - bans raw libc allocation and unsafe string calls in
# src/ outside src/util/ (the seam), and abort/exit in the library.
set -u
bad=$(grep -nE '\b(malloc|calloc|realloc|strdup|strndup|free|strcpy|strcat|sprintf|vsprintf|strtok|atoi|atol|gets)\(' \
    $(find src -name '*.c' -o -name '*.h' | grep -v '^src/util/') | grep -vE '(dy_|sqlite3_|json_|utf8proc_|//|\* )' )
lib=$(grep -nE '\b(abort|exit)\(' $(find src -name '*.c' | grep -v '^src/cli/'))
if [ -n "$bad$lib" ]; then
    echo "checksrc: banned calls (use the dy_ wrappers in src/util/util.h):"
    printf '%s\n%s\n' "$bad" "$lib" | sed '/^$/d'
    exit 1
fi
echo "checksrc: ok"
