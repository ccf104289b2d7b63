/*
 * args.c - module coder: a predicate's sources and targets.
 *
 * Finds the subjects of a verb (nsubj, the passive's "by" agent, or a
 * subject inherited through conj, xcomp and relative clauses) and its
 * targets (obj, iobj, obliques with their preposition), as tokens the
 * actor stage then resolves.
 */
#include "coder/coder_int.h"

/* ---- arguments ----------------------------------------------------------- */

void dy__coder_args_add(struct args *a, uint32_t t, const char *how)
{
    for (size_t k = 0; k < a->n; k++)
        if (a->tok[k] == t)
            return;
    if (a->n < MAX_ARGS) {
        a->tok[a->n] = t;
        a->how[a->n] = how;
        a->n++;
    }
}

/* Is k, an apposition of t, a different dictionary actor (a list item
 * the parser took for an apposition: "Mordor, the Shire, Arnor and
 * Bree")? */
static int appos_actor(const struct sent *s, uint32_t t, uint32_t k)
{
    const struct mention *mk, *mt;

    if (!rel_is(s, k, "appos") || s->men_at[k] < 0)
        return 0;
    mk = &s->men[s->men_at[k]];
    if (mk->kind != DYAD_LEX_ACTOR || !mk->code[0])
        return 0;
    mt = s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
    return mt && mt != mk && mt->kind == DYAD_LEX_ACTOR && strcmp(mt->code, mk->code) != 0;
}

static int has_conj(const struct sent *s, uint32_t t)
{
    for (uint32_t k = s->first[t]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "conj") && !upos_is(s, k, "VERB"))
            return 1;
    return 0;
}

/* Adds t and the nominals conjoined to it ("Washington and Seoul"); in a
 * list, an apposition naming another actor is a member too. */
void dy__coder_args_add_conj(const struct sent *s, struct args *a, uint32_t t, const char *how)
{
    int list = has_conj(s, t);

    dy__coder_args_add(a, t, how);
    for (uint32_t k = s->first[t]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "conj") && !upos_is(s, k, "VERB")) {
            dy__coder_args_add(a, k, how);
        } else if (appos_actor(s, t, k) && (list || has_conj(s, k))) {
            dy__coder_args_add(a, k, how);
            for (uint32_t j = s->first[k]; j != s->n; j = s->next[j])
                if (rel_is(s, j, "conj") && !upos_is(s, j, "VERB"))
                    dy__coder_args_add(a, j, how);
        }
    }
}

int dy__coder_is_relpron(const struct sent *s, uint32_t t)
{
    static const char *const rel[] = {"who", "which", "that", "whom", NULL};

    return upos_is(s, t, "PRON") && in_list(s->forms[t], rel);
}

int dy__coder_is_passive(const struct sent *s, uint32_t v)
{
    return child_rel(s, v, "nsubj:pass") != s->n || child_rel(s, v, "aux:pass") != s->n ||
           has_feat(s, v, "Voice=Pass");
}

/* The "by" agent of a passive verb, or n. */
uint32_t dy__coder_passive_agent(const struct sent *s, uint32_t v)
{
    uint32_t by = s->n;

    /* "returned by mail ... by Montalvo": the parser's obl:agent first,
     * then the first "by" oblique */
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        if (rel_is(s, k, "obl:agent"))
            return k;
        if (by == s->n && rel_is(s, k, "obl") && ieq(case_of(s, k), "by"))
            by = k;
    }
    return by;
}

/* A quoted word hanging from a verb outside the quote: a parser's
 * error, not the verb's argument ('"... this may hurt," he mused'
 * parsed with "this" and "may" on "mused").  The other way round is
 * normal: 'Lavrov said Washington "poisoned relations"'. */
int dy__coder_quoted_dependent(const struct sent *s, uint32_t k, uint32_t v)
{
    return s->tq && s->tq[v] == DYAD_NONE && s->tq[k] != DYAD_NONE;
}

/* The first child of v with relation rel that is not a quoted word. */
uint32_t dy__coder_subject_rel(const struct sent *s, uint32_t v, const char *rel)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (rel_is(s, k, rel) && !dy__coder_quoted_dependent(s, k, v))
            return k;
    return s->n;
}

/*
 * A verb without a subject whose first dependent before it is an actor
 * name with no preposition ("Osgiliath welcomed ..." with the unknown
 * name tagged as an adverb or a dep): the parser lost the subject
 * relation, the name is the subject.  Cities are not (they say where).
 */
static uint32_t stray_subject(const struct sent *s, uint32_t v)
{
    for (uint32_t k = s->first[v]; k != s->n && k < v; k = s->next[k]) {
        const struct mention *m;
        if (rel_base(s, k, "punct") || rel_base(s, k, "aux") || rel_base(s, k, "cc") ||
            rel_base(s, k, "mark"))
            continue;
        if (s->men_at[k] < 0 || case_of(s, k) || !(rel_base(s, k, "advmod") ||
                                                   rel_is(s, k, "dep") ||
                                                   rel_base(s, k, "compound") ||
                                                   rel_is(s, k, "obj") ||
                                                   rel_base(s, k, "nmod")))
            return s->n;
        m = &s->men[s->men_at[k]];
        if (m->kind != DYAD_LEX_ACTOR || !m->code[0] || is_place_only(m))
            return s->n;
        return k;
    }
    return s->n;
}

/*
 * "X did Y on Sunday, the defence ministry in Taipei said" parsed with
 * the ministry an apposition of "Sunday" and "said" with no subject: a
 * speech verb with none whose words right before it, back to a comma,
 * are one noun phrase (one word whose head lies outside them, a noun,
 * no verb among them) has that phrase as its subject.  Returns its head
 * or n.
 */
