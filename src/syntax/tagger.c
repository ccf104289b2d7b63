/*
 * tagger.c - word features and the greedy averaged-perceptron tagger.
 *
 * A tag class is a (UPOS, XPOS) pair, so one decision gives both tag
 * layers and they never contradict each other (IN/SCONJ vs IN/ADP is
 * learned, not guessed by rule).  Features follow Collins (2002) and
 * Honnibal's tagger: the word, its lowercase form, prefixes and
 * suffixes of 1-4 bytes, a collapsed shape, capitalisation, digit and
 * hyphen flags, the two previous predicted tags and a window of words
 * +-2.  Frequent unambiguous words skip the model through a tag
 * dictionary, which is both faster and slightly more accurate.
 *
 * Tagging runs twice: the second pass sees the first pass's tags of the
 * next two words as well (a cheap bidirectional tagger), and is trained
 * on jackknifed first-pass tags so that it learns how far to trust
 * them.
 *
 * Word forms are normalised before hashing the way dyad's tokenizer
 * normalises text (curly quotes to straight, dashes), so treebank
 * spelling and pipeline spelling meet on the same features.
 */
#include <string.h>

#include "syntax/syntax_int.h"

size_t dy_syntax_lower(const char *s, char *dst, size_t cap)
{
    size_t i = 0;

    if (cap == 0)
        return 0;
    while (s[i] && i + 1 < cap) {
        char c = s[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        i++;
    }
    dst[i] = '\0';
    return i;
}

/* Copies s into dst with typographic punctuation mapped to ASCII. */
static size_t normalise(const char *s, char *dst, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t o = 0;

    while (*p && o + 4 < cap) {
        if (p[0] == 0xE2 && p[1] == 0x80 && p[2]) {
            unsigned c = p[2];
            const char *rep = NULL;
            if (c == 0x9C || c == 0x9D || c == 0x9E)
                rep = "\"";
            else if (c == 0x98 || c == 0x99)
                rep = "'";
            else if (c == 0x93)
                rep = "-";
            else if (c == 0x94)
                rep = "--";
            else if (c == 0xA6)
                rep = "...";
            if (rep) {
                size_t l = strlen(rep);
                memcpy(dst + o, rep, l);
                o += l;
                p += 3;
                continue;
            }
        }
        dst[o++] = (char)*p++;
    }
    dst[o] = '\0';
    return o;
}

#define WBUF 128

void dy_syntax_wfeat_make(const char *form, struct dy_syntax_wfeat *out)
{
    char norm[WBUF], low[WBUF], shape[WBUF];
    size_t n, i, k, sl = 0;
    char last = 0;
    int run = 0;

    n = normalise(form, norm, sizeof(norm));
    dy_syntax_lower(norm, low, sizeof(low));
    out->form = dy_syntax_hash(norm, n, 1);
    out->lower = dy_syntax_hash(low, n, 2);
    for (k = 0; k < 4; k++) {
        size_t l = k + 1 < n ? k + 1 : n;
        out->pre[k] = dy_syntax_hash(low, l, 10 + k);
        out->suf[k] = dy_syntax_hash(low + n - l, l, 20 + k);
    }
    out->flags = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)norm[i];
        char s;
        if (c >= 'A' && c <= 'Z')
            s = 'X';
        else if (c >= 'a' && c <= 'z')
            s = 'x';
        else if (c >= '0' && c <= '9')
            s = 'd';
        else if (c >= 0x80)
            s = 'u';
        else
            s = (char)c;
        if (c >= '0' && c <= '9')
            out->flags |= 4;
        if (c == '-')
            out->flags |= 8;
        if (s == last) {
            run++;
        } else {
            run = 0;
            last = s;
        }
        if (run < 3 && sl + 1 < sizeof(shape))
            shape[sl++] = s;
    }
    out->shape = dy_syntax_hash(shape, sl, 30);
    out->amb_form = out->amb_lower = 0;
    out->wn = 0;
    if (n && norm[0] >= 'A' && norm[0] <= 'Z')
        out->flags |= 1;
#if DY_SYNTAX_FS_AMB
    if (n && norm[0] >= 'a' && norm[0] <= 'z')
        out->flags |= 32;
#endif
    {
        int all = n > 0;
        for (i = 0; i < n; i++)
            if (norm[i] >= 'a' && norm[i] <= 'z')
                all = 0;
        if (all && (out->flags & 1))
            out->flags |= 2;
    }
}

