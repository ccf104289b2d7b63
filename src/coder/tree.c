/*
 * tree.c - module coder: the sentence's tree and its dateline.
 *
 * Builds the head and child lists the other stages walk (build_tree), with
 * the repairs of parser slips that would otherwise give a verb the wrong
 * subject or object, and finds a news dateline ("MOSCOW --") at the start
 * of a paragraph, whose place is where the paragraph's events happened.
 * The tables of calendar words and time nouns live here.
 */
#include "coder/coder_int.h"

/* ---- the tree ------------------------------------------------------------ */

/* The dateline's word the tree attaches to the sentence (its head is
 * outside the dateline), or n. */
static uint32_t dateline_top(const struct sent *s, uint32_t d)
{
    for (int step = 0; step < MAX_CLIMB && d < s->dl; step++) {
        uint32_t h = s->w[d].head;
        if (h == 0 || h > s->n || h - 1 == d)
            return s->n;
        if (h - 1 >= s->dl)
            return d;
        d = h - 1;
    }
    return s->n;
}

/* The first child of token k with relation rel, or n (the children lists
 * are not built yet while the tree is repaired). */
static uint32_t build_child(const struct sent *s, uint32_t k, const char *rel)
{
    for (uint32_t j = s->dl; j < s->n; j++)
        if (s->head[j] == k && strcmp(s->rel[j], rel) == 0)
            return j;
    return s->n;
}

/* Parser slip (new model, slip6): the first word of a two-word verb
 * ("will not back stab Japan") read as an adverb (`advmod`) of the verb
 * right after it, the second word the clause's head: a VERB has no
 * adverbial use, so the first word heads the clause again (as the old
 * model parsed it, the dictionaries' multi-word verbs start there) and
 * the second word is its compound. */
static void split_verb_repair(struct sent *s)
{
    for (uint32_t i = s->dl; i + 1 < s->n; i++) {
        uint32_t h = i + 1;
        if (s->head[i] != h || strcmp(s->rel[i], "advmod") != 0 || !upos_is(s, i, "VERB") ||
            !upos_is(s, h, "VERB") || s->head[h] == i)
            continue;
        for (uint32_t k = s->dl; k < s->n; k++)
            if (k != i && s->head[k] == h)
                s->head[k] = i;
        s->head[i] = s->head[h];
        s->rel[i] = s->rel[h];
        s->head[h] = i;
        s->rel[h] = "compound";
    }
}

/* Parser slips (new model, slip6) around an adjective's infinitive
 * ("Russia is edging closer to agree with Japan, officials said"): the
 * infinitive hung on the adjective as an `acl`, a relation of nominals
 * only, is its complement (`xcomp`); and the adjective hung on a later
 * verb with that verb's own subject in between ("closer" under "said",
 * after "officials") is the complement of the verb before it that
 * governs that later verb ("edging"). */
static void adj_complement_repair(struct sent *s)
{
    for (uint32_t k = s->dl; k < s->n; k++) {
        uint32_t h = s->head[k], g, sj = s->n, comp = 0;
        if (h >= s->n || !upos_is(s, k, "ADJ"))
            continue;
        for (uint32_t j = s->dl; j < s->n; j++) {
            if (s->head[j] == k && strcmp(s->rel[j], "acl") == 0 && upos_is(s, j, "VERB"))
                s->rel[j] = "xcomp";
            if (s->head[j] == k && strcmp(s->rel[j], "xcomp") == 0 && upos_is(s, j, "VERB"))
                comp = 1;
            if (s->head[j] == h && strcmp(s->rel[j], "nsubj") == 0)
                sj = j;
        }
        if (!comp || h < k || !upos_is(s, h, "VERB") ||
            !(strcmp(s->rel[k], "advmod") == 0 || strcmp(s->rel[k], "xcomp") == 0) ||
            sj >= s->n || sj < k || (g = s->head[h]) >= k || !upos_is(s, g, "VERB"))
            continue;
        s->head[k] = g;
        s->rel[k] = "xcomp";
    }
}

/* Parser slip (new model, slip6): "Russia launched a bombing and shelling
 * offensive against Japan" parsed with "shelling" a verb conjoined to
 * "launched": an -ing word right after the verb's object and "and", with
 * no subject, object or auxiliary of its own, continues the object's
 * noun list (a `conj` of the object), so the object phrase keeps its
 * words. */
static void gerund_list_repair(struct sent *s)
{
    for (uint32_t k = s->dl + 1; k < s->n; k++) {
        uint32_t h = s->head[k], o = s->n;
        size_t len = s->forms[k] ? strlen(s->forms[k]) : 0;
        int own = 0;
        if (h >= k || strcmp(s->rel[k], "conj") != 0 || !upos_is(s, k, "VERB") ||
            !upos_is(s, h, "VERB") || len < 5 || !ieq(s->forms[k] + len - 3, "ing"))
            continue;
        for (uint32_t j = s->dl; j < s->n; j++) {
            if (s->head[j] == h && strcmp(s->rel[j], "obj") == 0 && j < k)
                o = j;
            if (s->head[j] == k && (strncmp(s->rel[j], "nsubj", 5) == 0 ||
                                    strcmp(s->rel[j], "obj") == 0 ||
                                    strncmp(s->rel[j], "aux", 3) == 0))
                own = 1;
        }
        /* only "and"/"or" between the object and the -ing word */
        if (own || o >= s->n || o + 2 != k || !upos_is(s, o + 1, "CCONJ"))
            continue;
        s->head[k] = o;
        /* a noun has no complement: an adjective after the list ("a
         * bombing and shelling offensive") modifies the list's head */
        for (uint32_t j = k + 1; j < s->n; j++)
            if (s->head[j] == k && strcmp(s->rel[j], "xcomp") == 0 && upos_is(s, j, "ADJ")) {
                s->head[j] = o;
                s->rel[j] = "amod";
            }
    }
}

