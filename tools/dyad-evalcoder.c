/*
 * dyad-evalcoder.c - scores the event coder against the peers' own
 * validation suites (see ../shared/reference/README.md) and prints
 * markdown rows for BENCHMARKS.md.
 *
 *   dyad-evalcoder --suite ud|petr|tabari|plover [--model M] [--gold-parse]
 *                  --dict FILE... SUITE_FILE
 *
 * ud      UniversalPetrarch PETR_Validate_records_2_02.xml: <Sentence
 *         category date id> with <EventCoding sourcecode targetcode
 *         eventcode> (or noevents), <Text> and a CoNLL-U <Parse>
 *         (UD v1 labels); --gold-parse codes the shipped parse (the
 *         coder alone), otherwise the raw text goes through dyad's
 *         tokenizer and parser.
 * petr    PETRARCH-1 PETR.UnitTest.records.xml: same record shape, the
 *         Penn parse is ignored, the raw <Text> is used.
 * tabari  TABARI Validate.text: "YYMMDD ID" line, text, then a comment block
 *         comment holding "{ SRC / TGT / CODE }" triples.
 * plover  PLOVER_GSR_CAMEO.txt: JSON array; scores the event type (the
 *         CAMEO root's PLOVER-0.5 name) and the source actor's code.
 *
 * For the triple suites: "reproduced" is the share of expected triples
 * that dyad writes exactly (source code, target code, event code);
 * "extra" the share of dyad's events that match no expected triple.
 * Records marked evaluate="false", and TABARI records whose expectation
 * is an option change, are skipped and counted as such.  TABARI's option
 * records are honoured where dyad has the same setting:
 *   CONVERT AGENT = TRUE   an actor that is an agent without a country is
 *                          written "~AGT", as TABARI writes it;
 *   DEFAULT: SOURCE [S] TARGET [T] (AFTER)   the records are coded with
 *                          the dictionaries plus a [defaults] section
 *                          (docs/DICTIONARIES.md); DEFAULT: OFF ends it;
 *   MINIMUM WORDS = n      a record of fewer words (a comma counts as a
 *                          word, TABARI manual 8.2.3) is not coded; n is 8
 *                          until an option record changes it, as in TABARI;
 *   CODE BY SENTENCE       only the sentence's first event is kept (CODE
 *                          ALL and CODE BY CLAUSE: all of dyad's events);
 *   FORWARD:               consecutive records of one story ("FRWD-001-002"
 *                          after "FRWD-001-001": same id up to the last
 *                          '-', sentence number one more) are coded as one
 *                          document, so a pronoun finds its actor in the
 *                          sentence before; the record's own events score.
 * The others (COMPLEX, COMMA) change TABARI's own parsing and are not
 * emulated.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "coder/coder.h"
#include "dyad.h"
#include "util/util.h"

#define MAX_EXP 16
#define MAX_CATS 64

struct triple {
    char src[48], tgt[48], code[16];
};

struct record {
    char id[64], cat[32], date[16];
    char *text;
    char *conllu;
    struct triple exp[MAX_EXP];
    int nexp;
    int noevents;
    int skip;
    int convert_agent;  /* TABARI "CONVERT AGENT = TRUE" in force */
    int min_words;      /* TABARI "MINIMUM WORDS" in force (0 = none) */
    int first_only;     /* TABARI "CODE BY SENTENCE" in force */
    char defaults[96];  /* TABARI "DEFAULT:" in force, as a [defaults] section */
    int forward;        /* TABARI "FORWARD:" in force */
    /* plover */
    char plover[32], gold_src[8];
};

struct cat {
    char name[32];
    long records, expected, reproduced, produced, extra, skipped, type_ok, actor_ok;
};

static struct cat cats[MAX_CATS + 1];
static int ncats;
static int verbose;

