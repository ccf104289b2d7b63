/*
 * text.c - module text: dy_text_analyze, the tokenizer and the sentence
 * splitter (prefix dy_text_).
 *
 * Three passes over the document, each linear:
 *   1. decode: UTF-8 to code points with repair, one class byte per
 *      character (space, newline, letter, digit, case, skipped);
 *   2. tokenize: whitespace-separated chunks are cut into tokens the way
 *      UD English (EWT, GUM) does: opening punctuation off the front,
 *      closing punctuation and clitics ('s n't 're ...) off the back,
 *      then hyphens, dashes, slashes and brackets inside;
 *   3. segment and emit: sentence boundaries from final punctuation,
 *      abbreviations, quotes, line and paragraph breaks; then the
 *      tokens and sentences are written into the caller's arena with
 *      their normalised forms.
 * Scratch arrays (code points, offsets, first-pass tokens) are heap
 * blocks freed before returning, so the arena only holds the result.
 * The rules and their reasons are in docs/TEXT.md.
 */
#include <string.h>
#include <utf8proc.h>

#include "text/text.h"

/* Character classes (one byte per code point). */
enum {
    F_SPACE = 1u << 0,  /* separates tokens (incl. NUL, controls, NBSP) */
    F_NL = 1u << 1,     /* line break */
    F_ALPHA = 1u << 2,  /* letter or mark: word character */
    F_DIGIT = 1u << 3,
    F_UPPER = 1u << 4,
    F_LOWER = 1u << 5,
    F_SKIP = 1u << 6,   /* inside a skip range */
    F_SYM = 1u << 7     /* non-ASCII symbol (emoji, ©): a token of its own */
};

/* What separates a token from the previous one. */
enum { PRE_NONE = 0, PRE_SPACE, PRE_NL, PRE_PARA };

/* First-pass token kinds, for the sentence splitter. */
enum {
    K_WORD = 0,
    K_STOP,      /* . or a run of ! ? */
    K_ELLIPSIS,  /* .. ... … */
    K_OPEN,      /* ( [ { and opening quotes */
    K_CLOSE,     /* ) ] } and closing quotes */
    K_COMMA      /* , ; : and dashes: never followed by a headline break */
};

/* Abbreviation classes of a period-final word (beyond dy_abbr_kind). */
enum { A_PATTERN = 8, A_INITIAL = 9, A_EG = 10 };

struct tok1 {
    uint32_t s, e;      /* character indices [s, e) */
    uint8_t pre;        /* PRE_* */
    uint8_t kind;       /* K_* */
    uint8_t abbr;       /* DY_ABBR_* or A_*: word keeps its final period */
};

struct piece {
    uint32_t s, e;
    uint8_t kind, abbr;
};

#define MAX_SUFFIX 32

struct st {
    const unsigned char *text;
    size_t len;
    uint32_t *cp;       /* code points, repaired */
    uint32_t *off;      /* byte offset of each, off[n] == len */
    uint8_t *fl;        /* F_* */
    size_t n;
    struct tok1 *t;
    size_t nt, at;
    uint8_t pre;        /* separator before the next emitted token */
    size_t repaired;
};

/* ---- pass 1: decode ------------------------------------------------ */

/* Classes of ASCII characters: controls and space separate, letters
 * and digits are word characters, the rest is punctuation (0). */
static const uint8_t ascii_fl[128] = {
     1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  3,  3,  3,  3,  1,  1,
     1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
     1,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  0,  0,  0,  0,  0,  0,
     0, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,  0,  0,  0,  0,  0,
     0, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,
    36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36,  0,  0,  0,  0,  1,
};

static uint8_t classify(uint32_t c)
{
    if (c == 0x85 || c == 0x2028 || c == 0x2029)
        return F_SPACE | F_NL;
    if (c == 0xFFFD)
        return F_ALPHA;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return F_ALPHA | F_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return F_ALPHA | F_LOWER;
    case UTF8PROC_CATEGORY_ND:
        return F_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return F_SPACE;
    case UTF8PROC_CATEGORY_CF:
        /* Soft hyphen and zero-width (non-)joiners live inside words;
         * other format characters (BOM, ZWSP, bidi marks) separate. */
        if (c == 0xAD || c == 0x200C || c == 0x200D)
            return F_ALPHA;
        return F_SPACE;
    case UTF8PROC_CATEGORY_SO:
        return F_SYM;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
        return 0;
    default:
        return F_ALPHA;   /* other letters, marks, numbers, private use */
    }
}

static void decode(struct st *S, const struct dyad_span *skip, size_t nskip)
{
    const unsigned char *s = S->text;
    size_t len = S->len, i = 0, k = 0, si = 0;

    while (i < len) {
        unsigned c = s[i];
        uint8_t f;
        size_t adv;

        if (c < 0x80) {
            S->cp[k] = c;
            f = ascii_fl[c];
            adv = 1;
        } else {
            int bad;
            uint32_t v;
            adv = dy_utf8_next(s, len, i, &v, &bad);
            S->cp[k] = v;
            S->repaired += (size_t)bad;
            f = classify(v);
        }
        if (si < nskip) {
            /* Skip ranges are trusted only as far as they make sense:
             * empty, reversed or passed ones are stepped over. */
            while (si < nskip && (skip[si].end <= i || skip[si].end <= skip[si].start))
                si++;
            if (si < nskip && skip[si].start <= i)
                f = F_SPACE | F_SKIP;
        }
        S->off[k] = (uint32_t)i;
        S->fl[k] = f;
        k++;
        i += adv;
    }
    S->off[k] = (uint32_t)len;
    S->n = k;
}

/* ---- pass 2: tokenize ----------------------------------------------- */

/* Apostrophes a clitic may start with; the acute accent and backtick
 * are common typing substitutes on the web. */
