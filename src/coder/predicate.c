/*
 * predicate.c - module coder: one predicate coded, with its filters.
 *
 * code_predicate takes a verb through the stages (arguments, actors,
 * pattern, statement rules) and writes its events; the filters before it
 * drop sources and targets that a rule says are not the actors of the act
 * (one's own forces or civilians, an origin, relatives, a generic group).
 * After it come event nouns with a "by" agent, "according to"
 * attributions, reported speech linked to its speaker, and claims and
 * denials read as accusations.
 */
#include <strings.h>

#include "coder/coder_int.h"

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

/* "an official, who asked not to be named", "declined to be identified",
 * "requested anonymity": the wire's formula for an unnamed source. */
static int anonymity_formula(const struct sent *s, uint32_t v)
{
    static const char *const asking[] = {"ask", "request", "decline", "refuse", "demand",
                                         NULL};
    static const char *const naming[] = {"name", "identify", "quote", NULL};

    uint32_t k = v + 1;

    if (!in_list(lemma_of(s, v), asking))
        return 0;
    /* by the words, too: the parser often hangs "not to be named" on the
     * main clause's verb */
    if (k < s->n && ieq(s->forms[k], "not"))
        k++;
    if (k + 2 < s->n && ieq(s->forms[k], "to") && ieq(s->forms[k + 1], "be") &&
        in_list(lemma_of(s, k + 2), naming))
        return 1;
    for (k = s->first[v]; k != s->n; k = s->next[k])
        if ((rel_is(s, k, "xcomp") && in_list(lemma_of(s, k), naming) &&
             child_rel(s, k, "aux:pass") != s->n) ||
            (rel_is(s, k, "obj") && ieq(lemma_of(s, k), "anonymity")))
            return 1;
    return 0;
}

/*
 * '"Is this a quiz?" asked Bush', "Hiller asked whether Bush knew": "ask"
 * coded by its bare pattern (020, an appeal) whose clause is a question,
 * with no "to" clause of what is asked for ("asked China to help") and no
 * "that" clause ("asked that China help"), asks a question; nobody is
 * appealed to.
 */
static int question_asked(struct sent *s, uint32_t v, const struct pred *p)
{
    /* an indirect question's own markers besides the wh-words */
    static const char *const whether[] = {"whether", "if", NULL};

    if (!ieq(lemma_of(s, v), "ask") || p->vm.specificity != 0 ||
        child_rel(s, v, "xcomp") != s->n)
        return 0;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        uint32_t lo, hi, mk;
        /* the quoted question itself, or what the parser kept of a
         * fronted one ('"Why now?" the envoy asked': an advmod) */
        if (!rel_is(s, k, "ccomp") && !rel_is(s, k, "parataxis") &&
            (k > v || rel_base(s, k, "nsubj") || rel_is(s, k, "punct")))
            continue;
        mk = child_rel(s, k, "mark");
        if (mk != s->n)
            return in_list(s->forms[mk], dy__coder_wh_words) || in_list(s->forms[mk], whether);
        (void)dy__coder_mark_subtree(s, k, NULL, &lo, &hi);
        for (uint32_t t = lo; t <= hi + 1 && t < s->n; t++)
            if (ieq(s->forms[t], "?") ||
                (t == lo && (in_list(s->forms[t], dy__coder_wh_words) ||
                             in_list(s->forms[t], whether))))
                return 1;
    }
    return 0;
}

/* Whether every source is an agent of an unarmed sector. */
static int all_unarmed(const struct np *srcs, size_t nsrc)
{
    /* an international militarised group (IMG) is armed whatever its
     * creed: "ISIS fighters" are IMGMOSISI, agent MOS */
    for (size_t k = 0; k < nsrc; k++)
        if (!srcs[k].a.agent || !in_list(srcs[k].a.agent, unarmed_sectors) ||
            (srcs[k].a.code && strncmp(srcs[k].a.code, "IMG", 3) == 0))
            return 0;
    return nsrc > 0;
}

/*
 * "Israeli airstrikes killed 20 people", "Russian shelling hit a
 * school": the subject is the weapon, its modifier the one who used it.
 * The weapon says what kind of force it was (CAMEO 195 aerial weapons,
 * 194 artillery, 183 bombing, 190 other), and a state's aircraft or guns
 * are its armed forces (MIL).  NULL when lemma names no weapon.
 */
struct weapon {
    const char *lemma, *code;
    int forces;   /* a state's use is its military's */
};

static const struct weapon *weapon_subject(const char *lemma)
{
    static const struct weapon weapons[] = {
        {"airstrike", "195", 1},  {"air-strike", "195", 1}, {"bombardment", "195", 1},
        {"warplane", "195", 1},   {"jet", "195", 1},        {"drone", "1952", 1},
        {"aircraft", "195", 1},   {"helicopter", "195", 1}, {"gunship", "195", 1},
        {"shelling", "194", 1},   {"shell", "194", 1},      {"artillery", "194", 1},
        {"mortar", "194", 1},     {"tank", "194", 1},       {"missile", "190", 1},
        {"rocket", "190", 0},     {"bomb", "183", 0},       {"bombing", "183", 0},
        /* not "explosion", "blast": a mine's, a gas leak's */
        {NULL, NULL, 0}};

    for (size_t i = 0; lemma && weapons[i].lemma; i++)
        if (ieq(lemma, weapons[i].lemma))
            return &weapons[i];
    return NULL;
}

/* Whether appeal v names whom it is made to: an object that is a side
 * or party, or an "on" or "to" oblique ("called on all parties",
 * "urged the warring sides", "appealed to the parties"). */
static int appeal_addressee(const struct sent *s, uint32_t v)
{
    static const char *const sides[] = {"party", "side", "faction", "group", "country", "nation",
                                        "state", "government", "leader", "authority", NULL};
    uint32_t o = child_rel(s, v, "obj");

    /* ("expressed reluctance to ...": an object that is no one) */
    if (o != s->n && in_list(lemma_of(s, o), sides))
        return 1;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = rel_base(s, k, "obl") ? case_of(s, k) : NULL;
        if (cs && (ieq(cs, "on") || ieq(cs, "upon") || ieq(cs, "to")) &&
            !in_list(lemma_of(s, k), dy__coder_calendar_words))   /* "on Sunday" */
            return 1;
    }
    return 0;
}

/* Drops the targets that are military equipment (an agent code MIL named
 * by a weapon noun: jets, tanks, warships), keeping the others in order;
 * returns how many are left. */
static size_t drop_equipment(struct np *tgts, size_t ntgt)
{
    static const char *const equipment[] = {"jet", "warplane", "plane", "aircraft", "tank",
                                            "artillery", "drone", "submarine", "frigate",
                                            "destroyer", "warship", "helicopter", "gunship",
                                            "missile", "weapon", NULL};
    size_t keep = 0;

    for (size_t k = 0; k < ntgt; k++) {
        const struct dyad_actor *a = &tgts[k].a;
        const char *text = a->text ? strrchr(a->text, ' ') : NULL;
        char word[32];
        size_t len;
        text = text ? text + 1 : a->text;
        len = text ? strlen(text) : 0;
        if (len > 0 && len < sizeof(word)) {
            memcpy(word, text, len + 1);
            if (len > 1 && word[len - 1] == 's')
                word[len - 1] = '\0';   /* "jets" */
        } else {
            word[0] = '\0';
        }
        if (a->agent && strcmp(a->agent, "MIL") == 0 && in_list(word, equipment))
            continue;
        tgts[keep++] = tgts[k];
    }
    return keep;
}

/* Whether a source or target is of the country place (3 letters). */
static int party_at_home(const struct np *srcs, size_t nsrc, const struct np *tgts, size_t ntgt,
                         const char *place)
{
    for (size_t k = 0; k < nsrc + ntgt; k++) {
        const struct dyad_actor *a = k < nsrc ? &srcs[k].a : &tgts[k - nsrc].a;
        if (a->country && strlen(a->country) >= 3 && memcmp(a->country, place, 3) == 0)
            return 1;
    }
    return 0;
}

/* "Egypt and Qatar tried to mediate between the warring sides": an act
 * between or among others is not the subjects' act on each other. */
