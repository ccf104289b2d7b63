/*
 * read_field.c - readers for the dictionaries the field already has:
 * TABARI and PETRARCH actors (inline "[CODE <date]" and tab-indented
 * date-restriction lines), agents ("[~GOV]", "!PERSON!" substitutions),
 * the three verb dialects (TABARI .verbs, PETRARCH-1 verbpatterns,
 * PETRARCH-2 CAMEO.2.0 with synsets, {NP}, (PP) and '~' transformations),
 * discards, issues and plain word lists.
 *
 * The formats were never specified beyond their programs, and the real
 * files contain typos (a 7-digit date, a code "075A").  The rule here is
 * that every line either becomes entries or is reported with path:line
 * and a reason; nothing is skipped silently.  While converting, each
 * entry is also echoed in dyad's syntax (dy_lexicon_echo_*).
 */
#include <string.h>

#include "lexicon/lexicon_int.h"

struct fr_state {
    struct dyad_lexicon_builder *b;
    const char *path;
    enum dyad_dict_format fmt;
    char where[DY_LEXICON_WHERE_MAX];
    int produced;
    /* actors */
    uint32_t actor;          /* current actor or DY_LEX_NONE */
    char actor_where[300];
    struct dy_buf echo_names, echo_roles;
    int wordclass;           /* inside <NOUN>/<ADJECTIVE>/<TIME> */
    int stems;               /* TABARI actors: a word without '_' after it is a stem */
    /* agents */
    struct {
        char name[32];
        char *alts[64];
        size_t nalts;
        char *store;
    } subst[32];
    size_t nsubst;
    char agent_code[DYAD_LEX_CODE_MAX];
    int agent_before;
    /* verbs */
    uint32_t group;          /* current verb block, DY_LEX_NONE */
    char verb_rest[256];     /* TABARI "CALLED_ON": "ON", the words after the head */
    uint32_t synset;         /* open synonym set, DY_LEX_NONE */
    int in_synsets, in_time;
    /* issues */
    int in_issue;
};

static char *fr_trim(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = '\0';
    return s;
}

static int fr_bad(struct fr_state *st, const char *fmt, const char *arg)
{
    return dy_lexicon_report(st->b, st->where, DYAD_EDICT, 0, fmt, arg);
}

/* Cuts a trailing comment: '#' (PETRARCH) and, for TABARI files, ';'.
 * Neither counts inside "[...]", where TABARI writes the discard code
 * "[###]". */
static void fr_cut_comment(struct fr_state *st, char *s, int semicolon)
{
    char *p;
    int depth = 0;

    (void)st;
    for (p = s; *p; p++) {
        if (*p == '[')
            depth++;
        else if (*p == ']' && depth > 0)
            depth--;
        if (depth == 0 && (*p == '#' || (semicolon && *p == ';'))) {
            *p = '\0';
            return;
        }
        if (p[0] == '<' && p[1] == '!' && p[2] == '-' && p[3] == '-') {
            *p = '\0';
            return;
        }
    }
}

/* Copies a TABARI/PETRARCH phrase into dyad spelling: '_' -> ' ',
 * trailing '_' dropped, runs of blanks squeezed, case kept. */
static void fr_phrase(const char *src, char *dst, size_t cap)
{
    size_t n = 0;
    int blank = 1;

    for (; *src && n + 1 < cap; src++) {
        /* (a '_' after '~' or '=' stays: TABARI's "REAL~_PLEASANT" connector) */
        char c = (*src == '_' && !(n > 0 && (dst[n - 1] == '~' || dst[n - 1] == '='))) ||
                         *src == '\t'
                     ? ' '
                     : *src;

        if (c == ' ') {
            if (!blank)
                dst[n++] = ' ';
            blank = 1;
            continue;
        }
        blank = 0;
        dst[n++] = c;
    }
    while (n > 0 && dst[n - 1] == ' ')
        n--;
    dst[n] = '\0';
}

/* As fr_phrase, for a TABARI name: every word not followed by '_' is a
 * stem and gets a '*' ("AL_GORE" -> "AL GORE*", "ESTONIA_" -> "ESTONIA").
 * With gaps, two words separated by a blank rather than '_' get dyad's
 * gap mark between them ("PRINCE DOL_AMROTH" -> "PRINCE* ~ DOL AMROTH*"):
 * as in TABARI patterns, other words may come between them. */
static void fr_stem_phrase(const char *src, char *dst, size_t cap, int gaps)
{
    size_t n = 0;

    while (*src && n + 4 < cap) {
        const char *w;
        int blank = 0;

        while (*src == ' ' || *src == '\t' || *src == '_') {
            if (*src == '_')
                blank = -1;
            else if (blank == 0)
                blank = 1;
            src++;
        }
        if (!*src)
            break;
        if (n && gaps && blank == 1) {
            dst[n++] = ' ';
            dst[n++] = '~';
        }
        if (n)
            dst[n++] = ' ';
        w = src;
        while (*src && *src != ' ' && *src != '\t' && *src != '_' && n + 2 < cap)
            dst[n++] = *src++;
        /* (not a set named in a member; "MOUSE=": TABARI's whole word) */
        if (*src != '_' && src > w && *w != '&' && src[-1] != '=')
            dst[n++] = '*';
    }
    dst[n] = '\0';
}

/* TABARI actor files comment with ';' after the codes ("ARNOR [ARN] ;pas")
 * or carry <NOUN>/<ADJECTIVE> lists; PETRARCH's never do.  TABARI matches
 * names by stems, PETRARCH by whole words. */
static int fr_tabari_actors(const char *text, size_t len)
{
    const char *p = text, *end = text + len;

    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;

        if (*p != '#') {
            for (const char *q = p; q < e; q++) {
                if (*q == '<' && (size_t)(e - q) >= 6 &&
                    (memcmp(q, "<NOUN>", 6) == 0 || memcmp(q, "<ADJEC", 6) == 0))
                    return 1;
                if (*q == ']') {
                    const char *r = q + 1;
                    while (r < e && (*r == ' ' || *r == '\t'))
                        r++;
                    if (r < e && *r == ';')
                        return 1;
                }
            }
        }
        p = e + 1;
    }
    return 0;
}

