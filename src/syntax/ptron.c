/*
 * ptron.c - feature hashing, the sparse averaged perceptron used while
 * training, its frozen form in the model file, and the small
 * key -> value tables the model uses for dictionaries.
 *
 * Features are 64-bit hashes of (template, values); a weight row holds
 * only the classes that were ever updated for that feature, because
 * with ~100 classes and millions of features dense rows would need
 * gigabytes.  Averaging uses the usual lazy timestamps (Daumé's trick):
 * each weight remembers when it last changed, so an update costs O(1).
 *
 * Frozen layout (all little-endian, see model.c for the file around it):
 *   u32 nslots (power of two), u32 nclasses, u32 nfeatures, f32 scale,
 *   u64 nent, then nslots slots of {u32 fingerprint, u32 start},
 *   then u16 ent[nent]
 * where ent[start] is a count c and c (class, int16 weight) pairs
 * follow.  The slot index comes from the low bits of the 64-bit feature
 * key and the fingerprint is its high 32 bits, so a slot costs 8 bytes
 * and a false match needs a 32-bit collision within one probe run
 * (about one feature lookup in a billion; it only adds a wrong weight
 * row to one score).  A lookup touches one cache line for the slot and
 * one for the weights; scoring
 * prefetches all slots of a state first, then all weight rows, so the
 * ~100 cache misses of a parser state overlap instead of queueing.  Weights are quantised to int16 with one scale per table; a
 * weight that rounds to 0 is dropped, and so is a feature left empty.
 */
#include <math.h>
#include <string.h>

#include "syntax/syntax_int.h"

uint64_t dy_syntax_hash(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL ^ (seed * 0x100000001b3ULL);
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h ? h : 1;
}

