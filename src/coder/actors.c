/*
 * actors.c - module coder: noun phrases resolved to actors.
 *
 * Turns an argument's noun phrase into an actor: a dictionary name, a
 * title with a name, a country with an agent, a metonym, or a pronoun or
 * short name linked to an actor named before it; remembers the actors
 * named for that coreference.
 */
#include "coder/coder_int.h"

/* ---- actors ------------------------------------------------------------- */

/*
 * The gender a person's name shows in its sentence, 'm', 'f' or 0: a title
 * right before the name ("Mr Key", "Queen Elizabeth", "Mrs. Paris") or a
 * gendered noun in apposition to it ("Valeska Paris, an Australian
 * woman").  last is the name's last token.  Dictionaries carry no first
 * names, so a name alone tells nothing.
 */
static char name_gender(const struct sent *s, uint32_t last)
{
    static const char *const male[] = {"mr", "mr.", "sir", "king", "prince", "lord", "man",
                                       "father", "son", "husband", "brother", "boy",
                                       "businessman", "congressman", "chairman", "spokesman",
                                       NULL};
    static const char *const female[] = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
                                         "queen", "princess", "woman", "mother", "daughter",
                                         "wife", "sister", "girl", "businesswoman",
                                         "congresswoman", "chairwoman", "spokeswoman", NULL};
    uint32_t first = last;

    if (last >= s->n)
        return 0;
    while (first > 0 && upos_is(s, first - 1, "PROPN") && !in_list(s->forms[first - 1], male) &&
           !in_list(s->forms[first - 1], female))
        first--;
    if (first > 0 && in_list(s->forms[first - 1], male))
        return 'm';
    if (first > 0 && in_list(s->forms[first - 1], female))
        return 'f';
    for (uint32_t k = last + 1; k < s->n && k <= last + 6; k++) {
        uint32_t hd = s->head[k];
        if (!rel_is(s, k, "appos") || hd >= s->n || hd < first || hd > last)
            continue;
        if (in_list(lemma_of(s, k), male))
            return 'm';
        if (in_list(lemma_of(s, k), female))
            return 'f';
    }
    return 0;
}

void dy__coder_remember(struct coder *c, const struct dyad_actor *a, const struct sent *s,
                        uint32_t last_tok, int person, int subject)
{
    struct named *nm = &c->named[c->nnamed % MAX_NAMED];

    char g = person ? name_gender(s, last_tok) : 0;

    for (size_t k = 0; person && !g && k < DY_MIN(c->nnamed, (size_t)MAX_NAMED); k++) {
        const struct named *e = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (e->person && e->gender && ieq(e->last, s->forms[last_tok]))
            g = e->gender; /* "Paris" again after "Ms Valeska Paris" */
    }
    nm->a = *a;
    nm->a.resolved = 0;
    nm->last = s->forms[last_tok];
    nm->person = person;
    nm->pos = s->base + last_tok;
    nm->subject = subject;
    nm->sent = s->index;
    nm->gender = g;
    c->nnamed++;
}

/* "he" resolved to nm: nm and every remembered mention of the same
 * person (same last word) are male from now on ("she": female). */
static void learn_gender(struct coder *c, const struct named *nm, char g)
{
    for (size_t k = 0; nm && g && k < DY_MIN(c->nnamed, (size_t)MAX_NAMED); k++) {
        struct named *e = &c->named[k];
        if (e->person && !e->gender && (e == nm || ieq(e->last, nm->last)))
            e->gender = g;
    }
}

/* Sentences back within which a person named as a subject (or a quote's
 * speaker) is preferred by "he"/"she" over a person named otherwise. */
#define SUBJECT_WINDOW 3

/*
 * For a pronoun at global token `before` of sentence `sent`: the latest
 * remembered actor of the wanted kind named before it in the text.
 * Arguments are resolved in tree order, so "Ethiopia indicated it ...,
 * a senior official said" has met the official first; the pronoun
 * cannot point forward.  "he"/"she" (want_person) prefer the last person
 * named as a subject or speaking in the last few sentences ("..., he
 * said" after "Klintsevich said ...", not "the Kim regime" he mentioned
 * since), else the last person named.  A name whose last word lies in
 * the global token range not_in (when given) is passed over.
 */
static const struct named *recall_before(const struct coder *c, int want_person, uint32_t sent,
                                         uint32_t before, char gender, const uint32_t *not_in)
{
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);
    const struct named *any = NULL;

    const struct named *latest = NULL, *latest_subj = NULL;

    for (size_t k = 0; k < n; k++) {
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (nm->person != want_person || !nm->a.code || nm->pos >= before ||
            (gender && nm->gender && nm->gender != gender) ||
            (not_in && nm->pos >= not_in[0] && nm->pos <= not_in[1]))
            continue;
        if (!want_person) {
            /* the one named last in the text (a sentence's actors are
             * remembered after its arguments, out of text order),
             * preferring one named as a subject in the last sentences,
             * as for people ("UAAR has launched a petition asking the
             * government ...  It is also encouraging ...") */
            if (!latest || nm->pos > latest->pos)
                latest = nm;
            if (nm->subject && sent != DYAD_SENT_TITLE && nm->sent != DYAD_SENT_TITLE &&
                nm->sent + SUBJECT_WINDOW >= sent && nm->sent < sent &&
                (!latest_subj || nm->pos > latest_subj->pos))
                latest_subj = nm;
            continue;
        }
        if (!any)
            any = nm;
        if (nm->subject && sent != DYAD_SENT_TITLE && nm->sent != DYAD_SENT_TITLE &&
            nm->sent + SUBJECT_WINDOW >= sent)
            return nm;
    }
    return want_person ? any : latest_subj ? latest_subj : latest;
}

/* "Merkel spoke with Putin and urged him to ...": an object "him", "her"
 * or "them" is never its own clause's subject (that would be "himself").  For
 * such a pronoun h, the global token range of the subject's phrase (the
 * subject of h's verb, or of the verb it is conjoined to or completes:
 * "agreed to freeze ... and ban them") in span[0..1];
 * 0 when h is no object or its clause has no subject. */
static int own_subject_span(struct sent *s, uint32_t h, uint32_t *span)
{
    uint32_t v = s->head[h], subj = s->n, lo, hi;

    if (!(ieq(s->forms[h], "him") || ieq(s->forms[h], "her") || ieq(s->forms[h], "them")) ||
        v >= s->n ||
        !(rel_is(s, h, "obj") || rel_is(s, h, "iobj")))
        return 0;
    for (int d = 0; d < MAX_CLIMB && v < s->n && subj == s->n; d++) {
        subj = child_rel(s, v, "nsubj");
        if (subj == s->n && !rel_is(s, v, "conj") && !rel_is(s, v, "xcomp"))
            return 0;
        v = s->head[v];
    }
    if (subj == s->n)
        return 0;
    dy__coder_mark_subtree(s, subj, NULL, &lo, &hi);
    span[0] = s->base + lo;
    span[1] = s->base + hi;
    return 1;
}

/* Pronoun h stands for r: r as h's resolution, named by h. */
static void stand_for(struct coder *c, const struct sent *s, uint32_t h, const struct np *r,
                      const char *why, struct np *out)
{
    *out = *r;
    out->a.span = tok_span(s, h, h);
    out->a.text = span_text(c, s, out->a.span);
    out->a.resolved = 1;
    out->why = why;
}

static void resolve_np_as(struct coder *c, struct sent *s, uint32_t h,
                          const struct mention *skip, struct np *out);

/* Pronoun h stands for the noun phrase headed by t when that is an
 * actor: out is it, named by h, and 1 is returned; else 0 and out is
 * left as it was. */
static int stands_for_actor(struct coder *c, struct sent *s, uint32_t h, uint32_t t,
                            const char *why, struct np *out)
{
    struct np r;

    resolve_np_as(c, s, t, NULL, &r);
    if (r.kind != NP_ACTOR)
        return 0;
    stand_for(c, s, h, &r, why, out);
    return 1;
}

/* Whether the country + role title right before a person's name ("German
 * Chancellor" DEUGOV) says what the person was when the story was
 * written, over the person's dated role of that country at the story's
 * date (Angela Merkel, DEUELI after her term): the text's title is the
 * evidence of the time of the events it tells. */
static int title_says_more(const struct mention *title, const struct mention *person)
{
    return title->kind == DYAD_LEX_ACTOR && strlen(title->code) > 3 && person->code[0] &&
           person->actor_kind && strcmp(person->actor_kind, "person") == 0 &&
           strncmp(title->code, person->code, 3) == 0 && strcmp(title->code, person->code) != 0;
}

/* The head of the last person's name (a people dictionary entry) that
 * ends before h in its sentence, outside the global token range not_in,
 * or n. */
static uint32_t person_before(const struct sent *s, uint32_t h, const uint32_t *not_in)
{
    uint32_t best = s->n;

    for (size_t k = 0; k < s->nmen; k++) {
        const struct mention *m = &s->men[k];
        uint32_t last = m->start + m->len - 1;
        if (last >= h || !m->actor_kind || strcmp(m->actor_kind, "person") != 0 ||
            (s->base + last >= not_in[0] && s->base + last <= not_in[1]))
            continue;
        best = dy__coder_mention_head(s, m);
    }
    return best;
}

/* Latest remembered actor that fits: person or not, or a surname. */
static const struct named *recall(const struct coder *c, int want_person, const char *surname)
{
    /* name particles are no surnames: "Al-Sharq" is not "Abdullah al-Ani" */
    static const char *const particles[] = {"al", "el", "bin", "ibn", "abu", "bint", "de",
                                            "da", "di", "du", "van", "von", "le", "la", NULL};
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);

    if (surname && in_list(surname, particles))
        return NULL;

    for (size_t k = 0; k < n; k++) {
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (surname) {
            if (nm->person && ieq(nm->last, surname))
                return nm;
        } else if (want_person < 0 || nm->person == want_person) {
            if (nm->a.code)
                return nm;
        }
    }
    return NULL;
}

/* Latest person remembered under the full name `text` (ending in
 * `surname`) before global token `before`. */
static const struct named *recall_full_name(const struct coder *c, const char *surname,
                                            const char *text, uint32_t before)
{
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);

    for (size_t k = 0; k < n; k++) {
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (nm->person && nm->pos < before && ieq(nm->last, surname) && nm->a.text &&
            ieq(nm->a.text, text))
            return nm;
    }
    return NULL;
}

/*
 * For a definite agent noun h ("the Church", "the government") with no
 * other modifier: the latest remembered non-person actor coded with a
 * country or organisation whose name has that word, or NULL.
 */
/* Whether noun h has "the" and no other modifier ("the Church", not
 * "the church in Sydney" nor "the Catholic church"). */
static int bare_definite(const struct sent *s, uint32_t h)
{
    int the = 0;

    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "det") && ieq(s->forms[k], "the"))
            the = 1;
        else if (!rel_is(s, k, "punct") && !rel_is(s, k, "case"))
            return 0;
    }
    return the;
}

static const struct named *recall_word(const struct coder *c, const char *w);

static const struct named *recall_noun(const struct coder *c, const struct sent *s, uint32_t h)
{
    if (!bare_definite(s, h))
        return NULL;
    return recall_word(c, s->forms[h]);
}

/* Whether text t has the word w (case folded). */
static int has_word(const char *t, const char *w, size_t wl)
{
    for (const char *p = t; *p; p++)
        if ((p == t || p[-1] == ' ') && ieqn(p, w, wl) && (p[wl] == '\0' || p[wl] == ' '))
            return 1;
    return 0;
}

/* The remembered non-person actor with a country and an agent whose name
 * has the word w, or NULL: of several ("the Afghan team" named four
 * times, then "the European team" once), the one named most often, the
 * latest on a tie -- "team member X" and "the team" are the story's
 * team, not the last one it mentioned in passing. */
