/*
 * quotes.c - module coder: direct quotes and their speakers.
 *
 * Pairs quote marks over the body, attributes each quote to its speaker (a
 * speech verb next to it, "according to", or the speaker of the quote it
 * goes on from), and gives first-person sources and targets inside a
 * quote the speaker's code.
 */
#include "coder/coder_int.h"

/* ---- quotes ---------------------------------------------------------------- */

int dy__coder_is_quote_tok(const struct dyad_token *t)
{
    return t->form && (strcmp(t->form, "\"") == 0 || strcmp(t->form, "``") == 0 ||
                       strcmp(t->form, "''") == 0);
}

static struct quote_info *qinfo(const struct coder *c)
{
    return c->qt_info.data;
}

/* Appends quote q with its (empty) quote_info; DYAD_ELIMIT when the
 * document has too many. */
static int push_quote(struct coder *c, const struct dyad_quote *q)
{
    struct quote_info qi = {DYAD_NONE, 0};
    int rc = dy__coder_vec_push(&c->qt, q);

    if (rc == DYAD_OK) {
        rc = dy__coder_vec_push(&c->qt_info, &qi);
        if (rc)
            c->qt.n--;
    }
    return rc;
}

static int word_is(const struct dyad_result *r, size_t g, const char *upos)
{
    return r->words && r->words[g].upos && strcmp(r->words[g].upos, upos) == 0;
}

static int form_in(const struct dyad_result *r, size_t g, const char *const *list)
{
    return r->tokens[g].form && in_list(r->tokens[g].form, list);
}

/*
 * Sentence si is a signature line: the last of its paragraph, after
 * another sentence of it, and nothing but a name with perhaps a title
 * ("John Cornyn, U.S. Senator (R-Texas)", "- Matthew Ingram"): a
 * capitalised name first (after a dash), no verb, no quote mark, no
 * colon ("Image: NASA.") and no sentence-final stop.
 */
static int signature_line(const struct coder *c, size_t si)
{
    static const char *const dashes[] = {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL};
    static const char *const stops[] = {".", "!", "?", ":", NULL};
    const struct dyad_result *r = c->res;
    const struct dyad_sentence *x = &r->sentences[si];
    uint32_t k = 0;

    if (si == 0 || r->sentences[si - 1].paragraph != x->paragraph ||
        (si + 1 < r->nsentences && r->sentences[si + 1].paragraph == x->paragraph) ||
        x->ntokens == 0 || x->ntokens > 12 || x->first_token + x->ntokens > r->ntokens)
        return 0;
    while (k < x->ntokens && form_in(r, x->first_token + k, dashes))
        k++;
    if (k == x->ntokens || !word_is(r, x->first_token + k, "PROPN") || !r->tokens[x->first_token + k].form ||
        !isupper((unsigned char)r->tokens[x->first_token + k].form[0]))
        return 0;
    for (; k < x->ntokens; k++) {
        size_t g = x->first_token + k;
        if (word_is(r, g, "VERB") || word_is(r, g, "AUX") || dy__coder_is_quote_tok(&r->tokens[g]) ||
            form_in(r, g, stops))
            return 0;
    }
    return 1;
}

/* Puts the quotes back in text order after pull quotes were appended,
 * renumbering c->tok_quote. */
static int sort_quotes(struct coder *c)
{
    struct dyad_quote *qs = c->qt.data;
    struct quote_info *qi = qinfo(c);
    size_t n = c->qt.n;
    uint32_t *order = dy_arena_alloc(c->arena, n * sizeof(*order));
    uint32_t *newidx = dy_arena_alloc(c->arena, n * sizeof(*newidx));
    struct dyad_quote *qcopy = dy_arena_alloc(c->arena, n * sizeof(*qcopy));
    struct quote_info *icopy = dy_arena_alloc(c->arena, n * sizeof(*icopy));

    if (!order || !newidx || !qcopy || !icopy)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        size_t j = i;
        while (j > 0 && qs[order[j - 1]].span.start > qs[i].span.start) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = (uint32_t)i;
    }
    memcpy(qcopy, qs, n * sizeof(*qcopy));
    memcpy(icopy, qi, n * sizeof(*icopy));
    for (size_t k = 0; k < n; k++) {
        qs[k] = qcopy[order[k]];
        qi[k] = icopy[order[k]];
        newidx[order[k]] = (uint32_t)k;
    }
    for (size_t g = 0; g < c->res->ntokens; g++)
        if (c->tok_quote[g] != DYAD_NONE)
            c->tok_quote[g] = newidx[c->tok_quote[g]];
    return DYAD_OK;
}