static uint32_t comma_speaker(const struct sent *s, uint32_t v)
{
    uint32_t comma = s->n, h = s->n;

    if (v < 2 || !upos_is(s, v, "VERB") || !dy__coder_is_speech_lemma(lemma_of(s, v)))
        return s->n;
    for (uint32_t k = v; k-- > 0 && v - k <= 10;) {
        if (ieq(s->forms[k], ",")) {
            comma = k;
            break;
        }
        if (upos_is(s, k, "VERB") || upos_is(s, k, "AUX") || upos_is(s, k, "PUNCT"))
            return s->n;
    }
    if (comma == s->n || comma + 1 >= v)
        return s->n;
    for (uint32_t k = comma + 1; k < v; k++) {
        if (s->head[k] > comma && s->head[k] < v)
            continue;
        if (h != s->n)
            return s->n;   /* two phrases */
        h = k;
    }
    return h != s->n && (upos_is(s, h, "NOUN") || upos_is(s, h, "PROPN")) ? h : s->n;
}

/*
 * "Hamas fired rockets after Israeli police raided the mosque" parsed
 * with "after Israeli police" an oblique of "fired" and "raided" its
 * conjunct: a conjoined verb with no subject right after an oblique of
 * its head marked after/before/since/until is that clause's verb, and
 * the oblique's noun its subject.  Returns that noun or n.
 */
