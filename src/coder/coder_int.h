/*
 * coder_int.h - module coder, internal: what the coder's files share.
 *
 * The coder is split by stage (coder.c has the sentence loop; see its
 * opening comment for the stages).  This header holds the state of a
 * document and of a sentence being coded, the records passed between
 * stages, the small helpers every stage uses, and the functions and
 * tables one file defines for another (prefix dy__coder_).  It is not
 * part of any interface outside src/coder/.
 */
#ifndef DY_CODER_INT_H
#define DY_CODER_INT_H

#include <ctype.h>
#include <string.h>

#include "coder/coder.h"

#define MAX_ARGS 8          /* sources or targets per predicate */
#define MAX_NAMED 64        /* actors remembered for pronouns and short names */
#define MAX_CLIMB 16        /* steps when inheriting a subject upwards */
#define MAX_WORDS 64        /* lemmas passed to the verb matcher each side */
#define MAX_TITLE_TOKENS 256 /* longer headlines are coded in part */
#define MAX_COUNTRIES 64    /* countries counted for the document's focus */

/* A dictionary phrase found in a sentence. */
struct mention {
    uint32_t start, len;         /* sentence-relative tokens */
    enum dyad_lex_kind kind;
    const char *code;            /* arena copy; "" when out of role */
    const char *actor_kind;      /* "country", "person", ... or NULL */
    const char *where;           /* arena copy */
    uint32_t flags;
    const char *country;         /* out of role: the person's one country, or NULL */
};

/* An actor remembered for coreference. */
struct named {
    struct dyad_actor a;
    const char *last;            /* last word of the name ("Lavrov") */
    int person;
    uint32_t pos;                /* global token of the name's last word */
    int subject;                 /* named as a subject or a quote's speaker */
    uint32_t sent;               /* sentence it was last named in */
    char gender;                 /* 'm', 'f' or 0: from a title, an apposition, "he"/"she" */
};

/* A resolved noun phrase. */
enum np_kind { NP_NONE = 0, NP_ACTOR, NP_UNKNOWN, NP_SELF };

struct np {
    enum np_kind kind;
    struct dyad_actor a;
    int person;
    const struct named *ante;    /* the earlier actor a pronoun or short name is */
    const char *why;             /* short rule name for explain */
    const struct mention *mod;   /* the actor came from this modifier ("of X") */
    int place;                   /* named by a country, city or seat ("Washington") */
    int city_seat;               /* a capital's name alone ("Kyiv", not "the Kremlin") */
    int kindless;                /* a dictionary actor of no stated kind (TABARI's and
                                  * PETRARCH's files say not who is a person) */
};

struct vec {
    void *data;
    size_t n, alloc, size, cap;
};

/* What the coder knows of a quote beyond struct dyad_quote (c->qt_info,
 * parallel to c->qt). */
struct quote_info {
    uint32_t sig;     /* sentence of the signature line that attributes a
                       * pull quote ("... decision. John Cornyn, U.S.
                       * Senator"), DYAD_NONE when none */
    uint8_t unclosed; /* left open at its paragraph's end */
};

/* A country and how often it was named (points: mentions.c). */
struct country_count {
    char code[4];
    uint32_t count;
};

struct coder {
    const struct dyad_lexicon *lx;
    uint32_t flags;
    struct dy_arena *arena;
    struct dyad_result *res;
    struct vec ev, qt, qt_info, unk, unk_mid, pred, men, mensent;
    struct vec same_ok;          /* events of two actors sharing a code (keep_same) */
    struct vec named_where;      /* struct country_mention: where each country was named */
    struct named named[MAX_NAMED];
    size_t nnamed;               /* ring: total ever added */
    int story_discard;
    int partial;
    struct dy_buf tmp;
    /* doc-level quote index per token (body), DYAD_NONE outside quotes */
    uint32_t *tok_quote;
    struct dyad_place dateline;  /* place of a dateline, text NULL = none */
    struct country_count country[MAX_COUNTRIES]; /* named, in order of first mention */
    size_t ncountry;
    struct {                     /* a speech verb introducing nothing */
        uint32_t sent, para;     /* sent DYAD_NONE = none */
        struct np sp;
        const char *verb;
        uint32_t event;
    } lone;
    uint32_t dateline_para;      /* the paragraph it opens */
};