static struct cat *cat_of(const char *name)
{
    for (int i = 0; i < ncats; i++)
        if (strcmp(cats[i].name, name) == 0)
            return &cats[i];
    if (ncats == MAX_CATS)
        return &cats[MAX_CATS];
    snprintf(cats[ncats].name, sizeof(cats[ncats].name), "%s", name);
    return &cats[ncats++];
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;

    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Copies attribute `name` of the tag starting at p (up to '>'). */
/* Attribute `name` of the tag starting at p: XML allows blanks around
 * '=' and either quote (the PETRARCH-1 records use both: id ="X",
 * noevents = "True", sourcecode='"INJURY TOLL"'). */
static int attr(const char *p, const char *name, char *out, size_t n)
{
    const char *end = strchr(p, '>');
    size_t nl = strlen(name);

    for (const char *a = p; (a = strstr(a, name)) != NULL && (!end || a < end); a += nl) {
        const char *v = a + nl;
        char q;
        size_t len;

        if (a == p || !isspace((unsigned char)a[-1]))
            continue;
        while (isspace((unsigned char)*v))
            v++;
        if (*v != '=')
            continue;
        v++;
        while (isspace((unsigned char)*v))
            v++;
        if (*v != '"' && *v != '\'')
            continue;
        q = *v++;
        len = strcspn(v, q == '"' ? "\"" : "'");
        if (len >= n)
            len = n - 1;
        memcpy(out, v, len);
        out[len] = '\0';
        return 1;
    }
    return 0;
}

static char *between(const char *p, const char *end, const char *open, const char *close)
{
    const char *a = strstr(p, open), *b;

    if (!a || (end && a > end))
        return NULL;
    a += strlen(open);
    b = strstr(a, close);
    if (!b || (end && b > end))
        return NULL;
    return strndup(a, (size_t)(b - a));
}

/* Decodes XML's five predefined entities in place ("&amp;" -> "&"), as
 * an XML reader would: the suites' <Text> is XML character data. */
static void xml_unescape(char *t)
{
    static const struct {
        const char *ent;
        char c;
    } ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    char *w = t;

    for (const char *r = t; *r;) {
        size_t k = 0, n = sizeof(ents) / sizeof(ents[0]);
        while (k < n && strncmp(r, ents[k].ent, strlen(ents[k].ent)) != 0)
            k++;
        if (k < n) {
            *w++ = ents[k].c;
            r += strlen(ents[k].ent);
        } else {
            *w++ = *r++;
        }
    }
    *w = '\0';
}

/* "19950101" or "950101" -> "1995-01-01" */
static void iso_date(const char *d, char *out)
{
    size_t n = strlen(d);

    if (n == 8)
        snprintf(out, 16, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
    else if (n == 6)
        snprintf(out, 16, "%s%.2s-%.2s-%.2s", d[0] >= '5' ? "19" : "20", d, d + 2, d + 4);
    else
        out[0] = '\0';
}

static int read_xml(const char *path, struct record **out)
{
    char *all = slurp(path), *p;
    struct record *recs = NULL;
    int n = 0, cap = 0;

    if (!all)
        return -1;
    p = all;
    while ((p = strstr(p, "<Sentence ")) != NULL) {
        char *end = strstr(p, "</Sentence>");
        struct record *r;
        char ev[16], date[16];
        const char *q;
        if (!end)
            break;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            recs = realloc(recs, (size_t)cap * sizeof(*recs));
        }
        r = &recs[n++];
        memset(r, 0, sizeof(*r));
        attr(p, "id", r->id, sizeof(r->id));
        attr(p, "category", r->cat, sizeof(r->cat));
        if (attr(p, "date", date, sizeof(date)))
            iso_date(date, r->date);
        if (attr(p, "evaluate", ev, sizeof(ev)) && strcmp(ev, "false") == 0)
            r->skip = 1;
        for (q = p; (q = strstr(q, "<EventCoding")) != NULL && q < end; q++) {
            char nv[16];
            struct triple *t;
            /* noevents, and error="storydiscard" etc.: nothing is to be
             * coded; events dyad writes there count as extra */
            if (attr(q, "noevents", nv, sizeof(nv)) || attr(q, "error", nv, sizeof(nv))) {
                r->noevents = 1;
                continue;
            }
            if (r->nexp == MAX_EXP)
                continue;
            t = &r->exp[r->nexp++];
            attr(q, "sourcecode", t->src, sizeof(t->src));
            attr(q, "targetcode", t->tgt, sizeof(t->tgt));
            attr(q, "eventcode", t->code, sizeof(t->code));
        }
        r->text = between(p, end, "<Text>", "</Text>");
        if (r->text)
            xml_unescape(r->text);
        r->conllu = between(p, end, "<Parse>", "</Parse>");
        if (!r->text)
            r->skip = 1;
        p = end;
    }
    free(all);
    *out = recs;
    return n;
}

/* TABARI's coding options as the option records set them. */
struct tab_options {
    int convert_agent, min_words, first_only, forward;
    char defaults[96];
};

/* The code in brackets after keyword `key` of a DEFAULT: option
 * ("SOURCE [DEFSRC]"), or "" */
static void option_code(const char *body, const char *key, char *out, size_t n)
{
    const char *k = strstr(body, key), *open = k ? strchr(k, '[') : NULL;
    size_t len = open ? strcspn(open + 1, "]") : 0;

    snprintf(out, n, "%.*s", (int)DY_MIN(len, n - 1), open ? open + 1 : "");
}

/* Applies one "{ OPTION: ... }" body to the options in force. */
static void tabari_option(const char *body, struct tab_options *o)
{
    const char *m;

    if (strstr(body, "CONVERT AGENT"))
        o->convert_agent = strstr(body, "TRUE") != NULL;
    if ((m = strstr(body, "MINIMUM WORDS")) != NULL && (m = strchr(m, '=')) != NULL)
        o->min_words = atoi(m + 1);
    if ((m = strstr(body, "FORWARD:")) != NULL)
        o->forward = strstr(m, "OFF") == NULL;
    if (strstr(body, "CODE BY SENTENCE"))
        o->first_only = 1;
    if (strstr(body, "CODE ALL") || strstr(body, "CODE BY CLAUSE"))
        o->first_only = 0;
    if ((m = strstr(body, "DEFAULT:")) != NULL) {
        char src[24], tgt[24];

        option_code(m, "SOURCE", src, sizeof(src));
        option_code(m, "TARGET", tgt, sizeof(tgt));
        if (strstr(m, "OFF") || (!src[0] && !tgt[0]))
            o->defaults[0] = '\0';
        else
            snprintf(o->defaults, sizeof(o->defaults), "[defaults]\n%s%s%s%s%s%s%s",
                     src[0] ? "source : " : "", src, src[0] ? "\n" : "",
                     tgt[0] ? "target : " : "", tgt, strstr(m, "AFTER") ? " after" : "",
                     tgt[0] ? "\n" : "");
    }
}

/* Words of a record as TABARI counts them for MINIMUM WORDS: blank-
 * separated words, and each comma one more. */
static int tabari_words(const char *text)
{
    int n = 0;

    for (const char *p = text; *p; p++) {
        if (!isspace((unsigned char)*p) && (p == text || isspace((unsigned char)p[-1])))
            n++;
        if (*p == ',')
            n++;
    }
    return n;
}

/* Is the line at p a TABARI record header: 6 digits, blanks, an id? */
static int tabari_header(const char *p)
{
    for (int i = 0; i < 6; i++)
        if (!isdigit((unsigned char)p[i]))
            return 0;
    return p[6] == ' ' || p[6] == '\t';
}

/* The first record header line starting in (from, to), or NULL. */
static char *next_header(char *from, char *to)
{
    for (char *q = strchr(from, '\n'); q && q + 1 < to; q = strchr(q + 1, '\n'))
        if (tabari_header(q + 1))
            return q + 1;
    return NULL;
}

static int read_tabari(const char *path, struct record **out)
{
    char *all = slurp(path), *p;
    struct record *recs = NULL;
    int n = 0, cap = 0;
    struct tab_options opt = {0, 8, 0, 0, ""};   /* TABARI's default minimum: 8 */

    if (!all)
        return -1;
    p = all;
    while (*p) {
        char *line_end = strchr(p, '\n');
        char *c0, *c1, *q;
        struct record *r;
        if (!line_end)
            break;
        /* A record starts with 6 digits, blanks, an id. */
        if (!tabari_header(p)) {
            p = line_end + 1;
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 512;
            recs = realloc(recs, (size_t)cap * sizeof(*recs));
        }
        r = &recs[n++];
        memset(r, 0, sizeof(*r));
        {
            char d[8];
            memcpy(d, p, 6);
            d[6] = '\0';
            iso_date(d, r->date);
        }
        q = p + 6;
        while (*q == ' ' || *q == '\t')
            q++;
        snprintf(r->id, sizeof(r->id), "%.*s", (int)strcspn(q, " \t\r\n"), q);
        snprintf(r->cat, sizeof(r->cat), "%.*s", (int)strcspn(r->id, "-"), r->id);
        c0 = strstr(line_end, "/*");
        c1 = c0 ? strstr(c0, "*/") : NULL;
        if (c1) {
            /* a comment left open (COMPOUND-06 ends with an opening mark) ends
             * at the next record's header, as its author meant: the
             * next record's text and triples are its own */
            char *h = next_header(c0, c1);
            if (h)
                c1 = h;
        }
        if (!c0 || !c1) {
            r->skip = 1;
            p = line_end + 1;
            continue;
        }
        r->text = strndup(line_end + 1, (size_t)(c0 - line_end - 1));
        r->convert_agent = opt.convert_agent;
        r->min_words = opt.min_words;
        r->first_only = opt.first_only;
        r->forward = opt.forward;
        snprintf(r->defaults, sizeof(r->defaults), "%s", opt.defaults);
        for (q = c0; (q = strchr(q, '{')) != NULL && q < c1; q++) {
            char body[160];
            size_t len = strcspn(q + 1, "}");
            char *a, *b;
            struct triple *t;
            if (q > c0 && q[-1] == '-')
                continue;
            snprintf(body, sizeof(body), "%.*s", (int)DY_MIN(len, sizeof(body) - 1), q + 1);
            if (strstr(body, "OPTION"))
                tabari_option(body, &opt);   /* for the records after this one */
            if (strstr(body, "OPTION") || strstr(body, "###") || strstr(body, "+++")) {
                r->skip = 1;
                continue;
            }
            if (strstr(body, "---") && !strchr(body, '/')) {
                r->noevents = 1;
                continue;
            }
            a = strchr(body, '/');
            b = a ? strchr(a + 1, '/') : NULL;
            if (!a || !b || r->nexp == MAX_EXP)
                continue;
            *a = *b = '\0';
            t = &r->exp[r->nexp++];
            sscanf(body, "%47s", t->src);
            sscanf(a + 1, "%47s", t->tgt);
            sscanf(b + 1, "%15s", t->code);
        }
        p = c1;
    }
    free(all);
    *out = recs;
    return n;
}

static int read_plover(const char *path, struct record **out)
{
    json_error_t je;
    json_t *arr = json_load_file(path, 0, &je);
    struct record *recs;
    int n = 0;

    if (!arr || !json_is_array(arr))
        return -1;
    recs = calloc(json_array_size(arr), sizeof(*recs));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *o = json_array_get(arr, i);
        const char *text = json_string_value(json_object_get(o, "text"));
        const char *ev = json_string_value(json_object_get(o, "event"));
        const char *id = json_string_value(json_object_get(o, "id"));
        json_t *src = json_array_get(json_object_get(o, "source"), 0);
        struct record *r;
        if (!text || !ev || !id)
            continue;
        r = &recs[n++];
        snprintf(r->id, sizeof(r->id), "%s", id);
        snprintf(r->cat, sizeof(r->cat), "%s", ev);
        snprintf(r->plover, sizeof(r->plover), "%s", ev);
        snprintf(r->date, sizeof(r->date), "%s", "2000-01-01");
        r->text = strdup(text);
        if (src && json_string_value(json_object_get(src, "code")))
            snprintf(r->gold_src, sizeof(r->gold_src), "%.3s",
                     json_string_value(json_object_get(src, "code")));
    }
    json_decref(arr);
    *out = recs;
    return n;
}