static uint32_t clause_in_oblique(const struct sent *s, uint32_t v)
{
    static const char *const subord[] = {"after", "before", "since", "until", NULL};
    uint32_t h = s->head[v], last = 0, o = s->n;

    if (!rel_is(s, v, "conj") || h >= s->n || v == 0 || child_rel(s, v, "nsubj") != s->n ||
        child_rel(s, v, "cc") != s->n)
        return s->n;
    for (uint32_t k = s->first[h]; k != s->n && k < v; k = s->next[k])
        if (rel_base(s, k, "obl") && case_of(s, k) && in_list(case_of(s, k), subord) &&
            (upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN")))
            o = k;
    if (o == s->n)
        return s->n;
    /* the oblique's words end right before v */
    for (uint32_t i = o; i < v; i++) {
        uint32_t a = i;
        while (a != o && a < s->n)
            a = s->head[a];
        if (a == o)
            last = i;
    }
    return last + 1 == v ? o : s->n;
}

/*
 * Does finite verb v (with no subject) follow a comma and a bare noun
 * phrase ("..., the official news agency said")?  That phrase is its
 * subject, which the parser hung elsewhere (an apposition of the noun
 * before the comma).  Only determiners, adjectives, numbers and nouns
 * may stand between the comma and v, and at least one noun: "to most
 * West Africans ordered out" (a preposition) is not such a phrase.
 */
static int lost_subject(const struct sent *s, uint32_t v)
{
    int noun = 0;

    if (!has_feat(s, v, "VerbForm=Fin") || child_rel(s, v, "mark") != s->n)
        return 0;
    for (uint32_t t = v; t-- > 0;) {
        if (rel_base(s, t, "punct"))
            return noun && ieq(s->forms[t], ",");
        if (upos_is(s, t, "NOUN") || upos_is(s, t, "PROPN"))
            noun = 1;
        else if (!upos_is(s, t, "DET") && !upos_is(s, t, "ADJ") && !upos_is(s, t, "NUM"))
            return 0;
        for (uint32_t a = t, step = 0; a < s->n && step < MAX_CLIMB; a = s->head[a], step++)
            if (a == v)
                return 0; /* v's own dependent: not a lost subject */
    }
    return 0;
}

/* v is marked "to" (an infinitive of purpose or complement). */
static int to_purpose(const struct sent *s, uint32_t v)
{
    uint32_t mk = child_rel(s, v, "mark");

    return mk != s->n && ieq(s->forms[mk], "to");
}

/* "jailed a man for helping militants", "accused Rwanda of making
 * accusations": a gerund adjunct with "for" or "of" tells what the
 * governor's object did, so the object is its subject. */
static int object_gerund(const struct sent *s, uint32_t v)
{
    uint32_t mk = child_rel(s, v, "mark");

    return rel_is(s, v, "advcl") && mk != s->n &&
           (ieq(s->forms[mk], "for") || ieq(s->forms[mk], "of")) &&
           (has_feat(s, v, "VerbForm=Ger") || (s->w[v].xpos && strcmp(s->w[v].xpos, "VBG") == 0));
}

/*
 * Subjects (sources) of verb v, and for passives the patient (a
 * target).  Inherits through conj (shared subject), xcomp (object or
 * subject control), acl:relcl and acl (the modified noun).
 */

/* "Unions are concerned (that ...)", "the minister was worried", "Israel
 * is opposed to French mediation": the parser's passive of a verb of
 * feeling or stance is the copula and adjective; its subject is who
 * feels or stands, the source.  A verb of feeling keeps that reading
 * with a "by" phrase ("was disappointed by the decision", "alarmed by
 * what they found": what is felt about, a target, find_targets); a
 * stance does not ("was opposed by Osgiliath" is Osgiliath's act). */
static const char *const feel_verbs[] = {"concern", "worry", "alarm", "disappoint", "dissatisfy",
                                         "displease", "anger", "outrage", "incense",
                                         "infuriate", "enrage", NULL};

/* Whether v says what someone feels about something: a verb of feeling
 * or its adjective ("disappointed with", "angry at"). */
const char *const dy__coder_feeling_adjs[] = {"disappointed", "dissatisfied", "displeased",
                                              "unhappy",      "angry",        "outraged",
                                              "incensed",     "infuriated",   "furious",
                                              "indignant",    "concerned",    "worried",
                                              "alarmed",      NULL};

int dy__coder_is_feeling(const struct sent *s, uint32_t v)
{
    return in_list(lemma_of(s, v), feel_verbs) || in_list(lemma_of(s, v), dy__coder_feeling_adjs);
}

/* "Serb forces were engaged in ethnic cleansing", "were involved in the
 * fighting": a passive of engaging in something with no "by" agent says
 * what its subject does. */
static int engaged_in(const struct sent *s, uint32_t v)
{
    static const char *const engage[] = {"engage", "involve", "embroil", NULL};

    if (!in_list(lemma_of(s, v), engage) || dy__coder_passive_agent(s, v) != s->n)
        return 0;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (rel_base(s, k, "obl") && case_of(s, k) && ieq(case_of(s, k), "in"))
            return 1;
    return 0;
}

static uint32_t experiencer(const struct sent *s, uint32_t v)
{
    int feel;

    if (!upos_is(s, v, "VERB") || child_rel(s, v, "aux:pass") == s->n)
        return s->n;
    feel = in_list(lemma_of(s, v), feel_verbs);
    if (!feel && !(ieq(lemma_of(s, v), "oppose") && dy__coder_passive_agent(s, v) == s->n) &&
        !engaged_in(s, v))
        return s->n;
    return dy__coder_subject_rel(s, v, "nsubj:pass");
}

/* A dependent that is a clause of its own (a verb), which no split list
 * of subjects spans. */
static int clause_word(const struct sent *s, uint32_t k)
{
    return upos_is(s, k, "VERB") && !rel_is(s, k, "nsubj") && !rel_is(s, k, "conj");
}

/* A second subject that is no dictionary name begun before its own words:
 * "X, a friend of Saruman the White, welcomed" parsed with "White" a
 * second subject after "Saruman" is a name's last word, no list item
 * (slip6); nor is a city or region that says where the place before it
 * is. */
static int list_item(const struct sent *s, uint32_t k)
{
    uint32_t lo = k;

    for (uint32_t j = s->dl; j < k; j++) {
        uint32_t up = j;
        for (int d = 0; d < MAX_CLIMB && up < s->n && up != k; d++)
            up = s->head[up];
        if (up == k) {
            lo = j;
            break;
        }
    }
    if (s->men_at[k] >= 0 && s->men[s->men_at[k]].start < lo)
        return 0;
    /* "Police in Irving, Texas arrested": a city or region right after
     * "<place in a prepositional phrase> ," says where that place is */
    return !(s->men_at[k] >= 0 && is_place_only(&s->men[s->men_at[k]]) && lo >= 2 &&
             strcmp(s->forms[lo - 1], ",") == 0 &&
             (rel_base(s, lo - 2, "nmod") || rel_base(s, lo - 2, "obl")) && case_of(s, lo - 2));
}

/* Whether token k begins a dictionary actor with a code of its own (a
 * country, a person, an organisation), not an agent word. */
static int named_actor(const struct sent *s, uint32_t k)
{
    const struct mention *m = s->men_at[k] >= 0 ? &s->men[s->men_at[k]] : NULL;

    return m && m->start == k && m->kind == DYAD_LEX_ACTOR && m->code[0] && strlen(m->code) >= 3;
}

/* "North Korean leader Kim Jong Un visited ..." parsed with "leader" and
 * "Kim" two subjects: a proper-noun subject right after the first
 * subject's words, with nothing between, is the name its title goes
 * with; when the title's head is no dictionary word, or the name is a
 * dictionary actor of its own ("Kenya's neighbours Uganda and Tanzania
 * congratulated": "neighbours" describes them), that name is the
 * subject.  Returns it, or subj. */
static uint32_t title_then_name(const struct sent *s, uint32_t v, uint32_t subj)
{
    uint32_t hi = subj;

    for (uint32_t j = subj + 1; j < s->n; j++) {
        uint32_t up = j;
        for (int d = 0; d < MAX_CLIMB && up < s->n && up != subj; d++)
            up = s->head[up];
        if (up != subj)
            break;
        hi = j;
    }
    /* a title the dictionaries know ("minister Calimehtar": an agent)
     * resolves with the name after it; an unknown one ("leader") is only
     * a word before the name */
    if (hi + 1 < s->n && s->head[hi + 1] == v && rel_is(s, hi + 1, "nsubj") &&
        upos_is(s, hi + 1, "PROPN") && !upos_is(s, subj, "PROPN") &&
        (s->men_at[subj] < 0 || named_actor(s, hi + 1)) && !upos_is(s, hi, "PUNCT"))
        return hi + 1;
    return subj;
}

/* "Senator X, the deputy head of Russia's Defense and Security Committee,
 * said" parsed with "Committee" a second subject of "said": a later
 * subject k after an apposition of subj that starts between them is the
 * apposition's own last words, not a list item. */
static int inside_appos(const struct sent *s, uint32_t subj, uint32_t k)
{
    for (uint32_t a = s->first[subj]; a != s->n; a = s->next[a])
        if (rel_is(s, a, "appos") && a > subj && a < k)
            return 1;
    return 0;
}

/* Parser slip (new model, slip6): "Russia talks with Japan before China
 * left, the officials said" parsed with both "talks" (a noun) and
 * "officials" subjects of "said", a clause between them: no list split
 * in two, the subject after the last clause is the verb's own.  Returns
 * that subject of v, or subj (its first). */
static uint32_t subject_past_clause(const struct sent *s, uint32_t v, uint32_t subj)
{
    int clause = 0;

    for (uint32_t k = s->next[subj]; k != s->n && k < v; k = s->next[k]) {
        if (clause_word(s, k))
            clause = 1;
        else if (clause && rel_is(s, k, "nsubj")) {
            subj = k;
            clause = 0;
        }
    }
    return subj;
}

/* Parser slip (new model, slip6): "Russian officials and diplomats criticized
 * Japan." parsed with the noun phrase as the root and the verb as its
 * reduced relative (`acl`, a participle).  In a body sentence (not a
 * headline, where "Troops killed in ambush" is the usual passive) whose
 * root is that noun, or whose reported clause it is ("Thousands of Kurds
 * demonstrated in Kirkuk, witnesses said" with the noun the complement
 * of "said"), a participle right after the noun's words with no
 * marker, subject or auxiliary of its own is the sentence's verb and the
 * noun its subject.  Returns the noun for such an acl a, or n. */
uint32_t dy__coder_root_noun_verb(const struct sent *s, uint32_t a)
{
    uint32_t h = s->head[a];

    if (s->title || !rel_is(s, a, "acl") || !upos_is(s, a, "VERB") || h >= s->n || a < h ||
        (s->head[h] < s->n &&
         !(rel_is(s, h, "ccomp") && in_list(lemma_of(s, s->head[h]), dy__coder_speech_verbs))) ||
        !(upos_is(s, h, "NOUN") || upos_is(s, h, "PROPN")) ||
        child_rel(s, a, "mark") != s->n || child_rel(s, a, "nsubj") != s->n ||
        child_rel(s, a, "nsubj:pass") != s->n || child_rel(s, a, "aux") != s->n ||
        child_rel(s, a, "aux:pass") != s->n || child_rel(s, a, "obl:agent") != s->n)
        return s->n;
    /* the words between are the noun's own (adjectives, a conjoined noun) */
    for (uint32_t k = h + 1; k < a; k++) {
        uint32_t up = s->head[k];
        for (int d = 0; d < MAX_CLIMB && up < s->n && up != h && up > h && up < a; d++)
            up = s->head[up];
        if (up != h)
            return s->n;
    }
    /* no verb elsewhere the sentence could have had as its main verb */
    for (uint32_t k = 0; k < s->n; k++)
        if (k != a && (upos_is(s, k, "VERB") || upos_is(s, k, "AUX")) && s->head[k] == h)
            return s->n;
    return h;
}

/* "Iran says will retaliate against Israel", "Gollum noted would now
 * boycott": a wire's telegraphic complement, a clause with a modal but no
 * subject under a verb of speech, is the speaker's own; it takes the
 * speaker as its subject. */
static int telegraphic_complement(const struct sent *s, uint32_t v)
{
    static const char *const modal[] = {"will", "would", "shall", "can", "could", "may",
                                        "might", "must", NULL};
    uint32_t p = s->head[v];

    if (!rel_is(s, v, "ccomp") || p >= s->n || !upos_is(s, p, "VERB") ||
        !(dy__coder_is_speech_lemma(lemma_of(s, p)) || ieq(lemma_of(s, p), "vow") ||
          ieq(lemma_of(s, p), "threaten") || ieq(lemma_of(s, p), "pledge")) ||
        child_rel(s, v, "mark") != s->n || child_rel(s, v, "expl") != s->n)
        return 0;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "aux") && k < v && in_list(lemma_of(s, k), modal))
            return 1;
    return 0;
}