void dy_syntax_wfeat_finish(const struct dy_syntax_kv *amb,
                            struct dy_syntax_wfeat *w, size_t n)
{
    size_t i;

#if DY_SYNTAX_FS_AMB
    {
        /* headline: more than half of the words with a letter (at least
         * three) are capitalised */
        size_t alpha = 0, caps = 0;
        for (i = 0; i < n; i++) {
            caps += (w[i].flags & 1) != 0;
            alpha += (w[i].flags & (1 | 32)) != 0;
        }
        for (i = 0; i < n; i++) {
            w[i].flags &= ~16u;
            if (alpha >= 3 && 2 * caps > alpha)
                w[i].flags |= 16;
        }
    }
#endif
    for (i = 0; i < n; i++) {
        uint32_t v;
        w[i].amb_form = amb && dy_syntax_kv_get(amb, w[i].form, &v) ? v : 0;
        w[i].amb_lower = amb && dy_syntax_kv_get(amb, w[i].lower, &v) ? v : 0;
    }
}

void dy_syntax_wfeat_wordnet(const struct dy_syntax_wn *wn, const char *form,
                             struct dy_syntax_wfeat *w)
{
    char norm[WBUF], low[WBUF];
    size_t n;

    w->wn = 0;
    if (!wn || wn->kv.n == 0)
        return;
    n = normalise(form, norm, sizeof(norm));
    dy_syntax_lower(norm, low, sizeof(low));
    w->wn = dy_syntax_wn_lookup(&wn->kv, low, n);
}

/* Key of template T with values a and b. */
static inline uint64_t key2(uint64_t t, uint64_t a, uint64_t b)
{
    return dy_syntax_mix(dy_syntax_mix(t * 0x9e3779b97f4a7c15ULL + 77, a), b);
}

#define NO_WORD 0x5555ULL
#define START_TAG 4095

