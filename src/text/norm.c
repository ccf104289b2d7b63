/*
 * norm.c - module text: the normalised spelling of a token (prefix
 * dy_norm_).
 *
 * Matching (dictionaries, the tagger's word features) must not care
 * whether a paper typed ’ or ', “ or ", — or --, and UD EWT itself mixes
 * them.  Each token's form therefore maps look-alike punctuation to the
 * ASCII spelling PTB/UD English uses most and composes to NFC.  Spans
 * still point at the original bytes, so nothing of the source is lost.
 * NFC uses libutf8proc without its allocating helpers: the decomposition
 * goes into a bounded stack buffer, and a token too long for it (more
 * than NFC_CAP code points after decomposition) keeps its mapped, not
 * composed, spelling.
 */
#include <utf8proc.h>

#include "text/text.h"

#define NFC_CAP 4608   /* tokens are <= 1024 bytes: 4.5 code points per byte is ample */

/* ASCII replacement for cp, or NULL to keep it. */
static const char *map_cp(uint32_t cp, int attached)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2014: case 0x2015: case 0x2E3A:
        return "--";
    case 0x2013:
        return attached ? "-" : "--";
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: case 0xFE63: case 0xFF0D:
        return "-";
    case 0x2026:
        return "...";
    case 0x00AD:
        return "";
    default:
        return NULL;
    }
}

static int nfc_tail(struct dy_buf *out, size_t start)
{
    utf8proc_int32_t buf[NFC_CAP];
    utf8proc_ssize_t n, i;
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    char enc[4];
    size_t k;

    n = utf8proc_decompose((const utf8proc_uint8_t *)out->data + start,
                           (utf8proc_ssize_t)(out->len - start), buf, NFC_CAP, opt);
    if (n < 0 || n > NFC_CAP)
        return DYAD_OK;            /* keep the mapped spelling */
    n = utf8proc_normalize_utf32(buf, n, opt);
    if (n < 0)
        return DYAD_OK;
    /* NFC never makes the UTF-8 longer than the decomposed text we came
     * from... except in rare cases, so rebuild rather than overwrite. */
    out->len = start;
    for (i = 0; i < n; i++) {
        int rc;
        k = dy_utf8_encode((uint32_t)buf[i], enc);
        rc = dy_buf_append(out, enc, k);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

int dy_norm_token(const uint32_t *cp, size_t n, int attached, struct dy_buf *out)
{
    size_t start = out->len, i;
    int need_nfc = 0, rc;
    char enc[4];

    rc = dy_buf_reserve(out, n * 4 + 1);
    if (rc)
        return rc;
    for (i = 0; i < n; i++) {
        uint32_t c = cp[i];
        const char *m;

        if (c < 0x80) {
            out->data[out->len++] = (char)c;
            continue;
        }
        m = map_cp(c, attached);
        if (m) {
            size_t ml = 0;
            while (m[ml])
                ml++;
            /* reserve above allowed 4 bytes per code point; maps are <= 3 */
            for (size_t j = 0; j < ml; j++)
                out->data[out->len++] = m[j];
            continue;
        }
        if (c >= 0x300)
            need_nfc = 1;
        {
            size_t k = dy_utf8_encode(c, enc);
            for (size_t j = 0; j < k; j++)
                out->data[out->len++] = enc[j];
        }
    }
    out->data[out->len] = '\0';
    if (out->len == start && n > 0) {
        /* A token of soft hyphens only: keep something visible. */
        return dy_buf_putc(out, '-');
    }
    if (need_nfc)
        return nfc_tail(out, start);
    return DYAD_OK;
}

int dy_norm_string(const char *s, size_t n, struct dy_buf *out)
{
    uint32_t stackbuf[256] = {0};
    uint32_t *cps = stackbuf;
    size_t i = 0, m = 0;
    int rc;

    if (n > 256) {
        cps = dy_reallocarray(NULL, n, sizeof(*cps));
        if (!cps)
            return DYAD_ENOMEM;
    }
    while (i < n) {
        int bad;
        i += dy_utf8_next((const unsigned char *)s, n, i, &cps[m++], &bad);
    }
    rc = dy_norm_token(cps, m, 1, out);
    if (cps != stackbuf)
        dy_free(cps);
    return rc;
}
