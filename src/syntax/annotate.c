/*
 * annotate.c - run time: tag, lemmatise, add features and parse one
 * sentence with a loaded model (dy_syntax_annotate), and the gold-
 * tokenisation evaluation built on it.
 *
 * Scratch memory for one sentence (word features, tags, parser state)
 * is one heap block per call rather than arena memory, so that a long
 * document does not pile up dead parser states in its arena; only the
 * lemmas made by rule, which the caller keeps, go to the arena.
 */
#include <string.h>
#include <time.h>

#include "syntax/syntax_int.h"

/* Participles: passive when they have passive dependents or modify a
 * noun ("the man arrested"); the table default cannot know that. */
static void fix_voice(const struct dyad_model *m, size_t n, const int *tags,
                      const uint32_t *heads, const int *labels,
                      struct dyad_word *out)
{
    size_t i;

    for (i = 0; i < n; i++) {
        const char *x = m->tags[tags[i]].xpos;
        const char *l;
        if (strcmp(x, "VBN") != 0)
            continue;
        l = m->labels[labels[i]];
        out[i].feats = (strncmp(l, "acl", 3) == 0 || strcmp(l, "amod") == 0) ?
            "Tense=Past|VerbForm=Part|Voice=Pass" : "Tense=Past|VerbForm=Part";
    }
    for (i = 0; i < n; i++) {
        const char *l = m->labels[labels[i]];
        uint32_t h = heads[i];
        if (h == 0 || h > n)
            continue;
        if (strcmp(l, "aux:pass") == 0 || strcmp(l, "nsubj:pass") == 0 ||
            strcmp(l, "csubj:pass") == 0 || strcmp(l, "obl:agent") == 0) {
            if (strcmp(m->tags[tags[h - 1]].xpos, "VBN") == 0)
                out[h - 1].feats = "Tense=Past|VerbForm=Part|Voice=Pass";
        }
    }
}

/* The tag class with this UPOS and XPOS, or -1. */
static int tag_class(const struct dyad_model *m, const char *upos, const char *xpos)
{
    for (uint32_t k = 0; k < m->ntags; k++)
        if (m->tags[k].upos && m->tags[k].xpos && strcmp(m->tags[k].upos, upos) == 0 &&
            strcmp(m->tags[k].xpos, xpos) == 0)
            return (int)k;
    return -1;
}

/* An irregular past or participle that is only ever a verb ("stole",
 * "overran", "struck", "slain"), tagged as something else (unknown to
 * the treebanks, it was guessed from its letters: "stole"/ADJ,
 * "overran"/ADP), is a verb: VBD, or VBN for a participle. */
static void verb_only_tags(const struct dyad_model *m, const char *const *forms, size_t n,
                           int *tags)
{
    for (size_t i = 0; i < n; i++) {
        char low[32];
        int kind, cls;

        if (!forms[i] || strcmp(m->tags[tags[i]].upos, "VERB") == 0 ||
            strcmp(m->tags[tags[i]].upos, "AUX") == 0 ||
            dy_syntax_lower(forms[i], low, sizeof(low)) + 1 >= sizeof(low))
            continue;
        kind = dy_syntax_irregular_verb_only(low);
        cls = kind ? tag_class(m, "VERB", kind == 'N' ? "VBN" : "VBD") : -1;
        if (cls >= 0)
            tags[i] = cls;
    }
}

/* English auxiliaries are a closed class: the forms of be, have, do,
 * get (passive) and the modals, with their clitics as the tokenizer
 * splits them ("'s", "ca" of "can't", "wo" of "won't").  A word the
 * tagger calls AUX outside it was guessed from its letters: a sentence-
 * initial "Beijing warned ..." read as "Being warned" (AUX, lemma
 * "beij").  It is a proper noun when capitalised, else a verb. */
static int known_aux(const char *low)
{
    static const char *const aux[] = {
        "am", "are", "art", "be", "been", "being", "is", "was", "were", "'m", "'re", "'s",
        "’m", "’re", "’s", "m", "re", "s", "r", "have", "has", "had", "having", "'ve", "’ve",
        "ve", "'d", "’d", "d", "do", "does", "did", "doing", "done", "will", "'ll", "’ll", "ll",
        "wo", "would", "shall", "sha", "should", "can", "ca", "could", "may", "might", "must",
        "ought", "need", "dare", "get", "gets", "got", "getting", "gotten", "ai", "wilt",
        "´m", "´re", "´s", "´ve", "´d", "´ll", "v", "b", NULL};

    for (size_t i = 0; aux[i]; i++)
        if (strcmp(aux[i], low) == 0)
            return 1;
    return 0;
}