void dy__coder_find_sources(const struct sent *s, uint32_t v, struct args *src, struct args *pat)
{
    uint32_t rn = dy__coder_root_noun_verb(s, dy__coder_conj_top(s, v));
    uint32_t cur = v;

    if (experiencer(s, v) != s->n) {
        dy__coder_args_add_conj(s, src, experiencer(s, v),
                                engaged_in(s, v) ? "who engages in it" : "who is concerned");
        return;
    }
    if (rn != s->n) {
        dy__coder_args_add_conj(s, src, rn,
                                "verb read as the root noun's reduced relative: the noun");
        return;
    }

    /* "was interrogated by a lawyer and then arrested": the arrest is the
     * police's (passive_authority), not the first conjunct's agent's */
    if (dy__coder_passive_conjunct(s, v) && dy__coder_passive_authority(s, v))
        return;

    for (int step = 0; step < MAX_CLIMB && cur < s->n; step++) {
        int passive = dy__coder_is_passive(s, cur);
        uint32_t subj = dy__coder_subject_rel(s, cur, "nsubj");
        uint32_t psubj = dy__coder_subject_rel(s, cur, "nsubj:pass");
        uint32_t p = s->head[cur];
        /* "condemned an attack ... and promised aid": a verb the parser
         * coordinated with the object noun shares the clause's subject */
        for (int up = 0; up < MAX_CLIMB && rel_is(s, cur, "conj") && upos_is(s, cur, "VERB") &&
                         p < s->n && !upos_is(s, p, "VERB") && !upos_is(s, p, "AUX");
             up++)
            p = s->head[p];
        if (passive && step == 1 && !dy__coder_is_passive(s, v) && psubj != s->n &&
            rel_is(s, v, "advcl") && s->head[v] == cur && !to_purpose(s, v)) {
            /* "After calling the Church, Montalvo was put through to ...":
             * the subject of the clause an adjunct hangs on, here a
             * passive's patient, is the adjunct's subject (a "to" purpose
             * of a passive, "were dispatched to command", stays as it was) */
            dy__coder_args_add_conj(s, src, psubj, "adjunct: the passive clause's subject");
            return;
        }
        if (passive && step > 0 && !dy__coder_is_passive(s, v) && psubj != s->n && pat == NULL &&
            dy__coder_conj_top(s, v) == cur) {
            /* "X was defeated and resigned": an active verb conjoined to a
             * passive one shares its subject, the passive's patient; a
             * participle sharing the auxiliary ("I was hauled in and
             * told that ...") is passive too: its subject is told, and
             * who told is not said */
            if (!(dy__coder_passive_conjunct(s, v) && s->w[v].xpos &&
                  strcmp(s->w[v].xpos, "VBN") == 0))
                dy__coder_args_add_conj(s, src, psubj, "inherited nsubj:pass");
            return;
        }
        if (passive) {
            uint32_t ag = dy__coder_passive_agent(s, cur);
            if (psubj != s->n && pat) {
                /* "the alliance, which was backed by the rebels": the
                 * relative pronoun's noun is the one acted on */
                int rel = dy__coder_is_relpron(s, psubj) && rel_is(s, cur, "acl:relcl") &&
                          p < s->n;
                dy__coder_args_add_conj(s, pat, rel ? p : psubj,
                                        rel ? "acl:relcl head (nsubj:pass)" : "nsubj:pass");
            }
            if (ag != s->n) {
                dy__coder_args_add_conj(s, src, ag, "obl:agent");
                return;
            }
            if (psubj != s->n)
                return;
            /* "left the boat to be rescued", "after being arrested": the
             * subject a passive verb inherits is its patient, not the
             * one who acts */
            if (cur == v && subj == s->n)
                return;
        }
        if (subj == s->n && psubj == s->n)
            subj = stray_subject(s, cur);
        if (subj == s->n && psubj == s->n)
            subj = clause_in_oblique(s, cur);
        if (subj == s->n && psubj == s->n && step == 0)
            subj = comma_speaker(s, cur);
        if (subj != s->n) {
            subj = title_then_name(s, cur, subject_past_clause(s, cur, subj));
            if (dy__coder_is_relpron(s, subj) && rel_is(s, cur, "acl:relcl") && p < s->n)
                dy__coder_args_add_conj(s, src, p, "acl:relcl head");
            else
                dy__coder_args_add_conj(s, src, subj, step ? "inherited nsubj" : "nsubj");
            /* "Mordor, Rohan, Fornost and Bree welcomed": a list the
             * parser split into several subjects (no clause between) */
            for (uint32_t k = s->next[subj]; k != s->n && k < cur && !clause_word(s, k);
                 k = s->next[k])
                if (rel_is(s, k, "nsubj") && s->head[k] == cur && list_item(s, k) &&
                    !inside_appos(s, subj, k))
                    dy__coder_args_add_conj(s, src, k, step ? "inherited nsubj" : "nsubj");
            return;
        }
        if (p >= s->n)
            return;
        if ((rel_is(s, cur, "advcl") || rel_is(s, cur, "xcomp")) && lost_subject(s, cur)) {
            /* "..., the official news agency said on Thursday" parsed as
             * an advcl or xcomp whose subject became an apposition: the
             * clause has a subject of its own, not its governor's (nor
             * its governor's object). */
            return;
        }
        if (object_gerund(s, cur) && !dy__coder_is_passive(s, p) &&
            child_rel(s, p, "obj") != s->n) {
            dy__coder_args_add_conj(s, src, child_rel(s, p, "obj"),
                                    "'for'/'of' + gerund: the governor's object");
            return;
        }
        if (rel_is(s, cur, "xcomp")) {
            /* "allowed the radicals to launch", the object read as iobj */
            uint32_t o = child_rel(s, p, "obj") != s->n ? child_rel(s, p, "obj")
                                                       : child_rel(s, p, "iobj");
            uint32_t ps = dy__coder_subject_rel(s, p, "nsubj:pass");
            if (o != s->n) {
                dy__coder_args_add_conj(s, src, o, "xcomp: governor's object");
                return;
            }
            if (ps != s->n && dy__coder_is_passive(s, p)) {
                /* "Gollum was seen to break into ...", "X was reported
                 * to have attacked": the passive's subject does the
                 * complement (not the seer, the "by" agent) */
                dy__coder_args_add_conj(s, src, ps, "xcomp of a passive: its subject");
                return;
            }
        } else if (rel_is(s, cur, "acl") && dy__coder_policy_of(s, cur) != s->n) {
            dy__coder_args_add_conj(s, src, dy__coder_policy_of(s, cur), "the policy's holder");
            return;
        } else if (rel_base(s, cur, "acl")) {
            /* "a Russian law used to silence dissent", "civilians killed
             * in the strike": the noun a passive participle modifies is
             * what it is done to, not who does it (nor its purpose) */
            if (rel_is(s, cur, "acl") && has_feat(s, cur, "VerbForm=Part") &&
                has_feat(s, cur, "Tense=Past") && child_rel(s, cur, "mark") == s->n)
                return;
            dy__coder_args_add_conj(s, src, p, "acl: modified noun");
            return;
        } else if (rel_is(s, cur, "obj") && (upos_is(s, cur, "VERB") || upos_is(s, cur, "AUX")) &&
                   p < cur && (upos_is(s, p, "NOUN") || upos_is(s, p, "PROPN"))) {
            /* "Gondor officials are about to restore ties" parsed with
             * "are" as the object of "officials": a noun has no object,
             * the verb after it is its clause and the noun its subject */
            dy__coder_args_add_conj(s, src, p, "verb hung on the noun before it: the noun");
            return;
        } else if (!rel_is(s, cur, "conj") && !rel_is(s, cur, "xcomp") &&
                   !rel_is(s, cur, "advcl") && !(s->title && rel_is(s, cur, "parataxis")) &&
                   !telegraphic_complement(s, cur)) {
            /* Headlines join verbs with a comma: "Russia Rejects Calls ...,
             * Blames U.S." -- the second verb shares the subject. */
            return;
        }
        cur = p;
        if (pat)
            pat = NULL; /* patients are not inherited */
    }
}