/* A country named in a body sentence, for the local focus
 * (mentions.c): the sentence, its paragraph, where, the country and the
 * weight the document focus counted. */
struct country_mention {
    uint32_t sent, para;
    struct dyad_span span;       /* the name in the text */
    char code[4];
    uint32_t weight;
    uint8_t target;              /* in an event's target: 0 not yet known, 1 no, 2 yes */
};

/* One sentence being coded, with its scratch arrays. */
struct sent {
    uint32_t index;              /* sentence index or DYAD_SENT_TITLE */
    uint32_t base;               /* first token (global) */
    uint32_t n;
    uint32_t para;
    int title;
    const struct dyad_token *tok;
    const struct dyad_word *w;
    const char *text;
    size_t text_len;
    const char **forms;
    const char **rel;            /* deprel ("" when none; see build_tree) */
    uint32_t *head;              /* 0-based head, n = root */
    uint32_t *first, *next;      /* children lists; first[n] = root's */
    int32_t *men_at;
    struct mention *men;
    size_t nmen;
    uint32_t *mark;
    uint32_t stamp;
    uint32_t *stack;
    uint32_t *verb_event;        /* first event of each verb, DYAD_NONE */
    uint32_t *merged;            /* verbs coded as part of their governor */
    uint32_t *pstatus;           /* each predicate's dyad_pred_status + 1, 0 = none */
    uint32_t dl;                 /* tokens of a dateline ("MOSCOW --"), 0 = none */
    const uint32_t *tq;          /* quote index of each token, NULL in a headline */
    size_t first_ev;             /* the sentence's first event */
    int discarded;
};

struct args {
    uint32_t tok[MAX_ARGS];
    const char *how[MAX_ARGS];
    size_t n;
};

struct pred {
    uint32_t v;                   /* verb coded */
    uint32_t arg_v;               /* verb whose arguments are used */
    const char *code;
    struct dyad_verb_match vm;
    uint32_t slot[3];             /* tokens bound by the pattern's $ + %, n = none */
    int neg_cov;                  /* the pattern itself matched the negation */
    int mode;
    int negated;
    int nominal;                  /* an event noun's light verb (nominal_event) */
    /* statement rules (stmt_* functions): a demand, appeal or refusal */
    int stmt;                     /* enum dy_coder_stmt */
    const char *stmt_code;        /* its CAMEO code (overrides the modal mapping) */
    uint32_t stmt_subj;           /* a demand's addressee, n = none */
    uint32_t stmt_head, stmt_act; /* the demanded clause's head and act (merged) */
    struct dyad_verb_match said_vm; /* the speech verb's own match, kept if the demand fails */
};

/* Event e joins two different actors that share a code (distinct_people):
 * the document-level sameness check (finish_quote_events) leaves it.  The
 * event is identified by index and verb, as a sentence's discard may
 * reuse the index. */
struct same_ok {
    uint32_t ev, verb_token;
};

/* ---- small helpers ------------------------------------------------------- */

static inline void vec_init(struct vec *v, size_t size, size_t cap)
{
    memset(v, 0, sizeof(*v));
    v->size = size;
    v->cap = cap;
}

static inline const char *astr(struct coder *c, const char *s, size_t n)
{
    return s ? dy_arena_strndup(c->arena, s, n) : NULL;
}

static inline const char *acstr(struct coder *c, const char *s)
{
    return s ? dy_arena_strndup(c->arena, s, strlen(s)) : NULL;
}

static inline int ieq(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    while (*a && *b) {
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        a++;
        b++;
    }
    return *a == *b;
}

/* The first n characters of a and b are equal, case folded. */
static inline int ieqn(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!a[i] || tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    return 1;
}

static inline int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (ieq(s, *list))
            return 1;
    return 0;
}