static void closed_class_tags(const struct dyad_model *m, const char *const *forms, size_t n,
                              int *tags)
{
    for (size_t i = 0; i < n; i++) {
        char low[32];
        int cls;

        if (!forms[i] || strcmp(m->tags[tags[i]].upos, "AUX") != 0 ||
            dy_syntax_lower(forms[i], low, sizeof(low)) + 1 >= sizeof(low) || known_aux(low))
            continue;
        if (forms[i][0] >= 'A' && forms[i][0] <= 'Z')
            cls = tag_class(m, "PROPN", "NNP");
        else {
            cls = tag_class(m, "VERB", m->tags[tags[i]].xpos);
            if (cls < 0)
                cls = tag_class(m, "VERB", "VB");
        }
        if (cls >= 0)
            tags[i] = cls;
    }
}

/* Whether tag class t has this UPOS and XPOS. */
static int tag_is(const struct dyad_model *m, int t, const char *upos, const char *xpos)
{
    return strcmp(m->tags[t].upos, upos) == 0 && strcmp(m->tags[t].xpos, xpos) == 0;
}

/* Whether tag t's UPOS is in list (NULL-terminated). */
static int upos_in(const struct dyad_model *m, int t, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(m->tags[t].upos, list[i]) == 0)
            return 1;
    return 0;
}

/* A noun phrase's words before its verb. */
static const char *const np_upos[] = {"DET", "ADJ", "NOUN", "PROPN", "NUM", NULL};

/* A nominal: the subject before a verb. */
static const char *const nominal_upos[] = {"NOUN", "PROPN", "PRON", NULL};

/* The first word of a noun phrase after a verb (its object). */
static const char *const np_start_upos[] = {"DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON", NULL};

/* Whether tag t is one of a noun phrase's words before its verb. */
static int np_word(const struct dyad_model *m, int t)
{
    return upos_in(m, t, np_upos);
}

/* A past form that is only ever a participle ("given", "stolen", an
 * irregular "-en"): never the simple past of a clause's verb. */
static int participle_only(const char *form)
{
    char low[32];
    size_t len;

    if (!form || dy_syntax_lower(form, low, sizeof(low)) + 1 >= sizeof(low))
        return 1;
    len = strlen(low);
    return dy_syntax_irregular_verb_only(low) == 'N' ||
           (dy_syntax_irregular_lemma(low) && len > 2 && strcmp(low + len - 2, "en") == 0);
}

/* "A Russian court jailed opposition politician Ilya Yashin": a sentence
 * whose only verb is a participle right after its opening noun phrase
 * and before another noun phrase, with no finite verb or auxiliary after
 * it, has no other main verb: the participle is a simple past (VBD). */
static void only_participle_tags(const struct dyad_model *m, const char *const *forms, size_t n,
                                 int *tags)
{
    size_t k = 0;
    int noun = 0, vbd;

    while (k < n && np_word(m, tags[k])) {
        noun |= strcmp(m->tags[tags[k]].upos, "NOUN") == 0 ||
                strcmp(m->tags[tags[k]].upos, "PROPN") == 0;
        k++;
    }
    if (!noun || k + 1 >= n || !tag_is(m, tags[k], "VERB", "VBN") || !np_word(m, tags[k + 1]) ||
        participle_only(forms[k]))
        return;
    for (size_t j = k + 1; j < n; j++) {
        const char *x = m->tags[tags[j]].xpos;
        if (strcmp(m->tags[tags[j]].upos, "AUX") == 0 || strcmp(x, "VBD") == 0 ||
            strcmp(x, "VBZ") == 0 || strcmp(x, "VBP") == 0 || strcmp(x, "MD") == 0)
            return;
    }
    if ((vbd = tag_class(m, "VERB", "VBD")) >= 0)
        tags[k] = vbd;
}

