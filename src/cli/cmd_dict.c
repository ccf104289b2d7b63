/*
 * cmd_dict.c - `dyad dict`: check, look up and convert dictionaries.
 *
 *   dyad dict check [--format F] FILE...    report bad lines (path:line),
 *                                          duplicates, conflicting codes and
 *                                          unreachable patterns
 *   dyad dict lookup [-d FILE]... [--date D] TEXT...
 *                                          what each phrase of TEXT matches
 *   dyad dict convert [--format F] FILE    TABARI/PETRARCH -> dyad format
 *   dyad dict stats [--format F] FILE...   entry counts and load time
 *
 * Exit status: 0 clean, 1 problems were reported, 2 usage or fatal error.
 * Only the public API (include/dyad.h) is used.  Diagnostics go to
 * stderr; results (lookups, converted text, counts) to stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "cli/cli.h"


#define DICT_DEFAULT "data/dict/dyad.dict"

struct dict_counts {
    size_t errors, warnings;
    int quiet;
};

static int dict_usage(FILE *f, int code)
{
    fputs("usage: dyad dict check [--format F] FILE...\n"
          "       dyad dict lookup [-d FILE]... [--date YYYY-MM-DD] TEXT...\n"
          "       dyad dict convert [--format F] FILE\n"
          "       dyad dict stats [--format F] FILE...\n"
          "\n"
          "check    loads FILEs and reports every bad line as path:line, plus\n"
          "         duplicates, names with conflicting codes, unreachable verb\n"
          "         patterns and codes missing from the CAMEO table.\n"
          "lookup   shows what each phrase of TEXT matches (actor, agent, verb\n"
          "         pattern, discard, issue) and which dictionary line says so.\n"
          "         Default dictionary: " DICT_DEFAULT " (or $DYAD_DICT).\n"
          "convert  writes a TABARI/PETRARCH dictionary in dyad's format.\n"
          "stats    prints entry counts and the load time.\n"
          "\n"
          "Formats (--format): auto dyad actors agents tabari-verbs\n"
          "  petrarch1-verbs petrarch2-verbs discards issues wordlist\n"
          "Exit status: 0 clean, 1 problems reported, 2 usage or fatal error.\n",
          f);
    return code;
}

static void dict_diag(void *ctx, const struct dyad_dict_diag *d)
{
    struct dict_counts *c = ctx;

    if (d->loaded)
        c->warnings++;
    else
        c->errors++;
    if (!c->quiet)
        fprintf(stderr, "%s: %s: %s\n", d->where, d->loaded ? "warning" : "error",
                d->msg);
}

static int dict_format(const char *s, enum dyad_dict_format *out)
{
    int f;

    for (f = DYAD_DICT_AUTO; f <= DYAD_DICT_WORDLIST; f++)
        if (strcmp(s, dyad_dict_format_name((enum dyad_dict_format)f)) == 0) {
            *out = (enum dyad_dict_format)f;
            return 0;
        }
    return -1;
}

static double dict_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void dict_print_stats(const char *label, const struct dyad_dict_stats *s)
{
    printf("%s: lines %zu (loaded %zu, ignored %zu, reported %zu), warnings %zu;"
           " actors %zu names %zu roles %zu agents %zu verbs %zu patterns %zu"
           " synsets %zu members %zu discards %zu issues %zu codes %zu words %zu"
           " transforms %zu\n",
           label, s->lines, s->loaded, s->ignored, s->reported, s->warnings,
           s->actors, s->names, s->roles, s->agents, s->verbs, s->patterns,
           s->synsets, s->members, s->discards, s->issues, s->codes, s->words,
           s->transforms);
}

/* Loads files into a new lexicon.  Returns 2 on a fatal error. */
static int dict_load(char **files, int nfiles, enum dyad_dict_format fmt,
                     int check, int verbose, struct dict_counts *counts,
                     struct dyad_lexicon **out, double *secs)
{
    struct dyad_lexicon_options opts;
    struct dyad_lexicon_builder *b;
    struct dyad_error err;
    double t0 = dict_now();
    clock_t c0 = clock();
    int i, rc, fatal = 0;

