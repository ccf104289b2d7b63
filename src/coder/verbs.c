/*
 * verbs.c - module coder: a verb coded by the lexicon's patterns.
 *
 * Gathers the lemmas around a verb (particles, object nouns, prepositions,
 * infinitive complements) for the lexicon's verb patterns, binds the
 * patterns' actor slots, and reads negation, auxiliaries and modality off
 * the verb's own subtree.
 */
#include "coder/coder_int.h"

/* ---- verb coding ----------------------------------------------------------- */

static const char *const verb_skip_post[] = {"nsubj", "csubj", "ccomp", "advcl", "parataxis",
                                             "conj", "punct", "cc", "acl", "discourse",
                                             "vocative", "expl", "list", NULL};
/* The same with the complement clause ("allowed that Mordor isn't a
 * really pleasant place"): the words a linear pattern coder reads after
 * the verb. */
static const char *const verb_skip_wide[] = {"nsubj", "csubj", "advcl", "parataxis",
                                             "conj", "punct", "cc", "acl", "discourse",
                                             "vocative", "expl", "list", NULL};

/* "Rwanda denied supporting the rebels": the act a denial verb's gerund
 * names is what is denied (016), not a word of the denial's pattern
 * ("deny support" is a refusal of aid), as is "denied having attacked".
 * Its subtree leaves the window. */
static void drop_denied_act(struct sent *s, uint32_t v)
{
    static const char *const deny[] = {"deny", "disavow", "refute", NULL};
    static const char *const all[] = {NULL};

    if (!in_list(lemma_of(s, v), deny))
        return;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        size_t len = strlen(s->forms[k]);
        uint32_t a, b;
        if (k > v && (rel_is(s, k, "xcomp") || rel_is(s, k, "ccomp") || rel_is(s, k, "obj")) &&
            (upos_is(s, k, "VERB") || upos_is(s, k, "AUX")) && child_rel(s, k, "mark") == s->n &&
            ((len > 4 && ieq(s->forms[k] + len - 3, "ing")) ||
             (child_rel(s, k, "aux") != s->n && ieq(s->forms[child_rel(s, k, "aux")], "having"))))
            dy__coder_mark_subtree(s, k, all, &a, &b); /* a new stamp: out */
    }
}

/* Actor id of token i for the slot matcher: its actor or agent mention
 * (1-based), a personal pronoun (n + i + 1), else 0. */
uint32_t dy__coder_slot_actor(const struct sent *s, uint32_t i)
{
    static const char *const pron[] = {"he", "him", "she", "her", "they", "them", "it",
                                       "we", "us", "i", "me", NULL};

    if (s->men_at[i] >= 0) {
        const struct mention *m = &s->men[s->men_at[i]];
        if ((m->kind == DYAD_LEX_ACTOR && m->code[0]) || m->kind == DYAD_LEX_AGENT)
            return (uint32_t)s->men_at[i] + 1;
    }
    if (upos_is(s, i, "PRON") && in_list(s->forms[i], pron))
        return s->n + i + 1;
    return 0;
}

/* Is the actor mention at token i conjoined with another actor? */
static int slot_compound(const struct sent *s, uint32_t i)
{
    uint32_t h = dy__coder_mention_head(s, &s->men[s->men_at[i]]);

    if (rel_is(s, h, "conj") && s->head[h] < s->n && dy__coder_slot_actor(s, s->head[h]))
        return 1;
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "conj") && dy__coder_slot_actor(s, k))
            return 1;
    return 0;
}

/* v's infinitive complement: its xcomp, or an advcl marked "to" (UD v1
 * parses "vowed on Thursday to wage war" so), or s->n. */
uint32_t dy__coder_to_complement(const struct sent *s, uint32_t v)
{
    uint32_t x = child_rel(s, v, "xcomp");

    if (x != s->n)
        return x;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "advcl") && upos_is(s, k, "VERB") && k > v && ieq(case_of(s, k), "to"))
            return k;
    return s->n;
}

/*
 * Conjuncts of subject k that name no actor ("Eriador's death and injury
 * toll has risen", "toll" parsed as a conjunct of "death") join the
 * verb's window (stamp st), with their "and": a linear coder reads "-
 * DEATH TOLL *" there.  Conjoined actors stay out (the subject's phrase
 * is its first member, for the slots).
 */
static void common_conjuncts(struct sent *s, uint32_t k, uint32_t st, uint32_t *lo,
                             uint32_t *hi)
{
    for (uint32_t j = s->first[k]; j != s->n; j = s->next[j]) {
        uint32_t jl, jh, jst;
        int actor = 0;
        if (!rel_is(s, j, "conj") || !upos_is(s, j, "NOUN"))
            continue;
        jst = dy__coder_mark_subtree(s, j, dy__coder_np_skip, &jl, &jh);
        for (uint32_t i = jl; i <= jh; i++)
            if (s->mark[i] == jst && s->men_at[i] >= 0)
                actor = 1;
        if (actor)
            continue;
        for (uint32_t i = jl; i <= jh; i++)
            if (s->mark[i] == jst)
                s->mark[i] = st;
        for (uint32_t c = s->first[j]; c != s->n; c = s->next[c])
            if (rel_is(s, c, "cc")) {
                s->mark[c] = st;
                jl = c < jl ? c : jl;
            }
        *lo = jl < *lo ? jl : *lo;
        *hi = jh > *hi ? jh : *hi;
    }
}

