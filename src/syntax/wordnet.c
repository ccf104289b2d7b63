/*
 * wordnet.c - a lexical table derived from WordNet 3.0 for the tagger
 * (experimental: `dyad-train --wordnet DIR`; see docs/SYNTAX.md).
 *
 * For every one-word lemma of WordNet's index.{noun,verb,adj,adv} and
 * every one-word inflected form of its exception lists (*.exc), keyed by
 * a hash of the lowercase word, the table holds (DY_SYNTAX_WN_* in
 * syntax_int.h): the parts of speech it has as a lemma; those for which
 * it is an irregular inflection ("went", "mice", "better"); the
 * lexicographer file of its most frequent noun sense and verb sense
 * (noun.person, noun.location, verb.communication, ...); whether WordNet
 * spells its first noun sense, or any noun sense, capitalised ("Paris",
 * "Bush"); and its dominant part of speech by number of senses.  It is
 * built from the WordNet files at training time and stored in the model
 * (section 15, with WordNet's licence notice, which its licence asks to
 * accompany every copy), so run time needs no WordNet files.
 *
 * At run time dy_syntax_wn_lookup adds WordNet's "morphy" detachment:
 * which regular inflection reaches a lemma of the right part of speech
 * (noun plural, verb -s/-ed/-ing, adjective -er/-est), and takes the
 * lexicographer file of a noun or verb reached that way.  Everything
 * here is deterministic: files are read in a fixed order and the map is
 * filled in that order.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University.  All rights
 * reserved.  (The full notice is copied into the model section.)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax_int.h"

#define WN_SEED 50
#define WN_MAXLEN 64
#define WN_VERSION 1

static const char *const POS_NAME[4] = {"noun", "verb", "adj", "adv"};

static int slurp(const char *path, char **out, size_t *len, struct dyad_error *err)
{
    struct dy_buf buf;
    char chunk[65536];
    FILE *f;
    size_t n;
    int rc = DYAD_OK;

    *out = NULL;
    *len = 0;
    f = fopen(path, "rb");
    if (!f)
        return dy_error(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                        "cannot open WordNet file: %s", strerror(errno));
    dy_buf_init(&buf, (size_t)64 << 20);
    while (!rc && (n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        rc = dy_buf_append(&buf, chunk, n);
    if (!rc)
        rc = dy_buf_putc(&buf, '\0');
    if (!rc && ferror(f))
        rc = dy_error(err, DYAD_EIO, path, "read failed: %s", strerror(errno));
    else if (rc)
        rc = dy_error(err, rc, path, "cannot hold the file in memory");
    fclose(f);
    if (rc) {
        dy_buf_release(&buf);
        return rc;
    }
    *out = dy_buf_detach(&buf, len);
    (*len)--;
    return DYAD_OK;
}

static uint64_t wn_key(const char *s, size_t n)
{
    return dy_syntax_hash(s, n, WN_SEED);
}

/* Splits the line at p (up to '\n') into blank-separated fields; returns
 * their count (at most cap) and advances *pp past the line. */
static size_t fields(char **pp, char **f, size_t *fl, size_t cap)
{
    char *p = *pp;
    size_t k = 0;

    while (*p && *p != '\n') {
        while (*p == ' ')
            p++;
        if (!*p || *p == '\n')
            break;
        if (k < cap)
            f[k] = p;
        while (*p && *p != ' ' && *p != '\n')
            p++;
        if (k < cap)
            fl[k] = (size_t)(p - f[k]);
        k++;
    }
    if (*p == '\n')
        p++;
    *pp = p;
    return k < cap ? k : cap;
}

/* A synset line of data.POS at byte offset off: its lexicographer file
 * number, and through *cap whether the word w (lowercase, n bytes) is
 * spelt with a capital letter in it.  Returns -1 if off is not a synset. */
static int synset(const char *data, size_t dlen, unsigned long off,
                  const char *w, size_t n, int *cap)
{
    char *f[512], *p;
    size_t fl[512], k, nw, i;
    char buf[WN_MAXLEN];

    *cap = 0;
    if (off >= dlen || (off > 0 && data[off - 1] != '\n'))
        return -1;
    p = (char *)data + off;
    k = fields(&p, f, fl, 512);
    if (k < 4)
        return -1;
    nw = (size_t)strtoul(f[3], NULL, 16);
    for (i = 0; i < nw && 4 + 2 * i < k; i++) {
        size_t l = fl[4 + 2 * i], j;
        if (l != n)
            continue;
        for (j = 0; j < l; j++)
            buf[j] = (char)(f[4 + 2 * i][j] >= 'A' && f[4 + 2 * i][j] <= 'Z' ?
                            f[4 + 2 * i][j] - 'A' + 'a' : f[4 + 2 * i][j]);
        if (memcmp(buf, w, n) != 0)
            continue;
        for (j = 0; j < l; j++)
            if (f[4 + 2 * i][j] >= 'A' && f[4 + 2 * i][j] <= 'Z')
                *cap = 1;
        break;
    }
    return (int)strtol(f[1], NULL, 10);
}

