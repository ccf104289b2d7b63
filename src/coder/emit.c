/*
 * emit.c - module coder: events written from a coded predicate (named
 * emit, not events, so that its object does not share a name with
 * src/out/events.o in libdyad.a).
 *
 * struct pred (in coder_int.h) is a verb coded with its pattern, negation
 * and modality; this file writes one event per source and target pair from
 * it (emit), with the event's date and place, keeps the explain record of
 * each predicate, and holds what the predicate stage asks about events:
 * the dictionaries' default actor, idioms that override a verb's pattern,
 * and nominal events carried by a light verb ("the attack was launched by
 * X") coded by the verb the noun names.
 */
#include "coder/coder_int.h"

/* ---- events ----------------------------------------------------------------- */

void dy__coder_explain_pred(struct coder *c, const struct sent *s, uint32_t v,
                            enum dyad_pred_status st, const char *detail)
{
    struct dyad_predicate p;

    s->pstatus[v] = (uint32_t)st + 1;
    if (!(c->flags & DYAD_CODE_EXPLAIN))
        return;
    p.sentence = s->index;
    p.verb_token = s->base + v;
    p.verb = acstr(c, lemma_of(s, v));
    p.status = st;
    p.detail = acstr(c, detail ? detail : "");
    if (dy__coder_vec_push(&c->pred, &p) == DYAD_ETOOBIG)
        c->partial = 1;
}

/* Whether v's clause tells of something yet to happen: a future
 * auxiliary ("will meet", "would file": dy__coder_has_future_aux), or
 * the complement of an intent ("plans to visit": dy__coder_intent_verbs)
 * or of a schedule ("is due to arrive"), or of a verb with a future
 * auxiliary ("will try to meet"). */
static int future_clause(const struct sent *s, uint32_t v)
{
    static const char *const scheduled[] = {"schedule", "due", "set", NULL};
    uint32_t g = s->head[v];

    if (dy__coder_has_future_aux(s, v))
        return 1;
    return rel_is(s, v, "xcomp") && g < s->n &&
           (in_list(lemma_of(s, g), dy__coder_intent_verbs) ||
            in_list(lemma_of(s, g), scheduled) || dy__coder_has_future_aux(s, g));
}

/* Date of the event: a relative expression among v's dependents. */
const char *dy__coder_event_date(struct coder *c, const struct sent *s, uint32_t v)
{
    const char *doc_date = c->res->doc ? c->res->doc->date : NULL;
    const char *words[8];
    char buf[16];

    if (!doc_date)
        return NULL;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        size_t nw = 0;
        if (!rel_base(s, k, "obl") && !rel_base(s, k, "advmod") && !rel_base(s, k, "nmod"))
            continue;
        for (uint32_t j = s->first[k]; j != s->n && nw < 6; j = s->next[j])
            if (j < k)
                words[nw++] = s->forms[j];
        words[nw++] = s->forms[k];
        for (size_t q = 0; q < nw; q++) {
            /* lower-case copies for matching */
            char *lw = dy_arena_strndup(c->arena, words[q], strlen(words[q]));
            if (!lw)
                return doc_date;
            for (char *p = lw; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            words[q] = lw;
        }
        if (dy_coder_resolve_date(doc_date, words, nw, future_clause(s, v), buf))
            return acstr(c, buf);
    }
    return doc_date;
}

const char *const dy__coder_route_preps[] = {"through", "throughout", "across", "around", NULL};

/* Place of the event: "in Minsk" among v's obliques (or their nmods),
 * else on its object ("arrested two men in Lagos"); also the way a march
 * takes ("through Minsk", "across the country"). */
static void place_of_verb(struct coder *c, const struct sent *s, uint32_t v,
                          struct dyad_place *pl);

void dy__coder_event_place(struct coder *c, const struct sent *s, uint32_t v,
                           struct dyad_place *pl)
{
    uint32_t h = s->head[v];

