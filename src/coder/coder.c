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
 * args.c, verbs.c and events.c.  coder.c keeps the sentence loop,
 * dy_coder_code and the helpers too large to inline; coder_int.h holds
 * the types, the small helpers and the functions and tables the files
 * share.
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
        "DEV", "MOD", "RAD", "MOS", "CHR", "JEW", "BUD", "HIN", "NRM", NULL};
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
    if (n == 3 && in_list(three, agent_codes)) {
        a->agent = a->code[n] ? astr(c, a->code, n) : a->code;
        return;
    }
    a->country = astr(c, a->code, 3);
    if (n >= 6)
        a->agent = astr(c, a->code + 3, 3);
}

/* ---- statement rules: demands, stated intent, refusals -------------------
 *
 * Three constructions that CAMEO codes as the statement they make, not
 * as the act they name (docs/CODER.md, "Statement rules"): "X said Y
 * must Z" is X's demand on Y (10x; "should": an appeal, 02x), "X is
 * willing / ready to Z" is X's intent (03x, as "plans to Z"), and "X
 * refused to Z" / "X will not Z" for a cooperative Z is X's refusal
 * (12x).  Each rule gives the code of Z's family through
 * dy_coder_statement_code (src/coder/when.c).
 */

/* "willing, ready, prepared, committed, determined to Z" (030's
 * description: "indicate willingness or commitment"); "unwilling" is
 * the refusal. */
static const char *const stmt_willing_words[] = {"willing", "ready", "prepared", "committed",
                                                 "determined", "unwilling", NULL};

/* w is a willingness word used as a predicate ("Iran is ready", "Egypt
 * is prepared", a copula or a passive), not a modifier ("a ready
 * answer"). */
static int stmt_willing_pred(const struct sent *s, uint32_t w)
{
    if (w >= s->n || !in_list(s->forms[w], stmt_willing_words) ||
        !(upos_is(s, w, "ADJ") || upos_is(s, w, "VERB")))
        return 0;
    return child_rel(s, w, "cop") != s->n || child_rel(s, w, "aux:pass") != s->n;
}

/* The act a willingness predicate states: its infinitive ("ready to
 * negotiate") or a gerund after "to" ("committed to opening"); s->n. */
static uint32_t stmt_willing_act(const struct sent *s, uint32_t w)
{
    uint32_t x = dy__coder_to_complement(s, w);

    if (x != s->n && upos_is(s, x, "VERB"))
        return x;
    for (uint32_t k = s->first[w]; k != s->n; k = s->next[k])
        if (k > w && (rel_is(s, k, "advcl") || rel_base(s, k, "obl")) && upos_is(s, k, "VERB") &&
            ieq(case_of(s, k), "to"))
            return k;
    return s->n;
}

/* k is part of the act of the verb it hangs from: a verb conjoined to
 * it, its infinitive complement, or its purpose ("to help"), with no
 * subject of its own ("ready to send aid to help rebuild": one act). */
static int stmt_part_of_act(const struct sent *s, uint32_t k)
{
    if (!upos_is(s, k, "VERB") || child_rel(s, k, "nsubj") != s->n ||
        child_rel(s, k, "nsubj:pass") != s->n)
        return 0;
    return rel_is(s, k, "conj") || rel_is(s, k, "xcomp") ||
           (rel_is(s, k, "advcl") && ieq(case_of(s, k), "to"));
}

/* The willingness predicate whose act v is part of, or s->n. */
static uint32_t stmt_willing_gov(const struct sent *s, uint32_t v)
{
    uint32_t cur = v;

    for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
        uint32_t w = s->head[cur];
        if (w < s->n && stmt_willing_pred(s, w) && stmt_willing_act(s, w) == cur)
            return w;
        if (w >= s->n || !stmt_part_of_act(s, cur))
            return s->n;
        cur = w;
    }
    return s->n;
}

/* The demanded act of a speech verb's complement clause h: "Y must Z"
 * and "Y has / needs to Z" (a demand), "Y should / ought to Z" (an
 * appeal: CAMEO 020 covers "suggestions", 100 the "more forceful"
 * demands), and after "insist" a bare subjunctive ("insisted that Y
 * withdraw").  Sets *kind; returns the act (h, or h's infinitive), or
 * s->n. */
static uint32_t stmt_obligation(const struct sent *s, uint32_t v, uint32_t h, int *kind)
{
    static const char *const must[] = {"must", NULL};
    static const char *const should[] = {"should", "ought", NULL};
    static const char *const have[] = {"have", "need", NULL};
    static const char *const insist[] = {"insist", NULL};
    static const char *const perfect_or_progressive[] = {"have", "be", NULL};

    *kind = DY_CODER_STMT_NONE;
    /* "must have known", "should have included", "must be joking":
     * inference or regret, not an obligation */
    if (!(upos_is(s, h, "VERB") || stmt_willing_pred(s, h)) ||
        dy__coder_own_aux(s, h, perfect_or_progressive))
        return s->n;
    if (dy__coder_own_aux(s, h, must))
        *kind = DY_CODER_STMT_DEMAND;
    else if (dy__coder_own_aux(s, h, should))
        *kind = DY_CODER_STMT_APPEAL;
    else if (upos_is(s, h, "VERB") && in_list(lemma_of(s, h), have) &&
             has_feat(s, h, "Tense=Pres") && dy__coder_to_complement(s, h) != s->n) {
        /* "has to return", "needs to return" ("had to" is past: it
         * happened) */
        *kind = DY_CODER_STMT_DEMAND;
        return dy__coder_to_complement(s, h);
    } else if (in_list(lemma_of(s, v), insist) && upos_is(s, h, "VERB") &&
               has_feat(s, h, "VerbForm=Inf") && child_rel(s, h, "aux") == s->n) {
        *kind = DY_CODER_STMT_DEMAND;
    }
    return *kind ? h : s->n;
}

/* Clause h is qualified by a condition ("if they want X, they should
 * say so"): a conditional obligation is no demand. */
static int stmt_conditional(const struct sent *s, uint32_t h)
{
    static const char *const cond[] = {"if", "unless", NULL};

    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        uint32_t m = child_rel(s, k, "mark");
        if (rel_is(s, k, "advcl") && m != s->n && in_list(s->forms[m], cond))
            return 1;
    }
    return 0;
}

/* The merge marks of a demanded clause: its head and its whole act
 * (stmt_part_of_act: "must allocate funds to help fight ..." is one
 * demand); on = 0 takes them back. */
static void stmt_merge(struct sent *s, uint32_t h, uint32_t x, uint32_t on)
{
    uint32_t stack[32];
    size_t n = 0;

    s->merged[h] = on;
    stack[n++] = x;
    while (n) {
        uint32_t t = stack[--n];
        s->merged[t] = on;
        for (uint32_t k = s->first[t]; k != s->n; k = s->next[k])
            if (k != t && n < DY_ARRAY_LEN(stack) && s->merged[k] != on &&
                stmt_part_of_act(s, k))
                stack[n++] = k;
    }
}

/* Rule 1: speech verb v (its own code a statement, 01x, or none) whose
 * complement clause says what another party must or should do is a
 * demand (10x) or appeal (02x) on the clause's subject, coded by the
 * family of the act ("Russia said Sudan must return the helicopter" ->
 * 1053); the act itself did not happen and is not coded. */
static int stmt_demand(struct coder *c, struct sent *s, uint32_t v, struct pred *p)
{
    uint32_t h = child_rel(s, v, "ccomp"), x, w, subj, xslot[3];
    uint32_t pt = child_rel(s, v, "parataxis");
    struct dyad_verb_match xm;
    int kind, xneg, rc;
    const char *from = NULL;
    char out[5];

    if (h == s->n && pt < v) /* '"Iran must stop," Haley said' */
        h = pt;
    if (h == s->n || p->negated || !dy__coder_is_speech_lemma(lemma_of(s, v)) ||
        (p->vm.code && strncmp(p->vm.code, "01", 2) != 0))
        return DYAD_OK;
    subj = child_rel(s, h, "nsubj");
    x = stmt_obligation(s, v, h, &kind);
    if (subj == s->n || x == s->n || stmt_conditional(s, h) || stmt_conditional(s, x))
        return DYAD_OK;
    w = stmt_willing_pred(s, x) ? stmt_willing_act(s, x) : s->n;
    if (w != s->n) /* "must be ready to mediate": mediation is demanded */
        x = w;
    memset(&xm, 0, sizeof(xm));
    if (upos_is(s, x, "VERB")) {
        rc = dy__coder_code_verb(c, s, x, &xm, xslot, &xneg);
        if (rc)
            return rc;
        if (xm.code && strcmp(xm.code, "---") != 0 && strcmp(xm.code, "###") != 0 &&
            !dy__coder_is_negated(s, x))
            from = xm.code; /* "must not attack": a demand, of no family */
    }
    p->said_vm = p->vm;
    if (from) {
        p->vm = xm;
    } else {
        p->vm.code = p->vm.code ? p->vm.code : "010";
        p->vm.pattern =
            kind == DY_CODER_STMT_DEMAND ? "statement + must" : "statement + should";
    }
    p->stmt = kind;
    p->stmt_code = acstr(c, dy_coder_statement_code(from, (enum dy_coder_stmt)kind, out));
    if (!p->stmt_code)
        return DYAD_ENOMEM;
    p->stmt_subj = subj;
    p->stmt_head = h;
    p->stmt_act = x;
    p->mode = DY_CODER_ASSERTED;
    stmt_merge(s, h, x, 1);
    return DYAD_OK;
}

/* Where the act of a willingness predicate finds no subject ("Vietnam
 * is committed to opening ...": a gerund under a passive; "it is
 * willing", "it" parsed as an expletive), the predicate's subject. */
static void stmt_willing_source(const struct sent *s, uint32_t v, struct args *src)
{
    uint32_t w = stmt_willing_gov(s, v), subj;

    if (w == s->n || src->n)
        return;
    subj = dy__coder_subject_rel(s, w, "nsubj");
    if (subj == s->n)
        subj = dy__coder_subject_rel(s, w, "nsubj:pass");
    if (subj == s->n)
        subj = child_rel(s, w, "expl");
    if (subj != s->n)
        dy__coder_args_add_conj(s, src, subj, "subject of the willingness predicate");
}

/* A demand needs an addressee other than its speaker ("Iran said it
 * must respond" is no demand). */
static int stmt_demand_stands(const struct np *srcs, size_t nsrc, const struct np *tgts,
                              size_t ntgt)
{
    for (size_t j = 0; j < ntgt; j++) {
        size_t i = 0;
        if (tgts[j].kind != NP_ACTOR || !tgts[j].a.code)
            continue;
        while (i < nsrc && !dy__coder_same_actor(&srcs[i].a, &tgts[j].a))
            i++;
        if (i == nsrc)
            return 1;
    }
    return 0;
}

/* The demand does not stand: the speech verb is the statement it was,
 * and its complement is coded as before. */
static void stmt_demand_undo(struct sent *s, struct pred *p)
{
    stmt_merge(s, p->stmt_head, p->stmt_act, 0);
    p->vm = p->said_vm;
    p->code = p->vm.code;
    p->stmt = DY_CODER_STMT_NONE;
    p->stmt_subj = s->n;
}

/* The refusal code of a cooperative code (p's stmt set), or 0. */
static int stmt_refuse(struct coder *c, struct pred *p, const char *code)
{
    char out[5];
    const char *r = dy_coder_statement_code(code, DY_CODER_STMT_REFUSAL, out);

    r = r ? acstr(c, r) : NULL; /* out of memory: stays negated */
    if (!r)
        return 0;
    p->stmt_code = r;
    p->stmt = DY_CODER_STMT_REFUSAL;
    p->mode = DY_CODER_ASSERTED;
    p->negated = 0;
    return 1;
}

/*
 * Rules 2 and 3 for verb v (after its pattern, negation and modality are
 * known; x its infinitive complement): stated willingness is intent;
 * refusing, declining or announcing that one will not do a cooperative
 * act (codes 03-08) is a refusal; then rule 1 (stmt_demand).
 */
static int stmt_rules(struct coder *c, struct sent *s, uint32_t v, uint32_t x, struct pred *p)
{
    static const char *const refusers[] = {"refuse", "decline", NULL};
    static const char *const perfect[] = {"have", NULL};
    uint32_t w = stmt_willing_gov(s, v);

    if (w != s->n && !p->negated) {
        /* "France is ready to send troops": 033; "is not ready to" /
         * "unwilling to" negotiate: 125 (else not coded: negated) */
        if (!dy__coder_is_negated(s, w) && !ieq(s->forms[w], "unwilling")) {
            if (p->mode == DY_CODER_ASSERTED)
                p->mode = DY_CODER_FUTURE;
        } else if (!p->vm.code || !stmt_refuse(c, p, p->vm.code)) {
            p->negated = 1;
        }
        return DYAD_OK;
    }
    if (x != s->n && upos_is(s, x, "VERB") && in_list(lemma_of(s, v), refusers) &&
        p->vm.specificity < 1 && !p->negated) {
        /* "refused to extend the ceasefire" with no pattern of its own
         * for it: the refusal of that cooperation */
        struct dyad_verb_match xm;
        uint32_t xslot[3];
        int xneg, rc = dy__coder_code_verb(c, s, x, &xm, xslot, &xneg);
        if (rc)
            return rc;
        if (xm.code && stmt_refuse(c, p, xm.code)) {
            p->vm = xm;
            memcpy(p->slot, xslot, sizeof(xslot));
            p->arg_v = x;
            s->merged[x] = 1;
        }
        return DYAD_OK;
    }
    if (p->negated && p->vm.code && dy__coder_has_future_aux(s, v) &&
        !dy__coder_own_aux(s, v, perfect)) {
        /* "said it would not meet the demands" (CAMEO 1243's example),
         * "will not accept any more refugees" (1223's): an announced
         * refusal.  Past negation ("did not meet") is not. */
        for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
            if (dy__coder_is_neg_word(s, k)) {
                stmt_refuse(c, p, p->vm.code);
                break;
            }
        return DYAD_OK;
    }
    return stmt_demand(c, s, v, p);
}

