/*
 * abbrev.c - module text: the word lists the tokenizer and the sentence
 * splitter consult (prefix dy_text_).
 *
 * The lists are compiled in, sorted, and searched with bsearch, so the
 * library needs no data file at run time.  docs/TEXT.md says how each
 * list is used; to add an entry, insert it in byte order (the unit test
 * test_lists_sorted fails otherwise).
 *
 * Abbreviation kinds decide what may follow the period:
 *   TITLE  - comes before a name or a number (Sen., Gen., Jan.), so a
 *            capitalised word after it never starts a new sentence;
 *   OTHER  - may end a sentence (Inc., Corp., etc., Calif.);
 *   NUMPRE - an abbreviation only before a digit (No. 5, Vol. 2,
 *            pp. 12); elsewhere its period is a full stop ("said no.").
 */
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

struct entry {
    const char *s;
    int kind;
};

#define T DY_ABBR_TITLE
#define O DY_ABBR_OTHER
#define N DY_ABBR_NUMPRE

/* Entries include the final period and are matched case-sensitively;
 * the byte order of "A" < "a" is the sort order. */
static const struct entry abbrevs[] = {
    {"Adm.", T}, {"Ala.", O}, {"Alta.", O}, {"Amb.", T}, {"Apr.", T},
    {"Ariz.", O}, {"Ark.", O}, {"Art.", N}, {"Assn.", O}, {"Assoc.", O},
    {"Atty.", T}, {"Aug.", T}, {"Ave.", O}, {"Bhd.", O}, {"Blvd.", O},
    {"Brig.", T}, {"Bros.", O}, {"Calif.", O}, {"Capt.", T}, {"Cdr.", T},
    {"Ch.", N}, {"Chas.", T}, {"Cie.", O}, {"Cmdr.", T}, {"Co.", O},
    {"Col.", T}, {"Colo.", O}, {"Conn.", O}, {"Corp.", O}, {"Cos.", O},
    {"Cpl.", T}, {"Dec.", T}, {"Del.", O}, {"Dem.", O}, {"Dept.", O},
    {"Det.", T}, {"Dist.", O}, {"Dr.", T}, {"Drs.", T},
    {"Esq.", O}, {"Feb.", T}, {"Fig.", N}, {"Fla.", O}, {"Fr.", T},
    {"Fri.", T}, {"Ft.", T}, {"Ga.", O}, {"Gen.", T}, {"Geo.", T},
    {"Gov.", T}, {"Govt.", O}, {"Hon.", T}, {"Hwy.", T},
    {"Ill.", O}, {"Inc.", O}, {"Ind.", O}, {"Insp.", T}, {"Intl.", O},
    {"Jan.", T}, {"Jos.", T}, {"Jr.", O}, {"Jul.", T}, {"Jun.", T},
    {"Kan.", O}, {"Ky.", O}, {"La.", O}, {"Lt.", T}, {"Ltd.", O}, {"Maj.", T},
    {"Mar.", T}, {"Mass.", O}, {"Md.", O}, {"Messrs.", T}, {"Mfg.", O},
    {"Mich.", O}, {"Minn.", O}, {"Miss.", T}, {"Mlle.", T}, {"Mme.", T},
    {"Mo.", O}, {"Mon.", T}, {"Mont.", O}, {"Mr.", T}, {"Mrs.", T},
    {"Ms.", T}, {"Msgr.", T}, {"Mt.", T}, {"Natl.", O}, {"Neb.", O},
    {"Nev.", O}, {"No.", N}, {"Nos.", N}, {"Nov.", T}, {"Oct.", T},
    {"Okla.", O}, {"Ont.", O}, {"Op.", N}, {"Ore.", O}, {"Pa.", O},
    {"Pfc.", T}, {"Pres.", T}, {"Prof.", T}, {"Pt.", T}, {"Pte.", O},
    {"Pvt.", T}, {"Que.", O}, {"Rd.", O}, {"Rep.", T}, {"Reps.", T},
    {"Rev.", T}, {"Rt.", T}, {"Sask.", O}, {"Sat.", T}, {"Sec.", T},
    {"Sen.", T}, {"Sens.", T}, {"Sep.", T}, {"Sept.", T}, {"Sgt.", T},
    {"Sr.", O}, {"St.", T}, {"Ste.", T}, {"Sun.", T}, {"Sup.", T},
    {"Supt.", T}, {"Tenn.", O}, {"Tex.", O}, {"Th.", T}, {"Thu.", T},
    {"Thur.", T}, {"Thurs.", T}, {"Tue.", T}, {"Tues.", T}, {"Va.", O},
    {"Vol.", N}, {"Vt.", O}, {"Wash.", O}, {"Wed.", T}, {"Wis.", O},
    {"Wm.", T}, {"Wyo.", O}, {"al.", O}, {"approx.", O}, {"c.", T},
    {"ca.", O}, {"cf.", T}, {"dept.", O}, {"ed.", O}, {"eds.", O},
    {"est.", O}, {"etc.", O}, {"ft.", O}, {"hr.", O}, {"hrs.", O},
    {"incl.", T}, {"lb.", O}, {"lbs.", O}, {"min.", O}, {"mln.", O},
    {"mos.", O}, {"no.", N}, {"nos.", N}, {"oz.", O}, {"pop.", O}, {"pp.", N},
    {"sq.", T}, {"v.", T}, {"vol.", N}, {"vs.", T}, {"yr.", O}, {"yrs.", O},
};