/* ---- coding a record ------------------------------------------------------ */

struct coded {
    struct triple t[64];
    char root[64][3];
    char plover[64][16];
    int n;
};

/* An actor's code as the suite writes it: with TABARI's CONVERT AGENT
 * option an agent found without a country is marked "~" ("~REB"). */
static void actor_code(const struct dyad_actor *a, int convert_agent, char *out, size_t n)
{
    int agent_only = convert_agent && a->agent && a->agent[0] && (!a->country || !a->country[0]);

    snprintf(out, n, "%s%s", agent_only ? "~" : "", a->code);
}

/* The events of sentences starting at byte `from` or later. */
static void collect(const struct dyad_result *r, const struct record *rec, size_t from,
                    struct coded *c)
{
    c->n = 0;
    for (size_t i = 0; i < r->nevents && c->n < 64; i++) {
        const struct dyad_event *e = &r->events[i];
        struct triple *t = &c->t[c->n];
        if (!e->source.code)
            continue;
        if (from && (e->sentence >= r->nsentences || r->sentences[e->sentence].span.start < from))
            continue;
        actor_code(&e->source, rec->convert_agent, t->src, sizeof(t->src));
        if (e->target.code)
            actor_code(&e->target, rec->convert_agent, t->tgt, sizeof(t->tgt));
        else
            snprintf(t->tgt, sizeof(t->tgt), "---");
        snprintf(t->code, sizeof(t->code), "%s", e->code);
        snprintf(c->root[c->n], 3, "%s", e->root ? e->root : "");
        snprintf(c->plover[c->n], 16, "%s", e->plover ? e->plover : "");
        c->n++;
    }
}