static const struct named *recall_word(const struct coder *c, const char *w)
{
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);
    size_t wl = strlen(w), nm_n = 0, best = 0, best_count = 0;
    const struct named *match[MAX_NAMED] = {NULL};

    if (!wl)
        return NULL;
    for (size_t k = 0; k < n; k++) { /* the latest first */
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (!nm->person && nm->a.code && nm->a.text && strlen(nm->a.code) >= 6 &&
            nm->a.country && has_word(nm->a.text, w, wl))
            match[nm_n++] = nm;
    }
    for (size_t i = 0; i < nm_n; i++) {
        size_t count = 0;
        for (size_t j = 0; j < nm_n; j++)
            count += strcmp(match[i]->a.code, match[j]->a.code) == 0;
        if (count > best_count) {
            best = i;
            best_count = count;
        }
    }
    return nm_n ? match[best] : NULL;
}

int dy__coder_names_group(const struct coder *c, const struct sent *s, uint32_t h)
{
    return recall_noun(c, s, h) != NULL;
}

/*
 * "the South", "the north" for a country whose name is that half ("South
 * Korea", "North Korea", "South Sudan"), named before in the document:
 * the latest such country remembered, or NULL.
 */
static const struct named *recall_half(const struct coder *c, const struct sent *s, uint32_t h)
{
    static const char *const halves[] = {"north", "south", NULL};
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);
    const char *w = s->forms[h];
    size_t wl = strlen(w);

    if (!in_list(w, halves) || !bare_definite(s, h))
        return NULL;
    for (size_t k = 0; k < n; k++) {
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        const char *t = nm->a.text;
        if (nm->person || !nm->a.code || !nm->a.country || !t)
            continue;
        if (strncmp(t, "the ", 4) == 0 || strncmp(t, "The ", 4) == 0)
            t += 4;
        if (ieqn(t, w, wl) && t[wl] == ' ' && !strchr(t + wl + 1, ' '))
            return nm;
    }
    return NULL;
}

/*
 * "both countries", "the two nations", "both sides", "both governments": the two
 * countries named last before the phrase (non-person actors remembered,
 * by their country), as the compound code "A/B" (each an actor of its
 * own, like "North and South Korea"); "governments" gives each
 * country's GOV.  "the two leaders", "both presidents": the two people of
 * different countries named last, with their own codes.  Returns 1 when
 * out was filled.
 */
static int both_countries(struct coder *c, const struct sent *s, uint32_t h, struct np *out)
{
    static const char *const heads[] = {"country", "nation", "government", "side", NULL};
    static const char *const people[] = {"leader", "president", "minister", "premier",
                                         "counterpart", "head", NULL};
    size_t n = DY_MIN(c->nnamed, (size_t)MAX_NAMED);
    const struct named *pick[2] = {NULL, NULL};
    const char *code[2];
    uint32_t lo = h, clause = s->n, subj = s->n;
    int both = 0, persons = 0;
    char *joined;
    size_t len;

    if (s->title || !upos_is(s, h, "NOUN") ||
        !(in_list(lemma_of(s, h), heads) || (persons = in_list(lemma_of(s, h), people))) ||
        ieq(s->forms[h], lemma_of(s, h)))
        return 0;
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        if ((rel_is(s, k, "det") || rel_is(s, k, "cc:preconj")) && ieq(s->forms[k], "both"))
            both = 1;
        else if (rel_is(s, k, "nummod") && ieq(s->forms[k], "two"))
            both = 1;
        else if (!rel_is(s, k, "det") && !rel_is(s, k, "case") && !rel_is(s, k, "punct"))
            return 0; /* "both countries' leaders" is not about this */
        if (both && k < lo)
            lo = k;
    }
    if (!both)
        return 0;
    /* the clause's own subject is not one of "both" ("The United States
     * urged both sides to show restraint": not the US and Israel) */
    for (uint32_t k = h; k < s->n && !upos_is(s, k, "VERB"); k = s->head[k])
        clause = s->head[k];
    if (clause < s->n)
        subj = dy__coder_subject_rel(s, clause, "nsubj");
    for (size_t k = 0; k < n; k++) {
        const struct named *nm = &c->named[(c->nnamed - 1 - k) % MAX_NAMED];
        if (subj < s->n && nm->pos >= s->base && nm->pos < s->base + s->n &&
            in_subtree(s, nm->pos - s->base, subj))
            continue;
        /* people: only those of this sentence and the one before ("X
         * met Y ...; the two leaders agreed"), not a leader met long ago */
        if (nm->person != persons || !nm->a.code || !nm->a.country ||
            strchr(nm->a.code, '/') || nm->pos >= s->base + h ||
            (persons && nm->sent + 1 < s->index))
            continue;
        if (!pick[0] || nm->pos > pick[0]->pos) {
            if (pick[0] && strcmp(pick[0]->a.country, nm->a.country) != 0)
                pick[1] = pick[0];
            else if (pick[1] && strcmp(pick[1]->a.country, nm->a.country) == 0)
                pick[1] = NULL;
            pick[0] = nm;
        } else if (strcmp(pick[0]->a.country, nm->a.country) != 0 &&
                   (!pick[1] || nm->pos > pick[1]->pos)) {
            pick[1] = nm;
        }
    }
    if (!pick[1])
        return 0;
    /* a person this sentence names before the phrase that is not one of
     * the two (a name the parse lost: "Abe spoke with President Moon
     * Jae-in ..., and the two leaders agreed"): do not guess */
    for (size_t k = 0; persons && k < s->nmen; k++) {
        const struct mention *m = &s->men[k];
        uint32_t last = m->start + m->len - 1;
        if (m->actor_kind && strcmp(m->actor_kind, "person") == 0 && last < h &&
            s->base + last != pick[0]->pos && s->base + last != pick[1]->pos &&
            /* (one of the two remembered at its title: "Brazilian
             * President Luiz Inacio Lula da Silva") */
            strcmp(m->code, pick[0]->a.code) != 0 && strcmp(m->code, pick[1]->a.code) != 0)
            return 0;
    }
    for (int i = 0; i < 2; i++)
        code[i] = persons ? pick[1 - i]->a.code
                  : ieq(lemma_of(s, h), "government")
                      ? dy__coder_join_code(c, pick[1 - i]->a.country, "GOV")
                      : pick[1 - i]->a.country;
    if (!code[0] || !code[1])
        return 0;
    len = strlen(code[0]) + strlen(code[1]) + 2;
    joined = dy_arena_alloc(c->arena, len);
    if (!joined)
        return 0;
    dy_snprintf(joined, len, "%s/%s", code[0], code[1]);
    out->kind = NP_ACTOR;
    out->a.span = tok_span(s, lo, h);
    out->a.text = span_text(c, s, out->a.span);
    out->a.code = joined;
    out->a.resolved = 1;
    dy__coder_split_code(c, &out->a);
    out->why = persons ? "the two leaders -> the two people of two countries named last"
                       : "both countries -> the two countries named last";
    return 1;
}

/*
 * For a role noun h ("member", "captain", "spokeswoman") with a bare
 * compound noun before it ("team member"): the latest remembered group
 * whose name has that noun ("the all-girl Afghan team" -> AFGCVL), or
 * NULL.
 */
static const struct named *member_of_named(const struct coder *c, const struct sent *s, uint32_t h)
{
    static const char *const roles[] = {"member", "captain", "leader", "spokesman",
                                        "spokeswoman", "spokesperson", "coach", "head", NULL};

    if (!in_list(lemma_of(s, h), roles))
        return NULL;
    for (uint32_t k = s->first[h]; k != s->n && k < h; k = s->next[k])
        if (rel_is(s, k, "compound") && upos_is(s, k, "NOUN") && k + 1 == h &&
            s->first[k] == s->n)
            return recall_word(c, s->forms[k]);
    return NULL;
}

const char *const dy__coder_np_skip[] = {"acl", "conj", "cc", "punct", "parataxis", "advcl",
                                      "ccomp", "dep", "list", "orphan", NULL};

/* The name chunk around head h: h plus adjacent flat/compound PROPN. */
static void name_chunk(const struct sent *s, uint32_t h, uint32_t *lo, uint32_t *hi)
{
    *lo = *hi = h;
    while (*lo > 0 && upos_is(s, *lo - 1, "PROPN") &&
           (s->head[*lo - 1] == h || s->head[*lo - 1] == *lo) &&
           (rel_base(s, *lo - 1, "flat") || rel_is(s, *lo - 1, "compound")))
        (*lo)--;
    while (*hi + 1 < s->n && upos_is(s, *hi + 1, "PROPN") && s->head[*hi + 1] == h &&
           rel_base(s, *hi + 1, "flat"))
        (*hi)++;
}

/* out is the earlier actor nm named again at tokens lo..hi ("he",
 * "Lavrov", "the South"): its code, kind and person, this text. */
static void np_from_named(struct coder *c, const struct sent *s, const struct named *nm,
                          uint32_t lo, uint32_t hi, const char *why, struct np *out)
{
    out->kind = nm->a.code ? NP_ACTOR : NP_UNKNOWN;
    out->a = nm->a;
    out->a.span = tok_span(s, lo, hi);
    out->a.text = span_text(c, s, out->a.span);
    out->a.resolved = 1;
    out->person = nm->person;
    out->ante = nm;
    out->why = why;
}

/* out keeps its own text but takes the code of the earlier actor nm. */
static void code_from_named(struct coder *c, const struct named *nm, const char *why,
                            struct np *out)
{
    out->a.code = nm->a.code;
    out->a.where = nm->a.where;
    out->a.resolved = 1;
    out->ante = nm;
    dy__coder_split_code(c, &out->a);
    out->why = why;
}

static void np_from_mention(struct coder *c, const struct sent *s, const struct mention *m,
                            struct np *out)
{
    out->kind = NP_ACTOR;
    out->a.span = tok_span(s, m->start, m->start + m->len - 1);
    out->a.text = span_text(c, s, out->a.span);
    out->a.code = m->code;
    out->a.where = m->where;
    out->person = m->actor_kind && strcmp(m->actor_kind, "person") == 0;
    out->kindless = !m->actor_kind || strcmp(m->actor_kind, "actor") == 0;
    out->place = is_place(m);
    out->city_seat = m->actor_kind && strcmp(m->actor_kind, "seat") == 0 &&
                     upos_is(s, m->start, "PROPN") &&
                     !(m->start > 0 && ieq(s->forms[m->start - 1], "the"));
    dy__coder_split_code(c, &out->a);
}

/* Agent code of mention m ("LEG") joined to the country of actor code
 * `country` ("RUS..."). */
const char *dy__coder_join_code(struct coder *c, const char *country, const char *agent)
{
    char buf[DYAD_LEX_CODE_MAX];

    static const char *const nonstate[] = {"IGO", "NGO", "MNC", "IMG", "UIS", NULL};
    char three[4];

    if (!country || strlen(country) < 3)
        return agent;
    memcpy(three, country, 3);
    three[3] = '\0';
    if (in_list(three, nonstate))
        return country; /* "U.N. Ambassador": the organisation's code */
    dy_snprintf(buf, sizeof(buf), "%.3s%s", country, agent);
    return acstr(c, buf);
}

/* A speech verb (speech_verbs, with the other verb lists below). */

/* The subject of the speech verb whose complement h is the subject of
 * ("Moscow said it ..."), or n. */
static uint32_t reporting_subject(const struct sent *s, uint32_t h)
{
    uint32_t v = s->head[h], top, p;

    if (v >= s->n || !(rel_is(s, h, "nsubj") || rel_is(s, h, "nsubj:pass")))
        return s->n;
    for (int step = 0; step < MAX_CLIMB && rel_is(s, v, "conj") && s->head[v] < s->n; step++)
        v = s->head[v];
    top = v;
    p = s->head[top];
    if (p >= s->n || !rel_is(s, top, "ccomp") || !dy__coder_is_speech_lemma(lemma_of(s, p)))
        return s->n;
    return child_rel(s, p, "nsubj");
}

/*
 * The subject of a clause above pronoun h's own, before h: a common noun,
 * or with `names` a proper noun too.  Without names: for a pronoun with
 * nobody named before it ("a defector ... was persuaded to travel to a
 * building, where he was interrogated" -> the defector; proper names are
 * remembered and found by recall_before already).  With names: whom "he"
 * or what "it" may stand for ("Columbia was lost when it ...").  Or n.
 */
