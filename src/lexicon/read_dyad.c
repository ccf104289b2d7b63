/*
 * read_dyad.c - reader for dyad's own dictionary format.
 *
 * The grammar is in docs/DICTIONARIES.md.  In short: '#' comments,
 * "[section]" headers, "include PATH", and entries "LEFT : RIGHT" whose
 * meaning depends on the section (names : codes with dates, pattern :
 * CAMEO code, &set : members, ...).  One entry per line keeps every
 * diagnostic at a precise path:line, and the reader never stops at a bad
 * line: it reports it and goes on.
 */
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon_int.h"

enum rd_section {
    RS_NONE = 0, RS_ACTORS, RS_AGENTS, RS_VERBS, RS_SYNSETS, RS_DISCARDS,
    RS_ISSUES, RS_CAMEO, RS_DEFAULTS
};

static const struct {
    const char *name;
    enum rd_section sec;
    uint32_t kind;
} rd_sections[] = {
    {"actors", RS_ACTORS, DY_AK_ACTOR},
    {"countries", RS_ACTORS, DY_AK_COUNTRY},
    {"demonyms", RS_ACTORS, DY_AK_DEMONYM},
    {"seats", RS_ACTORS, DY_AK_SEAT},
    {"cities", RS_ACTORS, DY_AK_CITY},
    {"organisations", RS_ACTORS, DY_AK_ORG},
    {"organizations", RS_ACTORS, DY_AK_ORG},
    {"groups", RS_ACTORS, DY_AK_GROUP},
    {"parties", RS_ACTORS, DY_AK_PARTY},
    {"people", RS_ACTORS, DY_AK_PERSON},
    {"agents", RS_AGENTS, 0},
    {"verbs", RS_VERBS, 0},
    {"synsets", RS_SYNSETS, 0},
    {"discards", RS_DISCARDS, 0},
    {"issues", RS_ISSUES, 0},
    {"cameo", RS_CAMEO, 0},
    {"defaults", RS_DEFAULTS, 0},
};

struct rd_state {
    struct dyad_lexicon_builder *b;
    const char *path;
    enum rd_section sec;
    uint32_t kind;
    char where[DY_LEXICON_WHERE_MAX];
    struct dyad_error *err;      /* the load's error, for rd_line */
    int produced;
};

static char *rd_trim(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = '\0';
    return s;
}

/* Splits s at each `sep` into trimmed, non-empty parts (in place). */
static size_t rd_split(char *s, char sep, char **parts, size_t cap)
{
    size_t n = 0;

    while (s) {
        char *next = strchr(s, sep);
        char *t;

        if (next)
            *next++ = '\0';
        t = rd_trim(s);
        if (*t && n < cap)
            parts[n++] = t;
        else if (*t)
            return cap + 1;
        s = next;
    }
    return n;
}

/* Like rd_split for roles: a ';' inside "(note)" does not split. */
static size_t rd_split_roles(char *s, char **parts, size_t cap)
{
    size_t n = 0;
    int depth = 0;
    char *start = s, *p;

    for (p = s;; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth > 0)
            depth--;
        if (*p == '\0' || (*p == ';' && depth == 0)) {
            int end = *p == '\0';
            char *t;

            *p = '\0';
            t = rd_trim(start);
            if (*t) {
                if (n == cap)
                    return cap + 1;
                parts[n++] = t;
            }
            if (end)
                break;
            start = p + 1;
        }
    }
    return n;
}

static int rd_bad(struct rd_state *st, const char *fmt, const char *arg)
{
    return dy_lexicon_report(st->b, st->where, DYAD_EDICT, 0, fmt, arg);
}