static int decide(struct coder *c, struct sent *s, uint32_t v, struct pred *p,
                  enum dyad_pred_status *st, const char **why)
{
    uint32_t x = dy__coder_to_complement(s, v);
    int rc;

    memset(p, 0, sizeof(*p));
    p->v = p->arg_v = v;
    p->stmt_subj = p->stmt_head = p->stmt_act = s->n;
    if (stmt_willing_pred(s, v) && stmt_willing_act(s, v) != s->n) {
        *st = DYAD_PRED_NON_EVENT; /* "Egypt is prepared to negotiate" */
        *why = "stated willingness: its act is coded as intent";
        return DYAD_OK;
    }
    rc = dy__coder_code_verb(c, s, v, &p->vm, p->slot, &p->neg_cov);
    if (!rc)
        rc = dy__coder_idiom_override(c, s, v, &p->vm);
    if (rc)
        return rc;
    if (dy__coder_is_noun_predicate(s, v) && p->vm.specificity < 1) {
        /* "X is a threat": the noun alone is no act */
        memset(&p->vm, 0, sizeof(p->vm));
        p->slot[0] = p->slot[1] = p->slot[2] = s->n;
        p->neg_cov = 0;
    }
    if (!p->vm.code || (strcmp(p->vm.code, "---") == 0 && p->vm.specificity == 0))
        dy__coder_nominal_event(c, s, v, p);
    if (!p->vm.code || (strcmp(p->vm.code, "---") == 0 && p->vm.specificity == 0)) {
        struct dyad_verb_match nm;
        uint32_t nslot[3];
        int nneg = 0;
        rc = dy__coder_code_clause_noun(c, s, v, &nm, nslot, &nneg);
        if (rc)
            return rc;
        if (nm.code) {
            p->vm = nm;
            memcpy(p->slot, nslot, sizeof(nslot));
            p->neg_cov = nneg;
        }
    }
    p->negated = dy__coder_is_negated(s, v) && !p->neg_cov;
    if (dy__coder_has_future_aux(s, v))
        p->mode = DY_CODER_FUTURE;
    /* "threatened to impose", "plans to visit": the complement is the
     * action, the governing verb its modality. */
    if (x != s->n && upos_is(s, x, "VERB") &&
        (ieq(lemma_of(s, v), "threaten") || in_list(lemma_of(s, v), dy__coder_intent_verbs))) {
        struct dyad_verb_match xm;
        uint32_t xslot[3];
        int xneg;
        rc = dy__coder_code_verb(c, s, x, &xm, xslot, &xneg);
        if (rc)
            return rc;
        if (xm.code && strcmp(xm.code, "---") != 0 && p->vm.specificity < 2) {
            int mode = ieq(lemma_of(s, v), "threaten") ? DY_CODER_THREAT : DY_CODER_FUTURE;
            p->vm = xm;
            memcpy(p->slot, xslot, sizeof(xslot));
            p->arg_v = x;
            p->mode = mode;
            s->merged[x] = 1;
        } else if (p->vm.code && strcmp(p->vm.code, "---") != 0) {
            /* "pledged to expand trade" matched as a whole by the
             * governor's own pattern: the complement is part of it. */
            p->arg_v = x;
            s->merged[x] = 1;
        }
    }
    rc = stmt_rules(c, s, v, x, p);
    if (rc)
        return rc;
    if (!p->vm.code) {
        *st = DYAD_PRED_NO_PATTERN;
        *why = "no verb pattern";
        return DYAD_OK;
    }
    if (strcmp(p->vm.code, "---") == 0) {
        *st = DYAD_PRED_NON_EVENT;
        *why = "pattern coded '---' (not an event)";
        return DYAD_OK;
    }
    if (strcmp(p->vm.code, "###") == 0) {
        *st = DYAD_PRED_DISCARDED;
        *why = "pattern coded '###' (the sentence reports no event)";
        return DYAD_OK;
    }
    /* "maintained a policy": a speech verb with a second sense, taking
     * a noun object and no clause, is no statement; "maintained that
     * ..." and '"...", he maintained' are. */
    if (strcmp(p->vm.code, "010") == 0 && p->vm.specificity == 0 &&
        in_list(lemma_of(s, v), dy__coder_object_sense_speech) && child_rel(s, v, "obj") != s->n &&
        child_rel(s, v, "ccomp") == s->n && child_rel(s, v, "parataxis") == s->n) {
        *st = DYAD_PRED_NON_EVENT;
        *why = "a speech verb with a noun object is not a statement ('maintain a policy')";
        return DYAD_OK;
    }
    if (in_list(lemma_of(s, v), dy__coder_describe_verbs) && p->vm.specificity == 0 &&
        strcmp(p->vm.code, "010") == 0 && child_rel(s, v, "obj") != s->n) {
        /* "described the judgement as historic": praise (051) or
         * criticism (111) when the word says which, else a statement */
        for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
            const char *cs = case_of(s, k);
            if (!(rel_base(s, k, "obl") || rel_is(s, k, "xcomp") || rel_is(s, k, "advcl")) ||
                !cs || !ieq(cs, "as"))
                continue;
            if (in_list(lemma_of(s, k), dy__coder_praise_words))
                p->vm.code = "051";
            else if (in_list(lemma_of(s, k), dy__coder_blame_words))
                p->vm.code = "111";
            p->vm.pattern = "describe + obj + as + word";
            break;
        }
    }
    if (ieq(lemma_of(s, v), "call") && p->vm.specificity <= 1 &&
        (strcmp(p->vm.code, "020") == 0 || strcmp(p->vm.code, "041") == 0)) {
        /* "called the ruling dangerous", "called the decision a
         * mistake": naming, not an appeal; an evaluation, praise when the
         * word is a positive one, else criticism (CAMEO 051 / 111) */
        uint32_t pw = dy__coder_naming_predicate(s, v);
        if (pw != s->n) {
            p->vm.code = in_list(lemma_of(s, pw), dy__coder_praise_words) ? "051" : "111";
            p->vm.pattern = "call + obj + predicate";
        }
    }
    if (in_list(lemma_of(s, v), dy__coder_judging_verbs) && p->vm.specificity == 0 &&
        strcmp(p->vm.code, "014") == 0) {
        /* "I consider this a big mistake": a judgement, not weighing a
         * policy option (014): criticism or praise when the word says
         * which, else a statement */
        uint32_t pw = dy__coder_naming_predicate(s, v);
        if (pw != s->n) {
            p->vm.code = in_list(lemma_of(s, pw), dy__coder_blame_words)    ? "111"
                         : in_list(lemma_of(s, pw), dy__coder_praise_words) ? "051"
                                                                  : "010";
            p->vm.pattern = "consider + obj + predicate";
        }
    }
    if ((c->flags & DYAD_CODE_LITERAL_FUTURE) && p->mode == DY_CODER_FUTURE)
        p->mode = DY_CODER_ASSERTED;
    p->code = p->stmt_code ? p->stmt_code
                           : dy_coder_modal_code(p->vm.code, (enum dy_coder_mode)p->mode);
    if (strlen(p->code) < 2) {
        *st = DYAD_PRED_NO_CODE;
        *why = "pattern code too short to be a CAMEO code";
        return DYAD_OK;
    }
    *st = DYAD_PRED_CODED;
    *why = NULL;
    return DYAD_OK;
}

/*
 * The pattern made the verb's own subject its target ("- NOTED + *"
 * under REGRET: "Gondor noted that Mordor regretted ..." -> Gondor
 * 115 Mordor): the act is the governing clause's, so its subject is the
 * source.  src keeps the subject when v governs no subject above it.
 */
static void target_is_subject(const struct sent *s, const struct pred *p, struct args *src)
{
    uint32_t g = s->head[p->v], gs;
    size_t k = 0;

    while (k < src->n && src->tok[k] != p->slot[1])
        k++;
    if (k == src->n || g >= s->n || !(rel_is(s, p->v, "ccomp") || rel_is(s, p->v, "xcomp")))
        return;
    gs = dy__coder_subject_rel(s, g, "nsubj");
    if (gs == s->n)
        return;
    memset(src, 0, sizeof(*src));
    dy__coder_args_add_conj(s, src, gs, "governor's subject (pattern + is the verb's subject)");
}

/*
 * The pattern says where the actors are ("- + WAS * BY $", "- * $ ON +",
 * "- % * [031]"): its bindings replace the default choice (subject =
 * source, object or oblique = target).  A compound (%) before the verb
 * is the source and has no target: its members act on each other; after
 * the verb ("agree with % ") it is the target.
 */
static void apply_slots(const struct sent *s, const struct pred *p, struct args *src,
                        struct args *tgt)
{
    if (p->slot[2] != s->n && p->slot[2] > p->arg_v) {
        memset(tgt, 0, sizeof(*tgt));
        dy__coder_args_add_conj(s, tgt, p->slot[2], "pattern %");
    } else if (p->slot[2] != s->n) {
        memset(src, 0, sizeof(*src));
        memset(tgt, 0, sizeof(*tgt));
        dy__coder_args_add_conj(s, src, p->slot[2], "pattern %");
        return;
    }
    if (p->slot[0] != s->n) {
        memset(src, 0, sizeof(*src));
        dy__coder_args_add_conj(s, src, p->slot[0], "pattern $");
    }
    if (p->slot[1] != s->n) {
        memset(tgt, 0, sizeof(*tgt));
        dy__coder_args_add_conj(s, tgt, p->slot[1], "pattern +");
        if (p->slot[0] == s->n)
            target_is_subject(s, p, src);
    }
}

/* The clause of v (or of the verb it is conjoined to) is a condition:
 * "if Washington imposed new sanctions", "unless Iran stops". */
static const char *condition_of(const struct sent *s, uint32_t v)
{
    static const char *const cond[] = {"if", "unless", "whether", NULL};
    uint32_t top = dy__coder_conj_top(s, v);

    for (uint32_t k = s->first[top]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "mark") && in_list(s->forms[k], cond))
            return lemma_of(s, k);
    return NULL;
}

/* Verb v is no event that happened: the content of an appeal, a
 * condition, or a possibility (the validation suites' convention,
 * LITERAL_FUTURE, codes "may X" as X, like "will X").  Writes the reason
 * into detail. */
/* Whether v is a purpose clause, "in order to help X", "so as to avoid
 * Y": what someone meant to do, not what happened.  A bare "to" clause
 * is not one: "went to Paris to meet X" often reports the meeting. */
static int is_purpose(const struct sent *s, uint32_t v)
{
    uint32_t top = dy__coder_conj_top(s, v);

    if (!rel_is(s, top, "advcl"))
        return 0;
    for (uint32_t k = s->first[top]; k != s->n; k = s->next[k]) {
        if (!rel_is(s, k, "mark") || !(ieq(s->forms[k], "in") || ieq(s->forms[k], "so")))
            continue;
        for (uint32_t f = s->first[k]; f != s->n; f = s->next[f])
            if (rel_is(s, f, "fixed") && (ieq(s->forms[f], "order") || ieq(s->forms[f], "as")))
                return 1;
    }
    /* "urge the governments to work together to save lives": the aim of
     * an act that is itself only asked for */
    if (child_rel(s, top, "mark") != s->n && ieq(s->forms[child_rel(s, top, "mark")], "to") &&
        s->head[top] < s->n && dy__coder_appeal_content(s, s->head[top]))
        return 1;
    return 0;
}

static int not_happened(const struct coder *c, const struct sent *s, uint32_t v, char *detail,
                        size_t n)
{
    const char *gov = dy__coder_appeal_content(s, v);
    const int literal = (c->flags & DYAD_CODE_LITERAL_FUTURE) != 0;
    const char *modal = literal ? NULL : dy__coder_hypothetical_aux(s, v);
    const char *cond = literal ? NULL : condition_of(s, v);

    if (cond) {
        dy_snprintf(detail, n, "a condition ('%s'), not an event", cond);
        return 1;
    }
    if (!literal && is_purpose(s, v)) {
        dy_snprintf(detail, n, "a purpose ('in order to'), not an event that happened");
        return 1;
    }
    if (gov)
        dy_snprintf(detail, n,
                    "the content of '%s' (an appeal, demand or obligation), not an event that "
                    "happened",
                    gov);
    else if (modal)
        dy_snprintf(detail, n, "a possibility (%s), not an event", modal);
    return gov || modal;
}

static const char *const police_acts[] = {"arrest", "detain", "apprehend", NULL};