static const char *const target_preps[] = {"with", "against", "to", "toward", "towards", "on",
                                           "at", "from", "for", "into", "over", "upon", "about",
                                           "of", "onto", "between", NULL};

const char *const dy__coder_talk_verbs[] = {"talk", "speak", "chat", "converse", NULL};

/* "is going to talk about Iran": w in the "about" phrase of a verb of
 * talking v is the topic, not a partner. */
static int talk_topic(const struct sent *s, uint32_t v, uint32_t w)
{
    const char *cs = case_of(s, w);

    return cs && ieq(cs, "about") && s->head[w] == v && in_list(lemma_of(s, v), dy__coder_talk_verbs);
}

/* Verbs whose "of" phrase is the charge ("accused X of spying"). */
static const char *const charge_verbs[] = {"accuse", "suspect", "convict", "acquit", "charge",
                                           "clear", NULL};

/* Verbs of giving, whose "to" phrase is the recipient. */
static const char *const give_verbs[] = {"give", "offer", "send", "provide", "donate", "deliver",
                                         "sell", "supply", "ship", "hand", "grant", "lend",
                                         "transfer", "pledge", "export", "extradite", NULL};

/* "X rescued 700 migrants and Y saved 200 more": an object that is only
 * a number or "more"/"others" stands for the object of the verb it is
 * conjoined to.  Returns that object, or n. */
