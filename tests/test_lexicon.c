/*
 * test_lexicon.c - tests of the lexicon module: dyad's dictionary format
 * (every section and syntax element), the date-bounded role logic, verb
 * patterns, diagnostics with path:line, the checks of `dyad dict check`,
 * the readers of the field's formats on small hand-written inputs, every
 * file of ../shared/reference (counts verified with grep/awk, see the
 * comments) and dyad's own dictionaries under data/dict.
 *
 * Expected values were worked out by hand from the inputs, never copied
 * from the program's output.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "dyad.h"
#include "t.h"
#include "t_lex.h"

struct diags {
    int errors, warnings;
    char first_error[320];
    char last_where[320];
    char last_msg[512];
};

static void on_diag(void *ctx, const struct dyad_dict_diag *d)
{
    struct diags *g = ctx;

    if (d->loaded)
        g->warnings++;
    else if (g->errors++ == 0)
        snprintf(g->first_error, sizeof(g->first_error), "%s", d->where);
    snprintf(g->last_where, sizeof(g->last_where), "%s", d->where);
    snprintf(g->last_msg, sizeof(g->last_msg), "%s", d->msg);
}

/* Builds a lexicon from one in-memory text; NULL on failure. */
static struct dyad_lexicon *lex_from(const char *name, const char *text,
                                     enum dyad_dict_format fmt, int check,
                                     struct diags *g, struct dyad_dict_stats *st)
{
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b = NULL;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;

    memset(&o, 0, sizeof(o));
    memset(g, 0, sizeof(*g));
    o.on_diag = on_diag;
    o.ctx = g;
    o.check = check;
    if (dyad_lexicon_builder_new(&o, &b))
        return NULL;
    if (dyad_lexicon_builder_load_text(b, name, text, strlen(text), fmt, st, &err) == DYAD_OK)
        dyad_lexicon_build(b, &lx, &err);
    dyad_lexicon_builder_free(b);
    return lx;
}

/* Builds a lexicon from one in-memory text, every step checked. */
static struct dyad_lexicon *build_lex(const char *name, const char *text,
                                      enum dyad_dict_format fmt)
{
    const struct t_dict d = {name, text, fmt};

    return t_lexicon(&d, 1);
}

/* Splits a sentence at blanks into a static token array. */
static size_t toks(const char *s, const char **out, size_t cap)
{
    static char buf[1024];
    size_t n = 0;
    char *p;

    snprintf(buf, sizeof(buf), "%s", s);
    for (p = strtok(buf, " "); p && n < cap; p = strtok(NULL, " "))
        out[n++] = p;
    return n;
}

/* Code matched at token 0 of `text` ("" when nothing matched). */
static const char *code_of(const struct dyad_lexicon *lx, const char *text,
                           const char *date, size_t *len)
{
    static struct dyad_lex_match m;
    const char *t[64];
    size_t n = toks(text, t, 64);

    dyad_lexicon_match(lx, t, n, 0, date, &m);
    if (len)
        *len = m.len;
    return m.kind == DYAD_LEX_NONE ? "(none)" : m.code;
}

static const char *const actors_text =
    "# countries, demonyms, seats and agents\n"
    "[countries]\n"
    "United States | United States of America | US | USA | America : USA\n"
    "Russia | Russian Federation : RUS\n"
    "[demonyms]\n"
    "American : USA\n"
    "Russian : RUS\n"
    "[seats]\n"
    "Moscow | the Kremlin : RUSGOV\n"
    "Washington | the White House : USAGOV\n"
    "[organisations]\n"
    "United States Congress : USALEG\n"
    "[agents]\n"
    "lawmaker | legislator : LEG\n"
    "foreign minister : GOV\n"
    "[discards]\n"
    "Super Bowl : sentence\n"
    "horoscope : story\n"
    "[issues]\n"
    "nuclear weapon : NUCLEAR\n";

static void test_norm_and_aliases(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = lex_from("a.dict", actors_text, DYAD_DICT_DYAD, 0, &g, &st);
    size_t len;

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    /* "U.S." = "US" = "United States" (dots dropped, case folded). */
    T_EQ_STR(code_of(lx, "U.S. said", NULL, &len), "USA");
    T_EQ_INT(len, 1);
    T_EQ_STR(code_of(lx, "US", NULL, NULL), "USA");
    T_EQ_STR(code_of(lx, "united states", NULL, &len), "USA");
    T_EQ_INT(len, 2);
    /* the pronoun "us" must not be the United States */
    T_EQ_STR(code_of(lx, "us", NULL, NULL), "(none)");
    /* possessive 's */
    T_EQ_STR(code_of(lx, "Russia's", NULL, NULL), "RUS");
    /* longest match: "United States Congress" beats "United States" */
    T_EQ_STR(code_of(lx, "United States Congress voted", NULL, &len), "USALEG");
    T_EQ_INT(len, 3);
    /* capital metonymy */
    T_EQ_STR(code_of(lx, "the Kremlin said", NULL, &len), "RUSGOV");
    T_EQ_INT(len, 2);
    T_EQ_STR(code_of(lx, "Moscow", NULL, NULL), "RUSGOV");
    /* country adjective + agent noun, plural folded: RUS + LEG */
    T_EQ_STR(code_of(lx, "Russian lawmakers", NULL, &len), "RUSLEG");
    T_EQ_INT(len, 2);
    T_EQ_STR(code_of(lx, "American foreign minister", NULL, &len), "USAGOV");
    T_EQ_INT(len, 3);
    /* a seat code is not extended by an agent */
    T_EQ_STR(code_of(lx, "Moscow lawmakers", NULL, &len), "RUSGOV");
    T_EQ_INT(len, 1);
    T_EQ_STR(code_of(lx, "legislators", NULL, NULL), "LEG");
    T_EQ_STR(code_of(lx, "Super Bowl", NULL, NULL), "###");
    T_EQ_STR(code_of(lx, "nuclear weapons", NULL, NULL), "NUCLEAR");
    T_EQ_STR(code_of(lx, "Paris", NULL, NULL), "(none)");
    /* 20 lines: 12 entries, 7 headers, 1 comment */
    T_EQ_INT(st.lines, 20);
    T_EQ_INT(st.loaded, 12);
    T_EQ_INT(st.ignored, 8);      /* 1 comment + 7 section headers */
    T_EQ_INT(st.reported, 0);
    T_EQ_INT(st.actors, 7);
    T_EQ_INT(st.names, 5 + 2 + 1 + 1 + 2 + 2 + 1);
    T_EQ_INT(st.agents, 3);
    T_EQ_INT(st.discards, 2);
    T_EQ_INT(st.issues, 1);
    {
        struct dyad_lex_match m;
        const char *t[4];
        size_t n = toks("horoscope", t, 4);

        dyad_lexicon_match(lx, t, n, 0, NULL, &m);
        T_EQ_INT(m.kind, DYAD_LEX_DISCARD);
        T_CHECK(m.flags & DYAD_LEX_STORY);
        n = toks("the Kremlin", t, 4);
        dyad_lexicon_match(lx, t, n, 0, NULL, &m);
        T_EQ_STR(m.where, "a.dict:9");
        T_EQ_STR(m.actor_kind, "seat");
        T_EQ_STR(m.name, "Moscow");
        T_EQ_STR(m.alias, "the Kremlin");
    }
    dyad_lexicon_free(lx);
}

static void test_roles_by_date(void)
{
    static const char *const text =
        "[people]\n"
        "Sergei Lavrov | Lavrov : RUSGOV from 2004-03-09 (foreign minister); "
        "RUSGOV from 1994-04-12 to 2004-03-09 (UN ambassador)\n"
        "Ann Example : XYZGOV from 2000 to 2005-06 ; XYZELI from 2005-06\n"
        "Bob Former : XYZGOV from 1990-01-01 to 1995-01-01\n"
        "Carl Always : XYZOPP; XYZGOV from 2010-01-01 to 2012-01-01\n"
        "Dana Mixed : XYZGOV from 1990 to 1995 ; XYZOPP from 1995 to 2000\n";
    struct diags g;
    struct dyad_lexicon *lx = lex_from("p.dict", text, DYAD_DICT_DYAD, 0, &g, NULL);
    struct dyad_lex_match m;
    const char *t[4];

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    /* open-ended: no date picks the role still held */
    T_EQ_STR(code_of(lx, "Lavrov", NULL, NULL), "RUSGOV");
    T_EQ_STR(code_of(lx, "Ann Example", NULL, NULL), "XYZELI");
    /* before any role: a known person, but no code */
    T_EQ_STR(code_of(lx, "Ann Example", "1999-12-31", NULL), "");
    toks("Ann Example", t, 4);
    dyad_lexicon_match(lx, t, 2, 0, "1999-12-31", &m);
    T_EQ_INT(m.kind, DYAD_LEX_ACTOR);
    T_CHECK(m.flags & DYAD_LEX_OUT_OF_ROLE);
    /* during; "from 2000" = 2000-01-01, inclusive */
    T_EQ_STR(code_of(lx, "Ann Example", "2000-01-01", NULL), "XYZGOV");
    T_EQ_STR(code_of(lx, "Ann Example", "2005-05-31", NULL), "XYZGOV");
    /* "to" is exclusive: on 2005-06-01 the next role holds */
    T_EQ_STR(code_of(lx, "Ann Example", "2005-06-01", NULL), "XYZELI");
    T_EQ_STR(code_of(lx, "Ann Example", "20210101", NULL), "XYZELI");
    /* after every role ended: a former official, the roles' country +
     * ELI (CAMEO manual 3.2.4); without a date, ended roles that all
     * agree still give the code, ended roles that disagree give none */
    T_EQ_STR(code_of(lx, "Bob Former", "1996-01-01", NULL), "XYZELI");
    toks("Bob Former", t, 4);
    dyad_lexicon_match(lx, t, 2, 0, "1996-01-01", &m);
    T_CHECK(m.flags & DYAD_LEX_FORMER);
    T_CHECK(!(m.flags & DYAD_LEX_OUT_OF_ROLE));
    T_EQ_STR(code_of(lx, "Dana Mixed", "2001-01-01", NULL), "XYZELI");
    /* on the day the role ends ("to" is exclusive) */
    T_EQ_STR(code_of(lx, "Bob Former", "1995-01-01", NULL), "XYZELI");
    T_EQ_STR(code_of(lx, "Bob Former", "1994-12-31", NULL), "XYZGOV");
    T_EQ_STR(code_of(lx, "Bob Former", NULL, NULL), "XYZGOV");
    T_EQ_STR(code_of(lx, "Dana Mixed", NULL, NULL), "");
    /* out of role, the match still says the one country every role
     * names (none when it had none in common, or a role) */
    toks("Dana Mixed", t, 4);
    dyad_lexicon_match(lx, t, 2, 0, NULL, &m);
    T_CHECK(m.flags & DYAD_LEX_OUT_OF_ROLE);
    T_EQ_STR(m.country, "XYZ");
    toks("Lavrov", t, 4);
    dyad_lexicon_match(lx, t, 1, 0, NULL, &m);
    T_EQ_STR(m.country, "");
    T_EQ_STR(code_of(lx, "Dana Mixed", "1996-01-01", NULL), "XYZOPP");
    /* an undated role is the fallback; a dated one wins inside its range */
    T_EQ_STR(code_of(lx, "Carl Always", "2011-05-05", NULL), "XYZGOV");
    T_EQ_STR(code_of(lx, "Carl Always", "2013-05-05", NULL), "XYZOPP");
    T_EQ_STR(code_of(lx, "Carl Always", NULL, NULL), "XYZOPP");
    /* Lavrov in 2000 was UN ambassador, coded RUSGOV too */
    T_EQ_STR(code_of(lx, "Sergei Lavrov", "2000-06-01", NULL), "RUSGOV");
    T_EQ_STR(code_of(lx, "Sergei Lavrov", "1990-06-01", NULL), "");
    dyad_lexicon_free(lx);
    /* a country or group whose code ended is no former official */
    lx = lex_from("c.dict",
                  "[countries]\nOld Union : OLU to 1991-12-26\n"
                  "[groups]\nOld Front : OLUREB to 1980-01-01\n",
                  DYAD_DICT_DYAD, 0, &g, NULL);
    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_STR(code_of(lx, "Old Union", "1990-01-01", NULL), "OLU");
    T_EQ_STR(code_of(lx, "Old Union", "1995-01-01", NULL), "");
    T_EQ_STR(code_of(lx, "Old Front", "1995-01-01", NULL), "");
    dyad_lexicon_free(lx);
}

static const char *verb_code(const struct dyad_lexicon *lx, const char *lemma,
                             const char *pre, const char *post, int *spec)
{
    static struct dyad_verb_match vm;
    static char prebuf[512], postbuf[512];
    const char *a[32], *b[32];
    size_t na = 0, nb = 0;
    char *p;

    snprintf(prebuf, sizeof(prebuf), "%s", pre);
    snprintf(postbuf, sizeof(postbuf), "%s", post);
    for (p = strtok(prebuf, " "); p; p = strtok(NULL, " "))
        a[na++] = p;
    for (p = strtok(postbuf, " "); p; p = strtok(NULL, " "))
        b[nb++] = p;
    dyad_lexicon_match_verb(lx, lemma, a, na, b, nb, &vm);
    if (spec)
        *spec = vm.specificity;
    return vm.code ? vm.code : "(none)";
}