/*
 * News sentences open on a plural subject and a past verb ("Rebels
 * seized the town", "Thieves stole weapons"), which the web text of the
 * treebanks rarely does: the tagger reads the first word as a verb
 * ("Thieves"/VBZ) or the second as a participle of a reduced relative
 * ("Missiles struck Kyiv" as "missiles (that were) struck"), and the
 * parser then finds no clause.  At the start of a sentence or after a
 * punctuation mark (a dateline's dash, a quote), a capitalised word
 * ending in "s" and a past form right after it, followed by the start of
 * a noun phrase, are subject and verb: the first a plural noun (NNS), the
 * second a simple past (VBD) unless it is a participle only ("given",
 * "stolen"; a headline's "Troops killed in ambush" has a preposition
 * after the verb and stays).
 */
static void subject_verb_tags(const struct dyad_model *m, const char *const *forms, size_t n,
                              int *tags)
{
    for (size_t i = 0; i + 2 < n; i++) {
        char low[32];
        size_t len;
        int t0 = tags[i], t1 = tags[i + 1], t2 = tags[i + 2], nns, vbd;

        if (!forms[i] || !forms[i + 1])
            continue;
        if (forms[i + 2] && strcmp(forms[i + 2], "dead") == 0 && tag_is(m, t1, "NOUN", "NN") &&
            (tag_is(m, t0, "NOUN", "NN") || tag_is(m, t0, "NOUN", "NNS")) &&
            dy_syntax_lower(forms[i + 1], low, sizeof(low)) + 1 < sizeof(low) &&
            dy_syntax_irregular_lemma(low)) {
            /* "Police shot dead two protesters", "Israeli troops shot
             * dead ...": "shot" read as the head of a compound ("police
             * shot", as "mug shot"), wherever the noun before it stands */
            if ((vbd = tag_class(m, "VERB", "VBD")) >= 0)
                tags[i + 1] = vbd;
            continue;
        }
        if (!(forms[i][0] >= 'A' && forms[i][0] <= 'Z') ||
            (i > 0 && strcmp(m->tags[tags[i - 1]].upos, "PUNCT") != 0))
            continue;
        len = strlen(forms[i]);
        if (len < 3 || forms[i][len - 1] != 's' ||
            !(tag_is(m, t0, "NOUN", "NNS") || tag_is(m, t0, "VERB", "VBZ")) ||
            !(tag_is(m, t1, "VERB", "VBD") || tag_is(m, t1, "VERB", "VBN")))
            continue;
        if (!upos_in(m, t2, np_start_upos) || participle_only(forms[i + 1]))
            continue;
        nns = tag_class(m, "NOUN", "NNS");
        vbd = tag_class(m, "VERB", "VBD");
        if (nns >= 0 && vbd >= 0) {
            tags[i] = nns;
            tags[i + 1] = vbd;
        }
    }
}

/* Whether the lowercase form is in list (NULL-terminated). */
static int form_in(const char *form, const char *const *list)
{
    char low[16];

    if (!form || dy_syntax_lower(form, low, sizeof(low)) + 1 >= sizeof(low))
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], low) == 0)
            return 1;
    return 0;
}

static const char *const day_words[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", "today", "yesterday", "tonight",
                                        NULL};

static int time_after(const char *form)
{
    static const char *const when[] = {"last", "this", "next", "earlier", "late", "early", NULL};

    return form_in(form, day_words) || form_in(form, when);
}

/* "Egyptian police opened fire", "Israeli helicopters and tanks shelled
 * positions", "A group of deputies held talks": a sentence's opening
 * noun phrase, a past form tagged as a
 * participle, then the start of another noun phrase.  A participle
 * cannot take an object as a reduced relative ("the police (who were)
 * opened fire"), so it is the simple past of the clause's verb: VBD.
 * A wire day after the noun phrase ("The US on Thursday rejected calls")
 * is passed over.  Left alone: participle-only forms ("given", "stolen":
 * "the students given awards"), and a time word after the form ("the
 * men arrested Tuesday"). */