static uint32_t elliptic_object(const struct sent *s, uint32_t v, uint32_t o)
{
    static const char *const rest[] = {"more", "other", "others", NULL};
    uint32_t h = s->head[v], ho;

    if (!rel_is(s, v, "conj") || h >= s->n ||
        !(upos_is(s, o, "NUM") || in_list(s->forms[o], rest)) ||
        child_rel(s, o, "nmod") != s->n)
        return s->n;
    ho = child_rel(s, h, "obj");
    return ho != s->n && (upos_is(s, ho, "NOUN") || upos_is(s, ho, "PROPN")) ? ho : s->n;
}

/* Targets of v: obj (and conj), iobj, then obliques with a preposition. */
static void shared_dependent(const struct sent *s, uint32_t v, struct args *tgt);

uint32_t dy__coder_by_actor(const struct sent *s, uint32_t h, const char *rel, uint32_t after)
{
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        const struct mention *m = s->men_at[k] >= 0 ? &s->men[s->men_at[k]] : NULL;
        if (k > after && rel_base(s, k, rel) && case_of(s, k) && ieq(case_of(s, k), "by") && m &&
            m->code[0])
            return k;
    }
    return s->n;
}

/* The "by" agent of act noun o, v's object: o's own "by" phrase, or one
 * of active v after o ("condemned the arrest of X by the police" parsed
 * with "by" on the verb); else n. */
static uint32_t act_agent(const struct sent *s, uint32_t v, uint32_t o)
{
    uint32_t k = dy__coder_by_actor(s, o, "nmod", o);

    if (k == s->n && !dy__coder_is_passive(s, v))
        k = dy__coder_by_actor(s, v, "obl", o);
    return k;
}

/* Whether obl k of v lies in the same actor mention as an "according to"
 * phrase of v. */
static int in_according_phrase(const struct sent *s, uint32_t v, uint32_t k)
{
    if (s->men_at[k] < 0)
        return 0;
    for (uint32_t j = s->first[v]; j != s->n; j = s->next[j]) {
        const char *cj = rel_base(s, j, "obl") ? case_of(s, j) : NULL;
        if (j != k && cj && (ieq(cj, "according") || ieq(cj, "accord")) &&
            s->men_at[j] == s->men_at[k])
            return 1;
    }
    return 0;
}