/*
 * The verb's clause for the pattern matcher, in text order: v's own
 * subtree (without other clauses) plus its subject's phrase, each word
 * with its lemma, its form and the actor it belongs to.  The subject is
 * part of the clause so that pre-verb slots ("- + WAS * BY $") and
 * pre-verb words see it, as in TABARI and PETRARCH.  Returns the number
 * of words; *verb_at receives the verb's index, tok[] the tokens.
 */
/* A function word inside a name of several words ("Moon Jae-in", "Bank
 * of England", "Sea of Japan"): part of the name, not a preposition or
 * particle of the verb's pattern. */
static int name_function_word(const struct sent *s, uint32_t i)
{
    const struct mention *m;

    if (s->men_at[i] < 0)
        return 0;
    m = &s->men[s->men_at[i]];
    return m->len > 1 && i > m->start && i < m->start + m->len &&
           (upos_is(s, i, "ADP") || upos_is(s, i, "PART") || upos_is(s, i, "DET") ||
            upos_is(s, i, "CCONJ") || upos_is(s, i, "ADV"));
}

/* "will provide nearly 25,000 tons of emergency food aid": a measure
 * of the object ("tons of", "a shipment of", "$5 million in") is no word
 * of the pattern, so "provide ... aid" reads the thing measured.  The
 * measure noun, its own modifiers and the "of"/"in" leave the window
 * (they take other stamps); the measured noun stays.  Counts ("dozens of
 * rounds") are not measures: "fire dozens of rounds of artillery into"
 * keeps "fire artillery" (194) nearer than "fire into" (190). */
static void drop_measure(struct sent *s, uint32_t v)
{
    static const char *const measure[] = {"ton", "tonne", "kilogram", "kilo", "pound", "barrel",
                                          "litre", "liter", "gallon", "shipment", "consignment",
                                          "batch", "truckload", "planeload", "cargo", "load",
                                          "million", "billion", "dollar", "euro", "worth",
                                          "package", "convoy", NULL};
    uint32_t o = child_rel(s, v, "obj"), thing = s->n, lo, hi, out;

    if (o == s->n || !in_list(lemma_of(s, o), measure))
        return;
    for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
        if (k > o && rel_base(s, k, "nmod") && case_of(s, k) &&
            (ieq(case_of(s, k), "of") || ieq(case_of(s, k), "in")))
            thing = k;
    if (thing == s->n)
        return;
    out = ++s->stamp;
    s->mark[o] = out;
    /* each of the measure's other dependents gets a stamp of its own */
    for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
        if (k != thing)
            (void)dy__coder_mark_subtree(s, k, NULL, &lo, &hi);
    for (uint32_t k = s->first[thing]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "case") && k < thing)
            s->mark[k] = out;
}

/* "signed an 800 million ducat trade protocol": numbers before the
 * object's head say how much, not what; they leave the window, so that
 * "sign * protocol" reaches its noun within the pattern's gap. */
static void drop_numbers(struct sent *s, uint32_t v)
{
    uint32_t o = child_rel(s, v, "obj"), out = 0;

    if (o == s->n)
        return;
    for (uint32_t i = v + 1; i < o; i++)
        if ((upos_is(s, i, "NUM") || upos_is(s, i, "SYM")) && s->men_at[i] < 0 &&
            in_subtree(s, i, o)) {
            if (!out)
                out = ++s->stamp;
            s->mark[i] = out;
        }
}

/* Word i of the possessor of v's object ("welcomed President Reagan's
 * statement": "President Reagan's"), which names whose the object is,
 * not what it is: no pattern word ("welcome president" is a visit), while
 * its actors still fill the pattern's slots. */
static int obj_possessor_word(const struct sent *s, uint32_t v, uint32_t i)
{
    uint32_t o = child_rel(s, v, "obj");

    if (o == s->n || i >= o)
        return 0;
    for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
        if (k < o && rel_is(s, k, "nmod:poss") && in_subtree(s, i, k) && !rel_is(s, i, "case") &&
            !upos_is(s, k, "PRON"))
            return 1;
    return 0;
}

static size_t verb_window(struct coder *c, struct sent *s, uint32_t v, const char *const *skip,
                          struct dyad_verb_word *w, uint32_t *tok, size_t cap, size_t *verb_at)
{
    uint32_t lo, hi, st = dy__coder_mark_subtree(s, v, skip, &lo, &hi);
    size_t n = 0;

