/*
 * boilerplate.c - module ingest: recognising site boilerplate lines
 * ("Follow us on Twitter", "(c) 2017 Reuters") in a document's text.
 *
 * Patterns and document lines are both normalised the same way (case
 * folded, whitespace collapsed, curly quotes straightened; see
 * ingest.h) and then compared byte for byte, so the list stays readable
 * and a line pasted from any site matches whatever quotes it used.
 * Patterns without '*' live in a sorted array searched by bisection;
 * the few with '*' are tried one by one with a linear-time glob.
 * Matching lines are only reported as spans: the text is never changed,
 * so offsets stay true to the input.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ingest/ingest.h"
#include "util/util.h"

/* The wildcard after normalisation: 0xFF never occurs in UTF-8, and
 * normalised lines replace invalid bytes by U+FFFD. */
#define BP_STAR 0xffu
/* Normalising can grow text (one invalid byte becomes 3, "©" becomes
 * "(c)"), never by more than 3 times. */
#define BP_NORM_CAP (DY_INGEST_BP_MAX_LINE * 3 + 16)
#define BP_LIST_MAX_BYTES ((size_t)8 << 20)

struct bp_pat {
    unsigned char *s;
    size_t n;
};

struct dy_ingest_bp {
    struct bp_pat *exact;   /* sorted by bp_cmp */
    size_t nexact;
    struct bp_pat *glob;
    size_t nglob;
};

static int is_space_cp(utf8proc_int32_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
           c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Appends cp's replacement; returns bytes written (0: dropped). */
static size_t map_cp(utf8proc_int32_t c, unsigned char *o)
{
    if (c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff)
        return 0;
    if (c == 0x2018 || c == 0x2019 || c == 0x201a || c == 0x201b || c == 0x2032) {
        o[0] = '\'';
        return 1;
    }
    if (c == 0x201c || c == 0x201d || c == 0x201e || c == 0x201f || c == 0x2033) {
        o[0] = '"';
        return 1;
    }
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xfe58 || c == 0xfe63 ||
        c == 0xff0d) {
        o[0] = '-';
        return 1;
    }
    if (c == 0xa9) {
        memcpy(o, "(c)", 3);
        return 3;
    }
    if (c == 0x2026) {
        memcpy(o, "...", 3);
        return 3;
    }
    if (c < 0x80) {
        o[0] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return 1;
    }
    return (size_t)utf8proc_encode_char(utf8proc_tolower(c), o);
}

/*
 * Normalises s[0..n) into out (BP_NORM_CAP bytes).  In pattern mode '*'
 * becomes BP_STAR, "\*" and "\\" are literals, a space before a star is
 * dropped (so "Read more: *" also matches "Read more:") and invalid
 * UTF-8 or a bad escape is an error (returns -1 with *why set).
 */
static long bp_norm(const char *s, size_t n, unsigned char *out, int pattern,
                    const char **why)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, o = 0;
    int space = 0;

    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k;
        unsigned char tmp[8];
        size_t m;
        int literal = 0;

        if (o + 8 > BP_NORM_CAP) {
            *why = "too long";
            return -1;
        }
        if (pattern && p[i] == '\\') {
            if (i + 1 < n && (p[i + 1] == '*' || p[i + 1] == '\\')) {
                i++;
                literal = 1;
            } else {
                *why = "a backslash must be followed by '*' or '\\'";
                return -1;
            }
        }
        k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0) {
            if (pattern) {
                *why = "invalid UTF-8";
                return -1;
            }
            c = 0xfffd;
            k = 1;
        }
        i += (size_t)k;
        if (is_space_cp(c)) {
            space = o > 0;
            continue;
        }
        if (pattern && c == '*' && !literal) {
            space = 0;
            if (o == 0 || out[o - 1] != BP_STAR)
                out[o++] = BP_STAR;
            continue;
        }
        m = map_cp(c, tmp);
        if (m == 0)
            continue;
        if (space)
            out[o++] = ' ';
        space = 0;
        memcpy(out + o, tmp, m);
        o += m;
    }
    return (long)o;
}