struct wnb {
    struct dy_syntax_map val;     /* key -> DY_SYNTAX_WN_* fields */
    struct dy_syntax_map senses;  /* key -> sense counts, 8 bits per POS */
    uint64_t *order;              /* keys in insertion order */
    size_t norder, aorder;
};

static int put(struct wnb *b, uint64_t key, uint32_t v)
{
    uint32_t old;

    if (!dy_syntax_map_get(&b->val, key, &old)) {
        if (b->norder == b->aorder) {
            size_t na = b->aorder ? b->aorder * 2 : 4096;
            uint64_t *no = dy_reallocarray(b->order, na, sizeof(*no));
            if (!no)
                return DYAD_ENOMEM;
            b->order = no;
            b->aorder = na;
        }
        b->order[b->norder++] = key;
    }
    return dy_syntax_map_put(&b->val, key, v);
}

/* index.POS: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
 * offsets... (the first offset is the most frequent sense). */
static int read_index(struct wnb *b, const char *dir, int pos, struct dyad_error *err)
{
    char path[4096], *text = NULL, *data = NULL, *p;
    size_t len = 0, dlen = 0;
    int rc;

    dy_snprintf(path, sizeof(path), "%s/index.%s", dir, POS_NAME[pos]);
    rc = slurp(path, &text, &len, err);
    if (!rc && pos <= 1) {
        char dpath[4096];
        dy_snprintf(dpath, sizeof(dpath), "%s/data.%s", dir, POS_NAME[pos]);
        rc = slurp(dpath, &data, &dlen, err);
    }
    p = text;
    while (!rc && p && *p) {
        char *f[1024];
        size_t fl[1024], k, np, nsyn, i;
        uint32_t v = 0, sc = 0, cnt;
        uint64_t key;
        if (p[0] == ' ') {          /* licence header */
            p = strchr(p, '\n');
            p = p ? p + 1 : NULL;
            continue;
        }
        k = fields(&p, f, fl, 1024);
        if (k < 6)
            continue;
        if (fl[0] >= WN_MAXLEN || memchr(f[0], '_', fl[0]))
            continue;
        nsyn = (size_t)strtoul(f[2], NULL, 10);
        np = (size_t)strtoul(f[3], NULL, 10);
        if (4 + np + 2 + nsyn > k || nsyn == 0) {
            rc = dy_error(err, DYAD_EFORMAT, path, "malformed index line for '%.*s'",
                          (int)fl[0], f[0]);
            break;
        }
        key = wn_key(f[0], fl[0]);
        dy_syntax_map_get(&b->val, key, &v);
        dy_syntax_map_get(&b->senses, key, &sc);
        v |= 1u << pos;
        cnt = nsyn > 255 ? 255 : (uint32_t)nsyn;
        sc |= cnt << (8 * pos);
        if (pos <= 1) {
            const char *off = f[4 + np + 2];
            int cap, lex = synset(data, dlen, strtoul(off, NULL, 10), f[0], fl[0], &cap);
            if (lex < 0) {
                rc = dy_error(err, DYAD_EFORMAT, path, "synset %.*s of '%.*s' not found "
                              "in data.%s", 8, off, (int)fl[0], f[0], POS_NAME[pos]);
                break;
            }
            if (pos == 0 && lex >= 3 && lex <= 28) {
                v |= (uint32_t)(lex - 3 + 1) << DY_SYNTAX_WN_NLEX_SHIFT;
                if (cap)
                    v |= DY_SYNTAX_WN_CAP1 | DY_SYNTAX_WN_CAPANY;
                for (i = 1; i < nsyn && !cap; i++) {
                    synset(data, dlen, strtoul(f[4 + np + 2 + i], NULL, 10), f[0], fl[0],
                           &cap);
                    if (cap)
                        v |= DY_SYNTAX_WN_CAPANY;
                }
            } else if (pos == 1 && lex >= 29 && lex <= 43) {
                v |= (uint32_t)(lex - 29 + 1) << DY_SYNTAX_WN_VLEX_SHIFT;
            }
        }
        rc = put(b, key, v);
        if (!rc)
            rc = dy_syntax_map_put(&b->senses, key, sc);
        if (rc)
            rc = dy_error(err, rc, path, "cannot hold the WordNet table");
    }
    dy_free(text);
    dy_free(data);
    return rc;
}