/* ---- date-restricted codes ------------------------------------------------- */

/* Parses the inside of one bracket: "RUSGOV >20040309", "AFGELI
 * 320101-331108", "HOB < 950601", " ~OPP".  Codes with '~' are agents:
 * *agent_pos gets 1 for "~GOV" (after the actor), 2 for "NGO~". */
static int fr_bracket(struct fr_state *st, char *in, char *code, size_t cap,
                      int32_t *from, int32_t *to, int *agent_pos)
{
    char *p = fr_trim(in), *c0, dates[64];
    size_t n = 0;

    *from = *to = 0;
    if (agent_pos)
        *agent_pos = 0;
    c0 = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '<' && *p != '>')
        p++;
    if ((size_t)(p - c0) >= cap)
        return fr_bad(st, "code too long in '[%s]'", in);
    memcpy(code, c0, (size_t)(p - c0));
    code[p - c0] = '\0';
    /* The ethnic and religious group files write codes in lower case;
     * codes are case-insensitive in the field's formats. */
    for (n = 0; code[n]; n++)
        if (code[n] >= 'a' && code[n] <= 'z')
            code[n] = (char)(code[n] - 'a' + 'A');
    n = 0;
    if (agent_pos && code[0] == '~') {
        memmove(code, code + 1, strlen(code));
        *agent_pos = 1;
    } else if (agent_pos && code[0] && code[strlen(code) - 1] == '~') {
        code[strlen(code) - 1] = '\0';
        *agent_pos = 2;
    }
    if (!*code)
        return fr_bad(st, "empty code in '[%s]'", in);
    for (; *p && n + 1 < sizeof(dates); p++)
        if (*p != ' ' && *p != '\t')
            dates[n++] = *p;
    dates[n] = '\0';
    if (n == 0)
        return DYAD_OK;
    if (dates[0] == '>') {
        if (dy_lexicon_parse_date(dates + 1, n - 1, from))
            return fr_bad(st, "bad date in '>%s'", dates + 1);
    } else if (dates[0] == '<') {
        if (dy_lexicon_parse_date(dates + 1, n - 1, to))
            return fr_bad(st, "bad date in '<%s'", dates + 1);
    } else {
        char *dash = strchr(dates, '-');

        if (!dash)
            return fr_bad(st, "bad date restriction '%s'", dates);
        if (dy_lexicon_parse_date(dates, (size_t)(dash - dates), from) ||
            dy_lexicon_parse_date(dash + 1, strlen(dash + 1), to))
            return fr_bad(st, "bad date range '%s'", dates);
    }
    return DYAD_OK;
}

static void fr_echo_date(struct dy_buf *o, const char *kw, int32_t d)
{
    dy_buf_printf(o, " %s %04d-%02d-%02d", kw, (int)(d / 10000),
                  (int)(d / 100 % 100), (int)(d % 100));
}

/* ---- actors ------------------------------------------------------------------- */

static void fr_actor_flush(struct fr_state *st)
{
    if (st->actor == DY_LEX_NONE)
        return;
    if (st->b->c.actors[st->actor].nroles == 0)
        dy_lexicon_report(st->b, st->actor_where, DYAD_EDICT, 1,
                          "actor '%s' has no code: it is known but codes nothing",
                          st->b->c.actors[st->actor].name);
    if (st->b->echo && st->echo_names.len) {
        dy_lexicon_echo_section(st->b, "actors");
        dy_lexicon_echo_line(st->b, "%s : %s", st->echo_names.data,
                             st->echo_roles.len ? st->echo_roles.data : "---");
    }
    dy_buf_clear(&st->echo_names);
    dy_buf_clear(&st->echo_roles);
    st->actor = DY_LEX_NONE;
}

static int fr_actor_role(struct fr_state *st, char *inside)
{
    char code[DYAD_LEX_CODE_MAX], *part, *slash;
    int32_t from, to;
    size_t rep0 = st->b->nrejected;
    int rc;

    rc = fr_bracket(st, inside, code, sizeof(code), &from, &to, NULL);
    if (rc || st->b->nrejected != rep0)
        return rc;
    /* TABARI "coded compound actors": [GME/GMW] is both codes. */
    for (part = code; part; part = slash) {
        slash = strchr(part, '/');
        if (slash)
            *slash++ = '\0';
        rc = dy_lexicon_add_role(st->b, st->where, st->actor, part, from, to, NULL);
        if (rc || st->b->nrejected != rep0)
            return rc;
        if (part != code)
            st->b->c.roles[st->b->c.nroles - 1].joint = 1;
        if (slash)
            slash[-1] = '/';
    }
    if (st->b->echo) {
        if (st->echo_roles.len)
            dy_buf_puts(&st->echo_roles, "; ");
        dy_buf_puts(&st->echo_roles, code);
        if (from)
            fr_echo_date(&st->echo_roles, "from", from);
        if (to)
            fr_echo_date(&st->echo_roles, "to", to);
    }
    st->produced = 1;
    return DYAD_OK;
}

/* Every "[...]" group in s becomes a role of the current actor. */
static int fr_actor_brackets(struct fr_state *st, char *s)
{
    while ((s = strchr(s, '[')) != NULL) {
        char *close = strchr(s, ']');
        int rc;

        if (!close)
            return fr_bad(st, "unclosed '[' in '%s'", s);
        *close = '\0';
        rc = fr_actor_role(st, s + 1);
        if (rc)
            return rc;
        s = close + 1;
    }
    return DYAD_OK;
}

static int fr_actor_name(struct fr_state *st, const char *raw, int alias)
{
    char name[1024];
    int rc;

    fr_phrase(raw, name, sizeof(name));
    if (!*name)
        return fr_bad(st, "empty actor name%s", "");
    if (!alias) {
        rc = dy_lexicon_add_actor(st->b, st->where, DY_AK_ACTOR, name, &st->actor);
        if (rc)
            return rc;
        dy_snprintf(st->actor_where, sizeof(st->actor_where), "%s", st->where);
    }
    if (st->stems) {
        char stem[1024];

        fr_stem_phrase(raw, stem, sizeof(stem), 1);
        rc = dy_lexicon_add_name(st->b, st->where, DYAD_LEX_ACTOR, st->actor, stem);
    } else {
        rc = dy_lexicon_add_name(st->b, st->where, DYAD_LEX_ACTOR, st->actor, name);
    }
    if (rc)
        return rc;
    if (st->b->echo) {
        if (st->echo_names.len)
            dy_buf_puts(&st->echo_names, " | ");
        dy_buf_puts(&st->echo_names, name);
    }
    st->produced = 1;
    return DYAD_OK;
}