/*
 * The authority behind an agentless passive of the criminal process,
 * whose agent the text leaves out because it can only be one: an arrest
 * ("was arrested"), a criminal charge ("was charged with theft",
 * "was indicted") and a release from custody ("was released on bail",
 * "... from jail") are the police's (COP); a prosecution, a conviction or
 * a sentence ("were prosecuted", "was sentenced to ten years") the
 * judiciary's (JUD: courts and prosecutors).  "was charged" with
 * no "with" (a battery, a fee) and "was released" with no custody word
 * (hostages, a report) name no authority.  Returns the agent code or
 * NULL.
 */
/* "was interrogated by a lawyer and then arrested": a bare participle
 * conjoined to a passive (no subject, auxiliary or object of its own) is
 * passive too; its patient is the first conjunct's passive subject. */
int dy__coder_passive_conjunct(const struct sent *s, uint32_t v)
{
    uint32_t h = s->head[v];

    return rel_is(s, v, "conj") && h < s->n && upos_is(s, h, "VERB") &&
           dy__coder_is_passive(s, h) && child_rel(s, v, "nsubj") == s->n &&
           child_rel(s, v, "nsubj:pass") == s->n && child_rel(s, v, "aux") == s->n &&
           child_rel(s, v, "obj") == s->n && !ieq(s->forms[v], lemma_of(s, v));
}

const char *dy__coder_passive_authority(const struct sent *s, uint32_t v)
{
    static const char *const custody[] = {"bail", "bond", "custody", "jail", "prison",
                                          "detention", "parole", NULL};
    static const char *const court_acts[] = {"convict", "sentence", "prosecute", NULL};
    const char *lemma = lemma_of(s, v);

    if (!(dy__coder_is_passive(s, v) || dy__coder_passive_conjunct(s, v)) ||
        dy__coder_passive_agent(s, v) != s->n)
        return NULL;
    if (in_list(lemma, police_acts) || ieq(lemma, "indict"))
        return "COP";
    if (in_list(lemma, court_acts))
        return "JUD";
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        /* "released on US$ 20,000 bail" may come parsed as an object
         * (its preposition hanging off the amount): a custody object
         * counts as the custody adjunct */
        if (!rel_base(s, k, "obl") && !rel_is(s, k, "advcl") &&
            !(rel_is(s, k, "obj") && in_list(lemma_of(s, k), custody)))
            continue;
        if (ieq(lemma, "charge") && ieq(case_of(s, k) ? case_of(s, k) : "", "with"))
            return "COP";
        if (ieq(lemma, "release") && in_list(lemma_of(s, k), custody))
            return "COP";
    }
    return NULL;
}

/* Verbs of attack that are words when the attacker has no arms, and the
 * sectors that have none (media, legislators, parties, scholars, courts,
 * NGOs, rights groups, elites, religious bodies). */
static const char *const verbal_attack_verbs[] = {"attack", "assail", "lash", "hit", NULL};
static const char *const unarmed_sectors[] = {"MED", "LEG", "PTY", "EDU", "JUD", "NGO", "HRI",
                                              "ELI", "CHR", "MOS", "JEW", "BUD", "HIN", "NRM",
                                              NULL};

/* The crime a coercive act is aimed at ("cracked down on human
 * trafficking", "a crackdown against smuggling"): an object or "on" /
 * "against" oblique of v whose noun is a crime, or n. */
static uint32_t crime_object(const struct sent *s, uint32_t v)
{
    static const char *const crimes[] = {"trafficking", "smuggling", "crime", "corruption",
                                         "piracy", "poaching", "fraud", "terrorism",
                                         "narcotics", "drug", "drugs", "gang", "gangs", NULL};

    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if ((rel_is(s, k, "obj") || (rel_base(s, k, "obl") && cs &&
                                     (ieq(cs, "on") || ieq(cs, "against")))) &&
            s->men_at[k] < 0 && in_list(lemma_of(s, k), crimes))
            return k;
    }
    return s->n;
}

/* "Thailand cracked down on human trafficking": coercion aimed at a
 * crime is aimed at its criminals (CRM) in the source's country.  Fills
 * *out and adds the crime word to *tgt; returns the number of targets
 * (1, or 0 with no crime named or a source of no country). */
static size_t crime_target(struct coder *c, const struct sent *s, uint32_t v,
                           const struct np *src, struct np *out, struct args *tgt)
{
    uint32_t k = crime_object(s, v);

    if (k == s->n || !src->a.country)
        return 0;
    memset(out, 0, sizeof(*out));
    out->kind = NP_ACTOR;
    out->a.code = dy__coder_join_code(c, src->a.country, "CRM");
    out->a.span = tok_span(s, k, k);
    out->a.text = span_text(c, s, out->a.span);
    dy__coder_split_code(c, &out->a);
    out->why = "crime coerced: its criminals in the source's country";
    dy__coder_args_add(tgt, k, "crime named");
    return out->a.code ? 1 : 0;
}

/* Whether every source is an agent of an unarmed sector. */
static int all_unarmed(const struct np *srcs, size_t nsrc)
{
    for (size_t k = 0; k < nsrc; k++)
        if (!srcs[k].a.agent || !in_list(srcs[k].a.agent, unarmed_sectors))
            return 0;
    return nsrc > 0;
}

/* Armed forces and police are what a show of force (CAMEO 15x) puts on
 * alert or deploys, not whom it is aimed at: "Peru puts its military on
 * alert" has no target.  Drops the targets that are forces (MIL, COP,
 * SPY) of no country or of a source's country; a foreign force stays
 * ("deployed troops against the Chilean army").  Returns the count kept. */
static const char *const armed_forces[] = {"MIL", "COP", "SPY", NULL};

/*
 * For a refusal of entry v ("was denied visas to enter Peru", "was
 * refused entry into Peru"): the government of the country entered, as
 * the actor `out` (its country + GOV).  Looks at the object of "enter"
 * below v, else an "into"/"to" phrase on v or its object.  Returns 1 when
 * found.
 */
static int entry_state(struct coder *c, struct sent *s, uint32_t v, struct np *out)
{
    static const char *const entry_words[] = {"visa", "entry", "permission", "permit", "access",
                                              NULL};
    uint32_t obj = child_rel(s, v, "obj"), cand[4];
    size_t nc = 0;

    if (obj == s->n || !in_list(lemma_of(s, obj), entry_words))
        return 0;
    for (uint32_t k = 0; k < s->n && nc < 4; k++) {
        uint32_t h = s->head[k];
        if (h == v || h == obj) {
            const char *cs = case_of(s, k);
            if ((rel_base(s, k, "obl") || rel_base(s, k, "nmod")) && cs &&
                (ieq(cs, "into") || ieq(cs, "to")))
                cand[nc++] = k;
            else if ((rel_base(s, k, "acl") || rel_base(s, k, "xcomp") ||
                      rel_base(s, k, "advcl")) && ieq(lemma_of(s, k), "enter")) {
                uint32_t o = child_rel(s, k, "obj");
                if (o != s->n)
                    cand[nc++] = o;
            }
        }
    }
    for (size_t i = 0; i < nc; i++) {
        struct np np;
        memset(&np, 0, sizeof(np));
        dy__coder_resolve_np(c, s, cand[i], &np);
        if (np.kind == NP_ACTOR && np.a.country) {
            *out = np;
            out->a.code = dy__coder_join_code(c, np.a.country, "GOV");
            dy__coder_split_code(c, &out->a);
            out->why = "the government of the country entered";
            return 1;
        }
    }
    return 0;
}

static size_t drop_own_forces(const struct np *srcs, size_t nsrc, struct np *tgts, size_t ntgt)
{
    size_t keep = 0;

    for (size_t k = 0; k < ntgt; k++) {
        const struct dyad_actor *t = &tgts[k].a;
        int own = t->agent && in_list(t->agent, armed_forces);
        if (own && t->country) {
            own = 0;
            for (size_t j = 0; j < nsrc && !own; j++)
                own = srcs[j].a.country && strcmp(srcs[j].a.country, t->country) == 0;
        }
        if (!own)
            tgts[keep++] = tgts[k];
    }
    return keep;
}

/*
 * An attack on a website, server or network ("hackers attacked the
 * website", "the Church's site is being attacked") is no use of force:
 * it damages property (CAMEO 171), as the development gold set codes it.
 * Whether the object of v (the passive subject, or an event noun's "on"
 * phrase) is such a thing.
 */
static int cyber_object(const struct sent *s, uint32_t v)
{
    static const char *const things[] = {"website", "homepage", "server", "webpage",
                                         "database", NULL};
    uint32_t o = child_rel(s, v, dy__coder_is_passive(s, v) ? "nsubj:pass" : "obj");

    if (o != s->n && upos_is(s, o, "NOUN") && ieq(lemma_of(s, o), "attack"))
        for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
            if (rel_base(s, k, "nmod") && case_of(s, k) && ieq(case_of(s, k), "on"))
                o = k;
    return o != s->n && in_list(lemma_of(s, o), things);
}

/*
 * Whether target t is the bare country of source a ("Mr Key promoted the
 * campaign for a New Zealand flag": NZLGOV and NZL).  Found only by the
 * fallbacks (an actor somewhere in the verb's phrase) or in a modifier of
 * a noun that is no actor ("the campaign for a ... flag"), the source's
 * own country is what the phrase is about, not whom the act is aimed at.
 */
static int own_country(const struct dyad_actor *a, const struct dyad_actor *t)
{
    return a->country && t->code && t->country && strcmp(t->code, t->country) == 0 &&
           strcmp(a->country, t->country) == 0 && strcmp(a->code, t->code) != 0;
}

/*
 * "my mum had attacked the church": private people (CVL) attacking an
 * institution with no arms of its own (a church, a newspaper, a party:
 * an unarmed sector with a country, not a person, named itself: not
 * "the offices of the party") attack it in words, as the gold set codes
 * it (111).  Whether every source is a civilian
 * and every target such an institution (at least one).
 */
static int civilian_on_institution(const struct np *srcs, size_t nsrc, const struct np *tgts,
                                   size_t ntgt)
{
    if (!nsrc || !ntgt)
        return 0;
    for (size_t k = 0; k < nsrc; k++)
        if (!srcs[k].a.agent || strcmp(srcs[k].a.agent, "CVL") != 0)
            return 0;
    for (size_t k = 0; k < ntgt; k++)
        if (tgts[k].person || (tgts[k].ante && tgts[k].ante->person) || tgts[k].mod ||
            !tgts[k].a.country ||
            !tgts[k].a.agent || !in_list(tgts[k].a.agent, unarmed_sectors))
            return 0; /* "the senator" (an agent alone) may be one person */
    return 1;
}

/* Statement verbs whose negation ("have not said why") declines to
 * comment. */
static const char *const untold_verbs[] = {"say", "comment", "disclose", "reveal", "explain",
                                           "elaborate", "specify", "confirm", NULL};

/*
 * Aid (07x) from a country's actors to civilians of no stated country
 * ("South Korea evacuated about 80 people", "the army rescued residents")
 * is aid to its own civilians: they take the source's country rather
 * than the story's focus, which in a story between two countries may be
 * the other one.  Refugees and migrants (REF) are foreign by definition
 * and keep no country.
 */
static void own_civilians(struct coder *c, const struct np *srcs, size_t nsrc, struct np *tgts,
                          size_t ntgt)
{
    for (size_t k = 1; k < nsrc; k++)
        if (!srcs[k].a.country || strcmp(srcs[k].a.country, srcs[0].a.country) != 0)
            return;
    for (size_t k = 0; k < ntgt; k++) {
        if (tgts[k].kind != NP_ACTOR || tgts[k].a.country || !tgts[k].a.agent ||
            strcmp(tgts[k].a.agent, "CVL") != 0 || strcmp(tgts[k].a.code, "CVL") != 0)
            continue;
        tgts[k].a.code = dy__coder_join_code(c, srcs[0].a.country, "CVL");
        dy__coder_split_code(c, &tgts[k].a);
    }
}

/* The word that names person np: the last word of the earlier mention
 * it resolved to, else of its own text. */
static const char *person_key(const struct np *np)
{
    const char *t = np->ante ? np->ante->last : np->a.text, *sp;

    if (!t)
        return NULL;
    sp = strrchr(t, ' ');
    return sp ? sp + 1 : t;
}

/*
 * Same code, different actors: two people of different names ("Devocht
 * told Montalvo he would assist him": USACVL and USACVL), or a person
 * and an organisation ("Trump asked the National Security Council":
 * USAGOV and USAGOV).  The gold set codes such events; a code shared by
 * two non-person actors ("Washington" and "the US government"), or by a
 * person and a place ("Obama visited Washington"), is one actor.
 */
static int distinct_people(const struct np *a, const struct np *b)
{
    const char *ka, *kb;

    if (a->kind != NP_ACTOR || b->kind != NP_ACTOR || (!a->person && !b->person))
        return 0;
    if (a->person != b->person)
        return !(a->person ? b : a)->place; /* "Obama visited Washington": one */
    ka = person_key(a);
    kb = person_key(b);
    return ka && kb && !ieq(ka, kb);
}

/* Event e joins two different actors that share a code (distinct_people):
 * the document-level sameness check (finish_quote_events) leaves it.  The
 * event is identified by index and verb, as a sentence's discard may
 * reuse the index. */
struct same_ok {
    uint32_t ev, verb_token;
};