/* One role: "CODE [from DATE] [to DATE] [(note)]". */
static int rd_role(struct rd_state *st, uint32_t actor, char *spec)
{
    char *note = NULL, *w[8], *p;
    size_t n = 0, i;
    int32_t from = 0, to = 0;

    p = strchr(spec, '(');
    if (p) {
        char *close = strrchr(p, ')');

        if (!close)
            return rd_bad(st, "unclosed '(' in role '%s'", spec);
        *close = '\0';
        *p = '\0';
        note = p + 1;
    }
    p = spec;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        if (n == DY_ARRAY_LEN(w))
            return rd_bad(st, "too many words in role '%s'", spec);
        w[n++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = '\0';
    }
    if (n == 0)
        return rd_bad(st, "empty role%s", "");
    for (i = 1; i < n; i += 2) {
        int32_t *dst;

        if (strcmp(w[i], "from") == 0 || strcmp(w[i], "since") == 0)
            dst = &from;
        else if (strcmp(w[i], "to") == 0 || strcmp(w[i], "until") == 0)
            dst = &to;
        else
            return rd_bad(st, "expected 'from' or 'to' after the code, got '%s'", w[i]);
        if (i + 1 >= n)
            return rd_bad(st, "missing date after '%s'", w[i]);
        if (dy_lexicon_parse_date(w[i + 1], strlen(w[i + 1]), dst))
            return rd_bad(st, "bad date '%s' (YYYY, YYYY-MM or YYYY-MM-DD)", w[i + 1]);
    }
    return dy_lexicon_add_role(st->b, st->where, actor, w[0], from, to, note);
}

static int rd_actor(struct rd_state *st, char *lhs, char *rhs)
{
    char *names[256], *roles[DY_LEX_MAX_ROLES];
    size_t nn, nr, i;
    uint32_t id;
    size_t rep0 = st->b->nrejected;
    int rc;

    nn = rd_split(lhs, '|', names, DY_ARRAY_LEN(names));
    nr = rd_split_roles(rhs, roles, DY_ARRAY_LEN(roles));
    if (nn == 0 || nn > DY_ARRAY_LEN(names))
        return rd_bad(st, "no names before ':'%s", nn ? " (or more than 256)" : "");
    if (nr == 0 || nr > DY_ARRAY_LEN(roles))
        return rd_bad(st, "no code after ':'%s", nr ? " (or too many roles)" : "");
    rc = dy_lexicon_add_actor(st->b, st->where, st->kind, names[0], &id);
    if (rc)
        return rc;
    for (i = 0; i < nr; i++) {
        rc = rd_role(st, id, roles[i]);
        if (rc)
            return rc;
    }
    if (st->b->nrejected != rep0)
        return DYAD_OK;    /* a bad role: do not index the names */
    for (i = 0; i < nn; i++) {
        rc = dy_lexicon_add_name(st->b, st->where, DYAD_LEX_ACTOR, id, names[i]);
        if (rc)
            return rc;
    }
    st->produced = 1;
    return DYAD_OK;
}

static int rd_is_code(const char *s, int underscores)
{
    size_t i;

    if (!*s)
        return 0;
    for (i = 0; s[i]; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') ||
              (underscores && s[i] == '_')))
            return 0;
    return 1;
}

static int rd_phrases(struct rd_state *st, char *lhs, char *rhs)
{
    char *names[256];
    size_t nn, i;
    int story = 0;
    int rc;

    nn = rd_split(lhs, '|', names, DY_ARRAY_LEN(names));
    if (nn == 0 || nn > DY_ARRAY_LEN(names))
        return rd_bad(st, "no phrase before ':'%s", "");
    if (st->sec == RS_AGENTS && !rd_is_code(rhs, 0))
        return rd_bad(st, "bad agent code '%s'", rhs);
    if (st->sec == RS_ISSUES && !rd_is_code(rhs, 1))
        return rd_bad(st, "bad issue code '%s' (A-Z, 0-9 and _)", rhs);
    if (st->sec == RS_DISCARDS) {
        if (strcmp(rhs, "story") == 0)
            story = 1;
        else if (strcmp(rhs, "sentence") != 0)
            return rd_bad(st, "discard scope must be 'sentence' or 'story', not '%s'", rhs);
    }
    for (i = 0; i < nn; i++) {
        if (st->sec == RS_AGENTS)
            rc = dy_lexicon_add_agent(st->b, st->where, names[i], rhs, 0);
        else if (st->sec == RS_DISCARDS)
            rc = dy_lexicon_add_discard(st->b, st->where, names[i], story);
        else
            rc = dy_lexicon_add_issue(st->b, st->where, names[i], rhs);
        if (rc)
            return rc;
    }
    st->produced = 1;
    return DYAD_OK;
}