static int bp_cmp(const unsigned char *a, size_t an, const unsigned char *b, size_t bn)
{
    int c = memcmp(a, b, DY_MIN(an, bn));

    if (c)
        return c;
    return an < bn ? -1 : an > bn;
}

static int bp_qsort_cmp(const void *x, const void *y)
{
    const struct bp_pat *a = x, *b = y;

    return bp_cmp(a->s, a->n, b->s, b->n);
}

/* Linear-time glob: BP_STAR matches any run of bytes. */
static int bp_glob(const unsigned char *p, size_t pn, const unsigned char *s, size_t sn)
{
    size_t pi = 0, si = 0, star = (size_t)-1, mark = 0;

    while (si < sn) {
        if (pi < pn && p[pi] == BP_STAR) {
            star = pi++;
            mark = si;
        } else if (pi < pn && p[pi] == s[si]) {
            pi++;
            si++;
        } else if (star != (size_t)-1) {
            pi = star + 1;
            si = ++mark;
        } else {
            return 0;
        }
    }
    while (pi < pn && p[pi] == BP_STAR)
        pi++;
    return pi == pn;
}

void dy_ingest_bp_free(struct dy_ingest_bp *bp)
{
    size_t i;

    if (!bp)
        return;
    for (i = 0; i < bp->nexact; i++)
        dy_free(bp->exact[i].s);
    for (i = 0; i < bp->nglob; i++)
        dy_free(bp->glob[i].s);
    dy_free(bp->exact);
    dy_free(bp->glob);
    dy_free(bp);
}

static int bp_add(struct bp_pat **arr, size_t *n, const unsigned char *s, size_t len)
{
    struct bp_pat *a;

    /* Capacity is 16, then every power of two: grow when full. */
    if (*n == 0 || (*n >= 16 && (*n & (*n - 1)) == 0)) {
        size_t cap = *n ? *n * 2 : 16;
        a = dy_reallocarray(*arr, cap, sizeof(**arr));
        if (!a)
            return DYAD_ENOMEM;
        *arr = a;
    }
    /* Not dy_strndup: a pattern may hold NUL bytes, and matching
     * compares all len bytes. */
    (*arr)[*n].s = dy_malloc(len + 1);
    if (!(*arr)[*n].s)
        return DYAD_ENOMEM;
    memcpy((*arr)[*n].s, s, len);
    (*arr)[*n].s[len] = '\0';
    (*arr)[*n].n = len;
    (*n)++;
    return DYAD_OK;
}

int dy_ingest_bp_load_mem(const char *text, size_t len, const char *name,
                          struct dy_ingest_bp **out, struct dyad_error *err)
{
    struct dy_ingest_bp *bp;
    unsigned char norm[BP_NORM_CAP];
    size_t pos = 0, lineno = 0;
    char where[256];
    int rc;

    *out = NULL;
    bp = dy_calloc(1, sizeof(*bp));
    if (!bp)
        return dy_error(err, DYAD_ENOMEM, name, "out of memory");
    while (pos < len) {
        const char *line = text + pos;
        const char *nl = memchr(line, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - line) : len - pos;
        size_t i = 0, lit = 0, k;
        const char *why = NULL;
        long m;

        pos += n + (nl ? 1 : 0);
        lineno++;
        dy_snprintf(where, sizeof(where), "%s:%zu", name, lineno);
        while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            i++;
        if (i == n || line[i] == '#')
            continue;
        if (n > DY_INGEST_BP_MAX_PATTERN) {
            rc = dy_error(err, DYAD_EDICT, where, "boilerplate pattern longer than %d bytes",
                          DY_INGEST_BP_MAX_PATTERN);
            goto fail;
        }
        m = bp_norm(line, n, norm, 1, &why);
        if (m < 0) {
            rc = dy_error(err, DYAD_EDICT, where, "bad boilerplate pattern: %s", why);
            goto fail;
        }
        for (k = 0; k < (size_t)m; k++)
            if (norm[k] != BP_STAR && norm[k] != ' ')
                lit++;
        if (lit < 3) {
            rc = dy_error(err, DYAD_EDICT, where,
                          "boilerplate pattern needs at least 3 characters besides '*' and "
                          "spaces (it would match too many lines)");
            goto fail;
        }
        if (bp->nexact + bp->nglob >= DY_INGEST_BP_MAX_PATTERNS) {
            rc = dy_error(err, DYAD_ETOOBIG, where, "more than %d boilerplate patterns",
                          DY_INGEST_BP_MAX_PATTERNS);
            goto fail;
        }
        if (memchr(norm, BP_STAR, (size_t)m))
            rc = bp_add(&bp->glob, &bp->nglob, norm, (size_t)m);
        else
            rc = bp_add(&bp->exact, &bp->nexact, norm, (size_t)m);
        if (rc) {
            rc = dy_error(err, rc, where, "out of memory");
            goto fail;
        }
    }
    if (bp->nexact)
        qsort(bp->exact, bp->nexact, sizeof(*bp->exact), bp_qsort_cmp);
    *out = bp;
    return DYAD_OK;
fail:
    dy_ingest_bp_free(bp);
    return rc;
}

