/*
 * dyad-benchparse - speed of tagging + parsing with gold tokens.
 *
 *   dyad-benchparse [--model MODEL] [--runs N] [--beam B] GOLD.conllu
 *
 * --beam B decodes with beam width B instead of the model's own (speed
 * against accuracy; the UAS/LAS of the last run are printed too).
 * Loads the model (timed, median of the runs), then tags, lemmatises
 * and parses every sentence of GOLD N times on one thread and prints
 * the median tokens per second (annotation time only, reading excluded)
 * by thread CPU time (fair on a shared machine) and by wall time, the
 * median model load time and the peak resident set size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "syntax/syntax.h"
#include "util/util.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmpd(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    const char *model = DYAD_DEFAULT_MODEL, *gold = NULL;
    long runs = 5, beam = 0;
    int i;
    struct dy_syntax_corpus c;
    struct dyad_error err;
    struct dyad_model *m = NULL;
    double loads[64], speeds[64], cpu[64], uas = 0, las = 0;
    struct rusage ru;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
            if (dy_parse_long(argv[++i], 1, 64, &runs) != 0) {
                fprintf(stderr, "dyad-benchparse: --runs takes 1..64\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--beam") == 0 && i + 1 < argc) {
            if (dy_parse_long(argv[++i], 1, DY_SYNTAX_MAX_BEAM, &beam) != 0) {
                fprintf(stderr, "dyad-benchparse: --beam takes 1..%d\n",
                        DY_SYNTAX_MAX_BEAM);
                return 2;
            }
        } else if (strcmp(argv[i], "--help") == 0) {
            puts("usage: dyad-benchparse [--model MODEL] [--runs N] [--beam B] GOLD.conllu");
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "dyad-benchparse: unknown option '%s'\n", argv[i]);
            return 2;
        } else {
            gold = argv[i];
        }
    }
    if (!gold) {
        fprintf(stderr, "usage: dyad-benchparse [--model MODEL] [--runs N] [--beam B] GOLD.conllu\n");
        return 2;
    }
    dy_syntax_corpus_init(&c);
    if (dy_syntax_corpus_read(&c, gold, NULL, &err) != DYAD_OK) {
        fprintf(stderr, "dyad-benchparse: %s: %s\n", err.where, err.msg);
        return 1;
    }
    for (i = 0; i < runs; i++) {
        double t0 = now();
        if (dyad_model_load(model, &m, &err) != DYAD_OK) {
            fprintf(stderr, "dyad-benchparse: %s: %s\n", err.where, err.msg);
            return 1;
        }
        loads[i] = now() - t0;
        if (beam > 0)
            dy_syntax_model_set_beam(m, (uint32_t)beam);
        if (i + 1 < runs)
            dyad_model_free(m);
    }
    for (i = 0; i < runs; i++) {
        struct dy_syntax_eval e;
        memset(&e, 0, sizeof(e));
        if (dy_syntax_eval_gold(m, &c, NULL, &e, &err) != DYAD_OK) {
            fprintf(stderr, "dyad-benchparse: %s\n", err.msg);
            return 1;
        }
        speeds[i] = (double)e.words / e.seconds;
        cpu[i] = (double)e.words / e.cpu_seconds;
        uas = e.words ? 100.0 * (double)e.uas / (double)e.words : 0;
        las = e.words ? 100.0 * (double)e.las / (double)e.words : 0;
    }
    qsort(loads, (size_t)runs, sizeof(double), cmpd);
    qsort(speeds, (size_t)runs, sizeof(double), cmpd);
    qsort(cpu, (size_t)runs, sizeof(double), cmpd);
    getrusage(RUSAGE_SELF, &ru);
    printf("file %s: %zu sentences, %zu tokens, %ld runs\n", gold, c.nsents,
           c.nwords, runs);
    printf("tag+parse: %.0f tokens/s of thread CPU time (median; min %.0f, max %.0f), one thread\n",
           cpu[runs / 2], cpu[0], cpu[runs - 1]);
    printf("tag+parse: %.0f tokens/s of wall time (median; min %.0f, max %.0f)\n",
           speeds[runs / 2], speeds[0], speeds[runs - 1]);
    {
        struct dy_syntax_model_info info;
        dy_syntax_model_info(m, &info);
        printf("parser beam width %u%s; UAS %.2f, LAS %.2f (gold tokens)\n",
               info.beam, beam > 0 ? " (--beam)" : " (the model's)", uas, las);
    }
    printf("model load: %.1f ms (median)\n", loads[runs / 2] * 1000.0);
    printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    dyad_model_free(m);
    dy_syntax_corpus_release(&c);
    return 0;
}