/* UD v1 labels of the shipped parses -> the UD v2 labels dyad uses. */
static const char *v2_label(const char *rel, const char *head_upos)
{
    if (strcmp(rel, "dobj") == 0)
        return "obj";
    if (strcmp(rel, "nsubjpass") == 0)
        return "nsubj:pass";
    if (strcmp(rel, "auxpass") == 0)
        return "aux:pass";
    if (strcmp(rel, "csubjpass") == 0)
        return "csubj:pass";
    if (strcmp(rel, "neg") == 0)
        return "advmod";
    if (strcmp(rel, "mwe") == 0)
        return "fixed";
    if (strcmp(rel, "name") == 0)
        return "flat";
    if (strncmp(rel, "nmod", 4) == 0 && head_upos &&
        (strcmp(head_upos, "VERB") == 0 || strcmp(head_upos, "ADJ") == 0 ||
         strcmp(head_upos, "AUX") == 0)) {
        if (strcmp(rel, "nmod:agent") == 0)
            return "obl:agent";
        if (strcmp(rel, "nmod:tmod") == 0)
            return "obl:tmod";
        if (strcmp(rel, "nmod:poss") == 0)
            return rel;
        return "obl";
    }
    return rel;
}

/* Builds a one-sentence result from CoNLL-U lines and codes it. */
static int code_conllu(const struct dyad_lexicon *lx, uint32_t flags, const struct record *rec,
                       struct coded *out)
{
    struct dy_arena *arena = dy_arena_new(1 << 16);
    struct dyad_token tok[512];
    struct dyad_word w[512];
    char *rels[512];
    struct dyad_sentence sent;
    struct dyad_doc doc;
    struct dyad_result res;
    struct dy_buf text;
    char *copy = strdup(rec->conllu), *save = NULL, *line;
    size_t n = 0;
    int rc;