static int between_others(const struct sent *s, uint32_t v)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = rel_base(s, k, "obl") ? case_of(s, k) : NULL;
        if (cs && (ieq(cs, "between") || ieq(cs, "among")))
            return 1;
    }
    return 0;
}

/* Every source is a state: a country or capital named ("Japan",
 * "Tokyo"; not a people, "Palestinians") or a government. */
static int all_states(const struct np *srcs, size_t nsrc)
{
    for (size_t k = 0; k < nsrc; k++) {
        const struct dyad_actor *a = &srcs[k].a;
        if (!a->country || strlen(a->country) != 3 || strncmp(a->country, "IGO", 3) == 0 ||
            strncmp(a->country, "NGO", 3) == 0 ||
            !(a->agent ? strcmp(a->agent, "GOV") == 0 : srcs[k].place))
            return 0;
    }
    return nsrc > 0;
}

/* Every source is of agent list a, and some target of agent list b. */
static int agents_on(const struct np *srcs, size_t nsrc, const char *const *a,
                     const struct np *tgts, size_t ntgt, const char *const *b)
{
    int hit = 0;

    for (size_t k = 0; k < nsrc; k++)
        if (!srcs[k].a.agent || !in_list(srcs[k].a.agent, a))
            return 0;
    for (size_t k = 0; k < ntgt; k++)
        if (tgts[k].a.agent && in_list(tgts[k].a.agent, b))
            hit = 1;
    return nsrc > 0 && hit;
}

/* The opposition in the street (OPP: protesters, demonstrators) and the
 * forces that police it. */
static const char *const street[] = {"OPP", NULL};
static const char *const street_forces[] = {"COP", "MIL", NULL};

/* Every source is an armed group or force (REB, INS, MIL, COP, SPY), or
 * criminals (CRM: "gangs attacked a police station" is no riot). */
static int all_armed(const struct np *srcs, size_t nsrc)
{
    static const char *const armed[] = {"REB", "INS", "MIL", "COP", "SPY", "CRM", NULL};

    for (size_t k = 0; k < nsrc; k++)
        if (!srcs[k].a.agent || !in_list(srcs[k].a.agent, armed))
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
static const char *in_table(const struct coder *c, const char *code, const char *parent);

/* Whether token t lies in an oblique of verb v. */
static int in_oblique(const struct sent *s, uint32_t t, uint32_t v)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k])
        if (rel_base(s, k, "obl") && in_subtree(s, t, k))
            return 1;
    return 0;
}

/*
 * "Three Iraqi civilians were killed in a suicide car bombing in
 * Baghdad", "Two soldiers were wounded by a roadside bomb": a killing or
 * wounding (CAMEO 18x-19x) in the passive whose "in"/"by" phrase names
 * an attack or a device, with no actor doing it, is the act of
 * unidentified armed forces (CAMEO actor UAF) of the country where it
 * happened, as the PLOVER gold records code such bombings.  A bombing
 * is coded 183, or 1831-1833 for a suicide, vehicle or roadside bomb,
 * unless the verb's pattern already named the attack (`specific`).
 * Fills *out, updates *code and returns 1; 0 when v is no such event.
 */
static int agentless_attack(struct coder *c, struct sent *s, uint32_t v, int specific,
                            const char **code, struct np *out, uint32_t *at)
{
    static const char *const bombs[] = {"bomb", "bombing", "blast", "explosion", "device",
                                        "ied", "landmine", "explosive", NULL};
    static const char *const attacks[] = {"attack", "airstrike", "shelling", "ambush",
                                          "shooting", "rocket", "mortar", "missile", "gunfire",
                                          "grenade", "raid", NULL};
    const char *bcode = "183";
    uint32_t k, noun = s->n;
    int bomb = 0;
    struct dyad_place pl;
    char buf[DYAD_LEX_CODE_MAX];

    if ((strncmp(*code, "18", 2) != 0 && strncmp(*code, "19", 2) != 0) ||
        !dy__coder_is_passive(s, v))
        return 0;
    for (k = s->first[v]; k != s->n && noun == s->n; k = s->next[k]) {
        const char *cs = case_of(s, k);
        if ((rel_is(s, k, "obl:agent") || (rel_base(s, k, "obl") && cs &&
                                           (ieq(cs, "in") || ieq(cs, "by")))) &&
            s->men_at[k] < 0 && (in_list(lemma_of(s, k), bombs) || in_list(lemma_of(s, k), attacks)))
            noun = k;
        else if (rel_is(s, k, "obl:agent") || (rel_base(s, k, "obl") && cs && ieq(cs, "by")))
            return 0; /* someone named does it */
    }
    if (noun == s->n)
        return 0;
    for (k = s->first[noun]; k != s->n; k = s->next[k]) {
        const char *l = lemma_of(s, k);
        if (!(rel_is(s, k, "compound") || rel_is(s, k, "amod")))
            continue;
        if (ieq(l, "suicide"))
            bcode = "1831";
        else if (strcmp(bcode, "183") == 0 && (ieq(l, "car") || ieq(l, "vehicle") ||
                                                 ieq(l, "truck")))
            bcode = "1832";
        else if (strcmp(bcode, "183") == 0 && ieq(l, "roadside"))
            bcode = "1833";
        if (in_list(l, bombs))
            bomb = 1; /* "car bomb explosion": a bombing all the same */
    }
    /* a pattern that named the attack ("in suicide car bombing") keeps
     * its code; the bare verb's ("kill": 190) gives way to the bombing's */
    if (!specific && (bomb || in_list(lemma_of(s, noun), bombs) || strcmp(bcode, "183") != 0))
        *code = in_table(c, bcode, "183");
    dy__coder_event_place(c, s, v, &pl);
    /* else the first place named in v's obliques ("outside the Iraqi city
     * of Basra", "in a residential sector of eastern Beirut") */
    for (uint32_t t = 0; t < s->n && !pl.country; t++) {
        const struct mention *m = s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
        if (m && is_place(m) && strlen(m->code) >= 3 && in_oblique(s, t, v))
            pl.country = astr(c, m->code, 3);
    }
    dy_snprintf(buf, sizeof(buf), "%sUAF", pl.country ? pl.country : "");
    memset(out, 0, sizeof(*out));
    out->kind = NP_ACTOR;
    out->a.code = acstr(c, buf);
    out->a.text = span_text(c, s, tok_span(s, noun, noun));
    out->a.span = tok_span(s, noun, noun);
    dy__coder_split_code(c, &out->a);
    out->why = "agentless attack: unidentified armed forces of the place";
    *at = noun;
    return 1;
}

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

static const char *const diplomats[] = {"GOV", NULL};

/* A code for the use of force: assault, fight, mass violence (18x-20x). */
static int force_code(const char *code)
{
    return code[0] == '2' || (code[0] == '1' && code[1] >= '8');
}

/* A code that moves one's own forces: a show of force (15x), a retreat
 * (08x), an intent to yield (035x). */
static int own_forces_code(const char *code)
{
    return strncmp(code, "15", 2) == 0 || strncmp(code, "08", 2) == 0 ||
           strncmp(code, "035", 3) == 0;
}

/* Drops the targets that are the source's own (of no country or its
 * country) with an agent in agents[]. */