#undef T
#undef O
#undef N

/* Word starts that are kept whole before a hyphen ("non-profit",
 * "e-mail", "re-elected"): the prefixes UD English keeps inside one
 * token, checked against EWT and GUM train (kept more often than
 * split).  Everything else is split at the hyphen, as UD does
 * ("search - engine", "Kim Jong - un"). */
static const char *const hyphen_prefixes[] = {
    "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra",
    "inter", "intra", "macro", "mega", "micro", "mid", "mini", "mis",
    "multi", "neo", "non", "over", "post", "pre", "pro", "proto",
    "pseudo", "psycho", "quasi", "re", "semi", "socio", "sub", "super",
    "trans", "tri", "ultra", "un", "uni",
};

/* Capitalised words that usually begin a sentence and rarely continue a
 * name, so "in the U.S. The ..." splits while "the U.S. Army" does
 * not. */
static const char *const starters[] = {
    "A", "About", "According", "After", "Again", "All", "Also",
    "Although", "An", "And", "Another", "Any", "As", "At", "Because",
    "Before", "Both", "But", "By", "During", "Each", "Earlier", "Even",
    "For", "From", "He", "Her", "Here", "His", "How", "However", "I",
    "If", "In", "Instead", "It", "Its", "Last", "Later", "Many",
    "Meanwhile", "More", "Most", "Much", "My", "No", "None", "Nor",
    "Not", "Now", "Of", "On", "One", "Only", "Or", "Other", "Our",
    "Over", "Several", "She", "Since", "So", "Some", "Still", "Such",
    "That", "The", "Their", "Then", "There", "These", "They", "This",
    "Those", "Though", "Thus", "To", "Two", "Under", "Until", "We",
    "What", "When", "Where", "Whether", "Which", "While", "Who", "Why",
    "With", "Yet", "You",
};

/* Lower-case words after which a line break never ends a sentence:
 * hard-wrapped prose breaks lines after them. */
static const char *const continuers[] = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
    "into", "of", "on", "or", "than", "that", "the", "to", "which",
    "who", "with",
};

static int cmp_entry(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const struct entry *)e)->s);
}

static int cmp_str(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

/* Copies s[0..n) into buf as a C string when it fits; 0 if not. */
static int to_key(char *buf, size_t cap, const char *s, size_t n)
{
    if (n == 0 || n >= cap)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 1;
}

int dy_text_abbrev_kind(const char *s, size_t n)
{
    char key[16];
    const struct entry *e;

    if (!to_key(key, sizeof(key), s, n))
        return DY_ABBR_NONE;
    e = bsearch(key, abbrevs, DY_ARRAY_LEN(abbrevs), sizeof(abbrevs[0]), cmp_entry);
    return e ? e->kind : DY_ABBR_NONE;
}

int dy_text_is_hyphen_prefix(const char *s, size_t n)
{
    char key[16];
    size_t i;

    if (!to_key(key, sizeof(key), s, n))
        return 0;
    for (i = 0; i < n; i++)
        if (key[i] >= 'A' && key[i] <= 'Z')
            key[i] = (char)(key[i] - 'A' + 'a');
    return bsearch(key, hyphen_prefixes, DY_ARRAY_LEN(hyphen_prefixes),
                   sizeof(hyphen_prefixes[0]), cmp_str) != NULL;
}

int dy_text_is_starter(const char *s, size_t n)
{
    char key[16];

    if (!to_key(key, sizeof(key), s, n))
        return 0;
    return bsearch(key, starters, DY_ARRAY_LEN(starters), sizeof(starters[0]),
                   cmp_str) != NULL;
}

int dy_text_is_continuer(const char *s, size_t n)
{
    char key[16];

    if (!to_key(key, sizeof(key), s, n))
        return 0;
    return bsearch(key, continuers, DY_ARRAY_LEN(continuers),
                   sizeof(continuers[0]), cmp_str) != NULL;
}

/* For the unit test: 1 when every list is strictly sorted. */
int dy_text_lists_sorted(void)
{
    size_t i;

    for (i = 1; i < DY_ARRAY_LEN(abbrevs); i++)
        if (strcmp(abbrevs[i - 1].s, abbrevs[i].s) >= 0)
            return 0;
    for (i = 1; i < DY_ARRAY_LEN(hyphen_prefixes); i++)
        if (strcmp(hyphen_prefixes[i - 1], hyphen_prefixes[i]) >= 0)
            return 0;
    for (i = 1; i < DY_ARRAY_LEN(starters); i++)
        if (strcmp(starters[i - 1], starters[i]) >= 0)
            return 0;
    for (i = 1; i < DY_ARRAY_LEN(continuers); i++)
        if (strcmp(continuers[i - 1], continuers[i]) >= 0)
            return 0;
    return 1;
}