static void opening_np_verb_tags(const struct dyad_model *m, const char *const *forms, size_t n,
                                 int *tags)
{
    static const char *const nouns[] = {"NOUN", "PROPN", NULL};
    static const char *const object[] = {"DET", "NUM", "NOUN", "PROPN", "ADJ", NULL};
    size_t k = 0;
    int vbd;

    /* the opening noun phrase, lists ("helicopters and tanks"),
     * possessives and "of" phrases ("a group of deputies") included */
    while (k < n && (np_word(m, tags[k]) || strcmp(m->tags[tags[k]].upos, "CCONJ") == 0 ||
                     strcmp(m->tags[tags[k]].xpos, "PRP$") == 0 ||
                     (strcmp(m->tags[tags[k]].xpos, "POS") == 0 && k > 0) ||
                     (k > 0 && forms[k] && strcmp(forms[k], "of") == 0 &&
                      upos_in(m, tags[k - 1], nouns))))
        k++;
    if (k > 0 && k + 2 < n && forms[k] && strcmp(forms[k], "on") == 0 && forms[k + 1] &&
        form_in(forms[k + 1], day_words) && upos_in(m, tags[k - 1], nouns))
        k += 2;
    if (k == 0 || k + 1 >= n || !upos_in(m, tags[k - 1], nouns) ||
        !tag_is(m, tags[k], "VERB", "VBN") || !forms[k] || !forms[k + 1] ||
        time_after(forms[k + 1]) ||
        !(upos_in(m, tags[k + 1], object) || strcmp(m->tags[tags[k + 1]].xpos, "PRP$") == 0) ||
        participle_only(forms[k]))
        return;
    if ((vbd = tag_class(m, "VERB", "VBD")) >= 0)
        tags[k] = vbd;
}

/* "The Palestinians reject proposed changes": a verb's bare form after a
 * plural noun at the start of a sentence, read as the head of a compound
 * ("Palestinians reject" as "arms deal").  A singular noun that WordNet
 * knows as a verb, right after the opening phrase's plural noun and
 * before a determiner, adjective, number, possessive or participle (the
 * start of its object), is that verb in the present: VBP.  A noun after
 * it ("the arms deal talks") keeps the compound reading. */
static void plural_subject_verb_tags(const struct dyad_model *m, const struct dy_syntax_wfeat *wf,
                                     const char *const *forms, size_t n, int *tags)
{
    static const char *const object[] = {"DET", "ADJ", "NUM", NULL};
    int vbp;

    /* j - 1 runs over the opening noun phrase */
    for (size_t j = 1; j + 1 < n && np_word(m, tags[j - 1]); j++) {
        const char *nxp = m->tags[tags[j + 1]].xpos;
        if (!(tag_is(m, tags[j - 1], "NOUN", "NNS") || tag_is(m, tags[j - 1], "PROPN", "NNPS")) ||
            !tag_is(m, tags[j], "NOUN", "NN") || !forms[j] || !(forms[j][0] >= 'a' && forms[j][0] <= 'z') ||
            !(wf[j].wn & DY_SYNTAX_WN_V))
            continue;
        if ((upos_in(m, tags[j + 1], object) || strcmp(nxp, "PRP$") == 0 ||
             strcmp(nxp, "VBN") == 0) &&
            (vbp = tag_class(m, "VERB", "VBP")) >= 0)
            tags[j] = vbp;
        break;
    }
}

/* "Fornost and Gondor welcome a resumption of talks": "welcome" read as
 * the interjection of the web text's greetings.  An interjection between
 * a nominal and the start of a noun phrase, whose form WordNet knows as a
 * verb (the bare lemma or its -ed form), is that verb: VBD for -ed, else
 * VBP.  The treebanks' interjections there are fillers ("uh", "like"):
 * 8 of 1,478, all in conversation. */
static void interjection_verb_tags(const struct dyad_model *m, const struct dy_syntax_wfeat *wf,
                                   size_t n, int *tags)
{
    for (size_t i = 1; i + 1 < n; i++) {
        int cls;
        if (strcmp(m->tags[tags[i]].upos, "INTJ") != 0 ||
            !(wf[i].wn & (DY_SYNTAX_WN_V | DY_SYNTAX_WN_VED)) ||
            !upos_in(m, tags[i - 1], nominal_upos) || !upos_in(m, tags[i + 1], np_start_upos))
            continue;
        cls = tag_class(m, "VERB", (wf[i].wn & DY_SYNTAX_WN_VED) ? "VBD" : "VBP");
        if (cls >= 0)
            tags[i] = cls;
    }
}