    place_of_verb(c, s, v, pl);
    /* "Gunmen attacked a church in Burkina Faso, killing 15 worshippers",
     * "attacked a church in X and killed ...": a participle clause with
     * no marker, or a conjoined verb, with no place of its own happened
     * where its governor did */
    if (!pl->country && h < s->n && upos_is(s, h, "VERB") &&
        (rel_is(s, v, "conj") || (rel_is(s, v, "advcl") && child_rel(s, v, "mark") == s->n)))
        place_of_verb(c, s, h, pl);
}

static void place_of_verb(struct coder *c, const struct sent *s, uint32_t v,
                          struct dyad_place *pl)
{
    uint32_t cand[16];
    size_t nc = 0;

    memset(pl, 0, sizeof(*pl));
    for (uint32_t k = s->first[v]; k != s->n && nc < 16; k = s->next[k]) {
        if (!rel_base(s, k, "obl"))
            continue;
        cand[nc++] = k;
        for (uint32_t j = s->first[k]; j != s->n && nc < 16; j = s->next[j])
            if (rel_base(s, j, "nmod"))
                cand[nc++] = j;
    }
    /* "arrested two men in Lagos" with "in Lagos" hung on the object:
     * where the object was is where it was done, when the verb names no
     * place of its own (its obliques come first) */
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        if (!rel_is(s, k, "obj"))
            continue;
        for (uint32_t j = s->first[k]; j != s->n && nc < 16; j = s->next[j]) {
            const char *cj = rel_base(s, j, "nmod") ? case_of(s, j) : NULL;
            if (cj && (ieq(cj, "in") || ieq(cj, "near")))
                cand[nc++] = j;
        }
    }
    for (size_t i = 0; i < nc; i++) {
        uint32_t k = cand[i];
        const char *cs = case_of(s, k);
        const struct mention *m;
        struct dyad_span sp;
        if (!cs || !(ieq(cs, "in") || ieq(cs, "at") || ieq(cs, "near") ||
                     in_list(cs, dy__coder_route_preps)))
            continue;
        if (s->head[k] == v && !ieq(cs, "near") && dy__coder_is_feeling(s, v))
            continue; /* "angry at Japan", "disappointed in Paris": what is felt about */
        if (s->men_at[k] < 0)
            continue;
        m = &s->men[s->men_at[k]];
        if (m->kind != DYAD_LEX_ACTOR || !(ieq(cs, "at") ? is_at_place(m) : is_place(m)) ||
            strlen(m->code) < 3)
            continue;
        sp = tok_span(s, m->start, m->start + m->len - 1);
        pl->text = span_text(c, s, sp);
        pl->country = astr(c, m->code, 3);
        return;
    }
}

int dy__coder_same_actor(const struct dyad_actor *a, const struct dyad_actor *b)
{
    return a->code && b->code && strcmp(a->code, b->code) == 0;
}

static void append_explain(struct coder *c, struct dyad_event *e, const struct pred *p,
                           const struct sent *s, const struct np *src, const char *src_how,
                           const struct np *tgt, const char *tgt_how)
{
    struct dy_buf *b = &c->tmp;

    dy_buf_clear(b);
    dy_buf_printf(b, "pattern '%s' -> %s (%s)",
                  p->vm.pattern && *p->vm.pattern ? p->vm.pattern
                                                  : p->vm.group ? p->vm.group : "?",
                  p->vm.code ? p->vm.code : "?", p->vm.where);
    if (p->stmt)
        dy_buf_printf(b, "; %s: %s -> %s",
                      p->stmt == DY_CODER_STMT_REFUSAL  ? "refusal"
                      : p->stmt == DY_CODER_STMT_APPEAL ? "appeal"
                                                        : "demand",
                      p->vm.code, e->code);
    else if (p->mode)
        dy_buf_printf(b, "; %s: %s -> %s", p->mode == DY_CODER_THREAT ? "threat" : "future",
                      p->vm.code, e->code);
    dy_buf_printf(b, "; source: %s(%s, %s) [%s]", src_how, s->forms[p->arg_v],
                  src->a.text ? src->a.text : "?", src->why ? src->why : "");
    if (tgt)
        dy_buf_printf(b, "; target: %s(%s, %s) [%s]", tgt_how, s->forms[p->arg_v],
                      tgt->a.text ? tgt->a.text : "?", tgt->why ? tgt->why : "");
    if (b->data)
        e->explain = acstr(c, b->data);
}

