/*
 * fuzz_lexicon.h - shared driver of the dictionary targets: loads the
 * fuzzer's bytes as one dictionary file through the public Lexicon API,
 * builds the lexicon and asks it a few questions, checking that every
 * diagnostic is well formed and that a file that loads builds.
 *
 * "include PATH" lines have '/' replaced by '_' first, so that a
 * crafted include can only name a file of the current directory (never
 * /dev/stdin or /proc, which would hang or be slow, not fail).
 */
#ifndef DY_FUZZ_LEXICON_H
#define DY_FUZZ_LEXICON_H

#include "fuzz.h"

static inline void fz_on_diag(void *ctx, const struct dyad_dict_diag *d)
{
    size_t *n = ctx;
    FZ_ASSERT(d->where && d->msg);
    FZ_ASSERT(d->code != DYAD_OK);
    (*n)++;
}

static inline int fz_has_include(const char *s, size_t n)
{
    for (size_t k = 0; k + 7 <= n; k++)
        if (memcmp(s + k, "include", 7) == 0)
            return 1;
    return 0;
}

/* Copy of data with include paths confined to the current directory. */
static inline char *fz_confine_includes(const uint8_t *data, size_t size)
{
    char *t = malloc(size + 1);
    size_t i = 0;

    FZ_ASSERT(t);
    if (size)
        memcpy(t, data, size);
    t[size] = '\0';
    while (i < size) {
        size_t e = i;
        while (e < size && t[e] != '\n')
            e++;
        if (fz_has_include(t + i, e - i))
            for (size_t k = i; k < e; k++)
                if (t[k] == '/')
                    t[k] = '_';
        i = e + 1;
    }
    return t;
}

/* The slot-aware matcher with verb `verb` over toks, three actor
 * mentions ("Russian lawmakers", "U.S.", "Iran"; the last two a
 * compound): every binding must point into the words. */
static inline void fz_slots(const struct dyad_lexicon *lx, const char *const *toks, size_t n,
                            size_t verb)
{
    struct dyad_verb_word w[16];
    struct dyad_verb_match vm;
    struct dyad_verb_slots sl;
    int rc;

    FZ_ASSERT(n <= 16);
    for (size_t k = 0; k < n; k++) {
        w[k].lemma = toks[k];
        w[k].form = (k & 1) ? toks[k] : NULL;
        w[k].actor = k <= 1 ? 1 : k == 4 ? 2 : k == n - 1 ? 3 : 0;
        w[k].compound = k == 4 || k == n - 1;
    }
    rc = dyad_lexicon_match_verb_slots(lx, w, n, verb, &vm, &sl);
    if (rc != DYAD_OK)
        return;
    FZ_ASSERT(sl.source == DYAD_VERB_NOSLOT || sl.source < n);
    FZ_ASSERT(sl.target == DYAD_VERB_NOSLOT || sl.target < n);
    FZ_ASSERT(sl.compound == DYAD_VERB_NOSLOT || sl.compound < n);
    FZ_ASSERT(sl.nmatched <= DYAD_VERB_MAX_MATCHED);
    for (size_t k = 0; k < sl.nmatched; k++)
        FZ_ASSERT(sl.matched[k] < n);
}

static inline void fz_lexicon_run(const uint8_t *data, size_t size, enum dyad_dict_format fmt,
                           int check, int convert)
{
    static const char *const toks[] = {"Russian", "lawmakers", "in", "the", "U.S.",
                                       "said", "President", "Putin", "'s", "army",
                                       "rejected", "sanctions", "on", "Iran"};
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b = NULL;
    struct dyad_lexicon *lx = NULL;
    struct dyad_dict_stats st;
    struct dyad_error err;
    size_t ndiag = 0;
    char *text = fz_confine_includes(data, size);
    const char *path = fz_write_scratch(".dict", (const uint8_t *)text, size);
    int rc;

    memset(&o, 0, sizeof(o));
    o.on_diag = fz_on_diag;
    o.ctx = &ndiag;
    o.check = check;
    if (convert) {
        char *buf = NULL;
        size_t blen = 0;
        FILE *out = open_memstream(&buf, &blen);
        FZ_ASSERT(out);
        rc = dyad_dict_convert(path, fmt, out, &o, &st, &err);
        fclose(out);
        free(buf);
        free(text);
        return;
    }
    rc = dyad_lexicon_builder_new(&o, &b);
    FZ_ASSERT(rc == DYAD_OK);
    rc = dyad_lexicon_builder_load(b, path, fmt, &st, &err);
    if (rc == DYAD_OK) {
        FZ_ASSERT(st.reported <= st.lines);
        rc = dyad_lexicon_build(b, &lx, &err);
        FZ_ASSERT(rc == DYAD_OK || rc == DYAD_ENOMEM);
    } else {
        FZ_ASSERT(err.code == rc);
    }
    if (lx) {
        struct dyad_lex_match m;
        struct dyad_verb_match vm;
        const struct dyad_cameo_code *cc;
        size_t n = sizeof(toks) / sizeof(toks[0]);
        for (size_t i = 0; i < n; i++) {
            rc = dyad_lexicon_match(lx, toks, n, i, (i & 1) ? "2019-03-07" : NULL, &m);
            FZ_ASSERT(rc == DYAD_OK);
            if (m.kind != DYAD_LEX_NONE)
                FZ_ASSERT(m.start == i && m.len >= 1 && m.start + m.len <= n);
            rc = dyad_lexicon_match_verb(lx, toks[i], toks, i, toks + i + 1, n - i - 1, &vm);
            (void)rc;
            fz_slots(lx, toks, n, i);
        }
        (void)dyad_lexicon_cameo(lx, "0231", &cc);
        dyad_lexicon_stats(lx, &st);
    }
    dyad_lexicon_free(lx);
    dyad_lexicon_builder_free(b);
    free(text);
}

#endif
