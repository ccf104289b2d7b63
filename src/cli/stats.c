/*
 * stats.c - `dyad code --stats`: what a dictionary maintainer wants to
 * see after a run.  Counts events by CAMEO root, the most frequent
 * named entities no dictionary knows, and the most frequent verbs that
 * were candidates but had no pattern.  Fed by the writer thread only.
 * Each table is a small open-addressing hash with a hard cap on the
 * number of distinct keys, so memory stays bounded on any corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "run.h"

#define STATS_MAX_KEYS 65536   /* distinct names / lemmas kept per table */
#define STATS_TOP 20

struct count {
    char *key;
    unsigned long n;
};

struct table {
    struct count *slots;
    size_t nslots, nkeys;
    unsigned long dropped;
};

struct dy_cli_stats {
    unsigned long roots[21];
    unsigned long events, docs;
    struct table unknown, verbs;
};

static unsigned long hash(const char *s)
{
    unsigned long h = 1469598103UL;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619UL;
    return h;
}

/* gcc 12's -fanalyzer loses the copy once it is stored through
 * t->slots and reports a leak; table_free releases every slot. */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 10
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wanalyzer-malloc-leak"
#endif
static void table_add(struct table *t, const char *key, unsigned long n)
{
    size_t i;

    if (!key || !*key)
        return;
    if (!t->slots) {
        t->nslots = 2 * STATS_MAX_KEYS;
        t->slots = calloc(t->nslots, sizeof(*t->slots));
        if (!t->slots)
            return;
    }
    for (i = hash(key) % t->nslots;; i = (i + 1) % t->nslots) {
        if (!t->slots[i].key)
            break;
        if (strcmp(t->slots[i].key, key) == 0) {
            t->slots[i].n += n;
            return;
        }
    }
    if (t->nkeys >= STATS_MAX_KEYS) {
        t->dropped += n;
        return;
    }
    {
        /* The table owns the copy from here on (freed in table_free). */
        char *copy = strdup(key);

        if (!copy)
            return;
        t->slots[i].key = copy;
        t->slots[i].n = n;
        t->nkeys++;
    }
}
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 10
#pragma GCC diagnostic pop
#endif

static int by_count(const void *a, const void *b)
{
    const struct count *x = a, *y = b;

    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->key, y->key);
}

static void table_print(const struct table *t, const char *title, FILE *fp)
{
    struct count *all;
    size_t n = 0;

    fprintf(fp, "%s (%zu distinct):\n", title, t->nkeys);
    if (!t->nkeys)
        return;
    all = malloc(t->nkeys * sizeof(*all));
    if (!all)
        return;
    for (size_t i = 0; i < t->nslots; i++)
        if (t->slots[i].key)
            all[n++] = t->slots[i];
    qsort(all, n, sizeof(*all), by_count);
    for (size_t i = 0; i < n && i < STATS_TOP; i++)
        fprintf(fp, "  %8lu  %s\n", all[i].n, all[i].key);
    if (t->dropped)
        fprintf(fp, "  (%lu more occurrences past the %d-key cap)\n", t->dropped,
                STATS_MAX_KEYS);
    free(all);
}

static void table_free(struct table *t)
{
    for (size_t i = 0; i < t->nslots; i++)
        free(t->slots[i].key);
    free(t->slots);
}

struct dy_cli_stats *dy_cli_stats_new(void)
{
    return calloc(1, sizeof(struct dy_cli_stats));
}

void dy_cli_stats_add(struct dy_cli_stats *st, const struct dyad_result *res)
{
    if (!st || !res)
        return;
    st->docs++;
    for (size_t i = 0; i < res->nevents; i++) {
        const char *r = res->events[i].root;
        int root = r && r[0] >= '0' && r[0] <= '2' && r[1] >= '0' && r[1] <= '9'
                       ? (r[0] - '0') * 10 + (r[1] - '0')
                       : 0;
        st->roots[root <= 20 ? root : 0]++;
        st->events++;
    }
    for (size_t i = 0; i < res->nunknown; i++)
        table_add(&st->unknown, res->unknown[i].text, res->unknown[i].count);
    for (size_t i = 0; i < res->npredicates; i++)
        if (res->predicates[i].status == DYAD_PRED_NO_PATTERN)
            table_add(&st->verbs, res->predicates[i].verb, 1);
}

void dy_cli_stats_print(const struct dy_cli_stats *st, FILE *fp)
{
    static const char *const names[21] = {
        "other", "01 statement", "02 appeal", "03 intent to cooperate", "04 consult",
        "05 diplomatic cooperation", "06 material cooperation", "07 aid", "08 yield",
        "09 investigate", "10 demand", "11 disapprove", "12 reject", "13 threaten",
        "14 protest", "15 force posture", "16 reduce relations", "17 coerce", "18 assault",
        "19 fight", "20 mass violence"};

    if (!st)
        return;
    fprintf(fp, "events by root code (%lu events in %lu documents):\n", st->events, st->docs);
    for (int i = 1; i <= 20; i++)
        if (st->roots[i])
            fprintf(fp, "  %8lu  %s\n", st->roots[i], names[i]);
    if (st->roots[0])
        fprintf(fp, "  %8lu  %s\n", st->roots[0], names[0]);
    table_print(&st->unknown, "top unknown actors", fp);
    table_print(&st->verbs, "top uncoded verb lemmas", fp);
}

void dy_cli_stats_free(struct dy_cli_stats *st)
{
    if (!st)
        return;
    table_free(&st->unknown);
    table_free(&st->verbs);
    free(st);
}