static int same_span(const struct dyad_actor *a, const struct dyad_actor *b)
{
    return a->span.start == b->span.start && a->span.end == b->span.end &&
           !a->code == !b->code && (!a->code || strcmp(a->code, b->code) == 0);
}

/* The sentence already has e: the same verb, code, and source and target
 * mentions ("Russian Foreign Affairs Minister Sergei Lavrov said" parsed
 * with two subjects that both resolve to Lavrov's mention).  Events are
 * appended sentence by sentence, so only the tail is searched. */
static int same_event_exists(const struct coder *c, const struct dyad_event *e)
{
    const struct dyad_event *ev = c->ev.data;

    for (size_t i = c->ev.n; i-- > 0 && ev[i].sentence == e->sentence;)
        if (ev[i].verb_token == e->verb_token && strcmp(ev[i].code, e->code) == 0 &&
            same_span(&ev[i].source, &e->source) && same_span(&ev[i].target, &e->target))
            return 1;
    return 0;
}

int dy__coder_emit(struct coder *c, struct sent *s, const struct pred *p, const struct np *src,
                   const char *src_how, const struct np *tgt, const char *tgt_how,
                   const char *date, const struct dyad_place *pl, uint32_t clo, uint32_t chi)
{
    struct dyad_event e;
    const struct dyad_cameo_code *row = NULL;
    char root[3];
    int rc;

    memset(&e, 0, sizeof(e));
    e.sentence = s->index;
    e.verb_token = s->base + p->v;
    e.source = src->a;
    if (tgt)
        e.target = tgt->a;
    e.code = p->code;
    if (dyad_lexicon_cameo(c->lx, p->code, &row) == DYAD_OK && row) {
        e.quad = row->quad;
        e.goldstein = row->goldstein;
        e.plover = row->plover && strcmp(row->plover, "-") != 0 ? row->plover : NULL;
    }
    memcpy(root, p->code, 2);
    root[2] = '\0';
    e.root = acstr(c, root);
    e.verb = acstr(c, lemma_of(s, p->v));
    e.negated = p->negated;
    e.modality = p->mode;
    e.reported_by = DYAD_NONE;
    e.quote = c->tok_quote && !s->title ? c->tok_quote[s->base + p->v] : DYAD_NONE;
    e.date = date;
    e.place = *pl;
    if (!e.place.text && !s->title && c->dateline.text && s->para == c->dateline_para)
        e.place = c->dateline;
    e.span = tok_span(s, clo, chi);
    e.is_root = s->title || s->para == 0;
    if (c->flags & DYAD_CODE_EXPLAIN)
        append_explain(c, &e, p, s, src, src_how, tgt, tgt_how);
    if (e.source.code == NULL && src->kind == NP_SELF)
        e.source.code = NULL; /* filled from the quote's speaker later */
    if (same_event_exists(c, &e))
        return DYAD_OK;
    rc = dy__coder_vec_push(&c->ev, &e);
    if (rc == DYAD_ETOOBIG) {
        c->partial = 1;
        return DYAD_OK;
    }
    if (rc)
        return rc;
    if (s->verb_event[p->v] == DYAD_NONE)
        s->verb_event[p->v] = (uint32_t)(c->ev.n - 1);
    return DYAD_OK;
}

/* The dictionaries' default actor (TABARI's DEFAULT: SOURCE/TARGET, a
 * [defaults] section) as the source or target of verb v: 0 when none is
 * set. */
