/*
 * coder.c - module coder: who did what to whom, from UD trees.
 *
 * For each sentence (the headline first, then the body) the coder
 *   1. finds every dictionary phrase (actors, agents, discards) with the
 *      lexicon's longest match over the token forms;
 *   2. takes each verb as a candidate predicate, finds its subjects
 *      (nsubj, or the passive's "by" agent, or inherited through conj,
 *      xcomp and relative clauses) and its target (obj, iobj, obliques
 *      with their preposition), and resolves each argument's noun
 *      phrase to an actor (name, title + name, country + agent,
 *      metonym, pronoun or short name linked to an earlier actor);
 *   3. codes the verb with the lexicon's verb patterns over the lemmas
 *      of its own subtree (particles, object nouns, prepositions,
 *      infinitive complements), applies negation and modality, and
 *      writes one event per source/target pair;
 *   4. links reported speech ("X said that ...") and direct quotes to
 *      their speaker.
 * Trees come from a statistical parser or from anyone who builds a
 * result by hand, so nothing here trusts them: heads out of range are
 * roots, every walk is iterative with a visited mark, and every list
 * has a cap.  docs/CODER.md describes the rules and their reasons.
 *
 * The stages are in files of their own: tree.c, mentions.c, actors.c,
 * args.c, verbs.c, emit.c, statements.c, predicate.c and quotes.c.
 * coder.c keeps the sentence loop, dy_coder_code and the helpers too
 * large to inline; coder_int.h holds the types, the small helpers and
 * the functions and tables the files share.
 */
#include "coder/coder_int.h"

/* ---- small helpers (the tiny ones are in coder_int.h) ----------------- */

int dy__coder_vec_push(struct vec *v, const void *item)
{
    if (v->n >= v->cap)
        return DYAD_ETOOBIG;
    if (v->n == v->alloc) {
        size_t na = v->alloc ? v->alloc * 2 : 16;
        void *p = dy_reallocarray(v->data, na, v->size);
        if (!p)
            return DYAD_ENOMEM;
        v->data = p;
        v->alloc = na;
    }
    memcpy((char *)v->data + v->n * v->size, item, v->size);
    v->n++;
    return DYAD_OK;
}

/* Moves a vector into the arena (NULL when empty). */
static void *vec_to_arena(struct coder *c, struct vec *v, int *rc)
{
    void *p;

    if (!v->n)
        return NULL;
    p = dy_arena_alloc(c->arena, v->n * v->size);
    if (!p) {
        *rc = DYAD_ENOMEM;
        return NULL;
    }
    memcpy(p, v->data, v->n * v->size);
    return p;
}

/* Code split: "RUSGOV" -> country RUS, agent GOV.  Codes that start
 * with a non-state prefix have no country. */
void dy__coder_split_code(struct coder *c, struct dyad_actor *a)
{
    static const char *const agent_codes[] = {
        "GOV", "MIL", "LEG", "OPP", "REB", "COP", "JUD", "MED", "BUS", "CVL", "SPY", "INS",
        "PTY", "SEP", "UAF", "EDU", "LAB", "AGR", "CRM", "HLH", "HRI", "REF", "ELI", "ENV",
        "DEV", "MOD", "RAD", NULL}; /* and the religions (dy__coder_faith) */
    static const char *const nonstate[] = {"IGO", "NGO", "MNC", "IMG", "UIS", "INT", NULL};
    char three[4];
    size_t n;

    a->country = NULL;
    a->agent = NULL;
    if (!a->code)
        return;
    n = strcspn(a->code, "/");  /* "FRO/BIL/SAM": a compound, split by the caller */
    if (n < 3)
        return;
    memcpy(three, a->code, 3);
    three[3] = '\0';
    if (in_list(three, nonstate) || (n == 3 && a->code[0] == '-')) {
        if (n >= 6)
            a->agent = astr(c, a->code + 3, 3);
        return;
    }
    /* An agent code alone ("GOV", "EDU") has no country either: every
     * sector code agents.dict uses (none is an ISO 3166 alpha-3 code). */
    if (n == 3 && (in_list(three, agent_codes) || dy__coder_faith(three))) {
        a->agent = a->code[n] ? astr(c, a->code, n) : a->code;
        return;
    }
    /* A religion with its branch ("MOSSHI" Shiites, "CHRCTH" Catholics)
     * is no country either: the religion is the agent, and a story's
     * country goes before the whole code ("IRQMOSSHI"). */
    if (dy__coder_faith(three)) {
        a->agent = astr(c, a->code, 3);
        return;
    }
    a->country = astr(c, a->code, 3);
    if (n >= 6)
        a->agent = astr(c, a->code + 3, 3);
}

/* Whether a three-letter code is one of CAMEO's religions (and REL,
 * unspecified religious). */
int dy__coder_faith(const char *three)
{
    static const char *const faiths[] = {"MOS", "CHR", "JEW", "BUD", "HIN", "NRM", "REL", NULL};

    return in_list(three, faiths);
}

