/*
 * train.c - trains the whole model (tag set, lemma and feature tables,
 * tagger, parser) from a CoNLL-U corpus and writes the model file.
 *
 * Order of work and why:
 *   1. tag classes (UPOS+XPOS pairs) and labels ("root" first) are
 *      numbered by decreasing frequency, ties by name, so the same data
 *      always gives the same numbering;
 *   1b. ambiguity classes (used by feature set 5 only);
 *   2. lemma, feature and tag-dictionary tables from the gold columns;
 *   3. the tagger, greedy, training on its own predicted left context;
 *   4. tags for parser training by k-fold jackknifing: the parser must
 *      learn from tags as wrong as the ones it will see at run time,
 *      not from gold tags (about a point of LAS);
 *   4b. the second tagging pass, on those jackknifed first-pass tags;
 *   4c. optionally, jackknifed second-pass tags for the parser (the
 *       tags it gets at run time come from the second pass);
 *   5. the parser with the dynamic oracle, exploring its own mistakes
 *      from the second epoch on.
 * Sentence order is shuffled each epoch with a seeded splitmix64, and
 * nothing else is random, so a seed reproduces the model bit for bit.
 * Nothing here prints: progress goes through the options' callback.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>

#include "syntax/model.h"

struct item {
    const char *a, *b;     /* upos, xpos  or  label, NULL */
    size_t count;
};

struct tset {
    struct item *it;
    size_t n, a;
    struct dy_syntax_map idx;   /* hash -> index into it (before sorting) */
};

static uint64_t pair_hash(const char *a, const char *b)
{
    return dy_syntax_mix(dy_syntax_hash(a, strlen(a), 3),
                         b ? dy_syntax_hash(b, strlen(b), 4) : 7);
}

static int tset_add(struct tset *t, const char *a, const char *b)
{
    uint64_t h = pair_hash(a, b);
    uint32_t i;

    if (dy_syntax_map_get(&t->idx, h, &i)) {
        t->it[i].count++;
        return DYAD_OK;
    }
    if (t->n == t->a) {
        size_t na = t->a ? t->a * 2 : 64;
        struct item *ni = dy_reallocarray(t->it, na, sizeof(*ni));
        if (!ni)
            return DYAD_ENOMEM;
        t->it = ni;
        t->a = na;
    }
    t->it[t->n].a = a;
    t->it[t->n].b = b;
    t->it[t->n].count = 1;
    t->n++;
    return dy_syntax_map_put(&t->idx, h, (uint32_t)(t->n - 1));
}

static int cmp_item(const void *x, const void *y)
{
    const struct item *p = x, *q = y;
    int c;

    /* "root" always first among labels */
    if (!p->b && !q->b) {
        int pr = strcmp(p->a, "root") == 0, qr = strcmp(q->a, "root") == 0;
        if (pr != qr)
            return qr - pr;
    }
    if (p->count != q->count)
        return p->count > q->count ? -1 : 1;
    c = strcmp(p->a, q->a);
    if (c || !p->b)
        return c;
    return strcmp(p->b, q->b);
}

/* Sorts and rebuilds the index so that index = final class number. */
static int tset_finish(struct tset *t)
{
    size_t i;
    int rc = DYAD_OK;

    qsort(t->it, t->n, sizeof(*t->it), cmp_item);
    dy_syntax_map_release(&t->idx);
    for (i = 0; i < t->n && !rc; i++)
        rc = dy_syntax_map_put(&t->idx, pair_hash(t->it[i].a, t->it[i].b),
                               (uint32_t)i);
    return rc;
}

static void tset_release(struct tset *t)
{
    dy_free(t->it);
    dy_syntax_map_release(&t->idx);
}

/* Universal part of a relation: "nsubj:pass" -> "nsubj" (into buf). */
static const char *universal(const char *rel, char *buf, size_t cap)
{
    size_t i = 0;
    while (rel[i] && rel[i] != ':' && i + 1 < cap) {
        buf[i] = rel[i];
        i++;
    }
    buf[i] = '\0';
    return buf;
}

struct trainer {
    const struct dy_syntax_corpus *c;
    const struct dy_syntax_train_opts *o;
    struct tset tags, labels;
    struct dy_syntax_wfeat *wf;    /* per word, corpus order */
    int *gtag, *ptag, *glab;       /* gold tag, predicted tag, gold label */
    int *ptag2;                    /* jackknifed second-pass tag */
    int *ptagc;                    /* ptag with coarse ids (DY_SYNTAX_PTAG) */
    uint32_t *ghead;
    size_t *start;                 /* first word index of each sentence */
    size_t maxn;
    struct dy_syntax_kv tagdict;
    struct dy_syntax_kv amb;
    const void *amb_blob;          /* its model section */
    size_t amb_len;
    struct dy_syntax_wn wn;        /* WordNet table (opts->wordnet) */
    const void *wn_blob;           /* its model section */
    size_t wn_len;
    uint64_t rng;
};