static void test_verb_patterns(void)
{
    static const char *const text =
        "[synsets]\n"
        "&weapon : missile | rocket | cruise missile\n"
        "[verbs]\n"
        "impose : 160\n"
        "impose sanctions : 163\n"
        "impose curfew : 1723\n"
        "impose embargo : 163\n"
        "cut ties : 161\n"
        "pour scorn on : 111\n"
        "call on + to : 020\n"
        "fire &weapon at : 190\n"
        "say : 010\n"
        "abandon : 080\n"
        "abandon said + must * policy : 100\n"
        "accuse : 112\n";
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = lex_from("v.dict", text, DYAD_DICT_DYAD, 0, &g, &st);
    int spec = -1;

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(st.patterns, 12);
    T_EQ_INT(st.synsets, 1);
    T_EQ_INT(st.members, 3);
    T_EQ_INT(st.verbs, 8);   /* head lemmas: impose cut pour call fire say abandon accuse */
    T_EQ_STR(verb_code(lx, "impose", "", "new economic sanctions on Iran", &spec), "163");
    T_EQ_INT(spec, 1);
    T_EQ_STR(verb_code(lx, "impose", "", "a curfew", NULL), "1723");
    /* an -oes plural folds to the -o singular */
    T_EQ_STR(verb_code(lx, "impose", "", "embargoes", NULL), "163");
    T_EQ_STR(verb_code(lx, "impose", "", "an embargo", NULL), "163");
    T_EQ_STR(verb_code(lx, "impose", "", "a fine", &spec), "160");
    T_EQ_INT(spec, 0);
    T_EQ_STR(verb_code(lx, "cut", "", "diplomatic ties with", NULL), "161");
    T_EQ_STR(verb_code(lx, "cut", "", "taxes", NULL), "(none)");
    T_EQ_STR(verb_code(lx, "pour", "", "scorn on the plan", NULL), "111");
    T_EQ_STR(verb_code(lx, "pour", "", "water on the plan", NULL), "(none)");
    /* the target slot '+' may cover several words */
    T_EQ_STR(verb_code(lx, "call", "", "on the Syrian government to", NULL), "020");
    /* synonym sets, including a two-word member */
    T_EQ_STR(verb_code(lx, "fire", "", "a cruise missile at", NULL), "190");
    T_EQ_STR(verb_code(lx, "fire", "", "rockets at", NULL), "190");
    T_EQ_STR(verb_code(lx, "fire", "", "the minister", NULL), "(none)");
    /* words before the verb ('*' marks the verb) */
    T_EQ_STR(verb_code(lx, "abandon", "he said Iran must", "its policy", NULL), "100");
    T_EQ_STR(verb_code(lx, "abandon", "", "its policy", NULL), "080");
    T_EQ_STR(verb_code(lx, "sanction", "", "", NULL), "(none)");
    T_EQ_STR(verb_code(lx, "Say", "", "", NULL), "010");
    dyad_lexicon_free(lx);
}

/* A clause for the slot-aware matcher: "word" or "word/lemma", a
 * trailing "#N" = actor id N, "#N+" = actor N, conjoined (compound), a
 * leading '|' = text words left out before this one (gap_before). */
static size_t slot_words(const char *spec, struct dyad_verb_word *w, size_t max, char *buf,
                         size_t cap)
{
    size_t n = 0;
    char *p, *save = NULL;

    snprintf(buf, cap, "%s", spec);
    for (p = strtok_r(buf, " ", &save); p && n < max; p = strtok_r(NULL, " ", &save)) {
        char *hash = strchr(p, '#'), *slash;

        memset(&w[n], 0, sizeof(w[n]));
        if (*p == '|') {
            w[n].gap_before = 1;
            p++;
        }
        if (hash) {
            *hash = '\0';
            w[n].actor = (uint32_t)atoi(hash + 1);
            w[n].compound = strchr(hash + 1, '+') != NULL;
        }
        slash = strchr(p, '/');
        if (slash) {
            *slash = '\0';
            w[n].lemma = slash + 1;
        } else {
            w[n].lemma = p;
        }
        w[n].form = p;
        n++;
    }
    return n;
}

/* One clause for the slot-aware matcher and the code it must get: the
 * verb is word `verb` of `spec` (slot_words), code NULL = no code. */
struct vcase {
    int line;
    const char *spec;
    size_t verb;
    const char *code;
};

static void check_verbs(const struct dyad_lexicon *lx, const struct vcase *c, size_t nc)
{
    for (size_t i = 0; i < nc; i++) {
        struct dyad_verb_word w[32];
        struct dyad_verb_match vm;
        char buf[512];
        size_t n = slot_words(c[i].spec, w, 32, buf, sizeof(buf));
        int rc = dyad_lexicon_match_verb_slots(lx, w, n, c[i].verb, &vm, NULL);

        T_CHECKF(rc == DYAD_OK, "line %d \"%s\": returned %d", c[i].line, c[i].spec, rc);
        if (rc != DYAD_OK)
            continue;
        if (c[i].code)
            T_CHECKF(vm.code && strcmp(vm.code, c[i].code) == 0,
                     "line %d \"%s\": code %s, expected %s", c[i].line, c[i].spec,
                     vm.code ? vm.code : "(none)", c[i].code);
        else
            T_CHECKF(vm.code == NULL, "line %d \"%s\": code %s, expected none", c[i].line,
                     c[i].spec, vm.code);
    }
}

#define CHECK_VERBS(lx, cases) check_verbs((lx), (cases), sizeof(cases) / sizeof((cases)[0]))

/* A verb lemma, the words after it and the code dyad's own dictionaries
 * must give (the own-dictionary tests below). */
struct pcase {
    const char *lemma, *post, *code;
};

static void check_patterns(const struct dyad_lexicon *lx, const struct pcase *c, size_t nc)
{
    for (size_t i = 0; lx && i < nc; i++) {
        const char *got = verb_code(lx, c[i].lemma, "", c[i].post, NULL);
        T_CHECKF(strcmp(got, c[i].code) == 0, "%s %s -> %s, expected %s", c[i].lemma, c[i].post,
                 got, c[i].code);
    }
}

#define CHECK_PATTERNS(lx, cases) \
    check_patterns((lx), (cases), sizeof(cases) / sizeof((cases)[0]))

/* Slots: $ and + bind actors and say which is which; a slot with no
 * actor in place fails the pattern; % wants a compound; words match
 * lemma or form. */
/* dyad's format: "###" as an entry's code is the sentence-discard code,
 * not a comment; '#' after a blank elsewhere still is one. */
static void test_discard_code_in_dyad_format(void)
{
    static const char *const text =
        "[verbs]\n"
        "play : ---\n"
        "play game : ###   # a match report, not politics\n"
        "win : 010 # says nothing: ### here is a comment\n";
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = lex_from("d.dict", text, DYAD_DICT_DYAD, 0, &g, &st);

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(st.patterns, 3);
    T_EQ_STR(verb_code(lx, "play", "", "a game", NULL), "###");
    T_EQ_STR(verb_code(lx, "play", "", "music", NULL), "---");
    T_EQ_STR(verb_code(lx, "win", "", "", NULL), "010");
    dyad_lexicon_free(lx);
}

static void test_verb_slots(void)
{
    static const char *const text =
        "[verbs]\n"
        "advise : 020\n"
        "advise + was * by $ : 021\n"
        "come + * under attack from $ : 190\n"
        "meet : 040\n"
        "meet % * : 041\n"
        "meet * with % : 042\n"
        "[synsets]\n"
        "&money : florin | dollar\n"
        "&gold : austrian gold florin\n"
        "[verbs]\n"
        "contribute &money : 070\n"
        "contribute &gold : 190\n";
    struct dyad_lexicon *lx = NULL;
    struct dyad_verb_word w[32];
    struct dyad_verb_match vm;
    struct dyad_verb_slots sl;
    char buf[512];
    size_t n;

    lx = build_lex("slots.dict", text, DYAD_DICT_DYAD);
    if (!lx)
        return;

    /* "Gondor was advised by Arnor": target before "was", source after "by";
     * "was" matches by its form, its lemma is "be". */
    n = slot_words("Gondor#1 was/be advised/advise by Arnor#2", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 2, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "021");
    T_EQ_INT(sl.target, 0);
    T_EQ_INT(sl.source, 4);
    T_EQ_INT(sl.compound, DYAD_VERB_NOSLOT);
    /* the pattern's own words matched "was" and "by", nothing else */
    T_EQ_INT(sl.nmatched, 2);
    if (sl.nmatched == 2)
        T_CHECK((sl.matched[0] == 1 && sl.matched[1] == 3) ||
                (sl.matched[0] == 3 && sl.matched[1] == 1));
    /* a two-word actor: the slot takes some word of it, then goes on */
    n = slot_words("the Gondor#1 army#1 was/be advised/advise by the Arnor#2 king#2", w, 32,
                   buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 4, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "021");
    T_CHECK(sl.target == 1 || sl.target == 2);
    T_CHECK(sl.source == 7 || sl.source == 8);
    /* no actor after "by": the slot pattern fails, the default holds */
    n = slot_words("Gondor#1 was/be advised/advise by letter", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 2, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "020");
    T_EQ_INT(sl.source, DYAD_VERB_NOSLOT);
    T_EQ_INT(sl.target, DYAD_VERB_NOSLOT);
    /* "Rohan came under attack from Bree": the subject is the target */
    n = slot_words("Rohan#1 came/come under attack from Bree#2", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "190");
    T_EQ_INT(sl.target, 0);
    T_EQ_INT(sl.source, 5);
    /* % before the verb: "Rohan and Bree met" is a compound ... */
    n = slot_words("Rohan#1+ and Bree#2+ met/meet", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 3, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "041");
    T_EQ_INT(sl.compound, 2);
    /* ... "Rohan met" is not: the default */
    n = slot_words("Rohan#1 met/meet", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "040");
    T_EQ_INT(sl.compound, DYAD_VERB_NOSLOT);
    /* % after the verb */
    n = slot_words("Rohan#1 met/meet with Bree#2+ and Arnor#3+", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "042");
    T_EQ_INT(sl.compound, 3);
    /* equally specific (one set each): the longer match wins */
    n = slot_words("Arnor#1 contributed/contribute austrian gold florin", w, 32, buf,
                   sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "190");
    n = slot_words("Arnor#1 contributed/contribute a florin", w, 32, buf, sizeof(buf));
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, &vm, &sl), DYAD_OK);
    T_EQ_STR(vm.code, "070");
    /* the plain matcher has no actors: slots only widen the gap */
    {
        const char *pre[] = {"Gondor", "be"}, *post[] = {"by", "Arnor"};
        T_EQ_INT(dyad_lexicon_match_verb(lx, "advise", pre, 2, post, 2, &vm), DYAD_OK);
        T_EQ_STR(vm.code, "020");
    }
    /* bad arguments */
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, n, &vm, &sl), DYAD_EINVAL);
    T_EQ_INT(dyad_lexicon_match_verb_slots(NULL, w, n, 1, &vm, &sl), DYAD_EINVAL);
    T_EQ_INT(dyad_lexicon_match_verb_slots(lx, w, n, 1, NULL, &sl), DYAD_EINVAL);
    dyad_lexicon_free(lx);
}

/* TABARI actor names match by stem unless a '_' ends the word (manual
 * 5.2.2); PETRARCH actor files (no ';' comments, no <NOUN> lists) match
 * whole words. */
static void test_tabari_actor_stems(void)
{
    static const char *const tabari =
        "<NOUN>\nLEADER\n</NOUN>\n"
        "ERIADOR  [ERI] ;stem\n"
        "ESTONIA_  [EST] ;whole word\n"
        "GROUP OF 77  [G77]\n"
        "ERIADOR_RADIO_  [ERIRAD]\n"
        "AL  [ALX]\n";
    static const char *const petr = "ERIADOR [ERI]\n";
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx;
    size_t len = 0;

    lx = lex_from("t.actors", tabari, DYAD_DICT_ACTORS, 0, &g, &st);
    T_EQ_STR(code_of(lx, "Eriadori", NULL, NULL), "ERI");
    T_EQ_STR(code_of(lx, "Eriadorian troops", NULL, &len), "ERI");
    T_EQ_INT(len, 1);
    T_EQ_STR(code_of(lx, "Eriador", NULL, NULL), "ERI");
    /* the exact path and the stem path share "eriador": both are tried */
    T_EQ_STR(code_of(lx, "Eriador radio", NULL, NULL), "ERIRAD");
    T_EQ_STR(code_of(lx, "Estonia", NULL, NULL), "EST");
    T_EQ_STR(code_of(lx, "Estonian", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "Group of 77", NULL, &len), "G77");
    T_EQ_INT(len, 3);
    /* a name's first word needs three letters to be a stem */
    T_EQ_STR(code_of(lx, "Al", NULL, NULL), "ALX");
    T_EQ_STR(code_of(lx, "Alps", NULL, NULL), "(none)");
    dyad_lexicon_free(lx);

    lx = lex_from("p.actors.txt", petr, DYAD_DICT_ACTORS, 0, &g, &st);
    T_EQ_STR(code_of(lx, "Eriador", NULL, NULL), "ERI");
    T_EQ_STR(code_of(lx, "Eriadori", NULL, NULL), "(none)");
    dyad_lexicon_free(lx);
}

/* A second rejection on a line that already has one (a bad date range,
 * then a bad code "[-/-]") must still stop the reader: the per-file
 * count of reported lines does not move twice for one line, and the
 * compound-code branch once marked a role that was never added
 * (fuzz/regressions/tabari/second-rejection-on-a-line, UBSan: index -1
 * of a NULL role array).  The line is rejected; the next one loads. */
static void test_second_rejection_on_a_line(void)
{
    static const char *const tabari =
        "ALBRIGHT  [USAGOV 930026-010114] [-/-]\n"
        "ERIADOR  [ERI]\n";
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx;

    memset(&st, 0, sizeof(st));
    lx = lex_from("r.actors", tabari, DYAD_DICT_ACTORS, 0, &g, &st);
    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 2);          /* both problems are reported */
    T_EQ_INT((int)st.reported, 1);  /* on one line */
    T_EQ_STR(code_of(lx, "Eriador", NULL, NULL), "ERI");
    /* known (its name was loaded) but coding nothing */
    T_EQ_STR(code_of(lx, "Albright", NULL, NULL), "");
    dyad_lexicon_free(lx);
}

/* Verb heads that are inflected forms: a dictionary that lists "left"
 * as a verb of its own means that form; a TABARI multi-word verb
 * ("CALLED_ON") codes only with its words, and its patterns get them
 * after the '*'. */
static void test_verb_forms_and_multiword_heads(void)
{
    static const char *const dy =
        "[verbs]\nleave : 012\nleft : 042:043\n";
    static const char *const tabari =
        "CALL  [---]\n"
        "- * FOR_SANCTIONS  [172]\n"
        "CALLED_ON  [094]\n"
        "- $ *  [095]\n";
    struct dyad_lexicon *lx = NULL;

    lx = build_lex("f.dict", dy, DYAD_DICT_DYAD);
    static const struct vcase v1[] = {
        {__LINE__, "Bree#1 left/leave", 1, "042:043"},
        {__LINE__, "Bree#1 leaves/leave", 1, "012"},
    };
    CHECK_VERBS(lx, v1);
    dyad_lexicon_free(lx);

    lx = NULL;
    lx = build_lex("t.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v2[] = {
        /* "called" without "on" is not CALLED_ON: the lemma's patterns */
        {__LINE__, "Eriador#1 called/call for sanctions", 1, "172"},
        /* "- $ *" under CALLED_ON is "$ called on" */
        {__LINE__, "Eriador#1 called/call on Gondor#2", 1, "095"},
        {__LINE__, "they called/call on Gondor#2", 1, "094"},
    };
    CHECK_VERBS(lx, v2);
    dyad_lexicon_free(lx);
}