static size_t drop_own(const struct np *srcs, size_t nsrc, struct np *tgts, size_t ntgt,
                       const char *const *agents)
{
    size_t keep = 0;

    for (size_t k = 0; k < ntgt; k++) {
        const struct dyad_actor *t = &tgts[k].a;
        int own = t->agent && in_list(t->agent, agents);
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

/* "Zarif met his Omani counterpart": the counterpart holds the source's
 * role (its agent) in the country the phrase names (OMNGOV, not OMN). */
static void counterparts(struct coder *c, const struct np *src, struct np *t, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (t[k].kind != NP_ACTOR || !t[k].a.code || strlen(t[k].a.code) != 3 ||
            !src->a.agent || !src->a.country)
            continue;
        t[k].a.code = dy__coder_join_code(c, t[k].a.code, src->a.agent);
        dy__coder_split_code(c, &t[k].a);
        t[k].why = "counterpart: the source's role in the country named";
    }
}

/* Whether the phrase headed by t is a counterpart: t itself, or a
 * counterpart it is talks or a meeting with ("for talks with his Iranian
 * counterpart"). */
static int counterpart_phrase(const struct sent *s, uint32_t t)
{
    if (ieq(lemma_of(s, t), "counterpart"))
        return 1;
    for (uint32_t k = s->first[t]; k != s->n; k = s->next[k])
        if (rel_base(s, k, "nmod") && ieq(lemma_of(s, k), "counterpart"))
            return 1;
    return 0;
}

/* Target k came only from a place said to be where the object is ("a
 * peace deal in Jeddah", "people at a mosque in Peshawar"): a city or
 * country mention hung on a noun by in/at/near/inside/outside. */
static int location_target(const struct sent *s, const struct np *t)
{
    /* only a head no dictionary knows takes the place's code ("deal",
     * "mosque"); "the regime in Seoul" (KORGOV) and "demonstrators in
     * Tbilisi" (GEOOPP) name their actor */
    return t->kind == NP_ACTOR && t->mod && is_place(t->mod) && t->a.code && t->why &&
           strcmp(t->why, "actor in the phrase") == 0 && strcmp(t->a.code, t->mod->code) == 0 &&
           dy__coder_location_of(s, t->mod);
}

/* The location target's place hangs on a meeting or agreement ("a peace
 * deal in Jeddah", "talks in Geneva"): where it was held, whereas "a
 * ceasefire in Yemen" is about Yemen. */
static int venue_location(const struct sent *s, const struct np *t)
{
    static const char *const venues[] = {"deal", "agreement", "accord", "treaty", "pact",
                                         "talk", "talks", "meeting", "summit", "conference",
                                         "ceremony", "session", "visit", "forum", "event",
                                         "negotiation", "negotiations", "statement",
                                         "declaration", "communique", "memorandum",
                                         "protocol", "document", NULL};
    uint32_t n = s->head[dy__coder_mention_head(s, t->mod)];

    return n < s->n && in_list(lemma_of(s, n), venues);
}

/*
 * Where an object is, is no target: a location target goes when another
 * target names an actor ("killed 12 people at a mosque in Peshawar":
 * the people, not Pakistan), and, when it is the only one, the place
 * where a meeting or agreement was held ("signed a peace deal in
 * Jeddah": not aimed at Saudi Arabia), except for force and protest
 * (14x, 18x-20x: "fired at a loudspeaker in Gondor" is aimed at Gondor).
 * Returns the targets kept.
 */
static size_t drop_locations(const struct sent *s, const char *code, struct np *tgts, size_t ntgt)
{
    size_t keep = 0, other = 0;
    /* force, and a protest (14x): "staged a protest in Beijing" is
     * aimed at China */
    int force = force_code(code) || strncmp(code, "14", 2) == 0;

    for (size_t k = 0; k < ntgt; k++)
        other += !location_target(s, &tgts[k]);
    for (size_t k = 0; k < ntgt; k++)
        if (!location_target(s, &tgts[k]) ||
            (!other && (force || !venue_location(s, &tgts[k]))))
            tgts[keep++] = tgts[k];
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

/* "Officials declined to say when ...": the governing verb's own
 * pattern ("decline to say") codes the refusal to comment, 011; its
 * complement is not a second one. */
static int governor_declines(struct coder *c, struct sent *s, uint32_t v)
{
    struct dyad_verb_match gm;
    uint32_t gslot[3], g = s->head[v];
    int gneg;

    return rel_is(s, v, "xcomp") && g < s->n &&
           dy__coder_code_verb(c, s, g, &gm, gslot, &gneg) == DYAD_OK && gm.code &&
           strcmp(gm.code, "011") == 0;
}

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

static int keep_same(struct coder *c, uint32_t e)
{
    struct same_ok k;

    k.ev = e;
    k.verb_token = ((const struct dyad_event *)c->ev.data)[e].verb_token;
    return dy__coder_vec_push(&c->same_ok, &k);
}

/* Emits src -> tgt as p; codes that are the same now, or may meet once
 * the focus country fills an agent alone ("Montalvo" CVL, "former
 * members of Scientology" USACVL), or two people of one code, keep the
 * event (keep_same).  So does a first-person source acting on an actor
 * named with its own country ("'I am disappointed with NASA,' the
 * governor said"): the speaker filled in later may share the code
 * (USAGOV), but a governor and NASA are two actors; "the government"
 * (an agent the focus country fills) may be the speaker's own. */
static int emit_kept(struct coder *c, struct sent *s, const struct pred *p, const struct np *src,
                     const char *sh, const struct np *tgt, const char *th, const char *date,
                     const struct dyad_place *pl, uint32_t clo, uint32_t chi)
{
    size_t before = c->ev.n;
    int rc = dy__coder_emit(c, s, p, src, sh, tgt, th, date, pl, clo, chi);

    if (!rc && c->ev.n > before &&
        (dy__coder_same_actor(&src->a, &tgt->a) || distinct_people(src, tgt) ||
         (src->kind == NP_SELF && tgt->kind == NP_ACTOR && tgt->a.country)))
        rc = keep_same(c, (uint32_t)before);
    return rc;
}

int dy__coder_kept_same(const struct coder *c, uint32_t e)
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

/* The place a visit (042) arrives "in" or "at", when it is of another
 * country than the traveller's: the host, as target 0; *home set when
 * it is the traveller's own.  Returns the number of targets (0 or 1). */
static size_t visited_place(struct coder *c, struct sent *s, uint32_t v, const struct np *src,
                            struct np *tgts, struct args *tgt, int *home)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        const char *cs = rel_base(s, k, "obl") ? case_of(s, k) : NULL;
        size_t n = 0;
        if (!cs || !(ieq(cs, "in") || ieq(cs, "at")) || s->men_at[k] < 0 ||
            !is_place(&s->men[s->men_at[k]]))
            continue;
        dy__coder_resolve_arg_all(c, s, k, tgts, &n, 0);
        /* an international source (the UN, NATO: a code but no country
         * and more than a sector) is at home nowhere; one of unknown
         * country ("a woman") may be at home anywhere */
        int intl = !src->a.country && src->a.code && strlen(src->a.code) > 3;
        if (n == 1 && tgts[0].a.country && (src->a.country || intl)) {
            if (src->a.country && strcmp(tgts[0].a.country, src->a.country) == 0) {
                *home = 1;
                continue;
            }
            dy__coder_args_add(tgt, k, "the place a visit arrives in");
            return 1;
        }
    }
    return 0;
}

/* Tests whether argument t of verb v is no target. */
typedef int (*arg_test)(const struct sent *s, uint32_t v, uint32_t t);

/* Drops the arguments of a that drop() rejects, keeping the others in
 * order; returns how many went. */
static size_t drop_args(const struct sent *s, uint32_t v, struct args *a, arg_test drop)
{
    size_t keep = 0, n = a->n;

    for (size_t k = 0; k < n; k++)
        if (!drop(s, v, a->tok[k])) {
            a->tok[keep] = a->tok[k];
            a->how[keep++] = a->how[k];
        }
    a->n = keep;
    return n - keep;
}

/* "after traveling back from Florida": where a trip (042) comes from is
 * not whom it visits: a "from" phrase is no target of a visit. */
static int from_phrase(const struct sent *s, uint32_t v, uint32_t t)
{
    const char *cs = case_of(s, t);

    (void)v;
    return cs && ieq(cs, "from");
}

/* Verbs whose object is a topic: "discussed Iran" is talking about
 * Iran, not with it; the partner is "with X" or the other subject. */
static const char *const topic_verbs[] = {"discuss", "debate", NULL};

/* v has a reciprocal argument: "each other", "one another". */
static int reciprocal(const struct sent *s, uint32_t v)
{
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        uint32_t f = child_rel(s, k, "fixed");
        if ((rel_base(s, k, "obl") || rel_is(s, k, "obj")) && f != s->n &&
            ((ieq(s->forms[k], "each") && ieq(s->forms[f], "other")) ||
             (ieq(s->forms[k], "one") && ieq(s->forms[f], "another"))))
            return 1;
    }
    return 0;
}