static int fr_actors_line(struct fr_state *st, char *raw)
{
    char *s, *br;
    int indented = raw[0] == ' ' || raw[0] == '\t';

    if (raw[0] == '#' || raw[0] == '/')
        return DYAD_OK;
    fr_cut_comment(st, raw, 1);
    s = fr_trim(raw);
    if (!*s)
        return DYAD_OK;
    if (s[0] == '<') {
        if (strcmp(s, "<NOUN>") == 0 || strcmp(s, "<ADJECTIVE>") == 0) {
            fr_actor_flush(st);
            st->wordclass = 1;
            return DYAD_OK;
        }
        if (strcmp(s, "</NOUN>") == 0 || strcmp(s, "</ADJECTIVE>") == 0) {
            st->wordclass = 0;
            return DYAD_OK;
        }
        return fr_bad(st, "unknown block '%s'", s);
    }
    if (st->wordclass) {
        /* TABARI's noun/adjective lists help its parser, not coding. */
        st->b->cur->words++;
        st->produced = 1;
        return DYAD_OK;
    }
    if (s[0] == '[') {
        if (st->actor == DY_LEX_NONE)
            return fr_bad(st, "date restriction '%s' without an actor", s);
        return fr_actor_brackets(st, s);
    }
    if (s[0] == '+') {
        if (st->actor == DY_LEX_NONE)
            return fr_bad(st, "alias '%s' without an actor", s + 1);
        br = strchr(s, '[');
        if (br) {
            int rc;

            *br = '\0';
            rc = fr_actor_name(st, s + 1, 1);
            *br = '[';
            if (rc)
                return rc;
            return fr_actor_brackets(st, br);
        }
        return fr_actor_name(st, s + 1, 1);
    }
    if (indented)
        return fr_bad(st, "indented line is neither '+alias' nor '[code]': '%s'", s);
    fr_actor_flush(st);
    br = strchr(s, '[');
    if (br) {
        int rc;

        *br = '\0';
        rc = fr_actor_name(st, s, 0);
        *br = '[';
        if (rc || st->actor == DY_LEX_NONE)
            return rc;
        return fr_actor_brackets(st, br);
    }
    return fr_actor_name(st, s, 0);
}

/* ---- agents ---------------------------------------------------------------------- */

static int fr_subst_def(struct fr_state *st, char *s)
{
    char *eq = strchr(s, '='), *name = s, *list, *p;
    size_t k;

    if (!eq)
        return fr_bad(st, "substitution without '=': '%s'", s);
    *eq = '\0';
    name = fr_trim(name);
    if (st->nsubst == DY_ARRAY_LEN(st->subst))
        return fr_bad(st, "too many !SUBSTITUTIONS! (max 32)%s", "");
    if (strlen(name) >= sizeof(st->subst[0].name))
        return fr_bad(st, "substitution name too long: '%s'", name);
    k = st->nsubst;
    list = dy_strdup(fr_trim(eq + 1));
    if (!list)
        return DYAD_ENOMEM;
    dy_snprintf(st->subst[k].name, sizeof(st->subst[k].name), "%s", name);
    st->subst[k].store = list;
    st->subst[k].nalts = 0;
    p = list;
    while (p && *p) {
        char *comma = strchr(p, ',');

        if (comma)
            *comma = '\0';
        p = fr_trim(p);
        if (*p && st->subst[k].nalts < DY_ARRAY_LEN(st->subst[k].alts))
            st->subst[k].alts[st->subst[k].nalts++] = p;
        p = comma ? comma + 1 : NULL;
    }
    if (st->subst[k].nalts == 0) {
        dy_free(list);
        return fr_bad(st, "substitution '%s' has no words", name);
    }
    st->nsubst++;
    st->b->cur->words++;
    st->produced = 1;
    return DYAD_OK;
}

static int fr_agent_add(struct fr_state *st, const char *phrase, int depth)
{
    const char *bang = strchr(phrase, '!');
    char name[1024];

    if (bang && depth < 4) {
        const char *end = strchr(bang + 1, '!');
        size_t k;

        if (!end)
            return fr_bad(st, "unclosed '!' in '%s'", phrase);
        for (k = 0; k < st->nsubst; k++) {
            size_t nl = strlen(st->subst[k].name);

            if ((size_t)(end - bang + 1) == nl &&
                strncmp(bang, st->subst[k].name, nl) == 0) {
                size_t a;

                for (a = 0; a < st->subst[k].nalts; a++) {
                    char buf[1024];
                    int rc;

                    dy_snprintf(buf, sizeof(buf), "%.*s%s%s", (int)(bang - phrase),
                                phrase, st->subst[k].alts[a], end + 1);
                    rc = fr_agent_add(st, buf, depth + 1);
                    if (rc)
                        return rc;
                }
                return DYAD_OK;
            }
        }
        return fr_bad(st, "unknown substitution in '%s'", phrase);
    }
    fr_phrase(phrase, name, sizeof(name));
    if (!*name)
        return fr_bad(st, "empty agent phrase%s", "");
    if (st->b->echo) {
        dy_lexicon_echo_section(st->b, "agents");
        dy_lexicon_echo_line(st->b, "%s : %s", name, st->agent_code);
    }
    st->produced = 1;
    return dy_lexicon_add_agent(st->b, st->where, name, st->agent_code,
                                st->agent_before);
}