/* An acronym before a plural noun ("FARC rebels", "ANC leaders", "PKK
 * fighters") names the group the noun belongs to.  The treebanks' web
 * text has many capitalised common nouns ("TV", "CEO"), so the tagger
 * often makes such an unknown acronym a singular noun, and the parser
 * then reads "the government and FARC rebels" as "government and FARC"
 * with "rebels" a second subject.  A word of two to six capitals tagged
 * NN, after a word with a lower-case letter (not a capitalised heading)
 * and before a lower-case plural noun of people (WordNet's noun.person
 * or noun.group: rebels, leaders, troops), is NNP.  The treebanks'
 * capitalised common nouns stand before things ("USB ports", "SCADA
 * values"). */
static int acronym(const char *form)
{
    size_t len = 0;

    for (; form[len]; len++)
        if (form[len] < 'A' || form[len] > 'Z')
            return 0;
    return len >= 2 && len <= 6;
}

static int has_lower(const char *form)
{
    for (; *form; form++)
        if (*form >= 'a' && *form <= 'z')
            return 1;
    return 0;
}

static int people_noun(const struct dy_syntax_wfeat *w)
{
    uint32_t lex = (w->wn & DY_SYNTAX_WN_NLEX_MASK) >> DY_SYNTAX_WN_NLEX_SHIFT;

    return lex == 18 - 3 + 1 || lex == 14 - 3 + 1;   /* noun.person, noun.group */
}

static void acronym_tags(const struct dyad_model *m, const struct dy_syntax_wfeat *wf,
                         const char *const *forms, size_t n, int *tags)
{
    int cls = tag_class(m, "PROPN", "NNP");

    for (size_t i = 0; cls >= 0 && i + 1 < n; i++) {
        if (!people_noun(&wf[i + 1]) || !forms[i] || !forms[i + 1] || !acronym(forms[i]) ||
            !tag_is(m, tags[i], "NOUN", "NN") || !tag_is(m, tags[i + 1], "NOUN", "NNS") ||
            !(forms[i + 1][0] >= 'a' && forms[i + 1][0] <= 'z') ||
            (i > 0 && (!forms[i - 1] || !has_lower(forms[i - 1]))))
            continue;
        tags[i] = cls;
    }
}

static int day_word(const char *form)
{
    return form_in(form, day_words);
}

static int verbal(const struct dyad_model *m, int t)
{
    const char *u = m->tags[t].upos, *x = m->tags[t].xpos;

    return strcmp(u, "AUX") == 0 ||
           (strcmp(u, "VERB") == 0 && (strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 ||
                                      strcmp(x, "VBP") == 0 || strcmp(x, "VBN") == 0));
}

/*
 * Wire copy puts the day between subject and verb ("The US on Thursday
 * rejected calls ...", "Russia Tuesday accused ..."), which the treebanks'
 * web text almost never does: the parser then reads the subject as a
 * possessive or a compound and the verb as a participle of a noun.  Such
 * a day ([on] weekday, today, yesterday, tonight, after a nominal and
 * before a verb or auxiliary, possibly after one adverb) is left out of
 * the parse and attached afterwards to the clause of the verb after it:
 * an `obl` with its "on" as `case`, or `obl:unmarked` (`obl:tmod` before
 * UD 2.15) without one, as UD English annotates "Thursday" and "today".
 * Wire copy also puts a bare day between the verb's object and the
 * object's clause ("reiterated its demand today that Israel ease ..."),
 * where the parser made the day the object and the noun its compound:
 * such a day (after a common noun, before "that") is left out too and
 * hung on the clause of that noun.  Not before a preposition: there the
 * day tells the parser that the phrase is the verb's ("pinched a few
 * nerves yesterday with his choice of words"; left out, the phrase
 * became the noun's, one head lost on EWT test).
 * skip[i] marks the words left out (SKIP_BEFORE_VERB or
 * SKIP_AFTER_OBJECT); returns how many.
 */
enum { SKIP_BEFORE_VERB = 1, SKIP_AFTER_OBJECT = 2 };