/* Whether three letters are one of CAMEO's international region codes
 * (codebook 1.1b3, table 3.3: "African", "the West"). */
int dy__coder_region(const char *three)
{
    static const char *const regions[] = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS",
                                          "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
                                          "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS",
                                          "SEA", "SAF", "WAF", "WST", NULL};

    return in_list(three, regions);
}

/* The country part of actor code `code` ("FRA" of "FRAGOV", "BLR" of a
 * city's "BLR"), or NULL when it has none (an IGO, an agent alone). */
const char *dy__coder_country_part(struct coder *c, const char *code)
{
    struct dyad_actor a;

    memset(&a, 0, sizeof(a));
    a.code = code;
    dy__coder_split_code(c, &a);
    return a.country;
}

/* ---- the sentence loop ------------------------------------------------------ */

/*
 * An `acl` that is a whole clause: finite, with a subject of its own
 * that is no relative pronoun ("a building in California, where he was
 * interrogated by an attorney": the parser's `acl` for a relative clause
 * introduced by "where"/"when"), is an act that happened, not a noun's
 * plan ("calls to cut ties").
 */
/* "X maintained a policy of turning away boats": a policy, practice or
 * campaign "of" doing something that its holder (the subject of the verb
 * whose object it is) keeps up is that holder doing it; so is a point
 * made or a step taken "of" doing it ("the Russians made a point of
 * blaming the United States", "took the unusual step of summoning the
 * ambassador"), and what a paper one issues says it does ("issued a
 * declaration demanding"; not a paper one blocks or rejects).  Returns
 * the holder for the acl verb a, or n. */
uint32_t dy__coder_policy_of(const struct sent *s, uint32_t a)
{
    static const char *const habit[] = {"policy",   "practice", "campaign", "strategy",
                                        "programme", "program",  NULL};
    static const char *const effort[] = {"process", "effort", "campaign", "review", NULL};
    static const char *const start[] = {"begin", "start", "launch", "initiate", NULL};
    static const char *const light[] = {"point", "step", NULL};
    static const char *const light_verbs[] = {"make", "take", NULL};
    static const char *const papers[] = {"declaration", "statement", "communique", "resolution",
                                         "letter", "petition", "note", "decree", NULL};
    /* only the one who puts the paper out says what it says: "Hungary
     * blocked an EU statement criticising China" is no criticism by
     * Hungary */
    static const char *const issue_verbs[] = {"issue",   "release", "publish", "adopt", "pass",
                                              "sign",    "send",    "deliver", "read",  "put",
                                              "approve", "unveil",  "circulate", "submit",
                                              "present", "post",    "make",    "launch",
                                              "start",   "file",    "lodge",   "write",
                                              "draft",   "table",   "introduce", NULL};
    uint32_t noun = s->head[a], mk = child_rel(s, a, "mark"), gov;
    size_t len = strlen(s->forms[a]);
    int of, to;

    if (!rel_is(s, a, "acl") || noun >= s->n || !upos_is(s, a, "VERB") ||
        !rel_is(s, noun, "obj") || (gov = s->head[noun]) >= s->n || dy__coder_is_negated(s, gov))
        return s->n;
    /* "issued a declaration demanding that ...": what a paper its issuer
     * puts out demands, condemns or urges, the issuer does */
    if (mk == s->n && len > 4 && ieq(s->forms[a] + len - 3, "ing") &&
        in_list(lemma_of(s, noun), papers) && child_rel(s, a, "nsubj") == s->n &&
        in_list(lemma_of(s, gov), issue_verbs))
        return dy__coder_subject_rel(s, gov, "nsubj");
    if (mk == s->n)
        return s->n;
    /* "a policy of turning away", or "began a process to consider": a
     * process begun is its act begun */
    of = ieq(s->forms[mk], "of") &&
         (in_list(lemma_of(s, noun), habit) ||
          (in_list(lemma_of(s, noun), light) && in_list(lemma_of(s, gov), light_verbs)));
    to = ieq(s->forms[mk], "to") && in_list(lemma_of(s, noun), effort) &&
         in_list(lemma_of(s, gov), start);
    if (!of && !to)
        return s->n;
    return dy__coder_subject_rel(s, gov, "nsubj");
}

static int acl_clause(const struct sent *s, uint32_t a)
{
    uint32_t sj = child_rel(s, a, "nsubj");

    if (sj == s->n)
        sj = child_rel(s, a, "nsubj:pass");
    if (sj == s->n || dy__coder_is_relpron(s, sj) || child_rel(s, a, "mark") != s->n)
        return 0;
    for (uint32_t k = s->first[a]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "advmod") && (ieq(s->forms[k], "where") || ieq(s->forms[k], "when")))
            return 1;
    return 0;
}

/* "X travelled to Florida to meet (with) Y": the purpose of a trip,
 * meeting someone, names the visit's host; the meeting is the visit, not
 * an event of its own.  Returns the purpose verb of travel verb v, or n. */