static uint32_t subject_above(const struct sent *s, uint32_t h, int names)
{
    uint32_t cur = s->head[h];

    for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
        uint32_t sj = dy__coder_subject_rel(s, cur, "nsubj");
        if (sj == s->n)
            sj = dy__coder_subject_rel(s, cur, "nsubj:pass");
        if (step > 0 && sj < h && (upos_is(s, sj, "NOUN") || (names && upos_is(s, sj, "PROPN"))))
            return sj;
        cur = s->head[cur];
    }
    return s->n;
}

/* For an object pronoun h of verb v whose subject is a relative of a
 * named person ("Thomas' sister pleaded with him"): that person's name
 * (the subject's possessor), or n. */
static uint32_t kin_possessor(const struct sent *s, uint32_t h)
{
    static const char *const kin[] = {"sister", "brother", "wife", "husband", "mother",
                                      "father", "son", "daughter", "family", "parent",
                                      "lawyer", "spokesman", "spokeswoman", "aide", NULL};
    uint32_t v = s->head[h], sj, p;

    if (v >= s->n || rel_is(s, h, "nsubj") || !upos_is(s, v, "VERB"))
        return s->n;
    sj = dy__coder_subject_rel(s, v, "nsubj");
    if (sj == s->n || sj > h || !in_list(lemma_of(s, sj), kin))
        return s->n;
    p = child_rel(s, sj, "nmod:poss");
    return p < s->n && upos_is(s, p, "PROPN") ? p : s->n;
}

/* The subject of the speech verb whose complement clause holds token h
 * (in any role: "claims the Church imprisoned her"), or n. */
static uint32_t speaker_above(const struct sent *s, uint32_t h)
{
    uint32_t cur = s->head[h];

    for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
        uint32_t p = s->head[cur];
        if (p >= s->n)
            return s->n;
        if (rel_is(s, cur, "ccomp") && dy__coder_is_speech_lemma(lemma_of(s, p)))
            return child_rel(s, p, "nsubj");
        if (!rel_is(s, cur, "conj") && !rel_is(s, cur, "xcomp") && !rel_is(s, cur, "ccomp"))
            return s->n;
        cur = p;
    }
    return s->n;
}

/* "The UN envoy, Hans Grundberg, urged restraint and said he would
 * travel to Muscat": he or she as the subject of what a person says is
 * the person saying it, before anyone remembered from earlier sentences
 * (a sentence's own actors are remembered only after it).  The speaker
 * is the speech verb's subject, or that of the verb it is conjoined to,
 * and must be a person: a known name, or a singular title or role noun
 * ("the minister", "the envoy"), not an organisation or a country. */
static int reporting_person(struct coder *c, struct sent *s, uint32_t h, struct np *out)
{
    static const char *const roles[] = {
        "president", "minister",   "premier",      "chancellor", "king",       "queen",
        "prince",    "leader",     "chief",        "head",       "spokesman",  "spokeswoman",
        "spokesperson", "ambassador", "secretary", "governor",   "mayor",      "senator",
        "general",   "commander",  "judge",        "director",   "chairman",   "chairwoman",
        "envoy",     "official",   "diplomat",     "negotiator", "mediator",   "representative",
        "commissioner", "officer", "lawmaker",     "legislator", "politician", NULL};
    uint32_t cur = s->head[h], sp = s->n;
    struct np r;

    if (!rel_is(s, h, "nsubj") && !rel_is(s, h, "nsubj:pass"))
        return 0;
    for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
        uint32_t p = s->head[cur];
        if (p >= s->n)
            return 0;
        if (rel_is(s, cur, "ccomp") && dy__coder_is_speech_lemma(lemma_of(s, p))) {
            while ((sp = child_rel(s, p, "nsubj")) == s->n && rel_is(s, p, "conj") &&
                   s->head[p] < s->n)
                p = s->head[p];
            break;
        }
        if (!rel_is(s, cur, "conj") && !rel_is(s, cur, "xcomp") && !rel_is(s, cur, "ccomp"))
            return 0;
        cur = p;
    }
    if (sp >= s->n || upos_is(s, sp, "PRON") || has_feat(s, sp, "Number=Plur"))
        return 0;
    resolve_np_as(c, s, sp, NULL, &r);
    if (r.kind != NP_ACTOR || r.place || !(r.person || in_list(lemma_of(s, sp), roles)))
        return 0;
    stand_for(c, s, h, &r, "he/she -> the person whose speech the clause is", out);
    return 1;
}

/* join_code with the agent of mention `ag`, in the order the agent's
 * entry asks for ("MSF Arnor" with MSF [NGO~]: NGOARN). */
static const char *join_mention(struct coder *c, const char *country, const struct mention *ag)
{
    char buf[DYAD_LEX_CODE_MAX];

    if (!(ag->flags & DYAD_LEX_AGENT_FIRST) || !country || strlen(country) < 3)
        return dy__coder_join_code(c, country, ag->code);
    /* "human rights activists Amnesty International": an agent-first
     * agent (TABARI "NGM~") on an actor that already is that agent is
     * the actor (NGM, not NGMNGM) */
    if (ag->code[0] && strncmp(country, ag->code, strlen(ag->code)) == 0)
        return country;
    dy_snprintf(buf, sizeof(buf), "%s%.3s", ag->code, country);
    return acstr(c, buf);
}

/*
 * Resolves the noun phrase headed by h.  Rules, in order: a dictionary
 * actor covering the head; an agent at the head (or a title before an
 * unknown name) combined with a country found in the phrase or its
 * apposition; a pronoun or short name linked to an earlier actor; an
 * actor anywhere in the phrase's nominal modifiers; an unknown name.
 */
/* Whether the name ending at token t names a paper or a station
 * ("Freedom Magazine", "the Kyiv Post", "Radio Free Asia" ends otherwise). */
static int media_name(const struct sent *s, uint32_t t)
{
    static const char *const media[] = {"magazine", "newspaper", "times", "post", "journal",
                                        "herald", "gazette", "tribune", "daily", "chronicle",
                                        "telegraph", "radio", "television", "tv", "news", NULL};

    return t < s->n && upos_is(s, t, "PROPN") && in_list(s->forms[t], media);
}

/* A spokesman, representative, official or lawyer "for"/"of" an actor
 * that has a sector speaks as that actor: "a representative for the LA
 * Sheriff's office" is COP (USACOP with the country), not LEG; "a
 * spokesman for the Indonesian military" IDNMIL; "Scientology officials"
 * and "an attorney for Scientology" USANRM (not USAJUD: a lawyer for a
 * party is no court), "Hamas officials" and "Hamas leaders" PSEREBHMS
 * (not PSEGOV).  The code, or NULL when title is no such proxy or the
 * phrase (mark st) names no sector after it. */
static const char *spoken_for(struct coder *c, const struct sent *s, uint32_t st,
                              const struct mention *title, const struct mention *actor)
{
    static const char *const proxies[] = {"spokesman", "spokeswoman", "spokesperson",
                                          "representative", "official", "lawyer", "attorney",
                                          "counsel", NULL};
    uint32_t last;
    int full = actor && actor->code[0] && strlen(actor->code) >= 6 && !strchr(actor->code, '/');

    if (!title || title->kind != DYAD_LEX_AGENT)
        return NULL;
    last = title->start + title->len - 1;
    /* "a senior Hezbollah commander", "Taliban fighters": the fighters
     * and commanders of an armed group are the group (LBNREBHEZ, not the
     * country's army) */
    if (last < s->n && strcmp(title->code, "MIL") == 0 && actor && strlen(actor->code) >= 6 &&
        !strchr(actor->code, '/') &&
        (strncmp(actor->code + 3, "REB", 3) == 0 || strncmp(actor->code + 3, "INS", 3) == 0))
        return actor->code;
    /* "Hamas leaders", "the leader of Hamas": the group, whose code
     * already says what it is */
    if (last < s->n && full && ieq(lemma_of(s, last), "leader"))
        return actor->code;
    if (last >= s->n || !in_list(lemma_of(s, last), proxies))
        return NULL;
    if (full)
        return actor->code; /* "Hamas officials", "a spokesman for the army" */
    for (size_t k = 0; k < s->nmen; k++) {
        const struct mention *g = &s->men[k];
        if (g != title && g->kind == DYAD_LEX_AGENT && g->code[0] && g->start > last &&
            s->mark[g->start] == st)
            return dy__coder_join_code(c, actor && actor->start > title->start ? actor->code : NULL,
                                       g->code);
    }
    return NULL;
}

/* Nouns for what an actor does or decides ("a policy of ..."). */
const char *const dy__coder_act_nouns[] = {"policy", "decision", "move", "plan", "law", "measure",
                                        "ban", "practice", "crackdown", "programme", "program",
                                        "campaign", "strategy", "stance", NULL};

/* What an actor says or rules ("the court's ruling"). */
static const char *const said_nouns[] = {"ruling", "judgement", "judgment", "sentence",
                                         "verdict", "statement", "request", "proposal",
                                         "order", "demand", "claim", "allegation", "action",
                                         "response", "conduct", "behaviour", "behavior", NULL};

/* Last token of mention m (clamped to the sentence). */
static uint32_t mention_end(const struct sent *s, const struct mention *m)
{
    uint32_t t = m->start + m->len - 1;

    return t < s->n ? t : s->n - 1;
}

/*
 * Whether agent mention m can take the country of actor mention a in
 * h's phrase: m is h, or joined to h by compounds, modifiers and "of"
 * or "including" phrases ("thousands of demonstrators in Tbilisi"), or
 * a is inside the same prepositional phrase ("ties with Gondor's
 * government radio").  An agent behind a preposition of another party
 * ("on", "against", ...), away from the actor, is that other party
 * ("China's crackdown on protesters": China's, not the protesters').
 */
static int agent_of_head(const struct sent *s, const struct mention *m,
                         const struct mention *a, uint32_t h)
{
    static const char *const other_party[] = {"on", "against", "with", "to", "toward", "towards",
                                              "over", "at", "by", "for", "into", "upon", NULL};
    uint32_t t = mention_end(s, m), p = s->n;

    for (int step = 0; step < MAX_CLIMB && t < s->n && t != h; step++, t = s->head[t]) {
        const char *cs = case_of(s, t);
        if (rel_base(s, t, "nmod") && cs && in_list(cs, other_party)) {
            p = t;
            break;
        }
    }
    if (p == s->n)
        return 1;
    /* the agent's prepositional phrase holds the actor too */
    t = mention_end(s, a);
    for (int step = 0; step < MAX_CLIMB && t < s->n && t != h; step++, t = s->head[t])
        if (t == p)
            return 1;
    return 0;
}

/* The nearest `appos` on the way from t up to (not including) h, or n. */
static uint32_t appos_below(const struct sent *s, uint32_t h, uint32_t t)
{
    for (int step = 0; step < MAX_CLIMB && t < s->n && t != h; step++, t = s->head[t])
        if (rel_base(s, t, "appos"))
            return t;
    return s->n;
}

/*
 * Do tokens a and b of h's phrase belong to the same apposition (or
 * both to none)?  "ties with Osgiliath after a rift, the official news
 * agency" with the agency parsed as an apposition of the rift: the
 * agency's "official" says nothing of Osgiliath, which is outside it.
 */
static int same_apposition(const struct sent *s, uint32_t h, uint32_t a, uint32_t b)
{
    uint32_t pa = appos_below(s, h, a);

    if (pa == s->n)
        return 1;
    for (int step = 0; step < MAX_CLIMB && b < s->n && b != h; step++, b = s->head[b])
        if (b == pa)
            return 1;
    return 0;
}

/*
 * Whether actor mention m is what a critic or opponent in the phrase
 * headed by h is against ("critics of Scientology", "the
 * Scientology-critic site"), or what an act is aimed at ("the attack on
 * the Russian embassy killed two people"): the phrase is not that actor.
 */
static int criticised(const struct sent *s, const struct mention *m, uint32_t h)
{
    static const char *const against[] = {"critic", "critics", "opponent", "opponents",
                                          "enemy", "enemies", "foe", "foes", "detractor",
                                          "detractors", NULL};
    uint32_t t = m->start + m->len - 1, hd;

    for (int step = 0; step < 3 && t < s->n && t != h; step++) {
        hd = s->head[t];
        if (hd >= s->n)
            return 0;
        if (in_list(lemma_of(s, hd), against) || in_list(s->forms[hd], against))
            return 1; /* the form too: a tagger may leave "Critics" unlemmatised */
        if (step == 0 && dy__coder_event_noun_verb(lemma_of(s, hd)) && case_of(s, t) &&
            (ieq(case_of(s, t), "on") || ieq(case_of(s, t), "against")))
            return 1; /* "the attack on the embassy": its target */
        t = hd;
    }
    return 0;
}

