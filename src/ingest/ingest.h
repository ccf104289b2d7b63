/*
 * ingest.h - internals of module ingest (prefix dy_ingest_): the byte
 * source that hides gzip, the capped line reader, format sniffing and
 * the boilerplate line list.
 *
 * The public side (dyad_reader_*, dyad_doc_free, dyad_reject_free) is in
 * include/dyad.h.  These declarations exist so that the pieces can be
 * tested one by one from tests/test_ingest.c; nothing outside the module
 * should need them.
 */
#ifndef DY_INGEST_H
#define DY_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <zlib.h>

#include "dyad.h"

/* ---- byte source ----------------------------------------------------- */

/* Size of one read from the underlying FILE (and of the first block
 * that sniffing and the binary check look at). */
#define DY_INGEST_CHUNK ((size_t)1 << 20)
/* Bytes of (decompressed) input examined by the binary check. */
#define DY_INGEST_SNIFF_BYTES 8192

/*
 * Reads a FILE, inflating it when its first bytes are the gzip magic
 * (1f 8b), whatever the file is called.  Concatenated gzip members are
 * read as one stream.  Errors are sticky: after a failed read every
 * later read fails with the same code, and `msg` says what happened.
 */
struct dy_ingest_src {
    FILE *f;
    int owned;             /* fclose on release */
    unsigned char *raw;    /* compressed (or plain) bytes read ahead */
    size_t raw_len, raw_pos;
    int raw_eof;
    int gzip;              /* input is gzip */
    int zinit;             /* zs needs inflateEnd */
    int zend;              /* last member ended and input is exhausted */
    z_stream zs;
    int err;               /* sticky DYAD_E* or DYAD_OK */
    char msg[200];
};

/* Starts reading f (owned: closed by release) and reads the first
 * block so that dy_ingest_src_peek can show it.  Returns DYAD_OK,
 * DYAD_ENOMEM, or the read error (also left in src->err). */
int dy_ingest_src_open(struct dy_ingest_src *s, FILE *f, int owned);
/* Raw (still compressed) bytes read ahead, for sniffing. */
const unsigned char *dy_ingest_src_peek(const struct dy_ingest_src *s, size_t *n);
/* Reads up to cap decompressed bytes into dst; *got = 0 means end of
 * input.  Returns DYAD_OK, DYAD_EIO, DYAD_EGZIP or DYAD_ENOMEM. */
int dy_ingest_src_read(struct dy_ingest_src *s, unsigned char *dst, size_t cap,
                       size_t *got);
void dy_ingest_src_release(struct dy_ingest_src *s);

/*
 * Splits a source into lines ("\n"; a "\r" before it is dropped).  A
 * line longer than max_line bytes is not kept in memory: its bytes are
 * skipped and it comes back with *toolong set and len = its length, so
 * a 100 MB line costs at most max_line bytes of buffer.
 */
struct dy_ingest_lines {
    struct dy_ingest_src *src;
    char *buf;
    size_t alloc, len, pos;
    size_t max_line;
    uint64_t lineno;       /* number of the line last returned, 1-based */
    int eof;
    int skipping;          /* inside an over-long line */
    size_t skipped;        /* bytes of that line seen so far */
    int binary;            /* the first block read looks binary */
};

void dy_ingest_lines_init(struct dy_ingest_lines *l, struct dy_ingest_src *src,
                          size_t max_line);
/* *line is NULL at the end.  Returns DYAD_OK, or the source's error
 * code (the bytes of a partial last line are then lost, and counted in
 * *len). */
int dy_ingest_lines_next(struct dy_ingest_lines *l, const char **line,
                         size_t *len, int *toolong);
void dy_ingest_lines_release(struct dy_ingest_lines *l);

/* ---- sniffing and checks -------------------------------------------- */

/* What stdin holds, judged from its first bytes: gzip magic -> JSONL
 * (*gzip = 1); first non-space byte (after a UTF-8 BOM) '{' -> JSONL;
 * anything else (including nothing) -> TXT. */
enum dyad_input_format dy_ingest_sniff(const unsigned char *p, size_t n, int *gzip);

/* 1 when p[0..n) looks like a binary file: it has a NUL byte, or more
 * than 30% of it is control bytes or bytes that are not part of valid
 * UTF-8.  Latin-1 text stays under that line. */
int dy_ingest_looks_binary(const unsigned char *p, size_t n);

/* 1 when s is an ISO 8601 date, YYYY-MM-DD with a real day, optionally
 * followed by 'T' or ' ' and HH:MM[:SS[.fraction]] and an optional 'Z'
 * or +HH:MM / +HHMM / +HH offset. */
int dy_ingest_valid_date(const char *s);

/* Makes the reader take "-" from f instead of stdin (tests). */
void dy_ingest_reader_set_stdin(struct dyad_reader *r, FILE *f);

/* ---- boilerplate ------------------------------------------------------ */

/*
 * A list of boilerplate line patterns.  Syntax of the list file, one
 * pattern a line:
 *   - '#' as the first non-space character starts a comment line; blank
 *     lines are ignored;
 *   - a pattern matches a whole line of a document, compared after
 *     normalisation on both sides: case folded, runs of whitespace
 *     (including no-break spaces) made one space and trimmed, curly
 *     quotes made straight, Unicode dashes made '-', the copyright sign
 *     made "(c)", zero-width characters dropped;
 *   - '*' matches any run of characters (also none); "\*" is a literal
 *     star and "\\" a backslash;
 *   - a pattern must keep at least 3 characters that are not '*' or
 *     space, be valid UTF-8 and at most DY_INGEST_BP_MAX_PATTERN bytes.
 * Document lines longer than DY_INGEST_BP_MAX_LINE bytes are never
 * boilerplate (and not examined, which keeps scanning cheap: news
 * paragraphs are mostly longer, site furniture and bylines shorter).
 */
#define DY_INGEST_BP_MAX_PATTERN 300
#define DY_INGEST_BP_MAX_LINE 300
#define DY_INGEST_BP_MAX_PATTERNS 10000

struct dy_ingest_bp;

/* Loads a list from a file.  A bad line fails the load with DYAD_EDICT
 * and err->where = "path:line". */
int dy_ingest_bp_load(const char *path, struct dy_ingest_bp **out,
                      struct dyad_error *err);
/* Same from memory; `name` is used in error locations. */
int dy_ingest_bp_load_mem(const char *text, size_t len, const char *name,
                          struct dy_ingest_bp **out, struct dyad_error *err);
size_t dy_ingest_bp_count(const struct dy_ingest_bp *bp);
/* 1 when the line (no terminator) matches a pattern. */
int dy_ingest_bp_match(const struct dy_ingest_bp *bp, const char *line, size_t len);
/* Finds every boilerplate line of text[0..len): *spans is a new array
 * (dy_free; NULL when none) of whole-line spans without terminators. */
int dy_ingest_bp_scan(const struct dy_ingest_bp *bp, const char *text, size_t len,
                      struct dyad_span **spans, size_t *nspans);
void dy_ingest_bp_free(struct dy_ingest_bp *bp);

#endif