/* POS.exc: inflected base [base...].  The form gets the exception bit
 * and, if it is not itself a lemma of that part of speech, the noun or
 * verb fields of its first base. */
static int read_exc(struct wnb *b, const char *dir, int pos, struct dyad_error *err)
{
    char path[4096], *text = NULL, *p;
    size_t len = 0;
    int rc;

    dy_snprintf(path, sizeof(path), "%s/%s.exc", dir, POS_NAME[pos]);
    rc = slurp(path, &text, &len, err);
    p = text;
    while (!rc && p && *p) {
        char *f[8];
        size_t fl[8], k;
        uint32_t v = 0, bv = 0;
        uint64_t key;
        k = fields(&p, f, fl, 8);
        if (k < 2 || fl[0] >= WN_MAXLEN || memchr(f[0], '_', fl[0]))
            continue;
        key = wn_key(f[0], fl[0]);
        dy_syntax_map_get(&b->val, key, &v);
        v |= 1u << (4 + pos);
        if (!(v & (1u << pos)) && dy_syntax_map_get(&b->val, wn_key(f[1], fl[1]), &bv)) {
            if (pos == 0)
                v |= bv & (DY_SYNTAX_WN_NLEX_MASK | DY_SYNTAX_WN_CAP1 | DY_SYNTAX_WN_CAPANY);
            else if (pos == 1)
                v |= bv & DY_SYNTAX_WN_VLEX_MASK;
        }
        rc = put(b, key, v);
        if (rc)
            rc = dy_error(err, rc, path, "cannot hold the WordNet table");
    }
    dy_free(text);
    return rc;
}

/* The licence notice: index.noun's header lines without their numbers. */
static int notice(const char *dir, struct dy_buf *out, struct dyad_error *err)
{
    char path[4096], *text = NULL, *p;
    size_t len = 0;
    int rc;

    dy_snprintf(path, sizeof(path), "%s/index.noun", dir);
    rc = slurp(path, &text, &len, err);
    for (p = text; !rc && p && *p == ' '; ) {
        char *e = strchr(p, '\n'), *q = p;
        size_t l;
        if (!e)
            e = p + strlen(p);
        while (q < e && *q == ' ')
            q++;
        while (q < e && *q >= '0' && *q <= '9')
            q++;
        if (q < e && *q == ' ')
            q++;
        l = (size_t)(e - q);
        while (l > 0 && (q[l - 1] == ' ' || q[l - 1] == '\r'))
            l--;
        rc = dy_buf_append(out, q, l);
        if (!rc)
            rc = dy_buf_putc(out, '\n');
        p = *e ? e + 1 : e;
    }
    dy_free(text);
    if (rc && rc != DYAD_ENOENT && rc != DYAD_EIO)
        rc = dy_error(err, rc, path, "out of memory");
    if (!rc && out->len == 0)
        rc = dy_error(err, DYAD_EFORMAT, path, "no licence header: not WordNet 3.0's index");
    return rc;
}

int dy_syntax_wn_build(const char *dir, void **blob, size_t *len,
                       struct dyad_error *err)
{
    struct wnb b;
    struct dy_buf out, note;
    void *kv = NULL;
    size_t kvlen = 0, i;
    int rc = DYAD_OK, pos;