uint64_t dy_syntax_rand(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int dy_syntax_kv_get(const struct dy_syntax_kv *kv, uint64_t key,
                     uint32_t *val)
{
    uint32_t i;

    if (!kv->keys)
        return 0;
    i = (uint32_t)key & kv->mask;
    /* At most one pass over the table: a crafted model file whose table
     * has no empty slot must not make a lookup spin forever. */
    for (uint64_t probes = 0; probes <= (uint64_t)kv->mask; probes++) {
        uint64_t k = kv->keys[i];
        if (k == key) {
            *val = kv->vals[i];
            return 1;
        }
        if (k == 0)
            return 0;
        i = (i + 1) & kv->mask;
    }
    return 0;
}

/* ---- training perceptron -------------------------------------------- */

struct ent {
    uint32_t cls;
    uint32_t ts;     /* tick of the last change of w */
    float w;
    float pad_;
    double tot;      /* sum of w over ticks up to ts */
};

struct row {
    uint32_t n, cap;
    struct ent *e;
};

struct dy_syntax_ptron {
    uint32_t nclasses;
    uint32_t tick;
    uint64_t *keys;      /* open addressing, 0 = empty */
    uint32_t *idx;       /* row index per slot */
    uint32_t mask;
    struct row *rows;
    uint32_t nrows, arows;
};

int dy_syntax_ptron_new(uint32_t nclasses, struct dy_syntax_ptron **out)
{
    struct dy_syntax_ptron *p = dy_calloc(1, sizeof(*p));

    *out = NULL;
    if (!p)
        return DYAD_ENOMEM;
    p->nclasses = nclasses;
    p->mask = (1u << 16) - 1;
    p->keys = dy_calloc((size_t)p->mask + 1, sizeof(*p->keys));
    p->idx = dy_calloc((size_t)p->mask + 1, sizeof(*p->idx));
    if (!p->keys || !p->idx) {
        dy_syntax_ptron_free(p);
        return DYAD_ENOMEM;
    }
    *out = p;
    return DYAD_OK;
}

void dy_syntax_ptron_free(struct dy_syntax_ptron *p)
{
    uint32_t i;

    if (!p)
        return;
    for (i = 0; i < p->nrows; i++)
        dy_free(p->rows[i].e);
    dy_free(p->rows);
    dy_free(p->keys);
    dy_free(p->idx);
    dy_free(p);
}

size_t dy_syntax_ptron_nfeatures(const struct dy_syntax_ptron *p)
{
    return p->nrows;
}

static const struct row *find_row(const struct dy_syntax_ptron *p, uint64_t key)
{
    uint32_t i = (uint32_t)key & p->mask;

    for (;;) {
        uint64_t k = p->keys[i];
        if (k == key)
            return &p->rows[p->idx[i]];
        if (k == 0)
            return NULL;
        i = (i + 1) & p->mask;
    }
}

static int grow(struct dy_syntax_ptron *p)
{
    uint32_t nmask = p->mask * 2 + 1, i;
    uint64_t *nk = dy_calloc((size_t)nmask + 1, sizeof(*nk));
    uint32_t *ni = dy_calloc((size_t)nmask + 1, sizeof(*ni));

    if (!nk || !ni) {
        dy_free(nk);
        dy_free(ni);
        return DYAD_ENOMEM;
    }
    for (i = 0; i <= p->mask; i++) {
        uint32_t j;
        if (!p->keys[i])
            continue;
        j = (uint32_t)p->keys[i] & nmask;
        while (nk[j])
            j = (j + 1) & nmask;
        nk[j] = p->keys[i];
        ni[j] = p->idx[i];
    }
    dy_free(p->keys);
    dy_free(p->idx);
    p->keys = nk;
    p->idx = ni;
    p->mask = nmask;
    return DYAD_OK;
}

static int get_row(struct dy_syntax_ptron *p, uint64_t key, struct row **out)
{
    uint32_t i;

    if ((size_t)(p->nrows + 1) * 2 > (size_t)p->mask + 1) {
        if (p->mask >= (1u << 31) - 1 || grow(p) != DYAD_OK)
            return DYAD_ENOMEM;
    }
    i = (uint32_t)key & p->mask;
    for (;;) {
        uint64_t k = p->keys[i];
        if (k == key) {
            *out = &p->rows[p->idx[i]];
            return DYAD_OK;
        }
        if (k == 0)
            break;
        i = (i + 1) & p->mask;
    }
    if (p->nrows >= DY_SYNTAX_MAX_FEATURES)
        return DYAD_ETOOBIG;
    if (p->nrows == p->arows) {
        uint32_t na = p->arows ? p->arows * 2 : 4096;
        struct row *nr = dy_reallocarray(p->rows, na, sizeof(*nr));
        if (!nr)
            return DYAD_ENOMEM;
        p->rows = nr;
        p->arows = na;
    }
    p->keys[i] = key;
    p->idx[i] = p->nrows;
    memset(&p->rows[p->nrows], 0, sizeof(struct row));
    *out = &p->rows[p->nrows++];
    return DYAD_OK;
}

void dy_syntax_ptron_score(const struct dy_syntax_ptron *p,
                           const uint64_t *keys, size_t nkeys, float *scores)
{
    size_t i;
    uint32_t j;

    memset(scores, 0, p->nclasses * sizeof(*scores));
    for (i = 0; i < nkeys; i++) {
        const struct row *r = find_row(p, keys[i]);
        if (!r)
            continue;
        for (j = 0; j < r->n; j++)
            scores[r->e[j].cls] += r->e[j].w;
    }
}

static int upd(struct dy_syntax_ptron *p, struct row *r, uint32_t cls, float d)
{
    uint32_t j;
    struct ent *e = NULL;

    for (j = 0; j < r->n; j++) {
        if (r->e[j].cls == cls) {
            e = &r->e[j];
            break;
        }
    }
    if (!e) {
        if (r->n == r->cap) {
            uint32_t nc = r->cap ? r->cap * 2 : 2;
            struct ent *ne = dy_reallocarray(r->e, nc, sizeof(*ne));
            if (!ne)
                return DYAD_ENOMEM;
            r->e = ne;
            r->cap = nc;
        }
        e = &r->e[r->n++];
        memset(e, 0, sizeof(*e));
        e->cls = cls;
        e->ts = p->tick;
    }
    e->tot += (double)(p->tick - e->ts) * e->w;
    e->ts = p->tick;
    e->w += d;
    return DYAD_OK;
}

int dy_syntax_ptron_update(struct dy_syntax_ptron *p, const uint64_t *keys,
                           size_t nkeys, uint32_t good, uint32_t bad)
{
    size_t i;
    int rc;

    if (good == bad)
        return DYAD_OK;
    for (i = 0; i < nkeys; i++) {
        struct row *r;
        rc = get_row(p, keys[i], &r);
        if (rc)
            return rc;
        rc = upd(p, r, good, 1.0f);
        if (!rc)
            rc = upd(p, r, bad, -1.0f);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

int dy_syntax_ptron_add(struct dy_syntax_ptron *p, const uint64_t *keys,
                        size_t nkeys, uint32_t cls, float delta)
{
    size_t i;

    for (i = 0; i < nkeys; i++) {
        struct row *r;
        int rc = get_row(p, keys[i], &r);
        if (!rc)
            rc = upd(p, r, cls, delta);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

void dy_syntax_ptron_tick(struct dy_syntax_ptron *p)
{
    p->tick++;
}

void dy_syntax_ptron_average(struct dy_syntax_ptron *p)
{
    uint32_t i, j;
    double t = p->tick ? (double)p->tick : 1.0;

    for (i = 0; i < p->nrows; i++) {
        struct row *r = &p->rows[i];
        for (j = 0; j < r->n; j++) {
            struct ent *e = &r->e[j];
            double tot = e->tot + (double)(p->tick - e->ts) * e->w;
            e->w = (float)(tot / t);
            e->tot = 0;
            e->ts = p->tick;
        }
    }
}

/* dst += src, weight by weight (both already averaged).  Used to sum
 * the members of a parser ensemble: a linear model's scores add, so the
 * sum of K members' weights scores every transition exactly as the sum
 * of the K members' scores would, at the cost of one model's lookups.
 * Rows are visited in src's slot order, so the result is deterministic. */
int dy_syntax_ptron_merge(struct dy_syntax_ptron *dst,
                          const struct dy_syntax_ptron *src)
{
    uint32_t i, j;

    if (dst->nclasses != src->nclasses)
        return DYAD_EINVAL;
    for (i = 0; i <= src->mask; i++) {
        const struct row *sr;
        struct row *dr;
        int rc;
        if (!src->keys[i])
            continue;
        sr = &src->rows[src->idx[i]];
        rc = get_row(dst, src->keys[i], &dr);
        if (rc)
            return rc;
        /* dr may have moved if get_row grew the rows, sr cannot (src is
         * another table) */
        for (j = 0; j < sr->n; j++) {
            rc = upd(dst, dr, sr->e[j].cls, sr->e[j].w);
            if (rc)
                return rc;
        }
    }
    return DYAD_OK;
}

void dy_syntax_ptron_scale(struct dy_syntax_ptron *p, float f)
{
    uint32_t i, j;

    for (i = 0; i < p->nrows; i++)
        for (j = 0; j < p->rows[i].n; j++)
            p->rows[i].e[j].w *= f;
}

#define FROZEN_HDR 24

/* Quantised weight, 0 when dropped. */
static long quant(float w, double scale, float min_abs)
{
    if (fabsf(w) < min_abs)
        return 0;
    return lrint(w / scale);
}

int dy_syntax_ptron_freeze(const struct dy_syntax_ptron *p, float min_abs,
                           void **blob, size_t *len)
{
    double maxabs = 0, scale;
    uint32_t i, j, nfeat = 0, nslots = 16;
    uint64_t nent = 0;
    size_t off_keys, off_ent, total;
    unsigned char *b;
    struct dy_syntax_slot *slots;
    uint16_t *ent;
    uint64_t pos = 0;
    float fscale;

    *blob = NULL;
    *len = 0;
    for (i = 0; i < p->nrows; i++)
        for (j = 0; j < p->rows[i].n; j++)
            if (fabs(p->rows[i].e[j].w) > maxabs)
                maxabs = fabs(p->rows[i].e[j].w);
    scale = maxabs > 0 ? maxabs / 32767.0 : 1.0;
    fscale = (float)scale;
    /* Count surviving features and entries. */
    for (i = 0; i < p->nrows; i++) {
        uint32_t c = 0;
        for (j = 0; j < p->rows[i].n; j++)
            if (quant(p->rows[i].e[j].w, scale, min_abs) != 0)
                c++;
        if (c) {
            nfeat++;
            nent += 1 + 2 * (uint64_t)c;
        }
    }
    while ((uint64_t)nslots * 3 < (uint64_t)nfeat * 4)  /* load <= 3/4 */
        nslots *= 2;
    if (nent > UINT32_MAX)
        return DYAD_ETOOBIG;
    off_keys = FROZEN_HDR;
    off_ent = off_keys + (size_t)nslots * sizeof(struct dy_syntax_slot);
    total = off_ent + (size_t)nent * 2;
    total = (total + 7) & ~(size_t)7;
    b = dy_calloc(1, total);
    if (!b)
        return DYAD_ENOMEM;
    memcpy(b, &nslots, 4);
    memcpy(b + 4, &p->nclasses, 4);
    memcpy(b + 8, &nfeat, 4);
    memcpy(b + 12, &fscale, 4);
    memcpy(b + 16, &nent, 8);
    slots = (struct dy_syntax_slot *)(void *)(b + off_keys);
    ent = (uint16_t *)(void *)(b + off_ent);
    for (i = 0; i <= p->mask; i++) {
        const struct row *r;
        uint32_t c = 0, s;
        if (!p->keys[i])
            continue;
        r = &p->rows[p->idx[i]];
        for (j = 0; j < r->n; j++)
            if (quant(r->e[j].w, scale, min_abs) != 0)
                c++;
        if (!c)
            continue;
        s = (uint32_t)p->keys[i] & (nslots - 1);
        while (slots[s].fp)
            s = (s + 1) & (nslots - 1);
        slots[s].fp = dy_syntax_fp(p->keys[i]);
        slots[s].start = (uint32_t)pos;
        ent[pos++] = (uint16_t)c;
        for (j = 0; j < r->n; j++) {
            long q = quant(r->e[j].w, scale, min_abs);
            int16_t qs;
            if (q == 0)
                continue;
            if (q > 32767)
                q = 32767;
            if (q < -32767)
                q = -32767;
            qs = (int16_t)q;
            ent[pos++] = (uint16_t)r->e[j].cls;
            memcpy(&ent[pos++], &qs, 2);
        }
    }
    *blob = b;
    *len = total;
    return DYAD_OK;
}

/* Parses a frozen blob (already checksummed) into t; -1 if the sizes
 * do not add up. */
int dy_syntax_table_open(const void *blob, size_t len,
                         struct dy_syntax_table *t)
{
    const unsigned char *b = blob;
    uint32_t nslots;
    uint64_t nent;
    size_t need;

    if (len < FROZEN_HDR)
        return -1;
    memcpy(&nslots, b, 4);
    memcpy(&t->nclasses, b + 4, 4);
    memcpy(&t->nfeatures, b + 8, 4);
    memcpy(&t->scale, b + 12, 4);
    memcpy(&nent, b + 16, 8);
    if (nslots == 0 || (nslots & (nslots - 1)) || nslots > (1u << 30) ||
        nent > ((uint64_t)1 << 34) || t->nclasses == 0 ||
        t->nclasses > 4096)
        return -1;
    need = FROZEN_HDR + (size_t)nslots * sizeof(struct dy_syntax_slot) +
           (size_t)nent * 2;
    if (need > len)
        return -1;
    t->mask = nslots - 1;
    t->slots = (const struct dy_syntax_slot *)(const void *)(b + FROZEN_HDR);
    t->ent = (const uint16_t *)(const void *)(b + FROZEN_HDR +
                                             (size_t)nslots * sizeof(struct dy_syntax_slot));
    t->nent = (size_t)nent;
    return 0;
}

#define MAXK 160

static void table_score(const struct dy_syntax_table *t, const uint64_t *keys,
                        size_t nkeys, float *scores, uint32_t nclasses)
{
    size_t i, nrow = 0;
    int32_t acc[DY_SYNTAX_MAX_TAGS * 2];
    uint32_t c;
    uint32_t nc = nclasses < t->nclasses ? nclasses : t->nclasses;
    uint32_t row[MAXK];

    if (nc > DY_SYNTAX_MAX_TAGS * 2)
        nc = DY_SYNTAX_MAX_TAGS * 2;
    if (nkeys > MAXK)
        nkeys = MAXK;
    memset(acc, 0, nc * sizeof(acc[0]));
    for (i = 0; i < nkeys; i++)
        __builtin_prefetch(&t->slots[(uint32_t)keys[i] & t->mask]);
    for (i = 0; i < nkeys; i++) {
        uint32_t s = (uint32_t)keys[i] & t->mask, fp = dy_syntax_fp(keys[i]);
        /* Bounded like dy_syntax_kv_get: a full table from a crafted
         * file ends the probe after one pass instead of hanging. */
        for (uint64_t probes = 0; probes <= (uint64_t)t->mask; probes++) {
            const struct dy_syntax_slot *sl = &t->slots[s];
            if (sl->fp == fp) {
                if (sl->start < t->nent) {
                    __builtin_prefetch(&t->ent[sl->start]);
                    row[nrow++] = sl->start;
                }
                break;
            }
            if (sl->fp == 0)
                break;
            s = (s + 1) & t->mask;
        }
    }
    for (i = 0; i < nrow; i++) {
        /* row[0..nrow) was filled by the probe loop above; cppcheck
         * cannot see that (an array initialiser would cost every call). */
        /* cppcheck-suppress uninitvar */
        const uint16_t *e = &t->ent[row[i]];
        uint32_t j, cnt = e[0];
        if ((size_t)row[i] + 1 + 2 * (size_t)cnt > t->nent)
            continue;   /* defensive: a checksummed file never gets here */
        e++;
        for (j = 0; j < cnt; j++) {
            uint16_t cls = e[2 * j];
            int16_t w;
            memcpy(&w, &e[2 * j + 1], 2);
            if (cls < nc)
                acc[cls] += w;
        }
    }
    for (c = 0; c < nclasses; c++)
        scores[c] = c < nc ? (float)acc[c] * t->scale : -1e30f;
}

void dy_syntax_score(const struct dy_syntax_scorer *s, const uint64_t *keys,
                     size_t nkeys, float *scores, uint32_t nclasses)
{
    if (s->ptron)
        dy_syntax_ptron_score(s->ptron, keys, nkeys, scores);
    else
        table_score(s->table, keys, nkeys, scores, nclasses);
}