uint32_t dy__coder_visit_purpose(const struct sent *s, uint32_t v)
{
    static const char *const travel[] = {"travel", "fly", "go", "come", "journey", "head",
                                         "return", "drive", NULL};
    static const char *const meet[] = {"meet", "see", "visit", NULL};

    if (v >= s->n || !in_list(lemma_of(s, v), travel))
        return s->n;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        uint32_t mk = child_rel(s, k, "mark");
        if (rel_is(s, k, "advcl") && mk != s->n && ieq(s->forms[mk], "to") &&
            upos_is(s, k, "VERB") && in_list(lemma_of(s, k), meet) &&
            child_rel(s, k, "nsubj") == s->n)
            return k;
    }
    return s->n;
}

/* "Key said he believes ...": a speech or opinion verb whose subject is a personal
 * pronoun, with no one addressed, in what another speech verb reports is
 * the speaker's one statement, not a second one. */
static int restated(const struct sent *s, uint32_t v)
{
    static const char *const pron[] = {"he", "she", "it", "they", "we", "i", NULL};
    static const char *const opinion[] = {"believe", "think", "feel", NULL};
    uint32_t sj = child_rel(s, v, "nsubj"), h = s->head[v];

    return rel_is(s, v, "ccomp") && h < s->n && dy__coder_is_speech_lemma(lemma_of(s, h)) &&
           (dy__coder_is_speech_lemma(lemma_of(s, v)) || in_list(lemma_of(s, v), opinion)) &&
           sj != s->n && in_list(s->forms[sj], pron) &&
           child_rel(s, v, "obj") == s->n && child_rel(s, v, "iobj") == s->n;
}

/* "a database which is used by officers to track and prosecute
 * law-breakers": what a thing is (present tense) used for is its
 * purpose, no act; "police used tear gas to disperse them" is one. */
static int generic_use(const struct sent *s, uint32_t v)
{
    uint32_t u = s->head[v], mk = child_rel(s, v, "mark"), ap;

    if (u >= s->n || !rel_is(s, v, "advcl") || mk == s->n || !ieq(s->forms[mk], "to") ||
        !ieq(lemma_of(s, u), "use") || (ap = child_rel(s, u, "aux:pass")) == s->n)
        return 0;
    return ieq(s->forms[ap], "is") || ieq(s->forms[ap], "are");
}

int dy__coder_is_candidate(const struct sent *s, uint32_t v)
{
    /* adjectives that say what a verb would ("was critical of X" =
     * criticized X; "are concerned (that) X will" = fear what X does),
     * as the predicate of a copula */
    static const char *const verbal_adj[] = {"critical", "supportive", "pessimistic", NULL};

    if (v >= s->dl && upos_is(s, v, "ADJ") &&
        (in_list(lemma_of(s, v), verbal_adj) ||
         in_list(lemma_of(s, v), dy__coder_feeling_adjs)) &&
        child_rel(s, v, "cop") != s->n)
        return 1;
    if (v < s->dl || !(upos_is(s, v, "VERB") || dy__coder_is_noun_predicate(s, v)))
        return 0;
    if (rel_is(s, v, "amod") || rel_is(s, v, "compound") || rel_is(s, v, "case") ||
        rel_is(s, v, "mark") || rel_base(s, v, "fixed"))
        return 0; /* "according to", "given that": function words */
    /* "calls to cut ties (and impose sanctions)", "a move to seize": a
     * noun's plan, not an act */
    if (rel_is(s, dy__coder_conj_top(s, v), "acl") && !acl_clause(s, dy__coder_conj_top(s, v)) &&
        dy__coder_policy_of(s, dy__coder_conj_top(s, v)) == s->n &&
        dy__coder_root_noun_verb(s, dy__coder_conj_top(s, v)) == s->n)
        return 0;
    if (restated(s, v))
        return 0;
    if (dy__coder_going_to(s, v) != s->n)
        return 0; /* "is going to call": the future of the call, no trip */
    if (rel_is(s, v, "advcl") && dy__coder_visit_purpose(s, s->head[v]) == v)
        return 0; /* the meeting a trip is made for: the visit (042) */
    if (generic_use(s, dy__coder_conj_top(s, v)))
        return 0;
    /* "as promised", "as agreed", "as expected": a bare participle after
     * "as" compares with something said or planned, it is no act */
    if (rel_is(s, v, "advcl") && child_rel(s, v, "mark") != s->n &&
        ieq(s->forms[child_rel(s, v, "mark")], "as") && has_feat(s, v, "VerbForm=Part") &&
        child_rel(s, v, "nsubj") == s->n && child_rel(s, v, "nsubj:pass") == s->n &&
        child_rel(s, v, "obj") == s->n)
        return 0;
    return 1;
}

static const char *const linear_modals[] = {"should", "would", "could", "must", "shall",
                                            "might", "may", "can", "will", NULL};

/* A VERB the words may read when the parse's reading gave nothing: its
 * subject, if the parse gave one, is an actor or a pronoun (so the words'
 * subject is the parse's: "Gondor expressed reluctance to become involved
 * in the affairs of its neighbor Ithilen" with no target found in the
 * tree), and it is finite and modifies no noun.  A participle ("the team
 * honored", "a group called X") or a verb whose subject is no actor
 * ("Kwong of the Democratic Party received votes") keeps the parse's
 * reading. */
