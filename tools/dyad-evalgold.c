/*
 * dyad-evalgold.c - scores dyad's event coder against the development
 * gold set (docs/GOLD.md): hand-coded events for the news documents of
 * the UD GUM treebank and news-commentary weblogs of UD EWT, referred to
 * by sent_id.
 *
 *   dyad-evalgold [--ud-dir DIR | --treebank FILE...] [--model FILE]
 *                 [--dict FILE]... [--system FILE]... [--check] [-v] GOLD...
 *
 * The sentences are read from the treebanks (DIR/UD_English-GUM/
 * en_gum-ud-{train,dev,test}.conllu and DIR/UD_English-EWT/
 * en_ewt-ud-{train,dev,test}.conllu; DIR defaults to $UD_DIR, else
 * $DYAD_SHARED/data/ud, else ../shared/data/ud): `# newdoc id`,
 * `# newpar`, `# sent_id`, `# text` and the `# meta::` date, URL and
 * title.  Each gold document is rebuilt as one text (sentences of a
 * paragraph joined by a space, paragraphs by a blank line), dated with
 * its @doc date and run through the whole pipeline (segmenter, tagger,
 * parser, coder; default coder options); every event goes to the gold
 * sentence whose span holds its verb.  Scores are multiset matches per
 * sentence at two levels: full (source code, event code, target code)
 * and root (CAMEO root and the first 3 characters of both actor codes).
 *
 * --check reads the gold files and the treebank only (no model): the
 * gold set's size, its partial documents, and every malformed line.
 * --system FILE scores events read from FILE (same format as the gold
 * files) instead of running dyad: the scorer alone, for tests and for
 * other coders' output.
 *
 * Exit status: 0 scored (or checked), 2 usage error, unreadable input or
 * a malformed gold line (all of them are listed as file:line first).
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dyad.h"
#include "util/util.h"

#define CODE_MAX DYAD_LEX_CODE_MAX
#define MAX_FILES 32
#define NONE_IDX (-1)

static void die_oom(void)
{
    fprintf(stderr, "dyad-evalgold: out of memory\n");
    exit(2);
}

/* Grows *p (an array of `size`-byte items with *cap slots) to hold one
 * more item than `n`. */
static void grow(void **p, size_t n, size_t *cap, size_t size)
{
    size_t nc;
    void *q;

    if (n < *cap)
        return;
    nc = *cap ? *cap * 2 : 64;
    q = dy_reallocarray(*p, nc, size);
    if (!q)
        die_oom();
    *p = q;
    *cap = nc;
}
#define GROW(arr, n, cap) grow((void **)&(arr), (n), &(cap), sizeof(*(arr)))

static char *astrndup(struct dy_arena *a, const char *s, size_t n)
{
    char *c = dy_arena_strndup(a, s, n);
    if (!c)
        die_oom();
    return c;
}

/* Reads a whole file into b (NUL-terminated).  0 or -1 with errno. */
static int slurp(const char *path, struct dy_buf *b)
{
    FILE *f = fopen(path, "rb");
    char chunk[1 << 16];
    size_t n;
    int bad;

    if (!f)
        return -1;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        if (dy_buf_append(b, chunk, n))
            die_oom();
    bad = ferror(f);
    fclose(f);
    if (bad) {
        errno = EIO;
        return -1;
    }
    if (dy_buf_append(b, "", 0))
        die_oom();
    return 0;
}

/* Line iterator over a NUL-terminated buffer; strips "\n" and "\r\n". */
struct lines {
    char *p;
    long no;
};

static char *next_line(struct lines *l)
{
    char *s = l->p, *nl;
    size_t n;

    if (!s || !*s)
        return NULL;
    nl = strchr(s, '\n');
    if (nl) {
        *nl = '\0';
        l->p = nl + 1;
    } else {
        l->p = s + strlen(s);
    }
    n = strlen(s);
    if (n && s[n - 1] == '\r')
        s[n - 1] = '\0';
    l->no++;
    return s;
}