static int keep_same(struct coder *c, uint32_t e)
{
    struct same_ok k;

    k.ev = e;
    k.verb_token = ((const struct dyad_event *)c->ev.data)[e].verb_token;
    return dy__coder_vec_push(&c->same_ok, &k);
}

static int kept_same(const struct coder *c, uint32_t e)
{
    const struct same_ok *k = c->same_ok.data;
    const struct dyad_event *x = (const struct dyad_event *)c->ev.data + e;

    for (size_t i = 0; i < c->same_ok.n; i++)
        if (k[i].ev == e && k[i].verb_token == x->verb_token)
            return 1;
    return 0;
}

/* An agent with no country in a prepositional phrase with a possessive
 * pronoun ("on his first official visit" with "official" parsed as the
 * noun): the pronoun's owner, the subject, is its country; an object
 * ("criticized his official") is not touched. */
static int own_agent(const struct sent *s, const struct dyad_actor *a)
{
    static const char *const poss[] = {"his", "her", "its", "their", NULL};
    int pron = 0, oblique = 0;

    if (!a->code || !a->agent || (a->country && a->country[0]))
        return 0;
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t h = s->head[i];
        if (s->tok[i].span.start < a->span.start || s->tok[i].span.end > a->span.end)
            continue;
        if ((h >= s->n || s->tok[h].span.start < a->span.start ||
             s->tok[h].span.end > a->span.end) && rel_base(s, i, "obl"))
            oblique = 1;
        for (uint32_t k = s->first[i]; k != s->n; k = s->next[k])
            if (rel_is(s, k, "nmod:poss") && in_list(s->forms[k], poss))
                pron = 1;
    }
    return pron && oblique;
}

/*
 * Every target found is a source's own ("Bree President X arrived in
 * Gondor on his first official visit": "his official" is Bree's): no
 * argument names another actor, so the verb's phrase is searched as
 * when none names one.
 */
static int only_self(const struct sent *s, const struct np *srcs, size_t nsrc,
                     const struct np *tgts, size_t ntgt)
{
    for (size_t j = 0; j < ntgt; j++) {
        size_t i = 0;
        while (i < nsrc && !dy__coder_same_actor(&srcs[i].a, &tgts[j].a))
            i++;
        if (i == nsrc && !own_agent(s, &tgts[j].a))
            return 0;
    }
    return nsrc > 0;
}

/* Does some target name an actor other than the sources' own? */
static int names_other(const struct sent *s, const struct np *srcs, size_t nsrc,
                       const struct np *tgts, size_t ntgt)
{
    for (size_t j = 0; j < ntgt; j++)
        if (tgts[j].a.code && !only_self(s, srcs, nsrc, &tgts[j], 1))
            return 1;
    return 0;
}

/* Whether v has a known place as its own destination ("arrived in
 * Amman", "flew to Minsk"): an oblique, not "from", headed by a
 * dictionary actor or place. */
static int destination(const struct sent *s, uint32_t v)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if (rel_base(s, k, "obl") && s->men_at[k] >= 0 && !(cs && ieq(cs, "from")) &&
            s->men[s->men_at[k]].kind == DYAD_LEX_ACTOR)
            return 1;
    }
    return 0;
}

/* "after traveling back from Florida": where a trip (042) comes from is
 * not whom it visits; drops the "from" phrases of a visit's targets. */
static void drop_origin(const struct sent *s, struct args *tgt)
{
    size_t keep = 0;

    for (size_t k = 0; k < tgt->n; k++) {
        const char *cs = case_of(s, tgt->tok[k]);
        if (!(cs && ieq(cs, "from"))) {
            tgt->tok[keep] = tgt->tok[k];
            tgt->how[keep++] = tgt->how[k];
        }
    }
    tgt->n = keep;
}

/* "she met her future husband", "he called his mother": a target that is
 * the source's own relative (a kin noun with a possessive pronoun) of a
 * cooperative act (01-08) is a private matter, which CAMEO does not code
 * ("police arrested his brother" is coded).  Drops such targets and
 * returns how many. */
/* "veteran politicians stepped down": every source is a bare plural
 * noun (no determiner, number, possessor or named modifier), a class of
 * people rather than an actor who yields (083x). */
static int generic_group(const struct sent *s, const struct args *src)
{
    if (src->n == 0)
        return 0;
    for (size_t k = 0; k < src->n; k++) {
        uint32_t t = src->tok[k];
        if (t >= s->n || !upos_is(s, t, "NOUN") || !has_feat(s, t, "Number=Plur"))
            return 0;
        for (uint32_t ch = s->first[t]; ch != s->n; ch = s->next[ch])
            if (rel_is(s, ch, "det") || rel_base(s, ch, "nmod") || rel_is(s, ch, "nummod") ||
                s->men_at[ch] >= 0)
                return 0;
    }
    return 1;
}

static size_t drop_relatives(const struct sent *s, struct args *tgt)
{
    static const char *const kin[] = {"husband", "wife", "mother", "father", "mum", "mom",
                                      "dad", "son", "daughter", "brother", "sister", "parent",
                                      "child", "family", "grandmother", "grandfather",
                                      "fiance", "fiancee", "girlfriend", "boyfriend", NULL};
    size_t keep = 0, dropped = 0;

    for (size_t k = 0; k < tgt->n; k++) {
        uint32_t t = tgt->tok[k], poss = t < s->n ? child_rel(s, t, "nmod:poss") : s->n;
        if (t < s->n && in_list(lemma_of(s, t), kin) && poss != s->n && upos_is(s, poss, "PRON")) {
            dropped++;
            continue;
        }
        tgt->tok[keep] = tgt->tok[k];
        tgt->how[keep++] = tgt->how[k];
    }
    tgt->n = keep;
    return dropped;
}

/* The subject of v's complement clause when that clause says its act was
 * done "allegedly" ("claimed Montalvo allegedly left ..."), else n. */
static uint32_t alleged_subject(const struct sent *s, uint32_t v)
{
    uint32_t cc = child_rel(s, v, "ccomp"), sj;

    if (cc == s->n)
        return s->n;
    sj = child_rel(s, cc, "nsubj");
    if (sj == s->n || upos_is(s, sj, "PRON"))
        return s->n;
    for (uint32_t k = s->first[cc]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "advmod") && ieq(s->forms[k], "allegedly"))
            return sj;
    return s->n;
}

/*
 * "Paris claims that her passport was taken away and she was forced to
 * work": a claim (claim, allege) whose complement is a coercion in the
 * passive with no agent (a verb coded 17x-20x: force, imprison, beat) is
 * an accusation of whoever did it (112, no target).
 */
static int claims_coercion(struct coder *c, const struct sent *s, uint32_t v)
{
    uint32_t cc = child_rel(s, v, "ccomp");

    if (cc == s->n || !(ieq(lemma_of(s, v), "claim") || ieq(lemma_of(s, v), "allege")))
        return 0;
    for (uint32_t k = cc; k != s->n;) {
        struct dyad_verb_match vm;
        if (upos_is(s, k, "VERB") && dy__coder_is_passive(s, k) &&
            dy__coder_passive_agent(s, k) == s->n &&
            dyad_lexicon_match_verb(c->lx, lemma_of(s, k), NULL, 0, NULL, 0, &vm) == DYAD_OK &&
            vm.code && (vm.code[0] == '2' || (vm.code[0] == '1' && vm.code[1] >= '7')))
            return 1;
        /* the next verb conjoined to the complement */
        for (k = k == cc ? s->first[cc] : s->next[k]; k != s->n; k = s->next[k])
            if (rel_is(s, k, "conj") && s->head[k] == cc)
                break;
    }
    return 0;
}

static uint32_t visit_purpose(const struct sent *s, uint32_t v);

static const char *in_table(const struct coder *c, const char *code, const char *parent);