static int linear_verb(const struct sent *s, uint32_t v)
{
    uint32_t sj = child_rel(s, v, "nsubj");

    if (sj != s->n && !upos_is(s, sj, "PRON") &&
        !(s->men_at[sj] >= 0 && s->men[s->men_at[sj]].kind == DYAD_LEX_ACTOR &&
          s->men[s->men_at[sj]].code[0]))
        return 0;
    return child_rel(s, v, "nsubj:pass") == s->n && child_rel(s, v, "csubj") == s->n &&
           !has_feat(s, v, "VerbForm=Part") && !has_feat(s, v, "VerbForm=Ger") &&
           !rel_is(s, v, "acl") && !rel_is(s, v, "acl:relcl") && !rel_is(s, v, "amod");
}

/* Whether the tree's reading of word v (if it was a predicate) failed
 * for want of actors, not by a decision (a non-event, a negation, a
 * merge into its governor, a discard, source and target the same actor:
 * "the Kremlin urged Lavrov"): only then may the words read it. */
static int linear_status(const struct sent *s, uint32_t v)
{
    uint32_t st = s->pstatus[v];

    return st == 0 || st == DYAD_PRED_NO_SOURCE + 1 || st == DYAD_PRED_NO_PATTERN + 1;
}

/* The actor mention joined to mention m by a lone "and" (in a headline
 * also a comma) that ends right before word v ("Iran and Saudi Arabia
 * trade"), or NULL. */
static const struct mention *conjoined_before(const struct sent *s, const struct mention *m,
                                              uint32_t v)
{
    uint32_t a = m->start + m->len;
    const struct mention *m2;

    /* (a headline's comma is its "and": "Russia, China hold drills") */
    if (a + 1 >= v || !(ieq(s->forms[a], "and") || (s->title && strcmp(s->forms[a], ",") == 0)) ||
        s->men_at[a + 1] < 0)
        return NULL;
    m2 = &s->men[s->men_at[a + 1]];
    if (m2->start != a + 1 || m2->start + m2->len != v || m2->kind != DYAD_LEX_ACTOR ||
        !m2->code[0] || strcmp(m2->code, m->code) == 0)
        return NULL;
    return m2;
}

/*
 * TABARI reads verbs off the words, not the parse: "Estonia deplores
 * Libya's ..." codes "deplores" even where the parser made it a noun.
 * When a sentence gave no event at all, a word the parser did not make a
 * verb (NOUN, ADJ, X, or a modal auxiliary: TABARI dictionaries have
 * SHOULD patterns), in lower case, right after a coded actor or a
 * personal pronoun (TABARI's subject; so never after a determiner), is
 * read as that verb if the dictionaries have it: its patterns over the
 * sentence's words, the sentence's first actor before it as the source
 * (unless a $ slot binds one) and the first actor with another code
 * after it as the target (unless a + slot does), as TABARI's default
 * actor search (manual 5.8).  The first such word only.
 */
/* Reads word v as a dictionary verb off the words (see code_linear);
 * need_pattern: only when one of its patterns matched words around it,
 * not the bare verb.  *done = 1 when an event was written. */