static inline const char *lemma_of(const struct sent *s, uint32_t i)
{
    const char *l = s->w[i].lemma;

    if (!l || !*l || strcmp(l, "_") == 0)
        return s->forms[i];
    return l;
}

static inline int rel_is(const struct sent *s, uint32_t i, const char *rel)
{
    const char *d = s->rel[i];

    return strcmp(d, rel) == 0;
}

/* deprel equal to rel or rel:subtype */
static inline int rel_base(const struct sent *s, uint32_t i, const char *rel)
{
    const char *d = s->rel[i];
    size_t n = strlen(rel);

    return strncmp(d, rel, n) == 0 && (d[n] == '\0' || d[n] == ':');
}

static inline int upos_is(const struct sent *s, uint32_t i, const char *u)
{
    return s->w[i].upos && strcmp(s->w[i].upos, u) == 0;
}

static inline int has_feat(const struct sent *s, uint32_t i, const char *f)
{
    const char *feats = s->w[i].feats;

    return feats && strstr(feats, f) != NULL;
}

/* First child of i with deprel rel (exact), or n. */
static inline uint32_t child_rel(const struct sent *s, uint32_t i, const char *rel)
{
    for (uint32_t k = s->first[i]; k != s->n; k = s->next[k])
        if (rel_is(s, k, rel))
            return k;
    return s->n;
}

/* Whether token t is in the subtree of token top (t itself included). */
static inline int in_subtree(const struct sent *s, uint32_t t, uint32_t top)
{
    for (int step = 0; step < MAX_CLIMB && t < s->n; step++, t = s->head[t])
        if (t == top)
            return 1;
    return 0;
}

/* The case/mark word of a nominal (lower-case lemma) or NULL. */
static inline const char *case_of(const struct sent *s, uint32_t i)
{
    for (uint32_t k = s->first[i]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "case") || rel_is(s, k, "mark"))
            return lemma_of(s, k);
    return NULL;
}

static inline int kind_is_place(const char *kind)
{
    return kind && (strcmp(kind, "city") == 0 || strcmp(kind, "seat") == 0 ||
                    strcmp(kind, "country") == 0);
}

static inline int is_place(const struct mention *m)
{
    return kind_is_place(m->actor_kind);
}

/* A place an "at" phrase can name: a city, a seat, a region, not a
 * country ("hit out at Russia", "angry at Japan": at whom, not where). */
static inline int is_at_place(const struct mention *m)
{
    return is_place(m) && !(m->actor_kind && strcmp(m->actor_kind, "country") == 0);
}

/* A city is where things happen, rarely who does them. */
static inline int is_place_only(const struct mention *m)
{
    return m->actor_kind && strcmp(m->actor_kind, "city") == 0;
}

/* Is event code `code` the code `want`, alone or as both halves of a
 * reciprocal pair ("041:041", dyad's verbs.dict)? */
static inline int code_is(const char *code, const char *want)
{
    size_t n = strlen(want);

    return code && strncmp(code, want, n) == 0 &&
           (code[n] == '\0' || (code[n] == ':' && strcmp(code + n + 1, want) == 0));
}

/* Span of tokens [a, b] of sentence s. */
static inline struct dyad_span tok_span(const struct sent *s, uint32_t a, uint32_t b)
{
    struct dyad_span sp;

    sp.start = s->tok[a].span.start;
    sp.end = s->tok[b].span.end;
    return sp;
}

static inline const char *span_text(struct coder *c, const struct sent *s, struct dyad_span sp)
{
    if (sp.end < sp.start || sp.end > s->text_len)
        return NULL;
    return astr(c, s->text + sp.start, sp.end - sp.start);
}

/* ---- shared between the coder's files --------------------------------- */