/*
 * A pull quote: a paragraph of the speaker's own words ending in a
 * signature line, with no quote marks ("... and I'm deeply disappointed
 * with the Administration's misguided decision. John Cornyn, U.S.
 * Senator").  Its words become a quote attributed to the name when the
 * signature is coded; a first person in them says whose words they
 * are (a paragraph of reporting ending in a name is left alone).  A
 * quoted paragraph ending so ('"... a long game." - Matthew Ingram')
 * has its quotes attributed the same way.
 */
static int find_pull_quotes(struct coder *c)
{
    static const char *const self[] = {"I", "me", "my", "we", "We", "us", "our", "Our", "My", NULL};
    const struct dyad_result *r = c->res;
    size_t marked = c->qt.n;
    int rc = DYAD_OK;

    for (size_t si = 1; si < r->nsentences; si++) {
        size_t first = si, g0, g1;
        int quoted = 0, open = 0, self_seen = 0;
        if (!signature_line(c, si))
            continue;
        while (first > 0 && r->sentences[first - 1].paragraph == r->sentences[si].paragraph)
            first--;
        g0 = r->sentences[first].first_token;
        g1 = r->sentences[si].first_token; /* the words before the signature: [g0, g1) */
        for (size_t g = g0; g < g1 && g < r->ntokens; g++) {
            if (c->tok_quote[g] != DYAD_NONE)
                quoted = 1;
            else if (!dy__coder_is_quote_tok(&r->tokens[g]) && !word_is(r, g, "PUNCT"))
                open = 1;
            if (c->tok_quote[g] == DYAD_NONE && word_is(r, g, "PRON") && form_in(r, g, self))
                self_seen = 1;
        }
        if (quoted && !open) {
            /* all quoted: those quotes are the signature's */
            for (size_t g = g0; g < g1 && g < r->ntokens; g++)
                if (c->tok_quote[g] != DYAD_NONE)
                    qinfo(c)[c->tok_quote[g]].sig = (uint32_t)si;
            continue;
        }
        if (quoted || !self_seen || g1 <= g0 || g1 > r->ntokens) {
            continue;
        } else {
            struct dyad_quote q;
            memset(&q, 0, sizeof(q));
            q.sentence = (uint32_t)first;
            q.event = DYAD_NONE;
            q.span.start = r->tokens[g0].span.start;
            q.span.end = r->tokens[g1 - 1].span.end;
            rc = push_quote(c, &q);
            if (rc == DYAD_ENOMEM)
                return rc;
            if (rc) {
                c->partial = 1;
                rc = DYAD_OK;
                break;
            }
            qinfo(c)[c->qt.n - 1].sig = (uint32_t)si;
            for (size_t g = g0; g < g1; g++)
                c->tok_quote[g] = (uint32_t)(c->qt.n - 1);
        }
    }
    return c->qt.n > marked ? sort_quotes(c) : rc;
}

/*
 * Pairs quote marks over the body: a mark opens, the next closes; a
 * quote left open at the end of its paragraph ends there (news style
 * for quotes that run on).  Fills c->tok_quote and the quote vector
 * (spans only; speakers come later).
 */
int dy__coder_find_quotes(struct coder *c)
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
            qinfo(c)[open].unclosed = 1;
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
                    rc = push_quote(c, &q);
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
        qinfo(c)[open].unclosed = 1;
    return find_pull_quotes(c);
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
    if (qinfo(c)[q - 1].unclosed)
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

/* "issued a statement", "released a communique": a verb whose object is
 * a statement speaks as a speech verb does. */
static int statement_object(const struct sent *s, uint32_t i)
{
    static const char *const put_out[] = {"issue", "release", "make", "publish", NULL};
    static const char *const statements[] = {"statement", "declaration", "communique",
                                             "communiqué", NULL};
    uint32_t o = child_rel(s, i, "obj");

    return in_list(lemma_of(s, i), put_out) && o != s->n && in_list(lemma_of(s, o), statements);
}

static int is_attribution_verb(const struct sent *s, uint32_t i)
{
    return upos_is(s, i, "VERB") &&
           (in_list(lemma_of(s, i), dy__coder_speech_verbs) || ieq(lemma_of(s, i), "call") ||
            statement_object(s, i));
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
                      (child_rel(s, i, "obj") == s->n || statement_object(s, i)) &&
                      child_rel(s, i, "csubj") == s->n))
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
 * Sentence s is the signature line of pull quotes (find_pull_quotes):
 * the name is their speaker and makes a statement (010) at the name,
 * which the speaker's own act inside the quote replaces like a speech
 * verb's (dy__coder_finish_quote_events).  A name no dictionary knows
 * is still written as the quote's speaker, with no code and no event.
 */