/* Mention m in a "to", "toward" or "against" phrase of name h names
 * another party, not who h is ("said Bolden to the gathered crowd"
 * parsed with the crowd on the name: Bolden is no crowd).  Other nouns'
 * such phrases may be what they stand for ("an embargo against the
 * police"). */
static int other_party(const struct sent *s, const struct mention *m, uint32_t h)
{
    static const char *const towards[] = {"to", "toward", "towards", "against", NULL};

    if (!upos_is(s, h, "PROPN"))
        return 0;
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k])
        if (k > h && rel_base(s, k, "nmod") && case_of(s, k) &&
            in_list(case_of(s, k), towards) && in_subtree(s, m->start, k))
            return 1;
    return 0;
}

/* "A told B (that) he would help him": in the clause a speech verb
 * reports, a personal subject pronoun and a personal object pronoun are
 * two people (him is not himself): the subject is the speaker, the object
 * the one told.  Returns the word h stands for (the speaker's noun, the
 * head of a "who" clause, the addressee), or n. */
static uint32_t told_binding(const struct sent *s, uint32_t h)
{
    static const char *const subj_pron[] = {"he", "she", NULL};
    static const char *const obj_pron[] = {"him", "her", NULL};
    uint32_t x = s->head[h], sv, sj = s->n, ob = s->n, spk, to;

    if (x >= s->n || !rel_is(s, x, "ccomp") || (sv = s->head[x]) >= s->n ||
        !dy__coder_is_speech_lemma(lemma_of(s, sv)))
        return s->n;
    for (uint32_t k = s->first[x]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "nsubj") && in_list(s->forms[k], subj_pron))
            sj = k;
        else if (rel_is(s, k, "obj") && in_list(s->forms[k], obj_pron))
            ob = k;
    }
    to = child_rel(s, sv, "iobj");
    if (to == s->n)
        to = child_rel(s, sv, "obj");
    spk = child_rel(s, sv, "nsubj");
    if (spk < s->n && dy__coder_is_relpron(s, spk) && rel_is(s, sv, "acl:relcl"))
        spk = s->head[sv];
    if (sj == s->n || ob == s->n || to == s->n || spk >= s->n || upos_is(s, spk, "PRON") ||
        upos_is(s, to, "PRON"))
        return s->n;
    return h == sj ? spk : h == ob ? to : s->n;
}

/* "former members of Scientology", "ex-employees of the ministry": a
 * member noun marked as former (not "former officials": an official
 * who left office is an elite, as the dictionaries code him). */
/* Whether noun h has "former" or "ex" as a modifier before it. */
static int former_marked(const struct sent *s, uint32_t h)
{
    for (uint32_t k = h < s->n ? s->first[h] : s->n; k != s->n; k = s->next[k])
        if (k < h && rel_base(s, k, "amod") && (ieq(s->forms[k], "former") || ieq(s->forms[k], "ex")))
            return 1;
    return 0;
}

static int former_member(const struct sent *s, uint32_t h)
{
    static const char *const members[] = {"member", "employee", "staff", "staffer",
                                          "follower", "volunteer", "adherent", NULL};

    return in_list(lemma_of(s, h), members) && former_marked(s, h);
}

/* Whether h is a full personal name no dictionary knows (first name and
 * surname, "Matthew Ingram") with actor mention m hung on it by "of":
 * "Matthew Ingram of The Globe and Mail" is a person of that body (not
 * "Bank of America": one word, no person's name). */
static int named_person_of(const struct sent *s, uint32_t h, const struct mention *m)
{
    uint32_t lo, hi, t = dy__coder_mention_head(s, m);

    if (!upos_is(s, h, "PROPN") || s->men_at[h] >= 0 || t >= s->n || s->head[t] != h ||
        !rel_base(s, t, "nmod") || !case_of(s, t) || !ieq(case_of(s, t), "of"))
        return 0;
    name_chunk(s, h, &lo, &hi);
    for (uint32_t k = lo; k <= hi; k++)
        if (s->men_at[k] >= 0)
            return 0;
    return hi > lo;
}

/* out becomes the actor `code` (from dictionary line `where`), found by
 * the rule `why`. */
static void np_coded(struct coder *c, struct np *out, const char *code, const char *where,
                     const char *why)
{
    out->kind = NP_ACTOR;
    out->a.code = code;
    out->a.where = where;
    dy__coder_split_code(c, &out->a);
    out->why = why;
}

/* An agent word used as an adjective of a noun that names a kind of act
 * or relation ("military aid", "military drills", "official visit"): no
 * actor.  "A military convoy", "military positions" belong to the
 * military and keep it. */
static int kind_adjective(const struct sent *s, const struct mention *m)
{
    static const char *const kinds[] = {
        "aid", "assistance", "help", "support", "operation", "drill", "exercise",
        "cooperation", "tie", "relation", "spending", "budget", "action", "intervention",
        "deal", "pact", "agreement", "talk", "option", "solution", "power", "capability",
        "might", "visit", "statement", "reaction", "response", "buildup", "build-up",
        "presence", "threat", "pressure", "role", "strategy", "policy", "doctrine",
        "technology", "equipment", "hardware", "expenditure", "training", NULL};
    uint32_t n;

    if (m->len != 1 || !(upos_is(s, m->start, "ADJ") || rel_is(s, m->start, "compound")))
        return 0;   /* "military aid", "military-to-military talks" */
    n = s->head[m->start];
    return n < s->n && (rel_is(s, m->start, "amod") || rel_is(s, m->start, "compound")) &&
           in_list(lemma_of(s, n), kinds);
}

/* Nouns of a group or its leading people, which take the code of the
 * agent that names them ("leaders of the opposition"). */
static const char *const group_nouns[] = {"leader", "leadership", "member", "head", "chief",
                                          "coalition", "alliance", "bloc", "faction", "wing",
                                          "movement", "camp", "ranks", "figure", "spokesman",
                                          "spokeswoman", "spokesperson", NULL};

/* "thousands of supporters of X", "hundreds of thousands of people": the
 * noun a number or group word counts (its "of" modifier, through counts
 * of counts), else h. */
static uint32_t counted_noun(const struct sent *s, uint32_t h)
{
    static const char *const counts[] = {"thousand", "hundred", "dozen", "million", "score",
                                         "group", "crowd", "number", "band", NULL};

    /* "hundreds of thousands of people": counts of counts */
    for (int step = 0; step < 3 && in_list(lemma_of(s, h), counts); step++) {
        uint32_t of = s->n;
        for (uint32_t k = s->first[h]; k != s->n && of == s->n; k = s->next[k])
            if (rel_base(s, k, "nmod") && case_of(s, k) && ieq(case_of(s, k), "of"))
                of = k;
        if (of == s->n)
            break;
        h = of;
    }
    return h;
}

/* Whether noun t or a modifier of it before it (a compound, adjective
 * or possessor: "opposition supporters") is a dictionary phrase. */
static int known_phrase(const struct sent *s, uint32_t t)
{
    if (s->men_at[t] >= 0)
        return 1;
    for (uint32_t k = s->first[t]; k != s->n && k < t; k = s->next[k])
        if (s->men_at[k] >= 0 && (rel_is(s, k, "compound") || rel_is(s, k, "amod") ||
                                  rel_is(s, k, "nmod:poss")))
            return 1;
    return 0;
}

/* Mention m is hung on its noun as where it is ("in Tbilisi"). */
int dy__coder_location_of(const struct sent *s, const struct mention *m)
{
    static const char *const where[] = {"in", "at", "near", "inside", "outside", NULL};
    uint32_t t = dy__coder_mention_head(s, m);
    const char *cs;

    /* "in Russia's capital": the place the possessive belongs to */
    for (int step = 0; step < MAX_CLIMB && t < s->n && s->head[t] < s->n &&
                       (rel_is(s, t, "nmod:poss") || rel_is(s, t, "compound"));
         step++)
        t = s->head[t];
    cs = t < s->n ? case_of(s, t) : NULL;
    return cs && in_list(cs, where);
}

static void possessed_agent(struct coder *c, struct sent *s, uint32_t h, struct np *out);

/* "told reporters in Minsk": the press where one speaks is no press of
 * that country (foreign correspondents travel with the speaker). */
static int press_at_place(const struct sent *s, const struct mention *agent,
                          const struct mention *place)
{
    return agent->code[0] && strcmp(agent->code, "MED") == 0 && is_place(place) &&
           dy__coder_location_of(s, place);
}
/* The country of known person m out of role at this date, when all his
 * roles name one state ("President Francois Mitterrand" in an undated
 * story: FRAGOV, then FRAELI): with the title before the name it gives
 * FRAGOV, not a bare GOV.  NULL otherwise (an IGO official, roles in two
 * countries). */
static const char *person_country(struct coder *c, const struct mention *m)
{
    return m->country ? dy__coder_country_part(c, m->country) : NULL;
}


/* An ethnic group is coded by the country it lives in, as the PLOVER gold
 * records code "Bosnian Serbs" (BIH) and "ethnic Albanians in south
 * Serbia" (SRB): a plural demonym at the head (head_m) after another
 * country's demonym or name ("Bosnian Serbs", "Iraqi Kurds"), or with an
 * "of" phrase naming where it lives ("Albanians of southern Serbia"),
 * or "in" one after "ethnic", takes that country (the demonym before it,
 * actor_m, or the phrase's head).  Fills out and returns 1. */
static int ethnic_residence(struct coder *c, const struct sent *s, uint32_t h,
                            const struct mention *head_m, const struct mention *actor_m,
                            struct np *out)
{
    const struct mention *place = NULL;
    const char *country;
    size_t n = strlen(s->forms[h]);

    if (!head_m->actor_kind || strcmp(head_m->actor_kind, "demonym") != 0 ||
        strlen(head_m->code) != 3 || n < 4 || s->forms[h][n - 1] != 's')
        return 0;
    if (actor_m && actor_m != head_m && actor_m->start + actor_m->len == head_m->start &&
        actor_m->actor_kind &&
        (strcmp(actor_m->actor_kind, "demonym") == 0 || strcmp(actor_m->actor_kind, "country") == 0))
        place = actor_m; /* "Bosnian Serbs" */
    for (uint32_t k = s->first[h]; k != s->n && !place; k = s->next[k]) {
        const char *cs = case_of(s, k);
        /* the head of an "of" phrase, or of an "in" phrase after "ethnic"
         * ("Americans in Iraq" are Americans abroad) */
        if (k > h && rel_base(s, k, "nmod") && cs && s->men_at[k] >= 0 &&
            (ieq(cs, "of") || (ieq(cs, "in") && h > 0 && ieq(s->forms[h - 1], "ethnic"))))
            place = &s->men[s->men_at[k]]; /* "Albanians of southern Serbia" */
    }
    if (!place || place->kind != DYAD_LEX_ACTOR || strncmp(place->code, head_m->code, 3) == 0 ||
        !(country = dy__coder_country_part(c, place->code)))
        return 0;
    np_from_mention(c, s, head_m, out);
    out->a.code = country;
    out->a.where = place->where;
    dy__coder_split_code(c, &out->a);
    out->why = "ethnic group + the country it lives in";
    return 1;
}

/* "a preacher near the Syrian border": a country that names a border or
 * coast deeper in the phrase than its head says where, not who (the
 * border itself, "shelled the Syrian border", is the country's). */
static int beside_border(const struct sent *s, const struct mention *m, uint32_t h)
{
    uint32_t g = s->head[mention_end(s, m)];

    return g < s->n && g != h && in_list(lemma_of(s, g), dy__coder_edge_nouns);
}

/*
 * "talks with the Tigers", "members of the Brotherhood": a common noun
 * whose phrase holds no dictionary actor but a name (PROPN) in an "of"
 * or target phrase of its own that is the short form of an actor named
 * before (resolve_np_as's "the + name" rule): that actor, as a
 * dictionary actor in the phrase would be.  The phrase may be a noun's
 * with the name one level down ("a round of talks with the Tigers").
 * Fills out and returns 1, else 0 with out untouched.
 */