/* match2: the forms a verb line lists in braces are heads of the same
 * verb, on the verb's line (PETRARCH) or on the next one (TABARI): a
 * word whose lemma does not reduce to the headword still finds it. */
static void test_verb_forms_in_braces(void)
{
    static const char *const petr =
        "--- BREAK  [161] ---\n"
        "BREAK {BROKE BROKEN}\n"
        "+BREAK_DOWN {+BREAKS_DOWN +BROKEN_DOWN} [1717]\n";
    static const char *const tabari =
        "ACT_  [100]\n"
        "{ ACTING_ ACTXD_ }\n"
        "- SAID WOULD * NOW  [101]\n";
    struct dyad_lexicon *lx = NULL;

    lx = build_lex("p.verbs", petr, DYAD_DICT_VERBS_PETR2);
    static const struct vcase v3[] = {
        /* "broken" left as its own lemma: the BREAK block's code */
        {__LINE__, "Gondor#1 broken/broken with Arnor#2", 1, "161"},
        /* "broken down": the multi-word form's code */
        {__LINE__, "Gondor#1 broken/broken down with Arnor#2", 1, "1717"},
        /* the headword itself is unchanged */
        {__LINE__, "Gondor#1 breaks/break with Arnor#2", 1, "161"},
    };
    CHECK_VERBS(lx, v3);
    dyad_lexicon_free(lx);

    lx = NULL;
    lx = build_lex("t.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v4[] = {
        /* "actxd", a listed misspelling, is ACT */
        {__LINE__, "Gondor#1 actxd/actxd against Arnor#2", 1, "100"},
        /* and the verb's patterns apply to it */
        {__LINE__, "said/say would acting/acting now", 2, "101"},
        /* an unlisted form is not */
        {__LINE__, "Gondor#1 actxx/actxx against Arnor#2", 1, NULL},
    };
    CHECK_VERBS(lx, v4);
    dyad_lexicon_free(lx);
}

/* match2: a lemma the tagger got wrong ("deplored" -> "deplor") or left
 * alone ("departes") falls back on the written form without a regular
 * ending, as TABARI derives -S/-ED/-ING forms from its headwords. */
static void test_verb_regular_endings(void)
{
    static const char *const dy = "[verbs]\ndeplore : 122\ndepart : 032\nrely on : 030\n"
                                  "control : 171\nstop : 191\n";
    struct dyad_lexicon *lx = NULL;

    lx = build_lex("e.dict", dy, DYAD_DICT_DYAD);
    static const struct vcase v5[] = {
        /* -ed with the final e restored */
        {__LINE__, "Gondor#1 deplored/deplor Arnor#2", 1, "122"},
        /* -es */
        {__LINE__, "Gondor#1 departes/departes from Arnor#2", 1, "032"},
        /* -ies as -y, with the verb's pattern words */
        {__LINE__, "Gondor#1 relies/relies on Arnor#2", 1, "030"},
        /* -ing without e */
        {__LINE__, "Gondor#1 departing/departing", 1, "032"},
        /* a doubled final consonant before -ed/-ing */
        {__LINE__, "Gondor#1 controlled/controll Arnor#2", 1, "171"},
        {__LINE__, "Gondor#1 stopping/stopping Arnor#2", 1, "191"},
        /* a stem under 3 letters is no verb: "led" is not "l"/"le" */
        {__LINE__, "Gondor#1 led/led Arnor#2", 1, NULL},
        /* an unknown word stays unknown */
        {__LINE__, "Gondor#1 departen/departen from Arnor#2", 1, NULL},
    };
    CHECK_VERBS(lx, v5);
    dyad_lexicon_free(lx);
}

/* match2: a set member may name another set ("+&KIND_MEMOS"): it
 * matches any member of that set there, after the verb and before it. */
static void test_nested_sets(void)
{
    static const char *const tabari = "<SYNSETS>\n"
                                      "&KIND\n"
                                      "+MILITARY\n"
                                      "+TRADE_\n"
                                      "&TALK\n"
                                      "+&KIND_MEMOS\n"
                                      "+MEMOS_ON_&KIND\n"
                                      "</SYNSETS>\n"
                                      "WELCOME  [041]\n"
                                      "- * &TALK FROM  [911]\n"
                                      "PLEASE  [---]\n"
                                      "- &TALK *  [042]\n";
    struct dyad_lexicon_builder *b = NULL;
    struct dyad_lexicon *lx = NULL;

    lx = build_lex("n.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v6[] = {
        /* the nested set first in the member */
        {__LINE__, "Gondor#1 welcomed/welcome military memos from Arnor#2", 1, "911"},
        /* ... and last */
        {__LINE__, "Gondor#1 welcomed/welcome memos on trade from Arnor#2", 1, "911"},
        /* "cultural" is no member of &KIND: the verb alone */
        {__LINE__, "Gondor#1 welcomed/welcome cultural memos from Arnor#2", 1, "041"},
        /* before the verb, the member ending next to it */
        {__LINE__, "the trade memos pleased/please Gondor#1", 3, "042"},
        {__LINE__, "the memos pleased/please Gondor#1", 2, "---"},
    };
    CHECK_VERBS(lx, v6);
    dyad_lexicon_free(lx);

    /* a set that names itself is a bad line, not a loop */
    {
        static const char *const self = "<SYNSETS>\n&LOOP\n+&LOOP_AGAIN\n+PLAIN\n</SYNSETS>\n";
        struct dyad_dict_stats st;

        memset(&st, 0, sizeof(st));
        b = NULL;
        T_EQ_INT(dyad_lexicon_builder_new(NULL, &b), DYAD_OK);
        T_EQ_INT(dyad_lexicon_builder_load_text(b, "s.verbs", self, strlen(self),
                                                DYAD_DICT_VERBS_TABARI, &st, NULL), DYAD_OK);
        T_EQ_INT(st.reported, 1);
        dyad_lexicon_builder_free(b);
    }
}

/* match2: a text word joined with '_' ("Dol_Amroth", TABARI's input
 * convention) matches the multi-word name as its parts. */
static void test_underscore_joined_names(void)
{
    static const char *const actors = "DOL_AMROTH  [DOL]\nNEW_YORK  [USA]\n";
    struct dyad_lexicon *lx = NULL;
    size_t len = 0;

    lx = build_lex("u.actors", actors, DYAD_DICT_ACTORS);
    /* one text word, the whole name */
    T_EQ_STR(code_of(lx, "Dol_Amroth warned", NULL, &len), "DOL");
    T_EQ_INT(len, 1);
    /* two words, as before */
    T_EQ_STR(code_of(lx, "Dol Amroth warned", NULL, &len), "DOL");
    T_EQ_INT(len, 2);
    /* every part must be the name's: no extra part, no missing one */
    T_EQ_STR(code_of(lx, "Dol_Amroth_Castle warned", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "Dol_ warned", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "_ warned", NULL, NULL), "(none)");
    /* another entry, same rule */
    T_EQ_STR(code_of(lx, "New_York said", NULL, &len), "USA");
    T_EQ_INT(len, 1);
    dyad_lexicon_free(lx);
}

/* A name written with a hyphen matches the words the tokenizer splits
 * it into ("Jong-un" -> Jong - un), the word kept whole (a hyphen after a
 * prefix the tokenizer keeps, or a caller's own joined word), and
 * nothing with another word in the hyphen's place. */
static void test_hyphenated_names(void)
{
    static const char *const actors =
        "NORTH_KOREAN-BACKED  [PRKREB]\n"
        "KIM_JONG-UN  [PRKGOV]\n"
        "NON-ALIGNED_MOVEMENT  [IGONAM]\n"
        "NORTH_KOREA  [PRK]\n"
        "ABU_SAYYAF  [PHLREB]\n"
        "AL_GORE  [AGR]\n"
        "AL GORE  [TEN]\n";
    static const char *const agents = "STATE-RUN_TELEVISION_  [~JOU]\n";
    struct dyad_lexicon *lx;
    size_t len = 0;

    lx = build_lex("h.actors", actors, DYAD_DICT_ACTORS);
    T_CHECK(lx != NULL);
    /* the tokenizer's words: four of them */
    T_EQ_STR(code_of(lx, "North Korean - backed rebels", NULL, &len), "PRKREB");
    T_EQ_INT(len, 4);
    T_EQ_STR(code_of(lx, "Kim Jong - un said", NULL, &len), "PRKGOV");
    T_EQ_INT(len, 4);
    /* the same hyphen as U+2011 (non-breaking hyphen) */
    T_EQ_STR(code_of(lx, "Kim Jong \xe2\x80\x91 un said", NULL, &len), "PRKGOV");
    T_EQ_INT(len, 4);
    /* the hyphenated word kept whole: one word for two parts */
    T_EQ_STR(code_of(lx, "Kim Jong-un said", NULL, &len), "PRKGOV");
    T_EQ_INT(len, 2);
    T_EQ_STR(code_of(lx, "Non-Aligned Movement met", NULL, &len), "IGONAM");
    T_EQ_INT(len, 2);
    /* the hyphen is part of the name: not skipped, not replaced */
    T_EQ_STR(code_of(lx, "Kim Jong un said", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "Kim Jong , un said", NULL, NULL), "(none)");
    /* a shorter name still matches up to the hyphen it does not have */
    T_EQ_STR(code_of(lx, "North Korea - based", NULL, &len), "PRK");
    T_EQ_INT(len, 2);
    /* a hyphen the name does not have joins its words, and the entry
     * naming them together wins over the one with a gap between */
    T_EQ_STR(code_of(lx, "Abu - Sayyaf attacked", NULL, &len), "PHLREB");
    T_EQ_INT(len, 3);
    T_EQ_STR(code_of(lx, "Al - Gore terrorists", NULL, &len), "AGR");
    T_EQ_INT(len, 3);
    /* a name never starts at a hyphen */
    T_EQ_STR(code_of(lx, "- backed", NULL, NULL), "(none)");
    dyad_lexicon_free(lx);

    lx = build_lex("h.agents", agents, DYAD_DICT_AGENTS);
    T_CHECK(lx != NULL);
    T_EQ_STR(code_of(lx, "state - run television", NULL, &len), "JOU");
    T_EQ_INT(len, 4);
    dyad_lexicon_free(lx);
}

/* A name's possessive is matched as the tokenizer splits it ("People's"
 * -> People 's, "Workers'" -> Workers '; curly apostrophes alike): such
 * names never matched running text before, only a lookup of the words. */
static void test_possessive_names(void)
{
    static const char *const text = "[organisations]\n"
                                    "Korean People's Army : PRKMIL\n"
                                    "Kurdistan Workers' Party : TURREB\n"
                                    "Cote d'Ivoire Army : CIVMIL\n"
                                    "[countries]\n"
                                    "North Korea : PRK\n";
    struct dyad_lexicon *lx = build_lex("p.dict", text, DYAD_DICT_DYAD);
    size_t len = 0;

    T_CHECK(lx != NULL);
    if (!lx)
        return;
    T_EQ_STR(code_of(lx, "Korean People 's Army fired", NULL, &len), "PRKMIL");
    T_EQ_INT(len, 4);
    T_EQ_STR(code_of(lx, "Korean People \xe2\x80\x99s Army fired", NULL, &len), "PRKMIL");
    T_EQ_INT(len, 4);
    T_EQ_STR(code_of(lx, "Kurdistan Workers ' Party said", NULL, &len), "TURREB");
    T_EQ_INT(len, 4);
    T_EQ_STR(code_of(lx, "Kurdistan Workers \xe2\x80\x99 Party said", NULL, &len), "TURREB");
    /* an apostrophe inside a word is not a possessive */
    T_EQ_STR(code_of(lx, "Cote d'Ivoire Army", NULL, &len), "CIVMIL");
    T_EQ_INT(len, 3);
    /* the clitic is part of the name: not skipped */
    T_EQ_STR(code_of(lx, "Korean People Army", NULL, NULL), "(none)");
    /* a name never starts at a clitic */
    T_EQ_STR(code_of(lx, "'s Army", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "North Korea 's army", NULL, &len), "PRK");
    T_EQ_INT(len, 2);
    dyad_lexicon_free(lx);
}

/* A [defaults] section (TABARI's DEFAULT: command in dyad's format):
 * the codes of missing actors; bad lines are reported, not loaded. */
static void test_default_actors_section(void)
{
    struct dyad_lexicon *lx;
    struct diags g;
    const char *src = "x", *tgt = "x";
    int first = -1;

    lx = build_lex("d.dict", "[defaults]\nsource : DEFSRC\ntarget : DEFTAR after\n",
                   DYAD_DICT_DYAD);
    T_CHECK(lx != NULL);
    dyad_lexicon_default_actors(lx, &src, &tgt, &first);
    T_EQ_STR(src, "DEFSRC");
    T_EQ_STR(tgt, "DEFTAR");
    T_EQ_INT(first, 1);
    dyad_lexicon_free(lx);

    /* none set: NULL, and NULL out pointers are fine */
    lx = build_lex("e.dict", "[countries]\nRussia : RUS\n", DYAD_DICT_DYAD);
    dyad_lexicon_default_actors(lx, &src, &tgt, &first);
    T_CHECK(src == NULL && tgt == NULL);
    T_EQ_INT(first, 0);
    dyad_lexicon_default_actors(lx, NULL, NULL, NULL);
    dyad_lexicon_free(lx);

    /* a target without "after"; four bad lines */
    lx = lex_from("b.dict",
                  "[defaults]\n"
                  "target : TARDEF\n"
                  "speaker : SPK\n"          /* not source/target */
                  "source : de\n"            /* not an actor code */
                  "source : SRC after\n"     /* after: targets only */
                  "target : TGT before\n",   /* unknown mode */
                  DYAD_DICT_DYAD, 0, &g, NULL);
    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 4);
    dyad_lexicon_default_actors(lx, &src, &tgt, &first);
    T_CHECK(src == NULL);
    T_EQ_STR(tgt, "TARDEF");
    T_EQ_INT(first, 0);
    dyad_lexicon_free(lx);
}