/* tree.c */
int dy__coder_time_adjunct(const struct sent *s, uint32_t k);
void dy__coder_drop_time_adjuncts(struct sent *s, uint32_t st, uint32_t lo, uint32_t hi);
extern const char *const dy__coder_calendar_words[];
extern const char *const dy__coder_time_nouns[];
void dy__coder_build_tree(struct sent *s);
void dy__coder_possessive_subjects(struct sent *s);
uint32_t dy__coder_mark_subtree(struct sent *s, uint32_t h, const char *const *skip,
                                uint32_t *lo, uint32_t *hi);
int dy__coder_all_caps(const char *w);
int dy__coder_dateline(struct coder *c, const struct sent *s);

/* mentions.c */
extern const char *const dy__coder_title_words[];
void dy__coder_apply_focus(struct coder *c);
int dy__coder_find_mentions(struct coder *c, struct sent *s);
int dy__coder_person_name(const struct sent *s, uint32_t lo, uint32_t hi);
int dy__coder_note_unknowns(struct coder *c, struct sent *s);
void dy__coder_finish_unknowns(struct coder *c);

/* actors.c */
extern const char *const dy__coder_np_skip[];
extern const char *const dy__coder_act_nouns[];
void dy__coder_remember(struct coder *c, const struct dyad_actor *a, const struct sent *s,
                        uint32_t last_tok, int person, int subject);
const char *dy__coder_join_code(struct coder *c, const char *country, const char *agent);
void dy__coder_resolve_np(struct coder *c, struct sent *s, uint32_t h, struct np *out);
uint32_t dy__coder_name_child(const struct sent *s, uint32_t h);
uint32_t dy__coder_attach_role_name(struct coder *c, struct sent *s, uint32_t h, struct np *out);
uint32_t dy__coder_mention_head(const struct sent *s, const struct mention *m);
/* "the Tigers" after "the Tamil Tigers": token h, with "the", is a word of
 * a group named before (not an unknown name). */
int dy__coder_names_group(const struct coder *c, const struct sent *s, uint32_t h);
/* The one known armed group (9-letter code) the story named whose code
 * begins with country + REB `code` ("LKAREB" -> "LKAREBTGR"), or NULL. */
const char *dy__coder_known_group(const struct coder *c, const char *code);
/* Mention m hangs on its noun as where it is (in/at/near/inside/outside). */
int dy__coder_location_of(const struct sent *s, const struct mention *m);
void dy__coder_resolve_arg(struct coder *c, struct sent *s, uint32_t h, struct np *out,
                           int subject);
void dy__coder_resolve_arg_all(struct coder *c, struct sent *s, uint32_t h, struct np *out,
                               size_t *n, int self_ok);

/* args.c */
void dy__coder_args_add(struct args *a, uint32_t t, const char *how);
void dy__coder_args_add_conj(const struct sent *s, struct args *a, uint32_t t, const char *how);
int dy__coder_is_relpron(const struct sent *s, uint32_t t);
int dy__coder_is_passive(const struct sent *s, uint32_t v);
uint32_t dy__coder_passive_agent(const struct sent *s, uint32_t v);
/* h's first child with relation rel (base) after token `after` that is a
 * "by" phrase holding a coded dictionary mention, or n. */
uint32_t dy__coder_by_actor(const struct sent *s, uint32_t h, const char *rel, uint32_t after);
/* Adjectives of feeling ("disappointed", "angry", "concerned"). */
extern const char *const dy__coder_feeling_adjs[];
int dy__coder_is_feeling(const struct sent *s, uint32_t v);
extern const char *const dy__coder_vehicles[];
int dy__coder_in_cause(const struct sent *s, uint32_t t, uint32_t v);
int dy__coder_quoted_dependent(const struct sent *s, uint32_t k, uint32_t v);
uint32_t dy__coder_subject_rel(const struct sent *s, uint32_t v, const char *rel);
uint32_t dy__coder_root_noun_verb(const struct sent *s, uint32_t a);
void dy__coder_find_sources(const struct sent *s, uint32_t v, struct args *src, struct args *pat);
void dy__coder_find_targets(const struct sent *s, uint32_t v, struct args *tgt);
void dy__coder_find_deep_target(struct sent *s, uint32_t v, struct args *tgt, int violent);