static int code_predicate(struct coder *c, struct sent *s, uint32_t v)
{
    struct pred p;
    struct args src, tgt, pat, said_tgt, own_args;
    enum dyad_pred_status st = DYAD_PRED_CODED;
    const char *why = NULL, *auth;
    struct np srcs[MAX_ARGS], tgts[MAX_ARGS], own[MAX_ARGS];
    size_t nsrc = 0, ntgt = 0, nown = 0;
    uint32_t clo, chi;
    const char *date;
    struct dyad_place pl;
    char detail[512];
    int rc, emitted = 0, fallback = 0, own_tgt = 0, dflt_first = 0;
    size_t before;

    if (not_happened(c, s, v, detail, sizeof(detail))) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT, detail);
        return DYAD_OK;
    }
    rc = decide(c, s, v, &p, &st, &why);
    if (rc)
        return rc;
    if (st == DYAD_PRED_DISCARDED) {
        /* A '###' pattern (an idiom or a sport): the whole sentence
         * goes, with the events its earlier verbs gave. */
        for (size_t e = s->first_ev; e < c->ev.n; e++) {
            const struct dyad_event *x = (const struct dyad_event *)c->ev.data + e;
            s->verb_event[x->verb_token - s->base] = DYAD_NONE;
        }
        c->ev.n = s->first_ev;
        s->discarded = 1;
    }
    if (st == DYAD_PRED_NO_PATTERN && child_rel(s, v, "nsubj") != s->n &&
        !upos_is(s, child_rel(s, v, "nsubj"), "PRON")) {
        /* "War maniacs of the ... military made another provocation":
         * no pattern, but its subject is named as a subject, the one
         * "they" in the next sentence most likely is */
        struct np tmp;
        dy__coder_resolve_arg(c, s, child_rel(s, v, "nsubj"), &tmp, 1);
    }
    if (st != DYAD_PRED_CODED && st != DYAD_PRED_NO_CODE) {
        dy_snprintf(detail, sizeof(detail), "%s%s%s%s", why, p.vm.where[0] ? " (" : "",
                    p.vm.where, p.vm.where[0] ? ")" : "");
        dy__coder_explain_pred(c, s, v, st, detail);
        return DYAD_OK;
    }
    if (s->discarded) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_DISCARDED,
                               "a discard phrase matched the sentence");
        return DYAD_OK;
    }
    if (p.negated && strcmp(p.code, "010") == 0 && in_list(lemma_of(s, v), untold_verbs)) {
        /* "U.S. officials have not said why ...", "did not comment":
         * not making a statement is declining to comment (CAMEO 011) */
        p.code = "011";
        p.vm.pattern = "negated statement: decline comment";
        p.negated = 0;
    }
    if (p.negated && !(c->flags & DYAD_CODE_NEGATED)) {
        dy_snprintf(detail, sizeof(detail), "negated; would be %s by '%s' (%s)", p.code,
                    p.vm.pattern, p.vm.where);
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NEGATED, detail);
        return DYAD_OK;
    }
    memset(&src, 0, sizeof(src));
    memset(&tgt, 0, sizeof(tgt));
    memset(&pat, 0, sizeof(pat));
    dy__coder_find_sources(s, v, &src, &pat);
    stmt_willing_source(s, v, &src);
    if (p.arg_v != v)
        dy__coder_find_targets(s, p.arg_v, &tgt);
    dy__coder_find_targets(s, v, &tgt);
    for (size_t k = 0; k < pat.n; k++)
        dy__coder_args_add(&tgt, pat.tok[k], pat.how[k]);
    apply_slots(s, &p, &src, &tgt);
    if (p.nominal)
        dy__coder_nominal_args(s, v, &p, &src, &tgt);
    if (strcmp(p.code, "042") == 0 && visit_purpose(s, v) != s->n) {
        /* "travelled to Florida to meet with X": X is the visit's host */
        struct args host;
        memset(&host, 0, sizeof(host));
        dy__coder_find_targets(s, visit_purpose(s, v), &host);
        if (host.n)
            tgt = host;
    }
    if (strcmp(p.code, "042") == 0)
        drop_origin(s, &tgt);
    if (tgt.n && p.code[0] == '0' && drop_relatives(s, &tgt) && !tgt.n) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "aimed at the source's own relative: a private matter, not an event");
        return DYAD_OK;
    }
    if (strncmp(p.code, "083", 3) == 0 && generic_group(s, &src)) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a class of people stepping down (bare plural): no one yields");
        return DYAD_OK;
    }
    said_tgt = tgt;
    if (p.stmt_subj != s->n) { /* a demand: the one who must act */
        memset(&tgt, 0, sizeof(tgt));
        dy__coder_args_add_conj(s, &tgt, p.stmt_subj, "subject of the demanded act");
    }
    for (size_t k = 0; k < src.n; k++)
        dy__coder_resolve_arg_all(c, s, src.tok[k], srcs, &nsrc, 1);
    for (size_t k = 0; k < tgt.n; k++)
        dy__coder_resolve_arg_all(c, s, tgt.tok[k], tgts, &ntgt, 0);
    if (p.stmt_subj != s->n && !stmt_demand_stands(srcs, nsrc, tgts, ntgt)) {
        stmt_demand_undo(s, &p);
        if (!p.code) {
            dy__coder_explain_pred(c, s, v, DYAD_PRED_NO_PATTERN, "no verb pattern");
            return DYAD_OK;
        }
        tgt = said_tgt;
        ntgt = 0;
        for (size_t k = 0; k < tgt.n; k++)
            dy__coder_resolve_arg_all(c, s, tgt.tok[k], tgts, &ntgt, 0);
    }
    if (ntgt && p.slot[1] == s->n && only_self(s, srcs, nsrc, tgts, ntgt)) {
        /* kept for when the phrase names no one else either */
        memcpy(own, tgts, ntgt * sizeof(tgts[0]));
        nown = ntgt;
        own_args = tgt;
        ntgt = 0;
    }
    if (ntgt == 0 && !p.nominal && (p.slot[2] == s->n || p.slot[2] > p.arg_v)) {
        /* No argument names an actor: the first actor in the verb's
         * phrase, else the subject of its complement clause ("Arnor
         * believes Dagolath can cope", "X said that Y ..."), as the
         * pattern coders (TABARI, PETRARCH) do. */
        uint32_t cc = child_rel(s, v, "ccomp");
        fallback = 1;
        memset(&tgt, 0, sizeof(tgt));
        dy__coder_find_deep_target(s, p.arg_v, &tgt,
                                   (p.code[0] == '1' && p.code[1] >= '8') || p.code[0] == '2');
        if (strcmp(p.code, "042") == 0)
            drop_origin(s, &tgt);
        /* A statement's addressee is whom it is told to; the subject of
         * what was said is a target only under the pattern coders'
         * convention (--require-target, which drops events without
         * one): "Whitmore stated Montalvo left" is USACOP 010 -. */
        if (tgt.n == 0 && cc != s->n &&
            ((c->flags & DYAD_CODE_REQUIRE_TARGET) || !dy__coder_is_speech_lemma(lemma_of(s, v)))) {
            uint32_t sj = child_rel(s, cc, "nsubj");
            /* "hopes that Y could be drawn into ...": a passive
             * complement's subject as well */
            if (sj == s->n)
                sj = child_rel(s, cc, "nsubj:pass");
            if (sj != s->n && !upos_is(s, sj, "PRON"))
                dy__coder_args_add_conj(s, &tgt, sj, "ccomp subject");
            else if (sj != s->n)
                /* "X said he has deep satisfaction toward Y", "has
                 * begun to question whether he has a future with Y":
                 * the subject is the source again, the first actor of
                 * the clause is whom it is about */
                dy__coder_find_deep_target(s, cc, &tgt, 0);
        }
        for (size_t k = 0; k < tgt.n; k++)
            dy__coder_resolve_arg_all(c, s, tgt.tok[k], tgts, &ntgt, 0);
    }
    if (nown && !names_other(s, srcs, nsrc, tgts, ntgt)) {
        memcpy(tgts, own, nown * sizeof(tgts[0]));
        ntgt = nown;
        tgt = own_args;
        fallback = 0;
    }
    if (strcmp(p.code, "010") == 0 && p.mode == DY_CODER_ASSERTED) {
        /* "they claimed Montalvo allegedly left with the hard drives": a
         * statement that something was allegedly done accuses the doer */
        uint32_t acc = alleged_subject(s, v);
        size_t n0 = 0;
        struct np who[MAX_ARGS];
        if (acc != s->n) {
            dy__coder_resolve_arg_all(c, s, acc, who, &n0, 0);
            if (n0 && who[0].kind == NP_ACTOR) {
                p.code = in_table(c, "1121", "112"); /* "allegedly": a crime */
                p.vm.pattern = "statement + 'allegedly': accusation";
                memcpy(tgts, who, n0 * sizeof(who[0]));
                ntgt = n0;
                fallback = 0;
            }
        } else if (claims_coercion(c, s, v)) {
            p.code = in_table(c, "1121", "112");
            p.vm.pattern = "claim of coercion by no one named: accusation";
        }
    }
    if (ntgt && dy__coder_is_speech_lemma(lemma_of(s, v))) {
        /* "told the press", "told reporters in Minsk": the press in
         * general is an audience, not an addressee (a named outlet is:
         * "told LA Weekly") */
        static const char *const audience[] = {"press", "reporter", "reporters", "journalist",
                                               "journalists", "media", "correspondent",
                                               "correspondents", NULL};
        size_t keep = 0;
        for (size_t k = 0; k < ntgt; k++) {
            const char *t = tgts[k].a.text, *w = t ? strrchr(t, ' ') : NULL;
            w = w ? w + 1 : t;
            if (!(tgts[k].a.agent && strcmp(tgts[k].a.agent, "MED") == 0 && w &&
                  in_list(w, audience)))
                tgts[keep++] = tgts[k];
        }
        ntgt = keep;
    }
    if (nsrc && strncmp(p.code, "19", 2) == 0 && p.mode == DY_CODER_ASSERTED &&
        in_list(lemma_of(s, v), verbal_attack_verbs)) {
        /* "Freedom Magazine, which attacked defectors", "the senator
         * attacked the plan": a sector with no arms attacks in words
         * (111, criticise) */
        if (all_unarmed(srcs, nsrc))
            p.code = "111";
    }
    if (nsrc && !ntgt && strncmp(p.code, "19", 2) == 0 && all_unarmed(srcs, nsrc)) {
        /* "a war that Scientology has been waging": a body with no arms
         * fighting no one named is a figure of speech, no CAMEO 19x */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "force by an unarmed sector at no one: a figure");
        return DYAD_OK;
    }
    if ((strncmp(p.code, "18", 2) == 0 || strncmp(p.code, "19", 2) == 0) &&
        p.mode == DY_CODER_ASSERTED) {
        if (cyber_object(s, p.arg_v))
            p.code = "171";
        else if (in_list(lemma_of(s, v), verbal_attack_verbs) &&
                 civilian_on_institution(srcs, nsrc, tgts, ntgt))
            p.code = "111";
    }
    if (nsrc && !ntgt && strncmp(p.code, "17", 2) == 0)
        ntgt = crime_target(c, s, v, &srcs[0], &tgts[0], &tgt);
    if (nsrc && ntgt && strncmp(p.code, "15", 2) == 0)
        ntgt = drop_own_forces(srcs, nsrc, tgts, ntgt);
    if (nsrc && ntgt && strncmp(p.code, "07", 2) == 0 && srcs[0].a.country)
        own_civilians(c, srcs, nsrc, tgts, ntgt);
    if (strncmp(p.code, "01", 2) == 0 && dy__coder_manner_of_statement(s, v)) {
        /* "Writing in a blog post, Ingram dubbed ...": one statement */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "speech participle of a statement verb: the same statement");
        return DYAD_OK;
    }
    if (!ntgt && strcmp(p.code, "043") == 0 && p.vm.specificity == 0) {
        /* "received 491,667 votes", "keep hosting the video": hosting
         * or receiving with no visitor named is no visit (CAMEO 043) */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "host/receive with no visitor: not a visit");
        return DYAD_OK;
    }
    if (!ntgt && strcmp(p.code, "042") == 0 && !destination(s, v)) {
        /* "They made the trip twice", "came to the conclusion": a visit
         * with no host or destination named is no visit (CAMEO 042) */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "visit with no host or destination: not a visit");
        return DYAD_OK;
    }
    if (!nsrc && src.n == 0 && (auth = dy__coder_passive_authority(s, v)) != NULL) {
        if (!ntgt && dy__coder_passive_conjunct(s, v) &&
            dy__coder_subject_rel(s, s->head[v], "nsubj:pass") != s->n) {
            /* the patient of "was interrogated ... and then arrested" */
            memset(&tgt, 0, sizeof(tgt));
            dy__coder_args_add_conj(s, &tgt, dy__coder_subject_rel(s, s->head[v], "nsubj:pass"),
                                    "nsubj:pass");
            for (size_t k = 0; k < tgt.n; k++)
                dy__coder_resolve_arg_all(c, s, tgt.tok[k], tgts, &ntgt, 0);
        }
        /* "Montalvo was arrested", "was charged with theft", "was
         * released on bail": the police (COP, the story's country when
         * its focus is clear); "was sentenced": the court (JUD), as a
         * human coder reads them. */
        int cop = strcmp(auth, "COP") == 0;
        if (strcmp(p.code, "084") == 0)
            /* released from custody: a person (CAMEO 0841) */
            p.code = in_table(c, "0841", p.code);
        memset(&srcs[0], 0, sizeof(srcs[0]));
        srcs[0].kind = NP_ACTOR;
        srcs[0].a.code = auth;
        srcs[0].a.text = cop ? "police" : "court";
        srcs[0].a.span = tok_span(s, v, v);
        dy__coder_split_code(c, &srcs[0].a);
        srcs[0].why = cop ? "agentless arrest, charge or release: the police"
                          : "agentless conviction or sentence: the court";
        dy__coder_args_add(&src, v, cop ? "agentless arrest" : "agentless sentence");
        nsrc = 1;
    }
    if (!nsrc && src.n == 0 && strcmp(p.code, "120") == 0 && dy__coder_is_passive(s, v) &&
        dy__coder_passive_agent(s, v) == s->n && entry_state(c, s, v, &srcs[0])) {
        /* "the team was denied visas to enter the United States": entry
         * is refused by the government of the country entered */
        size_t keep = 0;
        dy__coder_args_add(&src, v, "agentless refusal of entry: the state entered");
        nsrc = 1;
        for (size_t k = 0; k < ntgt; k++) /* the country entered is no target */
            if (!tgts[k].a.code || strcmp(tgts[k].a.code, srcs[0].a.country) != 0)
                tgts[keep++] = tgts[k];
        ntgt = keep;
    }
    if (!nsrc && src.n == 0 && strncmp(p.code, "15", 2) == 0 && dy__coder_is_passive(s, v) &&
        dy__coder_passive_agent(s, v) == s->n) {
        /* "the Peruvian military has been placed on high alert": forces
         * put on alert with no one named doing it show their own
         * country's force; the passive subject is the source, as a
         * human coder reads it, and no target of its own. */
        uint32_t ps = dy__coder_subject_rel(s, v, "nsubj:pass");
        if (ps != s->n) {
            dy__coder_resolve_np(c, s, ps, &srcs[0]);
            if (srcs[0].kind == NP_ACTOR && srcs[0].a.code && srcs[0].a.agent &&
                in_list(srcs[0].a.agent, armed_forces)) {
                size_t keep = 0;
                nsrc = 1;
                dy__coder_args_add(&src, ps, "agentless show of force: the forces");
                for (size_t k = 0; k < ntgt; k++)
                    if (!tgts[k].a.code || strcmp(tgts[k].a.code, srcs[0].a.code) != 0)
                        tgts[keep++] = tgts[k];
                ntgt = keep;
            }
        }
    }
    if (!nsrc && dy__coder_default_actor(c, s, v, 1, &srcs[0])) {
        dy__coder_args_add(&src, v, "default source");
        nsrc = 1;
    }
    if (!nsrc) {
        dy_snprintf(detail, sizeof(detail), "no source actor (%s by '%s' (%s))", p.code,
                    p.vm.pattern, p.vm.where);
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NO_SOURCE, detail);
        return DYAD_OK;
    }
    dy__coder_mark_subtree(s, v, NULL, &clo, &chi);
    date = dy__coder_event_date(c, s, v);
    dy__coder_event_place(c, s, v, &pl);
    if (!ntgt && strchr(p.code, ':')) {
        p.code = astr(c, p.code, strcspn(p.code, ":"));
        if (!p.code)
            return DYAD_ENOMEM;
    }
    dyad_lexicon_default_actors(c->lx, NULL, NULL, &dflt_first);
    if (!ntgt && dflt_first && dy__coder_default_actor(c, s, v, 0, &tgts[0])) {
        dy__coder_args_add(&tgt, v, "default target");
        ntgt = 1;
    }
    if (!ntgt && nsrc >= 2 && !p.nominal) {
        /* "Gondor and Osgiliath rejected ...": conjoined subjects with
         * no target act on each other (TABARI/PETRARCH compound rule). */
        for (size_t i = 0; i < nsrc; i++) {
            for (size_t j = 0; j < nsrc; j++) {
                if (i == j || srcs[i].kind != NP_ACTOR || srcs[j].kind != NP_ACTOR ||
                    dy__coder_same_actor(&srcs[i].a, &srcs[j].a))
                    continue;
                rc = dy__coder_emit(c, s, &p, &srcs[i], "nsubj", &srcs[j], "conjoined subject",
                                    date, &pl, clo, chi);
                if (rc)
                    return rc;
                emitted++;
            }
        }
        if (emitted) {
            dy_snprintf(detail, sizeof(detail), "coded %s by '%s' (%s), subjects on each other",
                        p.code, p.vm.pattern, p.vm.where);
            dy__coder_explain_pred(c, s, v, DYAD_PRED_CODED, detail);
            return DYAD_OK;
        }
    }
    if (!ntgt && dy__coder_default_actor(c, s, v, 0, &tgts[0])) {
        dy__coder_args_add(&tgt, v, "default target");
        ntgt = 1;
    }
    for (size_t i = 0; i < nsrc; i++) {
        const char *sh = i < src.n ? src.how[i] : "nsubj";
        if (!ntgt) {
            if (c->flags & DYAD_CODE_REQUIRE_TARGET)
                continue;
            rc = dy__coder_emit(c, s, &p, &srcs[i], sh, NULL, NULL, date, &pl, clo, chi);
            if (rc)
                return rc;
            emitted++;
            continue;
        }
        for (size_t j = 0; j < ntgt; j++) {
            const char *colon = strchr(p.code, ':');
            if (dy__coder_same_actor(&srcs[i].a, &tgts[j].a) &&
                !distinct_people(&srcs[i], &tgts[j]))
                continue;
            if ((fallback || tgts[j].mod) && own_country(&srcs[i].a, &tgts[j].a)) {
                own_tgt = 1;
                continue;
            }
            if (colon && srcs[i].kind == NP_ACTOR) {
                /* "042:043": the source visits (042), the target hosts
                 * (043): two events, one each way. */
                struct pred back = p;
                p.code = astr(c, p.code, (size_t)(colon - p.code));
                back.code = acstr(c, colon + 1);
                if (!p.code || !back.code)
                    return DYAD_ENOMEM;
                rc = dy__coder_emit(c, s, &p, &srcs[i], sh, &tgts[j], tgt.how[0], date, &pl, clo,
                                    chi);
                rc = rc ? rc
                        : dy__coder_emit(c, s, &back, &tgts[j], tgt.how[0], &srcs[i], sh, date, &pl,
                                         clo, chi);
                if (rc)
                    return rc;
                emitted += 2;
                p.code = dy_coder_modal_code(p.vm.code, (enum dy_coder_mode)p.mode);
                continue;
            }
            before = c->ev.n;
            rc = dy__coder_emit(c, s, &p, &srcs[i], sh, &tgts[j], tgt.how[0], date, &pl, clo, chi);
            /* (codes that differ now may meet once the focus country
             * fills an agent alone: "Montalvo" CVL, "former members of
             * Scientology" USACVL) */
            if (!rc && c->ev.n > before &&
                (dy__coder_same_actor(&srcs[i].a, &tgts[j].a) ||
                 distinct_people(&srcs[i], &tgts[j])))
                rc = keep_same(c, (uint32_t)before);
            if (rc)
                return rc;
            emitted++;
        }
    }
    /* "Zarif said Tehran would retaliate": a target found only in the
     * verb's phrase or complement that is the source itself leaves the
     * event without a target, not without the event. */
    for (size_t i = 0; !emitted && (fallback || own_tgt) && i < nsrc; i++) {
        if ((c->flags & DYAD_CODE_REQUIRE_TARGET) || strcmp(p.code, "042") == 0)
            break; /* a trip within one's own country is no visit */
        rc = dy__coder_emit(c, s, &p, &srcs[i], i < src.n ? src.how[i] : "nsubj", NULL, NULL, date,
                            &pl, clo, chi);
        if (rc)
            return rc;
        if (i + 1 == nsrc)
            emitted = (int)nsrc;
    }
    if (emitted) {
        dy_snprintf(detail, sizeof(detail), "coded %s by '%s' (%s)", p.code, p.vm.pattern,
                    p.vm.where);
        dy__coder_explain_pred(c, s, v, DYAD_PRED_CODED, detail);
    } else {
        dy__coder_explain_pred(c, s, v, ntgt ? DYAD_PRED_SAME_ACTOR : DYAD_PRED_NO_SOURCE,
                               ntgt ? "source and target are the same actor"
                          : "no target, and targets are required");
    }
    return DYAD_OK;
}

