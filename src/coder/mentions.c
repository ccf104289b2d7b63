/*
 * mentions.c - module coder: dictionary phrases and the document's focus country.
 *
 * Finds every dictionary phrase of a sentence (actors, agents, discards)
 * by the lexicon's longest match over the token forms, keeps the names the
 * dictionaries do not know for the document's list of unknown entities,
 * and counts the countries named so that an agent without a country ("the
 * police") takes the country the story is about.
 */
#include "coder/coder_int.h"

/* ---- the document's focus country ----------------------------------------- */

/* Counts the country of a dictionary actor: countries, demonyms, seats and
 * organisations of one country two points, cities and regions one (a
 * story set in "Irving, Texas" or Mecca is told from that country, but a
 * city places an event more than it focuses a story); not people, who
 * act abroad.  The headline's count double. */
static void count_country(struct coder *c, const struct sent *s, const struct mention *m)
{
    struct dyad_actor a;
    uint32_t weight = s->title ? 2 : 1, h;
    size_t k;

    if (m->kind != DYAD_LEX_ACTOR || !m->code[0] ||
        (m->actor_kind && strcmp(m->actor_kind, "person") == 0))
        return;
    weight *= is_place_only(m) ? 1 : 2;
    memset(&a, 0, sizeof(a));
    a.code = m->code;
    dy__coder_split_code(c, &a);
    if (!a.country || strlen(a.country) != 3 || dy__coder_region(a.country))
        return; /* a region ("the European team") is no story's country */
    for (k = 0; k < c->ncountry; k++)
        if (memcmp(c->country[k].code, a.country, 3) == 0)
            break;
    if (k == c->ncountry) {
        if (k == MAX_COUNTRIES)
            return;
        memcpy(c->country[k].code, a.country, 4);
        c->country[k].count = 0;
        c->ncountry++;
    }
    c->country[k].count += weight;
    h = dy__coder_mention_head(s, m);
    if (!s->title && !(s->tq && s->tq[m->start] != DYAD_NONE) && !rel_is(s, h, "obj") &&
        !rel_is(s, h, "iobj")) {
        /* where it was named, for the local focus (not in a quote, not
         * as what a verb acts on); a full list only leaves later agents
         * to the document's focus */
        struct country_mention cm = {s->index, s->para,
                                     tok_span(s, m->start, m->start + m->len - 1), {0}, weight, 0};
        memcpy(cm.code, a.country, 4);
        (void)dy__coder_vec_push(&c->named_where, &cm);
    }
}

/* Whether an actor's text is a proper name ("Ivan Petrov", "Barno"): a
 * capitalised word that does not open its sentence.  A person is of his
 * own country, whatever country his story's scene is; "officials", "he"
 * and "Rebels" opening a sentence are no names. */
static int proper_name(const struct coder *c, const struct dyad_actor *a, uint32_t sent)
{
    const char *t = a->text;
    int first = sent < c->res->nsentences && a->span.start == c->res->sentences[sent].span.start;

    for (; t && *t; first = 0) {
        if (isupper((unsigned char)*t) && !first)
            return 1;
        t = strchr(t, ' ');
        t = t ? t + 1 : NULL;
    }
    return 0;
}

/* Country mention cm lies inside coded actor a's span. */
static int inside(const struct country_mention *cm, const struct dyad_actor *a)
{
    return a->code && cm->span.start >= a->span.start && cm->span.end <= a->span.end;
}

/* Whether country mention cm lies in the target of an event and in the
 * source of none (looked up once, then remembered): the two sides of
 * talks ("Colombo held talks with the Tigers": each the other's target)
 * are both protagonists. */
static int target_of_event(const struct coder *c, struct country_mention *cm)
{
    const struct dyad_event *ev = c->ev.data;
    int target = 0, source = 0;

    for (size_t i = 0; !cm->target && i < c->ev.n && !source; i++) {
        target |= inside(cm, &ev[i].target);
        source |= inside(cm, &ev[i].source);
    }
    if (!cm->target)
        cm->target = target && !source ? 2 : 1;
    return cm->target == 2;
}

/* The most named of t[0..n) (the first on a tie), n > 0; *second gets
 * the count of the most named other. */
static size_t most_named(const struct country_count *t, size_t n, uint32_t *second)
{
    size_t best = 0;

    for (size_t k = 1; k < n; k++)
        if (t[k].count > t[best].count)
            best = k;
    *second = 0;
    for (size_t k = 0; k < n; k++)
        if (k != best && t[k].count > *second)
            *second = t[k].count;
    return best;
}

/* The country an agent alone in body sentence `sent` takes from its
 * neighbourhood: the country named most in the two sentences before it in
 * the same paragraph, when it is named at least twice as often as any
 * other there (weights as for the document's focus: a country's name 2, a
 * city 1).  A blog post or a news digest tells several stories, one a
 * paragraph, and "an officer said" after "Indian troops patrolled
 * Srinagar" is India's even when the post names Iraq most.  What names
 * the neighbourhood is the scene, not the other side: names in quotes,
 * objects of verbs and targets of events do not count ("The army
 * attacked Russia.  The army ..." is no Russian army), nor does the
 * agent's own sentence (tried: it gave "lawmakers attacked Japan" and
 * "the woman traveled in Japan" Japan's country).  Writes the code to
 * out and returns 1; 0 when the neighbourhood names no country or two
 * about equally. */