/* The object of a topic verb is what is talked about. */
static int topic_object(const struct sent *s, uint32_t v, uint32_t t)
{
    return rel_is(s, t, "obj") && s->head[t] == v;
}

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

/* "she met her future husband", "he called his mother": a target that is
 * the source's own relative (a kin noun with a possessive pronoun) of a
 * cooperative act (01-08) is a private matter, which CAMEO does not code
 * ("police arrested his brother" is coded). */
static int own_relative(const struct sent *s, uint32_t v, uint32_t t)
{
    static const char *const kin[] = {"husband", "wife", "mother", "father", "mum", "mom",
                                      "dad", "son", "daughter", "brother", "sister", "parent",
                                      "child", "family", "grandmother", "grandfather",
                                      "fiance", "fiancee", "girlfriend", "boyfriend", NULL};
    uint32_t poss;

    (void)v;
    if (t >= s->n || !in_list(lemma_of(s, t), kin))
        return 0;
    poss = child_rel(s, t, "nmod:poss");
    return poss != s->n && upos_is(s, poss, "PRON");
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

/* "told the press", "told reporters in Minsk", "told a news conference
 * in Tokyo", "told the crowd": the press in general or a gathering spoken
 * to is an audience, not an addressee, and a place in its phrase is
 * where it was (a named outlet is an addressee: "told LA Weekly"). */
static int gathering(const struct sent *s, uint32_t v, uint32_t t)
{
    static const char *const gatherings[] = {
        "conference", "briefing", "crowd", "audience", "gathering", "rally", "press",
        "reporter", "journalist", "media", "correspondent", NULL};

    (void)v;
    return (rel_is(s, t, "obj") || rel_is(s, t, "iobj")) && in_list(lemma_of(s, t), gatherings);
}

/* "Moscow and Beijing have resisted taking a harder line on Iran": a
 * hostile act (QuadClass 3 or 4) whose object is a clause is done to
 * what the clause names, not by each subject to the other; "X and Y
 * agree that ...", a cooperative one, stays mutual, and so does any act
 * whose pattern has a compound slot ("% HAVE POSTPONED *"). */
static int hostile_to_clause(struct coder *c, const struct sent *s, uint32_t v, const char *code)
{
    const struct dyad_cameo_code *row = NULL;

    if (child_rel(s, v, "xcomp") == s->n && child_rel(s, v, "ccomp") == s->n)
        return 0;
    return dyad_lexicon_cameo(c->lx, code, &row) == DYAD_OK && row && row->quad >= 3;
}


/*
 * Whether conjoined subjects with no target do code on each other: under
 * the pattern coders' convention (--require-target) always (TABARI and
 * PETRARCH's compound rule), and for a pattern with a compound slot ('%')
 * or a pair of codes ("044:045"); otherwise only acts two sides do together
 * -- meetings and talks (04), force postures ("both countries put
 * their troops on alert": against each other, 15), fighting (fight,
 * clash, battle; not "attack" or "plunder", done side by side),
 * agreeing, signing, cooperating, trading, anything done to the ties
 * between them, and anything "joint" or "bilateral" -- as a human coder
 * reads "India and Afghanistan deny the claim" (each denies; neither
 * denies the other) against "India and Pakistan held talks".
 */
const char *const dy__coder_together_verbs[] = {
    "agree", "sign", "cooperate", "collaborate", "ally", "reconcile", "normalize",
    "normalise", "trade", "exchange", "negotiate", "talk", "meet", "discuss", "clash",
    "fight", "battle", "skirmish", "spar", "feud", "quarrel", "embrace", "partner",
    "war", "wrangle", "bicker", "unite", "merge", "swap", NULL};

const char *const dy__coder_joint_words[] = {"joint", "bilateral", NULL};

static int mutual_act(const struct sent *s, uint32_t v, const char *code)
{
    static const char *const bonds[] = {"relation", "relations", "tie", "ties", NULL};
    uint32_t o = child_rel(s, v, "obj");
    int joint = 0;

    /* "Chinese and Russian warships held joint naval drills": what the
     * two do jointly they do with each other */
    for (uint32_t k = o != s->n ? s->first[o] : s->n; k != s->n; k = s->next[k])
        if (rel_is(s, k, "amod") && in_list(lemma_of(s, k), dy__coder_joint_words))
            joint = 1;
    /* "Cuba and the United States restored diplomatic relations": ties
     * are between the two, whatever is done to them */
    return strncmp(code, "04", 2) == 0 || strncmp(code, "15", 2) == 0 ||
           in_list(lemma_of(s, v), dy__coder_together_verbs) || joint ||
           (o != s->n && in_list(lemma_of(s, o), bonds));
}

/* Whether verb k has a pattern that codes an event (not "---" or "###"). */
static int has_pattern(struct coder *c, struct sent *s, uint32_t k)
{
    struct dyad_verb_match xm;
    uint32_t slot[3];
    int neg;

    memset(&xm, 0, sizeof(xm));
    return dy__coder_code_verb(c, s, k, &xm, slot, &neg) == DYAD_OK && xm.code &&
           strcmp(xm.code, "---") != 0 && strcmp(xm.code, "###") != 0;
}

/* Whether a coded act is in v's object ("issued a declaration
 * demanding ..."): an -ing participle on it whose doer is v's subject
 * (dy__coder_policy_of) and whose verb has a pattern. */
static int paper_says(struct coder *c, struct sent *s, uint32_t v)
{
    uint32_t o = child_rel(s, v, "obj");

    if (o == s->n)
        return 0;
    for (uint32_t k = s->first[o]; k != s->n; k = s->next[k])
        if (rel_is(s, k, "acl") && dy__coder_policy_of(s, k) != s->n && has_pattern(c, s, k))
            return 1;
    return 0;
}

/* "retaliated by firing", "responded by expelling": a response verb
 * whose "by" clause (a gerund with a pattern of its own) says what the
 * response was. */
static int means_named(struct coder *c, struct sent *s, uint32_t v)
{
    static const char *const respond[] = {"retaliate", "respond", "react", "reply", NULL};

    if (!in_list(lemma_of(s, v), respond))
        return 0;
    for (uint32_t k = s->first[v]; k != s->n; k = s->next[k]) {
        uint32_t m = child_rel(s, k, "mark");
        if (rel_is(s, k, "advcl") && upos_is(s, k, "VERB") && m != s->n &&
            ieq(s->forms[m], "by") && has_pattern(c, s, k))
            return 1;
    }
    return 0;
}

/* Whether `word` is one of the words of pattern text `pat` (dyad's
 * "send troops to +" or TABARI's "- * TROOPS TO_ +"), case and the
 * joining '_' and '-' aside. */
static int pattern_word(const char *pat, const char *word)
{
    size_t n = strlen(word);

    for (const char *p = pat; p && *p;) {
        size_t len = strcspn(p, " _-");
        if (len == n && strncasecmp(p, word, n) == 0)
            return 1;
        p += len;
        p += strspn(p, " _-");
    }
    return 0;
}

/* "contribute troops to an international peace-keeping force",
 * "deployed troops": in giving, offering and deploying (03x, 06x, 07x,
 * 15x) forces the pattern named (an agent word coded MIL) are what is
 * sent, the source's own, not a target (was "troops [MIL]", "force
 * [LBRMIL]").  Rescues (073) keep theirs: those rescued are the
 * target. */
static void given_not_target(const struct sent *s, const struct pred *p, struct args *tgt)
{
    int posture = strncmp(p->code, "15", 2) == 0;
    size_t keep = 0;

    if (!p->vm.pattern || strncmp(p->code, "073", 3) == 0 ||
        !(posture || strncmp(p->code, "03", 2) == 0 || strncmp(p->code, "06", 2) == 0 ||
          strncmp(p->code, "07", 2) == 0))
        return;
    for (size_t k = 0; k < tgt->n; k++) {
        uint32_t t = tgt->tok[k];
        const struct mention *m = t < s->n && s->men_at[t] >= 0 ? &s->men[s->men_at[t]] : NULL;
        /* in a show of force (15x) any agent word the pattern names is
         * part of the posture ("entered a wartime state": no target
         * "state" [GOV]) */
        if (m && m->kind == DYAD_LEX_AGENT &&
            (strcmp(m->code, "MIL") == 0 || posture) && t != p->slot[1] &&
            (pattern_word(p->vm.pattern, lemma_of(s, t)) ||
             pattern_word(p->vm.pattern, s->forms[t])))
            continue;
        tgt->tok[keep] = tgt->tok[k];
        tgt->how[keep++] = tgt->how[k];
    }
    tgt->n = keep;
}

int dy__coder_code_predicate(struct coder *c, struct sent *s, uint32_t v)
{
    struct pred p;
    struct args src, tgt, pat, said_tgt, own_args;
    enum dyad_pred_status st = DYAD_PRED_CODED;
    const char *why = NULL, *auth;
    struct np srcs[MAX_ARGS], tgts[MAX_ARGS], own[MAX_ARGS];
    size_t nsrc = 0, ntgt = 0, nown = 0;
    uint32_t clo, chi, at;
    const char *date, *pair_back = NULL;
    struct dyad_place pl;
    char detail[512];
    int rc, emitted = 0, fallback = 0, own_tgt = 0, dflt_first = 0, compound_slot, side_by_side;

    if (dy__coder_not_happened(c, s, v, detail, sizeof(detail))) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT, detail);
        return DYAD_OK;
    }
    rc = dy__coder_decide(c, s, v, &p, &st, &why);
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
    if (p.negated && strcmp(p.code, "010") == 0 && in_list(lemma_of(s, v), untold_verbs) &&
        !governor_declines(c, s, v)) {
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
    dy__coder_stmt_willing_source(s, v, &src);
    if (p.arg_v != v)
        dy__coder_find_targets(s, p.arg_v, &tgt);
    dy__coder_find_targets(s, v, &tgt);
    for (size_t k = 0; k < pat.n; k++)
        dy__coder_args_add(&tgt, pat.tok[k], pat.how[k]);
    dy__coder_apply_slots(s, &p, &src, &tgt);
    given_not_target(s, &p, &tgt);
    if (p.nominal)
        dy__coder_nominal_args(s, v, &p, &src, &tgt);
    if (strcmp(p.code, "042") == 0 && dy__coder_visit_purpose(s, v) != s->n) {
        /* "travelled to Florida to meet with X": X is the visit's host */
        struct args host;
        memset(&host, 0, sizeof(host));
        dy__coder_find_targets(s, dy__coder_visit_purpose(s, v), &host);
        if (host.n)
            tgt = host;
    }
    if (strcmp(p.code, "042") == 0)
        drop_args(s, v, &tgt, from_phrase);
    if (tgt.n && p.code[0] == '0' && drop_args(s, v, &tgt, own_relative) && !tgt.n) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "aimed at the source's own relative: a private matter, not an event");
        return DYAD_OK;
    }
    if (strncmp(p.code, "083", 3) == 0 && generic_group(s, &src)) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a class of people stepping down (bare plural): no one yields");
        return DYAD_OK;
    }
    if (question_asked(s, v, &p)) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a question asked, with nothing asked for: no appeal");
        return DYAD_OK;
    }
    if (anonymity_formula(s, v)) {
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a source asking not to be named: how the story was told, not an event");
        return DYAD_OK;
    }
    if (src.n == 1 && reciprocal(s, v)) {
        /* "her parents discussed it with each other": one group acting
         * on itself, source and target the same actor */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_SAME_ACTOR,
                               "'each other' within one group: source and target are the same actor");
        return DYAD_OK;
    }
    if (in_list(lemma_of(s, v), topic_verbs)) {
        static const char *const meetings[] = {"meet", "visit", "travel", "go", "come", "fly",
                                               "gather", "convene", "hold", "arrive", NULL};
        uint32_t g = s->head[v];
        uint32_t mk = child_rel(s, v, "mark");
        if (rel_is(s, v, "advcl") && g < s->n && mk != s->n && ieq(s->forms[mk], "to") &&
            in_list(lemma_of(s, g), meetings)) {
            /* "met with Assad to discuss efforts against IS": what a
             * meeting is for is its topic, the meeting is the event */
            dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                                   "the purpose of a meeting or visit: its topic, not a second event");
            return DYAD_OK;
        }
        drop_args(s, v, &tgt, topic_object);
    }
    if (strncmp(p.code, "07", 2) == 0 && p.vm.specificity < 1 &&
        (ieq(lemma_of(s, v), "help") || ieq(lemma_of(s, v), "assist")) &&
        child_rel(s, v, "xcomp") != s->n && child_rel(s, v, "obj") == s->n &&
        child_rel(s, v, "iobj") == s->n) {
        /* "the military helped to plan and carry out killings": helping
         * to do something, with no one helped, is doing it; the act is
         * its complement's (coded there), not aid */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "helping to do an act, no one helped: the act is the complement's");
        return DYAD_OK;
    }
    if (dy__coder_is_speech_lemma(lemma_of(s, v)))
        drop_args(s, v, &tgt, gathering);
    said_tgt = tgt;
    if (p.stmt_subj != s->n) { /* a demand: the one who must act */
        memset(&tgt, 0, sizeof(tgt));
        dy__coder_args_add_conj(s, &tgt, p.stmt_subj, "subject of the demanded act");
    }
    for (size_t k = 0; k < src.n; k++)
        dy__coder_resolve_arg_all(c, s, src.tok[k], srcs, &nsrc, 1);
    for (size_t k = 0; k < tgt.n; k++) {
        size_t first = ntgt;
        /* '"Musharraf promised to help us," says Karzai': inside a
         * quote a first-person target is the speaker, filled in when
         * the quote is attributed (dy__coder_finish_quote_events) */
        dy__coder_resolve_arg_all(c, s, tgt.tok[k], tgts, &ntgt, s->tq && s->tq[v] != DYAD_NONE);
        if (nsrc && counterpart_phrase(s, tgt.tok[k]))
            counterparts(c, &srcs[0], tgts + first, ntgt - first);
    }
    if (p.stmt_subj != s->n && !dy__coder_stmt_demand_stands(srcs, nsrc, tgts, ntgt)) {
        dy__coder_stmt_demand_undo(s, &p);
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
                                   force_code(p.code));
        if (strcmp(p.code, "042") == 0)
            drop_args(s, v, &tgt, from_phrase);
        if (in_list(lemma_of(s, v), topic_verbs))
            memset(&tgt, 0, sizeof(tgt));   /* the phrase is the topic */
        if (strncmp(p.code, "02", 2) == 0 && appeal_addressee(s, v))
            /* "called on all parties to protect civilians": the one
             * appealed to is named (no actor the dictionaries know); the
             * civilians to be protected are not the appeal's target */
            memset(&tgt, 0, sizeof(tgt));
        /* A statement's addressee is whom it is told to; the subject of
         * what was said is a target only under the pattern coders'
         * convention (--require-target, which drops events without
         * one): "Whitmore stated Montalvo left" is USACOP 010 -.  An
         * allegation is aimed at whom it is about: "Bush alleged that
         * Edwards lacks experience" accuses Edwards (112). */
        if (tgt.n == 0 && cc != s->n &&
            ((c->flags & DYAD_CODE_REQUIRE_TARGET) || !dy__coder_is_speech_lemma(lemma_of(s, v)) ||
             strncmp(p.code, "11", 2) == 0)) {
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
    if (nsrc && strncmp(p.code, "19", 2) == 0 && p.mode == DY_CODER_ASSERTED &&
        in_list(lemma_of(s, v), verbal_attack_verbs)) {
        /* "Freedom Magazine, which attacked defectors", "the senator
         * attacked the plan": a sector with no arms attacks in words
         * (111, criticise) */
        if (all_unarmed(srcs, nsrc))
            p.code = "111";
    }
    if (nsrc && strcmp(p.code, "145") == 0 && all_armed(srcs, nsrc) &&
        !ieq(lemma_of(s, v), "riot"))
        /* "gunmen attacked a police station": armed men's attack on a
         * building is violence (180), not a crowd's riot (145); "inmates
         * rioted" says it is one */
        p.code = "180";
    if (nsrc && strcmp(p.code, "140") == 0 && all_states(srcs, nsrc))
        /* "Japan protested to China", "Tokyo protests the intrusion": a
         * state's protest is an official complaint (114), not dissent in
         * the street (140) */
        p.code = in_table(c, "114", p.code);
    if (nsrc && src.n && p.mode == DY_CODER_ASSERTED &&
        (strncmp(p.code, "18", 2) == 0 || strncmp(p.code, "19", 2) == 0) &&
        weapon_subject(lemma_of(s, src.tok[0]))) {
        const struct weapon *w = weapon_subject(lemma_of(s, src.tok[0]));
        p.code = in_table(c, w->code, p.code);
        for (size_t k = 0; w->forces && k < nsrc; k++) {
            struct dyad_actor *a = &srcs[k].a;
            if (a->country && !a->agent && strlen(a->code) == 3) {
                a->code = dy__coder_join_code(c, a->country, "MIL");
                dy__coder_split_code(c, a);
            }
        }
    }
    if (strncmp(p.code, "19", 2) == 0 && p.mode == DY_CODER_ASSERTED) {
        /* "protesters clashed with police": a crowd fighting the police
         * or the troops is a violent protest (145); the police or troops
         * fighting protesters repress them violently (175); neither is
         * military force (19x) */
        if (agents_on(srcs, nsrc, street, tgts, ntgt, street_forces))
            p.code = in_table(c, "145", p.code);
        else if (agents_on(srcs, nsrc, street_forces, tgts, ntgt, street))
            p.code = in_table(c, "175", p.code);
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
    if (nsrc && ntgt && strcmp(p.code, "161") == 0)
        /* "recalled its ambassador from Beijing": one's own envoy is
         * not the one relations are cut with */
        ntgt = drop_own(srcs, nsrc, tgts, ntgt, diplomats);
    if (nsrc && ntgt && (own_forces_code(p.code) || (p.vm.code && own_forces_code(p.vm.code))))
        /* showing, withdrawing or demobilising one's own forces ("agreed
         * to disengage troops along their border", "will send more
         * soldiers to its border": the pattern's 150 before the future
         * made it 138): not aimed at them */
        ntgt = drop_own(srcs, nsrc, tgts, ntgt, armed_forces);
    if (ntgt)
        ntgt = drop_locations(s, p.code, tgts, ntgt);
    if (force_code(p.code))
        /* "drone attacks on Kyiv", "shelled Damascus": force used on a
         * capital hits the city, the country, not its government (the
         * seat's metonym, "Kyiv said", is for speech) */
        for (size_t k = 0; k < ntgt; k++) {
            struct dyad_actor *a = &tgts[k].a;
            if (tgts[k].city_seat && a->country && a->agent && strcmp(a->agent, "GOV") == 0) {
                a->code = a->country;
                dy__coder_split_code(c, a);
            }
        }
    if (ntgt > 1 && (strncmp(p.code, "07", 2) == 0 || strncmp(p.code, "03", 2) == 0))
        /* "will send F-16 fighter jets to Ukraine": the aircraft, tanks
         * or ships given are the aid, not whom it goes to */
        ntgt = drop_equipment(tgts, ntgt);
    if (nsrc && ntgt && strncmp(p.code, "07", 2) == 0 && srcs[0].a.country)
        own_civilians(c, srcs, nsrc, tgts, ntgt);
    if (strncmp(p.code, "01", 2) == 0 && dy__coder_manner_of_statement(s, v)) {
        /* "Writing in a blog post, Ingram dubbed ...": one statement */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "speech participle of a statement verb: the same statement");
        return DYAD_OK;
    }
    if (strncmp(p.code, "01", 2) == 0 && paper_says(c, s, v)) {
        /* "issued a declaration demanding that ...": the demand is the
         * act (its issuer's), the issuing no second one */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a paper issued whose participle is coded: the same act");
        return DYAD_OK;
    }
    if (p.vm.specificity == 0 && means_named(c, s, v)) {
        /* "The South retaliated by firing artillery into the north": the
         * "by" clause is the act (KOR 194 PRK), no second one */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "a response whose 'by' clause is coded: the same act");
        return DYAD_OK;
    }
    if (!ntgt && (strcmp(p.code, "043") == 0 || (p.vm.code && strcmp(p.vm.code, "043") == 0)) &&
        p.vm.specificity == 0) {
        /* "received 491,667 votes", "keep hosting the video", "will
         * host the Olympic Games" (the pattern's 043 made 036 by the
         * future): hosting or receiving with no visitor named is no
         * visit (CAMEO 043) */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "host/receive with no visitor: not a visit");
        return DYAD_OK;
    }
    if (!ntgt && nsrc && (strcmp(p.code, "042") == 0 || strcmp(p.code, "074") == 0)) {
        /* "Modi arrived in Washington for a state visit": the place
         * arrived in hosts the visit; "the French president arrived in
         * Paris", his own country, is no visit.  Peacekeepers arriving
         * in a country (074) protect it. */
        int home = 0;
        ntgt = visited_place(c, s, v, &srcs[0], tgts, &tgt, &home);
        if (!ntgt && home) {
            dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                                   "a trip within one's own country: not a visit");
            return DYAD_OK;
        }
    }
    if (!ntgt && (strcmp(p.code, "042") == 0 || (p.vm.code && strcmp(p.vm.code, "042") == 0)) &&
        !destination(s, v)) {
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
    if (!nsrc && agentless_attack(c, s, v, p.vm.specificity > 0, &p.code, &srcs[0], &at)) {
        dy__coder_args_add(&src, at, "agentless attack: unidentified armed forces");
        nsrc = 1;
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
    if (code_is(p.code, "044") && pl.country && party_at_home(srcs, nsrc, tgts, ntgt, pl.country))
        /* "Egypt and Saudi Arabia met in Cairo": at home for one of them,
         * no third location (CAMEO 044), a meeting (040), each way when
         * the meeting was */
        if (in_table(c, "040", NULL))
            p.code = strchr(p.code, ':') ? "040:040" : "040";
    /* conjoined subjects that may act on each other (the compound rule
     * below) */
    side_by_side = nsrc >= 2 && !p.nominal && !between_others(s, v);
    if (fallback && ntgt && side_by_side && !(c->flags & DYAD_CODE_REQUIRE_TARGET) &&
        !hostile_to_clause(c, s, v, p.code) && mutual_act(s, v, p.code))
        /* "Britain and France signed an agreement to stop migrants
         * crossing the Channel": two sides that act together act on
         * each other, not on an actor found deep in the phrase */
        ntgt = 0;
    if (!ntgt && strchr(p.code, ':')) {
        /* (the second code of a pair is the reverse act: conjoined
         * subjects on each other take it second to first, below) */
        pair_back = acstr(c, strchr(p.code, ':') + 1);
        p.code = astr(c, p.code, strcspn(p.code, ":"));
        if (!p.code || !pair_back)
            return DYAD_ENOMEM;
    }
    dyad_lexicon_default_actors(c->lx, NULL, NULL, &dflt_first);
    if (!ntgt && dflt_first && dy__coder_default_actor(c, s, v, 0, &tgts[0])) {
        dy__coder_args_add(&tgt, v, "default target");
        ntgt = 1;
    }
    compound_slot = p.vm.pattern && strchr(p.vm.pattern, '%');
    if (!ntgt && side_by_side && (compound_slot || !hostile_to_clause(c, s, v, p.code)) &&
        ((c->flags & DYAD_CODE_REQUIRE_TARGET) || pair_back || compound_slot ||
         mutual_act(s, v, p.code))) {
        /* "Gondor and Osgiliath rejected ...": conjoined subjects with
         * no target act on each other (TABARI/PETRARCH compound rule);
         * with a pair of codes ("044:045") the first named acts on the
         * second by the first code, the second on the first by the
         * other. */
        for (size_t i = 0; i < nsrc; i++) {
            for (size_t j = 0; j < nsrc; j++) {
                struct pred each = p;
                if (i == j || srcs[i].kind != NP_ACTOR || srcs[j].kind != NP_ACTOR ||
                    dy__coder_same_actor(&srcs[i].a, &srcs[j].a))
                    continue;
                if (pair_back && i > j)
                    each.code = pair_back;
                rc = dy__coder_emit(c, s, &each, &srcs[i], "nsubj", &srcs[j], "conjoined subject",
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
    if (!ntgt && p.vm.code && strncmp(p.vm.code, "040", 3) == 0 &&
        in_list(lemma_of(s, v), dy__coder_talk_verbs) &&
        (!p.vm.pattern || !p.vm.pattern[0])) {
        /* "they talk about football", "he talked about the war": talking
         * with no one named, by the bare verb, consults no one */
        dy__coder_explain_pred(c, s, v, DYAD_PRED_NON_EVENT,
                               "talking with no one named: no consultation");
        return DYAD_OK;
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
            int same = dy__coder_same_actor(&srcs[i].a, &tgts[j].a) &&
                       !distinct_people(&srcs[i], &tgts[j]);
            /* a target found only in the phrase ("lifted a state of
             * emergency in West Darfur", Sudan's own region) that is the
             * source or its country: the act has no other target, but it
             * happened */
            if ((fallback || tgts[j].mod) && (same || own_country(&srcs[i].a, &tgts[j].a))) {
                own_tgt = 1;
                continue;
            }
            if (same)
                continue;
            if (colon && srcs[i].kind == NP_ACTOR) {
                /* "042:043": the source visits (042), the target hosts
                 * (043): two events, one each way. */
                struct pred back = p;
                p.code = astr(c, p.code, (size_t)(colon - p.code));
                back.code = acstr(c, colon + 1);
                if (!p.code || !back.code)
                    return DYAD_ENOMEM;
                rc = emit_kept(c, s, &p, &srcs[i], sh, &tgts[j], tgt.how[0], date, &pl, clo, chi);
                rc = rc ? rc
                        : emit_kept(c, s, &back, &tgts[j], tgt.how[0], &srcs[i], sh, date, &pl,
                                    clo, chi);
                if (rc)
                    return rc;
                emitted += 2;
                p.code = dy_coder_modal_code(p.vm.code, (enum dy_coder_mode)p.mode);
                continue;
            }
            rc = emit_kept(c, s, &p, &srcs[i], sh, &tgts[j], tgt.how[0], date, &pl, clo, chi);
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

/* "the Israeli assassination of Yassin", "Russia's invasion of Ukraine",
 * "the American invasion in 2003": an act of force named by a noun whose
 * demonym, or whose possessor when the noun's "of" phrase names the one it
 * was done to, is who did it -- a past act a coder codes as it is told
 * ("Yassin's assassination", with no "of", is what was done to him).  The
 * agent's token, or n.  Requests, visits and other words stay uncoded
 * without a "by": "rejected the Church's requests" is the rejection. */
static uint32_t forceful_agent(const struct sent *s, uint32_t n, uint32_t of)
{
    static const char *const force[] = {"attack", "assassination", "killing", "murder",
                                        "bombing", "shelling", "invasion", "expulsion",
                                        "deportation", "execution", "abduction", "kidnapping",
                                        "annexation", NULL};

    if (!in_list(lemma_of(s, n), force))
        return s->n;
    for (uint32_t k = s->first[n]; k != s->n; k = s->next[k]) {
        const struct mention *m = s->men_at[k] >= 0 ? &s->men[s->men_at[k]] : NULL;
        if (!m || m->kind != DYAD_LEX_ACTOR || !m->code[0] || is_place_only(m))
            continue;
        if (rel_is(s, k, "amod") && upos_is(s, k, "ADJ"))
            return k;
        if (rel_is(s, k, "nmod:poss") && !upos_is(s, k, "PRON") && of != s->n &&
            ieq(case_of(s, of) ? case_of(s, of) : "", "of"))
            return k;
    }
    return s->n;
}

/*
 * "condemned the arrest of the leader by Ethiopian police" parsed with
 * "by ..." an oblique of the verb: an active verb's "by" phrase after its
 * event-noun object n (and n's "of" phrase) is n's agent; an active
 * clause has no agent of its own to put there.  Else s->n.
 */
static uint32_t verb_held_by(const struct sent *s, uint32_t n, uint32_t of)
{
    uint32_t g = s->head[n];

    if (g >= s->n || !rel_is(s, n, "obj") || !upos_is(s, g, "VERB") || dy__coder_is_passive(s, g) ||
        of == s->n || !ieq(case_of(s, of) ? case_of(s, of) : "", "of"))
        return s->n;
    return dy__coder_by_actor(s, g, "obl", n);
}

/* The predicate of event noun n coded as `verb` is (its bare pattern;
 * `how` names the construction): p->code NULL when the verb codes no
 * event. */
static int noun_pred(struct coder *c, uint32_t n, const char *verb, const char *how,
                     struct pred *p)
{
    struct dyad_verb_match vm;

    memset(p, 0, sizeof(*p));
    if (dyad_lexicon_match_verb(c->lx, verb, NULL, 0, NULL, 0, &vm) != DYAD_OK || !vm.code ||
        strchr(vm.code, '#') || strchr(vm.code, '-'))
        return DYAD_OK;
    p->v = p->arg_v = n;
    p->vm = vm;
    p->vm.pattern = how;
    p->code = astr(c, vm.code, strcspn(vm.code, ":"));
    return p->code ? DYAD_OK : DYAD_ENOMEM;
}

/*
 * "clashes between Tiger guerrillas and the Indian peacekeeping force",
 * "fighting between the army and the rebels": a noun of fighting whose
 * "between" phrase joins two actors is fighting each way (CAMEO codes
 * clashes as reciprocal events), coded as the verb "fight" is (190 in
 * dyad's verbs.dict), unless it is avoided, prevented or ended, or the
 * clause it is in did not happen.
 */
static int code_clashes_between(struct coder *c, struct sent *s)
{
    static const char *const nouns[] = {"clash", "fighting", "skirmish", "battle", "gunfight",
                                        "firefight", "gunbattle", NULL};
    /* what is avoided, prevented or ended did not happen there */
    static const char *const undo[] = {"avoid", "prevent", "stop", "end", "halt", "forestall",
                                       "avert", NULL};

    for (uint32_t n = 0; n < s->n; n++) {
        uint32_t a = s->n, b = s->n, g = s->head[n], clo, chi;
        struct np x, y;
        struct pred p;
        struct dyad_place pl;
        const char *date = c->res->doc ? c->res->doc->date : NULL;
        int rc;
        if (!in_list(lemma_of(s, n), nouns) || !upos_is(s, n, "NOUN") ||
            s->verb_event[n] != DYAD_NONE || (g < s->n && in_list(lemma_of(s, g), undo)))
            continue;
        for (uint32_t k = s->first[n]; k != s->n && a == s->n; k = s->next[k])
            if (rel_base(s, k, "nmod") && case_of(s, k) && ieq(case_of(s, k), "between"))
                a = k;
        if (a == s->n)
            continue;
        for (uint32_t k = s->first[a]; k != s->n && b == s->n; k = s->next[k])
            if (rel_is(s, k, "conj"))
                b = k;
        if (b == s->n || (g < s->n && dy__coder_unrealised(c, s, g)))
            continue;
        rc = noun_pred(c, n, "fight", "noun of fighting + between", &p);
        if (rc)
            return rc;
        if (!p.code)
            continue;
        dy__coder_resolve_arg(c, s, a, &x, 1);
        dy__coder_resolve_arg(c, s, b, &y, 1);
        if (x.kind != NP_ACTOR || y.kind != NP_ACTOR || !x.a.code || !y.a.code ||
            dy__coder_same_actor(&x.a, &y.a))
            continue;
        memset(&pl, 0, sizeof(pl));
        dy__coder_mark_subtree(s, n, NULL, &clo, &chi);
        rc = dy__coder_emit(c, s, &p, &x, "between", &y, "between (and)", date, &pl, clo, chi);
        if (!rc)
            rc = dy__coder_emit(c, s, &p, &y, "between (and)", &x, "between", date, &pl, clo,
                                chi);
        if (rc)
            return rc;
        dy__coder_explain_pred(c, s, n, DYAD_PRED_CODED,
                               "coded: a noun of fighting between two actors, each way");
    }
    return DYAD_OK;
}

/*
 * Event nouns with their agent: "the arrest of Montalvo by the police",
 * "an attack on the embassy by rebels", "the killing of two soldiers by
 * militants".  A noun naming an act, with a "by" phrase that is an actor
 * (or, for an act of force, its demonym or possessor: forceful_agent), is
 * that act, coded by the verb the noun names: the agent the source, the
 * noun's of/on/against/to phrase the target.  Without an agent ("the
 * arrest of Montalvo", "the Church's requests") the noun is not coded:
 * who acted is unsaid, or it is what a verb is about.  Nouns of fighting
 * between two actors first (code_clashes_between).
 */
int dy__coder_code_event_nouns(struct coder *c, struct sent *s)
{
    static const char *const patient[] = {"of", "on", "against", "to", NULL};
    int rc;

    if (s->discarded)
        return DYAD_OK;
    rc = code_clashes_between(c, s);
    if (rc)
        return rc;
    for (uint32_t n = 0; n < s->n; n++) {
        const char *verb;
        uint32_t by = s->n, of = s->n, clo, chi;
        struct np src, tgt;
        struct pred p;
        struct dyad_place pl;
        if (!upos_is(s, n, "NOUN") || s->verb_event[n] != DYAD_NONE || dy__coder_is_candidate(s, n))
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
        if (by == s->n)
            by = verb_held_by(s, n, of);
        if (by == s->n)
            by = forceful_agent(s, n, of);
        if (by == s->n)
            continue;
        rc = noun_pred(c, n, verb, "event noun + by", &p);
        if (rc)
            return rc;
        if (!p.code)
            continue;
        dy__coder_resolve_arg(c, s, by, &src, 1);
        if (src.kind != NP_ACTOR || !src.a.code)
            continue;
        memset(&tgt, 0, sizeof(tgt));
        if (of != s->n)
            dy__coder_resolve_arg(c, s, of, &tgt, 0);
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

int dy__coder_emit_statement(struct coder *c, struct sent *s, uint32_t at, uint32_t clause,
                             const struct np *sp, const char *how, const char *where,
                             const char *verb, const char *why)
{
    struct pred p;
    struct dyad_place pl;
    uint32_t clo, chi;
    size_t before = c->ev.n;
    int rc;

    memset(&p, 0, sizeof(p));
    p.v = p.arg_v = at;
    p.code = "010";
    p.vm.code = "010";
    p.vm.pattern = how;
    dy_snprintf(p.vm.where, sizeof(p.vm.where), "%s", where);
    memset(&pl, 0, sizeof(pl));
    dy__coder_mark_subtree(s, clause, NULL, &clo, &chi);
    rc = dy__coder_emit(c, s, &p, sp, how, NULL, NULL, c->res->doc ? c->res->doc->date : NULL,
                        &pl, clo, chi);
    if (rc || c->ev.n == before)
        return rc;
    ((struct dyad_event *)c->ev.data)[before].verb = verb;
    dy__coder_explain_pred(c, s, at, DYAD_PRED_CODED, why);
    return DYAD_OK;
}

int dy__coder_code_according(struct coder *c, struct sent *s)
{
    static const char *const relay[] = {"report", "reports", "news", "media", "newspaper",
                                        "agency", "source", "sources", NULL};
    static const char *const other_clauses[] = {"conj", "parataxis", "list", NULL};

    for (uint32_t i = 0; i + 1 < s->n; i++) {
        struct np sp;
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
        v = s->head[h] < s->n ? s->head[h] : h;
        rc = dy__coder_emit_statement(c, s, i, v, &sp, "according to",
                                      "coder: 'according to' X", "according to",
                                      "coded 010: the source of 'according to'");
        if (rc)
            return rc;
        if (c->ev.n == before)
            continue;
        ev = c->ev.data;
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
void dy__coder_link_reports(struct coder *c, struct sent *s, size_t first_ev)
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

void dy__coder_claims_as_accusations(struct coder *c, size_t first_ev)
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
 * Words that judge an actor's conduct ill (CAMEO 111, "verbal
 * condemnation or disapproval"): a statement whose content uses one of
 * them about an actor it names criticises that actor.  Nouns, adjectives
 * and verbs, by lemma.  Words of bad news alone ("crisis", "dangerous",
 * "worried") are not here: they are pessimism (012) or concern, not a
 * judgement of anyone.
 */
static const char *const judgement_words[] = {
    "lapse", "blunder", "mismanagement", "incompetence", "negligence", "secrecy",
    "cover-up", "hypocrisy", "arrogance", "affront", "disgrace", "travesty", "fiasco",
    "betrayal", "misconduct", "wrongdoing", "misguided", "irresponsible", "reckless",
    "incompetent", "negligent", "shameful", "disgraceful", "unacceptable", "outrageous",
    "hypocritical", "arrogant", "deplorable", "appalling", "inexcusable", "unjustified",
    "misleading", "dishonest", "deceitful", "mismanage", "bungle", "botch", NULL};

/* A token of lo..hi that is a judgement word not itself negated ("was
 * not irresponsible"), or s->n. */
static uint32_t judgement_in(const struct sent *s, uint32_t lo, uint32_t hi)
{
    for (uint32_t k = lo; k <= hi && k < s->n; k++)
        if (in_list(lemma_of(s, k), judgement_words) && !dy__coder_is_negated(s, k))
            return k;
    return s->n;
}

/*
 * "Paul Dewar said the combined security lapses raise serious questions
 * about the government's ability ...", '"This government is so consumed
 * with ... secrecy ...," Dewar said': a bare statement (010, no target,
 * nothing of its own reported) whose content clause judges ill
 * (judgement_words) an actor that clause names -- its subject, else the
 * first actor named in it -- is that criticism (111) of that actor.
 */
void dy__coder_judgements(struct coder *c, struct sent *s, size_t first_ev)
{
    static const char *const content[] = {"ccomp", "parataxis", NULL};
    struct dyad_event *ev = c->ev.data;
    const struct dyad_cameo_code *row = NULL;

    for (size_t e = first_ev; e < c->ev.n; e++) {
        uint32_t v = ev[e].verb_token - s->base, x = s->n, lo, hi, subj;
        struct np t;
        int reports = 0;
        if (ev[e].verb_token < s->base || v >= s->n || strcmp(ev[e].code, "010") != 0 ||
            ev[e].target.code || ev[e].negated || !ev[e].source.code ||
            !dy__coder_is_speech_lemma(lemma_of(s, v)))
            continue;
        for (size_t k = first_ev; k < c->ev.n; k++)
            if (ev[k].reported_by == e)
                reports = 1;
        for (uint32_t k = s->first[v]; k != s->n && x == s->n; k = s->next[k])
            if (in_list(s->rel[k], content))
                x = k;
        if (reports || x == s->n)
            continue;
        /* the parser's trees are projective: a subtree is a span */
        dy__coder_mark_subtree(s, x, NULL, &lo, &hi);
        if (judgement_in(s, lo, hi) == s->n)
            continue;
        memset(&t, 0, sizeof(t));
        subj = child_rel(s, x, "nsubj");
        if (subj != s->n)
            dy__coder_resolve_np(c, s, subj, &t);
        for (uint32_t k = lo; k <= hi && !(t.kind == NP_ACTOR && t.a.code); k++)
            if (s->men_at[k] >= 0 && k != subj && s->men[s->men_at[k]].kind != DYAD_LEX_DISCARD)
                dy__coder_resolve_np(c, s, k, &t);
        if (t.kind != NP_ACTOR || !t.a.code || dy__coder_same_actor(&t.a, &ev[e].source))
            continue;
        ev[e].code = in_table(c, "111", "111");
        ev[e].root = "11";
        ev[e].target = t.a;
        if (dyad_lexicon_cameo(c->lx, ev[e].code, &row) == DYAD_OK && row) {
            ev[e].quad = row->quad;
            ev[e].goldstein = row->goldstein;
            ev[e].plover = row->plover && strcmp(row->plover, "-") != 0 ? row->plover : NULL;
        }
    }
}

/*
 * "The Church denied these allegations": a denial (016) with no actor as
 * target answers the latest accusation (112x; a criticism is not an
 * allegation) made against its source earlier in the document: the
 * accuser is its target.
 */
void dy__coder_denials_answer(struct coder *c, size_t first_ev)
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
