/*
 * udseg.c - accuracy and speed benchmark of the text module against
 * Universal Dependencies treebanks.
 *
 * For each .conllu file it rebuilds the raw text of every document the
 * way it was laid out (sentences of a paragraph joined by one space,
 * paragraphs by a blank line, from `# text`, `# newpar` and `# newdoc`),
 * runs dy_text_analyze on it and scores the result with the CoNLL 2018
 * shared-task definitions: a unit is correct when its character span
 * matches a gold unit exactly; F1 = 2PR/(P+R).
 *   words     - syntactic words: multiword tokens ("don't") are cut into
 *               their words by character offsets (do|n't), which UD
 *               allows because every English MWT is the concatenation of
 *               its words.  dyad's tokens are compared directly, since
 *               dyad splits clitics itself.  This is the level the
 *               parser sees.
 *   tokens    - orthographic tokens: gold MWTs whole; dyad tokens merged
 *               when a clitic (n't 's 're 've 'll 'd 'm na ta not nt s)
 *               is glued to the token before it.
 *   sentences - sentence spans.
 * Speed: the analysis of all documents of all given files is timed
 * (best of --reps runs) and reported as MB/s, sentences/s and tokens/s.
 *
 * usage: udseg [--prefix P] [--errors N] [--reps N] [--raw] file.conllu...
 *   --prefix P  score only documents whose id starts with P
 *   --errors N  print up to N word and N sentence errors with context
 *   --raw       read plain text on stdin and print the tokens, one
 *               sentence per line, for eyeballing
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "text/text.h"
#include "util/util.h"

struct spans {
    struct dyad_span *v;
    size_t n, a;
};

static int push(struct spans *s, uint32_t a, uint32_t b)
{
    if (s->n == s->a) {
        size_t na = s->a ? s->a * 2 : 256;
        struct dyad_span *nv = dy_reallocarray(s->v, na, sizeof(*nv));
        if (!nv)
            return -1;
        s->v = nv;
        s->a = na;
    }
    s->v[s->n].start = a;
    s->v[s->n].end = b;
    s->n++;
    return 0;
}

struct doc {
    struct dy_buf text;
    struct spans words, tokens, sents;
    char id[256];
};

struct counts {
    size_t gold, sys, match;
};

struct score {
    struct counts w, t, s;
    size_t docs, bytes, misaligned;
};

static struct {
    const char *prefix;
    long errors, werr_shown, serr_shown;
    long reps;
} opt = {NULL, 0, 0, 0, 3};

static void die(const char *msg)
{
    fprintf(stderr, "udseg: %s\n", msg);
    exit(2);
}

/* Matches two sorted span lists exactly. */
static void match(const struct spans *g, const struct dyad_span *s, size_t ns,
                  struct counts *c, const char *text, const char *what, long *shown)
{
    size_t i = 0, j = 0;

    c->gold += g->n;
    c->sys += ns;
    while (i < g->n && j < ns) {
        if (g->v[i].start == s[j].start && g->v[i].end == s[j].end) {
            c->match++;
            i++;
            j++;
            continue;
        }
        if (*shown < opt.errors) {
            uint32_t a = DY_MIN(g->v[i].start, s[j].start);
            uint32_t from = a > 40 ? a - 40 : 0;
            (*shown)++;
            if (strcmp(what, "word") == 0)
                printf("%s: gold [%.*s] sys [%.*s] in: %.*s\n", what,
                       (int)(g->v[i].end - g->v[i].start), text + g->v[i].start,
                       (int)(s[j].end - s[j].start), text + s[j].start,
                       (int)DY_MIN(80, strlen(text + from)), text + from);
            else
                printf("%s: gold [%.*s|] sys [%.*s|]\n", what,
                       (int)DY_MIN(g->v[i].end - g->v[i].start, 300), text + g->v[i].start,
                       (int)DY_MIN(s[j].end - s[j].start, 300), text + s[j].start);
        }
        if (g->v[i].end <= s[j].end)
            i++;
        else
            j++;
    }
}