int dy__coder_default_actor(struct coder *c, const struct sent *s, uint32_t v, int source,
                            struct np *out)
{
    const char *code;

    dyad_lexicon_default_actors(c->lx, source ? &code : NULL, source ? NULL : &code, NULL);
    if (!code)
        return 0;
    memset(out, 0, sizeof(*out));
    out->kind = NP_ACTOR;
    out->a.code = code;
    out->a.span = tok_span(s, v, v);
    out->why = source ? "default source" : "default target";
    return 1;
}

/*
 * Idioms are fixed strings, and the parser often gets them wrong ("kicked
 * the can down the road" with "can" an auxiliary of "down"): the words
 * right after the verb in the text, up to the sentence's punctuation,
 * are matched too, and a non-event ('---', '###') that is more specific
 * than the tree's pattern wins.  Only non-events: a literal reading
 * must never invent an event the tree does not support.
 */
int dy__coder_idiom_override(struct coder *c, const struct sent *s, uint32_t v,
                             struct dyad_verb_match *vm)
{
    const char *post[MAX_WORDS];
    size_t npost = 0;
    struct dyad_verb_match im;
    int rc;

    for (uint32_t i = v + 1; i < s->n && npost < 12 && !upos_is(s, i, "PUNCT"); i++)
        post[npost++] = lemma_of(s, i);
    if (!npost)
        return DYAD_OK;
    rc = dyad_lexicon_match_verb(c->lx, lemma_of(s, v), NULL, 0, post, npost, &im);
    if (rc)
        return rc;
    if (im.code && (strcmp(im.code, "---") == 0 || strcmp(im.code, "###") == 0) &&
        im.specificity > 0 && (!vm->code || im.specificity > vm->specificity))
        *vm = im;
    return DYAD_OK;
}

/* A copular noun predicate with a subject and no determiner ("Gollum was
 * in accord with Gondor", not "was in an accord"): a candidate whose
 * patterns must name more than the noun. */
int dy__coder_is_noun_predicate(const struct sent *s, uint32_t v)
{
    return upos_is(s, v, "NOUN") && child_rel(s, v, "cop") != s->n &&
           child_rel(s, v, "nsubj") != s->n && child_rel(s, v, "det") == s->n;
}

/* Decides what verb v codes as (with merges of intent/threat verbs). */
const char *const dy__coder_object_sense_speech[] = {"maintain", "add", NULL};

/* Words that make "called X Y" praise rather than criticism. */
const char *const dy__coder_praise_words[] = {
    "good", "great", "positive", "historic", "important", "excellent", "success",
    "successful", "welcome", "hero", "brave", "courageous", "constructive", "useful", "fair",
    "wise", "right", "friend", "partner", "ally", "model", "example", "victory",
    "breakthrough", "milestone", "landmark", "significant", "encouraging", "promising",
    "remarkable", "legitimate", "necessary", "correct", "step", NULL};

/* Words that make "described X as Y" criticism. */
const char *const dy__coder_blame_words[] = {
    "dangerous", "ideological", "illegal", "unacceptable", "wrong", "bad", "shameful",
    "disgraceful", "outrageous", "absurd", "ridiculous", "irresponsible", "provocative",
    "hostile", "aggressive", "criminal", "terrorist", "threat", "mistake", "failure",
    "disaster", "lie", "liar", "propaganda", "racist", "unfair", "unjust", "unconstitutional",
    "illegitimate", "reckless", "deplorable", "regrettable", "cult", "scam", "fraud",
    "anti-christ", "enemy", "dictator", "tyrant", NULL};

/* Verbs of judging whose "V X Y" (object and predicate) is an opinion. */
const char *const dy__coder_judging_verbs[] = {"consider", "deem", "regard", "judge", NULL};

const char *const dy__coder_describe_verbs[] = {"describe", "characterize", "characterise",
                                             "portray", "depict", NULL};