/* A TABARI set member's word without '_' after it is a stem, as in
 * TABARI's names and verbs, and may have other words after it:
 * "+YUM YENNYEN" matches "yum yennyener" and "yum big yennyen",
 * "+KRONER_" only "kroner"; a word the lexicon has elsewhere ("yen" of
 * another member) still matches a stem that prefixes it. */
static void test_set_member_stems(void)
{
    static const char *const tabari = "<SYNSETS>\n"
                                      "&MONEY\n"
                                      "+YUM YENNYEN\n"
                                      "+AUSTRIAN FLORIN\n"
                                      "+KRONER_\n"
                                      "+GOLD_YEN\n"
                                      "+YEN_\n"
                                      "</SYNSETS>\n"
                                      "GIVE  [070]\n"
                                      "- * &MONEY  [071]\n";
    struct dyad_lexicon *lx = build_lex("m.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Gondor#1 gave/give yum yennyener to Arnor#2", 1, "071"},
        {__LINE__, "Gondor#1 gave/give yum yennyen to Arnor#2", 1, "071"},
        {__LINE__, "Gondor#1 gave/give kroner to Arnor#2", 1, "071"},
        /* KRONER_ is a whole word */
        {__LINE__, "Gondor#1 gave/give kroneren to Arnor#2", 1, "070"},
        /* "gold yener": YEN of GOLD_YEN is a stem; "yen" is also a token
         * of its own (YEN_) */
        {__LINE__, "Gondor#1 gave/give gold yener to Arnor#2", 1, "071"},
        {__LINE__, "Gondor#1 gave/give gold yen to Arnor#2", 1, "071"},
        /* a stem is a prefix, not any part */
        {__LINE__, "Gondor#1 gave/give yum myennyen to Arnor#2", 1, "070"},
        /* a blank between member words: up to three words may come
         * between them; '_' joins them ("gold old yener" is not GOLD_YEN) */
        {__LINE__, "Gondor#1 gave/give austrian florins to Arnor#2", 1, "071"},
        {__LINE__, "Gondor#1 gave/give austrian gold florins to Arnor#2", 1, "071"},
        {__LINE__, "Gondor#1 gave/give austrian and other very fine florins to Arnor#2", 1, "070"},
        {__LINE__, "Gondor#1 gave/give gold old yener to Arnor#2", 1, "070"},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* A dictionary word ending in "n't" is two words, as the tokenizer
 * splits the text ("didn't" -> "did" "n't", "won't" -> "wo" "n't"), in
 * set members (stems or not, straight or curly apostrophe) and in
 * pattern words. */
static void test_nt_clitic_words(void)
{
    static const char *const tabari = "<SYNSETS>\n"
                                      "&NEGAUX\n"
                                      "+DIDN'T\n"
                                      "+CAN'T_\n"
                                      "+DON\xe2\x80\x99T\n"
                                      "</SYNSETS>\n"
                                      "CLASH  [223]\n"
                                      "- &NEGAUX * OVER  [904]\n"
                                      "- * OVER  [121]\n"
                                      "DISARM  [---]\n"
                                      "- WON'T *  [127]\n";
    struct dyad_lexicon *lx = build_lex("n.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Gondor#1 did n't clash/clash over Arnor#2", 3, "904"},
        {__LINE__, "Gondor#1 ca n't clash/clash over Arnor#2", 3, "904"},
        {__LINE__, "Gondor#1 do n't clash/clash over Arnor#2", 3, "904"},
        /* "did" alone is not the member */
        {__LINE__, "Gondor#1 did clash/clash over Arnor#2", 2, "121"},
        {__LINE__, "Gondor#1 wo n't disarm/disarm", 3, "127"},
        {__LINE__, "Gondor#1 will disarm/disarm", 2, "---"},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* TABARI's '_' joins a word to a "{ | }" group and a group to the word
 * after it ("APPLY_{ GENEVA | INTERNATIONAL }_CONVENTIONS"): each must
 * come right after the other; with a word between, a less specific
 * pattern codes. */
static void test_pattern_group_adjacent(void)
{
    static const char *const tabari = "SHOULD  [101]\n"
                                      "- * APPLY_{ GENEVA | INTERNATIONAL }_CONVENTIONS  [151]\n"
                                      "- * APPLY CONVENTIONS  [152]\n"
                                      "- SUGGESTED_{ NEVER | DON'T } *  [171]\n";
    struct dyad_lexicon *lx = build_lex("g.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Arnor#1 should/should apply international conventions", 1, "151"},
        {__LINE__, "Arnor#1 should/should apply geneva conventions", 1, "151"},
        /* a word between APPLY and the group, or the group and CONVENTIONS */
        {__LINE__, "Arnor#1 should/should apply any international conventions", 1, "152"},
        {__LINE__, "Arnor#1 should/should apply geneva and other conventions", 1, "152"},
        {__LINE__, "Arnor#1 suggested never should/should go", 3, "171"},
        {__LINE__, "Arnor#1 suggested do n't should/should go", 4, "171"},
        {__LINE__, "Arnor#1 suggested it never should/should go", 4, "101"},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* A TABARI headword that is another's inflected form ("ATTACKED" beside
 * "ATTACK", both stems) is that form's verb, with its own patterns: the
 * text's "attacked" is coded by it before the lemma's headword. */
static void test_form_stem_head(void)
{
    static const char *const tabari = "ATTACK  [223]\n"
                                      "ATTACKED  [223]\n"
                                      "- PLANES_*  [225]\n";
    struct dyad_lexicon *lx = build_lex("f.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Gondor#1 's planes attacked/attack Osgiliath#2", 3, "225"},
        {__LINE__, "Gondor#1 's planes attack/attack Osgiliath#2", 3, "223"},
        {__LINE__, "Gondor#1 's planes are attacking/attack Osgiliath#2", 4, "223"},
        {__LINE__, "Gondor#1 attacked/attack Osgiliath#2", 1, "223"},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* TABARI's "{ A B | C D }" alternatives: a blank between two words of an
 * alternative lets words come between them, as blanks in its names do
 * ("loudly boldly included" is LOUDLY INCLUDED); '_' keeps them together. */
static void test_alternative_gaps(void)
{
    static const char *const tabari =
        "VOICE  [020]\n"
        "- RECENTLY { LOUDLY INCLUDED | STRONGLY ASSXRTED } ITS *  [043]\n"
        "- * FOR { ECONOMIC_SANCTIONS | EMBARGO }  [172]\n";
    struct dyad_lexicon *lx = build_lex("a.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Gondor#1 has recently loudly included its voice/voice", 6, "043"},
        {__LINE__, "Gondor#1 has recently loudly boldly included its voice/voice", 7, "043"},
        {__LINE__, "Gondor#1 has recently strongly very boldly assxrted its voice/voice", 8, "043"},
        {__LINE__, "Gondor#1 voiced/voice hope for economic sanctions", 1, "172"},
        {__LINE__, "Gondor#1 voiced/voice hope for economic and other sanctions", 1, "020"},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* TABARI's "~" in a pattern word: a stem ("REAL~" matches "really");
 * "~_" also joins it to the next element, or the verb, with no word
 * between ("real easy or pleasant" is not "REAL~_PLEASANT").  In a TABARI
 * file any pattern word without '_' after it is a stem, and one joined to
 * the next element by '_' is a whole word with that element right after it
 * (dyad's "WORD=_"). */
static void test_pattern_word_stems(void)
{
    static const char *const tabari = "PERMIT  [060]\n"
                                      "- * REAL~_PLEASANT  [024]\n"
                                      "- * THE_NEAT~_PLACE  [027]\n"
                                      "- RECENT~_*  [025]\n"
                                      "- * FAIR~ DEAL  [026]\n"
                                      "- * HELP_ PLEDG  [051]\n"
                                      "- * IN_ACCORD  [057]\n"
                                      "BAN=  [191]\n";
    struct dyad_lexicon *lx = build_lex("w.verbs", tabari, DYAD_DICT_VERBS_TABARI);
    static const struct vcase v[] = {
        {__LINE__, "Gondor#1 permitted/permit a really pleasant visit", 1, "024"},
        {__LINE__, "Gondor#1 permitted/permit a real pleasant visit", 1, "024"},
        /* a word between the connected ones: the verb alone */
        {__LINE__, "Gondor#1 permitted/permit a real easy or pleasant visit", 1, "060"},
        {__LINE__, "Gondor#1 permitted/permit the neatest place", 1, "027"},
        {__LINE__, "Gondor#1 permitted/permit the neat or cool place", 1, "060"},
        /* neighbours in the clause, not in the text (the caller left
         * "or cool" out): not joined either, after the verb or before it
         * ("recently" then "permitted") */
        {__LINE__, "Gondor#1 permitted/permit the neat |place", 1, "060"},
        {__LINE__, "Gondor#1 recently |permitted/permit visits", 2, "060"},
        /* the stem next to the verb before it */
        {__LINE__, "Gondor#1 recently permitted/permit visits", 2, "025"},
        {__LINE__, "Gondor#1 recent permitted/permit visits", 2, "025"},
        {__LINE__, "Gondor#1 recently then permitted/permit visits", 3, "060"},
        /* "~" without "_": a stem, words may come between */
        {__LINE__, "Gondor#1 permitted/permit a fairly good deal", 1, "026"},
        /* a stem is a prefix of the word, not any part of it */
        {__LINE__, "Gondor#1 permitted/permit an unreal pleasant visit", 1, "060"},
        /* TABARI: a word without '_' after it is a stem, one with '_' is
         * the whole word */
        {__LINE__, "Gondor#1 permitted/permit help pledges", 1, "051"},
        {__LINE__, "Gondor#1 permitted/permit helpful pledges", 1, "060"},
        /* "IN_ACCORD": the whole word "in", "accord" right after it */
        {__LINE__, "Gondor#1 permitted/permit it in accord", 1, "057"},
        {__LINE__, "Gondor#1 permitted/permit it in full accord", 1, "060"},
        /* "BAN=": TABARI's whole word, no stem */
        {__LINE__, "Gondor#1 will ban/ban Arnor#2", 2, "191"},
        {__LINE__, "Gondor#1 bandaged/bandage Arnor#2", 1, NULL},
    };
    CHECK_VERBS(lx, v);
    dyad_lexicon_free(lx);
}

/* TABARI actor names: a blank between two words (not '_') lets up to 3
 * words come between them, as in TABARI patterns ("PRINCE DOL_AMROTH"
 * matches "Prince of Dol_Amroth"); '_' keeps them adjacent; a text word
 * joined with '_' matches a name whose last part is a stem. */
static void test_name_gaps(void)
{
    static const char *const actors = "PRINCE DOL_AMROTH  [DOL] ;x\n"
                                       "MOUSE=  [MUS] ;x\n"
                                       "ITHILEN TELEVISION  [ITHTV] ;x\n"
                                       "NORTH_YEMEN  [YEMNO] ;x\n";
    struct dyad_lexicon *lx = build_lex("g.actors", actors, DYAD_DICT_ACTORS);
    size_t len = 0;

    T_CHECK(lx != NULL);
    T_EQ_STR(code_of(lx, "Prince of Dol_Amroth warned", NULL, &len), "DOL");
    T_EQ_INT(len, 3);
    T_EQ_STR(code_of(lx, "Prince Dol Amroth warned", NULL, &len), "DOL");
    T_EQ_INT(len, 3);
    T_EQ_STR(code_of(lx, "Ithilen state - run television said", NULL, &len), "ITHTV");
    T_EQ_INT(len, 5);
    /* more than 3 words between: two names apart */
    T_EQ_STR(code_of(lx, "Ithilen and its own state television said", NULL, NULL), "(none)");
    /* punctuation between is no word: a quoted nickname in a name */
    T_EQ_STR(code_of(lx, "Ithilen \" state - run \" television said", NULL, &len), "ITHTV");
    T_EQ_INT(len, 7);
    /* '_': adjacent */
    T_EQ_STR(code_of(lx, "North of Yemen said", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "North Yemen said", NULL, &len), "YEMNO");
    T_EQ_INT(len, 2);
    /* the first word alone is no name */
    T_EQ_STR(code_of(lx, "Prince of Wales", NULL, NULL), "(none)");
    /* "MOUSE=": TABARI's whole word, no stem */
    T_EQ_STR(code_of(lx, "Mouse will ban", NULL, NULL), "MUS");
    T_EQ_STR(code_of(lx, "Mousetrap will ban", NULL, NULL), "(none)");
    dyad_lexicon_free(lx);
}

static void test_bad_lines_reported(void)
{
    static const char *const text =
        "[actors]\n"                                   /* 1 */
        "Atlantis : ATL\n"                             /* 2 ok */
        "no colon here\n"                              /* 3 */
        "Mu : mu\n"                                    /* 4 bad code */
        "Lemuria : LEM from 2001-13-01\n"              /* 5 bad date */
        "Ys : YSS to 1999 from 2001\n"                 /* 6 ends before start */
        "[vrebs]\n"                                    /* 7 unknown section */
        "[verbs]\n"                                    /* 8 */
        "say : 01x\n"                                  /* 9 bad code */
        "fire &nosuchset : 190\n"                      /* 10 unknown set */
        "tell : 010\n"                                 /* 11 ok */
        "[cameo]\n"                                    /* 12 */
        "010 : 5 0.0 STATEMENT Make statement\n"       /* 13 quad 5 */
        "[discards]\n"                                 /* 14 */
        "lottery : weekly\n";                          /* 15 bad scope */
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = lex_from("bad.dict", text, DYAD_DICT_DYAD, 0, &g, &st);

    T_CHECK(lx != NULL);
    T_EQ_INT(st.lines, 15);
    T_EQ_INT(st.reported, 9);
    T_EQ_INT(st.loaded, 2);
    T_EQ_INT(st.ignored, 4);   /* [actors] [verbs] [cameo] [discards] */
    T_EQ_INT(st.lines, st.loaded + st.ignored + st.reported);
    T_EQ_INT(g.errors, 9);
    T_EQ_STR(g.last_where, "bad.dict:15");
    T_EQ_STR(code_of(lx, "Atlantis", NULL, NULL), "ATL");
    /* a line with a bad role does not index its names */
    T_EQ_STR(code_of(lx, "Lemuria", NULL, NULL), "(none)");
    dyad_lexicon_free(lx);
}

static void test_check_duplicates_conflicts_unreachable(void)
{
    static const char *const text =
        "[countries]\n"
        "Georgia : GEO\n"
        "Georgia : USA\n"          /* conflict */
        "Chad : TCD\n"
        "Chad : TCD\n"             /* duplicate */
        "[verbs]\n"
        "reject : 120\n"
        "reject offer : 125\n"
        "reject offers : 128\n"    /* same words after the plural fold: unreachable */
        "deny : 999\n";            /* not in the CAMEO table below */
    static const char *const table =
        "[cameo]\n010 : 1 0.0 - Make statement\n120 : 3 -4.0 REJECT Reject\n"
        "125 : 3 -5.0 REJECT Reject proposal\n128 : 3 -5.0 REJECT Defy norms\n";
    struct diags g;
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;
    const struct dyad_cameo_code *cc;

    memset(&o, 0, sizeof(o));
    memset(&g, 0, sizeof(g));
    o.on_diag = on_diag;
    o.ctx = &g;
    o.check = 1;
    T_EQ_INT(dyad_lexicon_builder_new(&o, &b), DYAD_OK);
    T_EQ_INT(dyad_lexicon_builder_load_text(b, "t.dict", table, strlen(table),
                                            DYAD_DICT_DYAD, NULL, &err), DYAD_OK);
    T_EQ_INT(dyad_lexicon_builder_load_text(b, "c.dict", text, strlen(text),
                                            DYAD_DICT_DYAD, NULL, &err), DYAD_OK);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(dyad_lexicon_build(b, &lx, &err), DYAD_OK);
    /* conflict + duplicate + unreachable + unknown code = 4 warnings */
    T_EQ_INT(g.warnings, 4);
    T_EQ_INT(dyad_lexicon_cameo(lx, "125", &cc), DYAD_OK);
    T_CHECK(cc && cc->quad == 3 && cc->root == 12 && cc->goldstein == -5.0);
    T_EQ_INT(dyad_lexicon_cameo(lx, "999", &cc), DYAD_ENOENT);
    dyad_lexicon_builder_free(b);
    dyad_lexicon_free(lx);
}

static void test_includes(void)
{
    char dir[] = "/tmp/dyad-lex-XXXXXX";
    char p1[128], p2[128], p3[128];
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;
    struct dyad_dict_stats st;
    struct diags g;
    FILE *f;

    T_CHECK(mkdtemp(dir) != NULL);
    snprintf(p1, sizeof(p1), "%s/main.dict", dir);
    snprintf(p2, sizeof(p2), "%s/part.dict", dir);
    snprintf(p3, sizeof(p3), "%s/loop.dict", dir);
    f = fopen(p1, "w");
    fputs("include part.dict\ninclude missing.dict\ninclude loop.dict\n", f);
    fclose(f);
    f = fopen(p2, "w");
    fputs("[countries]\nFrance : FRA\n", f);
    fclose(f);
    f = fopen(p3, "w");
    fputs("include loop.dict\n", f);
    fclose(f);
    memset(&o, 0, sizeof(o));
    memset(&g, 0, sizeof(g));
    o.on_diag = on_diag;
    o.ctx = &g;
    dyad_lexicon_builder_new(&o, &b);
    T_EQ_INT(dyad_lexicon_builder_load(b, p1, DYAD_DICT_AUTO, &st, &err), DYAD_OK);
    /* missing.dict and the 8th nested loop.dict are reported */
    T_EQ_INT(g.errors, 2);
    T_EQ_INT(st.actors, 1);
    dyad_lexicon_build(b, &lx, &err);
    T_EQ_STR(code_of(lx, "France", NULL, NULL), "FRA");
    dyad_lexicon_builder_free(b);
    dyad_lexicon_free(lx);
    T_EQ_INT(dyad_lexicon_builder_new(&o, &b), DYAD_OK);
    T_EQ_INT(dyad_lexicon_builder_load(b, "/nonexistent/x.dict", DYAD_DICT_AUTO, NULL, &err),
             DYAD_ENOENT);
    dyad_lexicon_builder_free(b);
    unlink(p1);
    unlink(p2);
    unlink(p3);
    rmdir(dir);
}

static void test_field_formats_small(void)
{
    static const char *const actors =
        "# PETRARCH style\n"
        "RUSSIA_ [RUS]\n"
        "+RUSSIAN_\n"
        "SERGEI_LAVROV_\n"
        "+LAVROV_\n"
        "\t[RUSGOV >20040309]\n"
        "\t[RUSELI 19940412-20040309]\n"
        "ALBRIGHT  [USAGOV 930206-010114] [---] ;ems 02 Feb 2001\n"
        "EAST_AND_WEST_GERMANY [GME/GMW]\n"
        "BAD_DATE_\n"
        "\t[XXXGOV 9008223-911221]\n";
    static const char *const agents =
        "!PERSON! = MAN, WOMAN\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "AID_AGENCY [NGO~]\n"
        "NO_CODE\n";
    static const char *const verbs =
        "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n</SYNSETS>\n"
        "BLAM  [111] ;stem\n"
        "- * + FOR_ ATTACK  [112]\n"
        "SEVER_ [---]\n"
        "- * &TIETYPES TIES  [161]\n"
        "- * { DIPLOMATIC | CONSULAR } RELATIONS [161]\n"
        "- * NOTHING  [12x]\n";
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx;

    lx = lex_from("x.actors", actors, DYAD_DICT_ACTORS, 0, &g, &st);
    T_EQ_INT(st.actors, 5);
    T_EQ_INT(st.reported, 1);          /* the 7-digit date */
    T_EQ_STR(g.first_error, "x.actors:11");
    T_EQ_INT(g.warnings, 1);           /* BAD_DATE_ is left without a code */
    T_EQ_STR(g.last_where, "x.actors:10");
    T_EQ_STR(code_of(lx, "Russian", NULL, NULL), "RUS");
    T_EQ_STR(code_of(lx, "Lavrov", "2008-01-01", NULL), "RUSGOV");
    T_EQ_STR(code_of(lx, "Lavrov", "2000-01-01", NULL), "RUSELI");
    T_EQ_STR(code_of(lx, "Albright", "1997-01-01", NULL), "USAGOV");
    T_EQ_STR(code_of(lx, "Albright", "2005-01-01", NULL), "---");
    T_EQ_INT(st.roles, 2 + 2 + 2 + 1);  /* RUS, Lavrov 2, Albright 2, GME+GMW */
    /* a coded compound actor gives both codes, joined by '/' */
    T_EQ_STR(code_of(lx, "East and West Germany", NULL, NULL), "GME/GMW");
    dyad_lexicon_free(lx);

    lx = lex_from("x.agents", agents, DYAD_DICT_AGENTS, 0, &g, &st);
    T_EQ_INT(st.agents, 3);             /* congressman, congresswoman, aid agency */
    T_EQ_INT(st.reported, 1);           /* NO_CODE */
    T_EQ_STR(code_of(lx, "congresswomen", NULL, NULL), "(none)"); /* plural of -man is irregular */
    T_EQ_STR(code_of(lx, "congresswoman", NULL, NULL), "LEG");
    {
        /* [NGO~]: the agent's code goes before the actor's */
        const char *t[] = {"aid", "agency"};
        struct dyad_lex_match m;

        T_EQ_INT(dyad_lexicon_match(lx, t, 2, 0, NULL, &m), DYAD_OK);
        T_EQ_STR(m.code, "NGO");
        T_CHECK(m.flags & DYAD_LEX_AGENT_FIRST);
        t[0] = "congressman";
        T_EQ_INT(dyad_lexicon_match(lx, t, 1, 0, NULL, &m), DYAD_OK);
        T_CHECK(!(m.flags & DYAD_LEX_AGENT_FIRST));
    }
    dyad_lexicon_free(lx);

    lx = lex_from("x.verbs", verbs, DYAD_DICT_VERBS_TABARI, 0, &g, &st);
    T_EQ_INT(st.synsets, 2);            /* TIETYPES + the { | } alternatives */
    T_EQ_INT(st.patterns, 3);
    T_EQ_INT(st.reported, 1);           /* [12x] */
    T_EQ_STR(verb_code(lx, "blame", "", "", NULL), "111");        /* stem BLAM */
    T_EQ_STR(verb_code(lx, "blame", "", "Iran for the attack", NULL), "112");
    T_EQ_STR(verb_code(lx, "sever", "", "economic ties", NULL), "161");
    T_EQ_STR(verb_code(lx, "sever", "", "consular relations", NULL), "161");
    T_EQ_STR(verb_code(lx, "sever", "", "", NULL), "---");
    T_EQ_STR(verb_code(lx, "severance", "", "", NULL), "(none)"); /* SEVER_ is exact */
    dyad_lexicon_free(lx);
}

/* `dyad dict convert`: a PETRARCH-2 block's pattern applies to every
 * verb of the block, so the converted dictionary must code "slash
 * aid" like "cut aid" (CAMEO 0 codes written for this test). */
static void test_convert_petrarch_block(void)
{
    static const char *const petr2 =
        "--- CUT [---] ---\n"
        "CUT\n"
        "SLASH {SLASHES SLASHED SLASHING}\n"
        "- * AID [1621]\n"
        "- * TIES WITH + [161]\n";
    char path[] = "/tmp/dyad-convert-XXXXXX";
    char *mem = NULL;
    size_t len = 0;
    FILE *f;
    int fd = mkstemp(path);
    struct dyad_dict_stats st;
    struct dyad_error err;
    struct dyad_lexicon *lx;
    struct diags g;

    T_CHECK(fd >= 0);
    if (fd < 0)
        return;
    T_EQ_INT(write(fd, petr2, strlen(petr2)), (long long)strlen(petr2));
    close(fd);
    f = open_memstream(&mem, &len);
    memset(&st, 0, sizeof(st));
    T_EQ_INT(dyad_dict_convert(path, DYAD_DICT_VERBS_PETR2, f, NULL, &st, &err), DYAD_OK);
    fclose(f);
    unlink(path);
    lx = lex_from("converted.dict", mem ? mem : "", DYAD_DICT_DYAD, 0, &g, &st);
    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    if (lx) {
        T_EQ_STR(verb_code(lx, "cut", "", "aid", NULL), "1621");
        T_EQ_STR(verb_code(lx, "slash", "", "aid", NULL), "1621");
        T_EQ_STR(verb_code(lx, "slash", "", "ties with Iran", NULL), "161");
        T_EQ_STR(verb_code(lx, "slash", "", "", NULL), "---");
    }
    dyad_lexicon_free(lx);
    free(mem);
}

/* One reference file: its expected counts. */
struct refcase {
    const char *path;
    size_t lines, reported, actors, names, agents, patterns, synsets, discards,
        issues, words, transforms;
};

/*
 * Counts verified independently of dyad (run in ../shared/reference):
 *  - lines: `wc -l` (+1 when the last line has no newline).
 *  - CAMEO.2.0.txt: `grep -c '^- '` = 4668 pattern lines; 2 of them use
 *    the undefined sets &WEATHER and &DEMONSTRATION (reported); 129 verb
 *    words are multi-word ("+ANGERED_BY", "CLEAR_UP": awk over the verb
 *    section, first field with '_' or '+'), each a pattern of its own:
 *    4668 - 2 + 129 = 4795, plus 3 multi-word forms in braces whose
 *    words after the first are not the headword's (line 2194: "WIRE_TAP
 *    {+WIRE_TAPS +WIRE_TAPPED +WIRE_TAPPING}"; the other multi-word
 *    forms, "+BROKE_DOWN" of "+BREAK_DOWN", only add a head): 4798.
 *    Sets `grep -c '^&'` = 40, '~' lines 8.
 *  - Phoenix.Countries: `grep -c '^[A-Z0-9]'` = 18390 entries, `grep -c
 *    '^+'` = 7527 synonyms, one name over 16 words reported (line 48260):
 *    names = 18390 + 7527 - 1.  14 bad lines in all: 7-digit and 10-digit
 *    dates (2039, 18010, 22508, 22519, 43613), a range without '-'
 *    (31715, 51384), roles ending before they start (14190, 22624, 35563,
 *    38904, 38927, 41579), and the long name.
 *  - Phoenix.discards: `grep -vc '^#\|^$'` = 506.  prepositions: 106 lines.
 *  - Phoenix.IssueCoding: 14 reported = 13 phrases without [CODE] (lines
 *    141-153 list bank names) and one stray </ISSUE>.
 */
static const struct refcase refcases[] = {
    {"petrarch2/dictionaries/CAMEO.2.0.txt", 9187, 2, 0, 0, 0, 4798, 40, 0, 0, 0, 8},
    {"petrarch2/dictionaries/Phoenix.Countries.actors.txt", 54526, 14, 18390,
     18390 + 7527 - 1, 0, 0, 0, 0, 0, 0, 0},
    {"petrarch2/dictionaries/Phoenix.discards.txt", 514, 0, 0, 0, 0, 0, 0, 506, 0, 0, 0},
    {"petrarch2/dictionaries/Phoenix.prepositions.txt", 106, 0, 0, 0, 0, 0, 0, 0, 0, 106, 0},
    {"petrarch2/dictionaries/Phoenix.IssueCoding.txt", 3455, 14, 0, 0, 0, 0, 0, 0,
     3157, 0, 0},
};

static void test_reference_files(void)
{
    static const char *const dicts[] = {
        "oeda-dictionaries/CAMEO.EthnicGroups.actors.txt",
        "oeda-dictionaries/CAMEO.ReligiousGroups.actors.txt",
        "petrarch2/dictionaries/CAMEO.2.0.txt",
        "petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt",
        "petrarch2/dictionaries/PETR.Validate.actors.txt",
        "petrarch2/dictionaries/PETR.Validate.agents.txt",
        "petrarch2/dictionaries/PETR.Validate.discards.txt",
        "petrarch2/dictionaries/PETR.Validate.verbs.txt",
        "petrarch2/dictionaries/Phoenix.Countries.actors.txt",
        "petrarch2/dictionaries/Phoenix.International.actors.txt",
        "petrarch2/dictionaries/Phoenix.IssueCoding.txt",
        "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt",
        "petrarch2/dictionaries/Phoenix.agents.txt",
        "petrarch2/dictionaries/Phoenix.discards.txt",
        "petrarch2/dictionaries/Phoenix.prepositions.txt",
        "tabari-dictionaries/CAMEO.080612.verbs",
        "tabari-dictionaries/CAMEO.ECS.120522.actors",
        "tabari-dictionaries/CAMEO.RCS.120521.actors",
        "tabari-dictionaries/Internatnl.120521.actors",
        "tabari-dictionaries/Levant.080629.actors",
        "tabari-dictionaries/PSU.120522.agents",
        "tabari/CAMEO.091003.master.verbs",
        "tabari/TABARI.Demo.actors",
        "tabari/TABARI.Demo.verbs",
        "tabari/Validate.agents",
        "universalpetrarch/dev-validate/validate/PETR_Validate_actors_2_02.txt",
        "universalpetrarch/dev-validate/validate/PETR_Validate_agents_2_02.txt",
        "universalpetrarch/dev-validate/validate/PETR_Validate_discards_2_02.txt",
        "universalpetrarch/dev-validate/validate/PETR_Validate_verbs_2_02.txt",
    };
    static const char *const not_dicts[] = {
        "tabari-dictionaries/CountryInfo.120116.actors.zip",
        "cameo/CAMEO.Manual.1.1b3.pdf",
        "petrarch2/text/PETR.UnitTest.records.xml",
        "tabari/Validate.text",
        "plover/CAMEO2PLOVER-2021.txt",
    };
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;
    struct diags g;
    size_t i, k, reported = 0;
    char path[512];

    memset(&o, 0, sizeof(o));
    memset(&g, 0, sizeof(g));
    o.on_diag = on_diag;
    o.ctx = &g;
    T_EQ_INT(dyad_lexicon_builder_new(&o, &b), DYAD_OK);
    for (i = 0; i < (sizeof(dicts) / sizeof(dicts[0])); i++) {
        struct dyad_dict_stats st;
        int before = g.errors;

        snprintf(path, sizeof(path), "%s/reference/%s", t_shared_dir(), dicts[i]);
        memset(&st, 0, sizeof(st));
        if (dyad_lexicon_builder_load(b, path, DYAD_DICT_AUTO, &st, &err) != DYAD_OK) {
            T_CHECKF(0, "%s: %s (set DYAD_SHARED to the shared/ folder)", path, err.msg);
            continue;
        }
        /* every line is accounted for, and each reported line was reported */
        T_CHECKF(st.lines == st.loaded + st.ignored + st.reported, "%s", dicts[i]);
        T_CHECKF((size_t)(g.errors - before) == st.reported, "%s: %d diags, %zu reported",
                 dicts[i], g.errors - before, st.reported);
        T_CHECKF(st.loaded > st.reported * 10, "%s: too many bad lines", dicts[i]);
        reported += st.reported;
        for (k = 0; k < (sizeof(refcases) / sizeof(refcases[0])); k++) {
            const struct refcase *r = &refcases[k];

            if (strcmp(r->path, dicts[i]) != 0)
                continue;
            T_EQ_INT(st.lines, r->lines);
            T_EQ_INT(st.reported, r->reported);
            T_EQ_INT(st.actors, r->actors);
            T_EQ_INT(st.names, r->names);
            T_EQ_INT(st.agents, r->agents);
            T_EQ_INT(st.patterns, r->patterns);
            T_EQ_INT(st.synsets, r->synsets);
            T_EQ_INT(st.discards, r->discards);
            T_EQ_INT(st.issues, r->issues);
            T_EQ_INT(st.words, r->words);
            T_EQ_INT(st.transforms, r->transforms);
        }
    }
    for (i = 0; i < (sizeof(not_dicts) / sizeof(not_dicts[0])); i++) {
        snprintf(path, sizeof(path), "%s/reference/%s", t_shared_dir(), not_dicts[i]);
        T_EQ_INT(dyad_lexicon_builder_load(b, path, DYAD_DICT_AUTO, NULL, &err), DYAD_EFORMAT);
    }
    /*
     * 97 bad lines in the 29 files, each inspected by hand: per file 2
     * (CAMEO.2.0: undefined &WEATHER, &DEMONSTRATION), 5 (verbpatterns:
     * two '*', two patterns without [code], a pattern without '*', a
     * block header "--- X [" cut short), 2 + 12 + 3 + 9 (the validation
     * suites' deliberately odd codes "075A", "def", "174K", "+++" and
     * undefined sets), 14 (Phoenix.Countries, listed above), 2
     * (International: 7-digit date, a name line indented by mistake), 14
     * (IssueCoding), 2 (Phoenix.agents: "[~ENV}", no code), 3 + 9
     * (TABARI verbs: codes "JPNJUD", "O254", "14O", "010?", "X", two '*'),
     * 5 (Levant: bad ranges), 2 + 13 (TABARI demo files' test errors;
     * the verbs' two "{ FORMS }" lines, 63 and 147, are forms of the verb
     * above them): 97 when each file is loaded alone.  Loaded together it
     * is 92:
     * synonym sets are shared by everything in a builder, and five
     * references in PETR_Validate_verbs_2_02 (&DEFENSE, &PKO twice,
     * &REFUGEE, &SECURITY) use sets that CAMEO.2.0.txt defines.
     */
    T_EQ_INT(reported, 92);
    T_EQ_INT(dyad_lexicon_build(b, &lx, &err), DYAD_OK);
    /* the PETRARCH-2 dictionaries together code like PETRARCH would */
    T_EQ_STR(code_of(lx, "Sergei Lavrov", "2010-01-01", NULL), "RUSGOV");
    T_EQ_STR(verb_code(lx, "impose", "", "sanctions", NULL), "163");
    dyad_lexicon_builder_free(b);
    dyad_lexicon_free(lx);
}

static struct dyad_lexicon *own_lexicon(struct diags *g, struct dyad_dict_stats *st)
{
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;

    memset(&o, 0, sizeof(o));
    memset(g, 0, sizeof(*g));
    o.on_diag = on_diag;
    o.ctx = g;
    o.check = 1;
    if (dyad_lexicon_builder_new(&o, &b))
        return NULL;
    if (dyad_lexicon_builder_load(b, "data/dict/dyad.dict", DYAD_DICT_AUTO, st, &err) == DYAD_OK)
        dyad_lexicon_build(b, &lx, &err);
    dyad_lexicon_builder_free(b);
    return lx;
}

/* dyad's own dictionaries: clean under `dyad dict check`, the sizes the
 * issue asks for, and hand-checked codes. */
static void test_own_dictionaries(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);
    const struct dyad_cameo_code *cc;
    /* one verb per CAMEO root, code checked against the CAMEO codebook */
    static const struct pcase roots[] = {
        {"say", "", "010"},            {"urge", "", "020"},
        {"pledge", "to cooperate", "030"}, {"visit", "", "042"},
        {"praise", "", "051"},         {"extradite", "", "063"},
        {"provide", "humanitarian aid", "073"}, {"release", "prisoners", "0841"},
        {"investigate", "", "090"},    {"demand", "", "100"},
        {"condemn", "", "111"},        {"reject", "", "120"},
        {"threaten", "", "130"},       {"protest", "", "140"},
        {"deploy", "troops", "154"},   {"impose", "sanctions on", "163"},
        {"arrest", "", "173"},         {"abduct", "", "181"},
        {"launch", "airstrikes", "195"}, {"use", "chemical weapons", "2041"},
        {"cut", "diplomatic ties", "161"}, {"pour", "scorn on", "111"},
        {"call", "on the government to", "020"}, {"accuse", "", "112"},
        {"blame", "", "112"},          {"sign", "a peace deal", "057"},
        {"meet", "", "040:040"},         {"deny", "", "016"},
        {"warn", "", "130"},           {"attack", "", "190"},
        /* "agree to" (030) must not win over the ceasefire it agrees to;
         * a hyphenated pattern word ("cease-fire") is matched as its
         * parts, as the tokenizer splits the text */
        {"agree", "to a ceasefire", "0356"}, {"urge", "a cease fire", "0256"},
        /* a preposition-only pattern loads last: the content word wins */
        {"agree", "to new sanctions", "163"},
        /* fourteenth session: trading blame is mutual accusation (was 061,
         * trade as commerce) */
        {"trade", "blame", "112"}, {"exchange", "insults", "112"},
        /* sixteenth session: 140 is CAMEO's residual "not coded except
         * when distinctions among codes 141-145 cannot be made" (its usage
         * note): demonstrating is 141, a strike or boycott 143, a
         * barricade 144, a riot 145 (all were 140) */
        {"demonstrate", "", "141"}, {"rally", "", "141"},
        {"stage", "a demonstration", "141"}, {"stage", "a strike", "143"},
        {"boycott", "", "143"}, {"barricade", "", "144"}, {"riot", "", "145"},
        /* and bare verbs the manual codes elsewhere than the first spec
         * did: sharp criticism 111 (was the residual 110), formal pardons
         * 0841 (056's usage note), a retreat 0874 (was 080), repression
         * 175 (was 170), abuse 182 (1822 only for torture), plunder 1711
         * (its usage note: raids and lootings), expelling diplomats 161
         * (174's usage note) */
        {"slam", "", "111"}, {"rebuke", "", "111"}, {"pardon", "", "0841"},
        {"free", "", "0841"}, {"retreat", "", "0874"}, {"repress", "", "175"},
        {"abuse", "", "182"}, {"plunder", "", "1711"}, {"declare", "persona non grata", "161"},
        /* seventeenth session: a more specific code of the same act wins
         * over a general one whatever the order of gen_verbs.py's specs
         * (these were 070, 023, 171 and 162, and "deploy troops" above
         * 150); shelling is 194, "fight with artillery"; a bare "ignore"
         * stays a rejection and threatened attacks 138 */
        {"give", "a loan", "071"}, {"seek", "funding", "0231"},
        {"demolish", "houses", "1712"}, {"cut", "funding", "1621"}, {"shell", "", "194"},
        {"ignore", "", "120"}, {"threaten", "attacks", "138"},
        /* and what the manual's usage notes say outright: diplomats
         * expelled are 161, journalists 174, other groups 166 (166's and
         * 174's notes); charges are lawsuits, 115 (173's note) */
        {"expel", "diplomats", "161"}, {"order", "the ambassador to leave", "161"},
        {"expel", "journalists", "174"}, {"expel", "the mission", "166"},
        {"evacuate", "diplomats", "166"}, {"charge", "with murder", "115"},
        {"indict", "", "115"},
        /* bare "push" moves things; it appeals only for something
         * (eighteenth session) */
        {"push", "", "(none)"}, {"push", "for talks", "026"}, {"push", "for reform", "024"},
        /* twentieth session: a person sentenced to prison or death is
         * detained, 173 (116's note); a bare sentence stays 116 */
        {"sentence", "to death", "173"}, {"sentence", "in prison", "173"},
        {"sentence", "", "116"},
        /* twenty-first session: an attack claimed is responsibility
         * claimed, 015; a bare claim is a statement */
        {"claim", "the attack", "015"}, {"claim", "the bombing", "015"}, {"claim", "", "010"},
        /* barring someone from something, stripping or revoking
         * citizenship or accreditation: administrative sanctions, 172;
         * barring inspectors stays 1245 */
        {"revoke", "citizenship", "172"}, {"revoke", "the accreditation", "172"},
        {"bar", "inspectors", "1245"},
        /* a strike with a weapon named is force; a bare one a labour
         * strike */
        {"launch", "missile strikes", "195"}, {"conduct", "retaliatory strikes", "190"},
        {"launch", "a strike", "143"},
        {"scramble", "fighter jets", "152"},
    };

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    T_EQ_INT(st.reported, 0);
    /* 311 = data rows of GDELT's CAMEO.goldsteinscale.txt (312 lines - header) */
    T_EQ_INT(st.codes, 311);
    T_CHECK(st.patterns >= 3000);
    T_CHECK(st.agents >= 300);
    T_CHECK(st.roles - st.actors > 200);  /* people carry several dated roles */
    CHECK_PATTERNS(lx, roots);
    /* CAMEO table rows (values from the CAMEO codebook and GDELT's table) */
    T_EQ_INT(dyad_lexicon_cameo(lx, "163", &cc), DYAD_OK);
    T_CHECK(cc && cc->quad == 4 && cc->root == 16 && cc->goldstein == -8.0);
    T_EQ_INT(dyad_lexicon_cameo(lx, "010", &cc), DYAD_OK);
    T_CHECK(cc && cc->quad == 1 && cc->goldstein == 0.0);
    T_EQ_INT(dyad_lexicon_cameo(lx, "190", &cc), DYAD_OK);
    T_CHECK(cc && cc->quad == 4 && cc->goldstein == -10.0);
    T_EQ_INT(dyad_lexicon_cameo(lx, "0231", &cc), DYAD_OK);
    T_CHECK(cc && cc->quad == 1 && cc->root == 2);
    /* PLOVER categories where the PLOVER manual overrides the 2021 draft
     * table: lifting a curfew is CONCEDE, a resignation RETREAT */
    T_EQ_INT(dyad_lexicon_cameo(lx, "0813", &cc), DYAD_OK);
    T_EQ_STR(cc ? cc->plover : NULL, "CONCEDE");
    T_EQ_INT(dyad_lexicon_cameo(lx, "0831", &cc), DYAD_OK);
    T_EQ_STR(cc ? cc->plover : NULL, "RETREAT");
    T_EQ_INT(dyad_lexicon_cameo(lx, "0841", &cc), DYAD_OK);
    T_EQ_STR(cc ? cc->plover : NULL, "RETREAT");
    /* actors, metonyms, demonym + agent, people by date: name, document
     * date (NULL: none), expected code */
    {
        static const struct { const char *name, *date, *code; } want[] = {
            {"the Kremlin", NULL, "RUSGOV"},
            /* known armed groups carry their CAMEO group code (seventeenth session) */
            {"Hezbollah", NULL, "LBNREBHEZ"},
            {"PKK", NULL, "TURREBPKK"},
            /* and so do their leaders, with the group's dated status */
            {"Sheikh Ahmed Yassin", NULL, "PSEREBHMS"},
            {"Nasrallah", "2006-07-20", "LBNREBHEZ"},
            {"Akhundzada", "2019-01-01", "AFGREBTAL"},
            {"Akhundzada", "2023-01-01", "AFGGOVTAL"},
            {"Prabhakaran", "2005-01-01", "LKAREBTGR"},
            /* the Taliban governed from Kabul 1996-2001 and from 2021 */
            {"the Taliban", "1998-06-01", "AFGGOVTAL"},
            {"the Taliban", "2004-10-09", "AFGREBTAL"},
            {"Mullah Omar", "2004-10-09", "AFGREBTAL"},
            {"Moscow", NULL, "RUSGOV"},
            {"Russian lawmakers", NULL, "RUSLEG"},
            {"U.S.", NULL, "USA"},
            {"United States", NULL, "USA"},
            /* the United Kingdom's constituent countries are GBR, as in CAMEO;
             * the longer Australian state name wins over its "Wales" */
            {"Scotland", NULL, "GBR"},
            {"Welsh officials", NULL, "GBRGOV"},
            {"Iranian leaders", NULL, "IRNGOV"},
            {"Iraqi tribal leaders", NULL, "IRQCVL"},
            {"Amrullah Saleh", "2004-10-16", "AFGSPY"},
            {"National Security Directorate", NULL, "AFGSPY"},
            {"New South Wales", NULL, "AUS"},
            {"U.S. Treasury", NULL, "USAGOV"},
            {"Lavrov", "2020-01-01", "RUSGOV"},
            {"Angela Merkel", "2010-01-01", "DEUGOV"},
            {"Angela Merkel", "2023-01-01", "DEUELI"},
            /* out of office with no later role: a former official */
            {"Biden", "2026-01-01", "USAELI"},
            {"Syrian Observatory for Human Rights", NULL, "SYRNGOHRI"},
            {"SOHR", NULL, "SYRNGOHRI"},
            /* "RSF" in conflict news is Sudan's Rapid Support Forces;
             * Reporters Without Borders keeps its full names */
            {"RSF", NULL, "SDNREB"},
            /* "Congo" alone is the DRC, as wire copy uses it */
            {"Congo", NULL, "COD"},
            {"Republic of Congo", NULL, "COG"},
            {"Reporters Without Borders", NULL, "NGOMED"},
            {"Jens Stoltenberg", "2020-01-01", "IGOWSTNAT"},
            {"Jens Stoltenberg", "2010-01-01", "NORGOV"},
            {"NATO", NULL, "IGOWSTNAT"},
            /* IGO and NGO codes: the full codes of the CAMEO manual's appendix
             * list (organisation code behind its region or specialty) */
            {"World Health Organization", NULL, "IGOUNOHLHWHO"},
            {"UNHCR", NULL, "IGOUNOREFHCR"},
            {"UNRWA", NULL, "IGOUNOREF"},   /* not in the list: UN + REF */
            {"International Monetary Fund", NULL, "IGOBUSIMF"},
            {"Ajay Banga", "2024-01-01", "IGOUNODEVWBK"},
            {"Arab League", NULL, "IGOMEAARL"},
            {"Amnesty International", NULL, "NGOHRIAMN"},
            {"Red Cross", NULL, "NGOHLHIRC"},
            {"Hamas", NULL, "PSEREBHMS"},
            /* people named by their trade are civilians; a village or clan
             * elder is a local leader (CVL), "elder" alone an elite */
            {"Iraqi engineers", NULL, "IRQCVL"},
            {"taxi driver", NULL, "CVL"},
            {"Australian writer", NULL, "AUSCVL"},
            {"Ukrainian air defences", NULL, "UKRMIL"},
            {"Polish military command", NULL, "POLMIL"},
            {"Afghan tribal elders", NULL, "AFGCVL"},
            {"elders", NULL, "ELI"},
            {"private contractors", NULL, "BUS"},
            /* the territory, not "the West" (WST) and a bank (BUS) */
            {"the West Bank", NULL, "PSE"},
            {"West Bank", NULL, "PSE"},
        };
        for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++)
            T_EQ_STR(code_of(lx, want[k].name, want[k].date, NULL), want[k].code);
    }
    dyad_lexicon_free(lx);
}

/* dyad's own verb patterns for the CAMEO codes the PLOVER suite found
 * thin (issue 5).  Each phrase is written for this test; the expected code
 * is the CAMEO 1.1b3 code whose definition covers it: a bare "kill" is force
 * (190), killing a bill is a veto (129); casualties of a bombing code the
 * bombing (183x); forces on alert (152), patrols (151), more troops (154),
 * readying an attack (150); cancelled visits (161); stopping a rally (1721);
 * sabotage and arson (1712); protesters calling off a strike (082);
 * "agree to" anything (030); a restated demand (100); seeking refuge
 * (1033); "withdraw inspectors from" (1662) against "withdraw from" (0874). */
static void test_own_dictionaries_plover(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);
    static const struct pcase cases[] = {
        {"kill", "", "190"},
        {"kill", "the bill", "129"},
        {"kill", "three villagers", "1823"},
        {"kill", "five people in a suicide bombing", "1831"},
        {"wound", "two soldiers in a bomb attack", "183"},
        {"injure", "", "180"},
        {"remain", "on high alert", "152"},
        {"step", "up police patrols", "151"},
        {"strengthen", "its forces in the south", "154"},
        {"strengthen", "ties with", "050"},
        {"prepare", "to attack the town", "150"},
        {"cancel", "a planned visit to", "161"},
        {"prevent", "the rally", "1721"},
        {"blow", "up a gas pipeline", "1712"},
        {"set", "fire to the office of", "1712"},
        {"set", "fire to", "145"},
        {"call", "off the strike", "082"},
        {"collect", "signatures", "140"},
        {"agree", "to set up a research centre", "030"},
        {"agree", "to hold joint military exercises", "0312"},
        {"reach", "an agreement", "030"},
        {"agree", "that both sides should cooperate", "030"},
        {"agree", "that", "019"},
        {"return", "to Vienna for talks", "046:046"},
        {"return", "the land", "0842"},
        {"accept", "the peace plan", "037"},
        {"forgive", "the president", "056"},
        {"defend", "the minister against criticism", "052"},
        {"forgive", "the debt of", "071"},
        {"launch", "war games near", "150"},
        {"launch", "joint military exercises", "062"},
        {"call", "on the Arabs to unite against", "113"},
        {"give", "a warm welcome to", "043"},
        {"renew", "negotiations", "046:046"},
        {"pay", "compensation to", "080"},
        {"complete", "the withdrawal of troops", "0874"},
        {"put", "under investigation", "091"},
        {"reiterate", "its demand", "100"},
        {"seek", "asylum in", "1033"},
        {"renege", "on its promise", "120"},
        {"vow", "to fight on", "138"},
        {"withdraw", "inspectors from", "1662"},
        {"withdraw", "from the town", "0874"},
        {"deny", "the request", "120"},
        {"deny", "", "016"},
        {"open", "fire on demonstrators", "175"},
        {"open", "fire on", "190"},
        {"capture", "part of the city", "192"},
        {"hand", "over medicine to", "073"},
        {"dispatch", "investigators to", "090"},
        {"evacuate", "the settlements", "0874"},
        {"impose", "embargoes on", "163"}, /* "embargoes" folds to "embargoe": listed */
    };

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    CHECK_PATTERNS(lx, cases);
    /* the 1990s name of the European Union (CAMEO codes both IGOEUREEC) */
    T_EQ_STR(code_of(lx, "European Community", NULL, NULL), "IGOEUREEC");
    dyad_lexicon_free(lx);
}

/* dyad's own verb patterns added for the development gold set's round 5
 * (issue 5).  Phrases written for this test; expected codes from the CAMEO
 * 1.1b3 definitions: questioning someone investigates them (090), not an
 * arrest (173); considering an option (014); admitting to a deed
 * acknowledges responsibility (015); saving people or lives is
 * humanitarian aid (073), saving a bank economic aid (071); turning away
 * boats of migrants refuses them refuge (1223); a bare ban is an
 * administrative sanction (172), a party ban stays 1722; being concerned
 * is a pessimistic comment (012); believing and reasoning aloud are
 * statements (010). */
static void test_own_dictionaries_round5(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);
    static const struct pcase cases[] = {
        {"interrogate", "", "090"},
        {"interrogate", "the suspect for hours", "090"},
        {"arrest", "", "173"},
        {"consider", "", "014"},
        {"consider", "new sanctions", "014"},
        {"admit", "to", "015"},
        {"admit", "responsibility", "015"},
        {"save", "", "073"},
        {"save", "lives", "073"},
        {"save", "the bank", "071"},
        {"turn", "away boats of migrants", "1223"},
        {"turn", "away", "120"},
        {"turn", "down", "120"},
        {"ban", "", "172"},
        {"ban", "the opposition party", "1722"},
        {"concerned", "", "012"},
        {"believe", "", "010"},
        {"reason", "", "010"},
        /* characterising or naming something is a comment on it (010) */
        {"characterize", "the conflict as a war", "010"},
        {"characterise", "", "010"},
        {"dub", "the dispute", "010"},
        /* letting people into a country eases entry restrictions (081);
         * "allow" alone is no event */
        {"allow", "the delegation into the country", "081"},
        {"grant", "entry visas", "081"},
        {"allow", "", "(none)"},
        /* head verbs of CAMEO's verb dictionary that verbs.dict lacked
         * (eighth session: its head lemmas compared with ours): recommending is an appeal,
         * assailing a criticism, refuting a denial */
        {"recommend", "", "020"},
        {"advise", "", "020"},
        {"assail", "", "111"},
        {"refute", "", "016"},
        {"reconsider", "", "014"},
        {"confine", "", "173"},
        {"caution", "", "130"},
        {"disclose", "", "010"},
        /* and from PETRARCH2's CAMEO 2.0 verb synsets */
        {"cite", "", "010"},
        {"reprimand", "", "111"},
        {"acquit", "", "081"},
        {"patrol", "", "150"},
        {"steal", "", "171"},
        {"repel", "", "190"},
        /* demanding what one could appeal for is a demand (10x): the
         * appeal rows no longer list "demand" ahead of the demand rows */
        {"demand", "a truce", "1056"},
        {"demand", "the release of", "1053"},
        {"demand", "reforms", "104"},
        {"urge", "a truce", "0256"},
        /* taking in refugees is humanitarian aid (073; refusing it is
         * 1223, CAMEO's own example) */
        {"accept", "more refugees", "073"},
        {"take", "in asylum seekers", "073"},
        {"grant", "asylum", "075"},
        /* forces entering a state of war raise their alert (152) */
        {"enter", "a wartime state", "152"},
        {"enter", "a state of war", "152"},
    };

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    CHECK_PATTERNS(lx, cases);
    /* national agencies by what they do (CAMEO actor codebook: police COP,
     * intelligence SPY, other agencies GOV) */
    T_EQ_STR(code_of(lx, "NASA", NULL, NULL), "USAGOV");
    T_EQ_STR(code_of(lx, "Federal Bureau of Investigation", NULL, NULL), "USACOP");
    T_EQ_STR(code_of(lx, "CIA", NULL, NULL), "USASPY");
    T_EQ_STR(code_of(lx, "Mossad", NULL, NULL), "ISRSPY");
    T_EQ_STR(code_of(lx, "Scotland Yard", NULL, NULL), "GBRCOP");
    /* civic associations are non-governmental organisations */
    T_EQ_STR(code_of(lx, "Italian associations", NULL, NULL), "ITANGO");
    T_EQ_STR(code_of(lx, "associations", NULL, NULL), "NGO");
    /* the administrator of a state agency (NASA, EPA) is its official */
    T_EQ_STR(code_of(lx, "administrator", NULL, NULL), "GOV");
    /* scientists are the education/research sector, as researchers are */
    T_EQ_STR(code_of(lx, "Italian scientists", NULL, NULL), "ITAEDU");
    dyad_lexicon_free(lx);
}

/* Eleventh session's entries: armed groups, parties and intelligence
 * services the EWT weblog news named (their acronyms need capitals), the
 * two branches of Islam as agents, commissions as state bodies. */
static void test_own_dictionaries_round11(void)
{
    static const char *const want[][2] = {
        {"Tamil Tigers", "LKAREBTGR"}, {"LTTE", "LKAREBTGR"},        {"ISI", "PAKSPY"},
        {"Isi", "(none)"},            {"RAW agents", "INDSPY"},  {"raw materials", "(none)"},
        {"Mahdi Army", "IRQREB"},     {"SCIRI", "IRQPTY"},       {"Iraqi Shiites", "IRQMOSSHI"},
        {"Sunnis", "MOSSUN"},         {"Iraqi Electoral Commission", "IRQGOV"},
        {"bin Laden", "IMGMOSALQ"},   {"Zawahiri", "IMGMOSALQ"}, {"Chalabi", "IRQOPP"},
        {"KSM", "IMGMOSALQ"},         {"George Tenet", "USASPY"}, {"daily", "MED"},
        /* a state's National Security Council is its government's, the
         * UN's Security Council the UN (was IGOUNO for both) */
        {"National Security Council", "GOV"}, {"Security Council", "IGOUNO"},
        /* CAMEO's region codes with their adjectives (thirteenth session;
         * North America is NMR in the codebook, NAM being Namibia) */
        {"Western diplomats", "WSTGOV"}, {"the West", "WST"},
        {"African ministers", "AFRGOV"}, {"North American", "NMR"},
        {"Eastern European", "EEU"},     {"Western Sahara", "ESH"},
        {"European Union", "IGOEUREEC"},
        /* fourteenth session: Iran's head of state's title */
        {"Iranian supreme leader", "IRNGOV"},
    };
    /* "Bush" alone: whichever Bush was in office at the date */
    static const char *const bush[][2] = {
        {"1985-01-01", "USAGOV"}, {"1991-01-01", "USAGOV"}, {"1997-01-01", "USAELI"},
        {"2004-06-01", "USAGOV"}, {"2012-01-01", "USAELI"},
    };
    /* thirteenth session: people of the 2004 weblog posts, at a date */
    static const char *const dated[][3] = {
        {"Barno said", "2004-10-16", "USAMIL"},
        {"Qanooni said", "2004-10-16", "AFGOPP"},
        {"Qanuni said", "2003-01-01", "AFGGOV"},
        {"Qanuni said", "2008-01-01", "AFGLEG"},
        {"President Clinton said", "1999-11-05", "USAGOV"},
        {"President Clinton said", "2004-07-08", "USAELI"},
    };
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);

    T_CHECK(lx != NULL && g.errors == 0 && g.warnings == 0);
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        T_EQ_STR(code_of(lx, want[i][0], "2003-01-01", NULL), want[i][1]);
    for (size_t i = 0; i < sizeof(dated) / sizeof(dated[0]); i++)
        T_EQ_STR(code_of(lx, dated[i][0], dated[i][1], NULL), dated[i][2]);
    for (size_t i = 0; i < sizeof(bush) / sizeof(bush[0]); i++)
        T_EQ_STR(code_of(lx, "Bush said", bush[i][0], NULL), bush[i][1]);
    dyad_lexicon_free(lx);
}