static int named_in_phrase(struct coder *c, struct sent *s, uint32_t h, struct np *out)
{
    static const char *const preps[] = {"of", "with", "against", "on", "to", "toward",
                                        "towards", "from", NULL};

    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        struct np r;
        const char *cs = case_of(s, k);
        if (!rel_base(s, k, "nmod") || !(upos_is(s, k, "PROPN") || upos_is(s, k, "NOUN")) ||
            s->men_at[k] >= 0 || !cs || !in_list(cs, preps))
            continue;
        resolve_np_as(c, s, k, NULL, &r);
        if (r.kind != NP_ACTOR || !r.a.code || r.person)
            continue;
        *out = r;
        out->why = "name in the phrase -> group named before";
        return 1;
    }
    return 0;
}

/* "leaders of the opposition", "the opposition coalition", "members of
 * the rebel group": a group or its leaders (head h, a group noun) named
 * by agent mention ag in a compound or "of" phrase of the head are that
 * agent.  Fills out and returns 1, or returns 0. */
static int group_of_agent(struct coder *c, struct sent *s, uint32_t h,
                          const struct mention *ag, struct np *out)
{
    uint32_t t = mention_end(s, ag);
    int step = 0;

    if (!upos_is(s, h, "NOUN") || !in_list(lemma_of(s, h), group_nouns))
        return 0;
    /* up through compounds and "of" phrases, over other group nouns
     * ("leaders of the opposition coalition") */
    while (t < s->n && s->head[t] != h && step++ < MAX_CLIMB &&
           (rel_is(s, t, "compound") ||
            (rel_base(s, t, "nmod") && case_of(s, t) && ieq(case_of(s, t), "of"))) &&
           s->head[t] < s->n && in_list(lemma_of(s, s->head[t]), group_nouns))
        t = s->head[t];
    if (t < s->n && s->head[t] == h &&
        (rel_is(s, t, "compound") ||
         (rel_base(s, t, "nmod") && case_of(s, t) && ieq(case_of(s, t), "of")))) {
        np_from_mention(c, s, ag, out);
        out->why = "a group or the leaders of the agent in the phrase";
        return 1;
    }
    return 0;
}

const char *const dy__coder_second_person[] = {"you", "yourself", "yourselves", NULL};