    uint32_t inf = dy__coder_to_complement(s, v);

    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        uint32_t sl, sh, sst;
        int subj = rel_is(s, k, "nsubj") || rel_is(s, k, "nsubj:pass");
        if (!subj && !(k == inf && rel_is(s, k, "advcl")))
            continue;
        /* marks the subject's phrase (or the "to" complement, as an
         * xcomp is) with a stamp of its own: copy it */
        sst = dy__coder_mark_subtree(s, k, subj ? dy__coder_np_skip : verb_skip_post, &sl, &sh);
        for (uint32_t i = sl; i <= sh; i++)
            if (s->mark[i] == sst)
                s->mark[i] = st;
        if (sl < lo)
            lo = sl;
        if (sh > hi)
            hi = sh;
        if (subj)
            common_conjuncts(s, k, st, &lo, &hi);
    }
    /* "agreed to restore ties after talks mediated by China": another
     * event's phrase is out of the window */
    dy__coder_drop_time_adjuncts(s, st, lo, hi);
    drop_measure(s, v);
    drop_numbers(s, v);
    drop_denied_act(s, v);
    /* "called Gondor on Tuesday": a time oblique is when, and its
     * preposition is not the verb's ("call on" is an appeal); what
     * hangs on the time noun ("left yesterday for Minas Tirith") stays */
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        static const char *const keep[] = {"nmod", "acl", "conj", "appos", NULL};
        uint32_t a, b;
        uint32_t out;
        int actor = 0;
        if (!(rel_base(s, k, "obl") || rel_is(s, k, "nmod:tmod")) ||
            !(in_list(lemma_of(s, k), dy__coder_calendar_words) ||
              in_list(lemma_of(s, k), dy__coder_time_nouns)))
            continue;
        out = dy__coder_mark_subtree(s, k, keep, &a, &b);   /* a new stamp: out of the window */
        /* "called on Gondor late Sunday" parsed with Gondor a compound
         * of Sunday: a time phrase holding an actor is not only when */
        for (uint32_t i = a; i <= b; i++)
            if (s->mark[i] == out && s->men_at[i] >= 0)
                actor = 1;
        for (uint32_t i = a; actor && i <= b; i++)
            if (s->mark[i] == out)
                s->mark[i] = st;
    }
    *verb_at = 0;
    for (uint32_t i = lo; i <= hi && n < cap; i++) {
        const char *hy;
        if (s->mark[i] != st || upos_is(s, i, "PUNCT"))
            continue;
        if (i == v)
            *verb_at = n;
        hy = i == v || dy__coder_slot_actor(s, i) ? NULL : strchr(s->forms[i] + 1, '-');
        if (hy && hy[1] && hy[1] != '-' && hy[-1] != '-' && n + 1 < cap) {
            /* a word the tokenizer kept whole at its hyphen ("quasi-state"):
             * its parts, as the dictionaries' hyphenated words are stored
             * ("cease-fire" = "cease fire") */
            const char *lh = strrchr(lemma_of(s, i), '-');
            w[n].lemma = w[n].form = dy_arena_strndup(c->arena, s->forms[i],
                                                      (size_t)(hy - s->forms[i]));
            w[n].actor = 0;
            w[n].compound = 0;
            tok[n++] = i;
            w[n].form = hy + 1;
            w[n].lemma = lh && lh[1] ? lh + 1 : hy + 1;
            w[n].actor = 0;
            w[n].compound = 0;
            tok[n++] = i;
            continue;
        }
        w[n].lemma = lemma_of(s, i);
        w[n].form = s->forms[i];
        w[n].actor = i == v ? 0 : dy__coder_slot_actor(s, i);
        if (w[n].actor && name_function_word(s, i))
            w[n].lemma = w[n].form = ""; /* "met Moon Jae-in": no "meet in" */
        else if (obj_possessor_word(s, v, i))
            w[n].lemma = w[n].form = ""; /* "welcomed President Reagan's
                                          * statement": no "welcome president" */
        w[n].compound = w[n].actor && s->men_at[i] >= 0 && slot_compound(s, i);
        tok[n] = i;
        n++;
    }
    return n;
}

/* A negation modifying its head ("not", "n't", "never"). */
int dy__coder_is_neg_word(const struct sent *s, uint32_t k)
{
    static const char *const neg[] = {"not", "n't", "never", "no", NULL};

    return (rel_is(s, k, "advmod") || rel_is(s, k, "neg")) &&
           (in_list(s->forms[k], neg) || has_feat(s, k, "Polarity=Neg"));
}

static int match_window_prt(struct coder *c, struct sent *s, uint32_t v,
                            const struct dyad_verb_word *w, const uint32_t *tok, size_t n,
                            size_t at, struct dyad_verb_match *vm, uint32_t slot[3],
                            int *neg_cov, int *prt_only);

/* Matches the clause window w[0..n) (tok[] its tokens) with w[at] as the
 * pattern's verb; slot[0..2] receive the tokens the pattern bound as
 * source, target and compound actor (s->n = none); *neg_cov is set when
 * the pattern's own words matched a negation of verb v ("-
 * &NEGATVAUXVRB * OVER EFFORTS"): the pattern codes the negated act
 * itself. */
int dy__coder_match_window(struct coder *c, struct sent *s, uint32_t v,
                           const struct dyad_verb_word *w, const uint32_t *tok, size_t n, size_t at,
                           struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov)
{
    return match_window_prt(c, s, v, w, tok, n, at, vm, slot, neg_cov, NULL);
}

/* A particle of verb v ("broken down"). */
static int is_particle(const struct sent *s, uint32_t k, uint32_t v)
{
    return s->head[k] == v && rel_is(s, k, "compound:prt");
}

/* The verb that negates its complement v ("were unable to establish",
 * "failed to reach", "rejected attacking", "resisted taking a harder
 * line", "denied planning the attack"), or s->n. */
static uint32_t negating_governor(const struct sent *s, uint32_t v)
{
    static const char *const fail[] = {"unable", "fail", "refuse", "decline", "reject",
                                       "resist", "avoid", "oppose", "deny", "refrain", NULL};
    /* "did not hesitate to strike": the negation undoes the doubt */
    static const char *const doubt[] = {"hesitate", NULL};
    uint32_t p = s->head[v];

    if (!rel_is(s, v, "xcomp") || p >= s->n)
        return s->n;
    if (in_list(lemma_of(s, p), fail))
        return p;
    /* "did not allow them to launch attacks", "never tried to attack": a
     * complement under a negated verb did not happen either ("not ready
     * to meet", an adjective, is a refusal: the statement rules') */
    if (upos_is(s, p, "VERB") && !in_list(lemma_of(s, p), doubt))
        for (uint32_t k = s->first[p]; k != s->n; k = s->next[k])
            if (dy__coder_is_neg_word(s, k))
                return p;
    return s->n;
}