/* leaders.dict: heads of state and government of 1975-2024 that
 * people.dict does not hold, coded GOV in office and ELI after it (or
 * without a role once the dated roles end), and the distinctive surnames
 * and the frequent misspelling "Mitterand" find the same person. */
static void test_own_dictionaries_leaders(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    T_EQ_STR(code_of(lx, "Francois Mitterrand", "1990-06-01", NULL), "FRAGOV");
    T_EQ_STR(code_of(lx, "Mitterrand", "1995-12-01", NULL), "FRAELI");
    T_EQ_STR(code_of(lx, "Francois Mitterand", "1985-01-01", NULL), "FRAGOV");
    T_EQ_STR(code_of(lx, "Laurent Gbagbo", "2005-01-01", NULL), "CIVGOV");
    T_EQ_STR(code_of(lx, "Gbagbo", "2015-01-01", NULL), "CIVELI");
    T_EQ_STR(code_of(lx, "Askar Akayev", "2000-01-01", NULL), "KGZGOV");
    T_EQ_STR(code_of(lx, "Akayev", "2006-01-01", NULL), "KGZELI");
    T_EQ_STR(code_of(lx, "Moody Awori", "2005-01-01", NULL), "KENGOV");
    T_EQ_STR(code_of(lx, "Moody Awori", "2010-01-01", NULL), "KENELI");
    /* a surname shared with a later leader is left to the full names */
    T_EQ_STR(code_of(lx, "Laurent Kabila", "1999-01-01", NULL), "CODGOV");
    T_EQ_STR(code_of(lx, "Kabila", "2010-01-01", NULL), "CODGOV");
    /* a coup leader is the government while in power */
    T_EQ_STR(code_of(lx, "Pinochet", "1980-01-01", NULL), "CHLGOV");
    T_EQ_STR(code_of(lx, "Pinochet", "1995-01-01", NULL), "CHLMIL");
    dyad_lexicon_free(lx);
}