static void progress(const struct trainer *t, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void progress(const struct trainer *t, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    if (!t->o->progress)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    t->o->progress(t->o->progress_ctx, msg);
}

static void shuffle(size_t *a, size_t n, uint64_t *rng)
{
    size_t i;

    for (i = n; i > 1; i--) {
        size_t j = (size_t)(dy_syntax_rand(rng) % i);
        size_t x = a[i - 1];
        a[i - 1] = a[j];
        a[j] = x;
    }
}

/* Trains a tagger on sentences whose fold != skip (skip < 0: all);
 * right = first-pass tags of all words for a second-pass tagger. */
static int train_tagger(struct trainer *t, int nfolds, int skip, const int *right,
                        uint64_t *rng, struct dy_syntax_ptron **out)
{
    struct dy_syntax_ptron *p = NULL;
    size_t *order = NULL, norder = 0, s;
    int epochs = t->o->tag_epochs > 0 ? t->o->tag_epochs : 8, e, rc;
    uint32_t ntags = (uint32_t)t->tags.n;
    uint64_t keys[DY_SYNTAX_TAG_MAXFEAT];
    float scores[DY_SYNTAX_MAX_TAGS];
    int *pred = NULL;

    *out = NULL;
    rc = dy_syntax_ptron_new(ntags, &p);
    if (rc)
        return rc;
    order = dy_calloc(t->c->nsents ? t->c->nsents : 1, sizeof(*order));
    pred = dy_calloc(t->maxn + 1, sizeof(*pred));
    if (!order || !pred) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    for (s = 0; s < t->c->nsents; s++)
        if (skip < 0 || (int)(s % (size_t)nfolds) != skip)
            order[norder++] = s;
    for (e = 0; e < epochs; e++) {
        size_t nright = 0, total = 0;
        shuffle(order, norder, rng);
        for (s = 0; s < norder; s++) {
            size_t si = order[s], n = t->c->sents[si].n, i;
            const struct dy_syntax_wfeat *w = &t->wf[t->start[si]];
            const int *gold = &t->gtag[t->start[si]];
            for (i = 0; i < n; i++) {
                uint32_t v, c, best = 0;
                size_t nk;
                if (dy_syntax_kv_get(&t->tagdict, w[i].form, &v)) {
                    pred[i] = (int)v;
                    continue;
                }
                nk = dy_syntax_tagger_features(w, n, i, i >= 1 ? pred[i - 1] : -1,
                                               i >= 2 ? pred[i - 2] : -1,
                                               right ? right + t->start[si] : NULL,
                                               keys);
                dy_syntax_ptron_score(p, keys, nk, scores);
                for (c = 1; c < ntags; c++)
                    if (scores[c] > scores[best])
                        best = c;
                if ((int)best != gold[i]) {
                    rc = dy_syntax_ptron_update(p, keys, nk, (uint32_t)gold[i], best);
                    if (rc)
                        goto done;
                } else {
                    nright++;
                }
                total++;
                dy_syntax_ptron_tick(p);
                pred[i] = (int)best;
            }
        }
        progress(t, "tagger%s%s fold %d epoch %d: train accuracy %.2f%% (model words), "
                 "%zu features", right ? " pass 2" : "", skip < 0 ? "" : " jackknife",
                 skip, e + 1,
                 total ? 100.0 * (double)nright / (double)total : 0.0,
                 dy_syntax_ptron_nfeatures(p));
    }
    dy_syntax_ptron_average(p);
    *out = p;
    p = NULL;
done:
    dy_syntax_ptron_free(p);
    dy_free(order);
    dy_free(pred);
    return rc;
}

/* Tags sentences of fold `fold` (all when fold < 0) into out[] (all
 * words, corpus order); right = first-pass tags for a second pass. */
static void tag_fold(struct trainer *t, const struct dy_syntax_ptron *p,
                     int nfolds, int fold, const int *right, int *out)
{
    struct dy_syntax_scorer sc;
    size_t s;

    sc.ptron = p;
    sc.table = NULL;
    for (s = 0; s < t->c->nsents; s++) {
        if (fold >= 0 && (int)(s % (size_t)nfolds) != fold)
            continue;
        dy_syntax_tag(&sc, (uint32_t)t->tags.n, &t->tagdict, &t->wf[t->start[s]],
                      t->c->sents[s].n, right ? right + t->start[s] : NULL,
                      &out[t->start[s]]);
    }
}

/* Ambiguity classes: for the exact and the lowercase form of every word
 * seen at least DY_SYNTAX_AMB_MIN times, the set of coarse UPOS it had.
 * Rarer forms get none, so that training sees "no class" about as often
 * as new text shows unknown words.  Keys are the wfeat form and lower
 * hashes (hashed with different seeds).  Sentences of fold `skip` (of
 * nfolds; skip < 0: none) are left out, so that a jackknife tagger does
 * not see the classes of the words it is to tag. */
static int learn_amb(struct trainer *t, int nfolds, int skip, void **blob,
                     size_t *len)
{
    struct dy_syntax_map cnt, mask, out;
    size_t s, i;
    int rc = DYAD_OK, pass;

    dy_syntax_map_init(&cnt);
    dy_syntax_map_init(&mask);
    dy_syntax_map_init(&out);
    /* pass 0 counts; pass 1 fills the table in corpus order, so that the
     * same corpus always gives the same table */
    for (pass = 0; pass < 2 && !rc; pass++) {
        for (s = 0; s < t->c->nsents && !rc; s++) {
            if (skip >= 0 && (int)(s % (size_t)nfolds) == skip)
                continue;
            for (i = t->start[s]; i < t->start[s] + t->c->sents[s].n && !rc; i++) {
                uint64_t key[2];
                uint32_t bit = 1u << (dy_syntax_upos_id(t->tags.it[t->gtag[i]].a) & 31);
                int j;
                key[0] = t->wf[i].form;
                key[1] = t->wf[i].lower;
                for (j = 0; j < 2 && !rc; j++) {
                    uint32_t c = 0, m = 0;
                    if (pass == 0) {
                        dy_syntax_map_get(&cnt, key[j], &c);
                        dy_syntax_map_get(&mask, key[j], &m);
                        rc = dy_syntax_map_put(&cnt, key[j], c + 1);
                        if (!rc)
                            rc = dy_syntax_map_put(&mask, key[j], m | bit);
                    } else if (!dy_syntax_map_get(&out, key[j], &m) &&
                               dy_syntax_map_get(&cnt, key[j], &c) &&
                               c >= DY_SYNTAX_AMB_MIN &&
                               dy_syntax_map_get(&mask, key[j], &m)) {
                        rc = dy_syntax_map_put(&out, key[j], m);
                    }
                }
            }
        }
    }
    if (!rc)
        rc = dy_syntax_map_freeze(&out, blob, len);
    dy_syntax_map_release(&cnt);
    dy_syntax_map_release(&mask);
    dy_syntax_map_release(&out);
    return rc;
}

/* Sets the sentence-level word features of the whole corpus from the
 * table in blob (learn_amb), as the run time does sentence by sentence. */
static int finish_words(struct trainer *t, const void *blob, size_t len)
{
    struct dy_syntax_kv kv;
    size_t s;

    if (dy_syntax_kv_open(blob, len, &kv) != 0)
        return DYAD_EINTERNAL;
    for (s = 0; s < t->c->nsents; s++)
        dy_syntax_wfeat_finish(&kv, &t->wf[t->start[s]], t->c->sents[s].n);
    return DYAD_OK;
}

/* Trains a tagger on the sentences outside fold f with the ambiguity
 * classes of those sentences only, and tags fold f into out[]; the
 * corpus-wide classes are restored afterwards. */
static int jackknife_fold(struct trainer *t, int nfolds, int f, const int *right,
                          int *out)
{
    struct dy_syntax_ptron *fp = NULL;
    void *blob = NULL;
    size_t len = 0;
    int rc;

    rc = learn_amb(t, nfolds, f, &blob, &len);
    if (!rc)
        rc = finish_words(t, blob, len);
    if (!rc)
        rc = train_tagger(t, nfolds, f, right, &t->rng, &fp);
    if (!rc)
        tag_fold(t, fp, nfolds, f, right, out);
    dy_syntax_ptron_free(fp);
    dy_free(blob);
    if (!rc)
        rc = finish_words(t, t->amb_blob, t->amb_len);
    return rc;
}

static int train_parser(struct trainer *t, uint64_t *rng, int member,
                        struct dy_syntax_ptron **out)
{
    struct dy_syntax_ptron *p = NULL;
    size_t *order = NULL, s;
    int epochs = t->o->parse_epochs > 0 ? t->o->parse_epochs : 15, e, rc;
    uint32_t nlabels = (uint32_t)t->labels.n;
    uint32_t beam = t->o->beam > 1 ? (uint32_t)t->o->beam : 1;
    void *work = NULL;
    uint32_t *heads = NULL;
    int *labs = NULL;

    *out = NULL;
    rc = dy_syntax_ptron_new(dy_syntax_nclasses(nlabels), &p);
    if (rc)
        return rc;
    order = dy_calloc(t->c->nsents ? t->c->nsents : 1, sizeof(*order));
    work = dy_malloc(dy_syntax_beam_worksize(t->maxn, beam));
    heads = dy_calloc(t->maxn + 1, sizeof(*heads));
    labs = dy_calloc(t->maxn + 1, sizeof(*labs));
    if (!order || !work || !heads || !labs) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    for (s = 0; s < t->c->nsents; s++)
        order[s] = s;
    for (e = 0; e < epochs; e++) {
        size_t uas = 0, total = 0, nupd = 0;
        clock_t t0 = clock();
        struct dy_syntax_scorer sc;
        shuffle(order, t->c->nsents, rng);
        for (s = 0; s < t->c->nsents; s++) {
            size_t si = order[s], b = t->start[si], n = t->c->sents[si].n, i;
            if (beam > 1) {
                /* global training: one averaging tick per sentence */
                int upd = 0;
                rc = dy_syntax_parse_train_beam(p, nlabels, &t->wf[b], &t->ptagc[b],
                                                n, &t->ghead[b], &t->glab[b], beam,
                                                work, &upd);
                nupd += (size_t)upd;
                dy_syntax_ptron_tick(p);
            } else {
                rc = dy_syntax_parse_train(p, nlabels, &t->wf[b], &t->ptagc[b], n,
                                           &t->ghead[b], &t->glab[b], e >= 1,
                                           rng, work);
            }
            if (rc)
                goto done;
            /* a cheap progress figure: UAS of the current weights on
             * every 20th sentence */
            if (s % 20 == 0) {
                sc.ptron = p;
                sc.table = NULL;
                if (beam > 1)
                    dy_syntax_parse_beam(&sc, nlabels, &t->wf[b], &t->ptagc[b], n,
                                         beam, work, heads, labs);
                else
                    dy_syntax_parse(&sc, nlabels, &t->wf[b], &t->ptagc[b], n, work,
                                    heads, labs);
                for (i = 0; i < n; i++)
                    uas += heads[i] == t->ghead[b + i];
                total += n;
            }
        }
        progress(t, "parser %d epoch %d: train sample UAS %.2f%%, %zu features, "
                 "%zu beam updates (beam %u), %.1f s",
                 member + 1, e + 1, total ? 100.0 * (double)uas / (double)total : 0.0,
                 dy_syntax_ptron_nfeatures(p), nupd, beam,
                 (double)(clock() - t0) / CLOCKS_PER_SEC);
    }
    dy_syntax_ptron_average(p);
    *out = p;
    p = NULL;
done:
    dy_syntax_ptron_free(p);
    dy_free(order);
    dy_free(work);
    dy_free(heads);
    dy_free(labs);
    return rc;
}

/* The random stream of ensemble member k > 0 (member 0 uses the
 * trainer's own, so that an ensemble of one is the single model). */
static uint64_t member_seed(const struct trainer *t, int k, uint64_t salt)
{
    uint64_t s = (t->o->seed ? t->o->seed : 1) + 0x632be59bd9b4e019ULL * (uint64_t)k + salt;

    return dy_syntax_rand(&s);
}

/* Sums K ensemble members into *acc (the first member) and scales by
 * 1/K at the end: see the parser ensemble below, the same for taggers. */
static int fold_member(struct dy_syntax_ptron **acc, struct dy_syntax_ptron *p)
{
    int rc = DYAD_OK;

    if (!*acc)
        *acc = p;
    else {
        rc = dy_syntax_ptron_merge(*acc, p);
        dy_syntax_ptron_free(p);
    }
    return rc;
}

/* The final tagger of a pass (all sentences), as the mean of
 * opts->tag_ensemble taggers that differ in their sentence order;
 * jackknife taggers stay single (they only tag the parser's training
 * data). */
static int train_tagger_ens(struct trainer *t, const int *right, struct dy_syntax_ptron **out)
{
    int k = t->o->tag_ensemble > 1 ? t->o->tag_ensemble : 1, i, rc = DYAD_OK;
    struct dy_syntax_ptron *acc = NULL;

    *out = NULL;
    if (k > DY_SYNTAX_MAX_ENSEMBLE)
        return DYAD_EINVAL;
    for (i = 0; i < k && !rc; i++) {
        struct dy_syntax_ptron *p = NULL;
        uint64_t rng = i ? member_seed(t, i, right ? 0x7a6b : 0x7a6a) : 0;
        rc = train_tagger(t, 1, -1, right, i ? &rng : &t->rng, &p);
        if (!rc)
            rc = fold_member(&acc, p);
    }
    if (!rc && k > 1) {
        dy_syntax_ptron_scale(acc, 1.0f / (float)k);
        progress(t, "tagger%s ensemble of %d: %zu features", right ? " pass 2" : "", k,
                 dy_syntax_ptron_nfeatures(acc));
    }
    if (rc)
        dy_syntax_ptron_free(acc);
    else
        *out = acc;
    return rc;
}

/* ---- parser ensemble ------------------------------------------------
 * --ensemble K trains K parsers that differ only in their random stream
 * (sentence order and exploration) and stores the mean of their
 * averaged weights.  Scores of a linear model add, so the mean model
 * picks at every state the transition the K members' summed scores
 * would pick: an ensemble at the run-time cost of one model (the table
 * holds the union of the members' features).  Member 0 draws from the
 * trainer's stream as a single parser does, so K = 1 is the old model
 * bit for bit; member k > 0 from its own seed.  Members train on up to
 * `threads` threads and are summed in member order, so the file does
 * not depend on the thread count or on scheduling. */

struct member_job {
    struct trainer *t;
    int member;
    uint64_t rng;
    struct dy_syntax_ptron *p;
    int rc;
};

static void *member_main(void *arg)
{
    struct member_job *j = arg;

    j->rc = train_parser(j->t, j->member ? &j->rng : &j->t->rng, j->member, &j->p);
    return NULL;
}

static int train_ensemble(struct trainer *t, struct dy_syntax_ptron **out)
{
    int k = t->o->ensemble > 1 ? t->o->ensemble : 1;
    int nth = t->o->threads > 1 ? t->o->threads : 1;
    struct member_job *jobs;
    int i, rc = DYAD_OK;

    *out = NULL;
    if (k == 1)
        return train_parser(t, &t->rng, 0, out);
    if (k > DY_SYNTAX_MAX_ENSEMBLE)
        return DYAD_EINVAL;
    jobs = dy_calloc((size_t)k, sizeof(*jobs));
    if (!jobs)
        return DYAD_ENOMEM;
    for (i = 0; i < k; i++) {
        jobs[i].t = t;
        jobs[i].member = i;
        jobs[i].rng = member_seed(t, i, 0);
    }
    for (i = 0; i < k && !rc; i += nth) {
        pthread_t th[DY_SYNTAX_MAX_ENSEMBLE];
        int started[DY_SYNTAX_MAX_ENSEMBLE] = {0};
        int n = k - i < nth ? k - i : nth, m;
        /* the first job of a batch runs on this thread */
        for (m = 1; m < n; m++)
            started[m] = pthread_create(&th[m], NULL, member_main, &jobs[i + m]) == 0;
        member_main(&jobs[i]);
        for (m = 1; m < n; m++) {
            if (started[m])
                pthread_join(th[m], NULL);
            else
                member_main(&jobs[i + m]);   /* no thread: run it here */
        }
        for (m = 0; m < n; m++)
            if (jobs[i + m].rc && !rc)
                rc = jobs[i + m].rc;
        /* fold the batch into the sum at once, so that memory holds the
         * sum and one batch of members, not all K tables */
        for (m = 0; m < n && !rc; m++) {
            if (i + m == 0)
                continue;
            rc = fold_member(&jobs[0].p, jobs[i + m].p);
            jobs[i + m].p = NULL;
        }
    }
    if (!rc) {
        dy_syntax_ptron_scale(jobs[0].p, 1.0f / (float)k);
        progress(t, "parser ensemble of %d: %zu features", k,
                 dy_syntax_ptron_nfeatures(jobs[0].p));
        *out = jobs[0].p;
        jobs[0].p = NULL;
    }
    for (i = 0; i < k; i++)
        dy_syntax_ptron_free(jobs[i].p);
    dy_free(jobs);
    return rc;
}

/* Minimum |weight| kept in the model file: the long tail of tiny
 * averaged weights costs megabytes and no accuracy (see BENCHMARKS.md). */
#define TAGGER_MIN_ABS 0.0f
#define PARSER_MIN_ABS 0.0f

static int write_model(struct trainer *t, const char *path,
                       struct dy_syntax_strtab *st, const void *tagsec,
                       const void *labsec, const void *tblob, size_t tlen,
                       const void *pblob, size_t plen,
                       const void *t2blob, size_t t2len,
                       const struct dy_syntax_morph_blobs *mb,
                       struct dyad_error *err)
{
    struct dy_syntax_section sec[DY_SYNTAX_SEC_MAX];
    const char *meta = t->o->meta ? t->o->meta : "";
    size_t k = 0;
    uint32_t featset = DY_SYNTAX_FEATURE_SET;
    uint32_t beam = t->o->beam > 1 ? (uint32_t)t->o->beam : 1;

    sec[k].id = DY_SYNTAX_SEC_STRINGS; sec[k].data = st->buf.data; sec[k++].len = st->buf.len;
    sec[k].id = DY_SYNTAX_SEC_TAGS; sec[k].data = tagsec; sec[k++].len = 4 + t->tags.n * 12;
    sec[k].id = DY_SYNTAX_SEC_LABELS; sec[k].data = labsec; sec[k++].len = 4 + t->labels.n * 4;
    sec[k].id = DY_SYNTAX_SEC_TAGGER; sec[k].data = tblob; sec[k++].len = tlen;
    sec[k].id = DY_SYNTAX_SEC_PARSER; sec[k].data = pblob; sec[k++].len = plen;
    sec[k].id = DY_SYNTAX_SEC_TAGDICT; sec[k].data = mb->tagdict; sec[k++].len = mb->tagdict_len;
    sec[k].id = DY_SYNTAX_SEC_LEMMA_EXC; sec[k].data = mb->lemma_exc; sec[k++].len = mb->lemma_exc_len;
    sec[k].id = DY_SYNTAX_SEC_LEMMA_RULE; sec[k].data = mb->lemma_rule; sec[k++].len = mb->lemma_rule_len;
    sec[k].id = DY_SYNTAX_SEC_FEATS_EXC; sec[k].data = mb->feats_exc; sec[k++].len = mb->feats_exc_len;
    sec[k].id = DY_SYNTAX_SEC_META; sec[k].data = meta; sec[k++].len = strlen(meta) + 1;
    sec[k].id = DY_SYNTAX_SEC_TAGGER2; sec[k].data = t2blob; sec[k++].len = t2len;
    sec[k].id = DY_SYNTAX_SEC_FEATSET; sec[k].data = &featset; sec[k++].len = 4;
    sec[k].id = DY_SYNTAX_SEC_BEAM; sec[k].data = &beam; sec[k++].len = 4;
    if (DY_SYNTAX_FS_AMB) {
        sec[k].id = DY_SYNTAX_SEC_AMB; sec[k].data = t->amb_blob; sec[k++].len = t->amb_len;
    }
    if (t->wn_blob) {
        featset |= DY_SYNTAX_FEATSET_WORDNET;
        sec[k].id = DY_SYNTAX_SEC_WORDNET; sec[k].data = t->wn_blob; sec[k++].len = t->wn_len;
    }
    return dy_syntax_model_write(path, sec, k, err);
}

int dy_syntax_train(const struct dy_syntax_corpus *train,
                    const struct dy_syntax_train_opts *opts,
                    const char *out_path, struct dyad_error *err)
{
    struct trainer t;
    struct dy_syntax_strtab st;
    struct dy_syntax_morph_blobs mb;
    struct dy_syntax_ptron *tagger = NULL, *tagger2 = NULL, *parser = NULL;
    void *tblob = NULL, *pblob = NULL, *t2blob = NULL, *amb_blob = NULL, *wn_blob = NULL;
    size_t tlen = 0, plen = 0, t2len = 0, amb_len = 0, wn_len = 0, s, i, wn_words = 0, wi;
    size_t lifts = 0;
    unsigned char *tagsec = NULL, *labsec = NULL;
    uint32_t *tag_feats = NULL;
    unsigned char is_propn[DY_SYNTAX_MAX_TAGS];
    int rc = DYAD_OK, nfolds;
    char ubuf[64];

    dy_error_clear(err);
    memset(&t, 0, sizeof(t));
    memset(&mb, 0, sizeof(mb));
    dy_syntax_strtab_init(&st);
    if (!train || !opts || !out_path)
        return dy_error(err, DYAD_EINVAL, NULL, "missing corpus, options or path");
    if (train->nsents == 0)
        return dy_error(err, DYAD_EINVAL, NULL, "training corpus is empty");
    t.c = train;
    t.o = opts;
    t.rng = opts->seed ? opts->seed : 1;
    dy_syntax_map_init(&t.tags.idx);
    dy_syntax_map_init(&t.labels.idx);
    /* 1. tag and label sets */
    rc = tset_add(&t.labels, "root", NULL);
    for (s = 0; s < train->nsents && !rc; s++) {
        for (i = 0; i < train->sents[s].n && !rc; i++) {
            const struct dy_syntax_cword *w = &train->sents[s].w[i];
            rc = tset_add(&t.tags, w->upos, w->xpos);
            if (!rc && strcmp(w->deprel, "root") != 0)
                rc = tset_add(&t.labels, w->deprel, NULL);
        }
        if (train->sents[s].n > t.maxn)
            t.maxn = train->sents[s].n;
    }
    if (!rc)
        rc = tset_finish(&t.tags);
    if (!rc)
        rc = tset_finish(&t.labels);
    if (rc) {
        rc = dy_error(err, rc, NULL, "cannot build tag and label sets");
        goto done;
    }
    if (t.tags.n > DY_SYNTAX_MAX_TAGS) {
        rc = dy_error(err, DYAD_ETOOBIG, NULL, "%zu tag classes (max %d)",
                      t.tags.n, DY_SYNTAX_MAX_TAGS);
        goto done;
    }
    if (t.labels.n > DY_SYNTAX_MAX_LABELS)
        t.labels.n = DY_SYNTAX_MAX_LABELS;   /* rare ones fall back below */
    progress(&t, "%zu sentences, %zu words, %zu tag classes, %zu labels",
             train->nsents, train->nwords, t.tags.n, t.labels.n);
    /* 1a. the WordNet table (experimental; dyad-train --wordnet) */
    if (opts->wordnet) {
        rc = dy_syntax_wn_build(opts->wordnet, &wn_blob, &wn_len, err);
        if (rc)
            goto done;
        if (dy_syntax_wn_open(wn_blob, wn_len, &t.wn) != 0) {
            rc = dy_error(err, DYAD_EINTERNAL, opts->wordnet, "WordNet table blob");
            goto done;
        }
        t.wn_blob = wn_blob;
        t.wn_len = wn_len;
        progress(&t, "WordNet table: %u words, %zu bytes", t.wn.kv.n, wn_len);
    }
    /* per-word arrays */
    t.wf = dy_calloc(train->nwords, sizeof(*t.wf));
    t.gtag = dy_calloc(train->nwords, sizeof(*t.gtag));
    t.ptag = dy_calloc(train->nwords, sizeof(*t.ptag));
    t.glab = dy_calloc(train->nwords, sizeof(*t.glab));
    t.ghead = dy_calloc(train->nwords, sizeof(*t.ghead));
    t.start = dy_calloc(train->nsents, sizeof(*t.start));
    tag_feats = dy_calloc(DY_SYNTAX_MAX_TAGS, sizeof(*tag_feats));
    if (!t.wf || !t.gtag || !t.ptag || !t.glab || !t.ghead || !t.start || !tag_feats) {
        rc = dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
        goto done;
    }
    wi = 0;
    for (s = 0; s < train->nsents; s++) {
        t.start[s] = wi;
        for (i = 0; i < train->sents[s].n; i++, wi++) {
            const struct dy_syntax_cword *w = &train->sents[s].w[i];
            uint32_t v;
            dy_syntax_wfeat_make(w->form, &t.wf[wi]);
            if (t.wn_blob) {
                dy_syntax_wfeat_wordnet(&t.wn, w->form, &t.wf[wi]);
                wn_words += (t.wf[wi].wn & ~DY_SYNTAX_WN_PRESENT) != 0;
            }
            dy_syntax_map_get(&t.tags.idx, pair_hash(w->upos, w->xpos), &v);
            t.gtag[wi] = (int)v;
            if (!dy_syntax_map_get(&t.labels.idx, pair_hash(w->deprel, NULL), &v) ||
                v >= t.labels.n) {
                /* label beyond the cap: its universal part, else dep */
                if (!dy_syntax_map_get(&t.labels.idx,
                                       pair_hash(universal(w->deprel, ubuf, sizeof(ubuf)), NULL),
                                       &v) || v >= t.labels.n)
                    v = 1;
            }
            if (strcmp(w->deprel, "root") == 0 || w->head == 0)
                v = 0;
            t.glab[wi] = (int)v;
            t.ghead[wi] = w->head;
        }
        if (opts->projectivize)
            lifts += dy_syntax_projectivize(&t.ghead[t.start[s]], train->sents[s].n);
    }
    if (opts->projectivize)
        progress(&t, "projectivised the parser's training trees: %zu arcs lifted", lifts);
    if (t.wn_blob)
        progress(&t, "WordNet knows %.2f%% of the training words",
                 100.0 * (double)wn_words / (double)(train->nwords ? train->nwords : 1));
    /* 1b. ambiguity classes, then looked up for every word the way the
     * run time does it */
    rc = learn_amb(&t, 1, -1, &amb_blob, &amb_len);
    if (!rc && dy_syntax_kv_open(amb_blob, amb_len, &t.amb) != 0)
        rc = DYAD_EINTERNAL;
    if (rc) {
        rc = dy_error(err, rc, NULL, "cannot build the ambiguity class table");
        goto done;
    }
    t.amb_blob = amb_blob;
    t.amb_len = amb_len;
    rc = finish_words(&t, amb_blob, amb_len);
    if (rc) {
        rc = dy_error(err, rc, NULL, "ambiguity class table");
        goto done;
    }
    progress(&t, "ambiguity classes for %u forms", t.amb.n);
    /* 2. strings, tags, labels, morphology */
    rc = dy_syntax_strtab_add(&st, "", &(uint32_t){0});
    for (i = 0; i < t.tags.n && !rc; i++)
        is_propn[i] = strcmp(t.tags.it[i].a, "PROPN") == 0;
    if (!rc)
        rc = dy_syntax_morph_learn(train, t.gtag, (uint32_t)t.tags.n, is_propn,
                                   &st, tag_feats, &mb);
    if (rc) {
        rc = dy_error(err, rc, NULL, "cannot learn lemma and feature tables");
        goto done;
    }
    if (dy_syntax_kv_open(mb.tagdict, mb.tagdict_len, &t.tagdict) != 0) {
        rc = dy_error(err, DYAD_EINTERNAL, NULL, "tag dictionary blob");
        goto done;
    }
    progress(&t, "tag dictionary %u words, lemma exceptions %zu bytes, rules %zu bytes",
             t.tagdict.n, mb.lemma_exc_len, mb.lemma_rule_len);
    tagsec = dy_calloc(1, 4 + t.tags.n * 12);
    labsec = dy_calloc(1, 4 + t.labels.n * 4);
    if (!tagsec || !labsec) {
        rc = dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
        goto done;
    }
    {
        uint32_t v = (uint32_t)t.tags.n;
        memcpy(tagsec, &v, 4);
        for (i = 0; i < t.tags.n && !rc; i++) {
            uint32_t u = 0, x = 0;   /* written even when rc fails */
            rc = dy_syntax_strtab_add(&st, t.tags.it[i].a, &u);
            if (!rc)
                rc = dy_syntax_strtab_add(&st, t.tags.it[i].b, &x);
            memcpy(tagsec + 4 + i * 12, &u, 4);
            memcpy(tagsec + 8 + i * 12, &x, 4);
            memcpy(tagsec + 12 + i * 12, &tag_feats[i], 4);
        }
        v = (uint32_t)t.labels.n;
        memcpy(labsec, &v, 4);
        for (i = 0; i < t.labels.n && !rc; i++) {
            uint32_t o;
            rc = dy_syntax_strtab_add(&st, t.labels.it[i].a, &o);
            memcpy(labsec + 4 + i * 4, &o, 4);
        }
        if (rc) {
            rc = dy_error(err, rc, NULL, "out of memory");
            goto done;
        }
    }
    /* 3. tagger */
    rc = train_tagger_ens(&t, NULL, &tagger);
    if (rc) {
        rc = dy_error(err, rc, NULL, "tagger training failed");
        goto done;
    }
    /* 4. jackknifed tags for the parser */
    nfolds = opts->jackknife;
    if (nfolds >= 2 && (size_t)nfolds <= train->nsents) {
        int f;
        for (f = 0; f < nfolds; f++) {
            rc = jackknife_fold(&t, nfolds, f, NULL, t.ptag);
            if (rc) {
                rc = dy_error(err, rc, NULL, "jackknife tagger training failed");
                goto done;
            }
        }
    } else {
        tag_fold(&t, tagger, 1, -1, NULL, t.ptag);
    }
    {
        size_t right = 0;
        for (i = 0; i < train->nwords; i++)
            right += t.ptag[i] == t.gtag[i];
        progress(&t, "parser training tags: %.2f%% correct", 100.0 * (double)right /
                 (double)(train->nwords ? train->nwords : 1));
    }
    /* 4b. second tagging pass, trained on the jackknifed first-pass tags;
     * 4c. optionally (jackknife_pass2) the parser's training tags are
     * jackknifed second-pass tags, as at run time (each fold tagged by a
     * pass-2 tagger that never saw it, from pass-1 tags of a pass-1
     * tagger that never saw it); by default the jackknifed pass-1 tags,
     * which measured no worse (BENCHMARKS.md) */
    rc = train_tagger_ens(&t, t.ptag, &tagger2);
    if (rc) {
        rc = dy_error(err, rc, NULL, "second-pass tagger training failed");
        goto done;
    }
    t.ptag2 = dy_calloc(train->nwords, sizeof(*t.ptag2));
    t.ptagc = dy_calloc(train->nwords, sizeof(*t.ptagc));
    if (!t.ptag2 || !t.ptagc) {
        rc = dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
        goto done;
    }
    if (opts->tag_only) {
        rc = dy_syntax_ptron_new(dy_syntax_nclasses((uint32_t)t.labels.n), &parser);
        if (rc) {
            rc = dy_error(err, rc, NULL, "out of memory");
            goto done;
        }
        goto freeze;
    }
    if (!opts->jackknife_pass2) {
        memcpy(t.ptag2, t.ptag, train->nwords * sizeof(*t.ptag2));
    } else if (nfolds >= 2 && (size_t)nfolds <= train->nsents) {
        int f;
        for (f = 0; f < nfolds; f++) {
            rc = jackknife_fold(&t, nfolds, f, t.ptag, t.ptag2);
            if (rc) {
                rc = dy_error(err, rc, NULL, "jackknife pass-2 tagger training failed");
                goto done;
            }
        }
    } else {
        tag_fold(&t, tagger2, 1, -1, t.ptag, t.ptag2);
    }
    {
        size_t right = 0;
        for (i = 0; i < train->nwords; i++)
            right += t.ptag2[i] == t.gtag[i];
        progress(&t, "parser training tags (pass %d): %.2f%% correct",
                 opts->jackknife_pass2 ? 2 : 1,
                 100.0 * (double)right / (double)(train->nwords ? train->nwords : 1));
    }
    /* 5. parser */
    for (i = 0; i < train->nwords; i++)
        t.ptagc[i] = DY_SYNTAX_PTAG(t.ptag2[i],
                                    dy_syntax_upos_id(t.tags.it[t.ptag2[i]].a));
    rc = train_ensemble(&t, &parser);
    if (rc) {
        rc = dy_error(err, rc, NULL, "parser training failed");
        goto done;
    }
freeze:
    rc = dy_syntax_ptron_freeze(tagger, opts->prune_tagger > 0 ?
                                opts->prune_tagger : TAGGER_MIN_ABS, &tblob, &tlen);
    if (!rc)
        rc = dy_syntax_ptron_freeze(tagger2, opts->prune_tagger > 0 ?
                                    opts->prune_tagger : TAGGER_MIN_ABS, &t2blob, &t2len);
    if (!rc)
        rc = dy_syntax_ptron_freeze(parser, opts->prune_parser > 0 ?
                                    opts->prune_parser : PARSER_MIN_ABS, &pblob, &plen);
    if (rc) {
        rc = dy_error(err, rc, NULL, "cannot serialise weights");
        goto done;
    }
    progress(&t, "tagger %zu bytes, parser %zu bytes", tlen, plen);
    rc = write_model(&t, out_path, &st, tagsec, labsec, tblob, tlen, pblob, plen,
                     t2blob, t2len, &mb, err);
    if (!rc && opts->prune_sweep) {
        static const float thr[] = {0.01f, 0.03f, 0.1f, 0.3f, 1.0f};
        size_t k;
        for (k = 0; k < DY_ARRAY_LEN(thr) && !rc; k++) {
            void *tb = NULL, *pb = NULL, *t2b = NULL;
            size_t tl = 0, pl = 0, t2l = 0;
            char path[4096];
            rc = dy_syntax_ptron_freeze(tagger, thr[k], &tb, &tl);
            if (!rc)
                rc = dy_syntax_ptron_freeze(tagger2, thr[k], &t2b, &t2l);
            if (!rc)
                rc = dy_syntax_ptron_freeze(parser, thr[k], &pb, &pl);
            dy_snprintf(path, sizeof(path), "%s.p%g", out_path, (double)thr[k]);
            if (!rc)
                rc = write_model(&t, path, &st, tagsec, labsec, tb, tl, pb, pl, t2b, t2l,
                                 &mb, err);
            progress(&t, "sweep %s: tagger %zu bytes, parser %zu bytes", path, tl, pl);
            dy_free(tb);
            dy_free(pb);
            dy_free(t2b);
        }
    }
done:
    dy_syntax_ptron_free(tagger);
    dy_syntax_ptron_free(tagger2);
    dy_syntax_ptron_free(parser);
    dy_free(t2blob);
    dy_free(amb_blob);
    dy_free(wn_blob);
    dy_free(tblob);
    dy_free(pblob);
    dy_free(tagsec);
    dy_free(labsec);
    dy_free(tag_feats);
    dy_syntax_morph_blobs_release(&mb);
    dy_syntax_strtab_release(&st);
    tset_release(&t.tags);
    tset_release(&t.labels);
    dy_free(t.wf);
    dy_free(t.gtag);
    dy_free(t.ptag);
    dy_free(t.ptagc);
    dy_free(t.ptag2);
    dy_free(t.glab);
    dy_free(t.ghead);
    dy_free(t.start);
    return rc;
}