static int linear_at(struct coder *c, struct sent *s, uint32_t v, int need_pattern, int *done)
{
    struct dyad_verb_word w[2 * MAX_WORDS + 1];
    uint32_t tok[2 * MAX_WORDS + 1];
    const struct mention *sm, *m2;
    const char *back_code;
    int mutual = 0;
    struct pred p;
    struct np src, tgt;
    struct dyad_place pl;
    uint32_t clo, chi, sh = s->n, th = s->n;
    size_t n = 0, at = 0;
    int rc;

    *done = 0;
    /* TABARI's subject: a coded actor or a personal pronoun right
     * before the word; without one, only a pattern with words of its own
     * reads the word ("Frodo said he has deep satisfaction toward
     * Gondor": SATISF's "- SAID *"); the source is the sentence's first
     * actor */
    sm = s->men_at[v - 1] >= 0 ? &s->men[s->men_at[v - 1]] : NULL;
    if (sm && (sm->kind != DYAD_LEX_ACTOR || !sm->code[0] || is_place_only(sm)))
        return DYAD_OK;
    if (!sm && !(upos_is(s, v - 1, "PRON") && dy__coder_slot_actor(s, v - 1))) {
        /* only a noun the tree did not take as a predicate, whose
         * governor is no verb of the dictionaries ("rejected calls from
         * X" stays the rejection's); a determiner makes it a noun, as in
         * TABARI */
        uint32_t h = s->head[v];
        struct dyad_verb_match hm;

        if (!upos_is(s, v, "NOUN") || upos_is(s, v - 1, "DET") || s->pstatus[v] != 0 ||
            (h < s->n && (dy__coder_reacted_to(s, v, h) || dy__coder_opposed(s, v, h))))
            return DYAD_OK;   /* "responding to calls for X": the calls are another's */
        if (h < s->n) {
            rc = dyad_lexicon_match_verb(c->lx, lemma_of(s, h), NULL, 0, NULL, 0, &hm);
            if (rc || hm.code)
                return rc;
            /* nor under a verb whose clause did not happen ("would
             * thereby gain control of the base", "did not take control") */
            if (dy__coder_unrealised(c, s, h))
                return DYAD_OK;
        }
        /* nor after a verb of the dictionaries: TABARI reads the first
         * one ("Beijing rejected calls from Turkey", "rejected" parsed as
         * a modifier, is no appeal) */
        for (uint32_t k = s->dl; k < v; k++) {
            if (!upos_is(s, k, "VERB"))
                continue;
            rc = dyad_lexicon_match_verb(c->lx, lemma_of(s, k), NULL, 0, NULL, 0, &hm);
            if (rc || hm.code)
                return rc;
        }
        need_pattern = 1;
    }
    for (uint32_t i = s->dl; i < v; i++) {
        const struct mention *m = s->men_at[i] >= 0 ? &s->men[s->men_at[i]] : NULL;
        /* (a city is where, not who: "Minsk criticized ...") */
        if (m && m->kind == DYAD_LEX_ACTOR && m->code[0] && !is_place_only(m)) {
            sm = m;
            break;
        }
    }
    if (!sm)
        return DYAD_OK;
    for (uint32_t i = 0; i < s->n && n < DY_ARRAY_LEN(w); i++) {
        if (upos_is(s, i, "PUNCT") && i != v)
            continue;
        if (i == v)
            at = n;
        w[n].lemma = i == v ? s->forms[v] : lemma_of(s, i);
        w[n].form = s->forms[i];
        w[n].actor = i == v ? 0 : dy__coder_slot_actor(s, i);
        w[n].compound = 0;
        tok[n++] = i;
    }
    memset(&p, 0, sizeof(p));
    p.v = p.arg_v = v;
    p.mode = DY_CODER_ASSERTED;
    p.slot[0] = p.slot[1] = p.slot[2] = s->n;
    rc = dy__coder_match_window(c, s, v, w, tok, n, at, &p.vm, p.slot, &p.neg_cov);
    if (rc == DYAD_OK && !p.vm.code && strcmp(lemma_of(s, v), s->forms[v]) != 0) {
        w[at].lemma = lemma_of(s, v);
        rc = dy__coder_match_window(c, s, v, w, tok, n, at, &p.vm, p.slot, &p.neg_cov);
    }
    if (rc)
        return rc;
    if (!p.vm.code || strcmp(p.vm.code, "---") == 0 || strcmp(p.vm.code, "###") == 0 ||
        (need_pattern && p.vm.specificity <= 0))
        return DYAD_OK;
    /* a pair of codes ("040:040"): the first from the source, the second
     * back from the target (below) */
    back_code = strchr(p.vm.code, ':');
    p.code = back_code ? astr(c, p.vm.code, (size_t)(back_code - p.vm.code)) : p.vm.code;
    if (!p.code)
        return DYAD_ENOMEM;
    sh = p.slot[0] != s->n ? p.slot[0] : dy__coder_mention_head(s, sm);
    th = p.slot[1];
    if (th == s->n && p.slot[0] == s->n &&
        (in_list(lemma_of(s, v), dy__coder_together_verbs) ||
         (v + 1 < s->n && in_list(s->forms[v + 1], dy__coder_joint_words))) &&
        (m2 = conjoined_before(s, sm, v)) != NULL) {
        /* "Iran and Saudi Arabia trade barbs over Yemen": two actors
         * joined right before a verb of two sides act on each other */
        th = dy__coder_mention_head(s, m2);
        mutual = 1;
    }
    for (uint32_t i = v + 1; th == s->n && i < s->n; i++) {
        const struct mention *m = s->men_at[i] >= 0 ? &s->men[s->men_at[i]] : NULL;
        if (m && m->kind == DYAD_LEX_ACTOR && m->code[0] && strcmp(m->code, sm->code) != 0)
            th = dy__coder_mention_head(s, m);
    }
    dy__coder_resolve_np(c, s, sh, &src);
    if (src.kind != NP_ACTOR || !src.a.code)
        return DYAD_OK;
    if (th != s->n)
        dy__coder_resolve_np(c, s, th, &tgt);
    if (th != s->n && (tgt.kind != NP_ACTOR || !tgt.a.code || dy__coder_same_actor(&src.a, &tgt.a)))
        th = s->n;
    if (th == s->n && (c->flags & DYAD_CODE_REQUIRE_TARGET))
        return DYAD_OK;
    dy__coder_mark_subtree(s, v, NULL, &clo, &chi);
    dy__coder_event_place(c, s, v, &pl);
    rc = dy__coder_emit(c, s, &p, &src, "actor before the word", th != s->n ? &tgt : NULL,
                        "first actor after the word", dy__coder_event_date(c, s, v), &pl, clo, chi);
    if (!rc && th != s->n && (back_code || mutual)) {
        struct pred back = p;
        back.code = back_code ? back_code + 1 : p.code;
        rc = dy__coder_emit(c, s, &back, &tgt, "first actor after the word", &src,
                            "actor before the word", dy__coder_event_date(c, s, v), &pl, clo, chi);
    }
    /* a target conjoined with other actors ("toward Gondor and Elrond"):
     * each of them, as TABARI codes a compound target */
    for (uint32_t k = th != s->n ? s->first[th] : s->n; !rc && k != s->n; k = s->next[k]) {
        struct np t2;

        if (!rel_is(s, k, "conj") || s->men_at[k] < 0)
            continue;
        dy__coder_resolve_np(c, s, k, &t2);
        if (t2.kind == NP_ACTOR && t2.a.code && !dy__coder_same_actor(&src.a, &t2.a) &&
            !dy__coder_same_actor(&tgt.a, &t2.a))
            rc = dy__coder_emit(c, s, &p, &src, "actor before the word", &t2,
                                "conjoined with the first actor after the word",
                                dy__coder_event_date(c, s, v), &pl, clo, chi);
    }
    if (rc)
        return rc;
    dy__coder_explain_pred(c, s, v, DYAD_PRED_CODED, "coded as a verb read off the words (TABARI)");
    *done = 1;
    return DYAD_OK;
}