size_t dy_syntax_tagger_features(const struct dy_syntax_wfeat *w, size_t n,
                                 size_t i, int t1, int t2, const int *right,
                                 uint64_t *keys)
{
    size_t k = 0;
    const struct dy_syntax_wfeat *x = &w[i];
    const struct dy_syntax_wfeat *p1 = i >= 1 ? &w[i - 1] : NULL;
    const struct dy_syntax_wfeat *p2 = i >= 2 ? &w[i - 2] : NULL;
    const struct dy_syntax_wfeat *n1 = i + 1 < n ? &w[i + 1] : NULL;
    const struct dy_syntax_wfeat *n2 = i + 2 < n ? &w[i + 2] : NULL;
    uint64_t ut1 = (uint64_t)(t1 < 0 ? START_TAG : t1);
    uint64_t ut2 = (uint64_t)(t2 < 0 ? START_TAG : t2);
    uint64_t p1w = p1 ? p1->lower : NO_WORD, p2w = p2 ? p2->lower : NO_WORD;
    uint64_t n1w = n1 ? n1->lower : NO_WORD + 1, n2w = n2 ? n2->lower : NO_WORD + 1;
    int j;

    keys[k++] = key2(1, 0, 0);
    keys[k++] = key2(2, x->form, 0);
    keys[k++] = key2(3, x->lower, 0);
    for (j = 0; j < 4; j++) {
        keys[k++] = key2(4, (uint64_t)j, x->suf[j]);
        keys[k++] = key2(5, (uint64_t)j, x->pre[j]);
    }
    keys[k++] = key2(6, x->shape, 0);
    keys[k++] = key2(7, x->flags, i == 0);
    keys[k++] = key2(8, ut1, 0);
    keys[k++] = key2(9, ut2, 0);
    keys[k++] = key2(10, ut1, ut2);
    keys[k++] = key2(11, ut1, x->lower);
    keys[k++] = key2(12, ut1, x->suf[2]);
    keys[k++] = key2(13, p1w, 0);
    keys[k++] = key2(14, p1 ? p1->suf[2] : NO_WORD, 0);
    keys[k++] = key2(15, p2w, 0);
    keys[k++] = key2(16, n1w, 0);
    keys[k++] = key2(17, n1 ? n1->suf[2] : NO_WORD, 0);
    keys[k++] = key2(18, n1 ? n1->shape : NO_WORD, 0);
    keys[k++] = key2(19, n2w, 0);
    keys[k++] = key2(20, p1w, x->lower);
    keys[k++] = key2(21, x->lower, n1w);
    keys[k++] = key2(22, p1 ? p1->shape : NO_WORD, 0);
    keys[k++] = key2(23, ut1, n1w);
    keys[k++] = key2(24, n1 ? n1->suf[1] : NO_WORD, 0);
    keys[k++] = key2(25, n1 ? n1->flags : 99, 0);
    keys[k++] = key2(26, n2 ? n2->suf[2] : NO_WORD, 0);
    keys[k++] = key2(27, ut1, x->shape);
    keys[k++] = key2(28, p1w, n1w);
    keys[k++] = key2(29, x->suf[2], n1w);
    keys[k++] = key2(30, ut2, p1w);
#if DY_SYNTAX_FS_AMB
    {
        /* ambiguity classes of the word and its neighbours, alone and
         * with capitalisation / sentence start (PROPN vs NOUN) */
        uint64_t a0 = x->amb_lower, af = x->amb_form;
        uint64_t an1 = n1 ? n1->amb_lower : 1u << 31, an2 = n2 ? n2->amb_lower : 1u << 31;
        uint64_t ap1 = p1 ? p1->amb_lower : 1u << 31;
        keys[k++] = key2(31, af, a0);
        keys[k++] = key2(32, a0, (uint64_t)(x->flags & (1 | 2 | 16)) | (uint64_t)(i == 0) << 2);
        keys[k++] = key2(33, ut1, a0);
        keys[k++] = key2(34, an1, 0);
        keys[k++] = key2(35, a0, an1);
        keys[k++] = key2(36, an2, 0);
        keys[k++] = key2(37, ap1, a0);
        keys[k++] = key2(38, a0, x->suf[2]);
    }
#endif
    if (x->wn) {
        /* WordNet (a model trained with --wordnet): the parts of speech
         * the word has as a lemma, as an irregular form and through
         * regular endings ("not in WordNet" included), alone and with
         * capitalisation and sentence start; the first noun sense's
         * lexicographer file and WordNet's own capitalisation of the
         * noun with the word's (PROPN vs NOUN).  Neighbours' sets, the
         * previous tag, the suffix and the verb file were tried on top
         * and measured no better (BENCHMARKS.md) */
        uint64_t sig = x->wn & (DY_SYNTAX_WN_POS_MASK | DY_SYNTAX_WN_EXC_MASK |
                                DY_SYNTAX_WN_MORPH_MASK);
        uint64_t capf = (uint64_t)(x->flags & 3) | (uint64_t)(i == 0) << 2;
        uint64_t nlex = (x->wn & DY_SYNTAX_WN_NLEX_MASK) >> DY_SYNTAX_WN_NLEX_SHIFT;
        uint64_t wcap = (x->wn & (DY_SYNTAX_WN_CAP1 | DY_SYNTAX_WN_CAPANY)) >> 23;
        keys[k++] = key2(50, sig, 0);
        keys[k++] = key2(51, sig, capf);
        keys[k++] = key2(55, nlex | wcap << 5, capf);
    }
    if (right) {
        uint64_t r1 = i + 1 < n ? (uint64_t)right[i + 1] : START_TAG + 1;
        uint64_t r2 = i + 2 < n ? (uint64_t)right[i + 2] : START_TAG + 1;
        keys[k++] = key2(40, r1, 0);
        keys[k++] = key2(41, r1, r2);
        keys[k++] = key2(42, r1, x->lower);
        keys[k++] = key2(43, ut1, r1);
        keys[k++] = key2(44, r1, x->suf[2]);
        keys[k++] = key2(45, (uint64_t)right[i], 0);
    }
    return k;
}

void dy_syntax_tag(const struct dy_syntax_scorer *s, uint32_t ntags,
                   const struct dy_syntax_kv *tagdict,
                   const struct dy_syntax_wfeat *w, size_t n, const int *right,
                   int *tags)
{
    uint64_t keys[DY_SYNTAX_TAG_MAXFEAT];
    float scores[DY_SYNTAX_MAX_TAGS];
    size_t i;

    for (i = 0; i < n; i++) {
        uint32_t v, c, best = 0;
        size_t nk;
        if (tagdict && dy_syntax_kv_get(tagdict, w[i].form, &v) && v < ntags) {
            tags[i] = (int)v;
            continue;
        }
        nk = dy_syntax_tagger_features(w, n, i, i >= 1 ? tags[i - 1] : -1,
                                       i >= 2 ? tags[i - 2] : -1, right, keys);
        dy_syntax_score(s, keys, nk, scores, ntags);
        for (c = 1; c < ntags; c++)
            if (scores[c] > scores[best])
                best = c;
        tags[i] = (int)best;
    }
}