/* Parser slip (new model, slip6): "Russia's is about to meet Japan" (a
 * contracted or mistyped "is") parsed with "Russia" a possessive
 * (`nmod:poss`) of the predicate "about": a possessive before a word that
 * is no nominal, where that word has no subject, is its subject. */
/* Parser slip: "it does not support North Korea's self-proclaimed
 * nuclear status and condemns launches" parsed with "proclaimed" a
 * clause (ccomp) holding the possessive and "status" as its object, and
 * "condemns" its conjunct.  A past participle with a possessive before it
 * and its object within two words after it is an adjective of that noun:
 * the noun takes the participle's place (as the object of a verb that
 * had the participle as its complement), the possessive and the
 * participle hang on the noun, and the participle's conjoined verbs
 * continue the verb above it. */
static void participle_np_repair(struct sent *s)
{
    for (uint32_t k = s->dl; k < s->n; k++) {
        uint32_t h = s->head[k], o = s->n, g;
        if (h >= s->n || h < k || strcmp(s->rel[k], "nmod:poss") != 0 ||
            !upos_is(s, h, "VERB") || !has_feat(s, h, "VerbForm=Part") ||
            !has_feat(s, h, "Tense=Past"))
            continue;
        for (uint32_t j = h + 1; j < s->n && j <= h + 3; j++)
            if (s->head[j] == h && strcmp(s->rel[j], "obj") == 0)
                o = j;
        if (o == s->n)
            continue;
        g = s->head[h];
        for (uint32_t j = s->dl; j < s->n; j++)
            if (j != o && s->head[j] == h && strcmp(s->rel[j], "conj") == 0 && g < s->n &&
                upos_is(s, g, "VERB"))
                s->head[j] = g;
        s->head[o] = g;
        s->rel[o] = (strcmp(s->rel[h], "ccomp") == 0 || strcmp(s->rel[h], "xcomp") == 0)
                        ? "obj" : s->rel[h];
        s->head[h] = o;
        s->rel[h] = "amod";
        s->head[k] = o;
    }
}

static void possessive_subject_repair(struct sent *s)
{
    for (uint32_t k = s->dl; k < s->n; k++) {
        uint32_t h = s->head[k];
        int subj = 0;
        if (h >= s->n || h < k || strcmp(s->rel[k], "nmod:poss") != 0 ||
            upos_is(s, h, "NOUN") || upos_is(s, h, "PROPN") || upos_is(s, h, "PRON") ||
            upos_is(s, h, "NUM") || upos_is(s, h, "X") || upos_is(s, h, "SYM"))
            continue;
        for (uint32_t j = s->dl; j < s->n; j++)
            if (s->head[j] == h && strncmp(s->rel[j], "nsubj", 5) == 0)
                subj = 1;
        if (!subj)
            s->rel[k] = "nsubj";
    }
}

/* Parser slip: "Lavrov poured scorn on Washington's call to cut ties with
 * Pyongyang and introduce sanctions" parsed with "introduce" a conjunct
 * of "poured".  A verb in its base form, with no subject or auxiliary
 * of its own, cannot continue a finite past-tense verb; when a "to"
 * infinitive under that verb stands between them, it is that
 * infinitive's conjunct (the call's content, not Lavrov's act). */
static int base_form(const struct sent *s, uint32_t i)
{
    return upos_is(s, i, "VERB") && s->w[i].lemma && ieq(s->forms[i], s->w[i].lemma) &&
           !has_feat(s, i, "Tense=Past");
}

static void infinitive_conj_repair(struct sent *s)
{
    for (uint32_t k = s->dl + 1; k < s->n; k++) {
        uint32_t h = s->head[k], t, inf = s->n;
        int own = 0;
        if (h >= k || strcmp(s->rel[k], "conj") != 0 || !base_form(s, k) ||
            !upos_is(s, h, "VERB") || !has_feat(s, h, "Tense=Past") ||
            !has_feat(s, h, "VerbForm=Fin"))
            continue;
        for (uint32_t j = s->dl; j < s->n; j++)
            if ((s->head[j] == k || s->head[j] == h) &&
                (strncmp(s->rel[j], "aux", 3) == 0 ||
                 (s->head[j] == k && strncmp(s->rel[j], "nsubj", 5) == 0)))
                own = 1;
        if (own)
            continue;
        for (t = h + 1; t < k; t++) {
            uint32_t a = t;
            int to = 0;
            if (!base_form(s, t))
                continue;
            for (uint32_t j = s->dl; j < t; j++)
                if (s->head[j] == t && strcmp(s->rel[j], "mark") == 0 && ieq(s->forms[j], "to"))
                    to = 1;
            /* under h, and not through k (that would make a cycle) */
            for (int step = 0; to && step < MAX_CLIMB && a < s->n && a != h && a != k; step++)
                a = s->head[a];
            if (to && a == h)
                inf = t;
        }
        if (inf < s->n)
            s->head[k] = inf;
    }
}

/*
 * The dateline's tokens (s->dl first ones) are cut out of the tree:
 * they are no one's children.  A word that hung from the dateline hangs
 * from where the dateline hung, and the first nominal among them takes
 * the dateline's relation too ("TEHRAN (Reuters) - Iran's foreign
 * minister ... said" parsed with TEHRAN the subject and "minister" its
 * apposition: "minister" is the subject).
 */