/* match_window; *prt_only (when not NULL) is set when the pattern's
 * words matched nothing but particles of v (the multi-word verb's own
 * words: "+BREAK_DOWN"). */
static int match_window_prt(struct coder *c, struct sent *s, uint32_t v,
                            const struct dyad_verb_word *w, const uint32_t *tok, size_t n,
                            size_t at, struct dyad_verb_match *vm, uint32_t slot[3],
                            int *neg_cov, int *prt_only)
{
    struct dyad_verb_slots sl;
    struct dyad_verb_word gw[2 * MAX_WORDS + 2];
    size_t b[3];
    int rc;

    slot[0] = slot[1] = slot[2] = s->n;
    *neg_cov = 0;
    if (prt_only)
        *prt_only = 0;
    /* which neighbours in the window are neighbours in the text: words
     * left out between them (another clause, a time phrase) keep apart
     * what a pattern joins with no word between; punctuation does not */
    if (n > sizeof(gw) / sizeof(gw[0]))
        n = sizeof(gw) / sizeof(gw[0]);
    for (size_t k = 0; k < n; k++) {
        gw[k] = w[k];
        gw[k].gap_before = 0;
        for (uint32_t t = k ? tok[k - 1] + 1 : tok[k]; t < tok[k]; t++)
            if (!upos_is(s, t, "PUNCT"))
                gw[k].gap_before = 1;
    }
    rc = dyad_lexicon_match_verb_slots(c->lx, gw, n, at, vm, &sl);
    if (rc)
        return rc;
    b[0] = sl.source;
    b[1] = sl.target;
    b[2] = sl.compound;
    for (int k = 0; k < 3; k++) {
        if (b[k] == DYAD_VERB_NOSLOT || b[k] >= n)
            continue;
        slot[k] = tok[b[k]];
        if (s->men_at[slot[k]] >= 0)
            slot[k] = dy__coder_mention_head(s, &s->men[s->men_at[slot[k]]]);
    }
    if (slot[0] < v) {
        /* a source slot before the verb is its subject when the actor it
         * found sits inside the subject's phrase ("Gollum, centre of a
         * row between Radagast and Gondor, called on ...": "$ * ON"
         * found Radagast, the nearest actor before the verb) */
        uint32_t sj = child_rel(s, v, "nsubj");
        if (sj < s->n && sj != slot[0] && s->men_at[sj] >= 0 && in_subtree(s, slot[0], sj))
            slot[0] = sj;
    }
    /* a pattern that names the negation ("- HAS NOT *", "- HAS
     * DECLINED *" [121]) codes the negated verb */
    for (size_t k = 0; k < sl.nmatched; k++)
        if (sl.matched[k] < n &&
            ((s->head[tok[sl.matched[k]]] == v && dy__coder_is_neg_word(s, tok[sl.matched[k]])) ||
             tok[sl.matched[k]] == negating_governor(s, v)))
            *neg_cov = 1;
    if (prt_only && sl.nmatched) {
        size_t k = 0;
        while (k < sl.nmatched && sl.matched[k] < n && is_particle(s, tok[sl.matched[k]], v))
            k++;
        *prt_only = k == sl.nmatched;
    }
    return DYAD_OK;
}

/* Matches the window w[0..n) (verb at w[at] = v) and takes its match
 * over *vm when it names more than the bare verb. */
static int take_specific(struct coder *c, struct sent *s, uint32_t v,
                         const struct dyad_verb_word *w, const uint32_t *tok, size_t n,
                         size_t at, struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov)
{
    struct dyad_verb_match wm;
    uint32_t wslot[3];
    int wneg, rc;

    if (n == 0 || tok[at] != v)
        return DYAD_OK;
    rc = dy__coder_match_window(c, s, v, w, tok, n, at, &wm, wslot, &wneg);
    if (!rc && wm.code && wm.specificity > 0 && (!vm->code || wm.specificity > vm->specificity)) {
        *vm = wm;
        memcpy(slot, wslot, sizeof(wslot));
        *neg_cov = wneg;
    }
    return rc;
}

/*
 * The pattern that matched is the multi-word verb itself ("+BREAK_DOWN"
 * in PETRARCH's BREAK block: "broken down a treaty"): as in PETRARCH,
 * the block's patterns apply to the words after it, so the window
 * without v's particles is matched again and a pattern of the same block
 * naming more ("- * TREATY" [161]) is taken.  w[] and tok[] are left as
 * they are.
 */
static int past_particles(struct coder *c, struct sent *s, uint32_t v,
                          const struct dyad_verb_word *w, const uint32_t *tok, size_t n,
                          size_t at, struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov)
{
    struct dyad_verb_word pw[2 * MAX_WORDS + 2];
    uint32_t ptok[2 * MAX_WORDS + 2];
    struct dyad_verb_match pm;
    uint32_t pslot[3];
    size_t m = 0, pat = at;
    int pneg, rc;

    for (size_t k = 0; k < n && m < 2 * MAX_WORDS + 2; k++) {
        if (is_particle(s, tok[k], v)) {
            if (k < at)
                pat--;
            continue;
        }
        pw[m] = w[k];
        ptok[m++] = tok[k];
    }
    rc = dy__coder_match_window(c, s, v, pw, ptok, m, pat, &pm, pslot, &pneg);
    if (rc || !pm.code || pm.specificity < 1 || !vm->group || !pm.group ||
        strcmp(pm.group, vm->group) != 0)
        return rc;
    *vm = pm;
    memcpy(slot, pslot, sizeof(pslot));
    *neg_cov = pneg;
    return DYAD_OK;
}