/* The code of the first phrase of `text` that want() accepts, scanning
 * as the coder does (longest match, left to right), or "(none)". */
static const char *first_code(const struct dyad_lexicon *lx, const char *text,
                              int (*want)(const struct dyad_lex_match *))
{
    static struct dyad_lex_match m;
    const char *t[64];
    size_t n = toks(text, t, 64), i = 0;

    while (i < n) {
        dyad_lexicon_match(lx, t, n, i, NULL, &m);
        if (m.kind == DYAD_LEX_NONE || m.len == 0 || m.start != i) {
            i++;
            continue;
        }
        if (want(&m))
            return m.code;
        i += m.len;
    }
    return "(none)";
}

/* A media code: country + MED. */
static int is_media(const struct dyad_lex_match *m)
{
    return m->kind == DYAD_LEX_ACTOR && strlen(m->code) == 6 && strcmp(m->code + 3, "MED") == 0;
}

/* A political party (not a null-coded guard). */
static int is_party(const struct dyad_lex_match *m)
{
    return m->kind == DYAD_LEX_ACTOR && m->actor_kind && strcmp(m->actor_kind, "party") == 0 &&
           strcmp(m->code, "---") != 0;
}

/* News outlets of organisations.dict's media section code country + MED,
 * and the common words some of them are named after do not: those
 * outlets are listed only in a longer form ("Dawn newspaper"), or left
 * out (The Times, Time, The Economist alone, CCTV, PNA). */