/* Parser slip: "Hungary, which has close ties with Moscow, had blocked
 * the package" parsed with "Hungary" as the root, the main verb as a
 * complement inside the relative clause and the relative clause's last
 * noun ("ties") as its subject.  A root noun with a relative clause whose
 * complement verb comes after a comma and has its subject between the
 * clause's verb and that comma: the verb is the root, the noun its
 * subject, and that "subject" the relative verb's object again. */
static void relative_swallow_repair(struct sent *s)
{
    for (uint32_t x = s->dl; x < s->n; x++) {
        if (s->head[x] != s->n || !(upos_is(s, x, "NOUN") || upos_is(s, x, "PROPN")))
            continue;
        for (uint32_t r = x + 1; r < s->n; r++) {
            if (s->head[r] != x || strcmp(s->rel[r], "acl:relcl") != 0)
                continue;
            for (uint32_t v = r + 1; v < s->n; v++) {
                uint32_t sj = s->n, comma = s->n;
                if (s->head[v] != r || strcmp(s->rel[v], "ccomp") != 0 || !upos_is(s, v, "VERB"))
                    continue;
                for (uint32_t k = r + 1; k < v; k++) {
                    if (s->head[k] == v && strcmp(s->rel[k], "nsubj") == 0)
                        sj = k;
                    else if (sj < s->n && strcmp(s->forms[k], ",") == 0)
                        comma = k;
                }
                if (sj == s->n || comma == s->n)
                    continue;
                s->head[v] = s->n;
                s->rel[v] = "root";
                s->head[x] = v;
                s->rel[x] = "nsubj";
                s->head[sj] = r;
                s->rel[sj] = "obj";
                return;
            }
        }
    }
}

/* Parser slip: a reporting clause inserted in mid-sentence, "Israel, the
 * army said, struck Hamas targets", parsed with both "Israel" and "army"
 * subjects of "said" and "struck" its complement with no subject: the
 * first subject, cut off by a comma, is the complement's. */
static void inserted_report_repair(struct sent *s)
{
    for (uint32_t v = s->dl; v < s->n; v++) {
        uint32_t s1 = s->n, s2 = s->n, comp = s->n, comma = s->n;
        if (!upos_is(s, v, "VERB") || !in_list(lemma_of(s, v), dy__coder_speech_verbs))
            continue;
        for (uint32_t k = s->dl; k < s->n; k++) {
            if (s->head[k] != v)
                continue;
            if (k < v && strcmp(s->rel[k], "nsubj") == 0) {
                if (s1 == s->n)
                    s1 = k;
                else if (s2 == s->n)
                    s2 = k;
            } else if (k > v && strcmp(s->rel[k], "ccomp") == 0 && comp == s->n) {
                comp = k;
            }
        }
        if (s1 == s->n || s2 == s->n || comp == s->n || !upos_is(s, comp, "VERB"))
            continue;
        for (uint32_t k = s1 + 1; k < s2; k++)
            if (strcmp(s->forms[k], ",") == 0)
                comma = k;
        for (uint32_t k = s->dl; k < s->n && comma < s->n; k++)
            if (s->head[k] == comp && (strcmp(s->rel[k], "nsubj") == 0 ||
                                       strcmp(s->rel[k], "nsubj:pass") == 0))
                comma = s->n;   /* the complement has a subject of its own */
        if (comma == s->n)
            continue;
        s->head[s1] = comp;
    }
}

/* Parser slip: a trailing reporting clause, "Zambia extradited the
 * militant to Britain, an official said", parsed with "Zambia" and
 * "official" both subjects of "said", "extradited" its complement with
 * no subject, and the object a second complement of "said": the first
 * subject, before the complement's verb, is the complement's, and a noun
 * complement between that verb and the second subject is its object
 * when it has none. */