int dy_ingest_bp_load(const char *path, struct dy_ingest_bp **out, struct dyad_error *err)
{
    struct dy_buf b;
    char chunk[65536];
    FILE *f;
    size_t n;
    int rc;

    *out = NULL;
    f = fopen(path, "rb");
    if (!f)
        return dy_error(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                        "cannot open boilerplate list: %s", strerror(errno));
    dy_buf_init(&b, BP_LIST_MAX_BYTES);
    rc = DYAD_OK;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        rc = dy_buf_append(&b, chunk, n);
        if (rc)
            break;
    }
    if (!rc && ferror(f))
        rc = DYAD_EIO;
    fclose(f);
    if (rc) {
        dy_buf_release(&b);
        if (rc == DYAD_ETOOBIG)
            return dy_error(err, rc, path, "boilerplate list larger than %zu bytes",
                            BP_LIST_MAX_BYTES);
        return dy_error(err, rc, path, "cannot read boilerplate list");
    }
    rc = dy_ingest_bp_load_mem(b.data ? b.data : "", b.len, path, out, err);
    dy_buf_release(&b);
    return rc;
}

size_t dy_ingest_bp_count(const struct dy_ingest_bp *bp)
{
    return bp ? bp->nexact + bp->nglob : 0;
}

int dy_ingest_bp_match(const struct dy_ingest_bp *bp, const char *line, size_t len)
{
    unsigned char norm[BP_NORM_CAP];
    const char *why = NULL;
    size_t lo, hi, i;
    long m;

    if (!bp || len == 0 || len > DY_INGEST_BP_MAX_LINE)
        return 0;
    m = bp_norm(line, len, norm, 0, &why);
    if (m <= 0)
        return 0;
    lo = 0;
    hi = bp->nexact;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = bp_cmp(bp->exact[mid].s, bp->exact[mid].n, norm, (size_t)m);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = 0; i < bp->nglob; i++) {
        const struct bp_pat *g = &bp->glob[i];
        /* Cheap first-byte test before the glob. */
        if (g->s[0] != BP_STAR && g->s[0] != norm[0])
            continue;
        if (bp_glob(g->s, g->n, norm, (size_t)m))
            return 1;
    }
    return 0;
}

int dy_ingest_bp_scan(const struct dy_ingest_bp *bp, const char *text, size_t len,
                      struct dyad_span **spans, size_t *nspans)
{
    struct dyad_span *arr = NULL, *tmp;
    size_t n = 0, cap = 0, pos = 0;

    *spans = NULL;
    *nspans = 0;
    if (!bp || bp->nexact + bp->nglob == 0 || len > UINT32_MAX)
        return DYAD_OK;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t next = nl ? end + 1 : len;

        if (end > pos && text[end - 1] == '\r')
            end--;
        if (dy_ingest_bp_match(bp, text + pos, end - pos)) {
            if (n == cap) {
                cap = cap ? cap * 2 : 8;
                tmp = dy_reallocarray(arr, cap, sizeof(*arr));
                if (!tmp) {
                    dy_free(arr);
                    return DYAD_ENOMEM;
                }
                arr = tmp;
            }
            arr[n].start = (uint32_t)pos;
            arr[n].end = (uint32_t)end;
            n++;
        }
        pos = next;
    }
    *spans = arr;
    *nspans = n;
    return DYAD_OK;
}