/* Noun t is in the cause phrase ("over ...") of the verb it hangs on. */
static int cause_noun(const struct sent *s, uint32_t t)
{
    uint32_t v = s->head[t];

    for (int step = 0; step < MAX_CLIMB && v < s->n && !upos_is(s, v, "VERB"); step++)
        v = s->head[v];
    return v < s->n && dy__coder_in_cause(s, t, v);
}

static int code_linear(struct coder *c, struct sent *s)
{

    if (c->ev.n > s->first_ev || s->discarded)
        return DYAD_OK;
    for (uint32_t v = s->dl + 1; v < s->n; v++) {
        int rc, done = 0;

        if (!(upos_is(s, v, "NOUN") || upos_is(s, v, "ADJ") || upos_is(s, v, "X") ||
              (upos_is(s, v, "VERB") && linear_verb(s, v)) ||
              (upos_is(s, v, "AUX") && in_list(lemma_of(s, v), linear_modals))) ||
            s->men_at[v] >= 0 || !islower((unsigned char)s->forms[v][0]) ||
            !linear_status(s, v))
            continue;
        if (upos_is(s, v, "NOUN") && in_list(lemma_of(s, v), dy__coder_vehicles))
            continue; /* "Chinese ships entered Japanese waters": a vessel
                       * is no act ("ship water" is a shipment) */
        if (upos_is(s, v, "NOUN") && cause_noun(s, v))
            continue; /* "sanctions on Russia over the Ukraine war" */
        rc = linear_at(c, s, v, 0, &done);
        if (rc || done)
            return rc;
    }
    return DYAD_OK;
}

/* A modal auxiliary that is a verb of the dictionaries with a pattern
 * matching the words around it (TABARI's "SHOULD: - SUGGESTED + *
 * DEMAND_CONVENTIONS") is coded as that verb, read off the words, in
 * place of the verb it modifies (that verb is merged into it).  Runs
 * before the tree's predicates. */
static int code_modals(struct coder *c, struct sent *s)
{
    for (uint32_t v = s->dl + 1; v < s->n; v++) {
        uint32_t h = s->head[v];
        int rc, done = 0;

        if (!upos_is(s, v, "AUX") || !in_list(lemma_of(s, v), linear_modals) ||
            !islower((unsigned char)s->forms[v][0]) || h >= s->n || s->merged[h])
            continue;
        rc = linear_at(c, s, v, 1, &done);
        if (rc)
            return rc;
        if (done)
            s->merged[h] = 1;
    }
    return DYAD_OK;
}

struct scratch {
    const char **forms;
    const char **rel;
    uint32_t *u32;
    int32_t *men_at;
    struct mention *men;
    size_t cap;
};

