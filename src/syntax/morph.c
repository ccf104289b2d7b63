/*
 * morph.c - lemmas, morphological features and the tag dictionary,
 * learned from the treebank's LEMMA and FEATS columns.
 *
 * Lemmas: a word's lemma is found by (1) an exception table keyed by
 * (lowercase form, tag class) for words the rules get wrong
 * ("was"/VBD -> "be", "n't" -> "not"); (2) suffix-rewrite rules keyed by
 * (tag class, final 1-6 bytes), longest suffix first, each "strip k
 * bytes, append s" ("poured"/VBD: strip 2; "studies"/NNS: strip 3 append
 * "y"); between the two, for past-tense and participle tags, the list
 * of English irregular verbs (irregular.c: "shot" -> "shoot"); (3) the
 * form itself, lowercased except for proper nouns.  Rules
 * are the majority rewrite for their suffix, stored only where they
 * differ from the next shorter suffix's rule, so the table stays small
 * and unknown words ("rejected", "Tweeted") still get lemmas.
 *
 * Features: the most frequent FEATS string per tag class, with
 * exceptions per (lowercase form, tag class) (pronouns carry Case,
 * Person, Number; "not" carries Polarity=Neg).
 *
 * Tag dictionary: exact forms seen at least 20 times with one tag class
 * in at least 99% of cases get that class without scoring.
 */
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax_int.h"

uint64_t dy_syntax_morph_key(const char *lower, size_t len, int tag)
{
    return dy_syntax_mix(dy_syntax_hash(lower, len, 40), (uint64_t)tag + 1);
}

static uint64_t suffix_key(const char *suf, size_t len, int tag)
{
    return dy_syntax_mix(dy_syntax_hash(suf, len, 50), (uint64_t)tag + 7);
}

#define LBUF 256

/* Applies rules and defaults (no exception table). */
static const char *by_rule(const struct dyad_model *m, struct dy_arena *a,
                           const char *form, const char *low, size_t n,
                           int tag)
{
    size_t L;
    uint32_t v;
    char *out;

    if (tag >= 0 && tag < (int)m->ntags && m->propn[tag])
        return dy_arena_strndup(a, form, strlen(form));
    for (L = n > DY_SYNTAX_SUFFIX_MAX ? DY_SYNTAX_SUFFIX_MAX : n; L >= 1; L--) {
        if (dy_syntax_kv_get(&m->lemma_rule, suffix_key(low + n - L, L, tag), &v)) {
            size_t strip = v >> 24, off = v & 0xFFFFFF, alen;
            const char *app;
            if (strip > n || off >= m->strings_len)
                break;
            app = m->strings + off;
            alen = strlen(app);
            if (strip == n && alen == 0)
                break;   /* never produce an empty lemma */
            out = dy_arena_alloc(a, n - strip + alen + 1);
            if (!out)
                return NULL;
            memcpy(out, low, n - strip);
            memcpy(out + n - strip, app, alen + 1);
            return out;
        }
    }
    return dy_arena_strndup(a, low, n);
}

/* Is low[0, n) a WordNet lemma with the part of speech bit pos? */
static int wn_is(const struct dyad_model *m, const char *low, size_t n, uint32_t pos)
{
    return (dy_syntax_wn_exact(&m->wn.kv, low, n) & pos) != 0;
}

/* Whether form low[0..n) is base[0..bl) with its last letter doubled and
 * "ed" or "ing" ("patrolled", "compelling"). */
static int doubled_ending(const char *low, size_t n, const char *base, size_t bl)
{
    return bl + 3 <= n && memcmp(low, base, bl) == 0 && low[bl] == base[bl - 1] &&
           (strcmp(low + bl + 1, "ed") == 0 || strcmp(low + bl + 1, "ing") == 0);
}

