/*
 * cmd_explain.c - `dyad explain`: why a sentence was coded the way it
 * was, in text a dictionary maintainer can read.  For each sentence it
 * prints the dependency tree, the dictionary phrases found (with their
 * "path:line"), every candidate predicate with its outcome (coded, no
 * pattern, no actor, negated, discarded, ...) and the events and quotes
 * that came out.  Uses only the public API.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "run.h"

static const char explain_help[] =
    "NAME\n"
    "    dyad explain - show why dyad codes a sentence the way it does\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad explain [options] \"SENTENCE...\"\n"
    "    dyad explain [options] -i FILE\n"
    "\n"
    "DESCRIPTION\n"
    "    Codes the text (the arguments joined by spaces, or the FILE: a .txt\n"
    "    document whose first line is the headline) and prints, for every\n"
    "    sentence: the dependency tree (one word a line: index, form, lemma,\n"
    "    tag, head, relation), the dictionary phrases that matched with the\n"
    "    entry that matched them, each candidate predicate with what became\n"
    "    of it and why (coded with pattern P from path:line; no pattern; no\n"
    "    actor as subject; negated; discarded; coded with its governing\n"
    "    verb), and the events and quotes written.\n"
    "\n"
    "OPTIONS\n"
    "    -i, --input FILE     explain a document instead of the arguments\n"
    "        --date DATE      document date (YYYY-MM-DD) for dated roles and\n"
    "                         relative dates (default: none)\n"
    "        --model FILE     tagger/parser model (default: data/model/dyad-en.model)\n"
    "        --dict FILE      dictionary (repeatable; default data/dict/dyad.dict)\n"
    "        --negated        keep negated events\n"
    "    -h, --help           this text\n"
    "\n"
    "EXIT STATUS\n"
    "    0 explained; 2 usage error, no model or no dictionaries.\n"
    "\n"
    "EXAMPLES\n"
    "    dyad explain \"Russian lawmakers accused Washington of provoking North Korea.\"\n"
    "    dyad explain --date 2017-09-05 -i examples/2017-09-05-un-sanctions.txt\n";

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;

    if (!f)
        return NULL;
    for (;;) {
        size_t got;
        if (n + 4096 + 1 > cap) {
            char *nb;
            cap = cap ? cap * 2 : 8192;
            if (cap > ((size_t)64 << 20)) {
                free(buf);
                fclose(f);
                return NULL;
            }
            nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, 4096, f);
        n += got;
        if (got < 4096)
            break;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static void print_actor(const char *label, const struct dyad_actor *a)
{
    if (!a->text && !a->code) {
        printf("%s -", label);
        return;
    }
    printf("%s %s [%s]%s", label, a->text ? a->text : "?", a->code ? a->code : "unknown",
           a->resolved ? " (resolved)" : "");
}

static void print_sentence(const struct dyad_result *r, uint32_t si, const struct dyad_token *tok,
                           const struct dyad_word *w, size_t first, size_t n, const char *text,
                           size_t span_s, size_t span_e)
{
    printf("\n== %s: %.*s\n", si == DYAD_SENT_TITLE ? "headline" : "sentence",
           (int)(span_e - span_s), text + span_s);
    if (si != DYAD_SENT_TITLE)
        printf("   (sentence %u)\n", si);
    printf("-- tree\n");
    for (size_t k = 0; k < n && w; k++) {
        const struct dyad_word *x = &w[first + k];
        printf("   %2zu %-16s %-14s %-5s %2u %s\n", k + 1, tok[first + k].form, x->lemma, x->upos,
               x->head, x->deprel);
    }
    printf("-- dictionary phrases\n");
    for (size_t m = 0; m < r->nmentions; m++) {
        const struct dyad_actor *a = &r->mentions[m];
        if (r->mention_sentence[m] != si)
            continue;
        printf("   %-30s %-10s %s\n", a->text ? a->text : "?", a->code ? a->code : "(no role)",
               a->where ? a->where : "");
    }
    printf("-- predicates\n");
    for (size_t p = 0; p < r->npredicates; p++) {
        const struct dyad_predicate *x = &r->predicates[p];
        if (x->sentence != si)
            continue;
        printf("   %-12s %-12s %s\n", x->verb, dyad_pred_status_name(x->status), x->detail);
    }
    printf("-- events\n");
    for (size_t e = 0; e < r->nevents; e++) {
        const struct dyad_event *x = &r->events[e];
        if (x->sentence != si)
            continue;
        printf("   #%zu ", e);
        print_actor("source", &x->source);
        print_actor("  target", &x->target);
        printf("  code %s (root %s, quad %d, goldstein %.1f, %s)%s%s", x->code, x->root, x->quad,
               x->goldstein, x->plover ? x->plover : "-", x->negated ? " NEGATED" : "",
               x->modality == 1 ? " future" : x->modality == 2 ? " threat" : "");
        if (x->reported_by != DYAD_NONE)
            printf(" reported by #%u", x->reported_by);
        if (x->date)
            printf(" date %s", x->date);
        if (x->place.text)
            printf(" place %s (%s)", x->place.text, x->place.country ? x->place.country : "?");
        printf("\n      %s\n", x->explain ? x->explain : "");
    }
}

int dy_cli_explain(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},       {"input", required_argument, NULL, 'i'},
        {"date", required_argument, NULL, 'd'}, {"model", required_argument, NULL, 'M'},
        {"dict", required_argument, NULL, 'D'}, {"negated", no_argument, NULL, 'n'},
        {NULL, 0, NULL, 0},
    };
    static char model_buf[4096], dict_buf[4096];
    const char *input = NULL, *date = NULL, *model = NULL;
    const char *dicts[16];
    size_t ndicts = 0, len = 0;
    uint32_t flags = DYAD_CODE_EXPLAIN;
    struct dyad_pipeline_options po;
    struct dyad_pipeline *p = NULL;
    struct dyad_session *s = NULL;
    struct dyad_result *r = NULL;
    struct dyad_doc *doc;
    struct dyad_error err;
    char *text = NULL;
    int c, rc;

    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":hi:", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(explain_help, stdout);
            return DY_EXIT_OK;
        case 'i':
            input = optarg;
            break;
        case 'd':
            date = optarg;
            break;
        case 'M':
            model = optarg;
            break;
        case 'D':
            if (ndicts >= 16)
                return dy_cli_fail("explain: at most 16 --dict files");
            dicts[ndicts++] = optarg;
            break;
        case 'n':
            flags |= DYAD_CODE_NEGATED;
            break;
        default:
            return dy_cli_fail("explain: bad option %s; try 'dyad explain --help'",
                               argv[optind - 1]);
        }
    }
    if (!model)
        model = dy_cli_data_path("model/dyad-en.model", model_buf, sizeof(model_buf));
    if (!model)
        return dy_cli_fail("explain: no model found: give --model FILE or set DYAD_DATA");
    if (!ndicts) {
        const char *d = dy_cli_data_path("dict/dyad.dict", dict_buf, sizeof(dict_buf));
        if (!d)
            return dy_cli_fail("explain: no dictionaries: give --dict FILE or set DYAD_DATA");
        dicts[ndicts++] = d;
    }
    doc = calloc(1, sizeof(*doc));
    if (!doc)
        return dy_cli_fail("out of memory");
    if (input) {
        char *all = read_all(input, &len);
        char *nl;
        if (!all) {
            free(doc);
            return dy_cli_fail("explain: cannot read %s", input);
        }
        /* First non-empty line = headline, as for .txt documents. */
        nl = strchr(all, '\n');
        if (nl && nl > all) {
            doc->title = strndup(all, (size_t)(nl - all));
            text = strdup(nl + 1);
            free(all);
            if (!text || !doc->title) {
                free(text);
                free(doc->title);
                free(doc);
                return dy_cli_fail("out of memory");
            }
            len = strlen(text);
        } else {
            text = all;
        }
    } else {
        size_t cap = 1;
        for (int i = optind; i < argc; i++)
            cap += strlen(argv[i]) + 1;
        text = calloc(1, cap);
        if (!text) {
            free(doc);
            return dy_cli_fail("out of memory");
        }
        len = 0;
        for (int i = optind; i < argc; i++) {
            size_t n = strlen(argv[i]);
            if (i > optind)
                text[len++] = ' ';
            memcpy(text + len, argv[i], n);
            len += n;
        }
        text[len] = '\0';
        if (!len) {
            free(text);
            free(doc);
            return dy_cli_fail("explain: give a sentence or -i FILE; try 'dyad explain --help'");
        }
    }
    doc->id = strdup(input ? input : "explain");
    doc->origin = strdup(input ? input : "command line");
    doc->date = date ? strdup(date) : NULL;
    doc->text = text;
    doc->text_len = len;

    memset(&po, 0, sizeof(po));
    po.model_path = model;
    po.dict_paths = dicts;
    po.ndict_paths = ndicts;
    po.code_flags = flags;
    rc = dyad_pipeline_new(&po, &p, &err);
    if (rc) {
        dyad_doc_free(doc);
        return dy_cli_fail("%s%s%s", err.where, err.where[0] ? ": " : "", err.msg);
    }
    rc = dyad_session_new(p, &s);
    if (!rc)
        rc = dyad_session_process(s, doc, &r, &err);
    else
        dyad_doc_free(doc);
    if (rc) {
        dyad_session_free(s);
        dyad_pipeline_free(p);
        return dy_cli_fail("explain: %s", err.msg);
    }
    if (r->title_tokens && r->doc->title)
        print_sentence(r, DYAD_SENT_TITLE, r->title_tokens, r->title_words, 0, r->ntitle_tokens,
                       r->doc->title, 0, strlen(r->doc->title));
    for (size_t i = 0; i < r->nsentences; i++) {
        const struct dyad_sentence *x = &r->sentences[i];
        print_sentence(r, (uint32_t)i, r->tokens, r->words, x->first_token, x->ntokens,
                       r->doc->text, x->span.start, x->span.end);
    }
    if (r->nquotes)
        printf("\n== quotes\n");
    for (size_t q = 0; q < r->nquotes; q++) {
        const struct dyad_quote *x = &r->quotes[q];
        printf("   #%zu \"%.*s\"\n      ", q, (int)(x->span.end - x->span.start),
               r->doc->text + x->span.start);
        print_actor("speaker", &x->speaker);
        printf(" via %s", x->verb ? x->verb : "-");
        if (x->event != DYAD_NONE)
            printf(" (statement event #%u)", x->event);
        printf("\n");
    }
    if (r->nunknown) {
        printf("\n== unknown named entities\n");
        for (size_t u = 0; u < r->nunknown; u++)
            printf("   %-30s x%u\n", r->unknown[u].text, r->unknown[u].count);
    }
    dyad_result_free(r);
    dyad_session_free(s);
    dyad_pipeline_free(p);
    return DY_EXIT_OK;
}