static int attribute_signature(struct coder *c, struct sent *s)
{
    static const char *const dashes[] = {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL};
    struct dyad_quote *qs = c->qt.data;
    uint32_t h = s->n, lo = 0, hi;
    uint32_t event = DYAD_NONE;
    int any = 0;
    struct np sp;

    for (size_t q = 0; q < c->qt.n; q++)
        if (qinfo(c)[q].sig == s->index && !qs[q].speaker.text)
            any = 1;
    if (!any)
        return DYAD_OK;
    while (lo < s->n && in_list(s->forms[lo], dashes))
        lo++;
    for (uint32_t k = lo; k < s->n; k++)
        if (s->head[k] >= s->n)
            h = k;
    if (h >= s->n || !(upos_is(s, h, "PROPN") || upos_is(s, h, "NOUN")))
        h = lo;
    if (h >= s->n)
        return DYAD_OK;
    dy__coder_resolve_np(c, s, h, &sp);
    dy__coder_attach_role_name(c, s, h, &sp);
    if (sp.kind == NP_ACTOR && sp.a.code) {
        size_t before = c->ev.n;
        int rc = dy__coder_emit_statement(c, s, h, h, &sp, "signature line",
                                          "coder: a pull quote's signature line", NULL,
                                          "coded 010: signs the pull quote before it");
        if (rc)
            return rc;
        if (c->ev.n > before)
            event = (uint32_t)before;
    } else {
        /* a name no dictionary knows: the words up to a comma or bracket */
        hi = lo;
        while (hi + 1 < s->n && !ieq(s->forms[hi + 1], ",") && !ieq(s->forms[hi + 1], "("))
            hi++;
        memset(&sp, 0, sizeof(sp));
        sp.kind = NP_UNKNOWN;
        sp.a.span = tok_span(s, lo, hi);
        sp.a.text = span_text(c, s, sp.a.span);
    }
    for (size_t q = 0; q < c->qt.n; q++)
        if (qinfo(c)[q].sig == s->index && !qs[q].speaker.text)
            set_speaker(c, s, (uint32_t)q, &sp, NULL, event);
    return DYAD_OK;
}

/*
 * Speakers of the quotes that sentence s attributes: a speech verb
 * outside any quote, or "according to X".  The speech verb's subject
 * is resolved like any argument (so "he" is the last person named as a
 * subject).  A quote with none in its sentence takes a lone
 * attribution of the sentence before ("Lavrov said on Monday. "...").
 */