/*
 * A suffix rule's lemma that WordNet does not know, for an inflected
 * verb or plural noun of a model with a WordNet table, is checked
 * against WordNet's own detachment rules ("morphy"): "extradited" ->
 * rule "extradit", WordNet "extradite"; "stopped" -> "stop".  The first
 * candidate that WordNet has as a lemma of the tag's part of speech
 * replaces the rule's; without one the rule's lemma stays.  A rule that
 * leaves the form whole learnt it from the treebanks ("regards",
 * "supplies" as nouns) and is kept.  A form WordNet lists among its
 * irregular inflections ("lying", "left") keeps the rule's lemma (the
 * table holds no mapping for it) unless it is a doubled final consonant
 * ("patrolled" -> "patrol", was "patroll"), which the detachment finds.
 */
static const char *wn_checked(const struct dyad_model *m, struct dy_arena *a,
                              const char *low, size_t n, int tag, const char *lemma)
{
    uint32_t pos = m->tags[tag].xpos[0] == 'N' ? DY_SYNTAX_WN_N : DY_SYNTAX_WN_V;
    char buf[LBUF];
    size_t bl;

    if (!m->wn.kv.n || !lemma || strcmp(lemma, low) == 0 || wn_is(m, lemma, strlen(lemma), pos))
        return lemma;
    bl = dy_syntax_wn_base(&m->wn.kv, low, n, pos, buf, sizeof(buf));
    if (bl && (dy_syntax_wn_exact(&m->wn.kv, low, n) & DY_SYNTAX_WN_EXC_MASK) &&
        !doubled_ending(low, n, buf, bl))
        return lemma;
    return bl ? dy_arena_strndup(a, buf, bl) : lemma;
}

const char *dy_syntax_lemma(const struct dyad_model *m, struct dy_arena *a,
                            const char *form, int tag)
{
    char low[LBUF];
    size_t n = dy_syntax_lower(form, low, sizeof(low));
    uint32_t off;

    if (dy_syntax_kv_get(&m->lemma_exc, dy_syntax_morph_key(low, n, tag), &off) &&
        off < m->strings_len)
        return m->strings + off;
    if (tag >= 0 && tag < (int)m->ntags && m->tags[tag].xpos &&
        (strcmp(m->tags[tag].xpos, "VBD") == 0 || strcmp(m->tags[tag].xpos, "VBN") == 0 ||
         ((strcmp(m->tags[tag].xpos, "VB") == 0 || strcmp(m->tags[tag].xpos, "VBP") == 0) &&
          !dy_syntax_irregular_is_base(low)))) {
        /* an irregular past or participle the treebanks lack (also
         * mistagged as a present: "they strove"), unless the form is a
         * verb of its own ("saw", "found", "lay") */
        const char *irr = dy_syntax_irregular_lemma(low);
        if (irr)
            return irr;
    }
    if (tag >= 0 && tag < (int)m->ntags && m->tags[tag].xpos && !m->propn[tag] &&
        (strcmp(m->tags[tag].xpos, "VBD") == 0 || strcmp(m->tags[tag].xpos, "VBN") == 0 ||
         strcmp(m->tags[tag].xpos, "VBG") == 0 || strcmp(m->tags[tag].xpos, "VBZ") == 0 ||
         strcmp(m->tags[tag].xpos, "NNS") == 0))
        return wn_checked(m, a, low, n, tag, by_rule(m, a, form, low, n, tag));
    return by_rule(m, a, form, low, n, tag);
}

const char *dy_syntax_feats(const struct dyad_model *m, const char *form,
                            int tag)
{
    char low[LBUF];
    size_t n = dy_syntax_lower(form, low, sizeof(low));
    uint32_t off;

    if (dy_syntax_kv_get(&m->feats_exc, dy_syntax_morph_key(low, n, tag), &off) &&
        off < m->strings_len)
        return m->strings + off;
    if (tag >= 0 && tag < (int)m->ntags)
        return m->tags[tag].feats;
    return "_";
}

/* ---- learning ------------------------------------------------------------ */

/* (key, value) pairs counted by sorting. */
struct kvrec {
    uint64_t key;
    uint64_t aux;     /* parent key for rules */
    uint32_t val;
    uint32_t pad_;
};

struct recs {
    struct kvrec *r;
    size_t n, a;
};