    *blob = NULL;
    *len = 0;
    memset(&b, 0, sizeof(b));
    dy_syntax_map_init(&b.val);
    dy_syntax_map_init(&b.senses);
    dy_buf_init(&out, (size_t)64 << 20);
    dy_buf_init(&note, (size_t)1 << 20);
    for (pos = 0; pos < 4 && !rc; pos++)
        rc = read_index(&b, dir, pos, err);
    for (pos = 0; pos < 4 && !rc; pos++)
        rc = read_exc(&b, dir, pos, err);
    /* dominant part of speech by number of senses (ties: n, v, a, r) */
    for (i = 0; i < b.norder && !rc; i++) {
        uint32_t v = 0, sc = 0, best = 0, bestc = 0;
        int p;
        dy_syntax_map_get(&b.val, b.order[i], &v);
        if (!dy_syntax_map_get(&b.senses, b.order[i], &sc))
            continue;
        for (p = 0; p < 4; p++)
            if (((sc >> (8 * p)) & 255) > bestc) {
                bestc = (sc >> (8 * p)) & 255;
                best = (uint32_t)p + 1;
            }
        rc = dy_syntax_map_put(&b.val, b.order[i], v | best << DY_SYNTAX_WN_DOM_SHIFT);
        if (rc)
            rc = dy_error(err, rc, dir, "cannot hold the WordNet table");
    }
    if (!rc)
        rc = notice(dir, &note, err);
    if (!rc && dy_syntax_map_freeze(&b.val, &kv, &kvlen) != DYAD_OK)
        rc = dy_error(err, DYAD_ENOMEM, dir, "out of memory");
    if (!rc) {
        /* u32 version, u32 notice bytes (NUL included, padded to 8),
         * notice, kv blob */
        uint32_t ver = WN_VERSION, nl = (uint32_t)((note.len + 1 + 7) & ~(size_t)7);
        static const char zero[8];
        rc = dy_buf_append(&out, &ver, 4);
        if (!rc)
            rc = dy_buf_append(&out, &nl, 4);
        if (!rc)
            rc = dy_buf_append(&out, note.data, note.len);
        if (!rc)
            rc = dy_buf_append(&out, zero, nl - note.len);
        if (!rc)
            rc = dy_buf_append(&out, kv, kvlen);
        if (rc)
            rc = dy_error(err, rc, dir, "out of memory");
    }
    if (!rc)
        *blob = dy_buf_detach(&out, len);
    dy_buf_release(&out);
    dy_buf_release(&note);
    dy_free(kv);
    dy_free(b.order);
    dy_syntax_map_release(&b.val);
    dy_syntax_map_release(&b.senses);
    return rc;
}

int dy_syntax_wn_open(const void *blob, size_t len, struct dy_syntax_wn *wn)
{
    const unsigned char *p = blob;
    uint32_t ver, nl;

    memset(wn, 0, sizeof(*wn));
    if (len < 8)
        return -1;
    memcpy(&ver, p, 4);
    memcpy(&nl, p + 4, 4);
    if (ver != WN_VERSION || nl == 0 || nl % 8 || nl > len - 8 ||
        memchr(p + 8, '\0', nl) == NULL)
        return -1;
    wn->notice = (const char *)p + 8;
    return dy_syntax_kv_open(p + 8 + nl, len - 8 - nl, &wn->kv);
}

static uint32_t get(const struct dy_syntax_kv *kv, const char *s, size_t n)
{
    uint32_t v;
    return dy_syntax_kv_get(kv, wn_key(s, n), &v) ? v : 0;
}

/* Is the base made of s[0, n - strip) + add a lemma of part of speech
 * pbit?  Returns its table value (0: no). */
static uint32_t base(const struct dy_syntax_kv *kv, const char *s, size_t n,
                     size_t strip, const char *add, uint32_t pbit)
{
    char buf[WN_MAXLEN + 8];
    size_t l, al = strlen(add);
    uint32_t v;

    if (strip >= n || n - strip + al < 2 || n - strip + al >= sizeof(buf))
        return 0;
    l = n - strip;
    memcpy(buf, s, l);
    memcpy(buf + l, add, al);
    v = get(kv, buf, l + al);
    return (v & pbit) ? v : 0;
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t l = strlen(suf);
    return n > l && memcmp(s + n - l, suf, l) == 0;
}

/* "stopped" -> "stop": a doubled consonant before a suffix of sl bytes. */
static int doubled(const char *s, size_t n, size_t sl)
{
    char c;
    if (n < sl + 3)
        return 0;
    c = s[n - sl - 1];
    return c == s[n - sl - 2] && c >= 'b' && c <= 'z' && !strchr("aeiouy", c);
}

/* WordNet's regular detachments ("morphy"): suffix, its replacement and
 * for verbs the inflection bit. */
