/*
 * fuzz_reader.h - drives the public reader (dyad_reader_*) over bytes in
 * memory, as JSON Lines from "-" with the stream swapped for an
 * fmemopen of the fuzzer's bytes, and checks the accounting contract:
 * every non-blank line produces exactly one document or one reject, and
 * nothing is produced for a line that is not there (a binary file, a
 * damaged gzip stream and an over-long line are one reject each).
 * Shared by fuzz_jsonl, fuzz_gzip and fuzz_pipeline.
 */
#ifndef DY_FUZZ_READER_H
#define DY_FUZZ_READER_H

#include "fuzz.h"
#include "ingest/ingest.h"

/* Called for each document read (ownership passes to the callback). */
typedef void (*fz_doc_fn)(void *ctx, struct dyad_doc *doc);

static inline int fz_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Number of lines of p[0..n) and how many of them have a non-blank
 * byte (a UTF-8 BOM at the very start does not count). */
static inline void fz_count_lines(const unsigned char *p, size_t n, size_t *lines, size_t *nonblank)
{
    size_t i = 0;
    *lines = *nonblank = 0;
    if (n >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < n || (i == 0 && n > 0)) {
        const unsigned char *nl = memchr(p + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - p) : n;
        int any = 0;
        for (size_t k = i; k < e; k++)
            if (!fz_blank(p[k]))
                any = 1;
        if (e > i || nl)
            (*lines)++;
        *nonblank += (size_t)any;
        i = e + 1;
        if (!nl)
            break;
    }
}

/*
 * Reads p[0..n) through the public reader as fmt (JSONL: plain = the bytes
 * are the lines; otherwise they are compressed and `plain_*` describe
 * the uncompressed lines, or plain == NULL when unknown).  Checks the
 * accounting and each document's fields; hands documents to fn.
 */
static inline void fz_read(enum dyad_input_format fmt, const unsigned char *p, size_t n,
                    size_t max_doc, int use_bp,
                          const unsigned char *plain, size_t plain_n,
                          fz_doc_fn fn, void *ctx)
{
    const char *paths[1] = {"-"};
    struct dyad_reader_options o;
    struct dyad_reader *r = NULL;
    size_t items = 0, lines = 0, nonblank = 0;
    int binary = 0, damaged = 0, rc;
    uint64_t next_seq = 0;
    FILE *f;

    memset(&o, 0, sizeof(o));
    o.format = fmt;
    o.max_doc_bytes = max_doc;
    if (use_bp && access("data/boilerplate.txt", R_OK) == 0)
        o.boilerplate_path = "data/boilerplate.txt";
    rc = dyad_reader_open(paths, 1, &o, &r, NULL);
    FZ_ASSERT(rc == DYAD_OK);
    f = n ? fmemopen((void *)p, n, "rb") : fopen("/dev/null", "rb");
    FZ_ASSERT(f);
    dy_ingest_reader_set_stdin(r, f);
    for (;;) {
        struct dyad_doc *doc = NULL;
        struct dyad_reject *rej = NULL;
        rc = dyad_reader_next(r, &doc, &rej, NULL);
        FZ_ASSERT(rc == DYAD_OK);
        if (!doc && !rej)
            break;
        FZ_ASSERT(!doc != !rej);
        items++;
        if (rej) {
            FZ_ASSERT(rej->origin && rej->reason && rej->code != DYAD_OK);
            FZ_ASSERT(rej->seq == next_seq);
            if (rej->code == DYAD_EBINARY)
                binary = 1;
            if (rej->code == DYAD_EGZIP || rej->code == DYAD_EIO)
                damaged = 1;
            dyad_reject_free(rej);
        } else {
            FZ_ASSERT(doc->id && doc->text && doc->origin);
            FZ_ASSERT(doc->seq == next_seq);
            FZ_ASSERT(doc->text_len <= (max_doc ? max_doc : DYAD_DEFAULT_MAX_DOC));
            for (size_t k = 0; k < doc->nboilerplate; k++) {
                FZ_ASSERT(doc->boilerplate[k].start <= doc->boilerplate[k].end);
                FZ_ASSERT(doc->boilerplate[k].end <= doc->text_len);
                if (k)
                    FZ_ASSERT(doc->boilerplate[k].start >= doc->boilerplate[k - 1].end);
            }
            if (fn)
                fn(ctx, doc);
            else
                dyad_doc_free(doc);
        }
        next_seq++;
    }
    dyad_reader_close(r);
    fclose(f);

    if (plain == NULL && p != NULL && (n < 2 || p[0] != 0x1f || p[1] != 0x8b)) {
        plain = p;
        plain_n = n;
    }
    if (fmt == DYAD_INPUT_TXT) {
        FZ_ASSERT(items == 1);
        return;
    }
    if (binary) {
        FZ_ASSERT(items == 1);
        return;
    }
    if (!plain)
        return;
    fz_count_lines(plain, plain_n, &lines, &nonblank);
    if (damaged) {
        FZ_ASSERT(items <= lines + 1);
        return;
    }
    FZ_ASSERT(items >= nonblank && items <= lines);
}

static inline void fz_read_jsonl(const unsigned char *p, size_t n, size_t max_doc, int use_bp,
                          const unsigned char *plain, size_t plain_n, fz_doc_fn fn, void *ctx)
{
    fz_read(DYAD_INPUT_JSONL, p, n, max_doc, use_bp, plain, plain_n, fn, ctx);
}

#endif