static int is_clitic(const char *f, size_t n)
{
    static const char *const cl[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m",
                                     "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m",
                                     "na", "ta", "not", "nt", "'S", "N'T"};
    size_t k;

    for (k = 0; k < DY_ARRAY_LEN(cl); k++)
        if (strlen(cl[k]) == n && memcmp(cl[k], f, n) == 0)
            return 1;
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void score_doc(struct doc *d, struct score *sc, struct dy_arena *ar)
{
    struct dy_text_result r;
    struct dyad_span *ts, *ss;
    size_t i, nt = 0;
    const char *text = d->text.data ? d->text.data : "";

    if (opt.prefix && strncmp(d->id, opt.prefix, strlen(opt.prefix)) != 0)
        return;
    dy_arena_reset(ar);
    if (dy_text_analyze(ar, text, d->text.len, NULL, 0, &r))
        die("dy_text_analyze failed");
    sc->docs++;
    sc->bytes += d->text.len;
    ts = dy_arena_alloc(ar, (r.ntokens + 1) * sizeof(*ts));
    ss = dy_arena_alloc(ar, (r.nsentences + 1) * sizeof(*ss));
    if (!ts || !ss)
        die("out of memory");
    for (i = 0; i < r.ntokens; i++) {
        const struct dyad_token *t = &r.tokens[i];
        if (nt > 0 && !(r.tokens[i - 1].flags & DYAD_TOK_SPACE_AFTER) &&
            ts[nt - 1].end == t->span.start &&
            is_clitic(text + t->span.start, t->span.end - t->span.start) &&
            !(t->flags & DYAD_TOK_SENT_START)) {
            ts[nt - 1].end = t->span.end;
            continue;
        }
        ts[nt++] = t->span;
    }
    {
        struct dyad_span *ws = dy_arena_alloc(ar, (r.ntokens + 1) * sizeof(*ws));
        if (!ws)
            die("out of memory");
        for (i = 0; i < r.ntokens; i++)
            ws[i] = r.tokens[i].span;
        match(&d->words, ws, r.ntokens, &sc->w, text, "word", &opt.werr_shown);
    }
    {
        long none = opt.errors;   /* token errors repeat word errors: not shown */
        match(&d->tokens, ts, nt, &sc->t, text, "token", &none);
    }
    for (i = 0; i < r.nsentences; i++)
        ss[i] = r.sentences[i].span;
    match(&d->sents, ss, r.nsentences, &sc->s, text, "sent", &opt.serr_shown);
}

/* ---- reading CoNLL-U --------------------------------------------------- */

struct loaded {
    struct doc *docs;
    size_t n, a;
    size_t misaligned;
};

static struct doc *new_doc(struct loaded *L, const char *id)
{
    struct doc *d;

    if (L->n == L->a) {
        size_t na = L->a ? L->a * 2 : 64;
        struct doc *nd = dy_reallocarray(L->docs, na, sizeof(*nd));
        if (!nd)
            die("out of memory");
        L->docs = nd;
        L->a = na;
    }
    d = &L->docs[L->n++];
    memset(d, 0, sizeof(*d));
    dy_buf_init(&d->text, 0);
    dy_snprintf(d->id, sizeof(d->id), "%s", id);
    return d;
}

/* Finds form in text from *pos (skipping spaces); returns start or -1. */
static long locate(const struct doc *d, size_t *pos, const char *form, size_t n)
{
    size_t p = *pos;
    const char *t = d->text.data;

    while (p < d->text.len && (t[p] == ' ' || t[p] == '\n'))
        p++;
    if (p + n <= d->text.len && memcmp(t + p, form, n) == 0) {
        *pos = p + n;
        return (long)p;
    }
    return -1;
}

static void load(const char *path, struct loaded *L)
{
    FILE *f = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    struct doc *d = NULL;
    int newpar = 1;
    size_t sent_start = 0, pos = 0;
    long mwt_end = 0;        /* last word id covered by the current MWT */
    long mwt_start_off = 0;  /* byte offset of the MWT's surface */
    size_t mwt_pos = 0, mwt_len = 0;
    int in_sent = 0, sent_ok = 1;

    if (!f) {
        perror(path);
        exit(2);
    }
    while ((got = getline(&line, &cap, f)) >= 0) {
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (strncmp(line, "# newdoc", 8) == 0) {
            const char *id = strstr(line, "id = ");
            d = new_doc(L, id ? id + 5 : "");
            newpar = 1;
            continue;
        }
        if (strncmp(line, "# newpar", 8) == 0 && (line[8] == '\0' || line[8] == ' ')) {
            newpar = 1;
            continue;
        }
        if (strncmp(line, "# text = ", 9) == 0) {
            if (!d)
                d = new_doc(L, "");
            if (d->text.len)
                dy_buf_puts(&d->text, newpar ? "\n\n" : " ");
            newpar = 0;
            sent_start = d->text.len;
            dy_buf_puts(&d->text, line + 9);
            pos = sent_start;
            in_sent = 1;
            sent_ok = 1;
            mwt_end = 0;
            continue;
        }
        if (line[0] == '\0') {
            if (in_sent && d)
                push(&d->sents, (uint32_t)sent_start, (uint32_t)d->text.len);
            in_sent = 0;
            continue;
        }
        if (line[0] == '#' || !in_sent || !d)
            continue;
        {
            char *tab1 = strchr(line, '\t'), *tab2;
            long a, b;
            char *dash;
            if (!tab1)
                continue;
            tab2 = strchr(tab1 + 1, '\t');
            if (!tab2)
                continue;
            *tab1 = '\0';
            *tab2 = '\0';
            if (strchr(line, '.'))
                continue;   /* empty node */
            dash = strchr(line, '-');
            a = strtol(line, NULL, 10);
            if (dash) {
                long st;
                b = strtol(dash + 1, NULL, 10);
                st = locate(d, &pos, tab1 + 1, strlen(tab1 + 1));
                if (st < 0) {
                    sent_ok = 0;
                    L->misaligned++;
                    continue;
                }
                push(&d->tokens, (uint32_t)st, (uint32_t)pos);
                mwt_end = b;
                mwt_start_off = st;
                mwt_pos = (size_t)st;
                mwt_len = strlen(tab1 + 1);
                continue;
            }
            if (a <= mwt_end) {
                /* a word of the MWT: its form is a substring at mwt_pos */
                size_t n = strlen(tab1 + 1);
                if (mwt_pos + n <= (size_t)mwt_start_off + mwt_len &&
                    memcmp(d->text.data + mwt_pos, tab1 + 1, n) == 0) {
                    push(&d->words, (uint32_t)mwt_pos, (uint32_t)(mwt_pos + n));
                    mwt_pos += n;
                } else if (a == mwt_end) {
                    L->misaligned++;
                }
                continue;
            }
            if (!sent_ok)
                continue;
            {
                long st = locate(d, &pos, tab1 + 1, strlen(tab1 + 1));
                if (st < 0) {
                    sent_ok = 0;
                    L->misaligned++;
                    continue;
                }
                push(&d->tokens, (uint32_t)st, (uint32_t)pos);
                push(&d->words, (uint32_t)st, (uint32_t)pos);
            }
        }
    }
    free(line);
    fclose(f);
}

static double f1(const struct counts *c)
{
    double p = c->sys ? (double)c->match / c->sys : 0, r = c->gold ? (double)c->match / c->gold : 0;
    return p + r > 0 ? 200.0 * p * r / (p + r) : 0;
}

static void raw_mode(void)
{
    struct dy_buf in = DY_BUF_INIT;
    struct dy_arena *ar = dy_arena_new(0);
    struct dy_text_result r;
    char chunk[65536];
    size_t n, i, k;

    while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
        if (dy_buf_append(&in, chunk, n))
            die("out of memory");
    if (!ar || dy_text_analyze(ar, in.data ? in.data : "", in.len, NULL, 0, &r))
        die("analysis failed");
    for (i = 0; i < r.nsentences; i++) {
        const struct dyad_sentence *s = &r.sentences[i];
        printf("[p%u] ", (unsigned)s->paragraph);
        for (k = 0; k < s->ntokens; k++)
            printf("%s%s", k ? " " : "", r.tokens[s->first_token + k].form);
        printf("\n");
    }
    printf("# %zu tokens, %zu sentences, %zu repaired\n", r.ntokens, r.nsentences, r.utf8_repaired);
    dy_arena_free(ar);
    dy_buf_release(&in);
}

int main(int argc, char **argv)
{
    int i, nfiles = 0;
    struct loaded all = {NULL, 0, 0, 0};
    struct dy_arena *ar;
    double best = 1e30;
    size_t total_bytes = 0, total_sents = 0, total_toks = 0;
    long rep;
    struct score total;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--prefix") == 0 && i + 1 < argc) {
            opt.prefix = argv[++i];
        } else if (strcmp(argv[i], "--errors") == 0 && i + 1 < argc) {
            opt.errors = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
            opt.reps = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--raw") == 0) {
            raw_mode();
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: udseg [--prefix P] [--errors N] [--reps N] [--raw] file.conllu...\n");
            return 2;
        }
    }
    memset(&total, 0, sizeof(total));
    ar = dy_arena_new(1 << 20);
    if (!ar)
        die("out of memory");
    printf("%-24s %5s %7s %8s %8s %8s %8s\n", "file", "docs", "sents", "words",
           "tokenF1", "wordF1", "sentF1");
    for (i = 1; i < argc; i++) {
        struct loaded L = {NULL, 0, 0, 0};
        struct score sc;
        size_t k;
        const char *base;

        if (argv[i][0] == '-') {
            if (strcmp(argv[i], "--raw") != 0)
                i++;
            continue;
        }
        nfiles++;
        load(argv[i], &L);
        memset(&sc, 0, sizeof(sc));
        for (k = 0; k < L.n; k++)
            score_doc(&L.docs[k], &sc, ar);
        total.w.gold += sc.w.gold; total.w.sys += sc.w.sys; total.w.match += sc.w.match;
        total.t.gold += sc.t.gold; total.t.sys += sc.t.sys; total.t.match += sc.t.match;
        total.s.gold += sc.s.gold; total.s.sys += sc.s.sys; total.s.match += sc.s.match;
        total.docs += sc.docs;
        base = strrchr(argv[i], '/');
        base = base ? base + 1 : argv[i];
        printf("%-24s %5zu %7zu %8zu %8.2f %8.2f %8.2f%s\n", base, sc.docs, sc.s.gold,
               sc.w.gold, f1(&sc.t), f1(&sc.w), f1(&sc.s),
               L.misaligned ? " (gold units not found in # text: skipped)" : "");
        /* keep the documents for the speed run */
        for (k = 0; k < L.n; k++) {
            if (all.n == all.a) {
                size_t na = all.a ? all.a * 2 : 256;
                struct doc *nd = dy_reallocarray(all.docs, na, sizeof(*nd));
                if (!nd)
                    die("out of memory");
                all.docs = nd;
                all.a = na;
            }
            all.docs[all.n++] = L.docs[k];
        }
        dy_free(L.docs);
    }
    if (nfiles == 0)
        return 0;
    if (nfiles > 1)
        printf("%-24s %5zu %7zu %8zu %8.2f %8.2f %8.2f\n", "all (pooled)", total.docs,
               total.s.gold, total.w.gold, f1(&total.t), f1(&total.w), f1(&total.s));
    for (rep = 0; rep < opt.reps; rep++) {
        double t0 = now(), t;
        size_t k, b = 0, s = 0, tk = 0;
        for (k = 0; k < all.n; k++) {
            struct dy_text_result r;
            struct doc *d = &all.docs[k];
            dy_arena_reset(ar);
            if (dy_text_analyze(ar, d->text.data ? d->text.data : "", d->text.len, NULL, 0, &r))
                die("dy_text_analyze failed");
            b += d->text.len;
            s += r.nsentences;
            tk += r.ntokens;
        }
        t = now() - t0;
        if (t < best)
            best = t;
        total_bytes = b;
        total_sents = s;
        total_toks = tk;
    }
    printf("speed: %zu docs, %.1f MB, best of %ld: %.3f s = %.1f MB/s, %.0f sentences/s, %.0f tokens/s\n",
           all.n, total_bytes / 1e6, opt.reps, best, total_bytes / 1e6 / best,
           total_sents / best, total_toks / best);
    {
        size_t k;
        for (k = 0; k < all.n; k++) {
            dy_buf_release(&all.docs[k].text);
            dy_free(all.docs[k].words.v);
            dy_free(all.docs[k].tokens.v);
            dy_free(all.docs[k].sents.v);
        }
        dy_free(all.docs);
    }
    dy_arena_free(ar);
    return 0;
}
