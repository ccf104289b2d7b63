/*
 * statements.c - module coder: the statement rules.
 *
 * Demands, stated intent and refusals: "X said Y must Z", "X is willing to
 * Z" and "X refused to Z" are coded as the statement they make, not as the
 * act they name (docs/CODER.md, "Statement rules"); then the choice
 * between a verb's own code and its complement's (decide) and the checks
 * that the act happened at all.
 */
#include "coder/coder_int.h"

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
/* The speech noun that is v's object ("issued a reminder", "sent a
 * message", "delivered a warning"), or s->n. */
static uint32_t speech_noun_of(const struct sent *s, uint32_t v)
{
    static const char *const nouns[] = {"reminder", "warning", "message", "statement",
                                        "declaration", "note", "letter", "ultimatum", NULL};

    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if ((rel_is(s, k, "obj") || rel_is(s, k, "iobj")) && in_list(lemma_of(s, k), nouns))
            return k;
    return s->n;
}

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
    if (!dy__coder_is_speech_lemma(lemma_of(s, v))) {
        /* "issued a stern reminder to Iraq that it must cooperate",
         * "sent a message that ...": a speech noun as the verb's object
         * makes the verb a statement; its clause hangs on the verb or on
         * the noun */
        uint32_t n = speech_noun_of(s, v);
        if (n == s->n)
            return DYAD_OK;
        if (h == s->n)
            h = child_rel(s, n, "acl") != s->n ? child_rel(s, n, "acl") : child_rel(s, n, "ccomp");
    }
    if (h == s->n || p->negated || (p->vm.code && strncmp(p->vm.code, "01", 2) != 0))
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
void dy__coder_stmt_willing_source(const struct sent *s, uint32_t v, struct args *src)
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
int dy__coder_stmt_demand_stands(const struct np *srcs, size_t nsrc, const struct np *tgts,
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
void dy__coder_stmt_demand_undo(struct sent *s, struct pred *p)
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

/* "We want to thank all the locations", "I wish to congratulate": to
 * want to thank is to thank; the saying does the act (no intent, 03x). */
static int performative(const struct sent *s, uint32_t v, uint32_t x)
{
    static const char *const wanting[] = {"want", "wish", NULL};
    static const char *const acts[] = {"thank", "congratulate", "commend", "praise", "salute",
                                       "apologize", "apologise", "welcome", "condole", NULL};

    return in_list(lemma_of(s, v), wanting) && in_list(lemma_of(s, x), acts);
}

int dy__coder_decide(struct coder *c, struct sent *s, uint32_t v, struct pred *p,
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
    if (x != s->n && upos_is(s, x, "VERB") && rel_is(s, x, "xcomp") &&
        (ieq(lemma_of(s, v), "want") || ieq(lemma_of(s, v), "wish")) &&
        child_rel(s, v, "obj") != s->n && p->vm.specificity < 1) {
        /* "Obama wants Putin to attack Switzerland": wanting someone
         * else to act asks it of them, an appeal to the object (020);
         * the wanted act is its content, not the subject's intent */
        p->vm.code = "020";
        p->vm.pattern = "want + object + infinitive: an appeal to the object";
        s->merged[x] = 1;
        x = s->n;
    }
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
            int mode = ieq(lemma_of(s, v), "threaten") ? DY_CODER_THREAT
                       : performative(s, v, x)           ? DY_CODER_ASSERTED
                                                         : DY_CODER_FUTURE;
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
    /* "maintained a policy", "added the words X to the name": a speech
     * verb with a second sense, taking a noun object and no clause, is no
     * statement; "maintained that ..." and '"...", he added' are. */
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
        (strcmp(p->vm.code, "020") == 0 || code_is(p->vm.code, "041"))) {
        /* "called the ruling dangerous", "called the decision a
         * mistake": naming, not an appeal; an evaluation, praise when the
         * word is a positive one, else criticism (CAMEO 051 / 111) */
        uint32_t pw = dy__coder_naming_predicate(s, v);
        uint32_t o = child_rel(s, v, "obj");
        if (pw != s->n && upos_is(s, pw, "PROPN") && (o == s->n || !dy__coder_slot_actor(s, o))) {
            /* "the islands, which Beijing calls the Diaoyu": a name
             * given to a thing, no evaluation ("called the United States
             * the Great Satan", an actor given a name, is one) */
            *st = DYAD_PRED_NON_EVENT;
            *why = "call + obj + a name: naming, not an evaluation";
            return DYAD_OK;
        }
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

/* "Iran has been accused by the United States of ...": an active
 * pattern's "+" right after the verb ("accuse + of") found the passive's
 * "by" agent, which is the source, not the target. */
static int passive_agent_slot(const struct sent *s, const struct pred *p, uint32_t t)
{
    uint32_t ag = dy__coder_passive_agent(s, p->arg_v);

    if (ag == s->n || !dy__coder_is_passive(s, p->arg_v))
        return 0;
    for (int d = 0; d < MAX_CLIMB && t < s->n; d++, t = s->head[t])
        if (t == ag)
            return 1;
    return 0;
}

/*
 * The pattern says where the actors are ("- + WAS * BY $", "- * $ ON +",
 * "- % * [031]"): its bindings replace the default choice (subject =
 * source, object or oblique = target).  A compound (%) before the verb
 * is the source and has no target: its members act on each other; after
 * the verb ("agree with % ") it is the target.
 */
void dy__coder_apply_slots(const struct sent *s, const struct pred *p, struct args *src,
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
    if (p->slot[1] != s->n && !passive_agent_slot(s, p, p->slot[1])) {
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
    static const char *const inside[] = {"xcomp", "acl", "obl", "nmod", "obj", NULL};
    uint32_t top = dy__coder_conj_top(s, v);

    for (int step = 0; step < MAX_CLIMB && top < s->n; step++) {
        uint32_t mk = child_rel(s, top, "mark");
        for (uint32_t k = s->first[top]; k != s->n; k = s->next[k])
            if (rel_is(s, k, "mark") && in_list(s->forms[k], cond))
                return lemma_of(s, k);
        /* "if they are looking for a reason to destroy North Korea": an
         * infinitive, a noun's clause or a phrase inside the condition
         * is part of it */
        if (s->head[top] >= s->n ||
            !(in_list(s->rel[top], inside) ||
              (rel_is(s, top, "advcl") && mk != s->n && ieq(s->forms[mk], "to"))))
            break;
        top = dy__coder_conj_top(s, s->head[top]);
    }
    return NULL;
}

/* "Russia assumes the North Koreans would agree to a deal": a future
 * or conditional clause under a verb of believing is someone's
 * expectation, neither an act nor its subject's stated intent.  Returns
 * the believing verb's lemma or NULL. */
static const char *expectation_of(const struct sent *s, uint32_t v)
{
    static const char *const believe[] = {"assume", "believe", "think", "suppose", "expect",
                                           "hope", "fear", "suspect", "doubt", "imagine",
                                           "guess", "reckon", "presume", "wonder", NULL};
    uint32_t top = dy__coder_conj_top(s, v), g = s->head[top];

    if (!rel_is(s, top, "ccomp") || g >= s->n || !in_list(lemma_of(s, g), believe) ||
        !dy__coder_has_future_aux(s, v))
        return NULL;
    return lemma_of(s, g);
}

/* Whether clause head k hangs on another clause or a noun (what someone
 * said, ordered or meant), rather than being the writer's own sentence
 * ("Response: the US must ...", an apposition, counts as the writer's). */
static int embedded_clause(const struct sent *s, uint32_t k)
{
    return rel_base(s, k, "ccomp") || rel_base(s, k, "acl") || rel_base(s, k, "xcomp") ||
           rel_base(s, k, "advcl") || rel_base(s, k, "csubj");
}

/* Whether v is a purpose clause, "in order to help X", "so as to avoid
 * Y": what someone meant to do, not what happened.  A bare "to" clause
 * is not one: "went to Paris to meet X" often reports the meeting. */
static int is_purpose(const struct sent *s, uint32_t v)
{
    uint32_t top = dy__coder_conj_top(s, v);

    /* "to help fight gangs": the purpose clause is the one "fight"
     * completes */
    for (int d = 0; d < MAX_CLIMB && rel_is(s, top, "xcomp") && s->head[top] < s->n; d++)
        top = dy__coder_conj_top(s, s->head[top]);

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
     * an act that is itself only asked for; "will send police to Haiti
     * to help fight gangs": the aim of an act still to come; "the US
     * must do what it can to strengthen X": of one the writer calls for
     * (an order's content, "ordered that units should enter a wartime
     * state to launch operations", is the order's threat) */
    if (child_rel(s, top, "mark") != s->n && ieq(s->forms[child_rel(s, top, "mark")], "to") &&
        s->head[top] < s->n &&
        (dy__coder_appeal_content(s, s->head[top]) || dy__coder_has_future_aux(s, s->head[top]) ||
         dy__coder_hypothetical_aux(s, s->head[top]) ||
         (dy__coder_obligation_aux(s, s->head[top]) &&
          !embedded_clause(s, dy__coder_conj_top(s, s->head[top])))))
        return 1;
    return 0;
}

/* "Russia accused Ukraine of attacking a nuclear plant": the act an
 * accusation or charge is "of" (or "for") is alleged, not done (nor done
 * by the accuser).  Returns the accusing verb's lemma or NULL. */
static const char *charge_of(const struct sent *s, uint32_t v)
{
    /* ("blamed Tehran for arming the rebels": what one is blamed for
     * may not have happened; "arrested X for attacking China" did, and
     * stays X's act) */
    static const char *const alleging[] = {"accuse", "charge", "suspect", "indict", "allege",
                                           "blame", NULL};
    uint32_t top = dy__coder_conj_top(s, v), g = s->head[top], mk = child_rel(s, top, "mark");

    if (g >= s->n || mk == s->n || !(ieq(s->forms[mk], "of") || ieq(s->forms[mk], "for")) ||
        !(rel_is(s, top, "advcl") || rel_is(s, top, "acl")) || !in_list(lemma_of(s, g), alleging))
        return NULL;
    return lemma_of(s, g);
}

const char *const dy__coder_wh_words[] = {"what", "who", "whom", "whose", "which", "why", "how",
                                          "when", "where", NULL};

/* "Did Iran attack Iraq?", '"Will you sign it?" he asked': a clause
 * that ends in its own "?" and puts its auxiliary or copula before its
 * subject asks whether the event happened; it does not say that it did.
 * A wh-word in front ("Why did Iran attack Iraq?", "When will Russia
 * withdraw?") takes the event as given, and the clause is coded as
 * usual.  Returns the auxiliary's form or NULL. */
static const char *yes_no_question(const struct sent *s, uint32_t v)
{
    uint32_t top = dy__coder_conj_top(s, v), aux = s->n, subj = s->n, q = s->n, k;

    for (k = s->first[top]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "punct") && strcmp(s->forms[k], "?") == 0)
            q = k;
        else if (aux == s->n &&
                 (rel_is(s, k, "aux") || rel_is(s, k, "aux:pass") || rel_is(s, k, "cop")))
            aux = k;
        else if (subj == s->n && (rel_base(s, k, "nsubj") || rel_is(s, k, "expl")))
            subj = k;
    }
    if (q == s->n || aux == s->n || subj == s->n || aux > subj || q < top)
        return NULL;
    for (k = 0; k < aux; k++)
        if (in_subtree(s, k, top) && in_list(lemma_of(s, k), dy__coder_wh_words))
            return NULL;
    return s->forms[aux];
}

/* Verb v is no event that happened: the content of an appeal, a
 * condition, or a possibility (the validation suites' convention,
 * LITERAL_FUTURE, codes "may X" as X, like "will X").  Writes the reason
 * into detail. */
int dy__coder_not_happened(const struct coder *c, const struct sent *s, uint32_t v, char *detail,
                           size_t n)
{
    const char *gov = dy__coder_appeal_content(s, v);
    const int literal = (c->flags & DYAD_CODE_LITERAL_FUTURE) != 0;
    const char *modal = literal ? NULL : dy__coder_hypothetical_aux(s, v);
    const char *oblig = literal ? NULL : dy__coder_obligation_aux(s, v);
    const char *cond = literal ? NULL : condition_of(s, v);
    const char *expect = literal ? NULL : expectation_of(s, v);
    const char *charge = charge_of(s, v);
    const char *asks = literal ? NULL : yes_no_question(s, v);

    if (asks) {
        dy_snprintf(detail, n, "a yes/no question ('%s ... ?'), not an event that happened",
                    asks);
        return 1;
    }
    if (charge) {
        dy_snprintf(detail, n, "what '%s' alleges, not an event that happened", charge);
        return 1;
    }
    if (cond) {
        dy_snprintf(detail, n, "a condition ('%s'), not an event", cond);
        return 1;
    }
    if (expect) {
        dy_snprintf(detail, n, "an expectation ('%s'), not an event", expect);
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
    else if (oblig)
        /* in the writer's voice: "X said Y must Z" is X's demand, which
         * the statement rules code on X's verb */
        dy_snprintf(detail, n, "an obligation (%s), not an event that happened", oblig);
    return gov || modal || oblig;
}

int dy__coder_unrealised(const struct coder *c, const struct sent *s, uint32_t v)
{
    char why[160];

    return dy__coder_is_negated(s, v) || dy__coder_not_happened(c, s, v, why, sizeof(why));
}
