/*
 * dyad-train - trains the tagger/parser model from CoNLL-U files.
 *
 *   dyad-train --out MODEL [--seed N] [--epochs N] [--tag-epochs N]
 *              [--jackknife K] [--beam B] [--ensemble K] [--tag-ensemble K]
 *              [--threads N]
 *              [--gum-genres LIST] [--gum-repeat LIST]
 *              [--prune W] [--prune-tagger W] [--prune-sweep] [--tag-only]
 *              [--jackknife-pass2] [--exclude-docs IDS] [--dev DEV.conllu]
 *              [--dev-out SYS.conllu] [--wordnet DIR]
 *              TRAIN.conllu...
 *
 * --gum-genres keeps only GUM documents (ids GUM_<genre>_...) of the
 * listed genres (licence filtering); --gum-repeat "news:2" adds the
 * sentences of a genre N times; --exclude-docs skips the listed document
 * ids (an evaluation's held-out documents).  The full command line is stored in the
 * model.  Progress goes to stderr.  Exit 0 on success, 1 on failure,
 * 2 on misuse.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "syntax/syntax.h"
#include "util/util.h"

static void usage(FILE *f)
{
    fputs("usage: dyad-train --out MODEL [--seed N] [--epochs N] [--tag-epochs N]\n"
          "                  [--jackknife K] [--beam B] [--ensemble K] [--tag-ensemble K]\n"
          "                  [--threads N]\n"
          "                  [--gum-genres LIST] [--gum-repeat LIST]\n"
          "                  [--prune W] [--prune-tagger W] [--prune-sweep] [--tag-only]\n"
          "                  [--jackknife-pass2] [--projectivize] [--exclude-docs IDS]\n"
          "                  [--dev DEV.conllu] [--dev-out SYS.conllu] [--wordnet DIR]\n"
          "                  TRAIN.conllu...\n"
          "  --beam B           parser beam width (training and run time); 1 = greedy\n"
          "  --ensemble K       K parsers from K random streams, their mean stored\n"
          "                     (one model's run-time cost); default 1\n"
          "  --tag-ensemble K   the same for each final tagger (not the jackknife ones)\n"
          "  --threads N        train up to N ensemble members at once (same file)\n"
          "  --prune W          drop parser weights with |w| < W from the file\n"
          "  --prune-tagger W   the same for the tagger\n"
          "  --prune-sweep      also write MODEL.pW for several W (size/accuracy)\n"
          "  --tag-only         train the taggers only (no parser: tagger experiments)\n"
          "  --jackknife-pass2  parser trained on jackknifed pass-2 tags (default pass 1)\n"
          "  --projectivize     parser trained on projectivised trees (crossing arcs lifted)\n"
          "  --exclude-docs IDS skip these comma-separated document ids (held-out documents)\n"
          "  --dev FILE         after training, print accuracy on FILE\n"
          "  --dev-out FILE     and write the system's CoNLL-U of it to FILE\n"
          "  --wordnet DIR      experimental: tagger templates on a table derived from\n"
          "                     WordNet 3.0 in DIR (e.g. /usr/share/wordnet), stored\n"
          "                     in the model\n", f);
}

static void on_progress(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "dyad-train: %s\n", msg);
}

static int num(const char *s, long max, long *v)
{
    if (!s || dy_parse_long(s, 0, max, v) != 0) {
        fprintf(stderr, "dyad-train: bad number '%s'\n", s ? s : "");
        return -1;
    }
    return 0;
}

/* The integer options: name, largest value, field of the options. */
static const struct {
    const char *name;
    long max;
    size_t off;
} int_opts[] = {
    {"--epochs", 1000, offsetof(struct dy_syntax_train_opts, parse_epochs)},
    {"--tag-epochs", 1000, offsetof(struct dy_syntax_train_opts, tag_epochs)},
    {"--beam", DY_SYNTAX_MAX_BEAM, offsetof(struct dy_syntax_train_opts, beam)},
    {"--ensemble", DY_SYNTAX_MAX_ENSEMBLE, offsetof(struct dy_syntax_train_opts, ensemble)},
    {"--tag-ensemble", DY_SYNTAX_MAX_ENSEMBLE,
     offsetof(struct dy_syntax_train_opts, tag_ensemble)},
    {"--threads", DY_SYNTAX_MAX_ENSEMBLE, offsetof(struct dy_syntax_train_opts, threads)},
    {"--jackknife", 100, offsetof(struct dy_syntax_train_opts, jackknife)},
};

/* The field of integer option a in o (its largest value in *max), or
 * NULL when a is no integer option. */