static void trailing_report_repair(struct sent *s)
{
    for (uint32_t v = s->dl; v < s->n; v++) {
        uint32_t s1 = s->n, s2 = s->n, comp = s->n;
        int has_obj = 0;
        if (!upos_is(s, v, "VERB") || !in_list(lemma_of(s, v), dy__coder_speech_verbs))
            continue;
        for (uint32_t k = s->dl; k < v; k++) {
            if (s->head[k] != v)
                continue;
            if (strcmp(s->rel[k], "nsubj") == 0) {
                if (s1 == s->n)
                    s1 = k;
                else if (s2 == s->n)
                    s2 = k;
            } else if (strcmp(s->rel[k], "ccomp") == 0 && comp == s->n && upos_is(s, k, "VERB")) {
                comp = k;
            }
        }
        if (s1 == s->n || s2 == s->n || comp == s->n || !(s1 < comp && comp < s2))
            continue;
        for (uint32_t k = s->dl; k < s->n && comp < s->n; k++) {
            if (s->head[k] != comp)
                continue;
            if (strcmp(s->rel[k], "nsubj") == 0 || strcmp(s->rel[k], "nsubj:pass") == 0)
                comp = s->n;   /* the complement has a subject of its own */
            else if (strcmp(s->rel[k], "obj") == 0)
                has_obj = 1;
        }
        if (comp == s->n)
            continue;
        s->head[s1] = comp;
        for (uint32_t k = comp + 1; k < s2 && !has_obj; k++)
            if (s->head[k] == v && strcmp(s->rel[k], "ccomp") == 0 &&
                (upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN"))) {
                s->head[k] = comp;
                s->rel[k] = "obj";
                has_obj = 1;
            }
    }
}

/* Parser slip: a trailing reporting clause, "Rebels attacked a village,
 * the army said", parsed as a complement or an adverbial clause of the
 * verb it reports ("said" ccomp or advcl of "attacked"), which makes the
 * speaker a subject inside the reported act.  A speech verb after its
 * head verb, whose own subject comes right after a comma and which has
 * no clause or object of its own, is the reporting clause: parataxis,
 * as UD annotates it. */
static void report_clause_repair(struct sent *s)
{
    for (uint32_t v = s->dl; v < s->n; v++) {
        uint32_t h = s->head[v], sj = s->n, start;
        int own = 0;
        if (!upos_is(s, v, "VERB") || !in_list(lemma_of(s, v), dy__coder_speech_verbs) ||
            h >= v || !upos_is(s, h, "VERB") ||
            !(strcmp(s->rel[v], "ccomp") == 0 || strcmp(s->rel[v], "advcl") == 0))
            continue;
        for (uint32_t k = s->dl; k < s->n; k++) {
            if (s->head[k] != v)
                continue;
            if (k < v && strcmp(s->rel[k], "nsubj") == 0 && sj == s->n)
                sj = k;
            else if (strcmp(s->rel[k], "ccomp") == 0 || strcmp(s->rel[k], "xcomp") == 0 ||
                     strcmp(s->rel[k], "obj") == 0 || strcmp(s->rel[k], "mark") == 0)
                own = 1;
        }
        if (sj == s->n || own)
            continue;
        start = sj;
        while (start > h + 1 && in_subtree(s, start - 1, sj) && !upos_is(s, start - 1, "PUNCT"))
            start--;
        if (start > h + 1 && strcmp(s->forms[start - 1], ",") == 0)
            s->rel[v] = "parataxis";
    }
}

/* Parser slip: "Bangladeshi security forces killed at least 200
 * protesters, the UN said" parsed with "killed" a reduced relative of
 * "forces" and "protesters" its passive agent, though no "by" marks it.
 * A passive agent needs its "by": an `obl:agent` after its verb with no
 * case word at all is the verb's object (when it has none), and the verb
 * an active one (dy__coder_root_noun_verb then reads it as the clause's
 * verb). */
static void agent_without_by_repair(struct sent *s)
{
    for (uint32_t k = s->dl; k < s->n; k++) {
        uint32_t v = s->head[k];
        if (strcmp(s->rel[k], "obl:agent") == 0 && v < k && upos_is(s, v, "VERB") &&
            build_child(s, k, "case") == s->n && build_child(s, v, "obj") == s->n)
            s->rel[k] = "obj";
    }
}

/* Parser slip: "Putin was invited to the summit by the South African
 * government" with "by the ... government" hung on "summit" as nmod, so
 * the passive has no agent.  A passive verb (with aux:pass or
 * nsubj:pass) without an agent takes the "by" phrase under its oblique
 * as its agent ("killed in an attack by rebels": the rebels killed). */
static void passive_by_repair(struct sent *s)
{
    for (uint32_t v = s->dl; v < s->n; v++) {
        uint32_t by = s->n;
        if (!upos_is(s, v, "VERB") || build_child(s, v, "obl:agent") != s->n ||
            (build_child(s, v, "aux:pass") == s->n && build_child(s, v, "nsubj:pass") == s->n))
            continue;
        for (uint32_t b = v + 1; b < s->n && by == s->n; b++) {
            uint32_t o = s->head[b];
            /* an nmod of an oblique of v between v and it */
            if (strcmp(s->rel[b], "nmod") != 0 || o <= v || o >= b || s->head[o] != v ||
                strncmp(s->rel[o], "obl", 3) != 0)
                continue;
            for (uint32_t j = s->dl; j < b; j++)
                if (s->head[j] == b && strcmp(s->rel[j], "case") == 0 && ieq(s->forms[j], "by"))
                    by = b;
        }
        if (by < s->n) {
            s->head[by] = v;
            s->rel[by] = "obl:agent";
        }
    }
}

/* Whether subject s1 is a bare modifier of subject s2's phrase: it ends
 * right where that phrase begins (every word between them is s2's, none
 * after s1 is s1's) and has no possessor ("Dagolath's first Deputy Prime
 * Minister Telemar" keeps its two subjects, as TABARI's validation
 * records code them). */
static int modifier_subject(const struct sent *s, uint32_t s1, uint32_t s2)
{
    for (uint32_t k = s1 + 1; k < s2; k++)
        if (!in_subtree(s, k, s2))
            return 0;
    for (uint32_t k = s->dl; k < s->n; k++)
        if (s->head[k] == s1 && (k > s1 || strcmp(s->rel[k], "nmod:poss") == 0))
            return 0;
    return 1;
}

/* The coordinating conjunction that opens subject s2's phrase after
 * subject s1 ("The government and FARC guerrillas": "and" hung on
 * "FARC"), or n: every word from it to s2 is in s2's phrase. */
static uint32_t conjunction_before(const struct sent *s, uint32_t s1, uint32_t s2)
{
    for (uint32_t k = s1 + 1; k < s2; k++) {
        if (!rel_is(s, k, "cc"))
            continue;
        for (uint32_t j = k; j < s2; j++)
            if (!in_subtree(s, j, s2))
                return s->n;
        return k;
    }
    return s->n;
}

/* Parser slips that leave a verb two subjects (a clause has one), around
 * a trailing reporting clause "..., the agency said":
 *  - "Mordor, Arnor, and Gondor welcomed the talks, the agency said"
 *    parsed with "Mordor" a subject of "said" and "welcomed" a conjunct
 *    of "Mordor" holding "Gondor" as its subject: the conjoined verb is
 *    the clause, the list its subject, and "said" its parataxis;
 *  - "welcomed ties between Minas Tirith and Osgiliath after a rift, the
 *    agency said" parsed with "between" a `mark` of "said" and "Minas
 *    Tirith" its subject: a preposition marks no clause, so the first
 *    subject is its object, a modifier of the noun before it;
 *  - "The rebel Kurdistan Workers' Party issued" parsed with "rebel" a
 *    subject too: a common noun right before the other subject's phrase
 *    is its modifier;
 *  - "The government and FARC guerrillas signed" parsed with "and" in the
 *    second subject's phrase: the second subject is the first one's
 *    conjunct. */
static void double_subject_repair(struct sent *s)
{
    for (uint32_t v = s->dl; v < s->n; v++) {
        uint32_t s1 = s->n, s2 = s->n, c = s->n, m = s->n, cc;
        if (!upos_is(s, v, "VERB"))
            continue;
        for (uint32_t k = s->dl; k < v; k++)
            if (s->head[k] == v && strcmp(s->rel[k], "nsubj") == 0) {
                if (s1 == s->n)
                    s1 = k;
                else if (s2 == s->n)
                    s2 = k;
            }
        if (s2 == s->n)
            continue;
        for (uint32_t k = s1 + 1; k < s2; k++)
            if (s->head[k] == s1 && strcmp(s->rel[k], "conj") == 0 && upos_is(s, k, "VERB"))
                c = k;
        if (s1 > s->dl && s->head[s1 - 1] == v && strcmp(s->rel[s1 - 1], "mark") == 0 &&
            upos_is(s, s1 - 1, "ADP"))
            m = s1 - 1;
        cc = conjunction_before(s, s1, s2);
        if (c == s->n && cc < s->n) {
            s->head[s2] = s1;
            s->rel[s2] = "conj";
            s->head[cc] = s2;
        } else if (c < s->n) {
            uint32_t own = s->n;
            for (uint32_t k = s1 + 1; k < c; k++)
                if (s->head[k] == c && strcmp(s->rel[k], "nsubj") == 0)
                    own = k;
            s->head[c] = s->head[v];
            s->rel[c] = s->rel[v];
            s->head[v] = c;
            s->rel[v] = "parataxis";
            s->head[s1] = c;
            s->rel[s1] = "nsubj";
            if (own < s->n) {
                s->head[own] = s1;
                s->rel[own] = "conj";
            }
        } else if (m < s->n && m > s->dl &&
                   (upos_is(s, m - 1, "NOUN") || upos_is(s, m - 1, "PROPN"))) {
            s->head[s1] = m - 1;
            s->rel[s1] = "nmod";
            s->head[m] = s1;
            s->rel[m] = "case";
        } else if (upos_is(s, s1, "NOUN") && modifier_subject(s, s1, s2)) {
            /* "The rebel Kurdistan Workers' Party issued": "rebel" is a
             * modifier of the name, no second subject */
            s->head[s1] = s2;
            s->rel[s1] = "compound";
        }
    }
}

/* The sentence's root when it is a noun or a name, else n. */
static uint32_t nominal_root(const struct sent *s)
{
    uint32_t r = s->n;

    for (uint32_t k = s->dl; k < s->n; k++)
        if (s->head[k] == s->n)
            r = k;
    return r < s->n && (upos_is(s, r, "NOUN") || upos_is(s, r, "PROPN")) ? r : s->n;
}

/* Makes verb v the root in place of nominal root r, r its subject; what
 * hung on r after v (the final punctuation) goes to v. */
static void verb_as_root(struct sent *s, uint32_t r, uint32_t v)
{
    s->head[v] = s->n;
    s->rel[v] = "root";
    for (uint32_t k = s->dl; k < s->n; k++)
        if (s->head[k] == r && k > v)
            s->head[k] = v;   /* the sentence's final punctuation */
    s->head[r] = v;
    s->rel[r] = "nsubj";
}

/* Parser slip: "Evil Mordor, the awful Fornost, and good Gondor welcomed
 * the talks" parsed as a noun phrase: the first name the root and the
 * verb a conjunct of it, with the last name of the list its subject.  A
 * nominal root with no copula, whose conjoined verb has a subject of its
 * own right after "and"/"or": the verb is the root, the nominal its
 * subject and that subject one more conjunct of it. */
static void nominal_root_repair(struct sent *s)
{
    uint32_t r = nominal_root(s), v = s->n, own = s->n, cc = s->n;

    if (r == s->n)
        return;
    for (uint32_t k = s->dl; k < s->n; k++) {
        if (s->head[k] != r)
            continue;
        if (strcmp(s->rel[k], "cop") == 0 || strncmp(s->rel[k], "nsubj", 5) == 0)
            return;
        if (k > r && v == s->n && strcmp(s->rel[k], "conj") == 0 && upos_is(s, k, "VERB"))
            v = k;
    }
    if (v == s->n)
        return;
    for (uint32_t k = r + 1; k < v; k++) {
        if (s->head[k] == v && strcmp(s->rel[k], "nsubj") == 0 && own == s->n)
            own = k;
        if (s->head[k] == v && strcmp(s->rel[k], "cc") == 0 && own == s->n)
            cc = k;
    }
    if (own == s->n || cc == s->n)
        return;
    verb_as_root(s, r, v);
    s->head[own] = r;
    s->rel[own] = "conj";
    s->head[cc] = own;
}

/* Parser slip, headlines: "Sudan army, RSF agree to talks" parsed with
 * the first name the root and the verb a parataxis with the second name
 * its subject.  A headline's comma is its "and": in a title whose
 * nominal root is followed by a comma and the subject of a verb hung on
 * it as parataxis, the verb is the root, the nominal its subject and the
 * other subject a conjunct of it. */
static void headline_pair_repair(struct sent *s)
{
    uint32_t r = nominal_root(s), v = s->n, own = s->n;

    if (!s->title || r == s->n)
        return;
    for (uint32_t k = r + 1; k < s->n && v == s->n; k++)
        if (s->head[k] == r && strcmp(s->rel[k], "parataxis") == 0 && upos_is(s, k, "VERB"))
            v = k;
    if (v == s->n)
        return;
    for (uint32_t k = r + 1; k < v && own == s->n; k++)
        if (s->head[k] == v && strcmp(s->rel[k], "nsubj") == 0)
            own = k;
    /* the comma right before the second subject's phrase, nothing of the
     * verb's between the root and it */
    if (own == s->n || own < r + 2)
        return;
    for (uint32_t k = r + 1; k < own; k++) {
        if (strcmp(s->forms[k], ",") == 0) {
            for (uint32_t j = k + 1; j < own; j++)
                if (!in_subtree(s, j, own))
                    return;
            verb_as_root(s, r, v);
            s->head[own] = r;
            s->rel[own] = "conj";
            s->head[k] = own;
            s->rel[k] = "punct";
            return;
        }
        if (!in_subtree(s, k, r))
            return;
    }
}

/* Whether token k is a subjectless verb (no nsubj, nsubj:pass, csubj). */
static int no_subject(const struct sent *s, uint32_t k)
{
    for (uint32_t j = s->dl; j < s->n; j++)
        if (s->head[j] == k && (strncmp(s->rel[j], "nsubj", 5) == 0 ||
                                strncmp(s->rel[j], "csubj", 5) == 0))
            return 0;
    return 1;
}

/* Whether token k has an object (the children lists are not built yet). */
static int has_object(const struct sent *s, uint32_t k)
{
    return build_child(s, k, "obj") != s->n;
}

/* Parser slip: "German parliament speaker Anna Schmidt and a group of
 * deputies held talks with ..." parsed as one noun phrase, the finite
 * past "held" an `acl` of "group" (a reduced relative needs a
 * participle).  A nominal root with no copula or subject, and a finite
 * past verb (Tense=Past, VerbForm=Fin) with an object and no subject of
 * its own as an acl inside the root's phrase: the verb is the root and
 * the nominal its subject. */
static void finite_acl_repair(struct sent *s)
{
    uint32_t r = nominal_root(s), v = s->n;

    if (r == s->n)
        return;
    for (uint32_t k = s->dl; k < s->n; k++) {
        if (s->head[k] == r &&
            (strcmp(s->rel[k], "cop") == 0 || strncmp(s->rel[k], "nsubj", 5) == 0))
            return;
        if (v == s->n && k > r && strcmp(s->rel[k], "acl") == 0 && upos_is(s, k, "VERB") &&
            has_feat(s, k, "VerbForm=Fin") && has_feat(s, k, "Tense=Past") &&
            in_subtree(s, k, r) && no_subject(s, k) && has_object(s, k))
            v = k;
    }
    if (v != s->n)
        verb_as_root(s, r, v);
}


/* The last token of k's subtree (k and its right dependents). */
static uint32_t subtree_end(const struct sent *s, uint32_t k)
{
    uint32_t end = k;

    for (uint32_t j = k + 1; j < s->n; j++)
        if (in_subtree(s, j, k))
            end = j;
    return end;
}

/* Whether token k names a time ("Sunday", "night", "yesterday"). */
static int time_word(const struct sent *s, uint32_t k)
{
    return in_list(s->forms[k], dy__coder_calendar_words) ||
           in_list(lemma_of(s, k), dy__coder_time_nouns);
}

/* Parser slips that leave a finite verb without the subject right before
 * it:
 *  - "resigned Sunday as the opposition threatened to storm ..." parsed
 *    with "as" a preposition of "opposition" (an oblique of "resigned")
 *    and "threatened" a subjectless advcl: a nominal marked by a
 *    subordinator whose phrase ends right before a finite verb is that
 *    verb's subject, the subordinator its mark;
 *  - "Egyptian police opened fire ..." parsed with "police" a bare noun
 *    modifier (obl:unmarked) of "opened": a bare noun before a
 *    subjectless finite verb, naming no time, is its subject;
 *  - "Russian aircraft ... killed" parsed with "Russian" an adverb of
 *    "killed": an adjective right before the verb's subject is the
 *    subject's. */
static void lost_subject_repair(struct sent *s)
{
    static const char *const subord[] = {"as", "while", "because", "although", "though",
                                         "whereas", NULL};

    for (uint32_t k = s->dl; k < s->n; k++) {
        uint32_t v = s->head[k], end, c;
        if (v >= s->n)
            continue;
        if (k + 1 < v && strcmp(s->rel[k], "advmod") == 0 && upos_is(s, k, "ADJ") &&
            s->head[k + 1] == v && strcmp(s->rel[k + 1], "nsubj") == 0) {
            s->head[k] = k + 1;
            s->rel[k] = "amod";
            continue;
        }
        if (k < v && strcmp(s->rel[k], "obl:unmarked") == 0 && upos_is(s, v, "VERB") &&
            (upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN")) && !time_word(s, k) &&
            subtree_end(s, k) + 1 == v && has_feat(s, v, "VerbForm=Fin") && no_subject(s, v)) {
            s->rel[k] = "nsubj";
            continue;
        }
        if (strcmp(s->rel[k], "obl") != 0 || !(upos_is(s, k, "NOUN") || upos_is(s, k, "PROPN")))
            continue;
        c = s->n;
        for (uint32_t j = s->dl; j < k; j++)
            if (s->head[j] == k && strcmp(s->rel[j], "case") == 0 && in_list(lemma_of(s, j), subord))
                c = j;
        end = subtree_end(s, k);
        if (c == s->n || end + 1 >= s->n || s->head[end + 1] != v ||
            !upos_is(s, end + 1, "VERB") || !has_feat(s, end + 1, "VerbForm=Fin") ||
            !no_subject(s, end + 1))
            continue;
        s->head[k] = end + 1;
        s->rel[k] = "nsubj";
        s->head[c] = end + 1;
        s->rel[c] = "mark";
    }
}

void dy__coder_build_tree(struct sent *s)
{
    uint32_t n = s->n;
    int promoted = 0;

    for (uint32_t i = 0; i <= n; i++)
        s->first[i] = n;
    for (uint32_t i = 0; i < n; i++)
        s->rel[i] = s->w[i].deprel ? s->w[i].deprel : "";
    for (uint32_t i = s->dl; i < n && !promoted; i++) {
        uint32_t h = s->w[i].head, top;
        if (h == 0 || h > n || h - 1 >= s->dl)
            continue;
        top = dateline_top(s, h - 1);
        if (top < n && s->w[top].head - 1 != i &&
            (upos_is(s, i, "NOUN") || upos_is(s, i, "PROPN") || upos_is(s, i, "PRON"))) {
            s->rel[i] = s->rel[top];
            promoted = 1;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = s->w[i].head;
        uint32_t p = (h == 0 || h > n || h - 1 == i) ? n : h - 1;
        if (p < s->dl && i >= s->dl) {
            uint32_t top = dateline_top(s, p);
            p = top < n && s->w[top].head - 1 != i ? s->w[top].head - 1 : n;
        }
        s->head[i] = i < s->dl ? n : p;
    }
    split_verb_repair(s);
    adj_complement_repair(s);
    gerund_list_repair(s);
    participle_np_repair(s);
    possessive_subject_repair(s);
    infinitive_conj_repair(s);
    relative_swallow_repair(s);
    inserted_report_repair(s);
    trailing_report_repair(s);
    report_clause_repair(s);
    agent_without_by_repair(s);
    passive_by_repair(s);
    double_subject_repair(s);
    nominal_root_repair(s);
    headline_pair_repair(s);
    finite_acl_repair(s);
    lost_subject_repair(s);
    /* Insert in reverse so that children lists come out in text order. */
    for (uint32_t i = n; i-- > s->dl;) {
        uint32_t p = s->head[i];
        s->next[i] = s->first[p];
        s->first[p] = i;
    }
}

/* Moves token i (not the root's) under p with relation rel, keeping
 * p's children in text order. */
static void relink(struct sent *s, uint32_t i, uint32_t p, const char *rel)
{
    uint32_t *at = &s->first[s->head[i]];

    while (*at != s->n && *at != i)
        at = &s->next[*at];
    if (*at == i)
        *at = s->next[i];
    at = &s->first[p];
    while (*at != s->n && *at < i)
        at = &s->next[*at];
    s->next[i] = *at;
    *at = i;
    s->head[i] = p;
    s->rel[i] = rel;
}

/*
 * "New Zealand's Prime Minister John Key said" parsed with both "New
 * Zealand" (with its "'s") and "Prime Minister John Key" as subjects of
 * "said": a possessive subject that the verb's next subject follows is
 * that subject's owner (nmod:poss), not a second subject.
 */
void dy__coder_possessive_subjects(struct sent *s)
{
    for (uint32_t i = s->dl; i < s->n; i++) {
        uint32_t v = s->head[i], k;
        const char *cs;
        if (v >= s->n || !rel_is(s, i, "nsubj") || !(cs = case_of(s, i)) ||
            !(ieq(cs, "'s") || ieq(cs, "'")))
            continue;
        for (k = s->next[i]; k != s->n && k < v && !rel_is(s, k, "nsubj"); k = s->next[k])
            ;
        if (k != s->n && k < v && rel_is(s, k, "nsubj"))
            relink(s, i, k, "nmod:poss");
    }
}

/* Marks the subtree of h (with a fresh stamp) minus the subtrees of
 * children whose deprel base is in `skip`.  Returns the stamp; *lo and
 * *hi receive the token range covered. */
uint32_t dy__coder_mark_subtree(struct sent *s, uint32_t h, const char *const *skip,
                                uint32_t *lo, uint32_t *hi)
{
    uint32_t sp = 0;
    uint32_t st = ++s->stamp;

    *lo = *hi = h;
    s->stack[sp++] = h;
    s->mark[h] = st;
    while (sp) {
        uint32_t i = s->stack[--sp];
        if (i < *lo)
            *lo = i;
        if (i > *hi)
            *hi = i;
        for (uint32_t k = s->first[i]; k != s->n; k = s->next[k]) {
            const char *d = s->rel[k];
            int skipit = 0;
            if (s->mark[k] == st)
                continue;
            for (const char *const *q = skip; q && *q; q++) {
                size_t len = strlen(*q);
                if (strncmp(d, *q, len) == 0 && (d[len] == '\0' || d[len] == ':')) {
                    skipit = 1;
                    break;
                }
            }
            if (skipit)
                continue;
            s->mark[k] = st;
            if (sp < s->n)
                s->stack[sp++] = k;
        }
    }
    return st;
}

/* ---- datelines ----------------------------------------------------------- */

const char *const dy__coder_calendar_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.",
    "sat.", "sun.", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec", NULL};

/* Nouns of time that head a "when" phrase ("on Tuesday", "last week"). */
const char *const dy__coder_time_nouns[] = {
    "day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
    "today", "yesterday", "tomorrow", "tonight", NULL};

/* "agreed to restore ties after talks mediated by China", "attacked Y
 * during a visit by Z": an oblique (or, as parsed, a noun's modifier)
 * that says when or despite what (after, before, during, amid,
 * following, since, until, despite, ahead of) is another event's
 * phrase; its words are no part of the verb's pattern and its actors no
 * target. */
int dy__coder_time_adjunct(const struct sent *s, uint32_t k)
{
    static const char *const when[] = {"after", "before", "during", "amid", "amidst",
                                       "following", "since", "until", "despite", "ahead",
                                       NULL};
    const char *cs = case_of(s, k);

    return (rel_base(s, k, "obl") || rel_base(s, k, "nmod")) && cs && in_list(cs, when);
}

/* Takes every time adjunct (dy__coder_time_adjunct) inside the words
 * [lo, hi] stamped st out of that stamp. */
void dy__coder_drop_time_adjuncts(struct sent *s, uint32_t st, uint32_t lo, uint32_t hi)
{
    for (uint32_t i = lo; i <= hi && i < s->n; i++) {
        uint32_t a, b;
        if (s->mark[i] == st && dy__coder_time_adjunct(s, i))
            (void)dy__coder_mark_subtree(s, i, NULL, &a, &b);
    }
}

/* A word of two or more letters with no lower-case letter ("MOSCOW"). */
int dy__coder_all_caps(const char *w)
{
    int letters = 0;

    for (; *w; w++) {
        if (islower((unsigned char)*w))
            return 0;
        letters += isupper((unsigned char)*w) != 0;
    }
    return letters >= 2;
}

int dy_coder_lead_sentence(const struct dyad_result *res, size_t i)
{
    return i < 3 && i < res->nsentences &&
           (i == 0 || res->sentences[i - 1].paragraph != res->sentences[i].paragraph);
}

/*
 * A dateline opening a paragraph: "MOSCOW --", "WASHINGTON:", "UNITED
 * NATIONS, Sept 5 (Reuters) -".  At most 16 tokens of capitalised
 * words, numbers, calendar words, commas and periods, and anything in
 * parentheses (the agency), then a dash or a colon; the first word must
 * be in capitals, or the prefix must hold a date or a parenthesis, so
 * that an ordinary "Russia: ..." is not one.  Returns the dateline's
 * length with its separator, or 0.
 */
uint32_t dy_coder_dateline_len(const struct dyad_token *tok, uint32_t n)
{
    static const char *const seps[] = {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93", ":", NULL};
    int depth = 0, caps = 0, dated = 0;

    for (uint32_t k = 0; k < n && k < 16; k++) {
        const char *f = tok[k].form ? tok[k].form : "";
        unsigned char c0 = (unsigned char)f[0];
        /* a hyphen with no space before it joins words ("Ban Ki-moon") */
        if (depth == 0 && k > 0 && in_list(f, seps) &&
            (strcmp(f, "-") != 0 || (tok[k - 1].flags & DYAD_TOK_SPACE_AFTER)))
            return caps || dated ? k + 1 : 0;
        if (strcmp(f, "(") == 0) {
            depth++;
            dated = 1;
            continue;
        }
        if (strcmp(f, ")") == 0) {
            if (depth == 0)
                return 0;
            depth--;
            continue;
        }
        if (depth)
            continue;
        if (k == 0)
            caps = dy__coder_all_caps(f);
        if (in_list(f, dy__coder_calendar_words)) {
            dated = 1;
            continue;
        }
        if (strcmp(f, ",") == 0 || strcmp(f, ".") == 0 || isdigit(c0))
            continue;
        if (!isupper(c0))
            return 0;
    }
    return 0;
}

static void dateline_place(struct coder *c, const struct sent *s);

/* The dateline's place, and for explain a line among the dictionary
 * phrases saying the dateline is a place, not an actor. */
int dy__coder_dateline(struct coder *c, const struct sent *s)
{
    struct dyad_actor a;
    uint32_t sent = s->index;
    int rc;

    dateline_place(c, s);
    if (!(c->flags & DYAD_CODE_EXPLAIN))
        return DYAD_OK;
    memset(&a, 0, sizeof(a));
    a.span = tok_span(s, 0, s->dl >= 2 ? s->dl - 2 : 0); /* without the dash */
    a.text = span_text(c, s, a.span);
    a.code = c->dateline.country;
    a.where = c->dateline.text ? "dateline: the place of its paragraph's events, not an actor"
                               : "dateline: not an actor (no place known in it)";
    rc = dy__coder_vec_push(&c->men, &a);
    if (rc == DYAD_OK)
        rc = dy__coder_vec_push(&c->mensent, &sent);
    return rc == DYAD_ENOMEM ? rc : DYAD_OK;
}

/* The dateline's place: the first city, seat or country the
 * dictionaries know in it, else its words before the first comma or
 * parenthesis when more follows them (a date, the agency), as text with
 * no country. */
static void dateline_place(struct coder *c, const struct sent *s)
{
    const char *date = c->res->doc ? c->res->doc->date : NULL;
    uint32_t end = 0;

    memset(&c->dateline, 0, sizeof(c->dateline));
    c->dateline_para = s->para;
    for (uint32_t i = 0; i + 1 < s->dl; i++) {
        struct dyad_lex_match m;
        if (dyad_lexicon_match(c->lx, s->forms, s->dl - 1, i, date, &m) != DYAD_OK ||
            m.kind != DYAD_LEX_ACTOR || m.start != i || m.len == 0 || i + m.len >= s->dl ||
            !kind_is_place(m.actor_kind) || strlen(m.code) < 3)
            continue;
        c->dateline.text = span_text(c, s, tok_span(s, i, i + (uint32_t)m.len - 1));
        c->dateline.country = astr(c, m.code, 3);
        return;
    }
    while (end + 1 < s->dl && strcmp(s->forms[end], ",") != 0 && strcmp(s->forms[end], "(") != 0)
        end++;
    /* words no dictionary knows are a place only in a full dateline,
     * with a date or an agency ("BREAKING:" is none) */
    if (end > 0 && end + 1 < s->dl)
        c->dateline.text = span_text(c, s, tok_span(s, 0, end - 1));
}