static size_t wire_day_skips(const struct dyad_model *m, const char *const *forms, size_t n,
                             const int *tags, unsigned char *skip)
{
    size_t count = 0;

    for (size_t i = 1; i + 1 < n; i++) {
        size_t d = i, v;
        if (forms[i] && strcmp(forms[i], "on") == 0 && i + 2 < n)
            d = i + 1;
        if (!upos_in(m, tags[i - 1], nominal_upos) || !day_word(forms[d]))
            continue;
        if (d == i && !skip[i - 1] && strcmp(m->tags[tags[i - 1]].upos, "NOUN") == 0 &&
            forms[i + 1] && strcmp(forms[i + 1], "that") == 0) {
            skip[i] = SKIP_AFTER_OBJECT;
            count++;
            continue;
        }
        v = d + 1;
        if (v + 1 < n && strcmp(m->tags[tags[v]].upos, "ADV") == 0)
            v++;
        if (!verbal(m, tags[v]))
            continue;
        for (size_t k = i; k <= d; k++)
            skip[k] = SKIP_BEFORE_VERB;
        count += d - i + 1;
        i = d;
    }
    return count;
}

static int label_id(const struct dyad_model *m, const char *name)
{
    for (uint32_t k = 0; k < m->nlabels; k++)
        if (strcmp(m->labels[k], name) == 0)
            return (int)k;
    return -1;
}

/* Parses the words not in skip (see wire_day_skips) and hangs the
 * skipped days on the clause of the word after them. */
static int parse_without_days(const struct dyad_model *m, const struct dy_syntax_scorer *ps,
                              const struct dy_syntax_wfeat *wf, const int *ptags, size_t n,
                              const unsigned char *skip, void *work, uint32_t *heads,
                              int *labels)
{
    size_t r = 0, i;
    int obl = label_id(m, "obl"), cas = label_id(m, "case");
    int tmod = label_id(m, "obl:unmarked") >= 0 ? label_id(m, "obl:unmarked")
                                               : label_id(m, "obl:tmod");
    size_t *idx = dy_malloc(n * (sizeof(size_t) + sizeof(*wf) + sizeof(int) + sizeof(uint32_t) +
                                 sizeof(int)));
    struct dy_syntax_wfeat *wf2;
    int *pt2, *lab2;
    uint32_t *hd2;

    if (!idx)
        return DYAD_ENOMEM;
    wf2 = (struct dy_syntax_wfeat *)(void *)(idx + n);
    pt2 = (int *)(void *)(wf2 + n);
    lab2 = pt2 + n;
    hd2 = (uint32_t *)(void *)(lab2 + n);
    for (i = 0; i < n; i++)
        if (!skip[i]) {
            idx[r] = i;
            wf2[r] = wf[i];
            pt2[r++] = ptags[i];
        }
    if (m->beam > 1)
        dy_syntax_parse_beam(ps, m->nlabels, wf2, pt2, r, m->beam, work, hd2, lab2);
    else
        dy_syntax_parse(ps, m->nlabels, wf2, pt2, r, work, hd2, lab2);
    for (i = 0; i < r; i++) {
        heads[idx[i]] = hd2[i] ? (uint32_t)idx[hd2[i] - 1] + 1 : 0;
        labels[idx[i]] = lab2[i];
    }
    for (i = 0; i < n; i++) {
        size_t d = i, v, h;
        if (skip[i] == SKIP_AFTER_OBJECT) {
            /* up from the noun before it through nominal relations to
             * the head of its clause */
            static const char *const nominal_rels[] = {"obj", "iobj", "nmod", "compound",
                                                       "obl", "appos", "conj", NULL};
            h = i - 1;
            for (int step = 0; step < 8 && heads[h] && form_in(m->labels[labels[h]], nominal_rels);
                 step++)
                h = heads[h] - 1;
            heads[i] = (uint32_t)h + 1;
            labels[i] = tmod >= 0 ? tmod : obl;
            continue;
        }
        if (!skip[i])
            continue;
        while (d + 1 < n && skip[d + 1] == SKIP_BEFORE_VERB)
            d++;
        v = d + 1;   /* the verb, or the adverb before it */
        h = v;
        if (heads[v] && (strcmp(m->labels[labels[v]], "advmod") == 0 ||
                         strncmp(m->labels[labels[v]], "aux", 3) == 0))
            h = heads[v] - 1;
        heads[d] = (uint32_t)h + 1;
        if (d == i && tmod >= 0)
            labels[d] = tmod;   /* a bare day */
        else if (obl >= 0)
            labels[d] = obl;
        if (d > i) {
            heads[i] = (uint32_t)d + 1;
            labels[i] = cas >= 0 ? cas : labels[i];
        }
        i = d;
    }
    dy_free(idx);
    return DYAD_OK;
}