static int *int_field(struct dy_syntax_train_opts *o, const char *a, long *max)
{
    for (size_t k = 0; k < DY_ARRAY_LEN(int_opts); k++) {
        if (strcmp(a, int_opts[k].name) == 0) {
            *max = int_opts[k].max;
            return (int *)(void *)((char *)o + int_opts[k].off);
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    struct dy_syntax_train_opts o;
    struct dy_syntax_read_opts ro;
    struct dy_syntax_corpus train, dev;
    struct dyad_error err;
    const char *out = NULL, *devpath = NULL, *devout = NULL;
    struct dy_buf meta = DY_BUF_INIT;
    int i, nfiles = 0, rc;
    long v;
    long max;
    int *field;
    time_t t0 = time(NULL);

    memset(&o, 0, sizeof(o));
    memset(&ro, 0, sizeof(ro));
    o.seed = 1;
    o.jackknife = 4;
    dy_syntax_corpus_init(&train);
    dy_syntax_corpus_init(&dev);
    dy_buf_puts(&meta, "dyad-train");
    for (i = 1; i < argc; i++) {
        dy_buf_printf(&meta, " %s", argv[i]);
    }
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(a, "--dev") == 0 && i + 1 < argc) {
            devpath = argv[++i];
        } else if (strcmp(a, "--dev-out") == 0 && i + 1 < argc) {
            devout = argv[++i];
        } else if (strcmp(a, "--wordnet") == 0 && i + 1 < argc) {
            o.wordnet = argv[++i];
        } else if (strcmp(a, "--seed") == 0) {
            if (num(i + 1 < argc ? argv[++i] : NULL, 1L << 40, &v))
                return 2;
            o.seed = (uint64_t)v;
        } else if ((field = int_field(&o, a, &max)) != NULL) {
            if (num(i + 1 < argc ? argv[++i] : NULL, max, &v))
                return 2;
            *field = (int)v;
        } else if (strcmp(a, "--prune") == 0 && i + 1 < argc) {
            o.prune_parser = (float)strtod(argv[++i], NULL);
        } else if (strcmp(a, "--prune-tagger") == 0 && i + 1 < argc) {
            o.prune_tagger = (float)strtod(argv[++i], NULL);
        } else if (strcmp(a, "--prune-sweep") == 0) {
            o.prune_sweep = 1;
        } else if (strcmp(a, "--tag-only") == 0) {
            o.tag_only = 1;
        } else if (strcmp(a, "--jackknife-pass2") == 0) {
            o.jackknife_pass2 = 1;
        } else if (strcmp(a, "--projectivize") == 0) {
            o.projectivize = 1;
        } else if (strcmp(a, "--gum-genres") == 0 && i + 1 < argc) {
            ro.gum_genres = argv[++i];
        } else if (strcmp(a, "--gum-repeat") == 0 && i + 1 < argc) {
            ro.gum_repeat = argv[++i];
        } else if (strcmp(a, "--exclude-docs") == 0 && i + 1 < argc) {
            ro.exclude_docs = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad-train: unknown or incomplete option '%s'\n", a);
            usage(stderr);
            return 2;
        } else {
            nfiles++;
        }
    }
    if (!out || nfiles == 0) {
        usage(stderr);
        return 2;
    }
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1]) {
            if (strcmp(a, "--prune-sweep") != 0 && strcmp(a, "--tag-only") != 0 &&
                strcmp(a, "--jackknife-pass2") != 0 && strcmp(a, "--projectivize") != 0)
                i++;   /* every other option takes a value */
            continue;
        }
        rc = dy_syntax_corpus_read(&train, a, &ro, &err);
        if (rc) {
            fprintf(stderr, "dyad-train: %s: %s\n", err.where, err.msg);
            return 1;
        }
        fprintf(stderr, "dyad-train: read %s: now %zu sentences, %zu words\n", a,
                train.nsents, train.nwords);
    }
    if (devpath) {
        rc = dy_syntax_corpus_read(&dev, devpath, NULL, &err);
        if (rc) {
            fprintf(stderr, "dyad-train: %s: %s\n", err.where, err.msg);
            return 1;
        }
    }
    o.meta = meta.data;
    o.progress = on_progress;
    rc = dy_syntax_train(&train, &o, out, &err);
    if (rc) {
        fprintf(stderr, "dyad-train: %s%s%s\n", err.where, *err.where ? ": " : "",
                err.msg);
        return 1;
    }
    fprintf(stderr, "dyad-train: wrote %s in %ld s\n", out, (long)(time(NULL) - t0));
    if (devpath) {
        struct dyad_model *m;
        struct dy_syntax_eval e;
        if (dyad_model_load(out, &m, &err) != DYAD_OK) {
            fprintf(stderr, "dyad-train: %s: %s\n", err.where, err.msg);
            return 1;
        }
        FILE *sys = NULL;
        if (devout && !(sys = fopen(devout, "w"))) {
            fprintf(stderr, "dyad-train: %s: cannot create: %s\n", devout,
                    strerror(errno));
            dyad_model_free(m);
            return 1;
        }
        rc = dy_syntax_eval_gold(m, &dev, sys, &e, &err);
        if (sys && fclose(sys) != 0 && !rc) {
            fprintf(stderr, "dyad-train: %s: write failed\n", devout);
            rc = DYAD_EIO;
        }
        if (rc != DYAD_OK) {
            if (err.msg[0])
                fprintf(stderr, "dyad-train: %s\n", err.msg);
            dyad_model_free(m);
            return 1;
        }
        fprintf(stderr, "dyad-train: dev %s: UPOS %.2f XPOS %.2f lemma %.2f "
                "UAS %.2f LAS %.2f\n", devpath,
                100.0 * (double)e.upos / (double)e.words,
                100.0 * (double)e.xpos / (double)e.words,
                100.0 * (double)e.lemma / (double)e.words,
                100.0 * (double)e.uas / (double)e.words,
                100.0 * (double)e.las / (double)e.words);
        dyad_model_free(m);
    }
    dy_syntax_corpus_release(&train);
    dy_syntax_corpus_release(&dev);
    dy_buf_release(&meta);
    return 0;
}