static int scratch_fit(struct scratch *sc, size_t n)
{
    size_t need = n + 1;

    /* cap > 0 implies the buffers exist; testing u32 too states that
     * invariant for the static analyser. */
    if (need <= sc->cap && sc->u32)
        return DYAD_OK;
    dy_free(sc->forms);
    dy_free(sc->rel);
    dy_free(sc->u32);
    dy_free(sc->men_at);
    dy_free(sc->men);
    sc->forms = dy_calloc(need, sizeof(*sc->forms));
    sc->rel = dy_calloc(need, sizeof(*sc->rel));
    sc->u32 = dy_calloc(need * 8, sizeof(*sc->u32));
    sc->men_at = dy_calloc(need, sizeof(*sc->men_at));
    sc->men = dy_calloc(need, sizeof(*sc->men));
    sc->cap = need;
    if (!sc->forms || !sc->rel || !sc->u32 || !sc->men_at || !sc->men) {
        sc->cap = 0;
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

static void scratch_release(struct scratch *sc)
{
    dy_free(sc->forms);
    dy_free(sc->rel);
    dy_free(sc->u32);
    dy_free(sc->men_at);
    dy_free(sc->men);
}

static int code_sentence(struct coder *c, struct scratch *sc, uint32_t index, int title, int lead,
                         const struct dyad_token *tok, const struct dyad_word *w, uint32_t base,
                         uint32_t n, uint32_t para, const char *text, size_t text_len)
{
    struct sent s;
    size_t first_ev = c->ev.n;
    size_t cap;
    int rc;

    if (n == 0)
        return DYAD_OK;
    rc = scratch_fit(sc, n);
    if (rc)
        return rc;
    cap = sc->cap;
    memset(&s, 0, sizeof(s));
    s.index = index;
    s.title = title;
    s.tok = tok;
    s.w = w;
    s.base = base;
    s.n = n;
    s.para = para;
    s.text = text;
    s.text_len = text_len;
    s.forms = sc->forms;
    s.rel = sc->rel;
    s.head = sc->u32;
    s.first = sc->u32 + cap;
    s.next = sc->u32 + 2 * cap;
    s.mark = sc->u32 + 3 * cap;
    s.stack = sc->u32 + 4 * cap;
    s.verb_event = sc->u32 + 5 * cap;
    s.merged = sc->u32 + 6 * cap;
    s.pstatus = sc->u32 + 7 * cap;
    s.men_at = sc->men_at;
    s.men = sc->men;
    s.first_ev = first_ev;
    s.tq = !title && c->tok_quote ? c->tok_quote + base : NULL;
    for (uint32_t i = 0; i < n; i++) {
        s.forms[i] = tok[i].form ? tok[i].form : "";
        s.mark[i] = 0;
        s.verb_event[i] = DYAD_NONE;
        s.merged[i] = 0;
        s.pstatus[i] = 0;
    }
    /* A dateline opening one of the first paragraphs is a place. */
    if (lead && !title) {
        s.dl = dy_coder_dateline_len(s.tok, s.n);
        if (s.dl) {
            rc = dy__coder_dateline(c, &s);
            if (rc)
                return rc;
        }
    }
    dy__coder_build_tree(&s);
    dy__coder_possessive_subjects(&s);
    rc = dy__coder_find_mentions(c, &s);
    if (rc)
        return rc;
    rc = dy__coder_note_unknowns(c, &s);
    if (rc)
        return rc;
    rc = code_modals(c, &s);
    if (rc)
        return rc;
    /* Speech verbs first, so that embedded events can be linked to an
     * event that already exists; then every other verb. */
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t v = 0; v < n; v++) {
            int speech;
            if (!dy__coder_is_candidate(&s, v))
                continue;
            if (s.merged[v]) {
                if (pass == 1)
                    dy__coder_explain_pred(c, &s, v, DYAD_PRED_MERGED,
                                           "coded with its governing verb");
                continue;
            }
            speech = in_list(lemma_of(&s, v), dy__coder_speech_verbs);
            if ((pass == 0) != (speech != 0))
                continue;
            rc = dy__coder_code_predicate(c, &s, v);
            if (rc)
                return rc;
        }
    }
    rc = dy__coder_code_event_nouns(c, &s);
    if (rc)
        return rc;
    rc = dy__coder_code_according(c, &s);
    if (rc)
        return rc;
    rc = code_linear(c, &s);
    if (rc)
        return rc;
    dy__coder_link_reports(c, &s, first_ev);
    dy__coder_claims_as_accusations(c, first_ev);
    dy__coder_denials_answer(c, first_ev);
    dy__coder_judgements(c, &s, first_ev);
    rc = dy__coder_attribute_quotes(c, &s);
    /* Every coded actor the sentence named, in text order, is a
     * candidate for the next sentences' pronouns. */
    for (size_t k = 0; k < s.nmen; k++) {
        const struct mention *m = &s.men[k];
        struct dyad_actor a;
        if (m->kind != DYAD_LEX_ACTOR || !m->code[0] || is_place_only(m))
            continue;
        memset(&a, 0, sizeof(a));
        a.span = tok_span(&s, m->start, m->start + m->len - 1);
        a.text = span_text(c, &s, a.span);
        a.code = m->code;
        a.where = m->where;
        dy__coder_split_code(c, &a);
        dy__coder_remember(c, &a, &s, m->start + m->len - 1,
                           m->actor_kind && strcmp(m->actor_kind, "person") == 0, 0);
    }
    return rc;
}

int dy_coder_code(const struct dyad_lexicon *lx, uint32_t flags, struct dy_arena *arena,
                  struct dyad_result *res)
{
    struct coder c;
    struct scratch sc;
    int rc = DYAD_OK;

