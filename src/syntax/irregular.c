/*
 * irregular.c - lemmas of English irregular verb forms ("shot" ->
 * "shoot", "fled" -> "flee", "overran" -> "overrun").
 *
 * The lemmatiser learns its exceptions and suffix rules from the
 * treebanks (morph.c); an irregular past or participle that the training
 * data lacks falls to a suffix rule and comes out wrong ("shot" ->
 * "shet", "fled" -> "flead"), and the coder then finds no verb pattern.
 * This closed list, written for dyad from the standard English
 * irregular verbs, is consulted for past-tense and participle tags after
 * the learned exceptions and before the rules.  Forms equal to their
 * lemma ("cut", "hit") need no entry.
 *
 * Each entry also says whether the form is only ever a verb, whatever
 * the context: 'D' a simple past, 'N' a participle, 0 when a noun,
 * adjective or another verb shares it ("shot", "lost", "left", "won",
 * "saw"); annotate.c tags such forms as verbs when the tagger, which
 * never saw them, guessed otherwise.  Sorted by form (bsearch).
 */
#include <stdlib.h>
#include <string.h>

#include "syntax/syntax_int.h"

struct irr {
    const char *form, *lemma;
    char only;    /* 'D', 'N' or 0, see above */
};

static const struct irr irregular[] = {
    {"arisen", "arise", 0},
    {"arose", "arise", 'D'},
    {"ate", "eat", 'D'},
    {"awoke", "awake", 'D'},
    {"awoken", "awake", 0},
    {"beaten", "beat", 0},
    {"became", "become", 'D'},
    {"began", "begin", 'D'},
    {"begun", "begin", 0},
    {"bent", "bend", 0},
    {"bit", "bite", 0},
    {"bitten", "bite", 0},
    {"bled", "bleed", 0},
    {"blew", "blow", 'D'},
    {"blown", "blow", 0},
    {"bore", "bear", 0},
    {"borne", "bear", 0},
    {"bought", "buy", 'D'},
    {"bound", "bind", 0},
    {"bred", "breed", 0},
    {"broke", "break", 0},
    {"broken", "break", 0},
    {"brought", "bring", 'D'},
    {"built", "build", 'D'},
    {"burnt", "burn", 0},
    {"came", "come", 0},
    {"caught", "catch", 'D'},
    {"chose", "choose", 'D'},
    {"chosen", "choose", 0},
    {"clung", "cling", 0},
    {"crept", "creep", 0},
    {"dealt", "deal", 'D'},
    {"did", "do", 0},
    {"done", "do", 0},
    {"drank", "drink", 'D'},
    {"drawn", "draw", 0},
    {"dreamt", "dream", 0},
    {"drew", "draw", 'D'},
    {"driven", "drive", 0},
    {"drove", "drive", 'D'},
    {"drunk", "drink", 0},
    {"dug", "dig", 0},
    {"eaten", "eat", 0},
    {"fallen", "fall", 0},
    {"fed", "feed", 0},
    {"fell", "fall", 0},
    {"felt", "feel", 0},
    {"fled", "flee", 'D'},
    {"flew", "fly", 'D'},
    {"flown", "fly", 0},
    {"flung", "fling", 0},
    {"forbade", "forbid", 'D'},
    {"forbidden", "forbid", 0},
    {"foresaw", "foresee", 'D'},
    {"foreseen", "foresee", 0},
    {"forgave", "forgive", 'D'},
    {"forgiven", "forgive", 'N'},
    {"forgot", "forget", 'D'},
    {"forgotten", "forget", 0},
    {"forsaken", "forsake", 'N'},
    {"forsook", "forsake", 'D'},
    {"fought", "fight", 'D'},
    {"found", "find", 0},
    {"froze", "freeze", 'D'},
    {"frozen", "freeze", 0},
    {"gave", "give", 'D'},
    {"given", "give", 0},
    {"gone", "go", 0},
    {"got", "get", 0},
    {"gotten", "get", 0},
    {"grew", "grow", 'D'},
    {"ground", "grind", 0},
    {"grown", "grow", 0},
    {"had", "have", 0},
    {"heard", "hear", 'D'},
    {"held", "hold", 'D'},
    {"hid", "hide", 0},
    {"hidden", "hide", 0},
    {"hung", "hang", 0},
    {"kept", "keep", 'D'},
    {"knelt", "kneel", 0},
    {"knew", "know", 'D'},
    {"known", "know", 0},
    {"laid", "lay", 0},
    {"lain", "lie", 0},
    {"lay", "lie", 0},
    {"leant", "lean", 0},
    {"leapt", "leap", 0},
    {"learnt", "learn", 0},
    {"led", "lead", 'D'},
    {"left", "leave", 0},
    {"lent", "lend", 0},
    {"lit", "light", 0},
    {"lost", "lose", 0},
    {"made", "make", 'D'},
    {"meant", "mean", 'D'},
    {"met", "meet", 0},
    {"misled", "mislead", 'D'},
    {"mistaken", "mistake", 0},
    {"mistook", "mistake", 'D'},
    {"outran", "outrun", 0},
    {"overcame", "overcome", 'D'},
    {"overheard", "overhear", 'D'},
    {"overran", "overrun", 'D'},
    {"oversaw", "oversee", 'D'},
    {"overseen", "oversee", 0},
    {"overtaken", "overtake", 'N'},
    {"overthrew", "overthrow", 'D'},
    {"overthrown", "overthrow", 'N'},
    {"overtook", "overtake", 'D'},
    {"paid", "pay", 0},
    {"proved", "prove", 0},
    {"proven", "prove", 0},
    {"ran", "run", 'D'},
    {"rang", "ring", 'D'},
    {"rebuilt", "rebuild", 'D'},
    {"redid", "redo", 0},
    {"redone", "redo", 0},
    {"rent", "rend", 0},
    {"repaid", "repay", 'D'},
    {"rethought", "rethink", 0},
    {"rewritten", "rewrite", 0},
    {"rewrote", "rewrite", 'D'},
    {"ridden", "ride", 0},
    {"risen", "rise", 0},
    {"rode", "ride", 'D'},
    {"rose", "rise", 0},
    {"rung", "ring", 0},
    {"said", "say", 'D'},
    {"sang", "sing", 'D'},
    {"sank", "sink", 'D'},
    {"sat", "sit", 0},
    {"saw", "see", 0},
    {"seen", "see", 0},
    {"sent", "send", 'D'},
    {"shaken", "shake", 0},
    {"shone", "shine", 0},
    {"shook", "shake", 'D'},
    {"shot", "shoot", 0},
    {"showed", "show", 0},
    {"shown", "show", 0},
    {"shrank", "shrink", 'D'},
    {"shrunk", "shrink", 0},
    {"slain", "slay", 'N'},
    {"slept", "sleep", 0},
    {"slew", "slay", 'D'},
    {"slid", "slide", 0},
    {"slung", "sling", 0},
    {"sold", "sell", 'D'},
    {"sought", "seek", 'D'},
    {"spat", "spit", 0},
    {"sped", "speed", 0},
    {"spent", "spend", 'D'},
    {"spoke", "speak", 'D'},
    {"spoken", "speak", 0},
    {"sprang", "spring", 'D'},
    {"sprung", "spring", 0},
    {"spun", "spin", 0},
    {"stank", "stink", 'D'},
    {"stole", "steal", 'D'},
    {"stolen", "steal", 0},
    {"stood", "stand", 0},
    {"stridden", "stride", 'N'},
    {"striven", "strive", 'N'},
    {"strode", "stride", 'D'},
    {"strove", "strive", 'D'},
    {"struck", "strike", 'D'},
    {"stuck", "stick", 0},
    {"stung", "sting", 0},
    {"stunk", "stink", 0},
    {"sung", "sing", 0},
    {"sunk", "sink", 0},
    {"swam", "swim", 'D'},
    {"swept", "sweep", 'D'},
    {"swore", "swear", 'D'},
    {"sworn", "swear", 0},
    {"swum", "swim", 0},
    {"swung", "swing", 0},
    {"taken", "take", 0},
    {"taught", "teach", 'D'},
    {"thought", "think", 0},
    {"threw", "throw", 'D'},
    {"thrown", "throw", 0},
    {"told", "tell", 'D'},
    {"took", "take", 'D'},
    {"tore", "tear", 'D'},
    {"torn", "tear", 0},
    {"trod", "tread", 'D'},
    {"trodden", "tread", 'N'},
    {"undergone", "undergo", 'N'},
    {"understood", "understand", 0},
    {"undertaken", "undertake", 'N'},
    {"undertook", "undertake", 'D'},
    {"underwent", "undergo", 'D'},
    {"upheld", "uphold", 'D'},
    {"went", "go", 'D'},
    {"wept", "weep", 0},
    {"withdrawn", "withdraw", 0},
    {"withdrew", "withdraw", 'D'},
    {"withheld", "withhold", 'D'},
    {"withstood", "withstand", 0},
    {"woke", "wake", 'D'},
    {"woken", "wake", 0},
    {"won", "win", 0},
    {"wore", "wear", 'D'},
    {"worn", "wear", 0},
    {"wound", "wind", 0},
    {"wove", "weave", 'D'},
    {"woven", "weave", 0},
    {"written", "write", 0},
    {"wrote", "write", 'D'},
    {"wrung", "wring", 0},
};

static int cmp_irr(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const struct irr *)e)->form);
}

static const struct irr *find(const char *lower)
{
    return bsearch(lower, irregular, sizeof(irregular) / sizeof(irregular[0]), sizeof(irregular[0]),
                   cmp_irr);
}

const char *dy_syntax_irregular_lemma(const char *lower)
{
    const struct irr *r = find(lower);

    return r ? r->lemma : NULL;
}

int dy_syntax_irregular_verb_only(const char *lower)
{
    const struct irr *r = find(lower);

    return r ? r->only : 0;
}

int dy_syntax_irregular_is_base(const char *lower)
{
    static const char *const base[] = {"bore", "bound", "fell", "found", "ground", "lay",
                                       "lit", "rent", "saw", "wound", "spat", "rose", "left"};

    for (size_t k = 0; k < sizeof(base) / sizeof(base[0]); k++)
        if (strcmp(lower, base[k]) == 0)
            return 1;
    return 0;
}