int dy_syntax_annotate_words(const struct dyad_model *m,
                             struct dy_arena *arena,
                             const char *const *forms, size_t n,
                             struct dyad_word *out)
{
    struct dy_syntax_wfeat *wf;
    int *tags, *tags1, *ptags, *labels;
    uint32_t *heads;
    void *work;
    unsigned char *block, *skip;
    size_t i, need;
    struct dy_syntax_scorer ts, ts2, ps;

    if (!m || !arena || (n && (!forms || !out)))
        return DYAD_EINVAL;
    if (n == 0)
        return DYAD_OK;
    if (n > DY_SYNTAX_MAX_WORDS)
        return DYAD_ETOOBIG;
    need = n * (sizeof(*wf) + 4 * sizeof(int) + sizeof(uint32_t) + 1) +
           dy_syntax_beam_worksize(n, m->beam) + 64;
    block = dy_malloc(need);
    if (!block)
        return DYAD_ENOMEM;
    wf = (struct dy_syntax_wfeat *)(void *)block;
    work = block + n * sizeof(*wf);
    tags = (int *)(void *)((unsigned char *)work + dy_syntax_beam_worksize(n, m->beam));
    labels = tags + n;
    tags1 = labels + n;
    ptags = tags1 + n;
    heads = (uint32_t *)(void *)(ptags + n);
    skip = (unsigned char *)(heads + n);
    memset(skip, 0, n);
    for (i = 0; i < n; i++)
        dy_syntax_wfeat_make(forms[i] ? forms[i] : "", &wf[i]);
    if (m->wn.kv.n)
        for (i = 0; i < n; i++)
            dy_syntax_wfeat_wordnet(&m->wn, forms[i] ? forms[i] : "", &wf[i]);
    dy_syntax_wfeat_finish(&m->amb, wf, n);
    ts.ptron = NULL;
    ts.table = &m->tagger;
    ts2.ptron = NULL;
    ts2.table = &m->tagger2;
    ps.ptron = NULL;
    ps.table = &m->parser;
    if (m->tagger2.slots) {
        dy_syntax_tag(&ts, m->ntags, &m->tagdict, wf, n, NULL, tags1);
        dy_syntax_tag(&ts2, m->ntags, &m->tagdict, wf, n, tags1, tags);
    } else {
        dy_syntax_tag(&ts, m->ntags, &m->tagdict, wf, n, NULL, tags);
    }
    verb_only_tags(m, forms, n, tags);
    closed_class_tags(m, forms, n, tags);
    subject_verb_tags(m, forms, n, tags);
    only_participle_tags(m, forms, n, tags);
    plural_subject_verb_tags(m, wf, forms, n, tags);
    opening_np_verb_tags(m, forms, n, tags);
    interjection_verb_tags(m, wf, n, tags);
    acronym_tags(m, wf, forms, n, tags);
    for (i = 0; i < n; i++)
        ptags[i] = DY_SYNTAX_PTAG(tags[i], m->coarse[tags[i]]);
    if (wire_day_skips(m, forms, n, tags, skip)) {
        if (parse_without_days(m, &ps, wf, ptags, n, skip, work, heads, labels)) {
            dy_free(block);
            return DYAD_ENOMEM;
        }
    } else if (m->beam > 1) {
        dy_syntax_parse_beam(&ps, m->nlabels, wf, ptags, n, m->beam, work, heads,
                             labels);
    } else {
        dy_syntax_parse(&ps, m->nlabels, wf, ptags, n, work, heads, labels);
    }
    for (i = 0; i < n; i++) {
        const char *f = forms[i] ? forms[i] : "";
        out[i].upos = m->tags[tags[i]].upos;
        out[i].xpos = m->tags[tags[i]].xpos;
        out[i].lemma = dy_syntax_lemma(m, arena, f, tags[i]);
        out[i].feats = dy_syntax_feats(m, f, tags[i]);
        out[i].deprel = m->labels[labels[i]];
        out[i].head = heads[i];
        if (!out[i].lemma) {
            dy_free(block);
            return DYAD_ENOMEM;
        }
    }
    fix_voice(m, n, tags, heads, labels, out);
    dy_free(block);
    return DYAD_OK;
}

