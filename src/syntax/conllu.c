/*
 * conllu.c - reads CoNLL-U treebank files into a dy_syntax_corpus for
 * training and evaluation.
 *
 * Only basic dependencies are kept (columns 1-8).  Multiword-token range
 * lines ("3-4") and empty nodes ("5.1") are skipped because dyad tags
 * and parses syntactic words.  Every malformed line is an error with its
 * path and line number: a silently skipped sentence would bias training
 * and evaluation without anyone noticing.  Documents can be filtered and
 * repeated by their "# newdoc id" (GUM genres carry different licences).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

#define MAX_SENT_WORDS 4096

void dy_syntax_corpus_init(struct dy_syntax_corpus *c)
{
    memset(c, 0, sizeof(*c));
}

void dy_syntax_corpus_release(struct dy_syntax_corpus *c)
{
    if (!c)
        return;
    dy_free(c->sents);
    dy_arena_free(c->arena);
    memset(c, 0, sizeof(*c));
}

/* Is `genre` an element of the comma-separated `list`? */
static int in_list(const char *list, const char *genre, size_t glen)
{
    const char *p = list;

    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == glen && memcmp(p, genre, n) == 0)
            return 1;
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

/* Repeat count of `genre` in "genre:N,..." (1 when absent). */
static int repeat_of(const char *list, const char *genre, size_t glen)
{
    const char *p = list;

    while (p && *p) {
        const char *colon = strchr(p, ':');
        const char *e = strchr(p, ',');
        if (colon && (!e || colon < e) && (size_t)(colon - p) == glen &&
            memcmp(p, genre, glen) == 0) {
            char num[16];
            size_t n = e ? (size_t)(e - colon - 1) : strlen(colon + 1);
            long v;
            if (n >= sizeof(num))
                return 1;
            memcpy(num, colon + 1, n);
            num[n] = '\0';
            if (dy_parse_long(num, 1, 100, &v) == 0)
                return (int)v;
            return 1;
        }
        p = e ? e + 1 : NULL;
    }
    return 1;
}

/* Genre of a GUM document id "GUM_news_foo" -> "news"; 0 if not GUM. */
static int gum_genre(const char *doc, const char **g, size_t *glen)
{
    const char *e;

    if (strncmp(doc, "GUM_", 4) != 0)
        return 0;
    e = strchr(doc + 4, '_');
    *g = doc + 4;
    *glen = e ? (size_t)(e - (doc + 4)) : strlen(doc + 4);
    return 1;
}

static int push_sent(struct dy_syntax_corpus *c, const struct dy_syntax_sent *s)
{
    if (c->nsents == c->asents) {
        size_t na = c->asents ? c->asents * 2 : 1024;
        struct dy_syntax_sent *ns = dy_reallocarray(c->sents, na, sizeof(*ns));
        if (!ns)
            return DYAD_ENOMEM;
        c->sents = ns;
        c->asents = na;
    }
    c->sents[c->nsents++] = *s;
    c->nwords += s->n;
    return DYAD_OK;
}

/* Splits a word line into exactly 10 tab-separated fields in place. */
static int split10(char *line, char **f)
{
    int i;

    for (i = 0; i < 10; i++) {
        char *t = strchr(line, '\t');
        f[i] = line;
        if (i < 9) {
            if (!t)
                return -1;
            *t = '\0';
            line = t + 1;
        } else if (t) {
            return -1;
        }
    }
    return 0;
}

struct reader {
    struct dy_syntax_corpus *c;
    const struct dy_syntax_read_opts *opts;
    const char *path;
    struct dy_syntax_cword *w;   /* current sentence */
    uint32_t n;
    const char *doc_id, *sent_id, *text;
    int newpar;
};

static int finish_sentence(struct reader *r, struct dyad_error *err,
                           long lineno)
{
    struct dy_syntax_sent s;
    int rep = 1, i;
    const char *g;
    size_t glen;
    char where[300];

    if (r->n == 0)
        return DYAD_OK;
    dy_snprintf(where, sizeof(where), "%s:%ld", r->path, lineno);
    for (i = 0; i < (int)r->n; i++) {
        if (r->w[i].head > r->n)
            return dy_error(err, DYAD_EFORMAT, where,
                            "head %u of word %d is outside the sentence",
                            (unsigned)r->w[i].head, i + 1);
    }
    if (r->opts && r->opts->exclude_docs && r->doc_id &&
        in_list(r->opts->exclude_docs, r->doc_id, strlen(r->doc_id))) {
        r->n = 0;
        return DYAD_OK;
    }
    if (r->opts && gum_genre(r->doc_id, &g, &glen)) {
        if (r->opts->gum_genres && !in_list(r->opts->gum_genres, g, glen)) {
            r->n = 0;
            return DYAD_OK;
        }
        if (r->opts->gum_repeat)
            rep = repeat_of(r->opts->gum_repeat, g, glen);
    }
    if (r->c->nwords + (size_t)r->n * (size_t)rep > DY_SYNTAX_MAX_CORPUS_WORDS)
        return dy_error(err, DYAD_ETOOBIG, where, "corpus exceeds %d words",
                        DY_SYNTAX_MAX_CORPUS_WORDS);
    s.w = dy_arena_alloc(r->c->arena, r->n * sizeof(*s.w));
    if (!s.w)
        return dy_error(err, DYAD_ENOMEM, where, "out of memory");
    memcpy(s.w, r->w, r->n * sizeof(*s.w));
    s.n = r->n;
    s.doc_id = r->doc_id;
    s.sent_id = r->sent_id;
    s.text = r->text;
    s.newpar = r->newpar;
    for (i = 0; i < rep; i++) {
        if (push_sent(r->c, &s) != DYAD_OK)
            return dy_error(err, DYAD_ENOMEM, where, "out of memory");
    }
    r->n = 0;
    r->sent_id = "";
    r->text = "";
    r->newpar = 0;
    return DYAD_OK;
}