static int fr_agents_line(struct fr_state *st, char *raw)
{
    char *s, *br, *close;
    int32_t from, to;
    int pos, rc;

    if (raw[0] == '#')
        return DYAD_OK;
    fr_cut_comment(st, raw, 1);
    s = fr_trim(raw);
    if (!*s)
        return DYAD_OK;
    if (s[0] == '!' && strchr(s, '=')) {
        char *bang2 = strchr(s + 1, '!');

        if (bang2 && bang2 < strchr(s, '='))
            return fr_subst_def(st, s);
    }
    if (s[0] == '+') {
        if (!st->agent_code[0])
            return fr_bad(st, "alias '%s' without an agent", s + 1);
        return fr_agent_add(st, s + 1, 0);
    }
    br = strchr(s, '[');
    if (!br)
        return fr_bad(st, "agent '%s' has no [code]", s);
    close = strchr(br, ']');
    if (!close)
        return fr_bad(st, "unclosed '[' in '%s'", s);
    *close = '\0';
    *br = '\0';
    {
        size_t rep0 = st->b->nrejected;

        rc = fr_bracket(st, br + 1, st->agent_code, sizeof(st->agent_code), &from,
                        &to, &pos);
        if (rc || st->b->nrejected != rep0) {
            st->agent_code[0] = '\0';
            return rc;
        }
    }
    if (pos == 0) {
        st->agent_code[0] = '\0';
        return fr_bad(st, "agent code needs '~' ('[~GOV]' or '[NGO~]'): '%s'", br + 1);
    }
    st->agent_before = pos == 2;
    return fr_agent_add(st, s, 0);
}

/* ---- verbs ------------------------------------------------------------------------- */

/* "[CODE]" at the end of s: cuts it off and copies the code. */
static int fr_take_code(struct fr_state *st, char *s, char *code, size_t cap,
                        int *has)
{
    char *br = strrchr(s, '['), *close;

    *has = 0;
    if (!br)
        return DYAD_OK;
    close = strchr(br, ']');
    if (!close)
        return fr_bad(st, "unclosed '[' in '%s'", s);
    *close = '\0';
    {
        char *c = fr_trim(br + 1);

        size_t cl;

        if (strlen(c) >= cap)
            return fr_bad(st, "code too long: '%s'", c);
        dy_snprintf(code, cap, "%s", c);
        /* TABARI's "dominant" codes end in '!'; dyad has no dominance,
         * so the mark is dropped. */
        cl = strlen(code);
        if (cl > 1 && code[cl - 1] == '!')
            code[cl - 1] = '\0';
    }
    *br = '\0';
    *has = 1;
    return DYAD_OK;
}

static int fr_synset_line(struct fr_state *st, char *s)
{
    char name[256];

    if (s[0] == '&') {
        if (strchr(s, ' ') || strchr(s, '\t') || !s[1])
            return fr_bad(st, "bad synonym-set name '%s'", s);
        if (st->b->echo) {
            dy_lexicon_echo_section(st->b, "synsets");
        }
        st->produced = 1;
        return dy_lexicon_add_synset(st->b, st->where, s + 1, &st->synset);
    }
    /* s[0] == '+' */
    if (st->fmt == DYAD_DICT_VERBS_TABARI) {
        /* TABARI: a member's word not followed by '_' is a stem ("+YUM
         * YENNYEN" matches "yum yennyener"), as in names and verbs, and
         * other words may come between it and the next ("+AUSTRIAN
         * FLORIN" matches "austrian gold florin") */
        char stem[256];

        fr_stem_phrase(s + 1, stem, sizeof(stem), 1);
        if (st->b->echo)
            dy_lexicon_echo_line(st->b, "&%s : %s", st->b->c.synsets[st->synset].name, stem);
        st->produced = 1;
        return dy_lexicon_add_member(st->b, st->where, st->synset, stem);
    }
    fr_phrase(s + 1, name, sizeof(name));
    if (st->b->echo)
        dy_lexicon_echo_line(st->b, "&%s : %s",
                             st->b->c.synsets[st->synset].name, name);
    st->produced = 1;
    return dy_lexicon_add_member(st->b, st->where, st->synset, s + 1);
}

/* Copies a pattern into dyad syntax: "(", ")" and "{", "}" (PETRARCH-2
 * phrase marks) dropped unless they enclose TABARI "|" alternatives. */
static void fr_pattern_text(const char *src, char *dst, size_t cap)
{
    char tmp[2048];
    size_t n = 0;
    int alt = strchr(src, '|') != NULL;

    for (; *src && n + 2 < sizeof(tmp); src++) {
        char c = *src;

        if (c == '(' || c == ')' || (!alt && (c == '{' || c == '}'))) {
            tmp[n++] = ' ';
            continue;
        }
        if (c == '*' && n > 0 && tmp[n - 1] != ' ' && tmp[n - 1] != '_')
            tmp[n++] = ' ';
        tmp[n++] = c;
        if (c == '*' && src[1] && src[1] != ' ' && src[1] != '_')
            tmp[n++] = ' ';
    }
    tmp[n] = '\0';
    fr_phrase(tmp, dst, cap);
}

/* TABARI: a pattern word not followed by '_' is a stem ("- SAID * SUSPEND
 * CONTRIBUT" matches "contributions"; manual 5.5): it gets the '~' of
 * dyad's pattern syntax.  A word or a "{ | }" group joined to the next
 * element by '_' ("APPLY_{ GENEVA | INTERNATIONAL }_CONVENTIONS") gets
 * '=': that element must come right after it.  Words in "{ | }"
 * alternatives, set names and slots stay as they are. */