/* verbs.c */
extern const char *const dy__coder_intent_verbs[];
extern const char *const dy__coder_speech_verbs[];
/* "you", "yourself", "yourselves": inside a quote, its addressee */
extern const char *const dy__coder_second_person[];
uint32_t dy__coder_slot_actor(const struct sent *s, uint32_t i);
uint32_t dy__coder_to_complement(const struct sent *s, uint32_t v);
int dy__coder_is_neg_word(const struct sent *s, uint32_t k);
/* "is going to X": X (the future), or s->n when v is no such "going". */
uint32_t dy__coder_going_to(const struct sent *s, uint32_t v);
/* Nouns of a country's edge ("border", "coast"): a country naming one a
 * phrase is near says where, not whom (args.c, actors.c). */
extern const char *const dy__coder_edge_nouns[];
/* Prepositions of the way a march takes ("through Paris", "across the
 * country"): the event's place, and no target unless force is used. */
extern const char *const dy__coder_route_preps[];
/* The wh-words ("what", "why", ..., "whose"; statements.c): a question
 * led by one takes its event as given (yes_no_question), and one under
 * "ask" is a question asked (predicate.c). */
extern const char *const dy__coder_wh_words[];
/* Verbs two conjoined subjects do together, to each other ("Iran and
 * Iraq traded accusations"; predicate.c). */
extern const char *const dy__coder_together_verbs[];
/* "joint", "bilateral": an act so named is done by two sides together
 * (predicate.c) */
extern const char *const dy__coder_joint_words[];
/* Verbs of talking: their "about" phrase is the topic, and their bare
 * pattern (040) consults only a partner named (args.c, predicate.c). */
extern const char *const dy__coder_talk_verbs[];
int dy__coder_match_window(struct coder *c, struct sent *s, uint32_t v,
                           const struct dyad_verb_word *w, const uint32_t *tok, size_t n, size_t at,
                           struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov);
int dy__coder_code_verb(struct coder *c, struct sent *s, uint32_t v, struct dyad_verb_match *vm,
                        uint32_t slot[3], int *neg_cov);
int dy__coder_code_clause_noun(struct coder *c, struct sent *s, uint32_t v,
                               struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov);
int dy__coder_is_negated(const struct sent *s, uint32_t v);
int dy__coder_is_speech_lemma(const char *lemma);
int dy__coder_manner_of_statement(const struct sent *s, uint32_t v);
uint32_t dy__coder_conj_top(const struct sent *s, uint32_t v);
int dy__coder_own_aux(const struct sent *s, uint32_t v, const char *const *list);
int dy__coder_has_future_aux(const struct sent *s, uint32_t v);
const char *dy__coder_hypothetical_aux(const struct sent *s, uint32_t v);
const char *dy__coder_obligation_aux(const struct sent *s, uint32_t v);
int dy__coder_reacted_to(const struct sent *s, uint32_t t, uint32_t v);
int dy__coder_opposed(const struct sent *s, uint32_t t, uint32_t v);
const char *dy__coder_appeal_content(const struct sent *s, uint32_t v);

/* emit.c */
extern const char *const dy__coder_object_sense_speech[];
extern const char *const dy__coder_praise_words[];
extern const char *const dy__coder_blame_words[];
extern const char *const dy__coder_judging_verbs[];
extern const char *const dy__coder_describe_verbs[];
void dy__coder_explain_pred(struct coder *c, const struct sent *s, uint32_t v,
                            enum dyad_pred_status st, const char *detail);
const char *dy__coder_event_date(struct coder *c, const struct sent *s, uint32_t v);
void dy__coder_event_place(struct coder *c, const struct sent *s, uint32_t v,
                           struct dyad_place *pl);
int dy__coder_same_actor(const struct dyad_actor *a, const struct dyad_actor *b);
int dy__coder_emit(struct coder *c, struct sent *s, const struct pred *p, const struct np *src,
                   const char *src_how, const struct np *tgt, const char *tgt_how,
                   const char *date, const struct dyad_place *pl, uint32_t clo, uint32_t chi);