static int rec_push(struct recs *rs, uint64_t key, uint64_t aux, uint32_t val)
{
    if (rs->n == rs->a) {
        size_t na = rs->a ? rs->a * 2 : 4096;
        struct kvrec *nr = dy_reallocarray(rs->r, na, sizeof(*nr));
        if (!nr)
            return DYAD_ENOMEM;
        rs->r = nr;
        rs->a = na;
    }
    rs->r[rs->n].key = key;
    rs->r[rs->n].aux = aux;
    rs->r[rs->n].val = val;
    rs->r[rs->n].pad_ = 0;
    rs->n++;
    return DYAD_OK;
}

static int cmp_rec(const void *a, const void *b)
{
    const struct kvrec *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->val != y->val)
        return x->val < y->val ? -1 : 1;
    return 0;
}

/* For each key: the most frequent value (ties: smallest value, so the
 * result does not depend on input order), its count and the total.
 * Calls fn for each key. */
typedef int (*best_fn)(void *ctx, const struct kvrec *r, uint32_t best,
                       size_t bestn, size_t total);

static int for_best(struct recs *rs, best_fn fn, void *ctx)
{
    size_t i = 0;

    if (rs->n > 1)   /* qsort's base must not be NULL, even for 0 items */
        qsort(rs->r, rs->n, sizeof(*rs->r), cmp_rec);
    while (i < rs->n) {
        size_t j = i, total = 0, bestn = 0;
        uint32_t best = 0;
        int rc;
        while (j < rs->n && rs->r[j].key == rs->r[i].key) {
            size_t k = j;
            while (k < rs->n && rs->r[k].key == rs->r[j].key &&
                   rs->r[k].val == rs->r[j].val)
                k++;
            if (k - j > bestn) {
                bestn = k - j;
                best = rs->r[j].val;
            }
            total += k - j;
            j = k;
        }
        rc = fn(ctx, &rs->r[i], best, bestn, total);
        if (rc)
            return rc;
        i = j;
    }
    return DYAD_OK;
}

/* Rewrite rule (strip, append-offset) packed as strip<<24 | offset. */
static uint32_t make_rule(struct dy_syntax_strtab *st, const char *low,
                          size_t n, const char *lemma, int *rc)
{
    size_t cp = 0, strip;
    uint32_t off;

    while (cp < n && lemma[cp] && low[cp] == lemma[cp])
        cp++;
    strip = n - cp;
    *rc = dy_syntax_strtab_add(st, lemma + cp, &off);
    if (*rc)
        return 0;
    if (strip > 255 || off > 0xFFFFFF) {
        *rc = DYAD_ETOOBIG;
        return 0;
    }
    return (uint32_t)(strip << 24) | off;
}

struct learn {
    struct dy_syntax_map best;      /* rule key -> best rule */
    struct dy_syntax_map out;       /* what gets frozen */
    uint32_t identity;              /* rule strip 0 append "" */
};

static int rule_best(void *ctx, const struct kvrec *r, uint32_t best,
                     size_t bestn, size_t total)
{
    struct learn *l = ctx;
    (void)r;
    (void)total;
    if (bestn < 2)
        return DYAD_OK;
    return dy_syntax_map_put(&l->best, r->key, best);
}

static int rule_keep(void *ctx, const struct kvrec *r, uint32_t best,
                     size_t bestn, size_t total)
{
    struct learn *l = ctx;
    uint32_t mine, parent = l->identity;
    (void)best;
    (void)bestn;
    (void)total;
    if (!dy_syntax_map_get(&l->best, r->key, &mine))
        return DYAD_OK;
    if (r->aux)
        dy_syntax_map_get(&l->best, r->aux, &parent);
    if (mine == parent)
        return DYAD_OK;
    return dy_syntax_map_put(&l->out, r->key, mine);
}

static int put_best(void *ctx, const struct kvrec *r, uint32_t best,
                    size_t bestn, size_t total)
{
    (void)bestn;
    (void)total;
    return dy_syntax_map_put(ctx, r->key, best);
}

struct tagdict_ctx {
    struct dy_syntax_map *m;
};

static int tagdict_best(void *ctx, const struct kvrec *r, uint32_t best,
                        size_t bestn, size_t total)
{
    struct tagdict_ctx *t = ctx;
    if (total >= 20 && bestn * 100 >= total * 99)
        return dy_syntax_map_put(t->m, r->key, best);
    return DYAD_OK;
}

