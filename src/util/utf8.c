/*
 * utf8.c - UTF-8 decoding with repair (prefix dy_utf8_), shared by the
 * text module (tokens), ingest (binary-file check) and out (writers).
 *
 * Input text comes from anywhere (web scrapes, old wire archives), so it
 * is decoded defensively: every ill-formed sequence becomes one U+FFFD
 * following the Unicode "maximal subpart" practice (W3C/WHATWG decoders
 * do the same), so a truncated 3-byte sequence is one replacement, not
 * three.  Overlong forms, surrogates (ED A0..BF) and code points above
 * U+10FFFF are ill-formed.  The decoder never reads at or past `len`.
 */
#include "util/util.h"

/* Decodes one code point at s[i..len).  Returns its length in bytes
 * (>= 1) and sets *cp; an ill-formed sequence yields U+FFFD with the
 * length of its maximal subpart and sets *bad. */
size_t dy_utf8_next(const unsigned char *s, size_t len, size_t i,
                    uint32_t *cp, int *bad)
{
    unsigned c = s[i];
    unsigned lo = 0x80, hi = 0xBF;
    size_t need, k;
    uint32_t v;

    *bad = 0;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;          /* overlong below U+0800 */
        else if (c == 0xED)
            hi = 0x9F;          /* UTF-16 surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;          /* overlong below U+10000 */
        else if (c == 0xF4)
            hi = 0x8F;          /* above U+10FFFF */
    } else {
        /* C0, C1 (always overlong), F5..FF, or a stray continuation. */
        *cp = 0xFFFD;
        *bad = 1;
        return 1;
    }
    for (k = 1; k <= need; k++) {
        unsigned b;
        if (i + k >= len)
            break;
        b = s[i + k];
        if (b < lo || b > hi)
            break;
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (b & 0x3F);
    }
    if (k <= need) {
        *cp = 0xFFFD;
        *bad = 1;
        return k;               /* maximal subpart: lead + valid trail bytes */
    }
    *cp = v;
    return need + 1;
}

/* Encodes cp (must be a scalar value) into out[0..4); returns bytes. */
size_t dy_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;

    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