    dy_buf_init(&text, 0);
    for (line = strtok_r(copy, "\n", &save); line && n < 512; line = strtok_r(NULL, "\n", &save)) {
        char *f[10], *s2 = NULL, *x;
        int nf = 0;
        if (!isdigit((unsigned char)line[0]))
            continue;
        for (x = strtok_r(line, "\t", &s2); x && nf < 10; x = strtok_r(NULL, "\t", &s2))
            f[nf++] = x;
        if (nf < 8 || strchr(f[0], '-') || strchr(f[0], '.'))
            continue;
        if (text.len)
            dy_buf_putc(&text, ' ');
        tok[n].span.start = (uint32_t)text.len;
        dy_buf_puts(&text, f[1]);
        tok[n].span.end = (uint32_t)text.len;
        tok[n].form = dy_arena_strndup(arena, f[1], strlen(f[1]));
        tok[n].form_len = (uint32_t)strlen(f[1]);
        tok[n].flags = DYAD_TOK_SPACE_AFTER;
        w[n].lemma = dy_arena_strndup(arena, f[2], strlen(f[2]));
        w[n].upos = dy_arena_strndup(arena, f[3], strlen(f[3]));
        w[n].xpos = dy_arena_strndup(arena, f[4], strlen(f[4]));
        w[n].feats = dy_arena_strndup(arena, f[5], strlen(f[5]));
        w[n].head = (uint32_t)strtoul(f[6], NULL, 10);
        rels[n] = dy_arena_strndup(arena, f[7], strlen(f[7]));
        n++;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t h = w[i].head;
        w[i].deprel = v2_label(rels[i], h >= 1 && h <= n ? w[h - 1].upos : NULL);
    }
    memset(&doc, 0, sizeof(doc));
    memset(&res, 0, sizeof(res));
    memset(&sent, 0, sizeof(sent));
    doc.id = (char *)rec->id;
    doc.date = rec->date[0] ? (char *)rec->date : NULL;
    doc.text = text.data;
    doc.text_len = text.len;
    sent.first_token = 0;
    sent.ntokens = (uint32_t)n;
    sent.span.end = (uint32_t)text.len;
    res.doc = &doc;
    res.tokens = tok;
    res.ntokens = n;
    res.words = w;
    res.sentences = &sent;
    res.nsentences = n ? 1 : 0;
    rc = dy_coder_code(lx, flags, arena, &res);
    if (!rc)
        collect(&res, rec, 0, out);
    dy_buf_release(&text);
    dy_arena_free(arena);
    free(copy);
    return rc;
}

/* Codes the record's text after `story` (the story's earlier records,
 * NULL = none) as one document; only the record's own sentences'
 * events are collected. */
static int code_text(struct dyad_session *s, const struct record *rec, const char *story,
                     struct coded *out)
{
    struct dyad_doc *doc = dy_calloc(1, sizeof(*doc));
    struct dyad_result *r = NULL;
    struct dyad_error err;
    struct dy_buf text;
    size_t from = 0;
    int rc;

    dy_buf_init(&text, 0);
    if (story && story[0]) {
        dy_buf_puts(&text, story);
        dy_buf_putc(&text, ' ');
        from = text.len;
    }
    dy_buf_puts(&text, rec->text);
    doc->id = dy_strdup(rec->id);
    doc->date = rec->date[0] ? dy_strdup(rec->date) : NULL;
    doc->text = dy_strndup(text.data ? text.data : "", text.len);
    doc->text_len = text.len;
    dy_buf_release(&text);
    /* Suite records are single sentences split over lines: join them. */
    for (size_t i = 0; i < doc->text_len; i++)
        if (doc->text[i] == '\n' || doc->text[i] == '\r')
            doc->text[i] = ' ';
    rc = dyad_session_process(s, doc, &r, &err);
    if (rc)
        return rc;
    collect(r, rec, from, out);
    dyad_result_free(r);
    return 0;
}