static void resolve_np_as(struct coder *c, struct sent *s, uint32_t h,
                          const struct mention *force, struct np *out)
{
    static const char *const he[] = {"he", "him", "she", "her", "his", NULL};
    static const char *const they[] = {"they", "them", "it", "its", "their", NULL};
    static const char *const self[] = {"i", "we", "me", "us", NULL};
    uint32_t lo, hi, st;
    const struct mention *head_m = NULL, *actor_m = NULL, *agent_m = NULL, *shadowed = NULL;
    uint32_t nlo, nhi;

    memset(out, 0, sizeof(*out));
    if (h >= s->n)
        return;
    /* "Hundreds of protesters clashed": the counted noun is the actor
     * when the dictionaries know it or its modifiers ("thousands of
     * opposition supporters"); the number names no one */
    if (!force && counted_noun(s, h) != h && known_phrase(s, counted_noun(s, h)))
        h = counted_noun(s, h);
    st = dy__coder_mark_subtree(s, h, dy__coder_np_skip, &lo, &hi);
    name_chunk(s, h, &nlo, &nhi);
    for (size_t k = 0; k < s->nmen; k++) {
        const struct mention *m = &s->men[k];
        int inside = 0;
        for (uint32_t t = m->start; t < m->start + m->len; t++)
            if (s->mark[t] == st)
                inside = 1;
        if (!inside)
            continue;
        if (h >= m->start && h < m->start + m->len && !head_m)
            head_m = m;
        else if (is_place(m) && m->len == 1 && m->start > h && m->start <= nhi &&
                 upos_is(s, h, "PROPN") && s->men_at[h] < 0)
            shadowed = m; /* "Valeska Paris": a surname, not the city */
        else if (other_party(s, m, h))
            continue;
        else if (m->kind == DYAD_LEX_ACTOR && m->code[0] && !actor_m && !criticised(s, m, h) &&
                 !beside_border(s, m, h))
            actor_m = m;
        else if (m->kind == DYAD_LEX_AGENT && !agent_m && !kind_adjective(s, m))
            agent_m = m;
    }
    if (force)
        actor_m = force; /* another member of a compound modifier */
    if (agent_m && actor_m && !same_apposition(s, h, mention_end(s, agent_m), mention_end(s, actor_m)))
        agent_m = NULL;
    /* A place name that is a person's surname: "Valeska Paris" (a first
     * name no dictionary knows before it), and "Paris" again once she is
     * named.  The head is then an unknown name, not the place. */
    if (head_m && is_place(head_m) && upos_is(s, h, "PROPN")) {
        int first_name = nlo < head_m->start && s->men_at[nlo] < 0;
        if (first_name || (head_m->len == 1 && recall(c, 1, s->forms[h]))) {
            shadowed = head_m;
            head_m = NULL;
        }
    }
    /* A person named inside the head's name chunk ("U.N. Ambassador
     * Nikki Haley" parsed with U.N. as the head): the person is the
     * actor; without a role at this date, an earlier mention of the
     * same name, or the title before the name, gives the code. */
    for (size_t k = 0; k < s->nmen; k++) {
        const struct mention *m = &s->men[k];
        const struct named *nm;
        const struct mention *chunk_actor = NULL;
        const char *code = NULL, *where = NULL;
        if (m->kind != DYAD_LEX_ACTOR || !m->actor_kind ||
            strcmp(m->actor_kind, "person") != 0 || m->start < nlo ||
            m->start + m->len > nhi + 1)
            continue;
        np_from_mention(c, s, m, out);
        out->person = 1;
        if (m->code[0]) {
            out->why = "person in the name";
            return;
        }
        nm = recall(c, 1, s->forms[m->start + m->len - 1]);
        if (nm && nm->a.code) {
            code = nm->a.code;
            where = nm->a.where;
        }
        for (uint32_t t = nlo > 0 ? nlo - 1 : nlo; !code && t < m->start; t++) {
            const struct mention *x = s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
            if (x && x->kind == DYAD_LEX_ACTOR && x->code[0] && x != m) {
                chunk_actor = x; /* "U.N." in "U.N. Ambassador" */
            } else if (x && x->kind == DYAD_LEX_AGENT && x->code[0]) {
                const struct mention *ca = chunk_actor ? chunk_actor : actor_m;
                code = dy__coder_join_code(c, ca ? ca->code : person_country(c, m), x->code);
                where = x->where;
            } else if (x && (x->flags & DYAD_LEX_COMBINED) && x->code[0]) {
                code = x->code;
                where = x->where;
            }
        }
        if (!code && chunk_actor && (chunk_actor->flags & DYAD_LEX_COMBINED)) {
            /* "French President Jacques Chirac" in an undated story
             * (his roles disagree: president, then elite): the title the
             * text gives, a country + role phrase, is his role here */
            code = chunk_actor->code;
            where = chunk_actor->where;
        }
        if (!code && actor_m && actor_m != m && actor_m->kind == DYAD_LEX_ACTOR &&
            strlen(actor_m->code) == 3) {
            /* "King Hassan of Morocco" after his reign: the country the
             * phrase names is his */
            code = actor_m->code;
            where = actor_m->where;
        }
        out->a.code = code;
        out->a.where = where ? where : m->where;
        dy__coder_split_code(c, &out->a);
        out->kind = code ? NP_ACTOR : NP_UNKNOWN;
        out->why = code ? "person without a role at this date, coded by title or earlier mention"
                        : "known person without a role at this date";
        return;
    }
    if (head_m && ((head_m->flags & DYAD_LEX_COMBINED) || head_m->kind == DYAD_LEX_AGENT) &&
        head_m->start + head_m->len < s->n) {
        /* "Russian Foreign Affairs Minister Sergei Lavrov" parsed with the
         * title as the head: the person named right after it. */
        uint32_t t = head_m->start + head_m->len;
        const struct mention *pm = s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
        if (pm && pm->start == t && pm->kind == DYAD_LEX_ACTOR && pm->actor_kind &&
            strcmp(pm->actor_kind, "person") == 0) {
            np_from_mention(c, s, pm, out);
            out->person = 1;
            if (!pm->code[0]) {
                out->a.code =
                    head_m->kind == DYAD_LEX_AGENT
                        ? dy__coder_join_code(c, actor_m ? actor_m->code : person_country(c, pm),
                                              head_m->code)
                        : head_m->code;
                out->a.code = out->a.code && out->a.code[0] ? out->a.code : NULL;
                dy__coder_split_code(c, &out->a);
            } else if (title_says_more(head_m, pm)) {
                out->a.code = head_m->code;
                out->a.where = head_m->where;
                dy__coder_split_code(c, &out->a);
            }
            out->kind = out->a.code ? NP_ACTOR : NP_UNKNOWN;
            out->why = "title + the person named after it";
            return;
        }
    }
    if (head_m && head_m->kind == DYAD_LEX_ACTOR && head_m->code[0] &&
        ethnic_residence(c, s, h, head_m, actor_m, out))
        return;
    if (head_m && head_m->kind == DYAD_LEX_ACTOR && head_m->code[0]) {
        np_from_mention(c, s, head_m, out);
        /* "Russia's parliament" is headed by the agent; a bare country
         * at the head with an agent in the phrase combines too. */
        if (agent_m && strlen(head_m->code) == 3 && agent_m->code[0] &&
            strlen(agent_m->code) <= 3) {
            out->a.code = join_mention(c, head_m->code, agent_m);
            dy__coder_split_code(c, &out->a);
            out->why = "actor + agent in phrase";
        } else if (agent_m && (agent_m->flags & DYAD_LEX_AGENT_FIRST) && agent_m->code[0] &&
                   strlen(head_m->code) > 3 && agent_m->start < head_m->start) {
            /* "An MSF Arnor diplomat": a prefix agent ([NGO~]) before an
             * actor that already holds country and agent (ARNGOV) goes
             * first as well: NGOARNGOV */
            char buf[DYAD_LEX_CODE_MAX];
            dy_snprintf(buf, sizeof(buf), "%s%s", agent_m->code, head_m->code);
            out->a.code = acstr(c, buf);
            dy__coder_split_code(c, &out->a);
            out->why = "prefix agent + actor";
        } else if (actor_m && actor_m->start + actor_m->len == head_m->start &&
                   (title_says_more(actor_m, head_m) ||
                    (strlen(head_m->code) == 3 && strlen(actor_m->code) > 3 &&
                     strncmp(actor_m->code, head_m->code, 3) == 0))) {
            /* "Bree Prime Minister Romendacil": the title right before
             * the name says more (BREGOV) than the name's country (BRE). */
            out->a.code = actor_m->code;
            out->a.where = actor_m->where;
            dy__coder_split_code(c, &out->a);
            out->why = "title before the name";
        } else {
            out->why = "dictionary actor at the head";
        }
        return;
    }
    if (head_m && head_m->kind == DYAD_LEX_ACTOR && !head_m->code[0]) {
        /* A known person outside any dated role: named, not coded,
         * unless an earlier mention of the name was coded by its title. */
        const struct named *nm = recall(c, 1, s->forms[head_m->start + head_m->len - 1]);
        np_from_mention(c, s, head_m, out);
        out->person = 1;
        if (nm && nm->a.code) {
            code_from_named(c, nm, "person without a role at this date -> earlier coded mention", out);
            return;
        }
        out->a.code = NULL;
        out->kind = NP_UNKNOWN;
        out->why = "known person without a role at this date";
        return;
    }
    if (head_m && head_m->kind == DYAD_LEX_AGENT && !actor_m && head_m->len == 1) {
        /* "the Church" after "the Church of Scientology", "the
         * government" after "the New Zealand government": the short
         * form of an organisation named before (its name holds the
         * noun), not a generic agent. */
        const struct named *nm = recall_noun(c, s, h);
        if (nm) {
            np_from_mention(c, s, head_m, out);
            code_from_named(c, nm, "the + noun -> organisation named before with that noun", out);
            return;
        }
    }
    if (!actor_m && both_countries(c, s, h, out))
        return;
    if (!head_m && !actor_m) {
        const struct named *nm = recall_half(c, s, h);
        if (nm) {
            np_from_named(c, s, nm, h, h, "the North/South -> the country of that name named before", out);
            return;
        }
    }
    if (head_m && head_m->kind == DYAD_LEX_AGENT && !actor_m) {
        /* "leaders of the opposition coalition": the head is itself an
         * agent (leader: GOV), but the group it leads is named */
        for (size_t k = 0; k < s->nmen; k++)
            if (&s->men[k] != head_m && s->men[k].kind == DYAD_LEX_AGENT &&
                s->men[k].code[0] && group_of_agent(c, s, h, &s->men[k], out))
                return;
    }
    if (head_m && head_m->kind == DYAD_LEX_AGENT) {
        if (actor_m && press_at_place(s, head_m, actor_m))
            actor_m = NULL;
        np_from_mention(c, s, head_m, out);
        out->a.code = spoken_for(c, s, st, head_m, actor_m);
        if (!out->a.code)
            out->a.code = join_mention(c, actor_m ? actor_m->code : NULL, head_m);
        dy__coder_split_code(c, &out->a);
        out->why = actor_m ? "agent + country in phrase" : "agent alone";
        out->mod = actor_m;
        if (!actor_m && !out->a.country)
            possessed_agent(c, s, h, out);
        return;
    }
    if (upos_is(s, h, "PRON")) {
        const struct named *nm = NULL;
        const char *f = s->forms[h];
        uint32_t kp;
        if (in_list(f, self) || in_list(f, dy__coder_second_person)) {
            /* filled in from the quote (quotes.c): the first person is
             * its speaker, the second its addressee ("..., Karzai told
             * Musharraf") */
            out->kind = NP_SELF;
            out->a.span = tok_span(s, h, h);
            out->a.text = span_text(c, s, out->a.span);
            out->why = in_list(f, self) ? "first person: the quote's speaker"
                                        : "second person: the quote's addressee";
            return;
        }
        if (in_list(f, he) && told_binding(s, h) < s->n) {
            if (stands_for_actor(c, s, h, told_binding(s, h),
                                 "'A told B he would ... him': he -> A, him -> B", out))
                return;
        }
        if (in_list(f, he) && (ieq(f, "him") || ieq(f, "her")) &&
            (kp = kin_possessor(s, h)) < s->n) {
            /* "Thomas' sister pleaded with him": the one whose relative
             * acts is "him" (was the last man named, the prosecutor) */
            struct np r;
            resolve_np_as(c, s, kp, NULL, &r);
            if (r.kind != NP_ACTOR) {
                /* one with a sister is a person: a civilian, as an
                 * unknown person's name is */
                memset(&r, 0, sizeof(r));
                r.kind = NP_ACTOR;
                r.person = 1;
                r.a.code = "CVL";
                dy__coder_split_code(c, &r.a);
            }
            stand_for(c, s, h, &r, "him/her -> the person whose relative is the subject", out);
            return;
        }
        if (in_list(f, he) && (ieq(f, "he") || ieq(f, "she"))) {
            /* "Prime Minister Kishida is expected to raise it when he
             * meets Xi": the subject of a clause above, a person named
             * in this sentence, before anyone named earlier; or a name
             * whose dictionary does not say who is a person ("Galadriel
             * urged Bree ... and then she asked Gondor") */
            uint32_t sp = subject_above(s, h, 1);
            if (sp < s->n) {
                struct np r;
                resolve_np_as(c, s, sp, NULL, &r);
                if (r.kind == NP_ACTOR &&
                    (r.person || (r.kindless && upos_is(s, sp, "PROPN")))) {
                    stand_for(c, s, h, &r, "he/she -> the person subject of a clause above", out);
                    return;
                }
            }
        }
        if (in_list(f, he)) {
            char g = ieq(f, "he") || ieq(f, "him") || ieq(f, "his") ? 'm' : 'f';
            uint32_t own[2];
            int object = own_subject_span(s, h, own);
            uint32_t near = object ? person_before(s, h, own) : s->n;
            /* "Merkel spoke with Putin and urged him": the person named
             * before "him" in its sentence, not its subject */
            if (near < s->n && stands_for_actor(c, s, h, near,
                                                "him/her -> the person named before it in "
                                                "the sentence, not its clause's subject",
                                                out))
                return;
            if (!object && reporting_person(c, s, h, out))
                return;
            nm = recall_before(c, 1, s->index, s->base + h, g, object ? own : NULL);
            learn_gender(c, nm, g);
            if (!nm) {
                /* nobody named before (a headline): "Australian woman
                 * claims the Church imprisoned her" -> the claimant */
                uint32_t sp = speaker_above(s, h);
                if (sp >= s->n)
                    sp = subject_above(s, h, 0);
                if (sp < s->n && sp != h && !upos_is(s, sp, "PRON") &&
                    stands_for_actor(c, s, h, sp,
                                     "he/she with nobody named before -> the speaker or "
                                     "the subject of a clause above",
                                     out))
                    return;
            }
        } else if (in_list(f, they)) {
            /* "Moscow said it does not support ...": it/they as the
             * subject of what a non-person says is the one saying it. */
            uint32_t rs = reporting_subject(s, h);
            const struct mention *pm = NULL;
            uint32_t own[2];
            if (own_subject_span(s, h, own)) {
                /* "froze the assets of 17 officials and banned them":
                 * the nearest plural actor before "them" that is not its
                 * clause's subject */
                for (uint32_t k = h; k-- > s->dl;) {
                    struct np r;
                    if ((s->base + k >= own[0] && s->base + k <= own[1]) ||
                        !(upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN")) ||
                        !has_feat(s, k, "Number=Plur"))
                        continue;
                    resolve_np_as(c, s, k, NULL, &r);
                    if (r.kind != NP_ACTOR || r.person)
                        continue;
                    stand_for(c, s, h, &r,
                              "them -> the plural actor named before it, not its "
                              "clause's subject",
                              out);
                    return;
                }
            }
            {
                /* "Columbia was lost when it disintegrated": "it" is the
                 * thing the clause above is about (was NASA, the last
                 * actor named); "many schools will raise their fees or
                 * they will quit": "they" the plural subject there, before
                 * the speaker of the quote; no actor, no antecedent */
                int plural = !ieq(f, "it") && !ieq(f, "its");
                uint32_t sa = subject_above(s, h, 1);
                struct np r;
                if (sa < s->n && (rs >= s->n || sa > rs) &&
                    plural == has_feat(s, sa, "Number=Plur")) {
                    resolve_np_as(c, s, sa, NULL, &r);
                    /* an actor there is "they"; "it" may be another
                     * actor ("Russia issued a warning to Japan that it
                     * must ...": the nearest, below) */
                    if (plural && r.kind == NP_ACTOR && !r.person) {
                        stand_for(c, s, h, &r, "they -> the plural subject of the clause above",
                                  out);
                        return;
                    }
                    if (r.kind != NP_ACTOR) {
                        out->kind = NP_UNKNOWN;
                        out->a.span = tok_span(s, h, h);
                        out->a.text = span_text(c, s, out->a.span);
                        out->why = "it/they -> what the clause above is about (no actor)";
                        return;
                    }
                }
            }
            if (rs < s->n && !upos_is(s, rs, "PRON")) {
                struct np r;
                resolve_np_as(c, s, rs, NULL, &r);
                if (r.kind == NP_ACTOR && !r.person) {
                    stand_for(c, s, h, &r,
                              "it/they -> the subject of the speech verb it is said by", out);
                    return;
                }
            }
            nm = recall_before(c, 0, s->index, s->base + h, 0, NULL);
            /* "Ethiopia indicated it ...": the nearest non-person actor
             * named before the pronoun in its sentence, when it is nearer
             * than anything remembered (not all of them are arguments) */
            for (size_t k = 0; k < s->nmen; k++) {
                const struct mention *m = &s->men[k];
                if (m->start + m->len <= h && m->kind == DYAD_LEX_ACTOR && m->code[0] &&
                    !(m->actor_kind && strcmp(m->actor_kind, "person") == 0) &&
                    !is_place_only(m))
                    pm = m;
            }
            if (pm && (!nm || s->base + pm->start + pm->len - 1 > nm->pos)) {
                np_from_mention(c, s, pm, out);
                out->a.span = tok_span(s, h, h);
                out->a.text = span_text(c, s, out->a.span);
                out->a.resolved = 1;
                out->why = "pronoun -> preceding actor in the sentence";
                return;
            }
        }
        if (nm) {
            np_from_named(c, s, nm, h, h, "pronoun -> last compatible actor", out);
        }
        return;
    }
    if (!upos_is(s, h, "PROPN") && s->men_at[h] < 0 && isupper((unsigned char)s->forms[h][0])) {
        /* A surname the tagger did not take for a name ("Slutsky went
         * on to call ..." tagged ADJ): an earlier person's last word. */
        const struct named *nm = recall(c, 1, s->forms[h]);
        if (nm) {
            np_from_named(c, s, nm, h, h, "short name -> earlier full name", out);
            return;
        }
    }
    if (upos_is(s, h, "PROPN") && (s->men_at[h] < 0 || shadowed)) {
        /* A title before or inside the name chunk ("Senator Franz
         * Klintsevich", "U.N. Ambassador Nikki Haley"). */
        const struct mention *title = NULL;
        const struct named *nm = NULL;
        uint32_t from = nlo > 0 ? nlo - 1 : nlo;
        for (uint32_t t = from; t < h && !title; t++) {
            const struct mention *m = s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
            if (m && (m->kind == DYAD_LEX_AGENT || (m->flags & DYAD_LEX_COMBINED))) {
                title = m;
                if (m->start + m->len > nlo && m->start + m->len <= h)
                    nlo = m->start + m->len;
            }
        }
        if (!title && agent_m)
            title = agent_m;
        out->a.span = tok_span(s, nlo, nhi);
        out->a.text = span_text(c, s, out->a.span);
        out->person = 1;
        if (title && (title->flags & DYAD_LEX_COMBINED) && title->code[0]) {
            /* "U.N. Ambassador Nikki Haley": the title carries the code */
            np_coded(c, out, title->code, title->where, "title (actor + agent) + name");
            return;
        }
        if (title) {
            out->kind = NP_ACTOR;
            out->a.code = spoken_for(c, s, st, title, actor_m);
            if (!out->a.code)
                out->a.code = join_mention(c, actor_m ? actor_m->code : NULL, title);
            out->a.where = title->where;
            dy__coder_split_code(c, &out->a);
            out->why = "title + name";
            out->mod = actor_m;
            return;
        }
        if (nlo == nhi) {
            nm = recall(c, 1, s->forms[h]);
            if (!nm && !actor_m && (nm = recall_noun(c, s, h)) != NULL) {
                /* "the Tigers" after "the Tamil Tigers", "the Alliance"
                 * after "the Northern Alliance": the group named before
                 * whose name has the word, not a person */
                out->kind = NP_ACTOR;
                out->person = 0;
                code_from_named(c, nm, "the + name -> group named before with that word", out);
                return;
            }
        } else if (!actor_m) {
            /* "John Cornyn" again, after "U.S. Senator John Cornyn":
             * the person named before with that full name, and role */
            nm = recall_full_name(c, s->forms[nhi], out->a.text, s->base + nlo);
        }
        if (nm) {
            out->kind = nm->a.code ? NP_ACTOR : NP_UNKNOWN;
            code_from_named(c, nm, nlo == nhi ? "short name -> earlier full name"
                                              : "full name -> the same name named before",
                            out);
            return;
        }
        if (media_name(s, nhi)) {
            /* "the Scientology publication Freedom Magazine", "the Kyiv
             * Post": a paper or station no dictionary knows is media,
             * of the country its phrase names (was the phrase's actor:
             * Scientology's own) */
            out->kind = NP_ACTOR;
            out->person = 0;
            out->a.code = dy__coder_join_code(c, actor_m ? actor_m->code : NULL, "MED");
            dy__coder_split_code(c, &out->a);
            out->why = "unknown name of a paper or station -> media";
            out->mod = actor_m;
            return;
        }
        if (actor_m && shadowed) {
            /* "Valeska Paris, an Australian woman": the person, coded by
             * the apposition */
            np_coded(c, out, actor_m->code, actor_m->where,
                     "name (a place's name as surname) + actor in the apposition");
            return;
        }
        if (actor_m) {
            /* "the Defense Committee of Russia": the country it belongs to */
            np_from_mention(c, s, actor_m, out);
            out->why = "actor in the phrase";
            out->mod = actor_m;
            if (((actor_m->flags & DYAD_LEX_COMBINED) || named_person_of(s, h, actor_m)) &&
                dy__coder_person_name(s, nlo, nhi)) {
                /* "Olga Testova, a Russian woman": the person, named;
                 * "Matthew Ingram of The Globe and Mail": a person of
                 * that body (whom "he" names later) */
                out->person = 1;
                out->a.span = tok_span(s, nlo, nhi);
                out->a.text = span_text(c, s, out->a.span);
                out->why = "person's name + country and role in the phrase";
            }
            return;
        }
        if (!shadowed && dy__coder_person_name(s, nlo, nhi)) {
            /* "Daniel Montalvo": a private person no dictionary knows
             * and no title or apposition places is a civilian (CVL), who
             * takes the document's focus country like any agent alone. */
            out->kind = NP_ACTOR;
            out->a.code = "CVL";
            dy__coder_split_code(c, &out->a);
            out->why = "unknown person's name -> civilian";
            return;
        }
        out->kind = NP_UNKNOWN;
        out->why = shadowed ? "unknown name (a place's name as surname)" : "unknown name";
        return;
    }
    if (!actor_m && !head_m && upos_is(s, h, "NOUN")) {
        /* "team member Rodaba Noori": a role no dictionary knows, with
         * a name after it that is a person remembered (from this
         * sentence's names too): that person. */
        uint32_t k = dy__coder_name_child(s, h), end = k;
        const struct named *nm;
        while (k < s->n && end + 1 < s->n && upos_is(s, end + 1, "PROPN") &&
               (s->head[end + 1] == h || s->head[end + 1] == k) && rel_base(s, end + 1, "flat"))
            end++;
        const struct named *grp = k < s->n ? member_of_named(c, s, h) : NULL;
        nm = k < s->n ? recall(c, 1, s->forms[end]) : NULL;
        if (grp && (!nm || !nm->a.code || !nm->a.country)) {
            /* "team member Rodaba Noori" after "the Afghan team": the
             * person belongs to the group named before (more than a
             * civilian of no country) */
            np_from_named(c, s, grp, k, end, "member of a group named before + name", out);
            out->person = 1;
            out->ante = NULL;
            return;
        }
        if (nm && nm->a.code) {
            np_from_named(c, s, nm, k, end, "unknown role + the name of a person named before", out);
            return;
        }
    }
    if (!actor_m && !head_m && agent_m && upos_is(s, h, "NOUN") &&
        (in_list(lemma_of(s, h), dy__coder_act_nouns) || in_list(lemma_of(s, h), said_nouns))) {
        /* "the government's decision", "the ruling of the court": the
         * agent an act belongs to (the focus country fills it); not a
         * compound ("artillery fire": the weapon is no actor) */
        uint32_t t = agent_m->start + agent_m->len - 1;
        if (t < s->n && s->head[t] == h && rel_base(s, t, "nmod")) {
            np_from_mention(c, s, agent_m, out);
            out->why = "agent the noun belongs to";
            return;
        }
    }
    if (!actor_m && !head_m && agent_m && agent_m->code[0] &&
        group_of_agent(c, s, h, agent_m, out))
        return;
    if (!actor_m && !head_m && !agent_m && upos_is(s, h, "NOUN") && named_in_phrase(c, s, h, out))
        return;
    if (actor_m) {
        /* one who left an actor, or one who backs a person or party
         * ("supporters of former Prime Minister Imran Khan"): a civilian
         * of its country, not the actor */
        static const char *const leavers[] = {"defector", "deserter", "ex-member", "escapee",
                                              "supporter", "follower", "loyalist", "backer",
                                              "sympathizer", "sympathiser", "fan", NULL};
        int joined = 0;
        np_from_mention(c, s, actor_m, out);
        if (agent_m && press_at_place(s, agent_m, actor_m)) {
            np_from_mention(c, s, agent_m, out);
            out->why = "the press at a place: no country of its own";
            return;
        }
        if (agent_m && agent_m->code[0] && agent_of_head(s, agent_m, actor_m, h) &&
            (strlen(actor_m->code) == 3 || (is_place(actor_m) && out->a.country &&
                                            dy__coder_location_of(s, actor_m)))) {
            /* "thousands of demonstrators in Tbilisi": the agent, of the
             * place's country (a capital's code is its government's) */
            out->a.code = join_mention(c, strlen(actor_m->code) == 3 ? actor_m->code
                                                                     : out->a.country,
                                       agent_m);
            dy__coder_split_code(c, &out->a);
            joined = 1;
            if (agent_m->start <= counted_noun(s, h)) {
                /* named by its own words, not the place's */
                out->a.span = tok_span(s, agent_m->start, counted_noun(s, h));
                out->a.text = span_text(c, s, out->a.span);
            }
        }
        out->why = "actor in the phrase";
        out->mod = actor_m;
        /* "opposition supporters in Nairobi" are the opposition (the
         * agent says whose they are), not civilians */
        if (((in_list(lemma_of(s, counted_noun(s, h)), leavers) && !joined) ||
             former_member(s, h)) &&
            out->a.country) {
            /* "a Scientology defector", "a defector from the army",
             * "former members of Scientology": one who left it is no
             * longer it; a civilian of its country */
            out->a.code = dy__coder_join_code(c, out->a.country, "CVL");
            dy__coder_split_code(c, &out->a);
            out->why = "one who left the actor in the phrase: a civilian of its country";
            out->mod = NULL;
        }
    }
}

/*
 * "UN Secretary-General Antonio Guterres condemned the killings, his
 * spokesman said": one who speaks for an actor (a spokesman, an aide,
 * an envoy) owned by a pronoun ("his", "its", "their") is the actor the
 * pronoun stands for (IGOUNO), not the story's country's GOV.
 */
static void possessed_agent(struct coder *c, struct sent *s, uint32_t h, struct np *out)
{
    static const char *const owners[] = {"his", "her", "its", "their", NULL};
    static const char *const voices[] = {"spokesman", "spokeswoman", "spokesperson",
                                         "representative", "aide", "adviser", "advisor",
                                         "envoy", NULL};
    uint32_t k = child_rel(s, h, "nmod:poss"), v = s->head[h], owner = s->n;
    struct np r;

    if (k == s->n || !upos_is(s, k, "PRON") || !in_list(s->forms[k], owners))
        return;
    if (!in_list(lemma_of(s, h), voices)) {
        /* "his military intelligence", "their army": a state's body owned
         * by the one the pronoun stands for is of that one's country
         * (Musharraf's: PAKSPY); relatives and other people need not be */
        static const char *const bodies[] = {"GOV", "MIL", "SPY", "COP", "LEG", "JUD", NULL};
        char code[DYAD_LEX_CODE_MAX];
        if (!out->a.agent || !out->a.code || strcmp(out->a.code, out->a.agent) != 0 ||
            !in_list(out->a.agent, bodies))
            return;
        resolve_np_as(c, s, k, NULL, &r);
        if (r.kind != NP_ACTOR || !r.a.country)
            return;
        dy_snprintf(code, sizeof(code), "%s%s", r.a.country, out->a.agent);
        out->a.code = acstr(c, code);
        dy__coder_split_code(c, &out->a);
        out->why = "agent owned by a pronoun -> of the country it stands for";
        return;
    }
    /* "Guterres condemned the killings, his spokesman said": the subject
     * of what the spokesman reports, named before him */
    if (rel_is(s, h, "nsubj") && v < s->n && dy__coder_is_speech_lemma(lemma_of(s, v))) {
        for (uint32_t j = s->first[v]; j != s->n && owner == s->n; j = s->next[j])
            if ((rel_is(s, j, "ccomp") || rel_is(s, j, "parataxis")) && j < h) {
                uint32_t sj = dy__coder_subject_rel(s, j, "nsubj");
                if (sj < j && !upos_is(s, sj, "PRON"))
                    owner = sj;
            }
        /* (the parser's "condemned ..., his spokesman said" as a conjunct
         * or a parataxis of the reported verb) */
        if (owner == s->n && (rel_is(s, v, "conj") || rel_is(s, v, "parataxis")) &&
            s->head[v] < h) {
            uint32_t g = dy__coder_conj_top(s, s->head[v]);
            uint32_t sj = dy__coder_subject_rel(s, g, "nsubj");
            if (sj < g && !upos_is(s, sj, "PRON"))
                owner = sj;
        }
    }
    resolve_np_as(c, s, owner != s->n ? owner : k, NULL, &r);
    if (r.kind != NP_ACTOR || !r.a.code)
        return;
    out->a.code = r.a.code;
    dy__coder_split_code(c, &out->a);
    out->why = "agent owned by a pronoun -> the actor it stands for";
}

/* "former Russian officials", "ex-prosecutors": former holders of a
 * state office coded by an agent are elites (CAMEO ELI) of their country,
 * as a dictionary's "former president" is.  Persons keep their dated
 * roles. */
static void former_official(struct coder *c, const struct sent *s, uint32_t h, struct np *out)
{
    static const char *const state[] = {"GOV", "MIL", "JUD", "COP", "LEG", "SPY", NULL};
    char code[DYAD_LEX_CODE_MAX];

    if (out->kind != NP_ACTOR || out->person || !out->a.agent || !in_list(out->a.agent, state))
        return;
    /* the phrase's head, or the head of the modifier the actor came from
     * ("ties with former Gondor prosecutors") */
    if (!former_marked(s, h) &&
        !(out->mod && former_marked(s, dy__coder_mention_head(s, out->mod))))
        return;
    dy_snprintf(code, sizeof(code), "%sELI", out->a.country ? out->a.country : "");
    out->a.code = acstr(c, code);
    dy__coder_split_code(c, &out->a);
}

void dy__coder_resolve_np(struct coder *c, struct sent *s, uint32_t h, struct np *out)
{
    resolve_np_as(c, s, h, NULL, out);
}

/* The proper name of a phrase headed by a role noun ("senior lawmaker
 * Leonid Slutsky"): last token of a PROPN child chunk, or n. */

static uint32_t name_of_role(const struct sent *s, uint32_t h)
{
    uint32_t k = dy__coder_name_child(s, h), lo, hi;

    if (k == s->n)
        return k;
    name_chunk(s, k, &lo, &hi);
    return hi;
}

/* The proper name a role noun h has after it ("senior lawmaker Leonid
 * Slutsky": "Leonid"), or n. */
uint32_t dy__coder_name_child(const struct sent *s, uint32_t h)
{
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        /* a name after the role noun; one before it modifies an
         * institution ("the Kim regime", "the Obama administration") */
        const struct mention *m = s->men_at[k] >= 0 ? &s->men[s->men_at[k]] : NULL;
        if (k > h && upos_is(s, k, "PROPN") &&
            (!m || (m->actor_kind && strcmp(m->actor_kind, "person") == 0)) &&
            (rel_base(s, k, "flat") || rel_is(s, k, "appos") || rel_is(s, k, "compound")))
            return k;
    }
    return s->n;
}