static int is_apos(uint32_t c)
{
    return c == '\'' || c == 0x2019 || c == 0x00B4 || c == '`';
}

/* ASCII punctuation that forms runs kept as one token ("**", "???",
 * "!!!", "=====") when repeated. */
static int runs_punct(uint32_t c)
{
    return c == '*' || c == '?' || c == '!' || c == '=' || c == '~' ||
           c == '^' || c == '#' || c == '+' || c == '_' || c == '<' || c == '>';
}

static int is_dash(uint32_t c)
{
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

static int is_hyphen(uint32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

static int is_opener(uint32_t c)
{
    return c == '(' || c == '[' || c == '{' || c == '<' || c == 0x201C ||
           c == 0x2018 || c == 0x00AB || c == 0x201E || c == 0x201A ||
           c == 0x00BF || c == 0x00A1;
}

/* Curly single marks: a pair of them (‘’ or ’’) is one double quote
 * typed by a word processor, one token as in UD EWT. */
static int is_curly_single(uint32_t c)
{
    return c == 0x2018 || c == 0x2019;
}

static int is_closer(uint32_t c)
{
    return c == ')' || c == ']' || c == '}' || c == '>' || c == 0x201D ||
           c == 0x00BB;
}

static int lower_ascii(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? (int)(c - 'A' + 'a') : (int)c;
}

static int word_char(const struct st *S, size_t i)
{
    return (S->fl[i] & (F_ALPHA | F_DIGIT)) != 0;
}

/* Case-insensitive ASCII comparison of chars [s, s+strlen(w)) with w. */
static int match_ci(const struct st *S, size_t s, size_t e, const char *w)
{
    size_t k = 0;

    while (w[k]) {
        if (s + k >= e || lower_ascii(S->cp[s + k]) != (unsigned char)w[k])
            return 0;
        k++;
    }
    return 1;
}

static int grow_tokens(struct st *S)
{
    size_t na = S->at ? S->at * 2 : 1024;
    struct tok1 *nt = dy_reallocarray(S->t, na, sizeof(*nt));

    if (!nt)
        return DYAD_ENOMEM;
    S->t = nt;
    S->at = na;
    return DYAD_OK;
}

static uint8_t auto_kind(const struct st *S, size_t s, size_t e)
{
    uint32_t c = S->cp[s];

    if (e - s == 1) {
        if (c == '.' || c == '!' || c == '?')
            return K_STOP;
        if (c == 0x2026)
            return K_ELLIPSIS;
        if (is_opener(c))
            return K_OPEN;
        if (is_closer(c) || c == 0x2019)
            return K_CLOSE;
        if (c == '"' || c == '\'') {
            /* Straight quotes: attached to the word before means
             * closing, otherwise opening. */
            if (S->pre == PRE_NONE && s > 0)
                return K_CLOSE;
            return K_OPEN;
        }
        if (c == ',' || c == ';' || c == ':' || is_dash(c))
            return K_COMMA;
        return K_WORD;
    }
    if (c == '.')
        return K_ELLIPSIS;
    if (c == '!' || c == '?')
        return K_STOP;
    if (is_dash(c) || (c == '\'' && S->cp[s + 1] == '\''))
        return K_COMMA;
    if (e - s == 2 && is_curly_single(c) && is_curly_single(S->cp[s + 1]))
        /* ‘’ opens; ’’ closes when attached to the word before */
        return c == 0x2018 || S->pre != PRE_NONE || s == 0 ? K_OPEN : K_CLOSE;
    if (c == '`')
        return K_OPEN;
    return K_WORD;
}

/* Appends token [s, e); kind 0xFF = work it out.  Cuts tokens longer
 * than DY_TEXT_MAX_TOKEN_BYTES at character boundaries. */
static int emit(struct st *S, size_t s, size_t e, uint8_t kind, uint8_t abbr)
{
    if (s >= e)
        return DYAD_OK;
    if (kind == 0xFF)
        kind = auto_kind(S, s, e);
    while (s < e) {
        size_t pe = e;
        struct tok1 *t;

        if (S->off[e] - S->off[s] > DY_TEXT_MAX_TOKEN_BYTES) {
            pe = s;
            while (pe < e && S->off[pe + 1] - S->off[s] <= DY_TEXT_MAX_TOKEN_BYTES)
                pe++;
            if (pe == s)
                pe = s + 1;
            abbr = 0;
        }
        if (S->nt == S->at && grow_tokens(S))
            return DYAD_ENOMEM;
        t = &S->t[S->nt++];
        t->s = (uint32_t)s;
        t->e = (uint32_t)pe;
        t->pre = S->pre;
        t->kind = pe == e ? kind : K_WORD;
        t->abbr = pe == e ? abbr : 0;
        S->pre = PRE_NONE;
        s = pe;
    }
    return DYAD_OK;
}

/* Length of the run of chars equal to c (or of dashes) starting at i. */
static size_t run_at(const struct st *S, size_t i, size_t e, int dashes)
{
    size_t j = i;
    uint32_t c = S->cp[i];

    while (j < e && (dashes ? is_dash(S->cp[j]) : S->cp[j] == c))
        j++;
    return j - i;
}

/* "U.S.", "a.m.", "Ph.D.", "e.g.": letter groups of 1-2, each followed
 * by a period, at least two groups, ending in a period. */
static int letter_dot(const struct st *S, size_t s, size_t e)
{
    size_t i = s, groups = 0;

    while (i < e) {
        size_t g = 0;
        while (i < e && (S->fl[i] & F_ALPHA) && g < 3) {
            i++;
            g++;
        }
        if (g == 0 || g > 2 || i >= e || S->cp[i] != '.')
            return 0;
        i++;
        groups++;
    }
    return groups >= 2;
}

/* Index of the next non-space char after e, or n. */
static size_t next_visible(const struct st *S, size_t e)
{
    while (e < S->n && (S->fl[e] & F_SPACE))
        e++;
    return e;
}

/* Decides whether the word [s, e) (ending in '.') keeps its period.
 * Returns the abbreviation class, or 0 to split the period off. */
static uint8_t keeps_period(const struct st *S, size_t s, size_t e)
{
    char key[16];
    size_t n = e - s, i;
    int kind;

    if (n < 2)
        return 0;
    /* "2." opening a line or paragraph numbers a list item */
    if (n <= 3 && S->pre >= PRE_NL && (S->fl[s] & F_DIGIT) && (n == 2 || (S->fl[s + 1] & F_DIGIT)))
        return A_EG;
    if (n <= sizeof(key) - 1) {
        for (i = 0; i < n; i++) {
            if (S->cp[s + i] >= 0x80)
                break;
            key[i] = (char)S->cp[s + i];
        }
        if (i == n) {
            kind = dy_text_abbrev_kind(key, n);
            if (kind == DY_ABBR_NUMPRE) {
                size_t nx = next_visible(S, e);
                return nx < S->n && (S->fl[nx] & F_DIGIT) ? DY_ABBR_NUMPRE : 0;
            }
            if (kind)
                return (uint8_t)kind;
            if ((n == 4 && (memcmp(key, "e.g.", 4) == 0 || memcmp(key, "i.e.", 4) == 0)))
                return A_EG;
        }
    }
    if (n == 2 && (S->fl[s] & F_UPPER))
        return A_INITIAL;
    if (letter_dot(S, s, e))
        return A_PATTERN;
    return 0;
}

static int is_url(const struct st *S, size_t s, size_t e)
{
    size_t i;

    if (match_ci(S, s, e, "http://") || match_ci(S, s, e, "https://") ||
        match_ci(S, s, e, "ftp://") || match_ci(S, s, e, "www."))
        return 1;
    for (i = s; i + 2 < e; i++)
        if (S->cp[i] == ':' && S->cp[i + 1] == '/' && S->cp[i + 2] == '/' && i > s)
            return 1;
    return 0;
}

static int is_email(const struct st *S, size_t s, size_t e)
{
    size_t i, at = 0;

    for (i = s + 1; i < e; i++)
        if (S->cp[i] == '@') {
            at = i;
            break;
        }
    if (!at || !(word_char(S, at - 1) || S->cp[at - 1] == '.'))
        return 0;
    for (i = at + 1; i + 1 < e; i++)
        if (S->cp[i] == '.' && word_char(S, i + 1))
            return 1;
    return 0;
}

/* 713-853-5620, 853-5620: phone numbers stay one token (EWT).  Groups
 * of 3 digits, the last of 4, so "1990-1995" is still "1990 - 1995". */
static int is_phone(const struct st *S, size_t s, size_t e)
{
    size_t i = s, groups = 0, g = 0;

    while (i < e) {
        g = 0;
        while (i < e && (S->fl[i] & F_DIGIT)) {
            i++;
            g++;
        }
        if (i < e) {
            if (g != 3 || S->cp[i] != '-' || i + 1 == e)
                return 0;
            i++;
        }
        groups++;
    }
    return groups >= 2 && groups <= 3 && g == 4;
}

/* 01-Feb-02 and 2002-02-01: dates with hyphens stay one token (EWT). */
static int is_hyphen_date(const struct st *S, size_t s, size_t e)
{
    size_t i = s, g, groups = 0, alpha_groups = 0;

    while (i < e) {
        size_t st = i;
        g = 0;
        if (S->fl[i] & F_DIGIT) {
            while (i < e && (S->fl[i] & F_DIGIT) && g < 5) {
                i++;
                g++;
            }
            if (g > 4)
                return 0;
        } else {
            while (i < e && (S->fl[i] & F_ALPHA) && S->cp[i] < 0x80 && g < 4) {
                i++;
                g++;
            }
            if (g != 3)
                return 0;
            alpha_groups++;
        }
        (void)st;
        if (g == 0)
            return 0;
        groups++;
        if (i < e) {
            if (S->cp[i] != '-' || i + 1 == e)
                return 0;
            i++;
        }
    }
    return groups == 3 && alpha_groups == 1 && (S->fl[s] & F_DIGIT) &&
           (S->fl[e - 1] & F_DIGIT);
}

/* Informal contractions written without an apostrophe that UD splits:
 * "gonna" -> gon na.  Returns the length of the first part, or 0. */
static size_t fused_split(const struct st *S, size_t s, size_t e)
{
    static const struct { const char *w; size_t len, first; } fused[] = {
        {"cannot", 6, 3}, {"gonna", 5, 3}, {"wanna", 5, 3}, {"gotta", 5, 3},
        {"dont", 4, 2}, {"didnt", 5, 3}, {"doesnt", 6, 4}, {"isnt", 4, 2},
        {"wasnt", 5, 3}, {"arent", 5, 3}, {"werent", 6, 4}, {"couldnt", 7, 5},
        {"wouldnt", 7, 5}, {"shouldnt", 8, 6}, {"havent", 6, 4}, {"hasnt", 5, 3},
        {"hadnt", 5, 3},
    };
    size_t k, n = e - s;

    /* Every entry is 4 to 8 letters long: most tokens stop here. */
    if (n < 4 || n > 8)
        return 0;
    for (k = 0; k < DY_ARRAY_LEN(fused); k++)
        if (fused[k].len == n && match_ci(S, s, e, fused[k].w))
            return fused[k].first;
    return 0;
}

/* Clitic at the end of [s, e): returns its length in chars or 0. */
static size_t clitic_len(const struct st *S, size_t s, size_t e)
{
    size_t n = e - s;
    uint32_t c1, c2;

    if (n < 3)
        return 0;
    c1 = (uint32_t)lower_ascii(S->cp[e - 1]);
    c2 = (uint32_t)lower_ascii(S->cp[e - 2]);
    /* n't: needs a letter before the n ("do|n't", "ca|n't") */
    if (c1 == 't' && is_apos(S->cp[e - 2]) && lower_ascii(S->cp[e - 3]) == 'n' &&
        n >= 4 && (S->fl[e - 4] & F_ALPHA))
        return 3;
    /* 's 'm 'd */
    if ((c1 == 's' || c1 == 'm' || c1 == 'd') && is_apos(S->cp[e - 2]) &&
        (word_char(S, e - 3) || S->cp[e - 3] == '.'))
        return 2;
    /* 're 've 'll */
    if (n >= 4 && is_apos(S->cp[e - 3]) && word_char(S, e - 4) &&
        ((c2 == 'r' && c1 == 'e') || (c2 == 'v' && c1 == 'e') || (c2 == 'l' && c1 == 'l')))
        return 3;
    return 0;
}

/* A chunk that is only a clitic ("'s" after a space). */
static int whole_clitic(const struct st *S, size_t s, size_t e)
{
    size_t n = e - s;
    int c1;

    if (n < 2 || n > 3 || !is_apos(S->cp[s]))
        return 0;
    c1 = lower_ascii(S->cp[s + 1]);
    if (n == 2)
        return c1 == 's' || c1 == 'm' || c1 == 'd';
    return (c1 == 'r' && lower_ascii(S->cp[s + 2]) == 'e') ||
           (c1 == 'v' && lower_ascii(S->cp[s + 2]) == 'e') ||
           (c1 == 'l' && lower_ascii(S->cp[s + 2]) == 'l');
}

/* Units UD writes apart from a number glued to them ("5 pm"). */
static int unit_word(const struct st *S, size_t s, size_t e)
{
    static const char *const units[] = {
        "am", "pm", "km", "kg", "cm", "mm", "mg", "ml", "mph", "kmh", "lbs",
        "gb", "mb", "kb", "tb", "ghz", "mhz", "mmbtu", "bcf", "mw", "kw", "gw",
    };
    size_t k;

    for (k = 0; k < DY_ARRAY_LEN(units); k++)
        if (strlen(units[k]) == e - s && match_ci(S, s, e, units[k]))
            return 1;
    return 0;
}

/* Cuts the middle of a chunk (no leading/trailing punctuation left)
 * at inner punctuation.  Hyphens follow UD: split, except after the
 * prefixes of dy_text_is_hyphen_prefix. */
static int split_inner(struct st *S, size_t s, size_t e)
{
    size_t ps = s, i = s, seg = s;   /* seg: start of the current hyphen part */
    char key[16];

    while (i < e) {
        uint32_t c = S->cp[i];
        size_t r;

        if (c == ',' ) {
            if (i > s && (S->fl[i - 1] & F_DIGIT) && i + 1 < e && (S->fl[i + 1] & F_DIGIT)) {
                i++;
                continue;
            }
            goto cut1;
        }
        if (c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
            c == '"' || c == ';' || c == '*' || c == '=' || c == '|' || c == '~' ||
            c == '<' || c == '>' || c == '^' || is_opener(c) || is_closer(c) ||
            c == 0x2026 || (S->fl[i] & F_SYM) || c == '$' || c == '!' || c == '?' ||
            (c == '+' && i > ps && !(i + 1 < e && S->cp[i + 1] == '+') &&
             S->cp[i - 1] != '+')) {
            r = 1;
            if (c == '!' || c == '?')
                while (i + r < e && (S->cp[i + r] == '!' || S->cp[i + r] == '?'))
                    r++;
            else if (runs_punct(c))
                while (i + r < e && S->cp[i + r] == c)
                    r++;
            goto cutr;
        }
        if ((S->fl[i] & F_ALPHA) && i > ps && (S->fl[i - 1] & F_DIGIT)) {
            /* 5pm, 10:30PM, 3km: a unit glued to a number is a token */
            size_t j = i;
            while (j < e && (S->fl[j] & F_ALPHA))
                j++;
            if (unit_word(S, i, j)) {
                if (emit(S, ps, i, 0xFF, 0))
                    return DYAD_ENOMEM;
                ps = seg = i;
            }
            i = j;
            continue;
        }
        if (is_dash(c)) {
            r = run_at(S, i, e, 1);
            if (r == 1 && is_hyphen(c) && i > ps && word_char(S, i - 1) &&
                i + 1 < e && word_char(S, i + 1)) {
                size_t k, n = i - seg;
                int keep = 0;
                if (n < sizeof(key)) {
                    for (k = 0; k < n && S->cp[seg + k] < 0x80; k++)
                        key[k] = (char)S->cp[seg + k];
                    keep = k == n && dy_text_is_hyphen_prefix(key, n);
                    /* "e-mail" but "Lashkar-e-Toiba" */
                    if (keep && n == 1 && !(S->fl[i + 1] & F_LOWER))
                        keep = 0;
                }
                if (keep) {
                    i++;
                    seg = i;
                    continue;
                }
            }
            if (r == 1 && is_hyphen(c) && i + 1 == e && i > ps && (S->fl[i - 1] & F_ALPHA) &&
                e < S->n && (S->fl[e] & F_SPACE)) {
                i++;        /* "pre- and post-war": the cut-off word keeps it */
                continue;
            }
            goto cutr;
        }
        if (c == '/') {
            if ((i > s && (S->fl[i - 1] & F_DIGIT) && i + 1 < e && (S->fl[i + 1] & F_DIGIT)) ||
                (i - ps == 1 && (S->fl[ps] & F_ALPHA) && i + 1 < e && word_char(S, i + 1))) {
                i++;
                continue;
            }
            goto cut1;
        }
        if (c == ':') {
            if (i > s && (S->fl[i - 1] & F_DIGIT) && i + 1 < e && (S->fl[i + 1] & F_DIGIT)) {
                i++;
                continue;
            }
            goto cut1;
        }
        if (c == '.' && i + 1 < e && S->cp[i + 1] == '.') {
            r = run_at(S, i, e, 0);
            goto cutr;
        }
        i++;
        continue;
cut1:
        r = 1;
cutr:
        if (emit(S, ps, i, 0xFF, 0) || emit(S, i, i + r, 0xFF, 0))
            return DYAD_ENOMEM;
        i += r;
        ps = seg = i;
    }
    if (ps < e) {
        uint8_t abbr = S->cp[e - 1] == '.' ? keeps_period(S, ps, e) : 0;
        return emit(S, ps, e, 0xFF, abbr);
    }
    return DYAD_OK;
}

/* Tokenizes one whitespace-free chunk [s, e). */
static int tok_chunk(struct st *S, size_t s, size_t e)
{
    struct piece suf[MAX_SUFFIX];
    size_t nsuf = 0, k;
    uint8_t abbr = 0;

    if (whole_clitic(S, s, e))
        return emit(S, s, e, K_WORD, 0);
    /* Leading punctuation. */
    while (s < e) {
        uint32_t c = S->cp[s];
        size_t r = 1;

        if (c == '"' || is_opener(c) || c == 0x201D || c == 0x2019 || c == 0x00BB) {
            if (c == 0x2019 && s + 1 < e && (S->fl[s + 1] & F_DIGIT))
                break;              /* ’90s */
            if (is_curly_single(c) && s + 1 < e && is_curly_single(S->cp[s + 1]))
                r = 2;              /* ‘’ used as a quote */
        } else if (c == '\'') {
            if (s + 1 < e && (S->fl[s + 1] & F_DIGIT))
                break;              /* '90s */
            if (s + 1 < e && S->cp[s + 1] == '\'')
                r = 2;              /* '' used as a quote */
        } else if (c == '`') {
            r = run_at(S, s, e, 0);
        } else if (is_dash(c)) {
            r = run_at(S, s, e, 1);   /* "-5" is "- 5" in EWT */
        } else if (c == '.') {
            r = run_at(S, s, e, 0);
            if (r == 1 && s + 1 < e && (S->fl[s + 1] & F_DIGIT))
                break;              /* .5 */
        } else if (c == 0x2026 || c == ',' || c == ';' || c == ':' || c == '!' ||
                   c == '?' || c == '*' || c == '%' || c == '&' || c == '/' ||
                   c == '=' || c == '+' || c == '|' || c == '~' || (S->fl[s] & F_SYM)) {
            if (c == '+' && s + 1 < e && (S->fl[s + 1] & F_DIGIT))
                break;              /* +1 */
            if (c == '!' || c == '?')
                while (s + r < e && (S->cp[s + r] == '!' || S->cp[s + r] == '?'))
                    r++;
            else if (runs_punct(c))
                r = run_at(S, s, e, 0);
        } else if (c == '$' || utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_SC) {
            /* currency: "$", and "US$"/"HK$" handled below */
        } else if ((S->fl[s] & F_UPPER) && c < 0x80) {
            /* US$5, HK$20, C$1: up to three capitals glued to "$" */
            size_t j = s;
            while (j < e && j - s < 3 && (S->fl[j] & F_UPPER) && S->cp[j] < 0x80)
                j++;
            if (j < e && S->cp[j] == '$' && j + 1 < e && (S->fl[j + 1] & F_DIGIT))
                r = j + 1 - s;
            else
                break;
        } else if ((c == '#' || c == '@') && s + 1 < e && (S->fl[s + 1] & F_ALPHA)) {
            break;                  /* hashtag, mention ("#5" is "# 5") */
        } else if (c == '#' || c == '@') {
            /* lone symbol */
        } else {
            break;
        }
        if (emit(S, s, s + r, 0xFF, 0))
            return DYAD_ENOMEM;
        s += r;
    }
    /* Trailing punctuation and clitics, collected right to left. */
    while (e > s && nsuf < MAX_SUFFIX) {
        uint32_t c = S->cp[e - 1];
        size_t r = 1, cl;

        if (c == '.') {
            r = 1;
            while (e - r > s && S->cp[e - r - 1] == '.')
                r++;
            if (r == 1) {
                abbr = keeps_period(S, s, e);
                if (abbr)
                    break;
            }
        } else if (c == ')' || c == ']' || c == '}' || c == '>' || c == '"' ||
                   c == 0x201D || c == 0x2019 || c == 0x00BB || c == '\'' ||
                   c == ',' || c == ';' || c == ':' || c == '%' ||
                   c == 0x2026 || c == 0x201C || c == 0x2018 || (S->fl[e - 1] & F_SYM) ||
                   c == '(' || c == '[') {
            if (c == '\'' && e - s >= 2 && S->cp[e - 2] == '\'')
                r = 2;              /* '' */
            else if (is_curly_single(c) && e - s >= 2 && is_curly_single(S->cp[e - 2]))
                r = 2;              /* ’’ */
        } else if (c == '!' || c == '?') {
            while (e - r > s && (S->cp[e - r - 1] == '!' || S->cp[e - r - 1] == '?'))
                r++;
        } else if (runs_punct(c) && c != '#' && c != '+' && c != '_') {
            while (e - r > s && S->cp[e - r - 1] == c)
                r++;
        } else if (is_dash(c)) {
            while (e - r > s && is_dash(S->cp[e - r - 1]))
                r++;
            if (r == 1 && is_hyphen(c) && e - s >= 2 && (S->fl[e - 2] & F_ALPHA) &&
                nsuf == 0 && e < S->n && (S->fl[e] & F_SPACE))
                break;              /* a cut-off word: "pre- and post-war" */
        } else if ((cl = clitic_len(S, s, e)) != 0) {
            r = cl;
        } else {
            break;
        }
        suf[nsuf].s = (uint32_t)(e - r);
        suf[nsuf].e = (uint32_t)e;
        suf[nsuf].kind = 0xFF;
        suf[nsuf].abbr = 0;
        nsuf++;
        e -= r;
        abbr = 0;
    }
    if (s < e) {
        size_t f;
        if (is_url(S, s, e) || is_email(S, s, e) ||
            ((S->cp[s] == '#' || S->cp[s] == '@') && e - s > 1) || is_phone(S, s, e) ||
            is_hyphen_date(S, s, e)) {
            if (emit(S, s, e, K_WORD, 0))
                return DYAD_ENOMEM;
        } else if ((f = fused_split(S, s, e)) != 0) {
            if (emit(S, s, s + f, K_WORD, 0) || emit(S, s + f, e, K_WORD, 0))
                return DYAD_ENOMEM;
        } else if (abbr && S->cp[e - 1] == '.') {
            /* an abbreviation: inner cuts still apply ("(U.S." was
             * handled above; "non-U.S." stays whole) */
            if (split_inner(S, s, e))
                return DYAD_ENOMEM;
        } else if (split_inner(S, s, e)) {
            return DYAD_ENOMEM;
        }
    }
    for (k = nsuf; k-- > 0;)
        if (emit(S, suf[k].s, suf[k].e, suf[k].kind, suf[k].abbr))
            return DYAD_ENOMEM;
    return DYAD_OK;
}

static int tokenize(struct st *S)
{
    size_t i = 0, n = S->n;
    int nl = 2, space = 0;   /* start of text counts as a paragraph start */

    while (i < n) {
        size_t j;
        if (S->fl[i] & F_SPACE) {
            if (S->fl[i] & F_SKIP) {
                nl = 2;
            } else if (S->fl[i] & F_NL) {
                /* CRLF is one line break; U+2029 is a paragraph. */
                if (!(S->cp[i] == '\n' && i > 0 && S->cp[i - 1] == '\r'))
                    nl += S->cp[i] == 0x2029 ? 2 : 1;
            }
            space = 1;
            i++;
            continue;
        }
        j = i;
        while (j < n && !(S->fl[j] & F_SPACE))
            j++;
        S->pre = nl >= 2 ? PRE_PARA : nl == 1 ? PRE_NL : space ? PRE_SPACE : PRE_NONE;
        if (tok_chunk(S, i, j))
            return DYAD_ENOMEM;
        nl = 0;
        space = 0;
        i = j;
    }
    return DYAD_OK;
}

/* ---- pass 3: segment ------------------------------------------------ */

/* ASCII copy of a short token into key; 0 when not possible. */
static int tok_key(const struct st *S, const struct tok1 *t, char *key, size_t cap)
{
    size_t n = t->e - t->s, k;

    if (n >= cap)
        return 0;
    for (k = 0; k < n; k++) {
        if (S->cp[t->s + k] >= 0x80)
            return 0;
        key[k] = (char)S->cp[t->s + k];
    }
    key[n] = '\0';
    return 1;
}

/* Does token j look like the start of a sentence (capital, digit,
 * opening quote or bracket before one)? */
static int cap_start(const struct st *S, size_t j)
{
    const struct tok1 *t = &S->t[j];
    uint8_t f = S->fl[t->s];

    if (t->kind == K_OPEN) {
        if (j + 1 < S->nt && S->t[j + 1].pre == PRE_NONE)
            return (S->fl[S->t[j + 1].s] & (F_UPPER | F_DIGIT)) != 0 ||
                   S->t[j + 1].kind == K_OPEN;
        return 1;
    }
    if (f & (F_UPPER | F_DIGIT))
        return 1;
    if (f & F_LOWER)
        return 0;
    /* symbols, bullets, dashes, currency */
    return t->kind != K_STOP && t->kind != K_CLOSE && t->kind != K_COMMA;
}

static int starter_at(const struct st *S, size_t j)
{
    char key[16];
    const struct tok1 *t = &S->t[j];

    if (t->kind == K_OPEN)
        return cap_start(S, j);
    return tok_key(S, t, key, sizeof(key)) && dy_text_is_starter(key, strlen(key));
}

/* Bytes from the start of the line holding token i to its end. */
static size_t line_len(const struct st *S, size_t i)
{
    size_t end = S->off[S->t[i].e], b = S->off[S->t[i].s];

    while (b > 0 && S->text[b - 1] != '\n' && S->text[b - 1] != '\r')
        b--;
    return end - b;
}

/* "... research. [12] Next": a bracketed reference number after final
 * punctuation belongs to the sentence it follows.  Returns the index
 * after the closing bracket, or j when t[j] does not open one. */
static size_t skip_citation(const struct st *S, size_t j)
{
    size_t k;

    if (j >= S->nt || S->cp[S->t[j].s] != '[' || S->t[j].e - S->t[j].s != 1)
        return j;
    for (k = j + 1; k < S->nt && k < j + 8; k++) {
        const struct tok1 *t = &S->t[k];
        uint32_t c = S->cp[t->s];
        if (c == ']' && t->e - t->s == 1)
            return k > j + 1 ? k + 1 : j;
        if (!(S->fl[t->s] & F_DIGIT) && !is_dash(c) && c != ',')
            return j;
    }
    return j;
}

static int tok_in(const struct st *S, size_t i, const char *const *list, size_t n)
{
    char key[16];
    size_t k;

    if (i >= S->nt || !tok_key(S, &S->t[i], key, sizeof(key)))
        return 0;
    for (k = 0; k < n; k++)
        if (strcmp(key, list[k]) == 0)
            return 1;
    return 0;
}

static int tok_digits(const struct st *S, size_t i, size_t minlen, size_t maxlen)
{
    size_t k, n;

    if (i >= S->nt)
        return 0;
    n = S->t[i].e - S->t[i].s;
    if (n < minlen || n > maxlen)
        return 0;
    for (k = S->t[i].s; k < S->t[i].e; k++)
        if (!(S->fl[k] & F_DIGIT))
            return 0;
    return 1;
}

static int tok_char(const struct st *S, size_t i, uint32_t c)
{
    return i < S->nt && S->t[i].e - S->t[i].s == 1 && S->cp[S->t[i].s] == c;
}

/* "[Weekday ,] Month D , YYYY" starting at token i: index after it, or 0. */
static size_t dateline_end(const struct st *S, size_t i)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
    static const char *const months[] = {"January", "February", "March", "April", "May",
                                         "June", "July", "August", "September", "October",
                                         "November", "December"};

    if (tok_in(S, i, days, DY_ARRAY_LEN(days)) && tok_char(S, i + 1, ','))
        i += 2;
    if (!tok_in(S, i, months, DY_ARRAY_LEN(months)) || !tok_digits(S, i + 1, 1, 2) ||
        !tok_char(S, i + 2, ',') || !tok_digits(S, i + 3, 4, 4))
        return 0;
    return i + 4;
}

/* "Image:" "Photo:" ... glued to their colon. */
static int caption_label(const struct st *S, size_t i)
{
    static const char *const labels[] = {"Image", "Photo", "Photograph", "Picture",
                                         "Credit", "Caption", "Video"};

    /* The colon test first: it is one comparison, and almost no token
     * is followed by a colon, so the label list is rarely searched. */
    return tok_char(S, i + 1, ':') && S->t[i + 1].pre == PRE_NONE &&
           tok_in(S, i, labels, DY_ARRAY_LEN(labels));
}

static void segment(struct st *S, uint8_t *brk)
{
    size_t i, nt = S->nt;

    for (i = 1; i < nt; i++)
        brk[i] = S->t[i].pre == PRE_PARA;
    if (nt)
        brk[0] = 1;
    for (i = 0; i + 1 < nt; i++) {
        const struct tok1 *t = &S->t[i];
        size_t j;
        int split;

        if (t->kind == K_STOP || t->kind == K_ELLIPSIS ||
            (t->abbr && t->kind == K_WORD)) {
            j = i + 1;
            while (j < nt && S->t[j].pre == PRE_NONE && !brk[j] &&
                   (S->t[j].kind == K_STOP || S->t[j].kind == K_ELLIPSIS))
                j++;
            while (j < nt && S->t[j].pre == PRE_NONE && !brk[j] && S->t[j].kind == K_CLOSE)
                j++;
            j = skip_citation(S, j);
            if (j >= nt || brk[j])
                continue;
            if (t->kind != K_WORD) {
                split = cap_start(S, j);
            } else if (t->abbr == DY_ABBR_OTHER || t->abbr == A_PATTERN ||
                       t->abbr == A_INITIAL) {
                split = starter_at(S, j) ||
                        (S->t[j].pre == PRE_NL && cap_start(S, j));
            } else {
                split = 0;  /* titles, e.g., No. 5 */
            }
            if (split)
                brk[j] = 1;
            i = j - 1;
            continue;
        }
    }
    /* News furniture without final punctuation: a dateline opening a
     * sentence ("Thursday, May 7, 2015") and a photo caption label
     * ("... the new flag Image: Reuters.") start new sentences. */
    for (i = 0; i < nt; i++) {
        size_t j;
        if (brk[i] && (j = dateline_end(S, i)) != 0 && j < nt && !brk[j] && cap_start(S, j))
            brk[j] = 1;
        if (i > 0 && !brk[i] && caption_label(S, i) && S->t[i - 1].kind == K_WORD &&
            !S->t[i - 1].abbr)
            brk[i] = 1;
    }
    /* Headlines: a line break before a capitalised line ends a sentence
     * unless the line before looks like wrapped prose. */
    for (i = 1; i < nt; i++) {
        const struct tok1 *p = &S->t[i - 1];
        char key[16];

        if (brk[i] || S->t[i].pre != PRE_NL || !cap_start(S, i))
            continue;
        if (p->kind == K_COMMA || p->kind == K_OPEN)
            continue;
        if (S->fl[p->s] & F_LOWER) {
            if (tok_key(S, p, key, sizeof(key)) && dy_text_is_continuer(key, strlen(key)))
                continue;
            if (line_len(S, i - 1) >= 50)
                continue;
        }
        brk[i] = 1;
    }
}

/* ---- output ---------------------------------------------------------- */

static int put_form(struct st *S, struct dy_buf *forms, size_t s, size_t e,
                    size_t *foff, uint32_t *flen, int *normalised)
{
    size_t start = forms->len, raw = S->off[e] - S->off[s];
    int attached, rc;

    attached = s > 0 && !(S->fl[s - 1] & F_SPACE) && e < S->n && !(S->fl[e] & F_SPACE);
    for (size_t k = s; k < e; k++) {
        if (S->cp[k] >= 0x80)
            goto slow;
    }
    rc = dy_buf_append(forms, S->text + S->off[s], raw);
    if (rc)
        return rc;
    goto done;
slow:
    rc = dy_norm_token(S->cp + s, e - s, attached, forms);
    if (rc)
        return rc;
done:
    *foff = start;
    *flen = (uint32_t)(forms->len - start);
    *normalised = *flen != raw || memcmp(forms->data + start, S->text + S->off[s], raw) != 0;
    return dy_buf_putc(forms, '\0');
}

static int build(struct st *S, struct dy_arena *arena, const uint8_t *brk,
                 struct dy_text_result *out)
{
    size_t i, nsplit = 0, nbrk = 0, ntok, nsent_max, k, ns = 0;
    struct dyad_token *tok;
    struct dyad_sentence *sent;
    struct dy_buf forms;
    size_t *foff;
    char *fmem;
    uint32_t para = 0, cur = 0;
    int rc = DYAD_OK;

    for (i = 0; i < S->nt; i++) {
        const struct tok1 *t = &S->t[i];
        nbrk += brk[i];
        /* An abbreviation that ends a sentence gives up its period, as
         * UD EWT writes it ("in the U.S" "."). */
        if (t->abbr && t->e - t->s > 1 && S->cp[t->e - 1] == '.' &&
            (i + 1 == S->nt || brk[i + 1]))
            nsplit++;
    }
    ntok = S->nt + nsplit;
    nsent_max = nbrk + ntok / DY_TEXT_MAX_SENT_TOKENS + 1;
    tok = dy_arena_calloc(arena, ntok ? ntok : 1, sizeof(*tok));
    sent = dy_arena_calloc(arena, nsent_max, sizeof(*sent));
    foff = dy_reallocarray(NULL, ntok ? ntok : 1, sizeof(*foff));
    if (!tok || !sent || !foff) {
        dy_free(foff);
        return DYAD_ENOMEM;
    }
    dy_buf_init(&forms, 0);
    rc = dy_buf_reserve(&forms, S->len + ntok + 16);
    k = 0;
    for (i = 0; i < S->nt && !rc; i++) {
        const struct tok1 *t = &S->t[i];
        size_t parts[3] = {t->s, t->e, t->e}, np = 1, p;

        if (t->abbr && t->e - t->s > 1 && S->cp[t->e - 1] == '.' &&
            (i + 1 == S->nt || brk[i + 1])) {
            parts[1] = t->e - 1;
            np = 2;
        }
        if (brk[i] || cur == DY_TEXT_MAX_SENT_TOKENS) {
            if (i > 0 && t->pre == PRE_PARA)
                para++;
            if (ns > 0)
                sent[ns - 1].ntokens = cur;
            sent[ns].first_token = (uint32_t)k;
            sent[ns].paragraph = para;
            sent[ns].span.start = S->off[t->s];
            ns++;
            cur = 0;
        }
        for (p = 0; p < np && !rc; p++) {
            size_t ps = parts[p], pe = parts[p + 1];
            struct dyad_token *o = &tok[k];
            int normalised = 0;
            uint32_t flags = 0;

            if (cur == DY_TEXT_MAX_SENT_TOKENS) {
                sent[ns - 1].ntokens = cur;
                sent[ns].first_token = (uint32_t)k;
                sent[ns].paragraph = para;
                sent[ns].span.start = S->off[ps];
                ns++;
                cur = 0;
            }
            rc = put_form(S, &forms, ps, pe, &foff[k], &o->form_len, &normalised);
            o->span.start = S->off[ps];
            o->span.end = S->off[pe];
            if (cur == 0)
                flags |= DYAD_TOK_SENT_START;
            if (p == 0 && (i == 0 || t->pre == PRE_PARA))
                flags |= DYAD_TOK_PARA_START;
            if (pe < S->n && (S->fl[pe] & F_SPACE))
                flags |= DYAD_TOK_SPACE_AFTER;
            if (normalised)
                flags |= DYAD_TOK_NORMALISED;
            o->flags = flags;
            sent[ns - 1].span.end = o->span.end;
            cur++;
            k++;
        }
    }
    if (ns > 0)
        sent[ns - 1].ntokens = cur;
    if (!rc) {
        fmem = dy_arena_alloc(arena, forms.len ? forms.len : 1);
        if (!fmem) {
            rc = DYAD_ENOMEM;
        } else {
            if (forms.len)
                memcpy(fmem, forms.data, forms.len);
            for (i = 0; i < k; i++)
                tok[i].form = fmem + foff[i];
        }
    }
    dy_buf_release(&forms);
    dy_free(foff);
    if (rc)
        return rc;
    out->tokens = tok;
    out->ntokens = k;
    out->sentences = sent;
    out->nsentences = ns;
    return DYAD_OK;
}

int dy_text_analyze(struct dy_arena *arena, const char *text, size_t len,
                    const struct dyad_span *skip, size_t nskip,
                    struct dy_text_result *out)
{
    struct st S;
    uint8_t *brk = NULL;
    int rc;

    if (!out)
        return DYAD_EINVAL;
    memset(out, 0, sizeof(*out));
    if (!arena || (!text && len))
        return DYAD_EINVAL;
    if (len >= UINT32_MAX)
        return DYAD_ETOOBIG;
    if (!skip)
        nskip = 0;
    memset(&S, 0, sizeof(S));
    S.text = (const unsigned char *)(text ? text : "");
    S.len = len;
    S.cp = dy_reallocarray(NULL, len + 1, sizeof(*S.cp));
    S.off = dy_reallocarray(NULL, len + 1, sizeof(*S.off));
    S.fl = dy_malloc(len + 1);
    if (!S.cp || !S.off || !S.fl) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    decode(&S, skip, nskip);
    rc = tokenize(&S);
    if (rc)
        goto done;
    brk = dy_malloc(S.nt + 1);
    if (!brk) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    segment(&S, brk);
    rc = build(&S, arena, brk, out);
    if (!rc)
        out->utf8_repaired = S.repaired;
done:
    dy_free(brk);
    dy_free(S.t);
    dy_free(S.cp);
    dy_free(S.off);
    dy_free(S.fl);
    if (rc)
        memset(out, 0, sizeof(*out));
    return rc;
}