static int local_focus(struct coder *c, uint32_t sent, char out[4])
{
    struct country_mention *cm = c->named_where.data;
    struct country_count tally[8];
    size_t nt = 0, lo = 0, hi = c->named_where.n, best;
    uint32_t para, from, second;

    if (sent == DYAD_SENT_TITLE || sent >= c->res->nsentences)
        return 0;
    para = c->res->sentences[sent].paragraph;
    from = sent >= 2 ? sent - 2 : 0;
    while (lo < hi) { /* the first mention in a sentence >= from */
        size_t mid = lo + (hi - lo) / 2;
        if (cm[mid].sent < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < c->named_where.n && cm[i].sent < sent; i++) {
        size_t k;
        if (cm[i].para != para || target_of_event(c, &cm[i]))
            continue;
        for (k = 0; k < nt && strcmp(tally[k].code, cm[i].code) != 0; k++)
            ;
        if (k == nt) {
            if (nt == DY_ARRAY_LEN(tally))
                return 0; /* a list of countries: no neighbourhood */
            memcpy(tally[nt].code, cm[i].code, sizeof(tally[nt].code));
            tally[nt++].count = 0;
        }
        tally[k].count += cm[i].weight;
    }
    if (!nt)
        return 0;
    best = most_named(tally, nt, &second);
    if (tally[best].count < 2 || tally[best].count < 2 * second)
        return 0;
    memcpy(out, tally[best].code, sizeof(tally[best].code));
    return 1;
}

/* An actor coded by an agent alone ("officials", "police"), or by a
 * religion with or without its branch ("clerics" MOS, "Shiites" MOSSHI),
 * that may take a country from its story or place.  Refugees and
 * migrants are, by what the word means, not the story's country's people
 * ("asylum seekers" rescued off Indonesia are REF, not IDNREF), nor are
 * the placeless (hackers). */
static int agent_alone(const struct dyad_actor *a, const char *const *placeless)
{
    const char *last;

    /* a religion's code begins with it; a group's with more ("IMGMOSISI") */
    if (!a->code || a->country || !a->agent || !a->text || strcmp(a->agent, "REF") == 0 ||
        (strcmp(a->code, a->agent) != 0 &&
         !(dy__coder_faith(a->agent) && strncmp(a->code, a->agent, strlen(a->agent)) == 0)))
        return 0;
    last = strrchr(a->text, ' ');
    last = last ? last + 1 : a->text;
    return !in_list(last, placeless);
}

/* Agent-alone actor a becomes country's ("GOV" -> "IRQGOV", "MOSSHI" ->
 * "IRQMOSSHI"; "the rebels" the known group the story named,
 * dy__coder_known_group). */
static void give_country(struct coder *c, struct dyad_actor *a, const char *country)
{
    char code[24];
    const char *group;

    dy_snprintf(code, sizeof(code), "%s%s", country, a->code);
    group = dy__coder_known_group(c, code);
    a->code = group ? group : acstr(c, code);
    dy__coder_split_code(c, a);
}

/*
 * Actors coded by an agent alone ("officials", "police", "the
 * regime") take the document's focus country once the document is
 * read: the country named most (headline twice; a city or region counts
 * half a country's name), the first named on a tie (the headline is
 * coded first), as a human coder reads them from the story's context.
 * "the regime", "the dictatorship", "the government" and the like always
 * do; other agents only when the focus
 * is clear: named at least twice and at least twice as often as any
 * other country, so a story between two countries leaves "officials"
 * uncoded rather than guessing a side -- unless the story is datelined
 * in one of them, named at least twice and at least half as often as
 * the most named: it is told from there.  Fills such codes in the
 * events and quote speakers.
 */
void dy__coder_apply_focus(struct coder *c)
{
    static const char *const nouns[] = {"regime", "dictatorship", "government", "authorities",
                                        "junta", "administration", "cabinet", NULL};
    /* anonymous actors of the internet: the word says nothing of where
     * they are, so the story's country is no guess a coder makes */
    static const char *const placeless[] = {"hacker", "hackers", NULL};
    struct dyad_event *ev = c->ev.data;
    struct dyad_quote *qs = c->qt.data;
    size_t best;
    uint32_t second;
    int clear;
    char local[4];

    /* "Protesters demonstrated in Cairo", "Police arrested three men in
     * Paris": who protests or coerces (14x, 17x) somewhere with no
     * country of their own is of that place (the event's, not the
     * story's).  Not visitors, negotiators or soldiers, who act abroad;
     * but rebels, insurgents and unidentified gunmen who attack somewhere
     * (18x-20x: "guerrillas killed a policeman in Mosul") are that
     * place's. */
    static const char *const irregulars[] = {"REB", "UAF", "INS", "RAD", "CRM", NULL};
    /* "In Burkina Faso, gunmen killed 15 worshippers", "Police arrested
     * 20 people in Lagos": civilians and protesters coerced or attacked
     * somewhere (17x-20x) with no country of their own are that place's
     * people */
    static const char *const locals[] = {"CVL", "OPP", NULL};
    static const char *const force_roots[] = {"18", "19", "20", NULL};
    static const char *const harm_roots[] = {"17", "18", "19", "20", NULL};
    for (size_t i = 0; i < c->ev.n; i++) {
        struct dyad_actor *a = &ev[i].source, *t = &ev[i].target;
        const char *root = ev[i].root;
        if (!ev[i].place.country || !root)
            continue;
        if ((strcmp(root, "14") == 0 || strcmp(root, "17") == 0 ||
             (in_list(root, force_roots) && a->agent && in_list(a->agent, irregulars))) &&
            agent_alone(a, placeless))
            give_country(c, a, ev[i].place.country);
        if (in_list(root, harm_roots) && agent_alone(t, placeless) && in_list(t->agent, locals))
            give_country(c, t, ev[i].place.country);
    }
    /* "Ethiopian police arrested an opposition leader", "a court in
     * Cairo sentenced three journalists": whom a state's police, courts
     * or government coerce, charge or sentence (17x, 115, 116) with no
     * country of their own are that state's people, whatever country
     * the story is about.  Not its army's targets (18x-20x), who are
     * mostly the other side. */
    static const char *const domestic[] = {"GOV", "COP", "JUD", NULL};
    for (size_t i = 0; i < c->ev.n; i++) {
        const struct dyad_actor *by = &ev[i].source;
        struct dyad_actor *a = &ev[i].target;
        const char *ec = ev[i].code;
        if (!ec || !by->country || !by->agent || !in_list(by->agent, domestic) ||
            (strncmp(ec, "17", 2) != 0 && strcmp(ec, "115") != 0 && strcmp(ec, "116") != 0) ||
            !agent_alone(a, placeless) || proper_name(c, a, ev[i].sentence))
            continue;
        give_country(c, a, by->country);
    }
    /* "Venezuela's government accused the opposition of plotting a
     * coup": the opposition a state or its government acts on is that
     * state's own, in any act */
    static const char *const state[] = {"GOV", "COP", "JUD", "MIL", "LEG", "SPY", NULL};
    for (size_t i = 0; i < c->ev.n; i++) {
        const struct dyad_actor *by = &ev[i].source;
        struct dyad_actor *a = &ev[i].target;
        if (!by->country || (by->agent && !in_list(by->agent, state)) || !agent_alone(a, placeless) ||
            strcmp(a->agent, "OPP") != 0 || dy__coder_region(by->country))
            continue;
        give_country(c, a, by->country);
    }
    /* "Israeli troops shot dead two Palestinians, the army said": a
     * speaker named by an agent alone who reports an act of the same
     * agent of a known country speaks for its own side ("the army" is
     * Israel's, whatever country the story names most). */
    for (size_t i = 0; i < c->ev.n; i++) {
        uint32_t r = ev[i].reported_by;
        const struct dyad_actor *by = &ev[i].source;
        if (r == DYAD_NONE || r >= c->ev.n || r == i || !by->country || !by->agent ||
            !agent_alone(&ev[r].source, placeless) || strcmp(by->agent, ev[r].source.agent) != 0)
            continue;
        give_country(c, &ev[r].source, by->country);
    }
    if (!c->ncountry)
        return;
    best = most_named(c->country, c->ncountry, &second);
    /* two points a country name: "named at least twice" is 4 */
    clear = c->country[best].count >= 4 && c->country[best].count >= 2 * second;
    /* a story datelined in a country it names about as often as any
     * other ("TOKYO -- Japan lodged a protest with China ... the Foreign
     * Ministry said") is told from there: its agents alone are that
     * country's */
    for (size_t k = 0; !clear && c->dateline.country && k < c->ncountry; k++)
        if (memcmp(c->dateline.country, c->country[k].code, 3) == 0 &&
            c->country[k].count >= 4 && 2 * c->country[k].count >= c->country[best].count) {
            best = k;
            clear = 1;
        }
    /* The rest take the document's focus when it is clear, else the
     * focus of their neighbourhood (local_focus). */
    for (size_t i = 0; i < c->ev.n + c->qt.n; i++) {
        struct dyad_actor *as[2], *target = NULL;
        size_t na = 0;
        uint32_t sent;
        if (i < c->ev.n) {
            as[na++] = &ev[i].source;
            as[na++] = target = &ev[i].target;
            sent = ev[i].sentence;
        } else {
            as[na++] = &qs[i - c->ev.n].speaker;
            sent = qs[i - c->ev.n].sentence;
        }
        for (size_t j = 0; j < na; j++) {
            struct dyad_actor *a = as[j];
            const char *last, *country;
            if (!agent_alone(a, placeless))
                continue;
            last = strrchr(a->text, ' ');
            last = last ? last + 1 : a->text;
            /* the document's focus first: a paragraph naming another
             * country more often is still told from the story's (tried:
             * the neighbourhood first lost a gold event and gained none) */
            if (clear || in_list(last, nouns))
                country = c->country[best].code;
            else if (!(c->flags & DYAD_CODE_NO_LOCAL_COUNTRY) && a != target &&
                     !proper_name(c, a, sent) && local_focus(c, sent, local))
                country = local; /* a source or a speaker: not a target */
            else
                country = NULL;
            if (!country)
                continue;
            give_country(c, a, country);
        }
    }
}

/* ---- mentions ------------------------------------------------------------ */

/*
 * "North and South Korea": a coordinated first word shares the rest of
 * the name.  When the word before "and" with the rest of mention x's
 * words is another dictionary actor, x grows over both and stands for
 * the two (a compound code "PRK/KOR"; each is counted for the focus).
 */
static void ellipsis(struct coder *c, struct sent *s, struct mention *x, const char *date)
{
    const char *w[16];
    struct dyad_lex_match m;
    struct mention other;
    uint32_t i = x->start;
    char *code;
    size_t n;

    if (x->kind != DYAD_LEX_ACTOR || !x->code[0] || strchr(x->code, '/') || x->len < 2 ||
        x->len > 15 || i < s->dl + 2 || !(ieq(s->forms[i - 1], "and") || ieq(s->forms[i - 1], "&")) ||
        s->men_at[i - 2] >= 0 || !isupper((unsigned char)s->forms[i - 2][0]))
        return;
    w[0] = s->forms[i - 2];
    for (uint32_t k = 1; k < x->len; k++)
        w[k] = s->forms[i + k];
    if (dyad_lexicon_match(c->lx, w, x->len, 0, date, &m) != DYAD_OK ||
        m.kind != DYAD_LEX_ACTOR || m.len != x->len || !m.code[0] ||
        strchr(m.code, '/') || strcmp(m.code, x->code) == 0)
        return;
    n = strlen(m.code) + strlen(x->code) + 2;
    code = dy_arena_alloc(c->arena, n);
    if (!code)
        return;
    dy_snprintf(code, n, "%s/%s", m.code, x->code);
    /* the caller counts the compound's first code (m's); x's own here */
    other = *x;
    count_country(c, s, &other);
    x->code = code;
    x->start = i - 2;
    x->len += 2;
}

/* Whether every word of tokens i..i+len starts with a lower-case letter. */
static int lower_words(const struct sent *s, uint32_t i, size_t len)
{
    for (size_t k = 0; k < len && i + k < s->n; k++)
        if (!islower((unsigned char)s->forms[i + k][0]))
            return 0;
    return len > 0;
}

/* Whether the words i..i+len (a country's name or abbreviation) are the
 * prefix of a currency amount: "US$ 20,000", "NZ $ 26 million". */
static int currency_prefix(const struct sent *s, uint32_t i, size_t len)
{
    return i + len < s->n && strcmp(s->forms[i + len], "$") == 0;
}

/* Whether person match m is one word followed by a proper noun of the
 * same name (the parser's flat) that starts no dictionary phrase. */
static int other_persons_name(struct coder *c, const struct sent *s,
                              const struct dyad_lex_match *m, const char *date)
{
    uint32_t i = (uint32_t)m->start, j = i + 1;
    struct dyad_lex_match next;

    if (m->len != 1 || !m->actor_kind || strcmp(m->actor_kind, "person") != 0 || j >= s->n ||
        !upos_is(s, j, "PROPN") || !isupper((unsigned char)s->forms[j][0]) ||
        !rel_is(s, j, "flat") || s->head[j] != i)
        return 0;
    return dyad_lexicon_match(c->lx, s->forms, s->n, j, date, &next) == DYAD_OK &&
           (next.kind == DYAD_LEX_NONE || next.len == 0 || next.start != j);
}

/* "Laura Bush", "Hunter Biden": a one-word alias (a known person's
 * surname) right after a first name that is no title and no dictionary
 * word is another person of that family: an unknown name -- unless the
 * first name is the entry's own spelt another way (same first three
 * letters: "Pervaiz" for "Pervez"). */
static int same_surname(const struct sent *s, const struct dyad_lex_match *m)
{
    uint32_t i = (uint32_t)m->start, f;

    if (m->len != 1 || !m->actor_kind || strcmp(m->actor_kind, "person") != 0 || i == 0 ||
        i <= s->dl)
        return 0;
    f = i - 1;
    if (!upos_is(s, f, "PROPN") || !isupper((unsigned char)s->forms[f][0]) ||
        s->men_at[f] >= 0 || in_list(s->forms[f], dy__coder_title_words) ||
        in_list(s->forms[f], dy__coder_calendar_words) || strchr(s->forms[f], '.'))
        return 0;
    if (!((s->head[i] == f && (rel_base(s, i, "flat") || rel_is(s, i, "compound"))) ||
          (s->head[f] == i && (rel_base(s, f, "flat") || rel_is(s, f, "compound")))))
        return 0;
    /* "Pervaiz Musharraf" is Pervez Musharraf spelt another way: a first
     * name that begins as the entry's does is the same person */
    if (m->name && strchr(m->name, ' ') && strncasecmp(m->name, s->forms[f], 3) == 0)
        return 0;
    return 1;
}

int dy__coder_find_mentions(struct coder *c, struct sent *s)
{
    const char *date = c->res->doc ? c->res->doc->date : NULL;
    uint32_t i = s->dl;

    s->nmen = 0;
    for (uint32_t k = 0; k < s->n; k++)
        s->men_at[k] = -1;
    while (i < s->n) {
        struct dyad_lex_match m;
        struct mention *x;
        /* (a name written with a hyphen matches the split words
         * "Jong - un" in the lexicon) */
        if (dyad_lexicon_match(c->lx, s->forms, s->n, i, date, &m) != DYAD_OK ||
            m.kind == DYAD_LEX_NONE || m.len == 0 || m.start != i) {
            i++;
            continue;
        }
        if (m.kind == DYAD_LEX_ACTOR && !(m.flags & DYAD_LEX_COMBINED) && m.actor_kind &&
            (strcmp(m.actor_kind, "party") == 0 || strcmp(m.actor_kind, "organisation") == 0 ||
             strcmp(m.actor_kind, "group") == 0) &&
            lower_words(s, i, m.len)) {
            /* "forced to perform labour": an organisation's name is
             * capitalised; a lower-case common word is not the party
             * Labour */
            i++;
            continue;
        }
        if ((m.kind == DYAD_LEX_ACTOR || m.kind == DYAD_LEX_AGENT) && strcmp(m.code, "---") == 0) {
            /* a null-coded phrase (TABARI "BOROMIR [---]", out of its
             * dated role): no actor, its words are ordinary nouns */
            i += (uint32_t)m.len;
            continue;
        }
        if (m.kind == DYAD_LEX_ACTOR && other_persons_name(c, s, &m, date)) {
            /* "Foreign Minister Abbas Araqchi": a one-word alias ("Abbas",
             * Mahmoud Abbas) that starts a longer name no dictionary
             * knows is someone else's first name: an unknown name */
            i += 2;
            continue;
        }
        if (m.kind == DYAD_LEX_ACTOR && same_surname(s, &m)) {
            i += 1;
            continue;
        }
        if (m.kind == DYAD_LEX_ACTOR && currency_prefix(s, i, m.len)) {
            /* "released on US$ 20,000 bail": money, not an actor */
            i += (uint32_t)m.len;
            continue;
        }
        if (m.kind == DYAD_LEX_DISCARD) {
            if (m.flags & DYAD_LEX_STORY)
                c->story_discard = 1;
            s->discarded = 1;
        }
        x = &s->men[s->nmen++];
        x->start = i;
        x->len = (uint32_t)DY_MIN(m.len, (size_t)(s->n - i));
        x->kind = m.kind;
        x->code = acstr(c, m.code);
        x->actor_kind = m.actor_kind;
        x->where = acstr(c, m.where);
        x->flags = m.flags;
        x->country = m.country[0] ? acstr(c, m.country) : NULL;
        if (!x->code || !x->where)
            return DYAD_ENOMEM;
        ellipsis(c, s, x, date);
        for (uint32_t k = x->start; k < x->start + x->len; k++)
            s->men_at[k] = (int32_t)(s->nmen - 1);
        count_country(c, s, x);
        if ((c->flags & DYAD_CODE_EXPLAIN) &&
            (x->kind == DYAD_LEX_ACTOR || x->kind == DYAD_LEX_AGENT)) {
            struct dyad_actor a;
            uint32_t sent = s->index;
            int rc;
            memset(&a, 0, sizeof(a));
            a.span = tok_span(s, x->start, x->start + x->len - 1);
            a.text = span_text(c, s, a.span);
            a.code = x->code[0] ? x->code : NULL;
            a.where = x->where;
            dy__coder_split_code(c, &a);
            rc = dy__coder_vec_push(&c->men, &a);
            if (rc == DYAD_OK)
                rc = dy__coder_vec_push(&c->mensent, &sent);
            if (rc == DYAD_ENOMEM)
                return rc;
        }
        i = x->start + x->len;
    }
    return DYAD_OK;
}

/* Words that make a title, not a name: a run of them alone is no
 * unknown actor, and they are cut from the front of a name. */
const char *const dy__coder_title_words[] = {
    "president", "minister", "prime", "foreign", "senator", "sen.", "rep.", "gov.", "governor",
    "general", "gen.", "secretary", "ambassador", "chancellor", "king", "queen", "prince",
    "princess", "pope", "mr.", "mrs.", "ms.", "dr.", "sir", "lord", "chairman", "chairwoman",
    "director", "spokesman", "spokeswoman", "mayor", "judge", "justice", "colonel", "col.",
    "lt.", "lieutenant", "captain", "capt.", "sgt.", "sergeant", "commander", "admiral",
    "adm.", "deputy", "vice", "chief", "premier", "speaker", "leader", "head", "senior",
    "former", "acting", "interim", "state", "defense", "defence", "interior", "finance",
    "education", "health", "trade", "economy", "labour", "labor", "agriculture", "transport",
    "culture", "environment", "energy", "undersecretary", "mr", "mrs", "ms", "dr", NULL};

/* "the North", "the South": a region, not a name to add. */
static const char *const compass_words[] = {"north", "south", "east", "west", NULL};

/* Nouns that end an organisation's name ("Defense and Security
 * Committee"): a run may continue over "and" to one of them, and over
 * "of"/"for" after one ("Bank of England"). */
static const char *const org_heads[] = {
    "committee", "council", "ministry", "party", "commission", "agency", "service", "bank",
    "court", "union", "front", "army", "forces", "assembly", "organisation", "organization",
    "institute", "university", "department", "office", "group", "movement", "association",
    "federation", "league", "authority", "corporation", "company", "parliament", "republic",
    "kingdom", "church", "museum", "bureau", "board", "house", "school", "college", "centre",
    "center", "conference", "foundation", "society", "academy", "fund", "embassy", "congress",
    "senate", "states", "people", "city", "province", "region", "port", "gulf", "sea", NULL};

/* A token that can be part of a name run: a proper noun, or a
 * capitalised noun or adjective inside the sentence ("Security
 * Committee"), that no dictionary phrase covers. */
static int name_word(const struct sent *s, uint32_t j, uint32_t first)
{
    if (j >= s->n)
        return 0;
    if (s->men_at[j] >= 0) {
        /* "Valeska Paris": a one-word place name as a name's last part */
        const struct mention *m = &s->men[s->men_at[j]];
        return m->len == 1 && is_place(m) && rel_is(s, j, "flat") && s->head[j] < j &&
               upos_is(s, s->head[j], "PROPN") && s->men_at[s->head[j]] < 0;
    }
    if (upos_is(s, j, "PROPN"))
        return 1;
    return j > first && (upos_is(s, j, "NOUN") || upos_is(s, j, "ADJ")) &&
           isupper((unsigned char)s->forms[j][0]);
}

/* The title right before a name ("Lt. General David Barno", "former
 * Indian army general A S Kalkat"): an agent, or a country + agent, whose
 * code the person keeps when named again ("Barno said"), or NULL. */
static const struct mention *title_before(const struct sent *s, uint32_t a)
{
    const struct mention *m = a > 0 && s->men_at[a - 1] >= 0 ? &s->men[s->men_at[a - 1]] : NULL;

    return m && m->code[0] &&
                   (m->kind == DYAD_LEX_AGENT ||
                    (m->kind == DYAD_LEX_ACTOR && (m->flags & DYAD_LEX_COMBINED)))
               ? m
               : NULL;
}

/* The agent mention (a role: "prosecutor", "spokesman") that the name
 * a..b stands in apposition with, either way round, or NULL. */
static const struct mention *appositive_role(const struct sent *s, uint32_t a, uint32_t b)
{
    uint32_t hn = s->n, other;

    for (uint32_t k = a; k <= b && k < s->n; k++)
        if (s->head[k] < a || s->head[k] > b) {
            hn = k;
            break;
        }
    if (hn == s->n)
        return NULL;
    if (rel_is(s, hn, "appos") && s->head[hn] < s->n)
        other = s->head[hn];
    else {
        other = s->n;
        for (uint32_t k = s->first[hn]; k != s->n; k = s->next[k])
            if (rel_is(s, k, "appos") && (k < a || k > b)) {
                other = k;
                break;
            }
    }
    if (other >= s->n || s->men_at[other] < 0)
        return NULL;
    return s->men[s->men_at[other]].kind == DYAD_LEX_AGENT && s->men[s->men_at[other]].code[0]
               ? &s->men[s->men_at[other]]
               : NULL;
}

/* End (exclusive) of the name run starting at i: proper nouns,
 * hyphenated parts ("Kim Jong-un"), "of"/"for" between capitalised
 * words ("Bank of England"), "and" before an organisation's head noun. */
static uint32_t name_run_end(const struct sent *s, uint32_t i, uint32_t first)
{
    uint32_t j = i + 1;

    for (;;) {
        if (name_word(s, j, first)) {
            j++;
            continue;
        }
        if (j + 1 < s->n && strcmp(s->forms[j], "-") == 0 &&
            !(s->tok[j - 1].flags & DYAD_TOK_SPACE_AFTER) &&
            !(s->tok[j].flags & DYAD_TOK_SPACE_AFTER) && isalpha((unsigned char)s->forms[j + 1][0]) &&
            (upos_is(s, j + 1, "PROPN") || upos_is(s, j + 1, "X") || upos_is(s, j + 1, "NOUN") ||
             isupper((unsigned char)s->forms[j + 1][0]))) {
            j += 2;
            continue;
        }
        /* "Bank of England", not "Cheng Chung-tai of Civic Passion" */
        if ((ieq(s->forms[j], "of") || ieq(s->forms[j], "for")) && name_word(s, j + 1, first) &&
            isupper((unsigned char)s->forms[j + 1][0]) && in_list(s->forms[j - 1], org_heads)) {
            j += 2;
            continue;
        }
        if (ieq(s->forms[j], "and") && name_word(s, j + 1, first)) {
            uint32_t k = j + 1;
            while (name_word(s, k + 1, first))
                k++;
            if (in_list(s->forms[k], org_heads)) {
                j = k + 1;
                continue;
            }
        }
        return j;
    }
}

/*
 * Unknown named entities: runs of proper nouns that no phrase covers
 * (see name_run_end), without the titles in front of them ("Senator"),
 * calendar words, single letters, or titles alone.  A name seen only as
 * a sentence's first word may be an ordinary capitalised word: it is
 * reported only when the document also uses it inside a sentence
 * (c->unk_mid, applied by finish_unknowns).
 */
/*
 * Whether the name chunk lo..hi looks like a person's name: two to four
 * capitalised words (initials allowed: "L. Ron Hubbard"), no digits, not
 * after "the" ("the Sea Org"), not ending in a word that names an
 * organisation, a place or an event ("Freedom Magazine", "Constitution
 * Hall", "Waitangi Day"), no class noun before the last word ("Space
 * Shuttle Columbia", "Hurricane Katrina").
 */
int dy__coder_person_name(const struct sent *s, uint32_t lo, uint32_t hi)
{
    static const char *const not_person[] = {
        "magazine", "wiki", "hall", "project", "tower", "towers", "center", "centre", "hotel",
        "bridge", "mosque", "church", "temple", "university", "college", "school", "institute",
        "foundation", "group", "company", "corporation", "corp", "inc", "ltd", "news", "times",
        "post", "journal", "herald", "daily", "agency", "council", "committee", "party",
        "front", "movement", "association", "union", "league", "society", "club", "team",
        "ministry", "department", "office", "court", "bank", "fund", "network", "channel",
        "airlines", "airways", "airport", "station", "street", "road", "avenue", "square",
        "park", "river", "island", "islands", "mountain", "mountains", "lake", "sea", "ocean",
        "bay", "valley", "day", "festival", "challenge", "olympics", "cup", "games", "award",
        "prize", "act", "law", "treaty", "program", "programme", "operation", "war", "world",
        "city", "county", "province", "state", "region", "district", "base", "land", "army",
        "force", "forces", "police", "service", "services", "media", "press", "radio", "tv",
        "television", "online", "website", "museum", "library", "gallery", "hospital", "clinic",
        "fc", "united", "republic", "kingdom", "empire", "bureau", "commission", "authority",
        "board", "system", "systems", "technologies", "software", "labs", "industries",
        "global", "international", "org", "cruise", "ship", "gazette", "tribune", "review",
        "weekly", "monthly", "chronicle", "observer", "telegraph", "mail", "express", "blog",
        "report", "records", "music", "films", "pictures", "studios", NULL};
    static const char *const particles[] = {"de", "van", "von", "al", "bin", "da", "di", "del",
                                            "la", "le", "ibn", NULL};
    /* a class noun before the name: a vessel's, a storm's, a place's or
     * an operation's name ("Space Shuttle Columbia", "Hurricane Katrina",
     * "Mount Sinai", "Operation Desert Storm") */
    static const char *const not_first[] = {
        "shuttle", "spacecraft", "ship", "vessel", "carrier", "frigate", "destroyer", "submarine",
        "tanker", "satellite", "rover", "probe", "flight", "hurricane", "typhoon", "cyclone",
        "storm", "tropical", "mount", "fort", "camp", "lake", "cape", "operation", NULL};

    if (hi <= lo || hi - lo > 3)
        return 0;
    if (lo > 0 && ieq(s->forms[lo - 1], "the"))
        return 0;
    for (uint32_t t = lo; t <= hi; t++) {
        const char *f = s->forms[t];
        if (!upos_is(s, t, "PROPN") || s->men_at[t] >= 0)
            return 0;
        if (!isupper((unsigned char)f[0]) && !(t > lo && t < hi && in_list(f, particles)))
            return 0;
        for (const char *p = f; *p; p++)
            if (isdigit((unsigned char)*p) || *p == '@' || *p == '/')
                return 0;
        if (t > lo && dy__coder_all_caps(f) && strlen(f) > 1)
            return 0; /* "FIRST Global", "Hitwise UK": acronyms */
        if (t < hi && in_list(f, not_first))
            return 0;
    }
    return !in_list(s->forms[hi], not_person) && !dy__coder_all_caps(s->forms[lo]);
}

int dy__coder_note_unknowns(struct coder *c, struct sent *s)
{
    uint32_t i = s->dl, first = s->dl;

    /* the first word after opening punctuation ('"The ...') */
    while (first < s->n && upos_is(s, first, "PUNCT"))
        first++;
    while (i < s->n) {
        uint32_t j, a;
        struct dyad_span sp;
        const char *text;
        struct dyad_unknown *u;
        uint8_t mid;
        size_t k;
        /* a run starts with a proper noun, or a capitalised word
         * before one ("Civic Passion") */
        if (!name_word(s, i, first) ||
            !(upos_is(s, i, "PROPN") || (i + 1 < s->n && upos_is(s, i + 1, "PROPN") &&
                                         name_word(s, i + 1, first)))) {
            i++;
            continue;
        }
        j = name_run_end(s, i, first);
        a = i;
        while (a < j && (in_list(s->forms[a], dy__coder_title_words) ||
                         in_list(s->forms[a], dy__coder_calendar_words)))
            a++;
        while (j > a && (in_list(s->forms[j - 1], dy__coder_calendar_words) ||
                         ieq(s->forms[j - 1], "of") || ieq(s->forms[j - 1], "-")))
            j--;
        mid = !s->title ? i != first : i != 0;
        /* words modifying a known phrase ("Russia's Defense and Security
         * Committee", the Committee known) are part of it, not a name */
        if (j > a && rel_is(s, j - 1, "compound") && s->head[j - 1] < s->n &&
            s->men_at[s->head[j - 1]] >= 0)
            j = a;
        if (j == a ||
            (j - a == 1 && (strlen(s->forms[a]) < 2 || in_list(s->forms[a], compass_words) ||
                            dy__coder_names_group(c, s, a)))) {
            i = j > i ? j : i + 1;
            continue;
        }
        sp = tok_span(s, a, j - 1);
        if (sp.end - sp.start > 200) {
            i = j;
            continue;
        }
        if (dy__coder_person_name(s, a, j - 1)) {
            /* a private person's full name: "Montalvo" later is this
             * civilian, whatever role the sentence gives the full name --
             * unless the name stands in apposition with a role ("the Crown
             * prosecutor, Mark Tedeschi": "Mr. Tedeschi" later is JUD) */
            struct dyad_actor pa;
            const struct mention *role = appositive_role(s, a, j - 1), *title = NULL;
            if (!role)
                role = title = title_before(s, a);
            memset(&pa, 0, sizeof(pa));
            pa.span = sp;
            pa.text = span_text(c, s, sp);
            pa.code = role ? role->code : "CVL";
            if (title && title->start > 0 && s->men_at[title->start - 1] >= 0 &&
                strlen(title->code) == 3) {
                /* "Indian army general A S Kalkat": the title's country */
                const struct mention *cm = &s->men[s->men_at[title->start - 1]];
                const char *country = cm->kind == DYAD_LEX_ACTOR && !is_place_only(cm)
                                          ? dy__coder_country_part(c, cm->code)
                                          : NULL;
                if (country)
                    pa.code = dy__coder_join_code(c, country, title->code);
            }
            dy__coder_split_code(c, &pa);
            dy__coder_remember(c, &pa, s, j - 1, 1, 0);
        }
        u = c->unk.data;
        for (k = 0; k < c->unk.n; k++) {
            if (strlen(u[k].text) == sp.end - sp.start &&
                memcmp(u[k].text, s->text + sp.start, sp.end - sp.start) == 0) {
                u[k].count++;
                ((uint8_t *)c->unk_mid.data)[k] |= mid;
                break;
            }
        }
        if (k == c->unk.n) {
            struct dyad_unknown nu;
            int rc;
            text = span_text(c, s, sp);
            if (!text)
                return DYAD_ENOMEM;
            nu.text = text;
            nu.count = 1;
            nu.sentence = s->index;
            nu.span = sp;
            rc = dy__coder_vec_push(&c->unk, &nu);
            if (rc == DYAD_OK)
                rc = dy__coder_vec_push(&c->unk_mid, &mid);
            if (rc == DYAD_ENOMEM)
                return rc;
            if (rc)
                c->partial = 1;
        }
        i = j;
    }
    return DYAD_OK;
}

/*
 * The per-document unknown list, for dictionary maintainers: names
 * seen only as a sentence's first word go; a one-word name that is the
 * last word of a longer one ("Klintsevich" after "Franz Klintsevich")
 * is counted with it.
 */
void dy__coder_finish_unknowns(struct coder *c)
{
    struct dyad_unknown *u = c->unk.data;
    const uint8_t *mid = c->unk_mid.data;
    size_t out = 0;

    for (size_t k = 0; k < c->unk.n; k++) {
        size_t len = strlen(u[k].text), into = c->unk.n;
        if (strchr(u[k].text, ' '))
            continue;
        /* the last word of a longer name, else its first ("Daniel") */
        for (size_t l = 0; l < c->unk.n; l++) {
            const char *sp = strrchr(u[l].text, ' ');
            if (l == k || !u[l].count || !sp)
                continue;
            if (strcmp(sp + 1, u[k].text) == 0) {
                into = l;
                break;
            }
            if (into == c->unk.n && strncmp(u[l].text, u[k].text, len) == 0 &&
                u[l].text[len] == ' ')
                into = l;
        }
        if (into < c->unk.n) {
            u[into].count += u[k].count;
            u[k].count = 0;
        }
        if (!mid[k])
            u[k].count = 0;
    }
    for (size_t k = 0; k < c->unk.n; k++)
        if (u[k].count)
            u[out++] = u[k];
    c->unk.n = out;
}
