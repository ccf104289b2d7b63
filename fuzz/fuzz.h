/*
 * fuzz.h - helpers shared by the libFuzzer targets in fuzz/: a scratch
 * file that each iteration rewrites with the fuzzer's bytes (for the
 * entry points that only take a path), and a byte cursor that lets the
 * first bytes of an input choose options.
 *
 * Targets are test code, not library code: they may call libc
 * directly, and they abort (through __builtin_trap) when an invariant
 * of the library's contract does not hold, which libFuzzer reports as a
 * crash with the input saved.
 */
#ifndef DY_FUZZ_H
#define DY_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dyad.h"

/* Fails the run, with a message, when an invariant does not hold. */
#define FZ_ASSERT(cond)                                                    \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,     \
                    __LINE__, #cond);                                      \
            __builtin_trap();                                              \
        }                                                                  \
    } while (0)

/* Path of this process's scratch file, made once with mkstemps so that
 * the suffix (".dict", ".model", ...) is kept. */
static inline const char *fz_scratch_path(const char *suffix)
{
    static char path[256];
    if (!path[0]) {
        const char *dir = getenv("TMPDIR");
        int fd;
        snprintf(path, sizeof(path), "%s/dyad-fuzz-XXXXXX%s",
                 dir && *dir ? dir : "/tmp", suffix);
        fd = mkstemps(path, (int)strlen(suffix));
        if (fd < 0) {
            perror("mkstemps");
            __builtin_trap();
        }
        close(fd);
    }
    return path;
}

/* Writes data[0..n) to the scratch file (replacing its content). */
static inline const char *fz_write_scratch(const char *suffix, const uint8_t *data, size_t n)
{
    const char *path = fz_scratch_path(suffix);
    FILE *f = fopen(path, "wb");
    if (!f || (n && fwrite(data, 1, n, f) != n) || fclose(f) != 0) {
        perror(path);
        __builtin_trap();
    }
    return path;
}

/* Takes one option byte from the front of the input (0 when empty). */
static inline uint8_t fz_take(const uint8_t **data, size_t *n)
{
    uint8_t b = 0;
    if (*n) {
        b = **data;
        (*data)++;
        (*n)--;
    }
    return b;
}

#endif