/* "senior lawmaker Leonid Slutsky", "Malaysia's Prime Minister, Najib
 * Razak": an actor found from a role noun (or a title tagged as a
 * proper noun) is the person named after it, and its text is the name.
 * Returns the name's last token, or n. */
uint32_t dy__coder_attach_role_name(struct coder *c, struct sent *s, uint32_t h, struct np *out)
{
    uint32_t nm, lo, hi;

    if (out->kind != NP_ACTOR || out->a.resolved)
        return s->n;
    if (upos_is(s, h, "PROPN") &&
        !(s->men_at[h] >= 0 && (s->men[s->men_at[h]].kind == DYAD_LEX_AGENT ||
                                (s->men[s->men_at[h]].flags & DYAD_LEX_COMBINED))))
        return s->n;
    nm = name_of_role(s, h);
    if (nm == s->n)
        return nm;
    out->person = 1;
    if (s->men_at[nm] >= 0) {
        /* a name the dictionaries know: its own words ("New Zealand's
         * Prime Minister John Key" parsed with "Minister", "John" and
         * "Key" all flat under "Prime": "John Key", not the title's
         * last word with the first name) */
        const struct mention *m = &s->men[s->men_at[nm]];
        lo = m->start;
        hi = m->start + m->len - 1;
    } else {
        /* an unknown name: the proper nouns before it that no phrase
         * (a title, "Prime Minister") holds, and the flat words after */
        for (lo = nm; lo > 0 && lo - 1 > h && upos_is(s, lo - 1, "PROPN") && s->men_at[lo - 1] < 0;)
            lo--;
        for (hi = nm; hi + 1 < s->n && s->head[hi + 1] == s->head[nm] && rel_base(s, hi + 1, "flat") &&
                      upos_is(s, hi + 1, "PROPN") && s->men_at[hi + 1] < 0;)
            hi++;
    }
    out->a.span = tok_span(s, lo, hi);
    out->a.text = span_text(c, s, out->a.span);
    return hi;
}