static void fr_pattern_stems(const char *src, char *dst, size_t cap)
{
    size_t n = 0;
    int braces = 0;

    while (*src && n + 2 < cap) {
        char c = *src++;

        if (braces && (c == ' ' || c == '\t') && n > 0 && dst[n - 1] != ' ' &&
            dst[n - 1] != '{' && dst[n - 1] != '|') {
            /* "{ LOUDLY INCLUDED | ... }": a blank between two words of an
             * alternative lets words come between them, as in TABARI's
             * names ("loudly boldly included"); "~" is dyad's gap */
            const char *q = src;
            while (*q == ' ' || *q == '\t')
                q++;
            if (*q && *q != '|' && *q != '}' && n + 4 < cap) {
                dst[n++] = ' ';
                dst[n++] = '~';
                dst[n++] = ' ';
                src = q;
                continue;
            }
        }
        dst[n++] = c;
        if (c == '{')
            braces++;
        else if (c == '}' && braces > 0 && --braces == 0 && *src == '_' && src[1] &&
                 src[1] != ' ' && src[1] != '\t' && n + 2 < cap)
            dst[n++] = '=';   /* "}_WORD": the alternatives, the word right after */
        if (!braces && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z' )) && *src == '_' &&
            src[1] && src[1] != ' ' && src[1] != '\t' && n + 2 < cap) {
            size_t w = n;

            while (w > 0 && dst[w - 1] != ' ' && dst[w - 1] != '\t' && dst[w - 1] != '_')
                w--;
            if (dst[w] != '&' && (w == 0 || dst[w - 1] != '&'))
                dst[n++] = '=';   /* whole word, the next element right after it */
        }
        if (!braces && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) &&
            (*src == ' ' || *src == '\t' || *src == '\0')) {
            /* the end of a word: a stem unless it is a set name */
            size_t w = n;

            while (w > 0 && dst[w - 1] != ' ' && dst[w - 1] != '\t' && dst[w - 1] != '_')
                w--;
            if (dst[w] != '&' && (w == 0 || dst[w - 1] != '&') && n + 2 < cap)
                dst[n++] = '~';
        }
    }
    dst[n] = '\0';
}

static int fr_verb_pattern(struct fr_state *st, char *s)
{
    char code[64], text[2048];
    int has, rc;
    size_t rep0 = st->b->nrejected;

    if (st->group == DY_LEX_NONE)
        return fr_bad(st, "pattern before any verb: '%s'", s);
    rc = fr_take_code(st, s, code, sizeof(code), &has);
    if (rc || st->b->nrejected != rep0)
        return rc;
    if (!has)
        return fr_bad(st, "pattern without [code]: '%s'", s);
    if (st->fmt == DYAD_DICT_VERBS_TABARI) {
        char stems[2048];

        fr_pattern_stems(s + 1, stems, sizeof(stems));
        fr_pattern_text(stems, text, sizeof(text));
    } else {
        fr_pattern_text(s + 1, text, sizeof(text));
    }
    if (!strchr(text, '*') && st->fmt != DYAD_DICT_VERBS_PETR2)
        return fr_bad(st, "pattern without '*' for the verb: '%s'", s);
    if (st->verb_rest[0] && strchr(text, '*')) {
        /* under "CALLED_ON", "- $ *" means "$ called on": the verb's own
         * words follow the '*' */
        char tmp[2048], *star = strchr(text, '*');

        dy_snprintf(tmp, sizeof(tmp), "%.*s* %s%s", (int)(star - text), text, st->verb_rest,
                    star + 1);
        dy_snprintf(text, sizeof(text), "%s", tmp);
    }
    rc = dy_lexicon_add_pattern(st->b, st->where, st->group, text, code);
    if (rc || st->b->nrejected != rep0)
        return rc;
    if (st->b->echo) {
        const struct dy_lexicon_core *c = &st->b->c;
        char *star = strchr(text, '*');
        size_t h, nheads = 0;

        dy_lexicon_echo_section(st->b, "verbs");
        /* A PETRARCH block's patterns apply to every verb of the block,
         * but dyad's format hangs patterns off one head lemma: repeat
         * the pattern for each verb listed in the block so far (the
         * verbs come before the patterns in the field's files).  dyad
         * puts the verb first; words before '*' stay before it. */
        for (h = 0; h < c->nheads; h++) {
            const char *g;

            if (c->heads[h].group != st->group)
                continue;
            g = c->toks.strs[c->heads[h].tok];
            nheads++;
            if (star && star == text)
                dy_lexicon_echo_line(st->b, "%s%s : %s", g, star + 1, code);
            else
                dy_lexicon_echo_line(st->b, "%s %s : %s", g, text, code);
        }
        if (nheads == 0)
            dy_lexicon_echo_line(st->b, "%s %s : %s", c->groups[st->group].name, text, code);
    }
    st->produced = 1;
    return DYAD_OK;
}

/* One headword of the current group: "break", or "break down" (head
 * "break" and a pattern "down" that must follow it).  code (NULL = the
 * group's) is the head's own code; prefix marks a TABARI stem. */
static int fr_verb_head(struct fr_state *st, char *word, const char *code, int prefix,
                        int head_only)
{
    size_t rep0 = st->b->nrejected;
    const char *gc = st->b->c.groups[st->group].code;
    char *p = strchr(word, ' ');
    int rc;

    if (p) {
        /* "CLEAR_UP", "BE GUEST_OF_HONOUR IN": the head is the first word
         * and the rest a pattern that must follow it. */
        char pat[512];

        *p = '\0';
        rc = dy_lexicon_add_head(st->b, st->where, st->group, word, NULL, 0);
        if (rc || st->b->nrejected != rep0 || head_only)
            return rc;
        dy_snprintf(pat, sizeof(pat), "%s", p + 1);
        rc = dy_lexicon_add_pattern(st->b, st->where, st->group, pat, code ? code : gc);
        if (st->b->echo && st->b->nrejected == rep0) {
            dy_lexicon_echo_section(st->b, "verbs");
            dy_lexicon_echo_line(st->b, "%s %s : %s", word, pat,
                                 code ? code : gc ? gc : "---");
        }
        return rc;
    }
    rc = dy_lexicon_add_head(st->b, st->where, st->group, word, code, prefix);
    if (st->b->echo && st->b->nrejected == rep0) {
        const char *c = code ? code : gc;

        dy_lexicon_echo_section(st->b, "verbs");
        dy_lexicon_echo_line(st->b, "%s : %s%s", word, c ? c : "---",
                             prefix ? "   # TABARI stem" : "");
    }
    return rc;
}

/* TABARI: a word without a final '_' (and not a phrase) is a stem. */
static int fr_is_stem(const struct fr_state *st, const char *s)
{
    size_t n = strlen(s);

    return st->fmt == DYAD_DICT_VERBS_TABARI && n && s[n - 1] != '_' && s[n - 1] != '=' &&
           !strchr(s, ' ') && !strchr(s, '_');
}

/* The forms of a braces list ("BROKE BROKEN", "+BROKEN_DOWN", commas
 * allowed) as heads of the current group.  `word` is the headword
 * phrase: a form equal to it is not added twice, and a multi-word form
 * with the same words after its first ("broken down" of "break down")
 * adds only its first word as a head: the pattern is the headword's. */