/* The secondary predicate of "call X Y": an adjective or noun xcomp
 * ("called the plan dangerous"), a second object ("called the decision a
 * mistake") or an adjective in apposition to the object ('called the
 * ruling "dangerous"'); n when v has no object or no such word. */
uint32_t dy__coder_naming_predicate(const struct sent *s, uint32_t v)
{
    uint32_t o = s->n, second = s->n;

    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "obj")) {
            if (o == s->n)
                o = k;
            else if (second == s->n)
                second = k;
        } else if (rel_is(s, k, "xcomp") &&
                   (upos_is(s, k, "ADJ") || upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN"))) {
            second = k;
        } else if (rel_is(s, k, "obl:unmarked") && upos_is(s, k, "NOUN") && o != s->n && k > o &&
                   !in_list(lemma_of(s, k), dy__coder_calendar_words) &&
                   !in_list(lemma_of(s, k), dy__coder_time_nouns)) {
            /* "called President Biden a killer" parsed with "a killer" a
             * bare oblique, as "last week" would be: a noun that tells no
             * time is the name given */
            second = k;
        }
    }
    if (o == s->n)
        return s->n;
    if (second != s->n)
        return second;
    if (o + 2 < s->n && dy__coder_is_quote_tok(&s->tok[o + 1]) && !upos_is(s, o + 2, "PUNCT")) {
        /* 'called the launch "yet another irresponsible move"': a quote
         * right after the object is the name given, however the parser
         * attached its words; its word of blame, else of praise, else
         * its first word */
        uint32_t k, praise = s->n;
        for (k = o + 2; k < s->n && !dy__coder_is_quote_tok(&s->tok[k]); k++) {
            if (in_list(lemma_of(s, k), dy__coder_blame_words))
                return k;
            if (praise == s->n && in_list(lemma_of(s, k), dy__coder_praise_words))
                praise = k;
        }
        return praise != s->n ? praise : o + 2;
    }
    for (uint32_t k = s->first[o]; k != s->n; k = s->next[k]) {
        if (k > o && upos_is(s, k, "ADJ") && (rel_is(s, k, "appos") || rel_is(s, k, "amod")))
            return k;
        /* "called the United States the Great Satan" parsed with the name
         * in apposition to the object: a noun apposition with no mark
         * between them ("called Lavrov, the foreign minister" is a call) */
        if (k > o && rel_is(s, k, "appos") && (upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN"))) {
            uint32_t j = o + 1;
            while (j < k && !upos_is(s, j, "PUNCT"))
                j++;
            if (j == k)
                return k;
        }
    }
    return s->n;
}

/* Nouns that name an act, with the verb whose patterns code it. */
static const char *const event_nouns[][2] = {
    {"request", "request"},     {"appeal", "appeal"},         {"demand", "demand"},
    {"attack", "attack"},       {"criticism", "criticize"},   {"threat", "threaten"},
    {"warning", "warn"},        {"offer", "offer"},           {"proposal", "propose"},
    {"complaint", "complain"},  {"accusation", "accuse"},     {"protest", "protest"},
    {"condemnation", "condemn"}, {"apology", "apologize"},    {"denial", "deny"},
    {"invitation", "invite"},   {"ultimatum", "demand"},      {"arrest", "arrest"},
    {"detention", "detain"},    {"killing", "kill"},          {"murder", "murder"},
    {"assassination", "assassinate"}, {"release", "release"}, {"bombing", "bomb"},
    {"shelling", "shell"},      {"invasion", "invade"},       {"expulsion", "expel"},
    {"deportation", "deport"},  {"execution", "execute"},     {"abduction", "abduct"},
    {"kidnapping", "kidnap"},   {"visit", "visit"},           {"prosecution", "prosecute"},
    {"investigation", "investigate"}, {"annexation", "annex"}, {NULL, NULL}};