void dy_syntax_morph_blobs_release(struct dy_syntax_morph_blobs *b)
{
    if (!b)
        return;
    dy_free(b->lemma_exc);
    dy_free(b->lemma_rule);
    dy_free(b->feats_exc);
    dy_free(b->tagdict);
    memset(b, 0, sizeof(*b));
}

/* A model view over the tables learned so far, to apply the rules
 * exactly as the run time will. */
static int rule_model(struct dyad_model *m, const struct dy_syntax_strtab *st,
                      const void *rule_blob, size_t rule_len,
                      const unsigned char *is_propn, uint32_t ntags)
{
    memset(m, 0, sizeof(*m));
    m->strings = st->buf.data;
    m->strings_len = st->buf.len;
    m->ntags = ntags;
    memcpy(m->propn, is_propn, ntags);
    return dy_syntax_kv_open(rule_blob, rule_len, &m->lemma_rule);
}

int dy_syntax_morph_learn(const struct dy_syntax_corpus *c, const int *tagidx,
                          uint32_t ntags, const unsigned char *is_propn,
                          struct dy_syntax_strtab *st, uint32_t *tag_feats,
                          struct dy_syntax_morph_blobs *out)
{
    struct recs rules = {0}, lem = {0}, fts = {0}, tfts = {0}, td = {0};
    struct learn l;
    struct dy_syntax_map lemmap, featmap;
    struct dyad_model *view = NULL;
    struct dy_arena *arena = NULL;
    size_t s, i, wi = 0;
    int rc = DYAD_OK;
    char low[LBUF];