int dy__coder_attribute_quotes(struct coder *c, struct sent *s)
{
    struct dyad_quote *qs = c->qt.data;
    uint32_t lo_q = DYAD_NONE, hi_q = 0;

    if (s->title || !c->qt.n)
        return DYAD_OK;
    {
        int rc = attribute_signature(c, s);
        if (rc)
            return rc;
    }
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
        uint32_t qlo = s->n, qhi = 0, best = s->n, bestd = UINT32_MAX, host = s->n;
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
                    host = cur;
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
        if (host < s->n && qlo > 0 && qhi + 1 < s->n) {
            /* 'Peskov dismissed the remarks as "hysteria"': words quoted
             * inside a clause with no speech verb are the words of the
             * actor whose act they describe, its subject */
            speaker_of(c, s, host, &sp);
            if (sp.kind == NP_ACTOR) {
                set_speaker(c, s, q, &sp, lemma_of(s, host), s->verb_event[host]);
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
void dy__coder_continue_speakers(struct coder *c)
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

static int same_code(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The index among kept events ev[0..n) of an event of x's sentence with
 * x's source mention, code and target code and the same negation,
 * modality and reportedness, or DYAD_NONE.  "They claimed Paris was a
 * volunteer and claim she has ...", "offered schools and universities"
 * (both USAEDU): a sentence that names one event twice reports it once,
 * as PETRARCH and TABARI keep a sentence's events as a set.  Two
 * people of one code who phone each other are two sources: both kept. */
static size_t same_triple(const struct dyad_event *ev, size_t n, const struct dyad_event *x)
{
    for (size_t k = n; k-- > 0 && ev[k].sentence == x->sentence;)
        if (same_code(ev[k].code, x->code) && same_code(ev[k].source.code, x->source.code) &&
            ev[k].source.span.start == x->source.span.start &&
            ev[k].source.span.end == x->source.span.end &&
            same_code(ev[k].target.code, x->target.code) && ev[k].negated == x->negated &&
            ev[k].modality == x->modality &&
            (ev[k].reported_by == DYAD_NONE) == (x->reported_by == DYAD_NONE))
            return k;
    return DYAD_NONE;
}

/* Event x is in a pull quote whose signature line made statement r. */
static int signed_by(const struct coder *c, const struct dyad_event *x, uint32_t r)
{
    const struct dyad_quote *qs = c->qt.data;

    return x->quote < c->qt.n && qinfo(c)[x->quote].sig != DYAD_NONE && qs[x->quote].event == r;
}

/* The one a quote addresses: the target of its statement ('"...,"
 * Karzai told Musharraf'), if that is a coded actor other than the
 * speaker; NULL otherwise. */
static const struct dyad_actor *addressee_of(const struct coder *c, const struct dyad_quote *q)
{
    const struct dyad_event *ev = c->ev.data;
    const struct dyad_actor *t;

    if (q->event >= c->ev.n)
        return NULL;
    t = &ev[q->event].target;
    if (!t->code || dy__coder_same_actor(t, &q->speaker))
        return NULL;
    return t;
}

/* A personal pronoun inside quote q (actors.c, NP_SELF) stands for the
 * quote's speaker ("we", "us") or, in the second person ("you"), for its
 * addressee; actor a becomes that actor, keeping the words written.  0
 * when the one it stands for has no code. */
static int quoted_person(const struct coder *c, struct dyad_actor *a, const struct dyad_quote *q)
{
    const char *text = a->text;
    struct dyad_span sp = a->span;
    const struct dyad_actor *who = &q->speaker;

    if (text && in_list(text, dy__coder_second_person))
        who = addressee_of(c, q);
    if (!who || !who->code)
        return 0;
    *a = *who;
    a->text = text;
    a->span = sp;
    a->resolved = 1;
    return 1;
}

/*
 * First-person sources and targets inside quotes become the speaker;
 * events of a quote are reported by the quote's statement.  Events left
 * without a source (an unresolved "we") are dropped, and so are events whose
 * source and target became the same actor (a speaker filled in, the
 * focus country applied) -- except statements, which only lose the
 * target ("he added that the government ...").  References to events
 * follow their new index; references to dropped ones are cleared.
 */
int dy__coder_finish_quote_events(struct coder *c)
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
        const struct dyad_quote *q = x->quote < c->qt.n ? &qs[x->quote] : NULL;
        absorbed[e] = DYAD_NONE;
        if (!x->source.code && q)
            quoted_person(c, &x->source, q);
        /* a target with text and no code is a personal pronoun in a
         * quote (predicate.c); with no speaker or addressee known it is
         * no one */
        if (!x->target.code && x->target.text && !(q && quoted_person(c, &x->target, q)))
            memset(&x->target, 0, sizeof(x->target));
        if (q && x->reported_by == DYAD_NONE && q->event != DYAD_NONE && q->event != e)
            x->reported_by = q->event;
    }
    /* "Rathke said, 'We urge the governments ...'", "North Korea stated
     * it would attack ...": a bare statement (010) whose content, in the
     * same sentence, is the speaker's own verbal act (QuadClass 1 or 3:
     * an appeal, intent, threat, criticism), the speaker referred to by
     * a pronoun or as the quote's speaker, is that act; the statement is
     * not coded again.  "The State Department said Kerry contacted ..."
     * names another actor: both are coded.  So is a telegraphic "Iran
     * says will retaliate", whose act has the speaker's own words as its
     * source. */
    for (size_t e = 0; e < c->ev.n; e++) {
        uint32_t r = ev[e].reported_by;
        int own;
        if (r >= c->ev.n)
            continue;
        own = ev[e].source.resolved || (ev[e].source.span.start == ev[r].source.span.start &&
                                        ev[e].source.span.end == ev[r].source.span.end);
        if (absorbed[r] != DYAD_NONE || strcmp(ev[r].code, "010") != 0 ||
            strcmp(ev[e].code, "010") == 0 || (ev[e].quad != 1 && ev[e].quad != 3) ||
            (ev[e].sentence != ev[r].sentence && !signed_by(c, &ev[e], r)) || !own ||
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
            !dy__coder_kept_same(c, (uint32_t)e)) {
            if (!x->root || strcmp(x->root, "01") != 0)
                continue;
            memset(&x->target, 0, sizeof(x->target));
        }
        {
            size_t d = same_triple(ev, out, x);
            if (d != DYAD_NONE) {
                map[e] = (uint32_t)d; /* one event, named twice */
                continue;
            }
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