/* Puts token t (not yet in it) into the window w/tok[0..n) in text
 * order; *at follows the verb.  Returns the new count. */
static size_t window_insert(const struct sent *s, uint32_t t, struct dyad_verb_word *w,
                            uint32_t *tok, size_t n, size_t *at)
{
    size_t k = 0;

    while (k < n && tok[k] < t)
        k++;
    if (k < n && tok[k] == t)
        return n;
    memmove(&w[k + 1], &w[k], (n - k) * sizeof(w[0]));
    memmove(&tok[k + 1], &tok[k], (n - k) * sizeof(tok[0]));
    w[k].lemma = lemma_of(s, t);
    w[k].form = s->forms[t];
    w[k].actor = dy__coder_slot_actor(s, t);
    w[k].compound = w[k].actor && s->men_at[t] >= 0 && slot_compound(s, t);
    tok[k] = t;
    if (k <= *at)
        (*at)++;
    return n + 1;
}

/*
 * v is the complement of a verb before it ("Ethiopia indicated it would
 * act now"): the window with the governing verb's word put in its text
 * place, for the patterns that name the governor before the verb ("-
 * INDICATED WOULD * NOW" under ACT), as a linear pattern coder reads
 * them; when v has no subject of its own ("Mordor will be hosting
 * Osgiliath to celebrate May Day with Eriador"), the governor's subject
 * phrase too, for a slot before the governor ("- + HOSTING * MAY_DAY
 * $").  Returns the new count (n when v governs nothing of the kind).
 */
static size_t with_governor(struct sent *s, uint32_t v, struct dyad_verb_word *w,
                            uint32_t *tok, size_t n, size_t cap, size_t *at)
{
    uint32_t g = s->n, gs, lo, hi, st;

    /* the chain of governors before v ("is inching nearer to accord":
     * "nearer", then "inching"), three at most */
    for (uint32_t x = v, k = 0; k < 3 && n < cap; k++) {
        uint32_t h = s->head[x];
        if (h >= s->n || h >= x || !(upos_is(s, h, "VERB") || upos_is(s, h, "ADJ")) ||
            !(rel_is(s, x, "ccomp") || rel_is(s, x, "xcomp")))
            break;
        n = window_insert(s, h, w, tok, n, at);
        /* with its auxiliaries ("has declined to urge") */
        for (uint32_t a = s->first[h]; a != s->n && n < cap; a = s->next[a])
            if (a < h && rel_is(s, a, "aux"))
                n = window_insert(s, a, w, tok, n, at);
        g = x = h;
        if (dy__coder_subject_rel(s, h, "nsubj") != s->n ||
            dy__coder_subject_rel(s, h, "nsubj:pass") != s->n)
            break;
    }
    if (g == s->n || n >= cap)
        return n;
    gs = dy__coder_subject_rel(s, g, "nsubj");
    if (gs == s->n)
        gs = dy__coder_subject_rel(s, g, "nsubj:pass");
    if (gs == s->n || gs > g || dy__coder_subject_rel(s, v, "nsubj") != s->n ||
        dy__coder_subject_rel(s, v, "nsubj:pass") != s->n)
        return n;
    st = dy__coder_mark_subtree(s, gs, dy__coder_np_skip, &lo, &hi);
    for (uint32_t i = lo; i <= hi && n < cap; i++)
        if (s->mark[i] == st && !upos_is(s, i, "PUNCT"))
            n = window_insert(s, i, w, tok, n, at);
    return n;
}

/* "The property was returned by X", "These men have been charged with
 * illegal entry": an active pattern reads after the verb the word the
 * passive's subject is ("return property : 0842") or its target slot
 * ("charge + with : 115").  The clause's window with the subject (its
 * head and first actor) moved to right after the verb and its particles
 * is matched, and a pattern naming more than vm replaces it (no slots:
 * the actors come from the passive's own arguments). */
static int passive_moved_pattern(struct coder *c, struct sent *s, uint32_t v,
                                 struct dyad_verb_match *vm)
{
    uint32_t ps = dy__coder_subject_rel(s, v, "nsubj:pass");
    struct dyad_verb_word w[2 * MAX_WORDS + 2], m[2 * MAX_WORDS + 2];
    uint32_t tok[2 * MAX_WORDS + 2], mt[2 * MAX_WORDS + 2], slot[3], lo, hi, st, actor = 0;
    struct dyad_verb_match pm;
    size_t n, at, j = 0, mat = 0;
    int neg, rc;

    if (ps == s->n || !dy__coder_is_passive(s, v))
        return DYAD_OK;
    n = verb_window(c, s, v, verb_skip_post, w, tok, 2 * MAX_WORDS + 1, &at);
    if (n == 0 || tok[at] != v || ps > v)
        return DYAD_OK;
    st = dy__coder_mark_subtree(s, ps, dy__coder_np_skip, &lo, &hi);
    for (size_t k = 0; k < at && !actor; k++)
        if (s->mark[tok[k]] == st)
            actor = w[k].actor;
    for (int pass = 0; pass < 4; pass++)
        for (size_t k = 0; k < n; k++) {
            int in_subj = k < at && s->mark[tok[k]] == st;
            /* of the subject, its head and its first actor's words:
             * "members of the X Army, the wing of the Y Party" must not
             * lend its "of" or its other actors */
            int subj = in_subj && (tok[k] == ps || (actor && w[k].actor == actor));
            int prt = k > at && is_particle(s, tok[k], v);
            /* before the verb, the verb with its particles ("the talks
             * were broken off": "break off talks"), its subject, the rest */
            if ((pass == 0 && k < at && !in_subj) || (pass == 1 && (k == at || prt)) ||
                (pass == 2 && subj) || (pass == 3 && k > at && !prt)) {
                if (k == at)
                    mat = j;
                m[j] = w[k];
                mt[j++] = tok[k];
            }
        }
    memset(&pm, 0, sizeof(pm));
    rc = dy__coder_match_window(c, s, v, m, mt, j, mat, &pm, slot, &neg);
    if (!rc && pm.code && pm.specificity > 0 && (!vm->code || pm.specificity > vm->specificity) &&
        strcmp(pm.code, "---") != 0 && strcmp(pm.code, "###") != 0)
        *vm = pm;
    return rc;
}