/*
 * "According to the Saudi Interior Ministry, 345 pilgrims were killed":
 * the source's statement (010), and the events of the clause it
 * qualifies are reported by it.  Not for a report or a news outlet,
 * which relay what others said ("according to an AFP report" only
 * attributes a quote).
 */
/* "according to Yonhap, quoting KCNA": the object of a "quoting"/"citing"
 * participle on the "according to" phrase h, the one whose statement it
 * is (an outlet relays, the quoted one says); n when none. */
static uint32_t quoted_source(const struct sent *s, uint32_t h)
{
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        uint32_t o;
        if (!(rel_base(s, k, "acl") || rel_is(s, k, "advcl")) || !upos_is(s, k, "VERB") ||
            !(ieq(lemma_of(s, k), "quote") || ieq(lemma_of(s, k), "cite")))
            continue;
        o = child_rel(s, k, "obj");
        if (o != s->n)
            return o;
    }
    return s->n;
}

/*
 * Event nouns with their agent: "the arrest of Montalvo by the police",
 * "an attack on the embassy by rebels", "the killing of two soldiers by
 * militants".  A noun naming an act, with a "by" phrase that is an actor,
 * is that act, coded by the verb the noun names: the "by" actor the
 * source, the noun's of/on/against/to phrase the target.  Without a "by"
 * actor ("the arrest of Montalvo", "the Church's requests") the noun is
 * not coded: who acted is unsaid, or it is what a verb is about.
 */
static int is_candidate(const struct sent *s, uint32_t v);

static int code_event_nouns(struct coder *c, struct sent *s)
{
    static const char *const patient[] = {"of", "on", "against", "to", NULL};

    if (s->discarded)
        return DYAD_OK;
    for (uint32_t n = 0; n < s->n; n++) {
        const char *verb;
        uint32_t by = s->n, of = s->n, clo, chi;
        struct dyad_verb_match vm;
        struct np src, tgt;
        struct pred p;
        struct dyad_place pl;
        int rc;
        if (!upos_is(s, n, "NOUN") || s->verb_event[n] != DYAD_NONE || is_candidate(s, n))
            continue;
        verb = dy__coder_event_noun_verb(lemma_of(s, n));
        if (!verb)
            continue;
        for (uint32_t k = s->first[n]; k != s->n; k = s->next[k]) {
            const char *cs = case_of(s, k);
            if (!rel_base(s, k, "nmod") || !cs)
                continue;
            if (ieq(cs, "by") && by == s->n)
                by = k;
            else if (in_list(cs, patient) && of == s->n)
                of = k;
        }
        if (by == s->n ||
            dyad_lexicon_match_verb(c->lx, verb, NULL, 0, NULL, 0, &vm) != DYAD_OK || !vm.code ||
            strchr(vm.code, '#') || strchr(vm.code, '-'))
            continue;
        dy__coder_resolve_arg(c, s, by, &src, 1);
        if (src.kind != NP_ACTOR || !src.a.code)
            continue;
        memset(&tgt, 0, sizeof(tgt));
        if (of != s->n)
            dy__coder_resolve_arg(c, s, of, &tgt, 0);
        memset(&p, 0, sizeof(p));
        p.v = p.arg_v = n;
        p.vm = vm;
        p.vm.pattern = "event noun + by";
        p.code = astr(c, vm.code, strcspn(vm.code, ":"));
        if (!p.code)
            return DYAD_ENOMEM;
        memset(&pl, 0, sizeof(pl));
        dy__coder_mark_subtree(s, n, NULL, &clo, &chi);
        if ((tgt.kind == NP_ACTOR && dy__coder_same_actor(&src.a, &tgt.a)) ||
            (tgt.kind != NP_ACTOR && (c->flags & DYAD_CODE_REQUIRE_TARGET)))
            continue;
        rc = dy__coder_emit(c, s, &p, &src, "nmod by", tgt.kind == NP_ACTOR ? &tgt : NULL,
                            "nmod of/on/against", c->res->doc ? c->res->doc->date : NULL, &pl, clo, chi);
        if (rc)
            return rc;
        dy__coder_explain_pred(c, s, n, DYAD_PRED_CODED,
                               "coded: an event noun with its 'by' agent");
    }
    return DYAD_OK;
}

static int code_according(struct coder *c, struct sent *s)
{
    static const char *const relay[] = {"report", "reports", "news", "media", "newspaper",
                                        "agency", "source", "sources", NULL};
    static const char *const other_clauses[] = {"conj", "parataxis", "list", NULL};

    for (uint32_t i = 0; i + 1 < s->n; i++) {
        struct np sp;
        struct pred p;
        struct dyad_place pl;
        struct dyad_event *ev;
        uint32_t h, v, clo, chi, st, q;
        size_t before = c->ev.n;
        int rc;
        if (!ieq(s->forms[i], "according") || !ieq(s->forms[i + 1], "to") ||
            (s->tq && s->tq[i] != DYAD_NONE))
            continue;
        h = s->head[i];
        if (h >= s->n)
            continue;
        q = quoted_source(s, h);
        if (q != s->n) {
            /* "according to Yonhap, quoting KCNA": KCNA said it */
            dy__coder_resolve_np(c, s, q, &sp);
            if (sp.kind != NP_ACTOR || !sp.a.code)
                continue;
        } else {
            if (in_list(lemma_of(s, h), relay))
                continue;
            dy__coder_resolve_np(c, s, h, &sp);
            if (sp.kind != NP_ACTOR || !sp.a.code ||
                (sp.a.agent && strcmp(sp.a.agent, "MED") == 0))
                continue;
        }
        memset(&p, 0, sizeof(p));
        p.v = p.arg_v = i;
        p.code = "010";
        p.vm.code = "010";
        p.vm.pattern = "according to";
        dy_snprintf(p.vm.where, sizeof(p.vm.where), "coder: 'according to' X");
        memset(&pl, 0, sizeof(pl));
        v = s->head[h] < s->n ? s->head[h] : h;
        dy__coder_mark_subtree(s, v, NULL, &clo, &chi);
        rc = dy__coder_emit(c, s, &p, &sp, "according to", NULL, NULL,
                            c->res->doc ? c->res->doc->date : NULL, &pl, clo, chi);
        if (rc)
            return rc;
        if (c->ev.n == before)
            continue;
        ev = c->ev.data;
        ev[before].verb = "according to";
        dy__coder_explain_pred(c, s, i, DYAD_PRED_CODED, "coded 010: the source of 'according to'");
        st = dy__coder_mark_subtree(s, v, other_clauses, &clo, &chi);
        for (size_t e = s->first_ev; e < before; e++) {
            uint32_t t = ev[e].verb_token - s->base;
            if (t < s->n && s->mark[t] == st && ev[e].reported_by == DYAD_NONE)
                ev[e].reported_by = (uint32_t)before;
        }
    }
    return DYAD_OK;
}

/* Links embedded events to their statement ("X said that Y did Z"). */
static void link_reports(struct coder *c, struct sent *s, size_t first_ev)
{
    struct dyad_event *ev = c->ev.data;

    for (size_t e = first_ev; e < c->ev.n; e++) {
        uint32_t v = ev[e].verb_token - s->base;
        uint32_t cur = v;
        if (ev[e].reported_by != DYAD_NONE || v >= s->n)
            continue;
        /* Upwards: the verb sits in a ccomp (possibly via conj) of a
         * speech verb that has an event. */
        for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
            uint32_t p = s->head[cur];
            if (p >= s->n)
                break;
            if ((rel_is(s, cur, "ccomp") || rel_is(s, cur, "parataxis")) &&
                s->verb_event[p] != DYAD_NONE && s->verb_event[p] != e &&
                in_list(lemma_of(s, p), dy__coder_speech_verbs)) {
                ev[e].reported_by = s->verb_event[p];
                break;
            }
            if (!rel_is(s, cur, "conj") && !rel_is(s, cur, "ccomp") && !rel_is(s, cur, "xcomp"))
                break;
            cur = p;
        }
        /* Downwards: "North Korea is bluffing, he said" (parataxis). */
        if (ev[e].reported_by == DYAD_NONE) {
            for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
                if (rel_is(s, k, "parataxis") && s->verb_event[k] != DYAD_NONE &&
                    s->verb_event[k] != e && in_list(lemma_of(s, k), dy__coder_speech_verbs))
                    ev[e].reported_by = s->verb_event[k];
        }
    }
}

/*
 * "Paris claims that the Church imprisoned her": a claim or allegation
 * that another actor used force or coercion (a material-conflict event,
 * QuadClass 4) is an accusation of that actor (CAMEO 112, "accuse,
 * allege"), not a bare statement.  The statement's code becomes 112 and
 * its target the accused.
 */
/* code when the lexicon's CAMEO table has it, else its parent `parent`
 * (a dictionary set without the four-digit accusations). */
static const char *in_table(const struct coder *c, const char *code, const char *parent)
{
    const struct dyad_cameo_code *row = NULL;

    return dyad_lexicon_cameo(c->lx, code, &row) == DYAD_OK && row ? code : parent;
}

/* What a claimed coercion or force accuses its doer of (CAMEO 112x):
 * a state (a country, its forces, police or rulers) using force (18x-20x)
 * -> aggression (1123), coercing (17x) -> human rights abuses (1122);
 * anyone else -> a crime (1121: "the Church imprisoned her"). */
static const char *accusation_code(const struct dyad_event *act)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "SPY", NULL};
    const char *code = act->source.code;
    /* an agent of the state, or a country itself ("Russia arrested her") */
    int st = (act->source.agent && in_list(act->source.agent, state)) ||
             (code && strlen(code) == 3 && !act->source.agent);

    if (!st)
        return "1121";
    return act->root && strcmp(act->root, "17") == 0 ? "1122" : "1123";
}