void dy__coder_find_targets(const struct sent *s, uint32_t v, struct args *tgt)
{
    uint32_t o = child_rel(s, v, "obj");
    uint32_t io = child_rel(s, v, "iobj");
    uint32_t over = s->n, at = s->n;
    uint32_t by = o != s->n && dy__coder_event_noun_verb(lemma_of(s, o)) ? act_agent(s, v, o)
                                                                         : s->n;

    if (io != s->n)
        dy__coder_args_add_conj(s, tgt, io, "iobj");
    if (experiencer(s, v) != s->n && dy__coder_passive_agent(s, v) != s->n)
        dy__coder_args_add_conj(s, tgt, dy__coder_passive_agent(s, v),
                                "what the one who feels is moved by");
    if (o != s->n && dy__coder_is_relpron(s, o) && rel_is(s, v, "acl:relcl") && s->head[v] < s->n &&
        in_list(lemma_of(s, s->head[v]), dy__coder_act_nouns) && rel_is(s, s->head[v], "obj") &&
        s->head[s->head[v]] < s->n) {
        /* "X maintained a policy ..., which Y criticised": what is done
         * to an actor's policy is done to the actor (its subject). */
        uint32_t holder = child_rel(s, s->head[s->head[v]], "nsubj");
        if (holder != s->n)
            dy__coder_args_add_conj(s, tgt, holder, "relative: the policy's holder");
    }
    if (o != s->n && elliptic_object(s, v, o) != s->n)
        dy__coder_args_add_conj(s, tgt, elliptic_object(s, v, o),
                                "ellipsis: the first conjunct's object");
    if (by != s->n)
        /* "condemned the arrest of the leader by the police": what is
         * done to an act is done to its agent */
        dy__coder_args_add_conj(s, tgt, by, "the object act's agent (by)");
    else if (o != s->n)
        dy__coder_args_add_conj(s, tgt, o, "obj");
    if (o != s->n && in_list(lemma_of(s, v), give_verbs)) {
        /* "offering heat shield tiles to schools" with "to schools" hung
         * on the object: what is given goes to the recipient, the verb's
         * target however the parser attached it */
        for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
            if (k > o && rel_base(s, k, "nmod") && case_of(s, k) && ieq(case_of(s, k), "to"))
                dy__coder_args_add_conj(s, tgt, k, "the given object's recipient (to)");
    }
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs;
        if (rel_is(s, k, "obl:unmarked") || rel_is(s, k, "obl:tmod") || rel_is(s, k, "nmod:tmod")) {
            /* "left yesterday for Minas Tirith" with "for Minas Tirith"
             * hung on "yesterday": a bare time noun modifies nothing, its
             * prepositional dependents are the verb's */
            for (uint32_t j = s->first[k]; j != s->n; j = s->next[j]) {
                const char *cj = rel_base(s, j, "nmod") ? case_of(s, j) : NULL;
                if (cj && in_list(cj, target_preps) && !ieq(cj, "at") && !ieq(cj, "of"))
                    dy__coder_args_add_conj(s, tgt, j, "obl (under a time noun)");
            }
            continue;
        }
        if (!rel_is(s, k, "obl") && !rel_is(s, k, "obl:arg"))
            continue;
        /* "on Sunday" is when, and what the parser hangs on it (", the
         * minister said" as its apposition) no target */
        if (in_list(lemma_of(s, k), dy__coder_calendar_words))
            continue;
        cs = case_of(s, k);
        if (!cs || !in_list(cs, target_preps))
            continue;
        /* "was accused by X of supplying drones": the charge, not a
         * target */
        if (ieq(cs, "of") && in_list(lemma_of(s, v), charge_verbs))
            continue;
        /* "According to the Syrian Observatory for Human Rights, ..."
         * with "for Human Rights" hung on the verb: part of the name
         * the report is attributed to, not a target */
        if (in_according_phrase(s, v, k))
            continue;
        /* "talked to Bush about it": what is talked about is the topic,
         * not a partner */
        if (talk_topic(s, v, k))
            continue;
        /* "at the summit in Geneva": a place, not a target ("angry at
         * Japan": what is felt about) */
        if (ieq(cs, "at") && s->men_at[k] >= 0 && is_at_place(&s->men[s->men_at[k]]) &&
            !dy__coder_is_feeling(s, v))
            continue;
        /* "lodged a protest with China over the detention of a Japanese
         * businessman": what it is over is its cause; a target only when
         * nothing else is named */
        if (ieq(cs, "over")) {
            if (over == s->n)
                over = k;
            continue;
        }
        /* "criticized Israel at the United Nations", "filed a case at
         * the International Court of Justice": an international body
         * after "at" is where it was done, the target only when nothing
         * else is named ("fired missiles at Japan" keeps its target) */
        if (ieq(cs, "at") && s->men_at[k] >= 0 &&
            strncmp(s->men[s->men_at[k]].code, "IGO", 3) == 0) {
            if (at == s->n)
                at = k;
            continue;
        }
        dy__coder_args_add_conj(s, tgt, k, "obl");
    }
    if (at != s->n && tgt->n == 0)
        dy__coder_args_add_conj(s, tgt, at, "obl (at)");
    if (over != s->n && tgt->n == 0)
        dy__coder_args_add_conj(s, tgt, over, "obl (over)");
    if (tgt->n == 0 && o == s->n)
        shared_dependent(s, v, tgt);
}

/* Verbs joined with nothing but "and"/"or" between them share what
 * follows the last: "chant and demonstrate against Israel" (UD hangs the
 * shared "against Israel" on the first verb), "condemned and rejected
 * the plan" (the parser hung "the plan" on the second).  For v with no
 * object or target of its own, the object or target oblique of its
 * partner that comes after both. */
static void shared_dependent(const struct sent *s, uint32_t v, struct args *tgt)
{
    uint32_t h = s->n, last;

    if (rel_is(s, v, "conj") && s->head[v] < v && upos_is(s, s->head[v], "VERB"))
        h = s->head[v];
    else
        for (uint32_t k = s->first[v]; k != s->n && h == s->n; k = s->next[k])
            if (rel_is(s, k, "conj") && k > v && upos_is(s, k, "VERB"))
                h = k;
    if (h == s->n)
        return;
    /* adjacent: "A and B", nothing but the conjunction (and adverbs) between */
    for (uint32_t k = DY_MIN(h, v) + 1; k < DY_MAX(h, v); k++)
        if (!rel_is(s, k, "cc") && !rel_base(s, k, "advmod"))
            return;
    last = DY_MAX(h, v);
    if (h == last && child_rel(s, h, "nsubj") != s->n)
        return; /* "X condemned and Y rejected the plan": the second's own */
    for (uint32_t k = s->first[h]; k != s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if (k < last)
            continue;
        if (rel_is(s, k, "obj") ||
            ((rel_is(s, k, "obl") || rel_is(s, k, "obl:arg")) && cs && in_list(cs, target_preps) &&
             !ieq(cs, "at") && !ieq(cs, "of") && !ieq(cs, "over"))) {
            dy__coder_args_add_conj(s, tgt, k, "shared with the verb it is joined to");
            return;
        }
    }
}