int dy_syntax_annotate(const struct dyad_model *m, struct dy_arena *arena,
                       const struct dyad_token *toks, size_t ntoks,
                       struct dyad_word *out)
{
    const char *forms[DY_SYNTAX_MAX_WORDS];
    size_t i;

    if (!m || !arena || (ntoks && (!toks || !out)))
        return DYAD_EINVAL;
    if (ntoks > DY_SYNTAX_MAX_WORDS)
        return DYAD_ETOOBIG;
    for (i = 0; i < ntoks; i++)
        forms[i] = toks[i].form ? toks[i].form : "";
    return dy_syntax_annotate_words(m, arena, forms, ntoks, out);
}

/* ---- evaluation ------------------------------------------------------------ */

static int same_universal(const char *a, const char *b)
{
    size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
    return la == lb && memcmp(a, b, la) == 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void dy_syntax_write_conllu(FILE *f, const char *sent_id, const char *text,
                            const char *const *forms,
                            const struct dyad_word *w, size_t n)
{
    size_t i;

    if (sent_id && *sent_id)
        fprintf(f, "# sent_id = %s\n", sent_id);
    if (text && *text)
        fprintf(f, "# text = %s\n", text);
    for (i = 0; i < n; i++)
        fprintf(f, "%zu\t%s\t%s\t%s\t%s\t%s\t%u\t%s\t_\t_\n", i + 1, forms[i],
                w[i].lemma, w[i].upos, w[i].xpos, w[i].feats, (unsigned)w[i].head,
                w[i].deprel);
    fputc('\n', f);
}

int dy_syntax_eval_gold(const struct dyad_model *m,
                        const struct dy_syntax_corpus *gold, FILE *sys_out,
                        struct dy_syntax_eval *out, struct dyad_error *err)
{
    struct dy_arena *arena;
    const char **forms = NULL;
    struct dyad_word *w = NULL;
    size_t s, i;
    int rc = DYAD_OK;

    dy_error_clear(err);
    if (!m || !gold || !out)
        return dy_error(err, DYAD_EINVAL, NULL, "missing model, corpus or result");
    memset(out, 0, sizeof(*out));
    arena = dy_arena_new(1 << 16);
    forms = dy_calloc(DY_SYNTAX_MAX_WORDS, sizeof(*forms));
    w = dy_calloc(DY_SYNTAX_MAX_WORDS, sizeof(*w));
    if (!arena || !forms || !w) {
        rc = dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
        goto done;
    }
    for (s = 0; s < gold->nsents; s++) {
        const struct dy_syntax_sent *se = &gold->sents[s];
        double t0, c0;
        if (se->n > DY_SYNTAX_MAX_WORDS) {
            rc = dy_error(err, DYAD_ETOOBIG, se->sent_id,
                          "sentence of %u words exceeds %d", (unsigned)se->n,
                          DY_SYNTAX_MAX_WORDS);
            goto done;
        }
        for (i = 0; i < se->n; i++)
            forms[i] = se->w[i].form;
        t0 = now();
        c0 = cpu_now();
        rc = dy_syntax_annotate_words(m, arena, forms, se->n, w);
        out->cpu_seconds += cpu_now() - c0;
        out->seconds += now() - t0;
        if (rc) {
            rc = dy_error(err, rc, se->sent_id, "annotation failed");
            goto done;
        }
        out->sents++;
        for (i = 0; i < se->n; i++) {
            const struct dy_syntax_cword *g = &se->w[i];
            int head_ok = w[i].head == g->head;
            out->words++;
            out->upos += strcmp(w[i].upos, g->upos) == 0;
            out->xpos += strcmp(w[i].xpos, g->xpos) == 0;
            out->lemma += strcmp(w[i].lemma, g->lemma) == 0;
            out->feats += strcmp(w[i].feats, g->feats) == 0;
            out->uas += head_ok;
            out->las += head_ok && same_universal(w[i].deprel, g->deprel);
        }
        if (sys_out)
            dy_syntax_write_conllu(sys_out, se->sent_id, se->text, forms, w, se->n);
        dy_arena_reset(arena);
    }
done:
    dy_arena_free(arena);
    dy_free(forms);
    dy_free(w);
    return rc;
}