    memset(out, 0, sizeof(*out));
    memset(&l, 0, sizeof(l));
    dy_syntax_map_init(&l.best);
    dy_syntax_map_init(&l.out);
    dy_syntax_map_init(&lemmap);
    dy_syntax_map_init(&featmap);
    rc = dy_syntax_strtab_add(st, "", &l.identity);
    if (rc)
        goto done;
    for (s = 0; s < c->nsents; s++) {
        const struct dy_syntax_sent *se = &c->sents[s];
        for (i = 0; i < se->n; i++, wi++) {
            const struct dy_syntax_cword *w = &se->w[i];
            int tag = tagidx[wi];
            size_t n = dy_syntax_lower(w->form, low, sizeof(low)), L;
            uint32_t rule, off;
            if (tag < 0)
                continue;
            rc = dy_syntax_strtab_add(st, w->lemma, &off);
            if (!rc)
                rc = rec_push(&lem, dy_syntax_morph_key(low, n, tag), 0, off);
            if (!rc)
                rc = dy_syntax_strtab_add(st, w->feats, &off);
            if (!rc)
                rc = rec_push(&fts, dy_syntax_morph_key(low, n, tag), 0, off);
            if (!rc)
                rc = rec_push(&tfts, (uint64_t)tag + 1, 0, off);
            if (!rc)
                rc = rec_push(&td, dy_syntax_hash(w->form, strlen(w->form), 1),
                              0, (uint32_t)tag);
            if (rc)
                goto done;
            if (is_propn[tag] || n == 0)
                continue;
            rule = make_rule(st, low, n, w->lemma, &rc);
            if (rc)
                goto done;
            for (L = 1; L <= DY_SYNTAX_SUFFIX_MAX && L <= n; L++) {
                if ((rule >> 24) > L)
                    continue;  /* the rule must act within the suffix */
                rc = rec_push(&rules, suffix_key(low + n - L, L, tag),
                              L > 1 ? suffix_key(low + n - L + 1, L - 1, tag) : 0,
                              rule);
                if (rc)
                    goto done;
            }
        }
    }
    /* suffix rules */
    rc = for_best(&rules, rule_best, &l);
    if (!rc)
        rc = for_best(&rules, rule_keep, &l);
    if (!rc)
        rc = dy_syntax_map_freeze(&l.out, &out->lemma_rule, &out->lemma_rule_len);
    if (rc)
        goto done;
    /* lemma exceptions: the majority lemma where the rules disagree */
    rc = for_best(&lem, put_best, &lemmap);
    if (rc)
        goto done;
    view = dy_calloc(1, sizeof(*view));
    arena = dy_arena_new(1 << 16);
    if (!view || !arena) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    rc = rule_model(view, st, out->lemma_rule, out->lemma_rule_len, is_propn, ntags);
    if (rc) {
        rc = DYAD_EINTERNAL;
        goto done;
    }
    {
        struct dy_syntax_map exc;
        dy_syntax_map_init(&exc);
        wi = 0;
        for (s = 0; s < c->nsents && !rc; s++) {
            const struct dy_syntax_sent *se = &c->sents[s];
            for (i = 0; i < se->n && !rc; i++, wi++) {
                const struct dy_syntax_cword *w = &se->w[i];
                int tag = tagidx[wi];
                size_t n = dy_syntax_lower(w->form, low, sizeof(low));
                uint64_t k;
                uint32_t best;
                const char *guess;
                if (tag < 0)
                    continue;
                k = dy_syntax_morph_key(low, n, tag);
                if (!dy_syntax_map_get(&lemmap, k, &best))
                    continue;
                /* the string table may have moved: refresh the view */
                view->strings = st->buf.data;
                view->strings_len = st->buf.len;
                guess = by_rule(view, arena, w->form, low, n, tag);
                if (!guess) {
                    rc = DYAD_ENOMEM;
                    break;
                }
                if (strcmp(guess, st->buf.data + best) != 0)
                    rc = dy_syntax_map_put(&exc, k, best);
                dy_arena_reset(arena);
            }
        }
        if (!rc)
            rc = dy_syntax_map_freeze(&exc, &out->lemma_exc, &out->lemma_exc_len);
        dy_syntax_map_release(&exc);
        if (rc)
            goto done;
    }
    /* features: tag defaults, then per-word exceptions */
    rc = for_best(&tfts, put_best, &featmap);
    if (rc)
        goto done;
    for (i = 0; i < ntags; i++) {
        uint32_t v;
        tag_feats[i] = dy_syntax_map_get(&featmap, (uint64_t)i + 1, &v) ? v : 0;
    }
    {
        struct dy_syntax_map best, exc;
        dy_syntax_map_init(&best);
        dy_syntax_map_init(&exc);
        rc = for_best(&fts, put_best, &best);
        /* keep the entries that differ from their tag's default */
        if (!rc) {
            wi = 0;
            for (s = 0; s < c->nsents && !rc; s++) {
                const struct dy_syntax_sent *se = &c->sents[s];
                for (i = 0; i < se->n && !rc; i++, wi++) {
                    int tag = tagidx[wi];
                    size_t n = dy_syntax_lower(se->w[i].form, low, sizeof(low));
                    uint64_t k;
                    uint32_t v;
                    if (tag < 0)
                        continue;
                    k = dy_syntax_morph_key(low, n, tag);
                    if (dy_syntax_map_get(&best, k, &v) && v != tag_feats[tag])
                        rc = dy_syntax_map_put(&exc, k, v);
                }
            }
        }
        if (!rc)
            rc = dy_syntax_map_freeze(&exc, &out->feats_exc, &out->feats_exc_len);
        dy_syntax_map_release(&best);
        dy_syntax_map_release(&exc);
        if (rc)
            goto done;
    }
    /* tag dictionary */
    {
        struct dy_syntax_map m;
        struct tagdict_ctx t;
        dy_syntax_map_init(&m);
        t.m = &m;
        rc = for_best(&td, tagdict_best, &t);
        if (!rc)
            rc = dy_syntax_map_freeze(&m, &out->tagdict, &out->tagdict_len);
        dy_syntax_map_release(&m);
    }
done:
    dy_free(rules.r);
    dy_free(lem.r);
    dy_free(fts.r);
    dy_free(tfts.r);
    dy_free(td.r);
    dy_syntax_map_release(&l.best);
    dy_syntax_map_release(&l.out);
    dy_syntax_map_release(&lemmap);
    dy_syntax_map_release(&featmap);
    dy_free(view);
    dy_arena_free(arena);
    if (rc)
        dy_syntax_morph_blobs_release(out);
    return rc;
}