static void test_own_dictionaries_media(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);
    static const char *const outlets[][2] = {
        {"according to the Sydney Morning Herald", "AUSMED"},
        {"told ABC News", "USAMED"},
        {"told CBC News", "CANMED"},
        {"the Dawn newspaper reported", "PAKMED"},
        {"according to Press Trust of India", "INDMED"},
        {"the Hindu newspaper said", "INDMED"},
        {"told the Guardian", "GBRMED"},
        {"Jiji Press reported", "JPNMED"},
        {"state broadcaster NHK said", "JPNMED"},
        {"the Jerusalem Post reported", "ISRMED"},
        {"the Al-Ahram daily", "EGYMED"},
        {"Voice of America", "USAMED"},
        {"told Ukrainska Pravda", "UKRMED"},
        {"the Frankfurter Allgemeine Zeitung", "DEUMED"},
    };
    static const char *const words[] = {
        "attacked at dawn", "Dawn broke over the city", "the times", "The times have changed",
        "in time", "Time will tell", "The Hindu nationalist party", "the Guardian Council",
        "The economist said", "the Independent Electoral Commission", "CCTV footage",
        "the PNA", "India today announced", "the Kosovo Liberation Army",
        "an Irish independent senator", "Arab news outlets", "Nos. 1 and 2 reactors",
        "the Times Square attack", "The Australian government", "The Nation mourned",
        "Michael Bloomberg said",
    };

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    for (size_t i = 0; i < sizeof(outlets) / sizeof(outlets[0]); i++)
        T_EQ_STR(first_code(lx, outlets[i][0], is_media), outlets[i][1]);
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        T_EQ_STR(first_code(lx, words[i], is_media), "(none)");
    /* the guard for "the Guardian Council" is Iran's council, not the paper */
    T_EQ_STR(code_of(lx, "the Guardian Council", NULL, NULL), "IRNGOV");
    dyad_lexicon_free(lx);
}