static int fr_verb_forms(struct fr_state *st, char *forms, const char *code, const char *word)
{
    const char *rest = word ? strchr(word, ' ') : NULL;
    size_t rep0 = st->b->nrejected;
    int rc = DYAD_OK;

    while (rc == DYAD_OK && st->b->nrejected == rep0 && *forms) {
        char form[512], *f;
        const char *frest;
        size_t n;

        forms += strspn(forms, " \t,");
        n = strcspn(forms, " \t,");
        if (!n)
            break;
        f = forms;
        forms += n;
        if (*forms)
            *forms++ = '\0';
        if (*f == '+')
            f++;
        fr_phrase(f, form, sizeof(form));
        if (!form[0] || (word && strcmp(form, word) == 0))
            continue;
        frest = strchr(form, ' ');
        rc = fr_verb_head(st, form, code, fr_is_stem(st, f),
                          rest && frest && strcmp(rest, frest) == 0);
    }
    return rc;
}

/* A verb (headword) line: "WORD {FORMS} [CODE]" or "+MULTI_WORD".  The
 * forms in braces ("BREAK { BROKE BROKEN }", "ACT_ { ACTING_ ACTXD_ }",
 * "+BREAK_DOWN { +BROKE_DOWN }") are heads of the same verb: a text's
 * word that its lemma does not reduce to the headword ("broken" tagged
 * as an adjective, a misspelling the dictionary lists) still finds the
 * verb's patterns. */
static int fr_verb_word(struct fr_state *st, char *s, int new_group)
{
    char code[64], word[512], phrase[512], *brace, *forms = NULL, *p;
    int has, rc;
    const char *head_code;
    size_t rep0 = st->b->nrejected;

    rc = fr_take_code(st, s, code, sizeof(code), &has);
    if (rc || st->b->nrejected != rep0)
        return rc;
    brace = strchr(s, '{');
    if (brace) {
        char *close = strchr(brace, '}');
        if (!close)
            return fr_bad(st, "unclosed '{' in '%s'", s);
        *brace = '\0';
        *close = '\0';
        forms = brace + 1;
    }
    s = fr_trim(s);
    if (*s == '+')
        s++;
    if (!*s)
        return fr_bad(st, "empty verb%s", "");
    fr_phrase(s, word, sizeof(word));
    if (new_group) {
        /* A TABARI multi-word verb ("CALLED_ON [094]") codes only with
         * its words: no default for the bare head, and its patterns get
         * the words after their '*' (fr_verb_pattern). */
        p = strchr(word, ' ');
        dy_snprintf(st->verb_rest, sizeof(st->verb_rest), "%s", p ? p + 1 : "");
        rc = dy_lexicon_add_group(st->b, st->where, word, has && !p ? code : NULL,
                                  &st->group);
        if (rc || st->b->nrejected != rep0)
            return rc;
    }
    /* A multi-word head's pattern takes the line's code, else the
     * group's; a single word's own code only when it is no new group. */
    head_code = has && (!new_group || strchr(word, ' ')) ? code : NULL;
    dy_snprintf(phrase, sizeof(phrase), "%s", word);
    rc = fr_verb_head(st, word, head_code, fr_is_stem(st, s), 0);
    if (rc == DYAD_OK && st->b->nrejected == rep0 && forms)
        rc = fr_verb_forms(st, forms, head_code, phrase);
    if (rc == DYAD_OK && st->b->nrejected == rep0)
        st->produced = 1;
    return rc;
}

static int fr_verbs_line(struct fr_state *st, char *raw)
{
    char *s;
    int tabari = st->fmt == DYAD_DICT_VERBS_TABARI;

    if (raw[0] == '#' || (tabari && raw[0] == '/'))
        return DYAD_OK;
    s = fr_trim(raw);
    if (strncmp(s, "<!--", 4) == 0)
        return DYAD_OK;
    if (s[0] == '~') {
        /* PETRARCH-2 transformations rewrite coded events; dyad's coder
         * handles these cases itself, so they are counted, not stored. */
        st->b->cur->transforms++;
        if (st->b->echo)
            dy_lexicon_echo_line(st->b, "# transformation not converted: %s", s);
        st->produced = 1;
        return DYAD_OK;
    }
    if (strncmp(s, "---", 3) == 0 && s[3] == ' ') {
        /* "--- NAME [CODE] ---" starts a PETRARCH verb block. */
        char *end = strstr(s + 3, "---"), *inner;

        if (tabari)
            return fr_bad(st, "PETRARCH block header in a TABARI file: '%s'", s);
        fr_cut_comment(st, s, 0);
        end = strstr(s + 3, "---");
        if (end && end > s + 3 && strchr(s + 3, ']') && end > strchr(s + 3, ']'))
            *end = '\0';
        else if ((inner = strrchr(s, ']')) != NULL)
            inner[1] = '\0';
        else if (!end && !strchr(s + 3, '['))
            ;   /* "--- DEFEND": a block without a default code */
        else
            return fr_bad(st, "bad block header '%s'", s);
        st->synset = DY_LEX_NONE;
        {
            char code[64], name[256];
            int has, rc;
            size_t rep0 = st->b->nrejected;

            rc = fr_take_code(st, s + 3, code, sizeof(code), &has);
            if (rc || st->b->nrejected != rep0)
                return rc;
            fr_phrase(fr_trim(s + 3), name, sizeof(name));
            rc = dy_lexicon_add_group(st->b, st->where, name,
                                      has && strcmp(code, "---") != 0 ? code : NULL,
                                      &st->group);
            if (rc == DYAD_OK && st->b->nrejected == rep0) {
                st->produced = 1;
                if (st->b->echo)
                    dy_lexicon_echo_line(st->b, "\n# block %s [%s]", name,
                                         has ? code : "---");
            }
            return rc;
        }
    }
    fr_cut_comment(st, s, tabari);
    s = fr_trim(s);
    if (!*s) {
        st->synset = DY_LEX_NONE;
        return DYAD_OK;
    }
    if (tabari && s[0] == '<') {
        if (strcmp(s, "<SYNSETS>") == 0)
            st->in_synsets = 1;
        else if (strcmp(s, "</SYNSETS>") == 0)
            st->in_synsets = 0;
        else if (strcmp(s, "<TIME>") == 0)
            st->in_time = 1;
        else if (strcmp(s, "</TIME>") == 0)
            st->in_time = 0;
        else
            return fr_bad(st, "unknown block '%s'", s);
        st->synset = DY_LEX_NONE;
        return DYAD_OK;
    }
    if (st->in_time) {
        /* TABARI time shifts ("LAST_WEEK [-7]") move event dates; dyad
         * dates events itself, so these are counted only. */
        if (s[0] == '-' || strchr(s, '[')) {
            st->b->cur->words++;
            st->produced = 1;
            return DYAD_OK;
        }
        return fr_bad(st, "time phrase without [shift]: '%s'", s);
    }
    if (s[0] == '&') {
        if (!tabari || st->in_synsets || st->group == DY_LEX_NONE)
            return fr_synset_line(st, s);
        return fr_bad(st, "synonym set outside <SYNSETS>: '%s'", s);
    }
    if (s[0] == '+' && st->synset != DY_LEX_NONE)
        return fr_synset_line(st, s);
    if (s[0] == '+' && tabari)
        return fr_bad(st, "'+' line outside a synonym set: '%s'", s);
    if (s[0] == '-')
        return fr_verb_pattern(st, s);
    if (tabari) {
        if (st->in_synsets)
            return fr_bad(st, "line inside <SYNSETS> is neither &SET nor +member: '%s'", s);
        st->synset = DY_LEX_NONE;
        if (s[0] == '{' && st->group != DY_LEX_NONE) {
            /* "ACT_ [100]" then "{ ACTING_ ACTXD_ }": the verb's forms */
            char *close = strchr(s, '}');
            int rc;
            if (!close)
                return fr_bad(st, "unclosed '{' in '%s'", s);
            *close = '\0';
            rc = fr_verb_forms(st, s + 1, NULL, NULL);
            if (rc == DYAD_OK)
                st->produced = 1;
            return rc;
        }
        return fr_verb_word(st, s, 1);
    }
    if (st->group == DY_LEX_NONE)
        return fr_bad(st, "verb before any '--- BLOCK ---' header: '%s'", s);
    st->synset = DY_LEX_NONE;
    return fr_verb_word(st, s, 0);
}