    memset(&opts, 0, sizeof(opts));
    opts.on_diag = dict_diag;
    opts.ctx = counts;
    opts.check = check;
    *out = NULL;
    if (dyad_lexicon_builder_new(&opts, &b))
        return dy_cli_fail("out of memory");
    for (i = 0; i < nfiles; i++) {
        struct dyad_dict_stats st;

        memset(&err, 0, sizeof(err));
        rc = dyad_lexicon_builder_load(b, files[i], fmt, &st, &err);
        if (rc) {
            fprintf(stderr, "%s: error: %s\n", err.where[0] ? err.where : files[i],
                    err.msg[0] ? err.msg : dyad_strerror(rc));
            if (rc == DYAD_ENOMEM || rc == DYAD_ENOENT || rc == DYAD_EIO)
                fatal = 1;
            continue;
        }
        if (verbose)
            dict_print_stats(files[i], &st);
    }
    memset(&err, 0, sizeof(err));
    rc = dyad_lexicon_build(b, out, &err);
    dyad_lexicon_builder_free(b);
    if (secs) {
        secs[0] = dict_now() - t0;
        secs[1] = (double)(clock() - c0) / CLOCKS_PER_SEC;
    }
    if (rc) {
        fprintf(stderr, "dyad: %s\n", err.msg);
        return DY_EXIT_FATAL;
    }
    return fatal ? DY_EXIT_FATAL : 0;
}

static int dict_check(int argc, char **argv, int stats_only)
{
    enum dyad_dict_format fmt = DYAD_DICT_AUTO;
    struct dict_counts counts;
    struct dyad_lexicon *lx;
    struct dyad_dict_stats total;
    double secs[2] = {0.0, 0.0};  /* dict_load leaves them unset when it fails early */
    int i = 1, rc;

    memset(&counts, 0, sizeof(counts));
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            if (dict_format(argv[++i], &fmt))
                return dy_cli_fail("unknown format '%s'", argv[i]);
        } else if (strcmp(argv[i], "-q") == 0) {
            counts.quiet = 1;
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            return dict_usage(stderr, DY_EXIT_FATAL);
        }
    }
    if (i >= argc)
        return dict_usage(stderr, DY_EXIT_FATAL);
    rc = dict_load(argv + i, argc - i, fmt, !stats_only, stats_only, &counts, &lx,
                   secs);
    dyad_lexicon_stats(lx, &total);
    if (stats_only) {
        dict_print_stats("total", &total);
        printf("load time %.1f ms wall, %.1f ms CPU\n", secs[0] * 1000.0,
               secs[1] * 1000.0);
    } else {
        printf("%d file%s, %zu lines, %zu loaded: %zu error%s, %zu warning%s\n",
               argc - i, argc - i == 1 ? "" : "s", total.lines, total.loaded,
               counts.errors, counts.errors == 1 ? "" : "s", counts.warnings,
               counts.warnings == 1 ? "" : "s");
    }
    dyad_lexicon_free(lx);
    if (rc)
        return rc;
    if (stats_only)
        return DY_EXIT_OK;
    return counts.errors || counts.warnings ? DY_EXIT_REJECTS : DY_EXIT_OK;
}

/* ---- lookup ------------------------------------------------------------- */

static int dict_is_punct(char c)
{
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == '(' || c == ')' || c == '"';
}

/* Splits TEXT at blanks and punctuation; a final '.' is split off unless
 * the word has another dot ("U.S."). */