static void claims_as_accusations(struct coder *c, size_t first_ev)
{
    static const char *const claim_verbs[] = {"claim", "allege", NULL};
    struct dyad_event *ev = c->ev.data;
    const struct dyad_cameo_code *row = NULL;

    for (size_t e = first_ev; e < c->ev.n; e++) {
        struct dyad_event *st;
        if (ev[e].reported_by == DYAD_NONE || ev[e].reported_by >= c->ev.n ||
            ev[e].quad != 4 || !ev[e].source.code)
            continue;
        st = &ev[ev[e].reported_by];
        if (!st->verb || !in_list(st->verb, claim_verbs) || strcmp(st->code, "010") != 0 ||
            !st->source.code || dy__coder_same_actor(&st->source, &ev[e].source))
            continue;
        st->code = in_table(c, accusation_code(&ev[e]), "112");
        st->root = "11";
        st->target = ev[e].source;
        if (dyad_lexicon_cameo(c->lx, st->code, &row) == DYAD_OK && row) {
            st->quad = row->quad;
            st->goldstein = row->goldstein;
            st->plover = row->plover && strcmp(row->plover, "-") != 0 ? row->plover : NULL;
        }
    }
}

/*
 * "The Church denied these allegations": a denial (016) with no actor as
 * target answers the latest accusation (112x; a criticism is not an
 * allegation) made against its source earlier in the document: the
 * accuser is its target.
 */
static void denials_answer(struct coder *c, size_t first_ev)
{
    struct dyad_event *ev = c->ev.data;

    for (size_t e = first_ev; e < c->ev.n; e++) {
        if (strcmp(ev[e].code, "016") != 0 || ev[e].target.code || !ev[e].source.code)
            continue;
        for (size_t k = first_ev; k-- > 0;) {
            if (strncmp(ev[k].code, "112", 3) == 0 && ev[k].source.code &&
                dy__coder_same_actor(&ev[k].target, &ev[e].source) &&
                !dy__coder_same_actor(&ev[k].source, &ev[e].source)) {
                ev[e].target = ev[k].source;
                ev[e].target.resolved = 1;
                break;
            }
        }
    }
}

/* ---- quotes ---------------------------------------------------------------- */

int dy__coder_is_quote_tok(const struct dyad_token *t)
{
    return t->form && (strcmp(t->form, "\"") == 0 || strcmp(t->form, "``") == 0 ||
                       strcmp(t->form, "''") == 0);
}

/*
 * Pairs quote marks over the body: a mark opens, the next closes; a
 * quote left open at the end of its paragraph ends there (news style
 * for quotes that run on).  Fills c->tok_quote and the quote vector
 * (spans only; speakers come later).
 */
static int find_quotes(struct coder *c)
{
    const struct dyad_result *r = c->res;
    uint32_t open = DYAD_NONE, open_para = 0;
    int open_started = 0;

    c->tok_quote = dy_arena_alloc(c->arena, (r->ntokens + 1) * sizeof(uint32_t));
    if (!c->tok_quote)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < r->ntokens; i++)
        c->tok_quote[i] = DYAD_NONE;
    for (size_t si = 0; si < r->nsentences; si++) {
        const struct dyad_sentence *s = &r->sentences[si];
        if (open != DYAD_NONE && s->paragraph != open_para) {
            ((uint8_t *)c->qt_unclosed.data)[open] = 1;
            open = DYAD_NONE;
        }
        for (uint32_t k = 0; k < s->ntokens; k++) {
            size_t g = s->first_token + k;
            if (g >= r->ntokens)
                break;
            if (dy__coder_is_quote_tok(&r->tokens[g])) {
                if (open == DYAD_NONE) {
                    struct dyad_quote q;
                    int rc;
                    memset(&q, 0, sizeof(q));
                    q.sentence = (uint32_t)si;
                    q.event = DYAD_NONE;
                    q.span.start = r->tokens[g].span.end;
                    q.span.end = q.span.start;
                    open_started = 0;
                    rc = dy__coder_vec_push(&c->qt, &q);
                    if (rc == DYAD_OK) {
                        uint8_t zero = 0;
                        rc = dy__coder_vec_push(&c->qt_unclosed, &zero);
                        if (rc)
                            c->qt.n--;
                    }
                    if (rc == DYAD_ENOMEM)
                        return rc;
                    if (rc) {
                        c->partial = 1;
                        return DYAD_OK;
                    }
                    open = (uint32_t)(c->qt.n - 1);
                    open_para = s->paragraph;
                } else {
                    open = DYAD_NONE;
                }
                continue;
            }
            if (open != DYAD_NONE) {
                struct dyad_quote *q = (struct dyad_quote *)c->qt.data + open;
                c->tok_quote[g] = open;
                if (!open_started) {
                    open_started = 1;
                    q->sentence = (uint32_t)si;
                    q->span.start = r->tokens[g].span.start;
                }
                q->span.end = r->tokens[g].span.end;
            }
        }
    }
    if (open != DYAD_NONE)
        ((uint8_t *)c->qt_unclosed.data)[open] = 1;
    return DYAD_OK;
}

/* Every word of paragraph `para` (from sentence si on) is inside a
 * quote: a paragraph that is only a quote. */
static int quote_only_paragraph(const struct coder *c, size_t si, uint32_t para)
{
    const struct dyad_result *r = c->res;

    for (; si < r->nsentences && r->sentences[si].paragraph == para; si++) {
        const struct dyad_sentence *x = &r->sentences[si];
        for (uint32_t k = 0; k < x->ntokens; k++) {
            size_t g = x->first_token + k;
            if (g >= r->ntokens)
                return 0;
            if (c->tok_quote[g] == DYAD_NONE && !dy__coder_is_quote_tok(&r->tokens[g]) &&
                !(r->words && r->words[g].upos && strcmp(r->words[g].upos, "PUNCT") == 0))
                return 0;
        }
    }
    return 1;
}

/*
 * Quote q goes on from quote q-1: in the same paragraph ('"...," Haley
 * said. "We are ..."'), or opening the next paragraph after q-1's, when
 * q-1 was left open at its paragraph's end or when the new paragraph is
 * nothing but the quote (news style: a quote over several paragraphs,
 * attributed once).
 */
static int quote_goes_on(const struct coder *c, size_t q)
{
    const struct dyad_quote *qs = c->qt.data;
    const struct dyad_result *r = c->res;
    const struct dyad_sentence *a, *b;
    size_t first;

    if (q == 0 || q >= c->qt.n || qs[q].sentence >= r->nsentences ||
        qs[q - 1].sentence >= r->nsentences)
        return 0;
    a = &r->sentences[qs[q - 1].sentence];
    b = &r->sentences[qs[q].sentence];
    if (a->paragraph == b->paragraph)
        return 1;
    first = qs[q].sentence;
    if (first > 0 && r->sentences[first - 1].paragraph == b->paragraph)
        return 0; /* the quote does not open its paragraph */
    if (b->first_token >= r->ntokens || !dy__coder_is_quote_tok(&r->tokens[b->first_token]))
        return 0;
    if (((const uint8_t *)c->qt_unclosed.data)[q - 1])
        return 1;
    /* this paragraph is all quote, and q-1 is in the sentence before */
    if (first == 0 || !quote_only_paragraph(c, first, b->paragraph))
        return 0;
    {
        const struct dyad_sentence *prev = &r->sentences[first - 1];
        for (uint32_t k = 0; k < prev->ntokens && prev->first_token + k < r->ntokens; k++)
            if (c->tok_quote[prev->first_token + k] == q - 1)
                return 1;
    }
    return 0;
}

static int is_attribution_verb(const struct sent *s, uint32_t i)
{
    return upos_is(s, i, "VERB") &&
           (in_list(lemma_of(s, i), dy__coder_speech_verbs) || ieq(lemma_of(s, i), "call"));
}

/*
 * The speaker of the attribution at token `best` (a speech verb or
 * "according"): its subject outside the quotes (a parser may hang a
 * quoted word there too), the subject it inherits ("..., who called
 * ...", "went on to call"), or the name in "according to an AFP
 * report".  sp->kind is NP_NONE when there is none.
 */
static void speaker_of(struct coder *c, struct sent *s, uint32_t best, struct np *sp)
{
    uint32_t who = s->n;

    memset(sp, 0, sizeof(*sp));
    if (ieq(s->forms[best], "according")) {
        who = s->head[best] < s->n ? s->head[best] : best + 2 < s->n ? best + 2 : s->n;
    } else {
        for (uint32_t k = s->first[best]; k != s->n; k = s->next[k])
            if (rel_is(s, k, "nsubj") && c->tok_quote[s->base + k] == DYAD_NONE) {
                who = k;
                break;
            }
        if (who == s->n || dy__coder_is_relpron(s, who)) {
            struct args src;
            memset(&src, 0, sizeof(src));
            dy__coder_find_sources(s, best, &src, NULL);
            who = src.n ? src.tok[0] : s->n;
        }
    }
    if (who >= s->n)
        return;
    dy__coder_resolve_np(c, s, who, sp);
    dy__coder_attach_role_name(c, s, who, sp);
    if (sp->kind == NP_NONE && dy__coder_name_child(s, who) < s->n) {
        /* "team member Rodaba Noori told the press": a role no
         * dictionary knows, the name after it */
        uint32_t k = dy__coder_name_child(s, who), hi = k;
        /* the name's words may hang from the role noun too */
        while (hi + 1 < s->n && upos_is(s, hi + 1, "PROPN") &&
               (s->head[hi + 1] == k || s->head[hi + 1] == who || s->head[hi + 1] == hi))
            hi++;
        dy__coder_resolve_np(c, s, k, sp);
        if (sp->kind == NP_NONE || sp->kind == NP_UNKNOWN) {
            sp->kind = NP_UNKNOWN;
            sp->a.span = tok_span(s, k, hi);
            sp->a.text = span_text(c, s, sp->a.span);
        }
    }
    for (uint32_t k = s->first[who]; sp->kind == NP_NONE && k != s->n; k = s->next[k]) {
        /* "an AFP report": the name inside the phrase (tagged as a
         * noun or not, a capitalised modifier) */
        if ((rel_is(s, k, "compound") || rel_base(s, k, "nmod")) &&
            (upos_is(s, k, "PROPN") || isupper((unsigned char)s->forms[k][0]))) {
            dy__coder_resolve_np(c, s, k, sp);
            if (sp->kind == NP_NONE) {
                sp->kind = NP_UNKNOWN;
                sp->a.span = tok_span(s, k, k);
                sp->a.text = span_text(c, s, sp->a.span);
            }
        }
    }
    if (sp->kind == NP_SELF)
        sp->kind = NP_NONE;
}

/* Token of sentence s whose text ends at byte `end`, or n. */
static uint32_t tok_ending_at(const struct sent *s, uint32_t end)
{
    for (uint32_t t = 0; t < s->n; t++)
        if (s->tok[t].span.end == end)
            return t;
    return s->n;
}

/*
 * Quote q is said by sp: the speaker written is the named actor a
 * pronoun or short name stands for ("he added" -> Sergei Lavrov, text
 * and span of that name, resolved), and a person speaking is
 * remembered as a subject for the next "he said".
 */
static void set_speaker(struct coder *c, const struct sent *s, uint32_t q, const struct np *sp,
                        const char *verb, uint32_t event)
{
    struct dyad_quote *qs = c->qt.data;

    qs[q].speaker = sp->a;
    if (sp->ante) {
        qs[q].speaker = sp->ante->a;
        qs[q].speaker.resolved = 1;
    }
    qs[q].verb = acstr(c, verb);
    qs[q].event = event;
    if (sp->ante && sp->ante->person) {
        struct named copy = *sp->ante;
        struct named *nm = &c->named[c->nnamed % MAX_NAMED];
        *nm = copy;
        nm->subject = 1;
        nm->sent = s->index;
        c->nnamed++;
    } else if (sp->kind == NP_ACTOR && sp->person && sp->a.code) {
        uint32_t last = tok_ending_at(s, sp->a.span.end);
        if (last < s->n)
            dy__coder_remember(c, &sp->a, s, last, 1, 1);
    }
}

/* True when quote q continues an attributed quote (continue_speakers
 * gives it that speaker). */
static int continues_quote(const struct coder *c, uint32_t q)
{
    const struct dyad_quote *qs = c->qt.data;

    return q > 0 && qs[q - 1].speaker.text && quote_goes_on(c, q);
}

/*
 * A sentence with no quote whose speech verb introduces nothing (no
 * complement clause): "Lavrov said on Monday." before a quote, or "So
 * said Lavrov." after one; or a sentence ending with a colon after a
 * speech verb ('... has called the ruling "dangerous":').  The next
 * sentence's quotes may take its speaker (c->lone); with no quote in
 * it, so may the unattributed quotes of the sentence before.
 */
static void lone_attribution(struct coder *c, struct sent *s, int has_quotes)
{
    const struct dyad_result *r = c->res;
    struct np sp;
    uint32_t v = s->n;
    int colon = strcmp(s->forms[s->n - 1], ":") == 0;

    c->lone.sent = DYAD_NONE;
    if (has_quotes && !colon)
        return;
    for (uint32_t i = 0; i < s->n; i++) {
        if (c->tok_quote[s->base + i] != DYAD_NONE || !is_attribution_verb(s, i))
            continue;
        if (colon || (!ieq(lemma_of(s, i), "call") && child_rel(s, i, "ccomp") == s->n &&
                      child_rel(s, i, "parataxis") == s->n && child_rel(s, i, "xcomp") == s->n &&
                      child_rel(s, i, "obj") == s->n && child_rel(s, i, "csubj") == s->n))
            v = i; /* the last one: nearest the colon */
        if (v != s->n && !colon)
            break;
    }
    if (v == s->n)
        return;
    speaker_of(c, s, v, &sp);
    if (sp.kind == NP_NONE)
        return;
    c->lone.sent = s->index;
    c->lone.para = s->para;
    c->lone.sp = sp;
    c->lone.verb = lemma_of(s, v);
    c->lone.event = s->verb_event[v];
    /* Quotes of the sentence before that are still unattributed. */
    if (!has_quotes && s->index > 0 && s->index - 1 < r->nsentences) {
        const struct dyad_sentence *ps = &r->sentences[s->index - 1];
        for (uint32_t k = 0; k < ps->ntokens && ps->first_token + k < r->ntokens; k++) {
            uint32_t q = c->tok_quote[ps->first_token + k];
            const struct dyad_quote *qs = c->qt.data;
            if (q == DYAD_NONE || qs[q].speaker.text || continues_quote(c, q) ||
                ps->paragraph != s->para)
                continue;
            set_speaker(c, s, q, &sp, c->lone.verb, c->lone.event);
        }
    }
}