static const struct { const char *suf, *add; } NOUN[] = {
    {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
    {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
static const struct { const char *suf, *add; uint32_t bit; } VERB[] = {
    {"s", "", DY_SYNTAX_WN_V3S}, {"ies", "y", DY_SYNTAX_WN_V3S},
    {"es", "e", DY_SYNTAX_WN_V3S}, {"es", "", DY_SYNTAX_WN_V3S},
    {"ed", "e", DY_SYNTAX_WN_VED}, {"ed", "", DY_SYNTAX_WN_VED},
    {"ied", "y", DY_SYNTAX_WN_VED},
    {"ing", "e", DY_SYNTAX_WN_VING}, {"ing", "", DY_SYNTAX_WN_VING}};

size_t dy_syntax_wn_base(const struct dy_syntax_kv *kv, const char *s, size_t n, uint32_t pbit,
                         char *out, size_t cap)
{
    size_t i, cnt = pbit == DY_SYNTAX_WN_N ? DY_ARRAY_LEN(NOUN) : DY_ARRAY_LEN(VERB);

    if (n < 3 || n >= WN_MAXLEN || (pbit != DY_SYNTAX_WN_N && pbit != DY_SYNTAX_WN_V))
        return 0;
    for (i = 0; i < cnt; i++) {
        const char *suf = pbit == DY_SYNTAX_WN_N ? NOUN[i].suf : VERB[i].suf;
        const char *add = pbit == DY_SYNTAX_WN_N ? NOUN[i].add : VERB[i].add;
        size_t sl = strlen(suf), al = strlen(add), strip = sl;
        if (!ends(s, n, suf))
            continue;
        if (!base(kv, s, n, strip, add, pbit)) {
            /* "stopped" -> "stop" */
            if (pbit != DY_SYNTAX_WN_V || add[0] || sl < 2 || !doubled(s, n, sl) ||
                !base(kv, s, n, sl + 1, "", pbit))
                continue;
            strip = sl + 1;
        }
        if (n - strip + al >= cap)
            continue;
        memcpy(out, s, n - strip);
        memcpy(out + n - strip, add, al + 1);
        return n - strip + al;
    }
    return 0;
}

uint32_t dy_syntax_wn_exact(const struct dy_syntax_kv *kv, const char *s, size_t n)
{
    return n > 0 && n < WN_MAXLEN ? get(kv, s, n) : 0;
}

uint32_t dy_syntax_wn_lookup(const struct dy_syntax_kv *kv, const char *s, size_t n)
{
    uint32_t v, r, nb = 0, vb = 0, x;
    size_t i;

    if (n == 0 || n >= WN_MAXLEN)
        return DY_SYNTAX_WN_PRESENT;
    v = get(kv, s, n);
    r = v & ~DY_SYNTAX_WN_MORPH_MASK;
    if (n >= 3) {
        static const struct { const char *suf, *add; uint32_t bit; } ADJ[] = {
            {"er", "", DY_SYNTAX_WN_AER}, {"er", "e", DY_SYNTAX_WN_AER},
            {"ier", "y", DY_SYNTAX_WN_AER},
            {"est", "", DY_SYNTAX_WN_AEST}, {"est", "e", DY_SYNTAX_WN_AEST},
            {"iest", "y", DY_SYNTAX_WN_AEST}};
        for (i = 0; i < DY_ARRAY_LEN(NOUN); i++)
            if (ends(s, n, NOUN[i].suf) &&
                (x = base(kv, s, n, strlen(NOUN[i].suf), NOUN[i].add, DY_SYNTAX_WN_N))) {
                r |= DY_SYNTAX_WN_NPL;
                if (!nb)
                    nb = x;
            }
        for (i = 0; i < DY_ARRAY_LEN(VERB); i++) {
            size_t sl = strlen(VERB[i].suf);
            if (ends(s, n, VERB[i].suf) &&
                ((x = base(kv, s, n, sl, VERB[i].add, DY_SYNTAX_WN_V)) ||
                 (!VERB[i].add[0] && sl >= 2 && doubled(s, n, sl) &&
                  (x = base(kv, s, n, sl + 1, "", DY_SYNTAX_WN_V))))) {
                r |= VERB[i].bit;
                if (!vb)
                    vb = x;
            }
        }
        for (i = 0; i < DY_ARRAY_LEN(ADJ); i++) {
            size_t sl = strlen(ADJ[i].suf);
            if (ends(s, n, ADJ[i].suf) &&
                (base(kv, s, n, sl, ADJ[i].add, DY_SYNTAX_WN_A) ||
                 (!ADJ[i].add[0] && doubled(s, n, sl) &&
                  base(kv, s, n, sl + 1, "", DY_SYNTAX_WN_A))))
                r |= ADJ[i].bit;
        }
    }
    /* a noun or verb reached only by detachment lends its fields */
    if (!(r & DY_SYNTAX_WN_NLEX_MASK) && nb)
        r |= nb & (DY_SYNTAX_WN_NLEX_MASK | DY_SYNTAX_WN_CAP1 | DY_SYNTAX_WN_CAPANY);
    if (!(r & DY_SYNTAX_WN_VLEX_MASK) && vb)
        r |= vb & DY_SYNTAX_WN_VLEX_MASK;
    return r | DY_SYNTAX_WN_PRESENT;
}