    if (!lx || !arena || !res || !res->doc)
        return DYAD_EINVAL;
    if (!res->words)
        return DYAD_OK;
    memset(&c, 0, sizeof(c));
    memset(&sc, 0, sizeof(sc));
    c.lx = lx;
    c.flags = flags;
    c.arena = arena;
    c.res = res;
    c.lone.sent = DYAD_NONE;
    vec_init(&c.ev, sizeof(struct dyad_event), DYAD_MAX_EVENTS_PER_DOC);
    vec_init(&c.qt, sizeof(struct dyad_quote), DYAD_MAX_QUOTES_PER_DOC);
    vec_init(&c.qt_info, sizeof(struct quote_info), DYAD_MAX_QUOTES_PER_DOC);
    vec_init(&c.unk, sizeof(struct dyad_unknown), DYAD_MAX_UNKNOWN_PER_DOC);
    vec_init(&c.unk_mid, sizeof(uint8_t), DYAD_MAX_UNKNOWN_PER_DOC);
    vec_init(&c.pred, sizeof(struct dyad_predicate), (size_t)1 << 20);
    vec_init(&c.men, sizeof(struct dyad_actor), (size_t)1 << 20);
    vec_init(&c.mensent, sizeof(uint32_t), (size_t)1 << 20);
    vec_init(&c.same_ok, sizeof(struct same_ok), DYAD_MAX_EVENTS_PER_DOC);
    vec_init(&c.named_where, sizeof(struct country_mention), (size_t)1 << 20);
    dy_buf_init(&c.tmp, 1 << 16);

    rc = dy__coder_find_quotes(&c);
    if (!rc && res->title_words && res->title_tokens && res->doc->title &&
        !(flags & DYAD_CODE_NO_TITLE)) {
        /* The headline is one unit; it is short, the parser may have
         * split it, so each of its sentences is coded. */
        rc = code_sentence(&c, &sc, DYAD_SENT_TITLE, 1, 0, res->title_tokens, res->title_words, 0,
                           (uint32_t)DY_MIN(res->ntitle_tokens, (size_t)MAX_TITLE_TOKENS),
                           0, res->doc->title, strlen(res->doc->title));
    }
    for (size_t i = 0; !rc && i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        if (s->first_token > res->ntokens || s->ntokens > res->ntokens - s->first_token)
            continue;
        int lead = dy_coder_lead_sentence(res, i);
        rc = code_sentence(&c, &sc, (uint32_t)i, 0, lead, res->tokens + s->first_token,
                           res->words + s->first_token, s->first_token, s->ntokens,
                           s->paragraph, res->doc->text, res->doc->text_len);
    }
    if (!rc) {
        dy__coder_apply_focus(&c); /* before speakers are copied to quotes and events */
        dy__coder_continue_speakers(&c);
        rc = dy__coder_finish_quote_events(&c);
        dy__coder_finish_unknowns(&c);
        if (c.story_discard) {
            /* a story-level discard: no event, and no link to one */
            c.ev.n = 0;
            for (size_t q = 0; q < c.qt.n; q++)
                ((struct dyad_quote *)c.qt.data)[q].event = DYAD_NONE;
        }
        res->events = vec_to_arena(&c, &c.ev, &rc);
        res->nevents = c.ev.n;
        res->quotes = vec_to_arena(&c, &c.qt, &rc);
        res->nquotes = c.qt.n;
        res->unknown = vec_to_arena(&c, &c.unk, &rc);
        res->nunknown = c.unk.n;
        res->predicates = vec_to_arena(&c, &c.pred, &rc);
        res->npredicates = c.pred.n;
        res->mentions = vec_to_arena(&c, &c.men, &rc);
        res->mention_sentence = vec_to_arena(&c, &c.mensent, &rc);
        res->nmentions = c.men.n;
        if (c.partial && res->status == DYAD_DOC_CODED) {
            res->status = DYAD_DOC_PARTIAL;
            res->status_reason = "too many events, quotes or names in one document";
        }
    }
    dy_free(c.ev.data);
    dy_free(c.qt.data);
    dy_free(c.qt_info.data);
    dy_free(c.unk.data);
    dy_free(c.unk_mid.data);
    dy_free(c.pred.data);
    dy_free(c.men.data);
    dy_free(c.mensent.data);
    dy_free(c.same_ok.data);
    dy_free(c.named_where.data);
    dy_buf_release(&c.tmp);
    scratch_release(&sc);
    return rc;
}

const char *dyad_pred_status_name(enum dyad_pred_status s)
{
    switch (s) {
    case DYAD_PRED_CODED:
        return "coded";
    case DYAD_PRED_NO_PATTERN:
        return "no pattern";
    case DYAD_PRED_NON_EVENT:
        return "not an event";
    case DYAD_PRED_NO_SOURCE:
        return "no actor";
    case DYAD_PRED_NEGATED:
        return "negated";
    case DYAD_PRED_SAME_ACTOR:
        return "same actor";
    case DYAD_PRED_MERGED:
        return "merged";
    case DYAD_PRED_DISCARDED:
        return "discarded";
    case DYAD_PRED_NO_CODE:
        return "unknown code";
    }
    return "unknown";
}