/* The verb event noun `lemma` names ("criticism" -> "criticize"), or NULL. */
const char *dy__coder_event_noun_verb(const char *lemma)
{
    for (size_t i = 0; event_nouns[i][0]; i++)
        if (ieq(lemma, event_nouns[i][0]))
            return event_nouns[i][1];
    return NULL;
}

/*
 * Nominal events carried by a light verb: "Requests have come from X",
 * "The request was advanced by X", "The attack was launched by X".  The
 * subject of v is an event noun; v is "come" (active) or one of the
 * light verbs in the passive; the actor is v's "by" agent or "from"
 * phrase.  The event is coded by the verb the noun names, with the
 * noun's own "on/against/to/toward/with" phrase as its target.  Fills
 * p->vm and the source/target slots and returns 1; 0 when v is no such
 * construction.  Other uses of the nouns ("the Church's requests") are
 * no event of their own: a CAMEO coder codes the act of requesting.
 */
int dy__coder_nominal_event(struct coder *c, const struct sent *s, uint32_t v, struct pred *p)
{
    static const char *const light[] = {"make", "issue", "launch", "advance", "submit", "file",
                                        "lodge", "mount", "carry", "stage", "send", "receive",
                                        "put", "deliver", "extend", NULL};
    static const char *const noun_tgt[] = {"on", "against", "to", "toward", "towards", "with",
                                           NULL};
    const char *verb;
    uint32_t sj, actor = s->n, target = s->n;
    int passive = dy__coder_is_passive(s, v);
    struct dyad_verb_match vm;

    if (!upos_is(s, v, "VERB"))
        return 0;
    sj = dy__coder_subject_rel(s, v, passive ? "nsubj:pass" : "nsubj");
    if (sj == s->n || !upos_is(s, sj, "NOUN") || s->men_at[sj] >= 0)
        return 0;
    verb = dy__coder_event_noun_verb(lemma_of(s, sj));
    if (!verb || (passive ? !in_list(lemma_of(s, v), light) : !ieq(lemma_of(s, v), "come")))
        return 0;
    if (passive)
        actor = dy__coder_passive_agent(s, v);
    for (uint32_t k = s->first[v]; k != s->n && actor == s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if (rel_base(s, k, "obl") && cs && ieq(cs, "from"))
            actor = k;
    }
    if (actor == s->n)
        return 0;
    for (uint32_t k = s->first[sj]; k != s->n && target == s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if (rel_base(s, k, "nmod") && cs && in_list(cs, noun_tgt))
            target = k;
    }
    if (dyad_lexicon_match_verb(c->lx, verb, NULL, 0, NULL, 0, &vm) != DYAD_OK || !vm.code ||
        strcmp(vm.code, "---") == 0 || strcmp(vm.code, "###") == 0)
        return 0;
    p->vm = vm;
    p->vm.pattern = "event noun + light verb";
    p->slot[0] = actor;
    p->slot[1] = target;
    p->slot[2] = s->n;
    p->neg_cov = 0;
    p->nominal = 1;
    return 1;
}

/* The arguments of a nominal event (nominal_event): every "by" agent or
 * "from" phrase of v is a source ("Requests have come from X and from
 * Y"), the noun's own phrase the only target. */
void dy__coder_nominal_args(const struct sent *s, uint32_t v, const struct pred *p,
                            struct args *src, struct args *tgt)
{
    memset(src, 0, sizeof(*src));
    memset(tgt, 0, sizeof(*tgt));
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if (rel_base(s, k, "obl") && cs && (ieq(cs, "from") || ieq(cs, "by")))
            dy__coder_args_add_conj(s, src, k, "nominal event: by/from");
    }
    if (!src->n && p->slot[0] != s->n)
        dy__coder_args_add_conj(s, src, p->slot[0], "nominal event: by/from");
    if (p->slot[1] != s->n)
        dy__coder_args_add_conj(s, tgt, p->slot[1], "nominal event: the noun's target");
}