/* ---- discards, issues, word lists --------------------------------------------------- */

static int fr_discards_line(struct fr_state *st, char *raw)
{
    char *s, name[1024];
    int story = 0;

    if (raw[0] == '#')
        return DYAD_OK;
    fr_cut_comment(st, raw, 1);
    s = fr_trim(raw);
    if (!*s)
        return DYAD_OK;
    if (s[0] == '+') {
        story = 1;
        s = fr_trim(s + 1);
    }
    if (strchr(s, '[')) {
        /* TABARI writes discards as "PHRASE [###]". */
        char *br = strchr(s, '[');

        if (!strstr(br, "###"))
            return fr_bad(st, "a discard's code must be [###]: '%s'", s);
        *br = '\0';
    }
    fr_phrase(s, name, sizeof(name));
    if (!*name)
        return fr_bad(st, "empty discard%s", "");
    if (st->b->echo) {
        dy_lexicon_echo_section(st->b, "discards");
        dy_lexicon_echo_line(st->b, "%s : %s", name, story ? "story" : "sentence");
    }
    st->produced = 1;
    return dy_lexicon_add_discard(st->b, st->where, name, story);
}

/* Issue phrases mark nouns "n:" and verbs "v:" and join words with '+';
 * dyad's plural fold covers what the markers expanded to. */
static void fr_issue_phrase(const char *src, char *dst, size_t cap)
{
    char tmp[1024];
    size_t n = 0;

    while (*src && n + 1 < sizeof(tmp)) {
        if ((src[0] == 'n' || src[0] == 'v') && src[1] == ':' &&
            (n == 0 || tmp[n - 1] == ' ' || tmp[n - 1] == '+')) {
            src += 2;
            continue;
        }
        tmp[n++] = *src == '+' ? ' ' : *src;
        src++;
    }
    tmp[n] = '\0';
    fr_phrase(tmp, dst, cap);
}

static int fr_issues_line(struct fr_state *st, char *raw)
{
    char *s, name[1024];

    if (raw[0] == '#')
        return DYAD_OK;
    fr_cut_comment(st, raw, 0);
    s = fr_trim(raw);
    if (!*s)
        return DYAD_OK;
    if (strncmp(s, "<ISSUE ", 7) == 0) {
        if (st->in_issue)
            return fr_bad(st, "<ISSUE> inside <ISSUE>%s", "");
        st->in_issue = 1;
        return DYAD_OK;
    }
    if (strcmp(s, "</ISSUE>") == 0) {
        if (!st->in_issue)
            return fr_bad(st, "</ISSUE> without <ISSUE>%s", "");
        st->in_issue = 0;
        return DYAD_OK;
    }
    if (!st->in_issue)
        return fr_bad(st, "issue phrase outside <ISSUE> block: '%s'", s);
    if (s[0] == '~') {
        /* An exclusion: the phrase must not count as the issue. */
        fr_issue_phrase(s + 1, name, sizeof(name));
        if (!*name)
            return fr_bad(st, "empty exclusion%s", "");
        if (st->b->echo) {
            dy_lexicon_echo_section(st->b, "issues");
            dy_lexicon_echo_line(st->b, "%s : NONE", name);
        }
        st->produced = 1;
        return dy_lexicon_add_issue(st->b, st->where, name, "NONE");
    }
    {
        char *br = strchr(s, '['), *close;

        if (!br)
            return fr_bad(st, "issue phrase without [CODE]: '%s'", s);
        close = strchr(br, ']');
        if (!close)
            return fr_bad(st, "unclosed '[' in '%s'", s);
        *close = '\0';
        *br = '\0';
        fr_issue_phrase(s, name, sizeof(name));
        if (!*name)
            return fr_bad(st, "empty issue phrase%s", "");
        if (st->b->echo) {
            dy_lexicon_echo_section(st->b, "issues");
            dy_lexicon_echo_line(st->b, "%s : %s", name, fr_trim(br + 1));
        }
        st->produced = 1;
        return dy_lexicon_add_issue(st->b, st->where, name, fr_trim(br + 1));
    }
}