/* Parties of organisations.dict: a party whose name holds another
 * country's shorter party name codes its own country ("New Democratic
 * Party" is Canada's, not the US Democrats); one-party states' ruling
 * parties are GOV; abbreviations and short names that are words or name
 * something else in news are left out and match no party. */
static void test_own_dictionaries_parties(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx = own_lexicon(&g, &st);
    static const char *const parties[][2] = {
        {"the New Democratic Party said", "CANPTY"},
        {"a New Democrat MP", "CANPTY"},
        {"the New Democrats", "CANPTY"},
        {"the Democratic Party said", "USAPTY"},
        {"the Democratic Party of Japan", "JPNPTY"},
        {"the Liberal Democratic Party of Russia", "RUSPTY"},
        {"Nigeria 's opposition Peoples Democratic Party", "NGAPTY"},
        {"Mexico 's ruling Morena", "MEXPTY"},
        {"the Communist Party of Cuba", "CUBGOV"},
        {"the Communist Party of Vietnam", "VNMGOV"},
        {"the Sandinistas", "NICPTY"},
        {"the Movement for Democratic Change", "ZWEPTY"},
        {"the Trinamool Congress", "INDPTY"},
        {"the Pheu Thai party", "THAPTY"},
        {"UMNO leaders", "MYSPTY"},
        {"Golkar", "IDNPTY"},
        {"Fianna Fáil", "IRLPTY"},
        {"the Austrian Freedom Party", "AUTPTY"},
        {"the Patriotic Union of Kurdistan", "IRQPTY"},
    };
    static const char *const words[] = {
        "Move Forward", "MAS", "NPP", "NDC", "TPP", "CPI", "PAS", "Vox", "Amal Clooney",
        "Podemos", "Congress", "Freedom Party", "Labor Party", "RPF", "Nationals", "NDP",
        "Lebanese forces", "Social Democratic Party", "PDP",
    };

    T_CHECK(lx != NULL);
    T_EQ_INT(g.errors, 0);
    T_EQ_INT(g.warnings, 0);
    for (size_t i = 0; i < sizeof(parties) / sizeof(parties[0]); i++)
        T_EQ_STR(first_code(lx, parties[i][0], is_party), parties[i][1]);
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        T_EQ_STR(first_code(lx, words[i], is_party), "(none)");
    /* the Taliban: insurgents until the fall of Kabul, the government since */
    T_EQ_STR(code_of(lx, "the Taliban", "2010-06-01", NULL), "AFGREBTAL");
    T_EQ_STR(code_of(lx, "the Taliban", "2022-06-01", NULL), "AFGGOVTAL");
    /* a US administration named by its president is the US government
     * (the agent "administration" alone took the document's focus) */
    T_EQ_STR(code_of(lx, "Bush administration officials", NULL, NULL), "USAGOV");
    T_EQ_STR(code_of(lx, "Obama administration", NULL, NULL), "USAGOV");
    dyad_lexicon_free(lx);
}

/* Every ISO 3166-1 entry of Debian's iso-codes has a [countries] line
 * with its alpha-3 code, and its plain name (no comma) resolves to it. */
/* An alias in capitals of a written-out name ("ANI" of "Asian News
 * International") of two or three letters matches only a word in
 * capitals ("al-Ani" is no news agency); longer ones ("Nato" in British
 * papers) and dictionaries written all in capitals match as before. */
static void test_acronym_aliases(void)
{
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon *lx =
        lex_from("acr.dict",
                 "[organisations]\n"
                 "Asian News International | ANI : INDMED\n"
                 "North Atlantic Treaty Organization | NATO : IGOWSTNAT\n",
                 DYAD_DICT_DYAD, 0, &g, &st);
    struct dyad_lexicon *tab =
        lex_from("acr.actors", "ANI [INDMED]\n", DYAD_DICT_ACTORS, 0, &g, &st);

    T_CHECK(lx != NULL && tab != NULL);
    T_EQ_STR(code_of(lx, "ANI reported", NULL, NULL), "INDMED");
    T_EQ_STR(code_of(lx, "Ani reported", NULL, NULL), "(none)");
    T_EQ_STR(code_of(lx, "Asian News International reported", NULL, NULL), "INDMED");
    T_EQ_STR(code_of(lx, "Nato said", NULL, NULL), "IGOWSTNAT");
    T_EQ_STR(code_of(tab, "Ani reported", NULL, NULL), "INDMED");
    dyad_lexicon_free(lx);
    dyad_lexicon_free(tab);
}

static void test_countries_match_iso(void)
{
    json_error_t jerr;
    json_t *root = json_load_file("/usr/share/iso-codes/json/iso_3166-1.json", 0, &jerr);
    json_t *list, *c;
    struct diags g;
    struct dyad_dict_stats st;
    struct dyad_lexicon_options o;
    struct dyad_lexicon_builder *b;
    struct dyad_lexicon *lx = NULL;
    struct dyad_error err;
    size_t i, checked = 0;

    T_CHECK(root != NULL);
    if (!root)
        return;
    list = json_object_get(root, "3166-1");
    T_CHECK(json_array_size(list) >= 249);
    memset(&o, 0, sizeof(o));
    memset(&g, 0, sizeof(g));
    o.on_diag = on_diag;
    o.ctx = &g;
    dyad_lexicon_builder_new(&o, &b);
    T_EQ_INT(dyad_lexicon_builder_load(b, "data/dict/countries.dict", DYAD_DICT_AUTO, &st, &err),
             DYAD_OK);
    dyad_lexicon_build(b, &lx, &err);
    dyad_lexicon_builder_free(b);
    T_EQ_INT(g.errors, 0);
    json_array_foreach(list, i, c) {
        const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "common_name"));
        char code[64];
        size_t len;

        /* one deliberate override: "Congo" alone is the DRC (COD) in
         * news, ISO's short name of the Republic (COG), which keeps its
         * longer names */
        const char *want;

        if (!name)
            name = json_string_value(json_object_get(c, "name"));
        if (!a3 || !name || strchr(name, ','))
            continue;
        want = strcmp(name, "Congo") == 0 ? "COD" : a3;
        snprintf(code, sizeof(code), "%s", code_of(lx, name, NULL, &len));
        T_CHECKF(strcmp(code, want) == 0, "'%s' -> %s, expected %s", name, code, want);
        checked++;
    }
    /* 249 entries; 19 ISO names with a comma and no common_name are
     * checked by code only (below). */
    T_CHECK(checked >= 230);
    {
        /* every alpha-3 code appears as a [countries] code */
        FILE *f = fopen("data/dict/countries.dict", "r");
        static char text[1 << 17];
        size_t n = f ? fread(text, 1, sizeof(text) - 1, f) : 0;

        if (f)
            fclose(f);
        text[n] = '\0';
        json_array_foreach(list, i, c) {
            char pat[16];
            const char *a3 = json_string_value(json_object_get(c, "alpha_3"));

            snprintf(pat, sizeof(pat), " : %s\n", a3 ? a3 : "?");
            T_CHECKF(strstr(text, pat) != NULL, "no line for %s", a3 ? a3 : "?");
        }
    }
    json_decref(root);
    dyad_lexicon_free(lx);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    T_RUN(test_norm_and_aliases);
    T_RUN(test_roles_by_date);
    T_RUN(test_second_rejection_on_a_line);
    T_RUN(test_verb_patterns);
    T_RUN(test_discard_code_in_dyad_format);
    T_RUN(test_verb_slots);
    T_RUN(test_tabari_actor_stems);
    T_RUN(test_verb_forms_and_multiword_heads);
    T_RUN(test_verb_forms_in_braces);
    T_RUN(test_verb_regular_endings);
    T_RUN(test_nested_sets);
    T_RUN(test_underscore_joined_names);
    T_RUN(test_hyphenated_names);
    T_RUN(test_possessive_names);
    T_RUN(test_default_actors_section);
    T_RUN(test_set_member_stems);
    T_RUN(test_nt_clitic_words);
    T_RUN(test_pattern_group_adjacent);
    T_RUN(test_pattern_word_stems);
    T_RUN(test_form_stem_head);
    T_RUN(test_alternative_gaps);
    T_RUN(test_name_gaps);
    T_RUN(test_bad_lines_reported);
    T_RUN(test_check_duplicates_conflicts_unreachable);
    T_RUN(test_includes);
    T_RUN(test_field_formats_small);
    T_RUN(test_convert_petrarch_block);
    T_RUN(test_reference_files);
    T_RUN(test_own_dictionaries);
    T_RUN(test_own_dictionaries_plover);
    T_RUN(test_own_dictionaries_round5);
    T_RUN(test_own_dictionaries_media);
    T_RUN(test_own_dictionaries_leaders);
    T_RUN(test_own_dictionaries_parties);
    T_RUN(test_acronym_aliases);
    T_RUN(test_own_dictionaries_round11);
    T_RUN(test_countries_match_iso);
    T_END();
}