/* The story of a record id under FORWARD ("FRWD-001" of "FRWD-001-002")
 * and its sentence number (-1 when the id has none). */
static int story_of(const char *id, char *story, size_t n)
{
    const char *dash = strrchr(id, '-');

    if (!dash || !isdigit((unsigned char)dash[1])) {
        snprintf(story, n, "%s", id);
        return -1;
    }
    snprintf(story, n, "%.*s", (int)(dash - id), id);
    return atoi(dash + 1);
}

/* PLOVER 0.5 name of a CAMEO code (the GSR's event names). */
static const char *plover05(const char *code, const char *root, const char *plover)
{
    static const char *const names[21] = {
        "", "", "DEMAND", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "", "INVESTIGATE",
        "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
        "COERCE", "ASSAULT", "FIGHT", "FIGHT"};
    int r = atoi(root);

    if (r == 8)
        return plover && strcmp(plover, "CONCEDE") == 0 ? "CONCEDE" : "RETREAT";
    /* a blockade restricts movement: coercion, not fighting (COERCE
     * "restrict" in CAMEO2PLOVER 2021 and in the gold records).  Occupying
     * territory (192) stays FIGHT, as the gold records code it. */
    if (strncmp(code, "191", 3) == 0)
        return "COERCE";
    return r >= 0 && r <= 20 ? names[r] : "";
}

static int triple_eq(const struct triple *a, const struct triple *b)
{
    return strcmp(a->src, b->src) == 0 && strcmp(a->code, b->code) == 0 &&
           (strcmp(a->tgt, b->tgt) == 0 ||
            ((!a->tgt[0] || strcmp(a->tgt, "---") == 0) && strcmp(b->tgt, "---") == 0));
}

/* A session whose dictionaries add a [defaults] section (TABARI's
 * DEFAULT: option), one per distinct setting, made when first needed. */
struct variant {
    char defaults[96];
    struct dyad_lexicon *lx;
    struct dyad_pipeline *p;
    struct dyad_session *s;
};

#define MAX_VARIANTS 8
static struct variant variants[MAX_VARIANTS];
static int nvariants;

static struct dyad_session *variant_session(const char *defaults, const char *const *dicts,
                                            size_t ndicts, const struct dyad_model *model,
                                            uint32_t flags)
{
    struct dyad_lexicon_builder *b = NULL;
    struct dyad_pipeline_options po;
    struct variant *v;
    struct dyad_error err;

    for (int i = 0; i < nvariants; i++)
        if (strcmp(variants[i].defaults, defaults) == 0)
            return variants[i].s;
    if (nvariants == MAX_VARIANTS || dyad_lexicon_builder_new(NULL, &b))
        return NULL;
    v = &variants[nvariants];
    memset(v, 0, sizeof(*v));
    snprintf(v->defaults, sizeof(v->defaults), "%s", defaults);
    for (size_t i = 0; i < ndicts; i++)
        dyad_lexicon_builder_load(b, dicts[i], DYAD_DICT_AUTO, NULL, NULL);
    if (dyad_lexicon_builder_load_text(b, "tabari-default.dict", defaults, strlen(defaults),
                                       DYAD_DICT_DYAD, NULL, &err) ||
        dyad_lexicon_build(b, &v->lx, &err)) {
        fprintf(stderr, "defaults '%s': %s\n", defaults, err.msg);
        dyad_lexicon_builder_free(b);
        return NULL;
    }
    dyad_lexicon_builder_free(b);
    memset(&po, 0, sizeof(po));
    po.model = model;
    po.lexicon = v->lx;
    po.code_flags = flags;
    if (dyad_pipeline_new(&po, &v->p, &err) || dyad_session_new(v->p, &v->s)) {
        fprintf(stderr, "pipeline: %s\n", err.msg);
        return NULL;
    }
    nvariants++;
    return v->s;
}

static void variants_free(void)
{
    for (int i = 0; i < nvariants; i++) {
        dyad_session_free(variants[i].s);
        dyad_pipeline_free(variants[i].p);
        dyad_lexicon_free(variants[i].lx);
    }
    nvariants = 0;
}