static int rd_verb(struct rd_state *st, char *lhs, char *rhs)
{
    char *head = lhs, *rest;
    uint32_t g;
    size_t rep0 = st->b->nrejected;
    int rc;

    if (strchr(rhs, ' ') || strchr(rhs, '\t'))
        return rd_bad(st, "one CAMEO code after ':', got '%s'", rhs);
    if (!dy_lexicon_valid_event_code(rhs))
        return rd_bad(st, "bad CAMEO code '%s'", rhs);
    rest = head;
    while (*rest && *rest != ' ' && *rest != '\t')
        rest++;
    if (*rest)
        *rest++ = '\0';
    if (head[0] == '&' || head[0] == '*' || head[0] == '+' || head[0] == '$')
        return rd_bad(st, "a verb pattern starts with the verb's lemma, not '%s'", head);
    rc = dy_lexicon_group_for(st->b, st->where, head, &g);
    if (rc)
        return rc;
    rc = dy_lexicon_add_pattern(st->b, st->where, g, rd_trim(rest), rhs);
    if (rc)
        return rc;
    if (st->b->nrejected == rep0)
        st->produced = 1;
    return DYAD_OK;
}

static int rd_synset(struct rd_state *st, char *lhs, char *rhs)
{
    char *members[DY_LEX_MAX_MEMBERS];
    size_t nm, i;
    uint32_t id;
    int rc;

    if (lhs[0] != '&' || !lhs[1] || strchr(lhs, ' '))
        return rd_bad(st, "a set name is '&name', not '%s'", lhs);
    nm = rd_split(rhs, '|', members, DY_ARRAY_LEN(members));
    if (nm == 0 || nm > DY_ARRAY_LEN(members))
        return rd_bad(st, "set '%s' has no members (or too many)", lhs);
    rc = dy_lexicon_add_synset(st->b, st->where, lhs + 1, &id);
    if (rc)
        return rc;
    for (i = 0; i < nm; i++) {
        rc = dy_lexicon_add_member(st->b, st->where, id, members[i]);
        if (rc)
            return rc;
    }
    st->produced = 1;
    return DYAD_OK;
}

/* "010 : QUAD GOLDSTEIN PLOVER Name of the code" */
static int rd_cameo(struct rd_state *st, char *lhs, char *rhs)
{
    char *w[3], *p = rhs, *end;
    size_t n = 0;
    long quad;
    double gs;
    int rc;

    while (n < 3) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        w[n++] = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = '\0';
    }
    if (n < 3)
        return rd_bad(st, "expected 'QUAD GOLDSTEIN PLOVER name' after '%s :'", lhs);
    if (dy_parse_long(w[0], 1, 4, &quad))
        return rd_bad(st, "QuadClass '%s' is not 1..4", w[0]);
    gs = strtod(w[1], &end);
    if (end == w[1] || *end)
        return rd_bad(st, "bad Goldstein value '%s'", w[1]);
    p = rd_trim(p);
    if (!*p)
        return rd_bad(st, "code %s has no name", lhs);
    rc = dy_lexicon_add_cameo(st->b, st->where, lhs, (int)quad, gs, w[2], p);
    if (rc)
        return rc;
    st->produced = 1;
    return DYAD_OK;
}

/* "source : CODE", "target : CODE" or "target : CODE after": the codes
 * of actors a coded verb lacks (TABARI's DEFAULT: command). */
static int rd_default(struct rd_state *st, char *lhs, char *rhs)
{
    char *sp = strpbrk(rhs, " \t");
    int first = 0, rc;

    if (sp) {
        char *mode = rd_trim(sp);

        *sp = '\0';
        if (strcmp(mode, "after") != 0)
            return rd_bad(st, "expected 'CODE' or 'CODE after', not '... %s'", mode);
        first = 1;
    }
    rc = dy_lexicon_set_default(st->b, st->where, lhs, rhs, first);
    if (rc)
        return rc;
    st->produced = 1;
    return DYAD_OK;
}

static int rd_include(struct rd_state *st, const char *arg, struct dyad_error *err)
{
    char path[1024];
    const char *slash = strrchr(st->path, '/');
    struct dyad_error sub;
    int rc;

    if (st->b->depth >= DYAD_DICT_MAX_INCLUDE)
        return dy_lexicon_report(st->b, st->where, DYAD_ETOOBIG, 0,
                                 "includes nested deeper than %d", DYAD_DICT_MAX_INCLUDE);
    if (arg[0] == '/' || !slash)
        dy_snprintf(path, sizeof(path), "%s", arg);
    else
        dy_snprintf(path, sizeof(path), "%.*s/%s", (int)(slash - st->path),
                    st->path, arg);
    st->b->depth++;
    memset(&sub, 0, sizeof(sub));
    rc = dyad_lexicon_builder_load(st->b, path, DYAD_DICT_DYAD, NULL, &sub);
    st->b->depth--;
    if (rc == DYAD_ENOMEM)
        return dy_error(err, rc, st->where, "out of memory");
    if (rc)
        return dy_lexicon_report(st->b, st->where, rc, 0, "include '%s': %s",
                                 arg, sub.msg);
    st->produced = 1;
    return DYAD_OK;
}