static char *trim(char *s)
{
    size_t n;

    while (*s == ' ' || *s == '\t')
        s++;
    n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

/* ---- treebank ------------------------------------------------------------ */

struct tb_sent {
    const char *id;
    const char *text;  /* NULL until its "# text" line */
    uint32_t doc;
    int newpar;        /* starts a paragraph */
};

struct tb_doc {
    const char *id, *date, *url, *title, *file;
    int held_out;      /* from a *-dev or *-test file: unseen by the parser */
    uint32_t first, n; /* sentences [first, first + n) */
};

struct treebank {
    struct dy_arena *a;
    struct tb_sent *s;
    size_t ns, caps;
    struct tb_doc *d;
    size_t nd, capd;
    uint32_t *by_id;   /* sentence indexes sorted by id */
};

static const char *after(const char *line, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(line, prefix, n) == 0 ? line + n : NULL;
}

/* A file whose name says dev or test holds documents the parser was not
 * trained on (GUM's split: the model is trained on en_gum-ud-train). */
static int held_out_file(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strstr(base, "-dev.") != NULL || strstr(base, "-test.") != NULL;
}

static int tb_read(struct treebank *tb, const char *path)
{
    struct dy_buf b = DY_BUF_INIT;
    struct lines l;
    char *line;
    const char *v, *file = astrndup(tb->a, path, strlen(path));
    int newpar = 0, held = held_out_file(path), errors = 0;
    struct tb_doc *doc = NULL;

    if (slurp(path, &b)) {
        fprintf(stderr, "%s: cannot read the treebank file: %s (set --ud-dir, UD_DIR or "
                        "DYAD_SHARED)\n", path, strerror(errno));
        dy_buf_release(&b);
        return 1;
    }
    l.p = b.data;
    l.no = 0;
    while ((line = next_line(&l)) != NULL) {
        if (line[0] != '#')
            continue;
        if ((v = after(line, "# newdoc id = ")) != NULL) {
            GROW(tb->d, tb->nd, tb->capd);
            doc = &tb->d[tb->nd++];
            memset(doc, 0, sizeof(*doc));
            doc->id = astrndup(tb->a, v, strlen(v));
            doc->file = file;
            doc->held_out = held;
            doc->first = (uint32_t)tb->ns;
            newpar = 1;
        } else if (strcmp(line, "# newpar") == 0 || after(line, "# newpar ")) {
            newpar = 1;
        } else if (doc && (v = after(line, "# meta::dateCreated = ")) != NULL) {
            doc->date = astrndup(tb->a, v, DY_MIN(strlen(v), 10));
        } else if (doc && (v = after(line, "# meta::sourceURL = ")) != NULL) {
            doc->url = astrndup(tb->a, v, strlen(v));
        } else if (doc && (v = after(line, "# meta::title = ")) != NULL) {
            doc->title = astrndup(tb->a, v, strlen(v));
        } else if ((v = after(line, "# sent_id = ")) != NULL) {
            struct tb_sent *s;
            if (!doc) {
                fprintf(stderr, "%s:%ld: '# sent_id' before any '# newdoc id' line\n", path,
                        l.no);
                errors++;
                continue;
            }
            GROW(tb->s, tb->ns, tb->caps);
            s = &tb->s[tb->ns++];
            s->id = astrndup(tb->a, v, strlen(v));
            s->text = NULL;
            s->doc = (uint32_t)(tb->nd - 1);
            s->newpar = newpar || doc->n == 0;
            doc->n++;
            newpar = 0;
        } else if ((v = after(line, "# text = ")) != NULL) {
            if (!doc || !doc->n || tb->s[tb->ns - 1].text) {
                fprintf(stderr, "%s:%ld: '# text' without its own '# sent_id' line\n", path,
                        l.no);
                errors++;
                continue;
            }
            tb->s[tb->ns - 1].text = astrndup(tb->a, v, strlen(v));
        }
    }
    dy_buf_release(&b);
    return errors;
}

static const struct treebank *sort_tb;

static int cmp_sent_id(const void *a, const void *b)
{
    return strcmp(sort_tb->s[*(const uint32_t *)a].id, sort_tb->s[*(const uint32_t *)b].id);
}

/* Sorts the sentence index; duplicate ids and sentences without text are
 * errors.  Returns the number of errors. */
static int tb_index(struct treebank *tb)
{
    int errors = 0;

    tb->by_id = dy_calloc(tb->ns ? tb->ns : 1, sizeof(*tb->by_id));
    if (!tb->by_id)
        die_oom();
    for (size_t i = 0; i < tb->ns; i++) {
        tb->by_id[i] = (uint32_t)i;
        if (!tb->s[i].text) {
            fprintf(stderr, "%s: sentence %s has no '# text' line\n",
                    tb->d[tb->s[i].doc].file, tb->s[i].id);
            errors++;
        }
    }
    sort_tb = tb;
    qsort(tb->by_id, tb->ns, sizeof(*tb->by_id), cmp_sent_id);
    for (size_t i = 1; i < tb->ns; i++)
        if (strcmp(tb->s[tb->by_id[i]].id, tb->s[tb->by_id[i - 1]].id) == 0) {
            fprintf(stderr, "%s: sent_id %s occurs twice in the treebank\n",
                    tb->d[tb->s[tb->by_id[i]].doc].file, tb->s[tb->by_id[i]].id);
            errors++;
        }
    return errors;
}

static long tb_find_sent(const struct treebank *tb, const char *id)
{
    size_t lo = 0, hi = tb->ns;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(id, tb->s[tb->by_id[mid]].id);
        if (c == 0)
            return tb->by_id[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NONE_IDX;
}

static long tb_find_doc(const struct treebank *tb, const char *id)
{
    for (size_t i = 0; i < tb->nd; i++)
        if (strcmp(tb->d[i].id, id) == 0)
            return (long)i;
    return NONE_IDX;
}

/* ---- gold files ------------------------------------------------------------ */

/* One event: of the gold set, of a --system file, or coded by dyad. */
struct gev {
    char src[CODE_MAX], code[8], tgt[CODE_MAX]; /* tgt "-" = no target */
    int reported;
    const char *note;  /* dyad's verb and phrases, for -v; NULL for files */
};

struct gsent {
    uint32_t tb;           /* treebank sentence */
    size_t first, n;       /* events [first, first + n) */
};

struct gdoc {
    uint32_t tb;           /* treebank document */
    char date[11];
    const char *file;
    long line;
    uint32_t ncoded;       /* sentences coded */
    size_t nev;            /* events */
};

struct goldset {
    struct dy_arena *a;
    struct gev *ev;
    size_t nev, capev;
    struct gsent *s;
    size_t ns, caps;
    struct gdoc *d;
    size_t nd, capd;
    long *sent_of_tb;      /* treebank sentence -> index in s, or NONE_IDX */
    long *doc_of_tb;       /* treebank document -> index in d, or NONE_IDX */
    const char **where_of_tb; /* "file:line" of each coded sentence (duplicates) */
    long nreported;
};

struct reader {
    const struct treebank *tb;
    struct goldset *g;
    const char *file;
    long line;
    long doc;              /* current @doc (index in g->d), NONE_IDX before */
    int errors;
    int warnings;
};

/* "file:line: <kind>: message" on stderr, counted in *count. */
static void vreport(struct reader *r, const char *kind, int *count, const char *fmt, va_list ap)
{
    fprintf(stderr, "%s:%ld: %s: ", r->file, r->line, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    (*count)++;
}

static void diag(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void diag(struct reader *r, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(r, "error", &r->errors, fmt, ap);
    va_end(ap);
}

static void warn(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warn(struct reader *r, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(r, "warning", &r->warnings, fmt, ap);
    va_end(ap);
}

static void goldset_init(struct goldset *g, const struct treebank *tb)
{
    memset(g, 0, sizeof(*g));
    g->a = dy_arena_new(1 << 14);
    g->sent_of_tb = dy_calloc(tb->ns ? tb->ns : 1, sizeof(long));
    g->doc_of_tb = dy_calloc(tb->nd ? tb->nd : 1, sizeof(long));
    g->where_of_tb = dy_calloc(tb->ns ? tb->ns : 1, sizeof(char *));
    if (!g->a || !g->sent_of_tb || !g->doc_of_tb || !g->where_of_tb)
        die_oom();
    for (size_t i = 0; i < tb->ns; i++)
        g->sent_of_tb[i] = NONE_IDX;
    for (size_t i = 0; i < tb->nd; i++)
        g->doc_of_tb[i] = NONE_IDX;
}

static void goldset_free(struct goldset *g)
{
    dy_free(g->ev);
    dy_free(g->s);
    dy_free(g->d);
    dy_free(g->sent_of_tb);
    dy_free(g->doc_of_tb);
    dy_free(g->where_of_tb);
    dy_arena_free(g->a);
}

/* CAMEO actor code: blocks of 3 upper-case letters or digits ("USA",
 * "USAGOV", "IGOUNOKID"). */
static int valid_actor(const char *s)
{
    size_t n = strlen(s);

    if (n < 3 || n >= CODE_MAX || n % 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* CAMEO event code: 3 or 4 digits whose first two (the root) are 01-20. */
static int valid_code(const char *s)
{
    size_t n = strlen(s);
    int root;

    if (n < 3 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    root = (s[0] - '0') * 10 + (s[1] - '0');
    return root >= 1 && root <= 20;
}

static int valid_date(const char *s)
{
    int y, m, d;
    char tail;

    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
        sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return 0;
    return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* "SOURCE CODE TARGET", optionally "reported:" first.  0 = ok. */
static int parse_event(struct reader *r, char *txt, struct gev *out)
{
    char *f[4], *save = NULL, *x, *body;
    char shown[256], copy[256];
    int nf = 0;

    memset(out, 0, sizeof(*out));
    txt = trim(txt);
    if (!*txt) {
        diag(r, "empty event (a ';' with nothing before or after it)");
        return -1;
    }
    /* messages quote the event as written; tokenising cuts txt up */
    dy_snprintf(shown, sizeof(shown), "%s", txt);
    txt = shown;
    body = copy;
    dy_snprintf(copy, sizeof(copy), "%s", shown);
    if (strncmp(body, "reported:", 9) == 0) {
        out->reported = 1;
        body = trim(body + 9);
    }
    for (x = strtok_r(body, " \t", &save); x && nf < 4; x = strtok_r(NULL, " \t", &save))
        f[nf++] = x;
    if (nf >= 1 && strchr(f[0], ':')) {
        diag(r, "event '%s': unknown prefix '%.*s' (the only prefix is 'reported:')", txt,
             (int)(strchr(f[0], ':') - f[0] + 1), f[0]);
        return -1;
    }
    if (nf != 3) {
        diag(r, "event '%s' has %s fields; expected SOURCE CODE TARGET (TARGET '-' when there "
                "is none), events separated by ' ; '", txt, nf > 3 ? "more than 3" :
                nf == 2 ? "2" : nf == 1 ? "1" : "no");
        return -1;
    }
    if (strcmp(f[0], "-") == 0) {
        diag(r, "event '%s' has no source: every event needs a SOURCE actor code", txt);
        return -1;
    }
    if (!valid_actor(f[0])) {
        diag(r, "event '%s': source '%s' is not a CAMEO actor code (upper-case letters and "
                "digits in blocks of 3: USA, USAGOV)", txt, f[0]);
        return -1;
    }
    if (!valid_code(f[1])) {
        diag(r, "event '%s': '%s' is not a CAMEO event code (3 or 4 digits, root 01-20)", txt,
             f[1]);
        return -1;
    }
    if (strcmp(f[2], "-") != 0 && !valid_actor(f[2])) {
        diag(r, "event '%s': target '%s' is not a CAMEO actor code (upper-case letters and "
                "digits in blocks of 3) nor '-'", txt, f[2]);
        return -1;
    }
    dy_snprintf(out->src, sizeof(out->src), "%s", f[0]);
    dy_snprintf(out->code, sizeof(out->code), "%s", f[1]);
    dy_snprintf(out->tgt, sizeof(out->tgt), "%s", f[2]);
    return 0;
}

static void parse_doc_line(struct reader *r, char *rest)
{
    char *f[4], *save = NULL, *x;
    int nf = 0;
    long d;
    struct gdoc *gd;
    const struct tb_doc *td;

    r->doc = NONE_IDX;
    for (x = strtok_r(rest, " \t", &save); x && nf < 4; x = strtok_r(NULL, " \t", &save))
        f[nf++] = x;
    if (nf < 2 || nf > 3 || x) {
        diag(r, "expected '@doc DOC_ID YYYY-MM-DD [URL]'");
        return;
    }
    d = tb_find_doc(r->tb, f[0]);
    if (d == NONE_IDX) {
        diag(r, "unknown document '%s' (no '# newdoc id = %s' in the treebank files read)", f[0],
             f[0]);
        return;
    }
    if (!valid_date(f[1])) {
        diag(r, "@doc %s: '%s' is not a date YYYY-MM-DD", f[0], f[1]);
        return;
    }
    if (r->g->doc_of_tb[d] != NONE_IDX) {
        const struct gdoc *o = &r->g->d[r->g->doc_of_tb[d]];
        diag(r, "@doc %s again (first at %s:%ld): code each document once", f[0], o->file,
             o->line);
        return;
    }
    td = &r->tb->d[d];
    if (td->date && strcmp(td->date, f[1]) != 0)
        warn(r, "@doc %s: date %s differs from the treebank's meta::dateCreated %s", f[0], f[1],
             td->date);
    if (nf == 3 && td->url && strcmp(td->url, f[2]) != 0)
        warn(r, "@doc %s: URL differs from the treebank's meta::sourceURL %s", f[0], td->url);
    GROW(r->g->d, r->g->nd, r->g->capd);
    gd = &r->g->d[r->g->nd];
    memset(gd, 0, sizeof(*gd));
    gd->tb = (uint32_t)d;
    dy_snprintf(gd->date, sizeof(gd->date), "%s", f[1]);
    gd->file = r->file;
    gd->line = r->line;
    r->g->doc_of_tb[d] = (long)r->g->nd;
    r->doc = (long)r->g->nd++;
}

static void parse_sentence_line(struct reader *r, char *line)
{
    char *tab = strchr(line, '\t'), *rest, *id, *ev, *next;
    struct gev tmp[64];
    size_t n = 0;
    long ts;
    struct gsent *gs;
    struct goldset *g = r->g;
    char where[320];

    if (!tab) {
        line = trim(line);
        if (strpbrk(line, " "))
            diag(r, "expected a TAB between the sent_id and the events (found spaces)");
        else
            diag(r, "'%s' has no TAB and no events: write SENT_ID, a TAB, then '-' when the "
                    "sentence has no event", line);
        return;
    }
    *tab = '\0';
    id = trim(line);
    rest = trim(tab + 1);
    if (!*id) {
        diag(r, "empty sent_id before the TAB");
        return;
    }
    if (strpbrk(id, " \t")) {
        diag(r, "sent_id '%s' contains a blank", id);
        return;
    }
    if (r->doc == NONE_IDX) {
        diag(r, "sentence %s before any valid '@doc' line", id);
        return;
    }
    ts = tb_find_sent(r->tb, id);
    if (ts == NONE_IDX) {
        diag(r, "unknown sent_id '%s' (not in the treebank files read)", id);
        return;
    }
    if (r->tb->s[ts].doc != g->d[r->doc].tb) {
        diag(r, "sent_id '%s' belongs to document %s, not to the current @doc %s", id,
             r->tb->d[r->tb->s[ts].doc].id, r->tb->d[g->d[r->doc].tb].id);
        return;
    }
    if (g->sent_of_tb[ts] != NONE_IDX) {
        diag(r, "sent_id '%s' coded twice (first at %s)", id, g->where_of_tb[ts]);
        return;
    }
    if (!*rest) {
        diag(r, "sentence %s has no events: write '-' when it has none", id);
        return;
    }
    if (strcmp(rest, "-") != 0) {
        /* not strtok_r: it would skip the empty events of "A ; ; B" */
        for (ev = rest; ev; ev = next) {
            next = strchr(ev, ';');
            if (next)
                *next++ = '\0';
            if (strcmp(trim(ev), "-") == 0) {
                diag(r, "'-' (no event) combined with events");
                return;
            }
            if (n == DY_ARRAY_LEN(tmp)) {
                diag(r, "more than %zu events in one sentence", DY_ARRAY_LEN(tmp));
                return;
            }
            if (parse_event(r, ev, &tmp[n]))
                return;
            n++;
        }
    }
    GROW(g->s, g->ns, g->caps);
    gs = &g->s[g->ns];
    gs->tb = (uint32_t)ts;
    gs->first = g->nev;
    gs->n = n;
    for (size_t i = 0; i < n; i++) {
        GROW(g->ev, g->nev, g->capev);
        g->ev[g->nev++] = tmp[i];
        g->nreported += tmp[i].reported;
    }
    g->sent_of_tb[ts] = (long)g->ns++;
    g->d[r->doc].ncoded++;
    g->d[r->doc].nev += n;
    dy_snprintf(where, sizeof(where), "%s:%ld", r->file, r->line);
    g->where_of_tb[ts] = astrndup(g->a, where, strlen(where));
}

/* Strips a trailing comment: a '#' at the start or after a blank. */
static void strip_comment(char *line)
{
    for (char *c = line; *c; c++)
        if (*c == '#' && (c == line || c[-1] == ' ' || c[-1] == '\t')) {
            *c = '\0';
            return;
        }
}

/* Reads one gold file into g.  Returns the number of errors. */
static int gold_read(const struct treebank *tb, struct goldset *g, const char *path, int *nwarn)
{
    struct dy_buf b = DY_BUF_INIT;
    struct reader r;
    struct lines l;
    char *line;
    const char *nul;

    memset(&r, 0, sizeof(r));
    r.tb = tb;
    r.g = g;
    r.file = astrndup(g->a, path, strlen(path));
    r.doc = NONE_IDX;
    if (slurp(path, &b)) {
        fprintf(stderr, "%s: cannot read: %s\n", path, strerror(errno));
        dy_buf_release(&b);
        return 1;
    }
    nul = memchr(b.data, '\0', b.len);
    if (nul) {
        /* a binary file, or a NUL typed by mistake: the line parser would
         * silently stop there */
        r.line = 1;
        for (const char *c = b.data; c < nul; c++)
            r.line += *c == '\n';
        diag(&r, "NUL byte in the file (is it a text file?)");
        dy_buf_release(&b);
        return r.errors;
    }
    l.p = b.data;
    l.no = 0;
    while ((line = next_line(&l)) != NULL) {
        char *s;
        r.line = l.no;
        strip_comment(line);
        /* leading blanks only: a TAB at the end of "SENT_ID<TAB>" matters */
        for (s = line; *s == ' ' || *s == '\t'; s++)
            ;
        if (!*s)
            continue;
        if (strncmp(s, "@doc", 4) == 0 && (s[4] == ' ' || s[4] == '\t' || !s[4])) {
            parse_doc_line(&r, s + 4);
            continue;
        }
        if (s[0] == '@') {
            diag(&r, "unknown directive '%.*s' (the only one is '@doc')", (int)strcspn(s, " \t"),
                 s);
            continue;
        }
        parse_sentence_line(&r, s);
    }
    dy_buf_release(&b);
    *nwarn += r.warnings;
    return r.errors;
}

/* ---- the system's events ------------------------------------------------------ */

/* Events of one document with the treebank sentence each belongs to. */
struct docevents {
    struct gev *ev;
    long *sent;            /* treebank sentence, parallel to ev */
    size_t n, cap, capsent;
    size_t outside;        /* dyad events that fell in no sentence span */
};

static void push_event(struct docevents *de, const struct gev *e, long sent)
{
    GROW(de->ev, de->n, de->cap);
    GROW(de->sent, de->n, de->capsent);
    de->ev[de->n] = *e;
    de->sent[de->n++] = sent;
}

/* Gold sentence whose span [start, end) holds byte `off`: spans are in
 * order, so a binary search. */
static long sentence_at(const uint32_t (*span)[2], uint32_t n, uint32_t off)
{
    uint32_t lo = 0, hi = n;

    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (off < span[mid][0])
            hi = mid;
        else if (off >= span[mid][1])
            lo = mid + 1;
        else
            return (long)mid;
    }
    return NONE_IDX;
}

/*
 * Runs dyad on one gold document rebuilt from the treebank: paragraphs
 * (# newpar) separated by a blank line, sentences by a space, no title
 * (the headline is the first paragraph), dated with the @doc date.
 */
static int code_doc(struct dyad_session *ss, const struct treebank *tb, const struct gdoc *gd,
                    struct dy_arena *notes, struct docevents *de)
{
    const struct tb_doc *td = &tb->d[gd->tb];
    uint32_t(*span)[2] = dy_calloc(td->n ? td->n : 1, sizeof(*span));
    struct dy_buf text = DY_BUF_INIT;
    struct dyad_doc *doc = dy_calloc(1, sizeof(*doc));
    struct dyad_result *res = NULL;
    struct dyad_error err;
    int rc;

    if (!span || !doc)
        die_oom();
    for (uint32_t i = 0; i < td->n; i++) {
        const struct tb_sent *s = &tb->s[td->first + i];
        if (i && dy_buf_puts(&text, s->newpar ? "\n\n" : " "))
            die_oom();
        span[i][0] = (uint32_t)text.len;
        if (dy_buf_puts(&text, s->text))
            die_oom();
        span[i][1] = (uint32_t)text.len;
    }
    if (dy_buf_puts(&text, "\n"))
        die_oom();
    doc->id = dy_strdup(td->id);
    doc->date = dy_strdup(gd->date);
    doc->text = dy_buf_detach(&text, &doc->text_len);
    if (!doc->id || !doc->date || !doc->text)
        die_oom();
    memset(&err, 0, sizeof(err));
    rc = dyad_session_process(ss, doc, &res, &err);
    if (rc) {
        fprintf(stderr, "%s: dyad failed: %s %s\n", td->id, dyad_strerror(rc), err.msg);
        dy_free(span);
        return rc;
    }
    if (res->status != DYAD_DOC_CODED)
        fprintf(stderr, "%s: warning: document status %d (%s)\n", td->id, (int)res->status,
                res->status_reason ? res->status_reason : "");
    for (size_t i = 0; i < res->nevents; i++) {
        const struct dyad_event *e = &res->events[i];
        struct gev g;
        uint32_t off;
        long k;
        char note[512];

        if (e->sentence == DYAD_SENT_TITLE || !e->source.code || !e->code) {
            de->outside++;
            continue;
        }
        if (e->verb_token < res->ntokens)
            off = res->tokens[e->verb_token].span.start;
        else if (e->sentence < res->nsentences)
            off = res->sentences[e->sentence].span.start;
        else
            off = e->span.start;
        k = sentence_at((const uint32_t(*)[2])span, td->n, off);
        if (k == NONE_IDX) {
            de->outside++;
            continue;
        }
        memset(&g, 0, sizeof(g));
        dy_snprintf(g.src, sizeof(g.src), "%s", e->source.code);
        dy_snprintf(g.code, sizeof(g.code), "%s", e->code);
        dy_snprintf(g.tgt, sizeof(g.tgt), "%s", e->target.code ? e->target.code : "-");
        g.reported = e->reported_by != DYAD_NONE;
        dy_snprintf(note, sizeof(note), "verb '%s', source '%s', target '%s'%s%s",
                    e->verb ? e->verb : "?", e->source.text ? e->source.text : "",
                    e->target.text ? e->target.text : "", e->modality == 1 ? ", future"
                    : e->modality == 2 ? ", threat" : "", g.reported ? ", reported" : "");
        g.note = astrndup(notes, note, strlen(note));
        push_event(de, &g, (long)(td->first + (uint32_t)k));
    }
    dyad_result_free(res);
    dy_free(span);
    return 0;
}

/* Events of a --system set for one document. */
static void system_doc(const struct treebank *tb, const struct goldset *sys, const struct gdoc *gd,
                       struct docevents *de)
{
    const struct tb_doc *td = &tb->d[gd->tb];

    for (uint32_t i = 0; i < td->n; i++) {
        long k = sys->sent_of_tb[td->first + i];
        if (k == NONE_IDX)
            continue;
        for (size_t j = 0; j < sys->s[k].n; j++)
            push_event(de, &sys->ev[sys->s[k].first + j], (long)(td->first + i));
    }
}

/* ---- scoring ------------------------------------------------------------------ */

struct counts {
    long docs, sents, gold, sys, full, root;
    long same_reported;    /* full matches whose 'reported:' marks agree */
    long code_root;        /* diagnostics: same CAMEO root, actors ignored */
    long actors;           /* diagnostics: same actor roots, event code ignored */
};

static void add_counts(struct counts *to, const struct counts *c)
{
    to->docs += c->docs;
    to->sents += c->sents;
    to->gold += c->gold;
    to->sys += c->sys;
    to->full += c->full;
    to->root += c->root;
    to->same_reported += c->same_reported;
    to->code_root += c->code_root;
    to->actors += c->actors;
}

static int full_eq(const struct gev *a, const struct gev *b)
{
    return strcmp(a->src, b->src) == 0 && strcmp(a->code, b->code) == 0 &&
           strcmp(a->tgt, b->tgt) == 0;
}

/* Same CAMEO root and same actor roots ("USA" of USAGOV; "-" = none). */
static int root_eq(const struct gev *a, const struct gev *b)
{
    return strncmp(a->code, b->code, 2) == 0 && strncmp(a->src, b->src, 3) == 0 &&
           strncmp(a->tgt, b->tgt, 3) == 0;
}

static int code_root_eq(const struct gev *a, const struct gev *b)
{
    return strncmp(a->code, b->code, 2) == 0;
}

static int actors_eq(const struct gev *a, const struct gev *b)
{
    return strncmp(a->src, b->src, 3) == 0 && strncmp(a->tgt, b->tgt, 3) == 0;
}

/* Greedy one-to-one matching; optimal because eq is an equivalence
 * relation (events match when a key is equal). */
static long match(const struct gev *g, size_t ng, const struct gev *const *s, size_t ns,
                  int (*eq)(const struct gev *, const struct gev *), unsigned char *gused,
                  unsigned char *sused, long *same_reported)
{
    long m = 0;

    for (size_t i = 0; i < ng; i++)
        for (size_t j = 0; j < ns; j++)
            if (!sused[j] && eq(&g[i], s[j])) {
                gused[i] = sused[j] = 1;
                m++;
                if (same_reported && g[i].reported == s[j]->reported)
                    (*same_reported)++;
                break;
            }
    return m;
}

static void print_event(const char *what, const char *sent_id, const struct gev *e, int root_ok)
{
    printf("%-5s %s\t%s%s %s %s\t%s%s%s\n", what, sent_id, e->reported ? "reported:" : "",
           e->src, e->code, e->tgt, root_ok ? "(root level: matched)" : "(root level: no)",
           e->note ? "  " : "", e->note ? e->note : "");
}

static void score_sentence(const struct tb_sent *ts, const struct gev *g, size_t ng,
                           const struct gev *const *s, size_t ns, struct counts *c, int verbose)
{
    unsigned char *buf = dy_calloc(4, (ng + ns) ? ng + ns : 1);
    unsigned char *gf, *sf, *gr, *sr;
    long full, root;

    if (!buf)
        die_oom();
    gf = buf;
    gr = buf + ng;
    sf = buf + 2 * ng;
    sr = buf + 2 * ng + ns;
    full = match(g, ng, s, ns, full_eq, gf, sf, &c->same_reported);
    root = match(g, ng, s, ns, root_eq, gr, sr, NULL);
    /* diagnostic levels, each with its own flags */
    {
        unsigned char *d = dy_calloc(2, (ng + ns) ? ng + ns : 1);
        if (!d)
            die_oom();
        c->code_root += match(g, ng, s, ns, code_root_eq, d, d + ng, NULL);
        memset(d, 0, 2 * (ng + ns));
        c->actors += match(g, ng, s, ns, actors_eq, d, d + ng, NULL);
        dy_free(d);
    }
    c->sents++;
    c->gold += (long)ng;
    c->sys += (long)ns;
    c->full += full;
    c->root += root;
    if (verbose && (full < (long)ng || full < (long)ns)) {
        printf("TEXT  %s\t%s\n", ts->id, ts->text);
        for (size_t i = 0; i < ng; i++)
            if (!gf[i])
                print_event("MISS", ts->id, &g[i], gr[i]);
        for (size_t j = 0; j < ns; j++)
            if (!sf[j])
                print_event("EXTRA", ts->id, s[j], sr[j]);
    }
    dy_free(buf);
}

/* "P | R | **F1**" of `m` matches; "-" where a denominator is 0 (F1 is
 * then undefined too, unless both sides are empty: nothing to find and
 * nothing found, which is not a score either). */
static void print_prf(long m, long sys, long gold)
{
    double p = sys ? (double)m / (double)sys : 0, r = gold ? (double)m / (double)gold : 0;

    if (sys)
        printf(" %.3f |", p);
    else
        printf(" - |");
    if (gold)
        printf(" %.3f |", r);
    else
        printf(" - |");
    if (sys && gold)
        printf(" **%.3f** |", p + r > 0 ? 2 * p * r / (p + r) : 0);
    else
        printf(" - |");
}

static void print_plain(long m, long sys, long gold)
{
    double p = sys ? (double)m / (double)sys : 0, r = gold ? (double)m / (double)gold : 0;

    printf("%.3f/%.3f/%.3f", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
}

static void print_row(const char *name, const struct counts *c)
{
    printf("| %s | %ld | %ld | %ld | %ld | %ld |", name, c->docs, c->sents, c->gold, c->sys,
           c->root);
    print_prf(c->root, c->sys, c->gold);
    printf(" %ld |", c->full);
    print_prf(c->full, c->sys, c->gold);
    printf("\n");
}

/* ---- main ----------------------------------------------------------------------- */

/* Document rows: held-out first, then by name. */
static const struct goldset *sort_gold;

static int cmp_doc_row(const void *a, const void *b)
{
    const struct tb_doc *x = &sort_tb->d[sort_gold->d[*(const size_t *)a].tb];
    const struct tb_doc *y = &sort_tb->d[sort_gold->d[*(const size_t *)b].tb];

    if (x->held_out != y->held_out)
        return y->held_out - x->held_out;
    return strcmp(x->id, y->id);
}

static void usage(FILE *f)
{
    fprintf(f,
        "usage: dyad-evalgold [options] GOLD...\n"
        "  --ud-dir DIR     treebank directory holding UD_English-GUM/en_gum-ud-{train,dev,test}.conllu\n"
        "                   and UD_English-EWT/en_ewt-ud-{train,dev,test}.conllu\n"
        "                   (default: $UD_DIR, else $DYAD_SHARED/data/ud, else ../shared/data/ud)\n"
        "  --treebank FILE  read this CoNLL-U file instead (repeatable; *-dev.* and *-test.*\n"
        "                   files hold the held-out documents)\n"
        "  --model FILE     tagger/parser model (default " DYAD_DEFAULT_MODEL ")\n"
        "  --dict FILE      dictionary (repeatable; default " DYAD_DEFAULT_DICT ")\n"
        "  --system FILE    score the events of FILE (gold format) instead of running dyad\n"
        "  --check          only read and check the gold files; print the gold set's size\n"
        "  -v               list every missed and extra event with its sent_id\n"
        "Exit status: 0 done, 2 usage error, unreadable file or malformed gold line.\n");
}

int main(int argc, char **argv)
{
    const char *ud_dir = NULL, *model = DYAD_DEFAULT_MODEL;
    const char *dicts[MAX_FILES], *tbfiles[MAX_FILES], *golds[MAX_FILES], *systems[MAX_FILES];
    size_t ndicts = 0, ntb = 0, ngold = 0, nsys = 0;
    int check = 0, verbose = 0, errors = 0, warnings = 0, status = 0;
    char tbpath[6][1024];
    struct treebank tb;
    struct goldset gold, sys;
    struct dyad_pipeline *pipe = NULL;
    struct dyad_session *ss = NULL;
    struct dy_arena *notes;
    struct counts all, held, train, *per = NULL;
    size_t *order = NULL;
    size_t nsents_docs = 0, nheld = 0, outside = 0, unscored = 0, with_events = 0;
    clock_t t0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int more = i + 1 < argc;
        if (strcmp(a, "--ud-dir") == 0 && more)
            ud_dir = argv[++i];
        else if (strcmp(a, "--treebank") == 0 && more && ntb < MAX_FILES)
            tbfiles[ntb++] = argv[++i];
        else if (strcmp(a, "--model") == 0 && more)
            model = argv[++i];
        else if (strcmp(a, "--dict") == 0 && more && ndicts < MAX_FILES)
            dicts[ndicts++] = argv[++i];
        else if (strcmp(a, "--system") == 0 && more && nsys < MAX_FILES)
            systems[nsys++] = argv[++i];
        else if (strcmp(a, "--check") == 0)
            check = 1;
        else if (strcmp(a, "-v") == 0)
            verbose = 1;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad-evalgold: unknown option '%s' (or missing value, or more than "
                            "%d files)\n", a, MAX_FILES);
            usage(stderr);
            return 2;
        } else if (ngold < MAX_FILES) {
            golds[ngold++] = a;
        } else {
            fprintf(stderr, "dyad-evalgold: more than %d gold files\n", MAX_FILES);
            return 2;
        }
    }
    if (!ngold) {
        usage(stderr);
        return 2;
    }
    if (!ndicts)
        dicts[ndicts++] = DYAD_DEFAULT_DICT;
    if (!ntb) {
        static const char *const split[3] = {"train", "dev", "test"};
        char dir[900];
        if (ud_dir)
            dy_snprintf(dir, sizeof(dir), "%s", ud_dir);
        else if (getenv("UD_DIR") && *getenv("UD_DIR"))
            dy_snprintf(dir, sizeof(dir), "%s", getenv("UD_DIR"));
        else if (getenv("DYAD_SHARED") && *getenv("DYAD_SHARED"))
            dy_snprintf(dir, sizeof(dir), "%s/data/ud", getenv("DYAD_SHARED"));
        else
            dy_snprintf(dir, sizeof(dir), "../shared/data/ud");
        for (int i = 0; i < 6; i++) {
            dy_snprintf(tbpath[i], sizeof(tbpath[i]), i < 3 ?
                        "%s/UD_English-GUM/en_gum-ud-%s.conllu" :
                        "%s/UD_English-EWT/en_ewt-ud-%s.conllu", dir, split[i % 3]);
            tbfiles[ntb++] = tbpath[i];
        }
    }

    memset(&tb, 0, sizeof(tb));
    memset(&gold, 0, sizeof(gold));
    memset(&sys, 0, sizeof(sys));
    tb.a = dy_arena_new(1 << 16);
    notes = dy_arena_new(1 << 16);
    if (!tb.a || !notes)
        die_oom();
    for (size_t i = 0; i < ntb; i++)
        errors += tb_read(&tb, tbfiles[i]);
    errors += tb_index(&tb);
    if (errors) {
        fprintf(stderr, "dyad-evalgold: %d error(s) in the treebank files; nothing scored\n",
                errors);
        status = 2;
        goto done;
    }
    goldset_init(&gold, &tb);
    goldset_init(&sys, &tb);
    for (size_t i = 0; i < ngold; i++)
        errors += gold_read(&tb, &gold, golds[i], &warnings);
    for (size_t i = 0; i < nsys; i++)
        errors += gold_read(&tb, &sys, systems[i], &warnings);
    if (errors) {
        fprintf(stderr, "dyad-evalgold: %d error(s) in the gold files; nothing scored\n", errors);
        status = 2;
        goto done;
    }

    /* The gold set. */
    for (size_t i = 0; i < gold.ns; i++)
        with_events += gold.s[i].n > 0;
    for (size_t i = 0; i < gold.nd; i++) {
        const struct tb_doc *td = &tb.d[gold.d[i].tb];
        nsents_docs += td->n;
        nheld += td->held_out != 0;
        if (gold.d[i].ncoded < td->n)
            fprintf(stderr, "note: %s (%s:%ld): %u of %u sentences coded (partial: only coded "
                            "sentences are scored)\n", td->id, gold.d[i].file, gold.d[i].line,
                    gold.d[i].ncoded, td->n);
    }
    printf("gold set: %zu documents (%zu held-out, %zu train), %zu of their %zu sentences coded, "
           "%zu events (%ld reported), %zu sentences with events\n", gold.nd, nheld,
           gold.nd - nheld, gold.ns, nsents_docs, gold.nev, gold.nreported, with_events);
    for (size_t f = 0; f < ngold; f++) {
        size_t nd = 0, ns = 0, ne = 0;
        for (size_t i = 0; i < gold.nd; i++)
            if (strcmp(gold.d[i].file, golds[f]) == 0) {
                nd++;
                ns += gold.d[i].ncoded;
                ne += gold.d[i].nev;
            }
        printf("  %s: %zu documents, %zu sentences, %zu events\n", golds[f], nd, ns, ne);
    }
    if (check)
        goto done;

    if (!nsys) {
        struct dyad_pipeline_options po;
        struct dyad_error err;
        memset(&po, 0, sizeof(po));
        memset(&err, 0, sizeof(err));
        po.model_path = model;
        po.dict_paths = dicts;
        po.ndict_paths = ndicts;
        po.code_flags = 0; /* default coder options, as `dyad code` */
        if (dyad_pipeline_new(&po, &pipe, &err) || dyad_session_new(pipe, &ss)) {
            fprintf(stderr, "dyad-evalgold: cannot build the pipeline: %s%s%s\n", err.where,
                    err.where[0] ? ": " : "", err.msg);
            status = 2;
            goto done;
        }
        printf("system: dyad %s, model %s, dictionaries", dyad_version(), model);
        for (size_t i = 0; i < ndicts; i++)
            printf(" %s", dicts[i]);
        printf(", default coder options (events without a target kept, target '-'; negated "
               "events dropped)\n");
    } else {
        printf("system: events read from");
        for (size_t i = 0; i < nsys; i++)
            printf(" %s", systems[i]);
        printf("\n");
    }

    per = dy_calloc(gold.nd ? gold.nd : 1, sizeof(*per));
    if (!per)
        die_oom();
    memset(&all, 0, sizeof(all));
    held = train = all;
    t0 = clock();
    for (size_t i = 0; i < gold.nd; i++) {
        const struct gdoc *gd = &gold.d[i];
        const struct tb_doc *td = &tb.d[gd->tb];
        struct docevents de;
        const struct gev **sv;
        size_t k = 0;

        memset(&de, 0, sizeof(de));
        if (nsys)
            system_doc(&tb, &sys, gd, &de);
        else if (code_doc(ss, &tb, gd, notes, &de)) {
            dy_free(de.ev);
            dy_free(de.sent);
            status = 2;
            goto done;
        }
        outside += de.outside;
        sv = dy_calloc(de.n ? de.n : 1, sizeof(*sv));
        if (!sv)
            die_oom();
        per[i].docs = 1;
        /* de is in sentence order (dyad and system_doc both emit in order),
         * but do not rely on it: collect per sentence. */
        for (uint32_t j = 0; j < td->n; j++) {
            long ts = (long)(td->first + j), gs = gold.sent_of_tb[ts];
            size_t ns = 0;
            for (k = 0; k < de.n; k++)
                if (de.sent[k] == ts)
                    sv[ns++] = &de.ev[k];
            if (gs == NONE_IDX) {
                unscored += ns;
                continue;
            }
            score_sentence(&tb.s[ts], &gold.ev[gold.s[gs].first], gold.s[gs].n, sv, ns, &per[i],
                           verbose);
        }
        dy_free(sv);
        dy_free(de.ev);
        dy_free(de.sent);
        add_counts(&all, &per[i]);
        add_counts(td->held_out ? &held : &train, &per[i]);
    }
    if (verbose)
        printf("\n");
    printf("\n| documents | docs | sentences | gold events | system events | root matches | "
           "root P | root R | root F1 | full matches | full P | full R | full F1 |\n");
    printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
           "---: |\n");
    print_row("all", &all);
    print_row("held-out (dev/test files)", &held);
    print_row("train (train files)", &train);
    order = dy_calloc(gold.nd ? gold.nd : 1, sizeof(*order));
    if (!order)
        die_oom();
    for (size_t i = 0; i < gold.nd; i++)
        order[i] = i;
    sort_gold = &gold;
    sort_tb = &tb;
    qsort(order, gold.nd, sizeof(*order), cmp_doc_row);
    for (size_t o = 0; o < gold.nd; o++) {
        char name[300];
        size_t i = order[o];
        const struct tb_doc *td = &tb.d[gold.d[i].tb];
        dy_snprintf(name, sizeof(name), "%s%s%s", td->id, td->held_out ? " (held-out)" : "",
                    gold.d[i].ncoded < td->n ? " (partial)" : "");
        print_row(name, &per[i]);
    }
    printf("\ndiagnostics, all documents: event root alone (actors ignored): %ld matches, "
           "P/R/F1 ", all.code_root);
    print_plain(all.code_root, all.sys, all.gold);
    printf("; actor roots alone (event code ignored): %ld matches, P/R/F1 ", all.actors);
    print_plain(all.actors, all.sys, all.gold);
    printf("\n");
    printf("'reported:' marks (not scored) agree on %ld of the %ld full-level matches\n",
           all.same_reported, all.full);
    printf("system events in sentences the gold set does not code yet (not scored): %zu; "
           "outside every sentence: %zu; %.2f s CPU\n", unscored, outside,
           (double)(clock() - t0) / CLOCKS_PER_SEC);
done:
    dy_free(order);
    dy_free(per);
    dyad_session_free(ss);
    dyad_pipeline_free(pipe);
    goldset_free(&gold);
    goldset_free(&sys);
    dy_free(tb.by_id);
    dy_free(tb.s);
    dy_free(tb.d);
    dy_arena_free(tb.a);
    dy_arena_free(notes);
    return status;
}