/*
 * "the rebels", "Tamil rebels", "a rebel negotiator": a country's armed
 * opposition (code, "LKAREB") in a story that has named one known armed
 * group of that country ("the Liberation Tigers of Tamil Eelam",
 * LKAREBTGR) is that group, as a careful coder reads it: the group's
 * code, or NULL when the story named none or two (Hamas and Islamic
 * Jihad).
 */
const char *dy__coder_known_group(const struct coder *c, const char *code)
{
    const char *group = NULL;

    if (!code || strlen(code) != 6 || strcmp(code + 3, "REB") != 0)
        return NULL;
    for (size_t k = 0; k < DY_MIN(c->nnamed, (size_t)MAX_NAMED); k++) {
        const char *g = c->named[k].a.code;
        if (c->named[k].person || !g || strlen(g) != 9 || strncmp(g, code, 6) != 0)
            continue;
        if (group && strcmp(group, g) != 0)
            return NULL;
        group = g;
    }
    return group;
}

/* A common noun resolved to a country's armed opposition: the one known
 * group the story named (dy__coder_known_group). */
static void known_group(struct coder *c, const struct sent *s, uint32_t h, struct np *out)
{
    const char *g;

    if (out->kind != NP_ACTOR || !upos_is(s, h, "NOUN") ||
        !(g = dy__coder_known_group(c, out->a.code)))
        return;
    out->a.code = g;
    dy__coder_split_code(c, &out->a);
    out->why = "armed opposition -> the one known group named";
}

/* Resolves and remembers named actors for later pronouns; `force` as
 * for resolve_np_as; `subject`: h is a subject (pronouns prefer people
 * named as subjects). */
static void resolve_arg_as(struct coder *c, struct sent *s, uint32_t h,
                           const struct mention *force, struct np *out, int subject)
{
    resolve_np_as(c, s, h, force, out);
    known_group(c, s, h, out);
    if (out->kind == NP_ACTOR && !out->a.resolved && out->a.code) {
        uint32_t lo, hi, nm = dy__coder_attach_role_name(c, s, h, out);
        name_chunk(s, h, &lo, &hi);
        if (nm != s->n)
            hi = nm;
        dy__coder_remember(c, &out->a, s, hi, out->person, subject);
    } else if (out->kind == NP_ACTOR && out->a.resolved && out->a.code &&
               (out->person || out->ante) && !upos_is(s, h, "PRON")) {
        /* "Paris claims ..." after "Valeska Paris", "the Church denied"
         * after "the Church of Scientology": named again here, the latest
         * mention for "she" / "they" */
        uint32_t lo, hi;
        struct dyad_actor a = out->ante ? out->ante->a : out->a;
        name_chunk(s, h, &lo, &hi);
        if (out->ante)
            a.code = out->a.code;
        dy__coder_remember(c, &a, s, hi, out->person, subject);
    } else if (out->kind == NP_UNKNOWN && !upos_is(s, h, "PRON")) {
        /* Unknown people are remembered too, so that "Klintsevich"
         * after "Franz Klintsevich" is the same (unknown) actor. */
        uint32_t lo, hi;
        name_chunk(s, h, &lo, &hi);
        if (hi > lo)
            dy__coder_remember(c, &out->a, s, hi, 1, subject);
    }
}

/* Token that heads mention m in the tree (its head lies outside it). */
uint32_t dy__coder_mention_head(const struct sent *s, const struct mention *m)
{
    for (uint32_t t = m->start; t < m->start + m->len && t < s->n; t++)
        if (s->head[t] < m->start || s->head[t] >= m->start + m->len)
            return t;
    return m->start + m->len - 1 < s->n ? m->start + m->len - 1 : m->start;
}

void dy__coder_resolve_arg(struct coder *c, struct sent *s, uint32_t h, struct np *out,
                           int subject)
{
    resolve_arg_as(c, s, h, NULL, out, subject);
    former_official(c, s, h, out);
}

/* The next actor mention conjoined to mention `mod` ("the ambassadors of
 * Arnor, Rohan and Gondor"), scanning the children of mod's head from *k
 * on (start at s->first[mention_head(s, mod)]); NULL at the end. */
static const struct mention *conj_member(const struct sent *s, const struct mention *mod,
                                         uint32_t *k)
{
    for (; *k != s->n; *k = s->next[*k]) {
        const struct mention *m;
        if (!rel_is(s, *k, "conj") || s->men_at[*k] < 0)
            continue;
        m = &s->men[s->men_at[*k]];
        if (m == mod || m->kind != DYAD_LEX_ACTOR || !m->code[0])
            continue;
        *k = s->next[*k];
        return m;
    }
    return NULL;
}

/*
 * "US and British activists", "Russian and Chinese diplomats": out[k],
 * the actor of head h, came from a country + agent phrase whose country
 * word is one of conjoined modifiers of h; each other member that names
 * a country gives the phrase again with that country (USAOPP beside
 * GBROPP).  At most MAX_ARGS in all.
 */
static void country_modifier_members(struct coder *c, struct sent *s, uint32_t h, size_t k,
                                     struct np *out, size_t *n)
{
    const struct mention *hm;
    uint32_t t0, f;
    const char *code = out[k].a.code, *country = out[k].a.country;

    if (out[k].kind != NP_ACTOR || !country || !out[k].a.agent || !code ||
        strlen(code) <= strlen(country) || s->men_at[h] < 0)
        return;
    hm = &s->men[s->men_at[h]];
    t0 = hm->start;
    if (t0 == h || t0 >= s->n)
        return;
    f = rel_is(s, t0, "conj") ? s->head[t0] : t0;
    if (f >= s->n || s->head[f] != h || !(rel_is(s, f, "compound") || rel_is(s, f, "amod")))
        return;
    for (uint32_t m = f; m != s->n && *n < MAX_ARGS;
         m = (m == f ? s->first[f] : s->next[m])) {
        struct dyad_actor ma;
        int dup = 0;

        if (m == t0 || (m != f && !rel_is(s, m, "conj")) || s->men_at[m] < 0)
            continue;
        if (s->men[s->men_at[m]].kind != DYAD_LEX_ACTOR || !s->men[s->men_at[m]].code[0])
            continue;
        /* the member's own code: a country alone ("US", "Russian") */
        memset(&ma, 0, sizeof(ma));
        ma.code = s->men[s->men_at[m]].code;
        dy__coder_split_code(c, &ma);
        if (!ma.country || ma.agent || strcmp(ma.country, country) == 0)
            continue;
        for (size_t j = 0; j < *n; j++)
            dup |= out[j].a.country && strcmp(out[j].a.country, ma.country) == 0;
        if (dup)
            continue;
        out[*n] = out[k];
        out[*n].a.code = dy__coder_join_code(c, ma.country, code + strlen(country));
        dy__coder_split_code(c, &out[*n].a);
        out[*n].a.span = tok_span(s, f < t0 ? f : t0, h);   /* the whole phrase */
        out[*n].a.text = span_text(c, s, out[*n].a.span);
        out[*n].why = "member of conjoined country modifiers";
        if (out[*n].a.code)
            (*n)++;
    }
}

/*
 * Resolves argument h into out[*n..]: one actor, or one per member of a
 * compound modifier ("the ambassadors of Arnor, Rohan and Gondor", "ties
 * with Rohan and Gondor"): the phrase took its actor from the first
 * member; each actor conjoined to it gives the phrase again with that
 * actor (TABARI/PETRARCH compound rule).  self_ok keeps first-person
 * pronouns (sources).  At most MAX_ARGS in all.
 */
static void resolve_arg_members(struct coder *c, struct sent *s, uint32_t h, struct np *out,
                                size_t *n, int self_ok)
{
    const struct mention *mod, *m;
    uint32_t mh;

    if (*n >= MAX_ARGS)
        return;
    dy__coder_resolve_arg(c, s, h, &out[*n], self_ok);
    if (out[*n].kind != NP_ACTOR && !(self_ok && out[*n].kind == NP_SELF))
        return;
    if (!out[*n].why)
        out[*n].why = "";
    mod = out[*n].mod;
    if (out[*n].kind == NP_ACTOR && !out[*n].a.country && out[*n].a.agent && !mod &&
        out[*n].a.code && strlen(out[*n].a.code) == 3 &&
        rel_is(s, h, "conj") && s->head[h] < s->n) {
        /* "Danish media and government", "lawmakers and officials in
         * X and Y": an agent alone shares its first conjunct's country
         * (and each member of its compound modifier). */
        struct np pn;
        const char *agent = out[*n].a.agent;
        dy__coder_resolve_np(c, s, s->head[h], &pn);
        if (pn.kind == NP_ACTOR && pn.a.country && pn.a.agent && strlen(pn.a.code) >= 6) {
            out[*n].a.code = dy__coder_join_code(c, pn.a.country, agent);
            dy__coder_split_code(c, &out[*n].a);
            out[*n].why = "agent sharing its conjunct's country";
            mod = pn.mod;
            h = s->head[h];
        }
        (*n)++;
        if (!mod)
            return;
        uint32_t k = s->first[dy__coder_mention_head(s, mod)];
        while (*n < MAX_ARGS && (m = conj_member(s, mod, &k)) != NULL) {
            resolve_np_as(c, s, h, m, &pn);
            if (pn.kind != NP_ACTOR || !pn.a.country)
                continue;
            out[*n] = out[*n - 1];
            out[*n].a.code = dy__coder_join_code(c, pn.a.country, agent);
            dy__coder_split_code(c, &out[*n].a);
            out[*n].why = "member of a compound modifier";
            (*n)++;
        }
        return;
    }
    (*n)++;
    if (!mod) {
        country_modifier_members(c, s, h, *n - 1, out, n);
        return;
    }
    mh = s->first[dy__coder_mention_head(s, mod)];
    while (*n < MAX_ARGS && (m = conj_member(s, mod, &mh)) != NULL) {
        resolve_arg_as(c, s, h, m, &out[*n], self_ok);
        if (out[*n].kind == NP_ACTOR) {
            out[*n].why = "member of a compound modifier";
            (*n)++;
        }
    }
}

/*
 * resolve_arg_members, then a coded compound actor ("THE_SHIRE
 * [FRO/BIL/SAM]": the lexicon joins the codes with '/') stands for each
 * of its codes, like a list of actors.  At most MAX_ARGS in all.
 */
void dy__coder_resolve_arg_all(struct coder *c, struct sent *s, uint32_t h, struct np *out,
                               size_t *n, int self_ok)
{
    size_t n0 = *n, end;

    resolve_arg_members(c, s, h, out, n, self_ok);
    end = *n;
    for (size_t k = n0; k < end; k++) {
        const char *code = out[k].a.code, *slash;
        if (!code || !(slash = strchr(code, '/')))
            continue;
        for (const char *p = slash + 1; *p && *n < MAX_ARGS;) {
            size_t len = strcspn(p, "/");
            out[*n] = out[k];
            out[*n].a.code = astr(c, p, len);
            dy__coder_split_code(c, &out[*n].a);
            if (out[*n].a.code)
                (*n)++;
            p += len + (p[len] == '/');
        }
        out[k].a.code = astr(c, code, (size_t)(slash - code));
        dy__coder_split_code(c, &out[k].a);
    }
}