int dy__coder_default_actor(struct coder *c, const struct sent *s, uint32_t v, int source,
                            struct np *out);
int dy__coder_idiom_override(struct coder *c, const struct sent *s, uint32_t v,
                             struct dyad_verb_match *vm);
int dy__coder_is_noun_predicate(const struct sent *s, uint32_t v);
uint32_t dy__coder_naming_predicate(const struct sent *s, uint32_t v);
const char *dy__coder_event_noun_verb(const char *lemma);
int dy__coder_nominal_event(struct coder *c, const struct sent *s, uint32_t v, struct pred *p);
void dy__coder_nominal_args(const struct sent *s, uint32_t v, const struct pred *p,
                            struct args *src, struct args *tgt);

/* statements.c */
void dy__coder_stmt_willing_source(const struct sent *s, uint32_t v, struct args *src);
int dy__coder_stmt_demand_stands(const struct np *srcs, size_t nsrc, const struct np *tgts,
                                 size_t ntgt);
void dy__coder_stmt_demand_undo(struct sent *s, struct pred *p);
int dy__coder_decide(struct coder *c, struct sent *s, uint32_t v, struct pred *p,
                     enum dyad_pred_status *st, const char **why);
void dy__coder_apply_slots(const struct sent *s, const struct pred *p, struct args *src,
                           struct args *tgt);
int dy__coder_not_happened(const struct coder *c, const struct sent *s, uint32_t v, char *detail,
                           size_t n);
/* The clause of verb v did not happen: negated, or not_happened's content
 * of an appeal, condition or possibility ("would thereby gain control"). */
int dy__coder_unrealised(const struct coder *c, const struct sent *s, uint32_t v);

/* predicate.c */
int dy__coder_passive_conjunct(const struct sent *s, uint32_t v);
const char *dy__coder_passive_authority(const struct sent *s, uint32_t v);
int dy__coder_kept_same(const struct coder *c, uint32_t e);
int dy__coder_code_predicate(struct coder *c, struct sent *s, uint32_t v);
int dy__coder_code_event_nouns(struct coder *c, struct sent *s);
int dy__coder_code_according(struct coder *c, struct sent *s);
void dy__coder_link_reports(struct coder *c, struct sent *s, size_t first_ev);
void dy__coder_claims_as_accusations(struct coder *c, size_t first_ev);
void dy__coder_denials_answer(struct coder *c, size_t first_ev);
void dy__coder_judgements(struct coder *c, struct sent *s, size_t first_ev);
/* Emits a statement (010) of actor sp at token `at` of s, its clause the
 * subtree of `clause` ("according to X", a pull quote's signature); the
 * event's verb is `verb`, `how`/`where` name the rule, `why` is what
 * explain says of the token. */
int dy__coder_emit_statement(struct coder *c, struct sent *s, uint32_t at, uint32_t clause,
                             const struct np *sp, const char *how, const char *where,
                             const char *verb, const char *why);

/* quotes.c */
int dy__coder_is_quote_tok(const struct dyad_token *t);
int dy__coder_find_quotes(struct coder *c);
int dy__coder_attribute_quotes(struct coder *c, struct sent *s);
void dy__coder_continue_speakers(struct coder *c);
int dy__coder_finish_quote_events(struct coder *c);

/* coder.c */
int dy__coder_vec_push(struct vec *v, const void *item);
void dy__coder_split_code(struct coder *c, struct dyad_actor *a);
/* Whether three letters are a CAMEO religion code (MOS, CHR, ..., REL). */
int dy__coder_faith(const char *three);
/* Whether three letters are a CAMEO region code (AFR, EUR, WST, ...). */
int dy__coder_region(const char *three);
const char *dy__coder_country_part(struct coder *c, const char *code);
uint32_t dy__coder_policy_of(const struct sent *s, uint32_t a);
uint32_t dy__coder_visit_purpose(const struct sent *s, uint32_t v);
int dy__coder_is_candidate(const struct sent *s, uint32_t v);

#endif