static int fr_wordlist_line(struct fr_state *st, char *raw)
{
    char *s = fr_trim(raw);

    if (!*s || s[0] == '#')
        return DYAD_OK;
    if (strchr(s, ' '))
        return fr_bad(st, "one word per line expected: '%s'", s);
    if (st->b->echo)
        dy_lexicon_echo_line(st->b, "# word: %s", s);
    st->b->cur->words++;
    st->produced = 1;
    return DYAD_OK;
}

/* One line of a TABARI/PETRARCH file, by the file's format. */
static int fr_line_cb(void *ctx, char *s, int *produced)
{
    struct fr_state *st = ctx;
    int rc;

    st->produced = 0;
    switch (st->fmt) {
    case DYAD_DICT_ACTORS:
        rc = fr_actors_line(st, s);
        break;
    case DYAD_DICT_AGENTS:
        rc = fr_agents_line(st, s);
        break;
    case DYAD_DICT_DISCARDS:
        rc = fr_discards_line(st, s);
        break;
    case DYAD_DICT_ISSUES:
        rc = fr_issues_line(st, s);
        break;
    case DYAD_DICT_WORDLIST:
        rc = fr_wordlist_line(st, s);
        break;
    default:
        rc = fr_verbs_line(st, s);
        break;
    }
    *produced = st->produced;
    return rc;
}

/* ---- driver ---------------------------------------------------------------------------- */

int dy_lexicon_read_field(struct dyad_lexicon_builder *b, const char *path,
                          const char *text, size_t len,
                          enum dyad_dict_format fmt, struct dyad_error *err)
{
    struct fr_state st;
    size_t k;
    int rc;

    memset(&st, 0, sizeof(st));
    st.b = b;
    st.path = path;
    st.fmt = fmt;
    st.actor = st.group = st.synset = DY_LEX_NONE;
    st.stems = fmt == DYAD_DICT_ACTORS && fr_tabari_actors(text, len);
    dy_buf_init(&st.echo_names, 1 << 20);
    dy_buf_init(&st.echo_roles, 1 << 20);
    rc = dy_lexicon_each_line(b, path, text, len, 1, st.where, fr_line_cb, &st, err);
    if (rc == DYAD_OK && fmt == DYAD_DICT_ACTORS)
        fr_actor_flush(&st);
    for (k = 0; k < st.nsubst; k++)
        dy_free(st.subst[k].store);
    dy_buf_release(&st.echo_names);
    dy_buf_release(&st.echo_roles);
    return rc;
}

/* ---- format sniffing ------------------------------------------------------------------- */

static int fr_has_line(const char *text, size_t len, const char *prefix,
                       size_t maxlines)
{
    size_t pos = 0, nlines = 0, pl = strlen(prefix);

    while (pos < len && nlines < maxlines) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;

        if (n >= pl && memcmp(text + pos, prefix, pl) == 0)
            return 1;
        pos += n + 1;
        nlines++;
    }
    return 0;
}

static int fr_name_has(const char *base, const char *what)
{
    size_t n = strlen(what);

    for (; *base; base++) {
        size_t i;

        for (i = 0; i < n; i++) {
            char c = base[i];

            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != what[i])
                break;
        }
        if (i == n)
            return 1;
    }
    return 0;
}

enum dyad_dict_format dy_lexicon_sniff(const char *path, const char *text,
                                       size_t len)
{
    static const char *const not_dicts[] = {
        ".pdf", ".xml", ".tex", ".ini", ".rng", ".zip", ".options", ".project",
        ".text", ".md", ".gz", ".json"
    };
    const char *base = strrchr(path, '/');
    const char *ext;
    size_t i;

    base = base ? base + 1 : path;
    ext = strrchr(base, '.');
    if (ext && (strcmp(ext, ".dict") == 0 || strcmp(ext, ".dyad") == 0))
        return DYAD_DICT_DYAD;
    if ((len >= 4 && memcmp(text, "PK\003\004", 4) == 0) ||
        (len >= 4 && memcmp(text, "%PDF", 4) == 0) ||
        memchr(text, '\0', len < 4096 ? len : 4096))
        return DYAD_DICT_AUTO;
    for (i = 0; ext && i < DY_ARRAY_LEN(not_dicts); i++)
        if (strcmp(ext, not_dicts[i]) == 0)
            return DYAD_DICT_AUTO;
    if (fr_name_has(base, "verbpatterns"))
        return DYAD_DICT_VERBS_PETR1;
    if (fr_name_has(base, "verbs") || fr_name_has(base, "cameo.2.0")) {
        if (!fr_has_line(text, len, "--- ", 1000000))
            return DYAD_DICT_VERBS_TABARI;
        if (fr_has_line(text, len, "####### VERB PATTERNS", 1000000) ||
            fr_has_line(text, len, "~ ", 1000000) || fr_name_has(base, "2_0") ||
            fr_name_has(base, "2.0"))
            return DYAD_DICT_VERBS_PETR2;
        return DYAD_DICT_VERBS_PETR1;
    }
    if (fr_name_has(base, "actors"))
        return DYAD_DICT_ACTORS;
    if (fr_name_has(base, "agents"))
        return DYAD_DICT_AGENTS;
    if (fr_name_has(base, "discards"))
        return DYAD_DICT_DISCARDS;
    if (fr_name_has(base, "issue"))
        return DYAD_DICT_ISSUES;
    if (fr_name_has(base, "preposition"))
        return DYAD_DICT_WORDLIST;
    /* Content, for files with unhelpful names. */
    for (i = 0; i < 10; i++) {
        static const char *const secs[] = {
            "[actors]", "[countries]", "[people]", "[agents]", "[verbs]",
            "[synsets]", "[discards]", "[issues]", "[cameo]", "[demonyms]"
        };

        if (fr_has_line(text, len, secs[i], 200))
            return DYAD_DICT_DYAD;
    }
    if (fr_has_line(text, len, "<ISSUE ", 200))
        return DYAD_DICT_ISSUES;
    return DYAD_DICT_AUTO;
}