static int comment_value(struct reader *r, const char *line, const char *key,
                         const char **dst)
{
    size_t kl = strlen(key);
    const char *v;

    if (strncmp(line, key, kl) != 0)
        return 0;
    v = line + kl;
    while (*v == ' ')
        v++;
    if (*v != '=')
        return 0;
    v++;
    while (*v == ' ')
        v++;
    *dst = dy_arena_strndup(r->c->arena, v, strlen(v));
    return *dst ? 1 : -1;
}

static const char *intern(struct reader *r, const char *s)
{
    return dy_arena_strndup(r->c->arena, s, strlen(s));
}

int dy_syntax_corpus_read(struct dy_syntax_corpus *c, const char *path,
                          const struct dy_syntax_read_opts *opts,
                          struct dyad_error *err)
{
    FILE *f;
    char *line = NULL;
    long lineno = 0;
    int rc = DYAD_OK;
    struct reader r;
    char where[300];

    dy_error_clear(err);
    if (!c || !path)
        return dy_error(err, DYAD_EINVAL, NULL, "no corpus or path");
    if (!c->arena) {
        c->arena = dy_arena_new(1 << 20);
        if (!c->arena)
            return dy_error(err, DYAD_ENOMEM, path, "out of memory");
    }
    f = fopen(path, "r");
    if (!f)
        return dy_error(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                        "cannot open: %s", strerror(errno));
    memset(&r, 0, sizeof(r));
    r.c = c;
    r.opts = opts;
    r.path = path;
    r.doc_id = "";
    r.sent_id = "";
    r.text = "";
    r.w = dy_calloc(MAX_SENT_WORDS, sizeof(*r.w));
    line = dy_malloc(DY_SYNTAX_MAX_LINE);
    if (!r.w || !line) {
        rc = dy_error(err, DYAD_ENOMEM, path, "out of memory");
        goto done;
    }
    while (fgets(line, DY_SYNTAX_MAX_LINE, f)) {
        size_t len = strlen(line);
        char *fld[10];
        long id, head;

        lineno++;
        dy_snprintf(where, sizeof(where), "%s:%ld", path, lineno);
        if (len == DY_SYNTAX_MAX_LINE - 1 && line[len - 1] != '\n') {
            rc = dy_error(err, DYAD_ETOOBIG, where, "line longer than %d bytes",
                          DY_SYNTAX_MAX_LINE);
            goto done;
        }
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0) {
            rc = finish_sentence(&r, err, lineno);
            if (rc)
                goto done;
            continue;
        }
        if (line[0] == '#') {
            int got = comment_value(&r, line, "# newdoc id", &r.doc_id);
            if (got || strcmp(line, "# newpar") == 0 ||
                strncmp(line, "# newpar ", 9) == 0)
                r.newpar = 1;
            if (!got)
                got = comment_value(&r, line, "# sent_id", &r.sent_id);
            if (!got)
                got = comment_value(&r, line, "# text", &r.text);
            if (got < 0) {
                rc = dy_error(err, DYAD_ENOMEM, where, "out of memory");
                goto done;
            }
            continue;
        }
        if (split10(line, fld) != 0) {
            rc = dy_error(err, DYAD_EFORMAT, where,
                          "expected 10 tab-separated columns");
            goto done;
        }
        if (strchr(fld[0], '-') || strchr(fld[0], '.'))
            continue;   /* multiword token range or empty node */
        if (dy_parse_long(fld[0], 1, MAX_SENT_WORDS, &id) != 0 ||
            id != (long)r.n + 1) {
            rc = dy_error(err, DYAD_EFORMAT, where,
                          "word id '%s' out of sequence (expected %u)",
                          fld[0], (unsigned)r.n + 1);
            goto done;
        }
        if (dy_parse_long(fld[6], 0, MAX_SENT_WORDS, &head) != 0) {
            rc = dy_error(err, DYAD_EFORMAT, where, "bad head '%s'", fld[6]);
            goto done;
        }
        r.w[r.n].form = intern(&r, fld[1]);
        r.w[r.n].lemma = intern(&r, fld[2]);
        r.w[r.n].upos = intern(&r, fld[3]);
        r.w[r.n].xpos = intern(&r, fld[4]);
        r.w[r.n].feats = intern(&r, fld[5]);
        r.w[r.n].deprel = intern(&r, fld[7]);
        r.w[r.n].head = (uint32_t)head;
        if (!r.w[r.n].form || !r.w[r.n].lemma || !r.w[r.n].upos ||
            !r.w[r.n].xpos || !r.w[r.n].feats || !r.w[r.n].deprel) {
            rc = dy_error(err, DYAD_ENOMEM, where, "out of memory");
            goto done;
        }
        r.n++;
    }
    if (ferror(f)) {
        rc = dy_error(err, DYAD_EIO, path, "read error");
        goto done;
    }
    rc = finish_sentence(&r, err, lineno);
done:
    dy_free(line);
    dy_free(r.w);
    fclose(f);
    return rc;
}