/* Codes verb v; see match_window for slot[] and *neg_cov. */
int dy__coder_code_verb(struct coder *c, struct sent *s, uint32_t v, struct dyad_verb_match *vm,
                        uint32_t slot[3], int *neg_cov)
{
    struct dyad_verb_word w[2 * MAX_WORDS + 2];
    uint32_t tok[2 * MAX_WORDS + 2];
    size_t n, at;
    int rc, prt;

    slot[0] = slot[1] = slot[2] = s->n;
    *neg_cov = 0;
    n = verb_window(c, s, v, verb_skip_post, w, tok, 2 * MAX_WORDS + 1, &at);
    if (n == 0 || tok[at] != v)
        return dyad_lexicon_match_verb(c->lx, lemma_of(s, v), NULL, 0, NULL, 0, vm);
    rc = match_window_prt(c, s, v, w, tok, n, at, vm, slot, neg_cov, &prt);
    if (!rc && prt)
        rc = past_particles(c, s, v, w, tok, n, at, vm, slot, neg_cov);
    if (rc)
        return rc;
    /* A pattern that names the governing verb before this one, when it
     * names more than the clause's own match. */
    n = with_governor(s, v, w, tok, n, 2 * MAX_WORDS + 2, &at);
    rc = take_specific(c, s, v, w, tok, n, at, vm, slot, neg_cov);
    if (!rc && !(vm->code && vm->specificity > 0))
        rc = passive_moved_pattern(c, s, v, vm);
    if (rc || (vm->code && vm->specificity > 0) || child_rel(s, v, "ccomp") == s->n)
        return rc;
    /* Only the bare verb matched: a pattern that reads on into the
     * complement clause ("- * REALLY_PLEASANT" in "allowed that X isn't
     * a really pleasant place") is more specific, as in TABARI and
     * PETRARCH, which match the words after the verb whatever clause
     * they are in. */
    n = verb_window(c, s, v, verb_skip_wide, w, tok, 2 * MAX_WORDS + 1, &at);
    return take_specific(c, s, v, w, tok, n, at, vm, slot, neg_cov);
}

/* The oblique of v whose phrase holds word t, or n. */
static uint32_t oblique_of(const struct sent *s, uint32_t t, uint32_t v)
{
    for (int step = 0; step < MAX_CLIMB && t < s->n; step++, t = s->head[t])
        if (s->head[t] == v)
            return rel_base(s, t, "obl") ? t : s->n;
    return s->n;
}

/* Word t is in an "against" phrase of v ("advised against travel to
 * Tunisia", "voted against sanctions"): what one is against is not
 * done. */
int dy__coder_opposed(const struct sent *s, uint32_t t, uint32_t v)
{
    uint32_t o = oblique_of(s, t, v);
    const char *cs = o < s->n ? case_of(s, o) : NULL;

    return cs && ieq(cs, "against");
}

/* Word t is in an "over", "about" or "because of" phrase of v: what the
 * act is over, someone else's act or a state of affairs, not v's own. */
int dy__coder_in_cause(const struct sent *s, uint32_t t, uint32_t v)
{
    static const char *const cause[] = {"over", "about", "because", "amid", NULL};
    uint32_t o = oblique_of(s, t, v);
    const char *cs = o < s->n ? case_of(s, o) : NULL;

    return cs && in_list(cs, cause);
}

/* Word t is inside an oblique of a verb of reacting ("responding to
 * calls for sanctions", "reacted to the attack"): a noun there names the
 * act reacted to, someone else's, not v's own.  Other verbs' oblique
 * nouns can be their subject's act ("took part in an anti-X parade"). */
int dy__coder_reacted_to(const struct sent *s, uint32_t t, uint32_t v)
{
    static const char *const react[] = {"respond", "react", "reply", "answer", "refer",
                                        "allude", NULL};

    return in_list(lemma_of(s, v), react) && oblique_of(s, t, v) < s->n;
}

/* Nouns of vehicles, which verbs of the dictionaries share ("ship",
 * "truck", "jet"): never a noun that names an act. */
const char *const dy__coder_vehicles[] = {"ship", "vessel", "boat", "plane", "aircraft", "jet",
                                          "truck", "tank", "car", "bus", "train", NULL};

/*
 * Verb v has no pattern of its own ("have postponed their meeting",
 * "has raised its voice for X", "the death toll has risen", "showed no
 * sign of"): a noun of its clause that names the act takes the verb's
 * place, as in TABARI, where any word of the verb dictionary can head a
 * pattern.  Only a pattern that matches words besides the noun counts
 * (the noun alone, "meeting", is no act of v's subject); the most
 * specific wins.  Sets vm->code (NULL = none) and slot[] as code_verb.
 */