static size_t dict_tokenize(char *text, char **toks, size_t cap)
{
    size_t n = 0;
    char *p = text;

    while (*p && n < cap) {
        char *s, *e;

        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        if (dict_is_punct(*p)) {
            p++;
            continue;
        }
        s = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && !dict_is_punct(*p))
            p++;
        e = p;
        if (*p)
            *p++ = '\0';
        if (e - s > 1 && e[-1] == '.' && !memchr(s, '.', (size_t)(e - s - 1)))
            *--e = '\0';
        {
            /* a possessive, split off as the coder's tokenizer does
             * ("People's" -> People 's, "Workers'" -> Workers ') */
            static char poss_s[] = "'s", poss[] = "'";
            size_t len = (size_t)(e - s);
            char *clitic = NULL;
            if (len >= 3 && (e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'' &&
                isalpha((unsigned char)e[-3])) {
                e[-2] = '\0';
                clitic = poss_s;
            } else if (len >= 3 && e[-1] == '\'' && (e[-2] == 's' || e[-2] == 'S')) {
                e[-1] = '\0';
                clitic = poss;
            }
            if (*s)
                toks[n++] = s;
            if (clitic && n < cap)
                toks[n++] = clitic;
        }
    }
    return n;
}

/* Cheap de-inflection for lookups from raw text (the coder passes real
 * lemmas): tries the word, then without -s, -es, -ed, -d, -ing. */
static int dict_verb(const struct dyad_lexicon *lx, char **toks, size_t n,
                     size_t i, struct dyad_verb_match *vm, char *lemma, size_t cap)
{
    static const char *const suf[] = {"", "s", "es", "ed", "d", "ing", "ies", "ied"};
    size_t k, len = strlen(toks[i]);
    const char *const *pre = (const char *const *)toks;
    const char *const *post = (const char *const *)toks + i + 1;

    for (k = 0; k < sizeof(suf) / sizeof(suf[0]); k++) {
        size_t sl = strlen(suf[k]);

        if (len <= sl + 2 || len - sl + 2 >= cap ||
            strcmp(toks[i] + len - sl, suf[k]) != 0)
            continue;
        memcpy(lemma, toks[i], len - sl);
        lemma[len - sl] = '\0';
        if (k >= 6) {
            lemma[len - sl] = 'y';
            lemma[len - sl + 1] = '\0';
        }
        if (dyad_lexicon_match_verb(lx, lemma, pre, i, post, n - i - 1, vm) == DYAD_OK &&
            vm->code)
            return 1;
        if (k == 3 || k == 5) {   /* "hoped" -> "hope", "hoping" -> "hope" */
            lemma[len - sl] = 'e';
            lemma[len - sl + 1] = '\0';
            if (dyad_lexicon_match_verb(lx, lemma, pre, i, post, n - i - 1, vm) == DYAD_OK &&
                vm->code)
                return 1;
        }
    }
    return 0;
}