/* Finds the ':' that separates an entry: the first one followed by a
 * blank or the end of the line, so "042:043" stays a code. */
static char *rd_colon(char *s)
{
    for (; *s; s++)
        if (*s == ':' && (s[1] == ' ' || s[1] == '\t' || s[1] == '\0'))
            return s;
    return NULL;
}

/* hash points at "###" standing alone as an entry's code (right after
 * the ':' and blanks): the discard code, not a comment. */
static int rd_discard_code(const char *line, const char *hash)
{
    const char *p = hash;

    if (strncmp(hash, "###", 3) != 0 || (hash[3] && hash[3] != ' ' && hash[3] != '\t'))
        return 0;
    while (p > line && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    return p > line && p[-1] == ':';
}

static int rd_line(struct rd_state *st, char *line, struct dyad_error *err)
{
    char *s, *colon, *hash;
    size_t i;

    /* '#' starts a comment at the line start or after a blank, except
     * the discard code: "play game : ###". */
    for (hash = line; (hash = strchr(hash, '#')) != NULL; hash++) {
        if (rd_discard_code(line, hash)) {
            hash += 2;
            continue;
        }
        if (hash == line || hash[-1] == ' ' || hash[-1] == '\t') {
            *hash = '\0';
            break;
        }
    }
    s = rd_trim(line);
    if (!*s)
        return DYAD_OK;
    if (s[0] == '[') {
        char *close = strchr(s, ']');

        if (!close || close[1])
            return rd_bad(st, "bad section header '%s'", s);
        *close = '\0';
        for (i = 0; i < DY_ARRAY_LEN(rd_sections); i++)
            if (strcmp(rd_sections[i].name, s + 1) == 0) {
                st->sec = rd_sections[i].sec;
                st->kind = rd_sections[i].kind;
                return DYAD_OK;
            }
        return rd_bad(st, "unknown section '%s'", s + 1);
    }
    if (strncmp(s, "include", 7) == 0 && (s[7] == ' ' || s[7] == '\t'))
        return rd_include(st, rd_trim(s + 8), err);
    colon = rd_colon(s);
    if (!colon)
        return rd_bad(st, "expected 'LEFT : RIGHT' (a ':' followed by a blank)%s", "");
    *colon = '\0';
    {
        char *lhs = rd_trim(s), *rhs = rd_trim(colon + 1);

        if (!*lhs || !*rhs)
            return rd_bad(st, "empty side of ':'%s", "");
        switch (st->sec) {
        case RS_ACTORS:
            return rd_actor(st, lhs, rhs);
        case RS_AGENTS:
        case RS_DISCARDS:
        case RS_ISSUES:
            return rd_phrases(st, lhs, rhs);
        case RS_VERBS:
            return rd_verb(st, lhs, rhs);
        case RS_SYNSETS:
            return rd_synset(st, lhs, rhs);
        case RS_CAMEO:
            return rd_cameo(st, lhs, rhs);
        case RS_DEFAULTS:
            return rd_default(st, lhs, rhs);
        default:
            return rd_bad(st, "entry before any [section]%s", "");
        }
    }
}

static int rd_line_cb(void *ctx, char *line, int *produced)
{
    struct rd_state *st = ctx;
    int rc;

    st->produced = 0;
    rc = rd_line(st, line, st->err);
    *produced = st->produced;
    return rc;
}

int dy_lexicon_read_dyad(struct dyad_lexicon_builder *b, const char *path,
                         const char *text, size_t len, struct dyad_error *err)
{
    struct rd_state st;

    memset(&st, 0, sizeof(st));
    st.b = b;
    st.path = path;
    st.err = err;
    return dy_lexicon_each_line(b, path, text, len, 0, st.where, rd_line_cb, &st, err);
}