/*
 * No object or oblique names an actor: the first dictionary actor in
 * the verb's own phrase after it ("restore ties with Gondor", "a visit
 * to Eriador"), the way pattern-based coders find targets.
 */
static const char *const deep_skip[] = {"nsubj", "csubj", "ccomp", "advcl", "parataxis",
                                        "conj", "punct", "cc", "acl:relcl", "list", NULL};

/* "turned away boats of migrants": an agent whose things are the verb's
 * object ("of" modifier of the object) is what the act is aimed at. */
static int owner_of_object(const struct sent *s, uint32_t v, uint32_t w)
{
    const char *cs = case_of(s, w);
    uint32_t o = s->head[w];

    return rel_is(s, w, "nmod") && cs && ieq(cs, "of") && o < s->n && rel_is(s, o, "obj") &&
           s->head[o] == v;
}

/* "launches carried out in breach of UN Security Council resolutions":
 * a word under an "in breach of" phrase (a norm the act is measured
 * against) below v names whose rules, not whom the act is aimed at. */
static int under_norm_phrase(const struct sent *s, uint32_t w, uint32_t v)
{
    static const char *const norm_nouns[] = {"breach", "violation", "contravention",
                                             "defiance", "accordance", "compliance",
                                             "line", "keeping", NULL};

    for (int step = 0; step < MAX_CLIMB && w < s->n && w != v; step++, w = s->head[w]) {
        const char *cs = case_of(s, w);
        if (cs && ieq(cs, "in") && in_list(lemma_of(s, w), norm_nouns))
            return 1;
    }
    return 0;
}

/* "killed a preacher in Qaim, near the Syrian border": a country naming a
 * border or coast the phrase is near, at or along says where the act
 * was, not whom it was aimed at ("fired across the Syrian border" is). */
const char *const dy__coder_edge_nouns[] = {"border", "frontier", "boundary", "coast",
                                            "coastline", "side", NULL};

static int near_border(const struct sent *s, uint32_t w)
{
    static const char *const beside[] = {"near", "at", "along", "on", "by", "in", "close",
                                         NULL};
    uint32_t g = s->head[w];
    const char *cs = g < s->n ? case_of(s, g) : NULL;

    return g < s->n && in_list(lemma_of(s, g), dy__coder_edge_nouns) && cs &&
           in_list(cs, beside);
}

void dy__coder_find_deep_target(struct sent *s, uint32_t v, struct args *tgt, int violent)
{
    uint32_t lo, hi, st = dy__coder_mark_subtree(s, v, deep_skip, &lo, &hi), inf;

    dy__coder_drop_time_adjuncts(s, st, lo, hi);   /* another event's phrases */
    for (uint32_t i = lo; i <= hi && i < s->n; i++) {
        /* "denied accusations that it had supplied weapons to Ukraine":
         * a noun's "that" clause is what was said, another event */
        uint32_t mk = child_rel(s, i, "mark"), a, b;
        if (s->mark[i] == st && rel_is(s, i, "acl") && mk != s->n && ieq(s->forms[mk], "that"))
            (void)dy__coder_mark_subtree(s, i, NULL, &a, &b);
    }

    for (uint32_t i = v + 1; i <= hi && i < s->n; i++) {
        const struct mention *m;
        uint32_t last;
        int whole;
        if (s->mark[i] != st || s->men_at[i] < 0)
            continue;
        m = &s->men[s->men_at[i]];
        whole = i + m->len - 1 < s->n;   /* the mention ends in the sentence */
        last = whole ? i + m->len - 1 : i;
        /* an agent only as the object of a verb in the phrase ("launched
         * a petition asking the government to ...") */
        if (!m->code[0] ||
            !(m->kind == DYAD_LEX_ACTOR ||
              (m->kind == DYAD_LEX_AGENT && whole &&
               (rel_is(s, last, "obj") || rel_is(s, last, "iobj")) && s->head[last] != v) ||
              (m->kind == DYAD_LEX_AGENT && whole && owner_of_object(s, v, last))))
            continue;
        if (is_place(m) && !(violent && s->head[last] != v)) {
            /* "in Minsk" is where, not whom; but force used on something
             * in a country ("fired rounds at a loudspeaker in Gondor")
             * is used against that country */
            uint32_t t = last;
            const char *cs;
            /* "in Sudan's Darfur": the place the possessive belongs to */
            while ((rel_is(s, t, "nmod:poss") || rel_is(s, t, "compound")) && s->head[t] < s->n)
                t = s->head[t];
            cs = case_of(s, t);
            if (cs && (ieq(cs, "in") || ieq(cs, "at") || ieq(cs, "near")))
                continue;
            /* "marched through Paris", "rallied across the country":
             * where a march goes; but "strikes across Ukraine" hit it */
            if (cs && !violent && in_list(cs, dy__coder_route_preps))
                continue;
        }
        if (under_norm_phrase(s, last, v) || near_border(s, last) || talk_topic(s, v, last))
            continue;
        /* "agreed to restore ties in a deal brokered by China": the agent
         * of a participle in the phrase did another act */
        if (rel_is(s, last, "obl:agent"))
            continue;
        /* the phrase's head word, so that resolution sees the whole name */
        dy__coder_args_add_conj(s, tgt, last, "in the verb phrase");
        return;
    }
    /* "signed an accord on Thursday to supply Gondor with wheat": a "to"
     * infinitive parsed as an advcl is the verb's complement (as an
     * xcomp, which is searched above) */
    inf = dy__coder_to_complement(s, v);
    if (inf != s->n && rel_is(s, inf, "advcl"))
        dy__coder_find_deep_target(s, inf, tgt, violent);
}