int main(int argc, char **argv)
{
    const char *suite = NULL, *model = NULL, *path = NULL;
    const char *dicts[16];
    size_t ndicts = 0;
    int gold_parse = 0;
    uint32_t flags = 0;
    struct record *recs = NULL;
    int n;
    struct dyad_pipeline_options po;
    struct dyad_pipeline *p = NULL;
    struct dyad_session *s = NULL;
    struct dyad_lexicon *lx = NULL;
    struct dyad_model *model_obj = NULL;
    struct dyad_error err;
    long tot_exp = 0, tot_rep = 0, tot_prod = 0, tot_extra = 0, tot_rec = 0, tot_skip = 0;
    long tot_type = 0, tot_actor = 0;
    struct dy_buf story;    /* FORWARD: the current story's records so far */
    char story_key[64] = "";
    int story_seq = -1;
    clock_t t0;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--suite") == 0 && i + 1 < argc)
            suite = argv[++i];
        else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
            model = argv[++i];
        else if (strcmp(argv[i], "--dict") == 0 && i + 1 < argc && ndicts < 16)
            dicts[ndicts++] = argv[++i];
        else if (strcmp(argv[i], "--gold-parse") == 0)
            gold_parse = 1;
        else if (strcmp(argv[i], "--require-target") == 0)
            flags |= DYAD_CODE_REQUIRE_TARGET;
        else if (strcmp(argv[i], "--literal-future") == 0)
            flags |= DYAD_CODE_LITERAL_FUTURE;
        else if (strcmp(argv[i], "--no-local-country") == 0)
            flags |= DYAD_CODE_NO_LOCAL_COUNTRY;
        else if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else
            path = argv[i];
    }
    if (!suite || !path || !ndicts || (!model && !gold_parse)) {
        fprintf(stderr, "usage: dyad-evalcoder --suite ud|petr|tabari|plover (--model M | "
                        "--gold-parse) --dict FILE... [--require-target] [--literal-future] [--no-local-country] [-v] SUITE_FILE\n");
        return 2;
    }
    if (strcmp(suite, "tabari") == 0)
        n = read_tabari(path, &recs);
    else if (strcmp(suite, "plover") == 0)
        n = read_plover(path, &recs);
    else
        n = read_xml(path, &recs);
    if (n < 0) {
        fprintf(stderr, "cannot read %s\n", path);
        return 2;
    }
    memset(&po, 0, sizeof(po));
    po.dict_paths = dicts;
    po.ndict_paths = ndicts;
    po.code_flags = flags | DYAD_CODE_NO_TITLE;
    if (!gold_parse && dyad_model_load(model, &model_obj, &err)) {
        fprintf(stderr, "model: %s\n", err.msg);
        return 2;
    }
    po.model = model_obj;
    if (dyad_pipeline_new(&po, &p, &err) || dyad_session_new(p, &s)) {
        fprintf(stderr, "pipeline: %s\n", err.msg);
        return 2;
    }
    if (gold_parse) {
        struct dyad_lexicon_builder *b = NULL;
        dyad_lexicon_builder_new(NULL, &b);
        for (size_t i = 0; i < ndicts; i++)
            dyad_lexicon_builder_load(b, dicts[i], DYAD_DICT_AUTO, NULL, NULL);
        if (dyad_lexicon_build(b, &lx, &err)) {
            fprintf(stderr, "dictionaries: %s\n", err.msg);
            return 2;
        }
        dyad_lexicon_builder_free(b);
    }
    dy_buf_init(&story, 0);
    t0 = clock();
    for (int i = 0; i < n; i++) {
        struct record *r = &recs[i];
        struct cat *c = cat_of(r->cat[0] ? r->cat : "-");
        struct coded got;
        int used[64] = {0}, rc;
        if (r->skip || (!r->nexp && !r->noevents && !r->plover[0])) {
            c->skipped++;
            tot_skip++;
            continue;
        }
        if (gold_parse && r->conllu)
            rc = code_conllu(lx, flags, r, &got);
        else if (gold_parse)
            rc = -1;
        else if (r->min_words && tabari_words(r->text) < r->min_words)
            rc = 0, got.n = 0;   /* too short for TABARI to code */
        else {
            struct dyad_session *vs =
                r->defaults[0]
                    ? variant_session(r->defaults, dicts, ndicts, model_obj, po.code_flags)
                    : s;
            char key[64];
            int seq = story_of(r->id, key, sizeof(key));
            /* FORWARD: the story so far, when this record continues it */
            int cont = r->forward && seq > 0 && seq == story_seq + 1 &&
                       strcmp(key, story_key) == 0;
            if (!cont)
                story.len = 0;
            rc = vs ? code_text(vs, r, story.len ? story.data : NULL, &got) : -1;
            if (r->forward) {
                if (story.len)
                    dy_buf_putc(&story, ' ');
                dy_buf_puts(&story, r->text);
                snprintf(story_key, sizeof(story_key), "%s", key);
                story_seq = seq;
            }
        }
        if (!rc && r->first_only && got.n > 1)
            got.n = 1;   /* CODE BY SENTENCE: the first event only */
        if (rc) {
            c->skipped++;
            tot_skip++;
            continue;
        }
        c->records++;
        tot_rec++;
        if (r->plover[0]) {
            int type_ok = 0, actor_ok = 0;
            for (int k = 0; k < got.n; k++) {
                if (strcmp(plover05(got.t[k].code, got.root[k], got.plover[k]), r->plover) == 0) {
                    type_ok = 1;
                    if (r->gold_src[0] && strncmp(got.t[k].src, r->gold_src, 3) == 0)
                        actor_ok = 1;
                }
            }
            c->type_ok += type_ok;
            c->actor_ok += actor_ok;
            tot_type += type_ok;
            tot_actor += actor_ok;
            if (verbose && !type_ok)
                printf("MISS %s [%s] %s\n", r->id, r->plover, r->text);
            if (verbose && type_ok && !actor_ok) {
                printf("SOURCE %s [%s] gold %s, got", r->id, r->plover, r->gold_src);
                for (int k = 0; k < got.n; k++)
                    printf(" %s", got.t[k].src);
                printf(": %s\n", r->text);
            }
            continue;
        }
        c->expected += r->nexp;
        tot_exp += r->nexp;
        for (int e = 0; e < r->nexp; e++) {
            int hit = 0;
            for (int k = 0; k < got.n; k++)
                if (!used[k] && triple_eq(&got.t[k], &r->exp[e])) {
                    used[k] = 1;
                    hit = 1;
                    break;
                }
            c->reproduced += hit;
            tot_rep += hit;
            if (verbose && !hit) {
                printf("MISS %s %s/%s/%s got:", r->id, r->exp[e].src, r->exp[e].tgt,
                       r->exp[e].code);
                for (int k = 0; k < got.n; k++)
                    printf(" %s/%s/%s", got.t[k].src, got.t[k].tgt, got.t[k].code);
                printf("\n");
            }
        }
        for (int k = 0; k < got.n; k++) {
            int dup = 0;
            /* the same triple twice counts once */
            for (int j = 0; j < k; j++)
                if (triple_eq(&got.t[j], &got.t[k]))
                    dup = 1;
            if (dup)
                continue;
            c->produced++;
            tot_prod++;
            if (!used[k]) {
                c->extra++;
                tot_extra++;
                if (verbose)
                    printf("EXTRA %s %s/%s/%s\n", r->id, got.t[k].src, got.t[k].tgt,
                           got.t[k].code);
            }
        }
    }
    if (strcmp(suite, "plover") == 0) {
        printf("| category | records | event type correct | + source actor correct |\n");
        printf("| --- | ---: | ---: | ---: |\n");
        for (int i = 0; i < ncats; i++)
            if (cats[i].records)
                printf("| %s | %ld | %.1f%% | %.1f%% |\n", cats[i].name, cats[i].records,
                       100.0 * cats[i].type_ok / cats[i].records,
                       100.0 * cats[i].actor_ok / cats[i].records);
        printf("| **all** | %ld | %.1f%% | %.1f%% |\n", tot_rec,
               tot_rec ? 100.0 * tot_type / tot_rec : 0, tot_rec ? 100.0 * tot_actor / tot_rec : 0);
    } else {
        printf("| category | records | expected | reproduced | dyad events | extra |\n");
        printf("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < ncats; i++)
            if (cats[i].records)
                printf("| %s | %ld | %ld | %.1f%% | %ld | %.1f%% |\n", cats[i].name,
                       cats[i].records, cats[i].expected,
                       cats[i].expected ? 100.0 * cats[i].reproduced / cats[i].expected : 0,
                       cats[i].produced,
                       cats[i].produced ? 100.0 * cats[i].extra / cats[i].produced : 0);
        printf("| **all** | %ld | %ld | %.1f%% | %ld | %.1f%% |\n", tot_rec, tot_exp,
               tot_exp ? 100.0 * tot_rep / tot_exp : 0, tot_prod,
               tot_prod ? 100.0 * tot_extra / tot_prod : 0);
    }
    printf("\n%ld records scored, %ld skipped (evaluate=false, option records, no text, "
           "or no expectation); %.2f s CPU\n",
           tot_rec, tot_skip, (double)(clock() - t0) / CLOCKS_PER_SEC);
    for (int i = 0; i < n; i++) {
        free(recs[i].text);
        free(recs[i].conllu);
    }
    free(recs);
    dyad_lexicon_free(lx);
    dyad_session_free(s);
    dyad_pipeline_free(p);
    variants_free();
    dy_buf_release(&story);
    dyad_model_free(model_obj);
    return 0;
}
