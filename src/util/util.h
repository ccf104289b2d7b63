/*
 * util.h - the allocation and string seam of libdyad (prefix dy_).
 *
 * Every allocation in src/ goes through these wrappers so that a build
 * switch can fail allocations on purpose and a CI grep can ban raw libc
 * allocation and unsafe string calls outside src/util/.  Also: a
 * growable byte buffer with a hard cap (struct dy_buf), a bump arena per
 * document (struct dy_arena) and error-detail helpers.
 */
#ifndef DY_UTIL_H
#define DY_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "dyad.h"

/* ---- allocation ---------------------------------------------------- */

/* All return NULL on failure (or for size 0 in dy_malloc); dy_free(NULL)
 * is a no-op.  Sizes that overflow fail instead of wrapping. */
void *dy_malloc(size_t n);
void *dy_calloc(size_t count, size_t size);
void *dy_realloc(void *p, size_t n);
/* Grows an array: new count computed by the caller, overflow-checked. */
void *dy_reallocarray(void *p, size_t count, size_t size);
void dy_free(void *p);
char *dy_strdup(const char *s);
char *dy_strndup(const char *s, size_t n);   /* copies at most n bytes, adds NUL */

/* ---- growable buffer ----------------------------------------------- */

/*
 * A byte buffer that keeps a terminating NUL after `len` bytes when
 * `data` is not NULL.  `cap_limit` (0 = unlimited) bounds growth: an
 * append that would exceed it fails with DYAD_ETOOBIG and leaves the
 * buffer unchanged.
 */
struct dy_buf {
    char *data;
    size_t len;
    size_t alloc;
    size_t cap_limit;
};

#define DY_BUF_INIT {NULL, 0, 0, 0}

void dy_buf_init(struct dy_buf *b, size_t cap_limit);
void dy_buf_release(struct dy_buf *b);       /* frees memory, back to init state */
void dy_buf_clear(struct dy_buf *b);         /* len = 0, keeps memory */
int dy_buf_reserve(struct dy_buf *b, size_t extra);
int dy_buf_append(struct dy_buf *b, const void *p, size_t n);
int dy_buf_puts(struct dy_buf *b, const char *s);
int dy_buf_putc(struct dy_buf *b, int c);
int dy_buf_printf(struct dy_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int dy_buf_vprintf(struct dy_buf *b, const char *fmt, va_list ap);
/* Takes the buffer's memory (caller frees with dy_free); b is reset.
 * Never returns NULL on success: an empty buffer yields "". */
char *dy_buf_detach(struct dy_buf *b, size_t *len);

/* ---- arena ---------------------------------------------------------- */

/*
 * A bump allocator for per-document data, released in one call.  Built
 * with -DDY_ARENA_MALLOC every allocation is a separate heap block so
 * that ASan and valgrind see each one.
 */
struct dy_arena;

struct dy_arena *dy_arena_new(size_t block_size);
void *dy_arena_alloc(struct dy_arena *a, size_t n);       /* 16-byte aligned */
void *dy_arena_calloc(struct dy_arena *a, size_t count, size_t size);
char *dy_arena_strndup(struct dy_arena *a, const char *s, size_t n);
void dy_arena_reset(struct dy_arena *a);  /* frees all but the first block */
void dy_arena_free(struct dy_arena *a);
size_t dy_arena_used(const struct dy_arena *a);

/* ---- UTF-8 ----------------------------------------------------------- */

/*
 * Decodes one code point at s[i..len) (i < len).  Returns its length in
 * bytes (>= 1) and sets *cp; an ill-formed sequence (overlong, surrogate,
 * above U+10FFFF, truncated) yields U+FFFD with the length of its maximal
 * subpart, as the Unicode standard recommends, and sets *bad.  Never
 * reads at or past len.
 */
size_t dy_utf8_next(const unsigned char *s, size_t len, size_t i,
                    uint32_t *cp, int *bad);
/* Encodes scalar value cp into out[0..4); returns the number of bytes. */
size_t dy_utf8_encode(uint32_t cp, char *out);

/* ---- errors ---------------------------------------------------------- */

/* Fills err (when not NULL) and returns code, so callers can write
 * `return dy_error(err, DYAD_EJSON, where, "fmt", ...)`.  where may be
 * NULL. */
int dy_error(struct dyad_error *err, int code, const char *where,
             const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void dy_error_clear(struct dyad_error *err);

/* snprintf wrapper that always terminates and never reports overflow
 * as an error (truncates). */
void dy_snprintf(char *dst, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Parses a decimal integer in [min, max]; returns 0 on success. */
int dy_parse_long(const char *s, long min, long max, long *out);

#define DY_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define DY_MIN(a, b) ((a) < (b) ? (a) : (b))
#define DY_MAX(a, b) ((a) > (b) ? (a) : (b))

#endif /* DY_UTIL_H */