int dy__coder_code_clause_noun(struct coder *c, struct sent *s, uint32_t v,
                               struct dyad_verb_match *vm, uint32_t slot[3], int *neg_cov)
{
    struct dyad_verb_word w[2 * MAX_WORDS + 1];
    uint32_t tok[2 * MAX_WORDS + 1];
    size_t n, at;
    int rc;

    memset(vm, 0, sizeof(*vm));
    slot[0] = slot[1] = slot[2] = s->n;
    *neg_cov = 0;
    n = verb_window(c, s, v, verb_skip_post, w, tok, 2 * MAX_WORDS + 1, &at);
    if (n == 0 || tok[at] != v)
        return DYAD_OK;
    for (size_t j = 0; j < n; j++) {
        struct dyad_verb_match m;
        uint32_t msl[3];
        int mneg;
        if (j == at || w[j].actor || !upos_is(s, tok[j], "NOUN") || dy__coder_reacted_to(s, tok[j], v))
            continue;
        if (dy__coder_opposed(s, tok[j], v))
            continue;
        if (in_list(lemma_of(s, tok[j]), dy__coder_vehicles))
            continue; /* "Chinese ships entered Japanese waters": a vessel is
                       * no act ("ship water" is a shipment) */
        if (dy__coder_in_cause(s, tok[j], v))
            continue; /* "agreed sanctions on Russia over the Ukraine war":
                       * the war is the cause, not the act */
        rc = dy__coder_match_window(c, s, v, w, tok, n, j, &m, msl, &mneg);
        if (rc)
            return rc;
        if (!m.code || m.specificity < 1 || strcmp(m.code, "---") == 0 ||
            (vm->code && m.specificity <= vm->specificity))
            continue;
        *vm = m;
        memcpy(slot, msl, sizeof(msl));
        *neg_cov = mneg;
    }
    return DYAD_OK;
}

int dy__coder_is_negated(const struct sent *s, uint32_t v)
{
    if (negating_governor(s, v) != s->n)
        return 1;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (dy__coder_is_neg_word(s, k))
            return 1;
    return 0;
}

const char *const dy__coder_intent_verbs[] = {"plan", "intend", "promise", "pledge", "vow",
                                           "offer", "want", "hope", "expect", "seek", "aim",
                                           "prepare", "decide", "propose", "agree", "wish",
                                           NULL};
const char *const dy__coder_speech_verbs[] = {"say", "tell", "add", "warn", "state", "declare",
                                           "announce", "insist", "stress", "elaborate",
                                           "explain", "note", "claim", "write", "mus", "muse",
                                           "point", "reiterate", "argue", "assert", "comment",
                                           "remark", "continue", "conclude", "report", "ask",
                                           "reply", "respond", "admit", "acknowledge", "urge",
                                           "emphasize", "emphasise", "maintain", "contend", "allege",
                                           "confirm", "estimate", "predict", NULL};

int dy__coder_is_speech_lemma(const char *lemma)
{
    return in_list(lemma, dy__coder_speech_verbs);
}

/* "Writing in a blog post, Ingram dubbed it ...", "Citing privacy rules,
 * officials said ...": a participle coded as a statement (the caller's
 * test) with no subject of its own, an adjunct of a statement verb, says
 * how that statement was made; it is no second statement.  One that is no
 * verb of speech but names an actor ("he added, citing U.S.-South Korean
 * drills as an example") says something of its own, about that actor. */
int dy__coder_manner_of_statement(const struct sent *s, uint32_t v)
{
    static const char *const describing[] = {"describe", "characterize", "characterise",
                                              "dub", "call", NULL};
    static const char *const speaking[] = {"speak", "talk", NULL};
    uint32_t g = s->head[v];
    size_t n = strlen(s->forms[v]);

    if (!(rel_is(s, v, "advcl") && g < s->n && n > 4 && ieq(s->forms[v] + n - 3, "ing") &&
          child_rel(s, v, "nsubj") == s->n && child_rel(s, v, "mark") == s->n &&
          (dy__coder_is_speech_lemma(lemma_of(s, g)) || in_list(lemma_of(s, g), describing))))
        return 0;
    if (dy__coder_is_speech_lemma(lemma_of(s, v)) || in_list(lemma_of(s, v), speaking))
        return 1;
    for (uint32_t t = v + 1; t < s->n; t++)
        if (in_subtree(s, t, v) && s->men_at[t] >= 0 &&
            s->men[s->men_at[t]].kind == DYAD_LEX_ACTOR)
            return 0;
    return 1;
}

/* The verb at the top of v's chain of conjuncts ("may attack and
 * destroy": the auxiliary and the clause relation are the first's). */
uint32_t dy__coder_conj_top(const struct sent *s, uint32_t v)
{
    for (int step = 0; step < MAX_CLIMB && rel_is(s, v, "conj") && s->head[v] < s->n; step++)
        v = s->head[v];
    return v;
}

/* An auxiliary of v itself in `list` (not a quoted word). */
int dy__coder_own_aux(const struct sent *s, uint32_t v, const char *const *list)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        if (dy__coder_quoted_dependent(s, k, v))
            continue;
        if (rel_is(s, k, "aux") && (in_list(s->forms[k], list) || in_list(lemma_of(s, k), list)))
            return 1;
    }
    return 0;
}

/* An auxiliary of v in `list`, or of the verb v is conjoined to when v
 * shares its subject ("may attack and destroy", not "X may attack but
 * Y promised aid"). */
static int has_aux(const struct sent *s, uint32_t v, const char *const *list)
{
    uint32_t top = dy__coder_conj_top(s, v);

    if (dy__coder_own_aux(s, v, list))
        return 1;
    return top != v && child_rel(s, v, "nsubj") == s->n && child_rel(s, v, "nsubj:pass") == s->n &&
           dy__coder_own_aux(s, top, list);
}