/*
 * Speakers of the quotes that sentence s attributes: a speech verb
 * outside any quote, or "according to X".  The speech verb's subject
 * is resolved like any argument (so "he" is the last person named as a
 * subject).  A quote with none in its sentence takes a lone
 * attribution of the sentence before ("Lavrov said on Monday. "...").
 */
static int attribute_quotes(struct coder *c, struct sent *s)
{
    struct dyad_quote *qs = c->qt.data;
    uint32_t lo_q = DYAD_NONE, hi_q = 0;

    if (s->title || !c->qt.n)
        return DYAD_OK;
    /* Quotes touching this sentence. */
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t q = c->tok_quote[s->base + i];
        if (q == DYAD_NONE)
            continue;
        if (lo_q == DYAD_NONE || q < lo_q)
            lo_q = q;
        if (q > hi_q)
            hi_q = q;
    }
    if (lo_q == DYAD_NONE) {
        lone_attribution(c, s, 0);
        return DYAD_OK;
    }
    for (uint32_t q = lo_q; q <= hi_q && q < c->qt.n; q++) {
        uint32_t qlo = s->n, qhi = 0, best = s->n, bestd = UINT32_MAX;
        struct np sp;
        if (qs[q].speaker.text)
            continue;
        for (uint32_t i = 0; i < s->n; i++) {
            if (c->tok_quote[s->base + i] == q) {
                qlo = DY_MIN(qlo, i);
                qhi = DY_MAX(qhi, i);
            }
        }
        if (qlo == s->n) {
            /* the quote does not touch this sentence's own tokens */
            continue;
        }
        /* The verb the quoted words hang from, when it is a speech verb
         * outside the quote ('called the launch an "act of aggression"');
         * else the attribution nearest the quote. */
        {
            uint32_t cur = qlo;
            for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
                if (c->tok_quote[s->base + cur] == DYAD_NONE && upos_is(s, cur, "VERB")) {
                    if (is_attribution_verb(s, cur)) {
                        best = cur;
                        bestd = 0;
                    }
                    break;
                }
                cur = s->head[cur];
            }
        }
        for (uint32_t i = 0; i < s->n && bestd; i++) {
            uint32_t d;
            if (c->tok_quote[s->base + i] != DYAD_NONE)
                continue;
            if (!is_attribution_verb(s, i) &&
                !(ieq(s->forms[i], "according") && i + 1 < s->n && ieq(s->forms[i + 1], "to")))
                continue;
            d = i < qlo ? qlo - i : i > qhi ? i - qhi : 0;
            if (d < bestd) {
                bestd = d;
                best = i;
            }
        }
        if (best < s->n) {
            speaker_of(c, s, best, &sp);
            if (sp.kind != NP_NONE) {
                set_speaker(c, s, q, &sp,
                            ieq(s->forms[best], "according") ? "according to"
                                                             : lemma_of(s, best),
                            s->verb_event[best]);
                continue;
            }
        }
        /* "Lavrov said on Monday. "..."" */
        if (c->lone.sent != DYAD_NONE && c->lone.sent + 1 == s->index && qs[q].sentence == s->index &&
            !continues_quote(c, q))
            set_speaker(c, s, q, &c->lone.sp, c->lone.verb, c->lone.event);
    }
    lone_attribution(c, s, 1);
    return DYAD_OK;
}

/* Quotes still without a speaker that go on from the previous quote
 * take its speaker (quote_goes_on). */
static void continue_speakers(struct coder *c)
{
    struct dyad_quote *qs = c->qt.data;

    for (size_t q = 1; q < c->qt.n; q++) {
        const struct dyad_quote *p = &qs[q - 1];
        if (qs[q].speaker.text || !p->speaker.text || !quote_goes_on(c, q))
            continue;
        qs[q].speaker = p->speaker;
        qs[q].verb = p->verb;
        qs[q].event = p->event;
    }
}

/*
 * First-person sources inside quotes become the speaker; events of a
 * quote are reported by the quote's statement.  Events left without a
 * source (an unresolved "we") are dropped, and so are events whose
 * source and target became the same actor (a speaker filled in, the
 * focus country applied) -- except statements, which only lose the
 * target ("he added that the government ...").  References to events
 * follow their new index; references to dropped ones are cleared.
 */
static int finish_quote_events(struct coder *c)
{
    struct dyad_event *ev = c->ev.data;
    struct dyad_quote *qs = c->qt.data;
    uint32_t *map, *absorbed;
    size_t out = 0;

    if (!c->ev.n)
        return DYAD_OK;
    map = dy_arena_alloc(c->arena, c->ev.n * sizeof(*map));
    absorbed = dy_arena_alloc(c->arena, c->ev.n * sizeof(*absorbed));
    if (!map || !absorbed)
        return DYAD_ENOMEM;
    for (size_t e = 0; e < c->ev.n; e++) {
        struct dyad_event *x = &ev[e];
        absorbed[e] = DYAD_NONE;
        if (x->quote != DYAD_NONE && x->quote < c->qt.n) {
            const struct dyad_quote *q = &qs[x->quote];
            if (!x->source.code && q->speaker.code) {
                const char *text = x->source.text;
                struct dyad_span sp = x->source.span;
                x->source = q->speaker;
                x->source.text = text;
                x->source.span = sp;
                x->source.resolved = 1;
            }
            if (x->reported_by == DYAD_NONE && q->event != DYAD_NONE && q->event != e)
                x->reported_by = q->event;
        }
    }
    /* "Rathke said, 'We urge the governments ...'", "North Korea stated
     * it would attack ...": a bare statement (010) whose content, in the
     * same sentence, is the speaker's own verbal act (QuadClass 1 or 3:
     * an appeal, intent, threat, criticism), the speaker referred to by
     * a pronoun or as the quote's speaker, is that act; the statement is
     * not coded again.  "The State Department said Kerry contacted ..."
     * names another actor: both are coded. */
    for (size_t e = 0; e < c->ev.n; e++) {
        uint32_t r = ev[e].reported_by;
        if (r >= c->ev.n || absorbed[r] != DYAD_NONE || strcmp(ev[r].code, "010") != 0 ||
            strcmp(ev[e].code, "010") == 0 || (ev[e].quad != 1 && ev[e].quad != 3) ||
            ev[e].sentence != ev[r].sentence || !ev[e].source.resolved ||
            !dy__coder_same_actor(&ev[e].source, &ev[r].source))
            continue;
        absorbed[r] = (uint32_t)e;
    }
    for (size_t e = 0; e < c->ev.n; e++) {
        struct dyad_event *x = &ev[e];
        map[e] = DYAD_NONE;
        if (absorbed[e] != DYAD_NONE)
            continue;
        if (!x->source.code)
            continue; /* an unresolved "we" */
        if (x->target.code && dy__coder_same_actor(&x->source, &x->target) &&
            !kept_same(c, (uint32_t)e)) {
            if (!x->root || strcmp(x->root, "01") != 0)
                continue;
            memset(&x->target, 0, sizeof(x->target));
        }
        map[e] = (uint32_t)out;
        ev[out++] = *x;
    }
    for (size_t e = 0; e < c->ev.n; e++)
        if (absorbed[e] != DYAD_NONE)
            map[e] = map[absorbed[e]]; /* links to the statement go to the act */
    for (size_t k = 0; k < out; k++) {
        if (ev[k].reported_by != DYAD_NONE)
            ev[k].reported_by = ev[k].reported_by < c->ev.n ? map[ev[k].reported_by] : DYAD_NONE;
        if (ev[k].reported_by == (uint32_t)k)
            ev[k].reported_by = DYAD_NONE;
    }
    for (size_t q = 0; q < c->qt.n; q++)
        if (qs[q].event != DYAD_NONE)
            qs[q].event = qs[q].event < c->ev.n ? map[qs[q].event] : DYAD_NONE;
    c->ev.n = out;
    return DYAD_OK;
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
 * whose object it is) keeps up is that holder doing it.  Returns the
 * holder for the acl verb a, or n. */
uint32_t dy__coder_policy_of(const struct sent *s, uint32_t a)
{
    static const char *const habit[] = {"policy",   "practice", "campaign", "strategy",
                                        "programme", "program",  NULL};
    static const char *const effort[] = {"process", "effort", "campaign", "review", NULL};
    static const char *const start[] = {"begin", "start", "launch", "initiate", NULL};
    uint32_t noun = s->head[a], mk = child_rel(s, a, "mark"), gov;
    int of, to;

    if (!rel_is(s, a, "acl") || noun >= s->n || mk == s->n || !upos_is(s, a, "VERB") ||
        !rel_is(s, noun, "obj") || (gov = s->head[noun]) >= s->n || dy__coder_is_negated(s, gov))
        return s->n;
    /* "a policy of turning away", or "began a process to consider": a
     * process begun is its act begun */
    of = ieq(s->forms[mk], "of") && in_list(lemma_of(s, noun), habit);
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
static uint32_t visit_purpose(const struct sent *s, uint32_t v)
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

static int is_candidate(const struct sent *s, uint32_t v)
{
    /* adjectives that say what a verb would ("was critical of X" =
     * criticized X; "are concerned (that) X will" = fear what X does),
     * as the predicate of a copula */
    static const char *const verbal_adj[] = {"critical",  "supportive", "concerned",
                                             "worried",   "alarmed",    "pessimistic",
                                             NULL};

    if (v >= s->dl && upos_is(s, v, "ADJ") && in_list(lemma_of(s, v), verbal_adj) &&
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
    if (rel_is(s, v, "advcl") && visit_purpose(s, s->head[v]) == v)
        return 0; /* the meeting a trip is made for: the visit (042) */
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
    const struct mention *sm;
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

        if (!upos_is(s, v, "NOUN") || upos_is(s, v - 1, "DET") || s->pstatus[v] != 0)
            return DYAD_OK;
        if (h < s->n) {
            rc = dyad_lexicon_match_verb(c->lx, lemma_of(s, h), NULL, 0, NULL, 0, &hm);
            if (rc || hm.code)
                return rc;
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
    p.code = p.vm.code;
    sh = p.slot[0] != s->n ? p.slot[0] : dy__coder_mention_head(s, sm);
    th = p.slot[1];
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
        s.dl = dy__coder_dateline_len(&s);
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
            if (!is_candidate(&s, v))
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
            rc = code_predicate(c, &s, v);
            if (rc)
                return rc;
        }
    }
    rc = code_event_nouns(c, &s);
    if (rc)
        return rc;
    rc = code_according(c, &s);
    if (rc)
        return rc;
    rc = code_linear(c, &s);
    if (rc)
        return rc;
    link_reports(c, &s, first_ev);
    claims_as_accusations(c, first_ev);
    denials_answer(c, first_ev);
    rc = attribute_quotes(c, &s);
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
    vec_init(&c.qt_unclosed, sizeof(uint8_t), DYAD_MAX_QUOTES_PER_DOC);
    vec_init(&c.unk, sizeof(struct dyad_unknown), DYAD_MAX_UNKNOWN_PER_DOC);
    vec_init(&c.unk_mid, sizeof(uint8_t), DYAD_MAX_UNKNOWN_PER_DOC);
    vec_init(&c.pred, sizeof(struct dyad_predicate), (size_t)1 << 20);
    vec_init(&c.men, sizeof(struct dyad_actor), (size_t)1 << 20);
    vec_init(&c.mensent, sizeof(uint32_t), (size_t)1 << 20);
    vec_init(&c.same_ok, sizeof(struct same_ok), DYAD_MAX_EVENTS_PER_DOC);
    dy_buf_init(&c.tmp, 1 << 16);

    rc = find_quotes(&c);
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
        int lead = i < 3 && (i == 0 || res->sentences[i - 1].paragraph != s->paragraph);
        rc = code_sentence(&c, &sc, (uint32_t)i, 0, lead, res->tokens + s->first_token,
                           res->words + s->first_token, s->first_token, s->ntokens,
                           s->paragraph, res->doc->text, res->doc->text_len);
    }
    if (!rc) {
        dy__coder_apply_focus(&c); /* before speakers are copied to quotes and events */
        continue_speakers(&c);
        rc = finish_quote_events(&c);
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
    dy_free(c.qt_unclosed.data);
    dy_free(c.unk.data);
    dy_free(c.unk_mid.data);
    dy_free(c.pred.data);
    dy_free(c.men.data);
    dy_free(c.mensent.data);
    dy_free(c.same_ok.data);
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
