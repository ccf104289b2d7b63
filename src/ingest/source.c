/*
 * source.c - module ingest: bytes in.  A FILE (plain or gzip, told apart
 * by the magic bytes, never by the name), a line splitter with a hard
 * cap on line length, and the small judgements made on raw bytes:
 * sniffing stdin, spotting binary files, checking ISO 8601 dates.
 *
 * Reads go through one 1 MiB block so that a JSONL file costs one
 * read(2) per megabyte; plain input is read straight into the line
 * buffer once the first (sniffed) block has been handed out.
 */
#include <errno.h>
#include <string.h>

#include "ingest/ingest.h"
#include "util/util.h"

/* zlib allocates through the seam too, so fault injection reaches it. */
static voidpf src_zalloc(voidpf opaque, uInt items, uInt size)
{
    (void)opaque;
    return dy_calloc(items, size);
}

static void src_zfree(voidpf opaque, voidpf p)
{
    (void)opaque;
    dy_free(p);
}

static int src_fail(struct dy_ingest_src *s, int code, const char *msg)
{
    s->err = code;
    dy_snprintf(s->msg, sizeof(s->msg), "%s", msg);
    return code;
}

/* fread into dst; a short read sets raw_eof, or fails on a read error. */
static int src_fread(struct dy_ingest_src *s, unsigned char *dst, size_t cap, size_t *got)
{
    size_t n = fread(dst, 1, cap, s->f);

    *got = n;
    if (n < cap) {
        if (ferror(s->f)) {
            char m[160];
            dy_snprintf(m, sizeof(m), "read error: %s", strerror(errno));
            return src_fail(s, DYAD_EIO, m);
        }
        s->raw_eof = 1;
    }
    return DYAD_OK;
}

/* Refills the raw block; sets raw_eof at the end of the file. */
static int src_fill(struct dy_ingest_src *s)
{
    s->raw_pos = 0;
    s->raw_len = 0;
    if (s->raw_eof)
        return DYAD_OK;
    return src_fread(s, s->raw, DY_INGEST_CHUNK, &s->raw_len);
}

int dy_ingest_src_open(struct dy_ingest_src *s, FILE *f, int owned)
{
    int rc;

    memset(s, 0, sizeof(*s));
    s->f = f;
    s->owned = owned;
    s->raw = dy_malloc(DY_INGEST_CHUNK);
    if (!s->raw)
        return src_fail(s, DYAD_ENOMEM, "out of memory");
    rc = src_fill(s);
    if (rc)
        return rc;
    if (s->raw_len >= 2 && s->raw[0] == 0x1f && s->raw[1] == 0x8b) {
        s->gzip = 1;
        s->zs.zalloc = src_zalloc;
        s->zs.zfree = src_zfree;
        /* 15 + 16: gzip wrapper only, so a zlib or raw stream is an error. */
        if (inflateInit2(&s->zs, 15 + 16) != Z_OK)
            return src_fail(s, DYAD_ENOMEM, "cannot start gzip decoder");
        s->zinit = 1;
    }
    return DYAD_OK;
}

const unsigned char *dy_ingest_src_peek(const struct dy_ingest_src *s, size_t *n)
{
    *n = s->raw_len - s->raw_pos;
    return s->raw + s->raw_pos;
}

static int src_read_plain(struct dy_ingest_src *s, unsigned char *dst, size_t cap,
                          size_t *got)
{
    size_t n;

    if (s->raw_pos < s->raw_len) {
        n = DY_MIN(cap, s->raw_len - s->raw_pos);
        memcpy(dst, s->raw + s->raw_pos, n);
        s->raw_pos += n;
        *got = n;
        return DYAD_OK;
    }
    if (s->raw_eof)
        return DYAD_OK;
    /* The read-ahead block is used up: read straight into dst. */
    return src_fread(s, dst, cap, got);
}