/* "is going to call": v is "going" with a form of "be" and a "to"
 * infinitive, the future of that infinitive, which is returned (n when v
 * is no such "going"). */
uint32_t dy__coder_going_to(const struct sent *s, uint32_t v)
{
    uint32_t x = child_rel(s, v, "xcomp"), mk, be = child_rel(s, v, "aux");

    if (!ieq(s->forms[v], "going") || x == s->n || x < v || be == s->n ||
        !ieq(lemma_of(s, be), "be"))
        return s->n;
    mk = child_rel(s, x, "mark");
    return mk != s->n && ieq(s->forms[mk], "to") && mk == v + 1 ? x : s->n;
}

/* Future: will/shall/'ll, and "would" (reported future: "said it would
 * impose sanctions"), and "be going to". */
int dy__coder_has_future_aux(const struct sent *s, uint32_t v)
{
    static const char *const fut[] = {"will", "shall", "'ll", "wo", "would", "'d", NULL};
    uint32_t top = dy__coder_conj_top(s, v);

    return has_aux(s, v, fut) ||
           (rel_is(s, top, "xcomp") && s->head[top] < s->n &&
            dy__coder_going_to(s, s->head[top]) == top);
}

/* An obligation is not an event: "must withdraw", "should attack",
 * "ought to pay", and "has to / have to pay" in the present ("had to"
 * is past: it happened). */
const char *dy__coder_obligation_aux(const struct sent *s, uint32_t v)
{
    static const char *const oblig[] = {"must", "should", "ought", NULL};
    uint32_t top = dy__coder_conj_top(s, v), h = s->head[top];

    if (has_aux(s, v, oblig))
        return "must/should/ought";
    if (rel_is(s, top, "xcomp") && h < s->n && ieq(lemma_of(s, h), "have") &&
        upos_is(s, h, "VERB") && has_feat(s, h, "Tense=Pres"))
        return "has to";
    return NULL;
}

/* Possibility is not an event: "may attack", "could retaliate"; nor is
 * "would" in a sentence's main clause, which no one is said to have said
 * ("Pakistan would thereby gain control of the base": the writer's
 * conditional, not a reported future). */
const char *dy__coder_hypothetical_aux(const struct sent *s, uint32_t v)
{
    static const char *const hyp[] = {"may", "might", "could", "can", "ca", NULL};
    static const char *const cond[] = {"would", "'d", NULL};

    /* "would tend to encourage", "may seek to expand": the verb whose
     * complement v is (up an xcomp chain) carries the modal */
    for (int d = 0; d < MAX_CLIMB && v < s->n; d++) {
        uint32_t top = dy__coder_conj_top(s, v);
        if (has_aux(s, v, hyp))
            return "may/might/could/can";
        if (rel_is(s, top, "root") && has_aux(s, v, cond))
            return "would, in the main clause";
        if (!rel_is(s, top, "xcomp"))
            break;
        v = s->head[top];
    }
    return NULL;
}

/*
 * What someone was urged, asked, told or obliged to do did not happen:
 * the complement of an appeal or a demand ("urged Iran to stop",
 * "called on Iran to stop" (parsed xcomp or advcl), "demanded that Iran
 * stop") or of "need to" is the content of the appeal, which the
 * governing verb codes (CAMEO 02x/10x).  Returns the governing lemma.
 */
static const char *const appeal_nouns[] = {"order", "call", "demand", "request", "appeal",
                                           "ultimatum", "plea", "instruction", "proposal",
                                           NULL};

const char *dy__coder_appeal_content(const struct sent *s, uint32_t v)
{
    static const char *const appeal[] = {"urge", "ask", "call", "demand", "request", "press",
                                         "push", "appeal", "encourage", "invite", "beg",
                                         "implore", "exhort", "pressure", "advise", "instruct",
                                         "order", "command", "tell", "warn", "plead", "lobby",
                                         "petition", "recommend", "need", "require", "force",
                                         "compel", "oblige", "persuade", "convince", "coax",
                                         "induce", "entice", NULL};
    static const char *const demand[] = {"demand", "urge", "request", "ask", "order", "command",
                                         "recommend", "propose", "insist", "call", NULL};
    uint32_t top = dy__coder_conj_top(s, v), p = s->head[top], mk;
    const char *gl;

    if (p >= s->n)
        return NULL;
    gl = lemma_of(s, p);
    if ((rel_is(s, top, "xcomp") || (rel_is(s, top, "advcl") && ieq(case_of(s, top), "to"))) &&
        in_list(gl, appeal))
        return gl;
    /* "demanded that Iran stop"; "insisted that Iran had stopped" is a
     * statement of fact, so a past tense complement is not content. */
    if (rel_is(s, top, "ccomp") && in_list(gl, demand) && !has_feat(s, top, "Tense=Past"))
        return gl;
    /* "lodged a protest over a court order to seize assets" parsed with
     * "seize" an advcl (a purpose) of "lodged": the infinitive right
     * after an appeal noun is what was asked, not done.  (Parsed as the
     * noun's acl, it takes no source of its own and is no event.) */
    mk = child_rel(s, top, "mark");
    if (rel_is(s, top, "advcl") && mk != s->n && ieq(s->forms[mk], "to") && mk == top - 1 &&
        mk > 0 && upos_is(s, mk - 1, "NOUN") && in_list(lemma_of(s, mk - 1), appeal_nouns))
        return lemma_of(s, mk - 1);
    return NULL;
}