static int dict_lookup(int argc, char **argv)
{
    char *files[64];
    int nfiles = 0, i = 1, rc;
    const char *date = NULL;
    struct dict_counts counts;
    struct dyad_lexicon *lx;
    static char text[65536];
    size_t tlen = 0;
    char *toks[1024];
    size_t ntoks, t;

    memset(&counts, 0, sizeof(counts));
    counts.quiet = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if ((strcmp(argv[i], "-d") == 0 || strcmp(argv[i], "--dict") == 0) &&
            i + 1 < argc) {
            if (nfiles == 64)
                return dy_cli_fail("too many -d files (max 64)");
            files[nfiles++] = argv[++i];
        } else if (strcmp(argv[i], "--date") == 0 && i + 1 < argc) {
            date = argv[++i];
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            return dict_usage(stderr, DY_EXIT_FATAL);
        }
    }
    if (i >= argc)
        return dict_usage(stderr, DY_EXIT_FATAL);
    if (nfiles == 0) {
        const char *e = getenv("DYAD_DICT");

        files[nfiles++] = (char *)(e && *e ? e : DICT_DEFAULT);
    }
    rc = dict_load(files, nfiles, DYAD_DICT_AUTO, 0, 0, &counts, &lx, NULL);
    if (rc) {
        dyad_lexicon_free(lx);
        return rc;
    }
    for (; i < argc; i++) {
        size_t n = strlen(argv[i]);

        if (tlen + n + 2 > sizeof(text)) {
            dyad_lexicon_free(lx);
            return dy_cli_fail("text longer than %zu bytes", sizeof(text) - 2);
        }
        memcpy(text + tlen, argv[i], n);
        tlen += n;
        text[tlen++] = ' ';
        text[tlen] = '\0';
    }
    text[tlen] = '\0';
    ntoks = dict_tokenize(text, toks, sizeof(toks) / sizeof(toks[0]));
    for (t = 0; t < ntoks;) {
        struct dyad_lex_match m;
        struct dyad_verb_match vm;
        char lemma[128];
        size_t k;

        dyad_lexicon_match(lx, (const char *const *)toks, ntoks, t, date, &m);
        if (m.kind != DYAD_LEX_NONE) {
            static const char *const kinds[] = {"", "actor", "agent", "discard", "issue"};

            for (k = 0; k < m.len; k++)
                printf("%s%s", k ? " " : "", toks[t + k]);
            printf("\t%s %s", kinds[m.kind], m.code[0] ? m.code : "(no role at this date)");
            if (m.actor_kind)
                printf(" [%s]", m.actor_kind);
            printf("\t'%s' via '%s' (%s)", m.name, m.alias, m.where);
            if (m.flags & DYAD_LEX_COMBINED)
                printf(" + agent (%s)", m.agent_where);
            if (m.flags & DYAD_LEX_STORY)
                printf(" story-level");
            putchar('\n');
            t += m.len;
            continue;
        }
        if (dict_verb(lx, toks, ntoks, t, &vm, lemma, sizeof(lemma))) {
            const struct dyad_cameo_code *cc = NULL;

            printf("%s\tverb %s", toks[t], vm.code);
            if (dyad_lexicon_cameo(lx, vm.code, &cc) == DYAD_OK && cc)
                printf(" \"%s\" (%s, quad %d, Goldstein %.1f)", cc->name, cc->plover,
                       cc->quad, cc->goldstein);
            printf("\tlemma '%s', pattern '%s' in '%s' (%s)\n", lemma, vm.pattern,
                   vm.group, vm.where);
        }
        t++;
    }
    dyad_lexicon_free(lx);
    return DY_EXIT_OK;
}

static int dict_convert(int argc, char **argv)
{
    enum dyad_dict_format fmt = DYAD_DICT_AUTO;
    struct dict_counts counts;
    struct dyad_lexicon_options opts;
    struct dyad_error err;
    int i = 1, rc;

    memset(&counts, 0, sizeof(counts));
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            if (dict_format(argv[++i], &fmt))
                return dy_cli_fail("unknown format '%s'", argv[i]);
        } else {
            return dict_usage(stderr, DY_EXIT_FATAL);
        }
    }
    if (i + 1 != argc)
        return dict_usage(stderr, DY_EXIT_FATAL);
    memset(&opts, 0, sizeof(opts));
    opts.on_diag = dict_diag;
    opts.ctx = &counts;
    memset(&err, 0, sizeof(err));
    rc = dyad_dict_convert(argv[i], fmt, stdout, &opts, NULL, &err);
    if (rc) {
        fprintf(stderr, "%s: error: %s\n", err.where[0] ? err.where : argv[i], err.msg);
        return DY_EXIT_FATAL;
    }
    return counts.errors ? DY_EXIT_REJECTS : DY_EXIT_OK;
}

int dy_cli_dict(int argc, char **argv)
{
    if (argc < 2)
        return dict_usage(stderr, DY_EXIT_FATAL);
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
        return dict_usage(stdout, DY_EXIT_OK);
    if (strcmp(argv[1], "check") == 0)
        return dict_check(argc - 1, argv + 1, 0);
    if (strcmp(argv[1], "stats") == 0)
        return dict_check(argc - 1, argv + 1, 1);
    if (strcmp(argv[1], "lookup") == 0)
        return dict_lookup(argc - 1, argv + 1);
    if (strcmp(argv[1], "convert") == 0)
        return dict_convert(argc - 1, argv + 1);
    fprintf(stderr, "dyad dict: unknown subcommand '%s'\n", argv[1]);
    return dict_usage(stderr, DY_EXIT_FATAL);
}