static int src_read_gzip(struct dy_ingest_src *s, unsigned char *dst, size_t cap,
                         size_t *got)
{
    int zr, rc;

    if (cap > UINT_MAX)
        cap = UINT_MAX;
    s->zs.next_out = dst;
    s->zs.avail_out = (uInt)cap;
    while (s->zs.avail_out == cap && !s->zend) {
        if (s->raw_pos == s->raw_len) {
            if (s->raw_eof)
                return src_fail(s, DYAD_EGZIP,
                                "truncated gzip stream (unexpected end of file)");
            rc = src_fill(s);
            if (rc)
                return rc;
            continue;
        }
        s->zs.next_in = s->raw + s->raw_pos;
        s->zs.avail_in = (uInt)(s->raw_len - s->raw_pos);
        zr = inflate(&s->zs, Z_NO_FLUSH);
        s->raw_pos = s->raw_len - s->zs.avail_in;
        if (zr == Z_STREAM_END) {
            /* Another member may follow (cat a.gz b.gz); anything else
             * after the end is damage, not silently ignored. */
            if (s->raw_pos == s->raw_len && !s->raw_eof) {
                rc = src_fill(s);
                if (rc)
                    return rc;
            }
            if (s->raw_pos == s->raw_len) {
                s->zend = 1;
            } else if (s->raw_len - s->raw_pos >= 2 && s->raw[s->raw_pos] == 0x1f &&
                       s->raw[s->raw_pos + 1] == 0x8b) {
                inflateReset(&s->zs);
            } else {
                src_fail(s, DYAD_EGZIP, "unexpected bytes after the end of the gzip stream");
                break;
            }
        } else if (zr == Z_MEM_ERROR) {
            return src_fail(s, DYAD_ENOMEM, "out of memory in gzip decoder");
        } else if (zr != Z_OK && zr != Z_BUF_ERROR) {
            char m[160];
            dy_snprintf(m, sizeof(m), "corrupt gzip stream: %s",
                        s->zs.msg ? s->zs.msg : "data error");
            src_fail(s, DYAD_EGZIP, m);
            break;
        }
    }
    /* Bytes inflated before the damage are still handed out; the error
     * is then reported by the next read (s->err is sticky). */
    *got = cap - s->zs.avail_out;
    if (s->err && *got == 0)
        return s->err;
    return DYAD_OK;
}

int dy_ingest_src_read(struct dy_ingest_src *s, unsigned char *dst, size_t cap,
                       size_t *got)
{
    *got = 0;
    if (s->err)
        return s->err;
    if (cap == 0)
        return DYAD_OK;
    return s->gzip ? src_read_gzip(s, dst, cap, got) : src_read_plain(s, dst, cap, got);
}

void dy_ingest_src_release(struct dy_ingest_src *s)
{
    if (s->zinit)
        inflateEnd(&s->zs);
    if (s->owned && s->f)
        fclose(s->f);
    dy_free(s->raw);
    memset(s, 0, sizeof(*s));
}

/* ---- lines -------------------------------------------------------------- */

void dy_ingest_lines_init(struct dy_ingest_lines *l, struct dy_ingest_src *src,
                          size_t max_line)
{
    memset(l, 0, sizeof(*l));
    l->src = src;
    l->max_line = max_line;
}

void dy_ingest_lines_release(struct dy_ingest_lines *l)
{
    dy_free(l->buf);
    l->buf = NULL;
    l->alloc = l->len = l->pos = 0;
}

static void lines_emit(struct dy_ingest_lines *l, char *start, size_t n,
                       const char **line, size_t *len, int *toolong)
{
    l->lineno++;
    if (n > 0 && start[n - 1] == '\r')
        n--;
    if (l->skipping) {
        *toolong = 1;
        *len = l->skipped + n;
        *line = start;
        l->skipping = 0;
        l->skipped = 0;
        return;
    }
    start[n] = '\0';  /* the '\n' (or '\r') slot, or spare room */
    *line = start;
    *len = n;
    if (n > l->max_line)
        *toolong = 1;
}

int dy_ingest_lines_next(struct dy_ingest_lines *l, const char **line,
                         size_t *len, int *toolong)
{
    char *nl;
    size_t got, want;
    int rc;

    *line = NULL;
    *len = 0;
    *toolong = 0;
    for (;;) {
        if (l->buf && l->pos < l->len) {
            nl = memchr(l->buf + l->pos, '\n', l->len - l->pos);
            if (nl) {
                char *start = l->buf + l->pos;
                l->pos = (size_t)(nl - l->buf) + 1;
                lines_emit(l, start, (size_t)(nl - start), line, len, toolong);
                return DYAD_OK;
            }
        }
        if (l->eof) {
            if (l->pos < l->len || l->skipping) {
                char *start = l->buf + l->pos;
                size_t n = l->len - l->pos;
                l->pos = l->len;
                lines_emit(l, start, n, line, len, toolong);
            }
            return DYAD_OK;
        }
        /* No newline in what is buffered: make room and read more. */
        if (l->skipping) {
            l->skipped += l->len - l->pos;
            l->pos = l->len = 0;
        } else if (l->pos > 0) {
            memmove(l->buf, l->buf + l->pos, l->len - l->pos);
            l->len -= l->pos;
            l->pos = 0;
        }
        if (!l->skipping && l->len > l->max_line) {
            /* The partial line is already over the cap: stop keeping it. */
            l->skipping = 1;
            l->skipped = l->len;
            l->len = 0;
        }
        if (l->alloc - l->len < 2) {
            /* Here len <= max_line, so the cap always leaves room. */
            size_t n = l->alloc ? l->alloc * 2 : DY_INGEST_CHUNK;
            char *p;
            n = DY_MIN(n, l->max_line + 2);
            n = DY_MAX(n, l->len + 2);
            p = dy_realloc(l->buf, n);
            if (!p)
                return DYAD_ENOMEM;
            l->buf = p;
            l->alloc = n;
        }
        /* Keep one byte spare for the terminating NUL of a last line. */
        want = l->alloc - l->len - 1;
        rc = dy_ingest_src_read(l->src, (unsigned char *)l->buf + l->len, want, &got);
        if (got > 0 && l->lineno == 0 && l->len == 0 && !l->skipping)
            l->binary = dy_ingest_looks_binary((const unsigned char *)l->buf,
                                               DY_MIN(got, DY_INGEST_SNIFF_BYTES));
        l->len += got;
        if (rc) {
            /* The partial line cannot be trusted: report its size. */
            *len = (l->skipping ? l->skipped : 0) + (l->len - l->pos);
            l->pos = l->len;
            l->lineno++;
            l->eof = 1;
            return rc;
        }
        if (got == 0)
            l->eof = 1;
    }
}

/* ---- sniffing and checks ----------------------------------------------- */

enum dyad_input_format dy_ingest_sniff(const unsigned char *p, size_t n, int *gzip)
{
    size_t i = 0;

    *gzip = 0;
    if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
        *gzip = 1;
        return DYAD_INPUT_JSONL;
    }
    if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        i++;
    if (i < n && p[i] == '{')
        return DYAD_INPUT_JSONL;
    return DYAD_INPUT_TXT;
}


int dy_ingest_looks_binary(const unsigned char *p, size_t n)
{
    size_t i = 0, bad = 0, k;

    while (i < n) {
        unsigned char c = p[i];
        if (c == 0)
            return 1;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
            c != 0x1b) {
            bad++;
            i++;
            continue;
        }
        if (c == 0x7f) {
            bad++;
            i++;
            continue;
        }
        {
            uint32_t cp;
            int ill;
            k = dy_utf8_next(p, n, i, &cp, &ill);
            /* A sequence cut by the end of the sniffed block is not
             * evidence of binary data: the next block holds its rest. */
            if (ill && i + k >= n && p[i] >= 0xc2 && p[i] <= 0xf4)
                break;
            if (ill)
                bad++;
        }
        i += k;
    }
    return n > 0 && bad * 10 > n * 3;
}

static int two_digits(const char *s, int *v)
{
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
        return 0;
    *v = (s[0] - '0') * 10 + (s[1] - '0');
    return 1;
}

int dy_ingest_valid_date(const char *s)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, c, m, d, hh, mm, ss;

    if (!s || !two_digits(s, &c) || !two_digits(s + 2, &y) || s[4] != '-' ||
        !two_digits(s + 5, &m) || s[7] != '-' || !two_digits(s + 8, &d))
        return 0;
    y += c * 100;
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    s += 10;
    if (*s == '\0')
        return 1;
    if (*s != 'T' && *s != ' ')
        return 0;
    s++;
    if (!two_digits(s, &hh) || s[2] != ':' || !two_digits(s + 3, &mm) || hh > 24 || mm > 59)
        return 0;
    s += 5;
    if (*s == ':') {
        if (!two_digits(s + 1, &ss) || ss > 60)
            return 0;
        s += 3;
        if (*s == '.' || *s == ',') {
            int k = 0;
            s++;
            while (*s >= '0' && *s <= '9' && k < 9) {
                s++;
                k++;
            }
            if (k == 0 || (*s >= '0' && *s <= '9'))
                return 0;
        }
    }
    if (*s == 'Z')
        return s[1] == '\0';
    if (*s == '+' || *s == '-') {
        s++;
        if (!two_digits(s, &hh) || hh > 14)
            return 0;
        s += 2;
        if (*s == ':')
            s++;
        if (*s == '\0')
            return 1;
        if (!two_digits(s, &mm) || mm > 59)
            return 0;
        return s[2] == '\0';
    }
    return *s == '\0';
}
