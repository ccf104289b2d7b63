/*
 * lexicon.c - dictionary store, token normalisation, compile and lookup
 * (module lexicon, public prefix dyad_lexicon_, internal dy_lexicon_).
 *
 * Every phrase kind (actor names, agent nouns, discards, issues) lives
 * in one token trie whose edges are a hash map from (node, token id) to
 * the child node, so a longest-match walk costs one hash probe per text
 * token.  Tokens are normalised the same way on both sides (case, dots,
 * possessive 's, plural -s) so that "U.S." = "US" and "lawmakers" =
 * "lawmaker".  Verb patterns hang off verb groups (a PETRARCH block, or
 * one head lemma of dyad's format) reached from head lemmas.  Nothing is
 * mutated after dyad_lexicon_build, which is why a lexicon can be shared
 * by threads without locks.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "lexicon/lexicon_int.h"

/* ---- hashing ------------------------------------------------------------ */

static uint32_t lx_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

static uint64_t lx_mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

static void lx_strtab_release(struct dy_lexicon_strtab *t)
{
    dy_free(t->slots);
    dy_free(t->strs);
    dy_free(t->hashes);
    memset(t, 0, sizeof(*t));
}

static int lx_strtab_grow(struct dy_lexicon_strtab *t)
{
    size_t ncap = t->cap ? t->cap * 2 : 1024;
    uint32_t *ns = dy_calloc(ncap, sizeof(*ns));
    size_t i;

    if (!ns)
        return DYAD_ENOMEM;
    for (i = 0; i < t->n; i++) {
        size_t j = t->hashes[i] & (ncap - 1);

        while (ns[j])
            j = (j + 1) & (ncap - 1);
        ns[j] = (uint32_t)i + 1;
    }
    dy_free(t->slots);
    t->slots = ns;
    t->cap = ncap;
    return DYAD_OK;
}

/* Returns the id of s[0..n) or DY_LEX_NONE. */
static uint32_t lx_strtab_find(const struct dy_lexicon_strtab *t, const char *s,
                               size_t n)
{
    uint32_t h;
    size_t j;

    if (!t->cap)
        return DY_LEX_NONE;
    h = lx_hash(s, n);
    j = h & (t->cap - 1);
    while (t->slots[j]) {
        uint32_t id = t->slots[j] - 1;

        if (t->hashes[id] == h && strncmp(t->strs[id], s, n) == 0 &&
            t->strs[id][n] == '\0')
            return id;
        j = (j + 1) & (t->cap - 1);
    }
    return DY_LEX_NONE;
}

static int lx_strtab_intern(struct dy_lexicon_strtab *t, struct dy_arena *a,
                            const char *s, size_t n, uint32_t *id)
{
    uint32_t h;
    size_t j;
    char *copy;

    *id = lx_strtab_find(t, s, n);
    if (*id != DY_LEX_NONE)
        return DYAD_OK;
    if ((t->n + 1) * 2 > t->cap && lx_strtab_grow(t))
        return DYAD_ENOMEM;
    if (t->n == t->alloc) {
        size_t na = t->alloc ? t->alloc * 2 : 1024;
        char **ns = dy_reallocarray(t->strs, na, sizeof(*ns));
        uint32_t *nh;

        if (!ns)
            return DYAD_ENOMEM;
        t->strs = ns;
        nh = dy_reallocarray(t->hashes, na, sizeof(*nh));
        if (!nh)
            return DYAD_ENOMEM;
        t->hashes = nh;
        t->alloc = na;
    }
    copy = dy_arena_strndup(a, s, n);
    if (!copy)
        return DYAD_ENOMEM;
    h = lx_hash(s, n);
    t->strs[t->n] = copy;
    t->hashes[t->n] = h;
    j = h & (t->cap - 1);
    while (t->slots[j])
        j = (j + 1) & (t->cap - 1);
    t->slots[j] = (uint32_t)t->n + 1;
    *id = (uint32_t)t->n;
    t->n++;
    return DYAD_OK;
}

static void lx_map_release(struct dy_lexicon_map *m)
{
    dy_free(m->keys);
    dy_free(m->vals);
    memset(m, 0, sizeof(*m));
}

static uint32_t lx_map_get(const struct dy_lexicon_map *m, uint64_t key)
{
    size_t j;

    if (!m->cap)
        return DY_LEX_NONE;
    j = lx_mix64(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->keys[j] == key)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return DY_LEX_NONE;
}

static int lx_map_put(struct dy_lexicon_map *m, uint64_t key, uint32_t val);

static int lx_map_grow(struct dy_lexicon_map *m)
{
    struct dy_lexicon_map n = {0};
    size_t i;

    n.cap = m->cap ? m->cap * 2 : 1024;
    n.keys = dy_calloc(n.cap, sizeof(*n.keys));
    n.vals = dy_calloc(n.cap, sizeof(*n.vals));
    if (!n.keys || !n.vals) {
        lx_map_release(&n);
        return DYAD_ENOMEM;
    }
    for (i = 0; i < m->cap; i++)
        if (m->keys[i])
            lx_map_put(&n, m->keys[i], m->vals[i]);
    lx_map_release(m);
    *m = n;
    return DYAD_OK;
}

/* Inserts or overwrites.  key must not be 0. */
static int lx_map_put(struct dy_lexicon_map *m, uint64_t key, uint32_t val)
{
    size_t j;

    if ((m->n + 1) * 2 > m->cap && lx_map_grow(m))
        return DYAD_ENOMEM;
    j = lx_mix64(key) & (m->cap - 1);
    while (m->keys[j] && m->keys[j] != key)
        j = (j + 1) & (m->cap - 1);
    if (!m->keys[j])
        m->n++;
    m->keys[j] = key;
    m->vals[j] = val;
    return DYAD_OK;
}

/* Grows a DY_LEX_ARRAY by one slot; returns its index through *i. */
/* A set member word that names another set (the set id with this bit). */
#define LX_SETREF 0x80000000u

#define LX_PUSH(core, name, i)                                              \
    lx_push((void **)&(core)->name, &(core)->n##name, &(core)->a##name,      \
            sizeof(*(core)->name), (i))

static int lx_push(void **arr, size_t *n, size_t *alloc, size_t size,
                   uint32_t *i)
{
    if (*n >= UINT32_MAX - 1)
        return DYAD_ETOOBIG;
    if (*n == *alloc) {
        size_t na = *alloc ? *alloc * 2 : 256;
        void *p = dy_reallocarray(*arr, na, size);

        if (!p)
            return DYAD_ENOMEM;
        *arr = p;
        *alloc = na;
    }
    memset((char *)*arr + *n * size, 0, size);
    *i = (uint32_t)*n;
    (*n)++;
    return DYAD_OK;
}

/* ---- normalisation -------------------------------------------------------- */

/* Function words that are also acronyms: "US" must not match the pronoun
 * "us", nor "WHO" the pronoun "who".  A one-word match on one of these
 * needs the text word in capitals (dots allowed: "U.S."). */
static const char *const lx_caps_words[] = {
    "all", "am", "an", "and", "are", "as", "at", "be", "by", "can", "do",
    "for", "he", "if", "in", "is", "it", "me", "my", "no", "not", "of",
    "on", "one", "or", "so", "to", "up", "us", "we", "who"
};

static int lx_is_caps_word(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < DY_ARRAY_LEN(lx_caps_words); i++)
        if (strlen(lx_caps_words[i]) == n && memcmp(lx_caps_words[i], s, n) == 0)
            return 1;
    return 0;
}

static int lx_all_caps(const char *s)
{
    int letters = 0;

    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        if (*s >= 'A' && *s <= 'Z')
            letters++;
    }
    return letters > 0;
}

static int lx_is_strip_punct(unsigned char c)
{
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '"' || c == ',' || c == ';' || c == ':' ||
           c == '!' || c == '?' || c == '`';
}

size_t dy_lexicon_norm(const char *tok, size_t len, char *dst)
{
    size_t i = 0, n = 0;

    while (i < len) {
        unsigned char c = (unsigned char)tok[i];

        if (c < 0x80) {
            i++;
            if (c == '.' || lx_is_strip_punct(c))
                continue;
            if (c >= 'A' && c <= 'Z') {
                c = (unsigned char)(c - 'A' + 'a');
            } else if (c == 0x27 && n == 0) {
                continue;  /* leading apostrophe */
            }
            if (n + 1 >= DY_LEX_TOKEN_MAX)
                return 0;
            dst[n++] = (char)c;
        } else {
            /* Non-ASCII: case-fold and strip accents through utf8proc,
             * one code point at a time so that nothing is allocated. */
            utf8proc_int32_t cp, out[8];
            utf8proc_ssize_t used = utf8proc_iterate((const utf8proc_uint8_t *)tok + i,
                                                     (utf8proc_ssize_t)(len - i), &cp);
            utf8proc_ssize_t k, nout;
            int boundclass = 0;

            if (used <= 0) {   /* invalid byte: keep it as it is */
                if (n + 1 >= DY_LEX_TOKEN_MAX)
                    return 0;
                dst[n++] = (char)c;
                i++;
                continue;
            }
            i += (size_t)used;
            if (cp == 0x2019 || cp == 0x2018) { /* curly apostrophes */
                if (n > 0) {
                    if (n + 1 >= DY_LEX_TOKEN_MAX)
                        return 0;
                    dst[n++] = 0x27;
                }
                continue;
            }
            if (cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2011)
                cp = '-';
            nout = utf8proc_decompose_char(cp, out, 8,
                                           UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                               UTF8PROC_STRIPMARK | UTF8PROC_COMPAT,
                                           &boundclass);
            if (nout < 0 || nout > 8) {
                out[0] = cp;
                nout = 1;
            }
            for (k = 0; k < nout; k++) {
                utf8proc_uint8_t enc[4];
                utf8proc_ssize_t el = utf8proc_encode_char(out[k], enc);

                if (n + (size_t)el + 1 >= DY_LEX_TOKEN_MAX)
                    return 0;
                memcpy(dst + n, enc, (size_t)el);
                n += (size_t)el;
            }
        }
    }
    /* Possessive: "Russia's" and "Russias'" match "Russia". */
    if (n >= 3 && dst[n - 2] == 0x27 && dst[n - 1] == 's')
        n -= 2;
    while (n > 0 && dst[n - 1] == 0x27)
        n--;
    /* Trailing hyphens come from TABARI stems written "RE-"; a trailing
     * '=' is TABARI's mark of a word without regular endings ("MOUSE="). */
    while (n > 0 && (dst[n - 1] == '-' || dst[n - 1] == '='))
        n--;
    dst[n] = '\0';
    if (n == 0)
        return 0;
    /* Plural -s: "sanctions" = "sanction", "parties" = "party".  The same
     * fold runs on dictionary words and text words, so it only has to be
     * consistent, not linguistically right. */
    if (n > 3 && dst[n - 1] == 's' && dst[n - 2] != 's' && dst[n - 2] != 'u' &&
        dst[n - 2] != 'i' && dst[n - 2] != 0x27) {
        if (n > 4 && dst[n - 2] == 'e' && dst[n - 3] == 'i') {
            dst[n - 3] = 'y';
            n -= 2;
        } else {
            n -= 1;
        }
        dst[n] = '\0';
    }
    /* -oes plurals ("embargoes", "vetoes", "heroes") keep their e after
     * the -s fold: a final "oe" of five letters or more loses its e, on
     * dictionary and text words alike ("canoe" and "canoes" both become
     * "cano"); short words ("shoe", "foe") are left alone. */
    if (n >= 5 && dst[n - 1] == 'e' && dst[n - 2] == 'o') {
        n -= 1;
        dst[n] = '\0';
    }
    return n;
}

/* ---- reporting ------------------------------------------------------------ */

int dy_lexicon_report(struct dyad_lexicon_builder *b, const char *where,
                      int code, int loaded, const char *fmt, ...)
{
    char msg[DYAD_ERRMSG_MAX];
    struct dyad_dict_diag d;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (!loaded)
        b->nrejected++;
    if (loaded) {
        if (b->cur)
            b->cur->warnings++;
        b->c.total.warnings++;
    } else if (!b->line_reported) {
        b->line_reported = 1;
        if (b->cur)
            b->cur->reported++;
    }
    if (b->echo && !loaded)
        dy_buf_printf(&b->echo->out, "# %s: %s\n", where ? where : "", msg);
    if (b->opts.on_diag) {
        d.where = where ? where : "";
        d.code = code;
        d.loaded = loaded;
        d.msg = msg;
        b->opts.on_diag(b->opts.ctx, &d);
    }
    return DYAD_OK;
}

const char *dy_lexicon_strdup(struct dyad_lexicon_builder *b, const char *s,
                              size_t n)
{
    return dy_arena_strndup(b->c.arena, s, n);
}

static int lx_strtab_intern(struct dy_lexicon_strtab *t, struct dy_arena *a,
                            const char *s, size_t n, uint32_t *id);

/* "path:12" -> (file id << 32 | 12).  Out of memory yields line 0 of an
 * unknown file, which only degrades messages. */
static uint64_t lx_loc(struct dyad_lexicon_builder *b, const char *where)
{
    const char *colon = strrchr(where, ':');
    size_t plen = colon ? (size_t)(colon - where) : strlen(where);
    long line = 0;
    uint32_t fid;

    if (colon && dy_parse_long(colon + 1, 0, 0x7fffffffL, &line))
        plen = strlen(where);
    /* Consecutive entries come from the same file: skip the hash. */
    if (b->last_fid < b->c.files.n &&
        strncmp(b->c.files.strs[b->last_fid], where, plen) == 0 &&
        b->c.files.strs[b->last_fid][plen] == '\0')
        fid = b->last_fid;
    else if (lx_strtab_intern(&b->c.files, b->c.arena, where, plen, &fid))
        return 0;
    b->last_fid = fid;
    return ((uint64_t)(fid + 1) << 32) | (uint64_t)line;
}

/* Formats a location as "path:line" into buf. */
static const char *lx_where(const struct dy_lexicon_core *c, uint64_t loc,
                            char *buf, size_t n)
{
    uint32_t fid = (uint32_t)(loc >> 32);
    uint32_t line = (uint32_t)(loc & 0xffffffffu);

    if (fid == 0 || fid > c->files.n)
        dy_snprintf(buf, n, "?");
    else if (line)
        dy_snprintf(buf, n, "%s:%u", c->files.strs[fid - 1], line);
    else
        dy_snprintf(buf, n, "%s", c->files.strs[fid - 1]);
    return buf;
}

void dy_lexicon_echo_section(struct dyad_lexicon_builder *b, const char *sec)
{
    if (!b->echo || (b->echo->section && strcmp(b->echo->section, sec) == 0))
        return;
    b->echo->section = sec;
    dy_buf_printf(&b->echo->out, "\n[%s]\n", sec);
}

void dy_lexicon_echo_line(struct dyad_lexicon_builder *b, const char *fmt, ...)
{
    va_list ap;

    if (!b->echo)
        return;
    va_start(ap, fmt);
    dy_buf_vprintf(&b->echo->out, fmt, ap);
    va_end(ap);
    dy_buf_putc(&b->echo->out, '\n');
}

/* ---- small parsers --------------------------------------------------------- */

static int lx_digits(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int lx_num(const char *s, size_t n)
{
    int v = 0;
    size_t i;

    for (i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int lx_valid_ymd(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1)
        return 0;
    return d <= mdays[m - 1];
}

int dy_lexicon_parse_date(const char *s, size_t n, int32_t *out)
{
    int y, m = 1, d = 1;

    if (n == 4 && lx_digits(s, 4)) {
        y = lx_num(s, 4);
    } else if (n == 7 && s[4] == '-' && lx_digits(s, 4) && lx_digits(s + 5, 2)) {
        y = lx_num(s, 4);
        m = lx_num(s + 5, 2);
    } else if (n == 10 && s[4] == '-' && s[7] == '-' && lx_digits(s, 4) &&
               lx_digits(s + 5, 2) && lx_digits(s + 8, 2)) {
        y = lx_num(s, 4);
        m = lx_num(s + 5, 2);
        d = lx_num(s + 8, 2);
    } else if (n == 8 && lx_digits(s, 8)) {
        y = lx_num(s, 4);
        m = lx_num(s + 4, 2);
        d = lx_num(s + 6, 2);
    } else if (n == 6 && lx_digits(s, 6)) {
        /* TABARI's YYMMDD: the dictionaries reach back to the 1930s and
         * were written before 2015, so 00-29 are 20xx and 30-99 are 19xx. */
        y = lx_num(s, 2);
        y += y < 30 ? 2000 : 1900;
        m = lx_num(s + 2, 2);
        d = lx_num(s + 4, 2);
    } else {
        return -1;
    }
    if (!lx_valid_ymd(y, m, d))
        return -1;
    *out = (int32_t)(y * 10000 + m * 100 + d);
    return 0;
}

int dy_lexicon_valid_event_code(const char *s)
{
    size_t n = strlen(s);
    const char *colon;

    if (strcmp(s, "---") == 0 || strcmp(s, "###") == 0)
        return 1;   /* no event / discard the sentence */
    colon = strchr(s, ':');
    if (colon) {
        size_t a = (size_t)(colon - s), bl = n - a - 1;

        /* PETRARCH-2 "[:190]" has no code for the active voice. */
        return (a == 0 || (a >= 2 && a <= 4 && lx_digits(s, a)) ||
                (a == 3 && strncmp(s, "---", 3) == 0)) &&
               ((bl >= 2 && bl <= 4 && lx_digits(colon + 1, bl)) ||
                (bl == 3 && strcmp(colon + 1, "---") == 0));
    }
    return n >= 2 && n <= 4 && lx_digits(s, n);
}

int dy_lexicon_valid_actor_code(const char *s)
{
    size_t i, n = strlen(s);

    if (strcmp(s, "---") == 0 || strcmp(s, "###") == 0)
        return 1;
    if (n < 3 || n >= DYAD_LEX_CODE_MAX - 8)
        return 0;
    for (i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

/* ---- adding entries --------------------------------------------------------- */

static int lx_is_sep(char c)
{
    return c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\n';
}

/* Length of the part of w[0..n) before a final "n't" clitic ("DIDN'T",
 * the stem "WON'T~", "can’t"), which the tokenizer splits off ("did"
 * "n't", "wo" "n't", "ca" "n't"), or 0 when w does not end in one.
 * Dictionary words are split the same way, so that "+DIDN'T" matches
 * the text's two tokens. */
static size_t lx_nt_part(const char *w, size_t n)
{
    size_t stem;

    if (n > 0 && (w[n - 1] == '*' || w[n - 1] == '~'))
        n--;   /* a TABARI stem: the clitic is the whole rest */
    if (n >= 4 && (w[n - 1] == 't' || w[n - 1] == 'T') && w[n - 2] == '\'' &&
        (w[n - 3] == 'n' || w[n - 3] == 'N'))
        stem = n - 3;
    else if (n >= 6 && (w[n - 1] == 't' || w[n - 1] == 'T') &&
             memcmp(w + n - 4, "\xe2\x80\x99", 3) == 0 && (w[n - 5] == 'n' || w[n - 5] == 'N'))
        stem = n - 5;
    else
        return 0;
    return isalpha((unsigned char)w[stem - 1]) ? stem : 0;
}

static const char lx_nt[] = "n't";

/* The possessive clitic of a name's word ("People's Army", "Kurdistan
 * Workers' Party"), which the tokenizer splits off ("People" "'s",
 * "Workers" "'"); the two match alike.  No normalised word starts with
 * an apostrophe (the normaliser strips a leading one), so the id is the
 * clitic's alone. */
static const char lx_poss[] = "'s";

/* Length of the part of w[0..n) before a final possessive ("'s", "’s",
 * or "'" / "’" after an s), or 0 when w does not end in one. */
static size_t lx_poss_part(const char *w, size_t n)
{
    size_t stem = 0;

    if (n >= 3 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] == '\'')
        stem = n - 2;
    else if (n >= 5 && (w[n - 1] == 's' || w[n - 1] == 'S') &&
             memcmp(w + n - 4, "\xe2\x80\x99", 3) == 0)
        stem = n - 4;
    else if (n >= 3 && w[n - 1] == '\'' && (w[n - 2] == 's' || w[n - 2] == 'S'))
        stem = n - 1;
    else if (n >= 5 && memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0 &&
             (w[n - 4] == 's' || w[n - 4] == 'S'))
        stem = n - 3;
    return stem && isalpha((unsigned char)w[stem - 1]) ? stem : 0;
}

/* Is text token w a possessive clitic the tokenizer split off ("'s",
 * "’s", "'", "’")? */
static int lx_is_poss_token(const char *w)
{
    return strcmp(w, "'s") == 0 || strcmp(w, "'S") == 0 || strcmp(w, "\xe2\x80\x99s") == 0 ||
           strcmp(w, "\xe2\x80\x99S") == 0 || strcmp(w, "'") == 0 ||
           strcmp(w, "\xe2\x80\x99") == 0;
}

/* Splits a phrase into normalised token ids (interning them). */
static size_t lx_setname(const char *name, size_t n, char *buf);

/* The token a hyphen inside a name's word becomes ("NORTH_KOREAN-BACKED"
 * -> north korean - backed): the tokenizer splits hyphenated words, so
 * names are stored split too.  No normalised word is a lone "-" (the
 * normaliser strips trailing hyphens), so the id is the hyphen's alone. */
static const char lx_hyphen[] = "-";

/* The token of a gap in a name ("PRINCE ~ DOL AMROTH", from TABARI's
 * blank between name words): up to DY_LEX_NAME_GAP text words may come
 * there ("Prince of Dol_Amroth"). */
static const char lx_gap[] = "~";
#define DY_LEX_NAME_GAP 3

/* Is text token w a hyphen the tokenizer split off ("-", U+2010,
 * U+2011), as dy_text splits "Jong-un"? */
static int lx_is_hyphen_token(const char *w)
{
    return strcmp(w, "-") == 0 || strcmp(w, "\xe2\x80\x90") == 0 ||
           strcmp(w, "\xe2\x80\x91") == 0;
}

/* Length of the part of w[0..n) before its next inner hyphen (one with a
 * character other than '-' on both sides), n when there is none. */
static size_t lx_hyphen_part(const char *w, size_t n)
{
    for (size_t k = 1; k + 1 < n; k++)
        if (w[k] == '-' && w[k - 1] != '-' && w[k + 1] != '-')
            return k;
    return n;
}

/* Interns one word of a phrase (a TABARI stem "ERIADOR*" as "eriador*");
 * *id = DY_LEX_NONE when nothing matchable is left. */
static int lx_word_id(struct dyad_lexicon_builder *b, const char *s, size_t n, uint32_t *id)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t len;

    *id = DY_LEX_NONE;
    if (n > 1 && s[n - 1] == '*') {
        /* matches any text word it prefixes ("Eriadori", "Eriadorian") */
        len = dy_lexicon_norm(s, n - 1, buf);
        if (len == 0 || len + 1 >= sizeof(buf))
            return DYAD_OK;
        buf[len++] = '*';
        b->c.name_stems = 1;
    } else {
        len = dy_lexicon_norm(s, n, buf);
    }
    return len ? lx_strtab_intern(&b->c.toks, b->c.arena, buf, len, id) : DYAD_OK;
}

/* Appends the fixed token tok (the hyphen, the gap, "n't") to ids[]. */
static int lx_push_tok(struct dyad_lexicon_builder *b, const char *tok, uint32_t *ids, size_t cap,
                       size_t *n)
{
    int rc;

    if (*n == cap)
        return DYAD_ETOOBIG;
    rc = lx_strtab_intern(&b->c.toks, b->c.arena, tok, strlen(tok), &ids[*n]);
    if (rc == DYAD_OK)
        (*n)++;
    return rc;
}

static int lx_phrase_tokens(struct dyad_lexicon_builder *b, const char *phrase,
                            uint32_t *ids, size_t cap, size_t *nids, int sets)
{
    const char *p = phrase;
    size_t n = 0;

    *nids = 0;
    while (*p) {
        const char *s, *wend;
        char buf[DY_LEX_TOKEN_MAX];
        size_t len, nt, poss;

        while (*p && lx_is_sep(*p))
            p++;
        if (!*p)
            break;
        s = p;
        while (*p && !lx_is_sep(*p))
            p++;
        if (sets && *s == '&' && p - s > 1) {
            /* a set named inside a set member ("+&TIETYPES_MEMOS"): a
             * reference, matched by any member of that set */
            uint32_t id;
            len = lx_setname(s + 1, (size_t)(p - s - 1), buf);
            id = len ? lx_strtab_find(&b->c.setnames, buf, len) : DY_LEX_NONE;
            if (id != DY_LEX_NONE && id < b->c.nsynsets) {
                if (n == cap)
                    return DYAD_ETOOBIG;
                ids[n++] = LX_SETREF | id;
                continue;
            }
        }
        if (p - s == 1 && *s == '~') {
            int rc;

            if (n == 0 || n == cap)   /* never first; the last is dropped below */
                continue;
            rc = lx_push_tok(b, lx_gap, ids, cap, &n);
            if (rc)
                return rc;
            continue;
        }
        /* A name's word is matched as the tokenizer splits it: its parts
         * with a hyphen token between them, and a final "n't" apart.
         * Set members are matched word for word against the text and
         * keep their hyphens. */
        nt = lx_nt_part(s, (size_t)(p - s));
        poss = nt || sets ? 0 : lx_poss_part(s, (size_t)(p - s));
        wend = nt ? s + nt : poss ? s + poss : p;
        for (const char *q = s, *prev = NULL; q < wend;) {
            size_t part = sets ? (size_t)(wend - q) : lx_hyphen_part(q, (size_t)(wend - q));
            uint32_t id;
            int rc;

            if (prev) {   /* the hyphen between two matchable parts */
                rc = lx_push_tok(b, lx_hyphen, ids, cap, &n);
                if (rc)
                    return rc;
            }
            rc = lx_word_id(b, q, part, &id);
            if (rc)
                return rc;
            if (id != DY_LEX_NONE) {
                if (n == cap)
                    return DYAD_ETOOBIG;
                ids[n++] = id;
                prev = q;
            } else if (prev && n > 0) {
                n--;   /* no hyphen after the last word */
                prev = NULL;
            }
            q += part + (q + part < wend);
        }
        if (nt || poss) {
            int rc = lx_push_tok(b, nt ? lx_nt : lx_poss, ids, cap, &n);
            if (rc)
                return rc;
        }
    }
    if (n > 0 && lx_strtab_find(&b->c.toks, lx_gap, 1) == ids[n - 1])
        n--;   /* a gap at the end gaps nothing */
    *nids = n;
    return DYAD_OK;
}

int dy_lexicon_add_name(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t lexkind, uint32_t idx, const char *phrase)
{
    uint32_t ids[DYAD_DICT_MAX_NAME_TOKENS];
    size_t n, i;
    uint32_t node = 0, v;
    int rc;

    rc = lx_phrase_tokens(b, phrase, ids, DY_ARRAY_LEN(ids), &n, 0);
    if (rc == DYAD_ETOOBIG)
        return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0,
                                 "name '%.80s' has more than %d words", phrase,
                                 DYAD_DICT_MAX_NAME_TOKENS);
    if (rc)
        return rc;
    if (n == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "name '%.80s' has no matchable word", phrase);
    if (b->c.nnodes == 0) {
        rc = LX_PUSH(&b->c, nodes, &node);
        if (rc)
            return rc;
        b->c.nodes[0] = DY_LEX_NONE;
    }
    node = 0;
    for (i = 0; i < n; i++) {
        uint64_t key = ((uint64_t)node << 32) | ((uint64_t)ids[i] + 1);
        uint32_t child = lx_map_get(&b->c.edges, key);

        if (child == DY_LEX_NONE) {
            rc = LX_PUSH(&b->c, nodes, &child);
            if (rc)
                return rc;
            b->c.nodes[child] = DY_LEX_NONE;
            rc = lx_map_put(&b->c.edges, key, child);
            if (rc)
                return rc;
        }
        node = child;
    }
    rc = LX_PUSH(&b->c, vals, &v);
    if (rc)
        return rc;
    b->c.vals[v].kind = lexkind;
    b->c.vals[v].idx = idx;
    b->c.vals[v].alias = dy_lexicon_strdup(b, phrase, strlen(phrase));
    b->c.vals[v].loc = lx_loc(b, where);
    if (!b->c.vals[v].alias)
        return DYAD_ENOMEM;
    /* Append so that the first-loaded entry stays first. */
    b->c.vals[v].next = DY_LEX_NONE;
    if (b->c.nodes[node] == DY_LEX_NONE) {
        b->c.nodes[node] = v;
    } else {
        uint32_t t = b->c.nodes[node];

        while (b->c.vals[t].next != DY_LEX_NONE)
            t = b->c.vals[t].next;
        b->c.vals[t].next = v;
    }
    if (lexkind == DYAD_LEX_ACTOR) {
        b->c.total.names++;
        if (b->cur)
            b->cur->names++;
    }
    return DYAD_OK;
}

int dy_lexicon_add_actor(struct dyad_lexicon_builder *b, const char *where,
                         uint32_t kind, const char *name, uint32_t *id)
{
    struct dy_lexicon_actor *a;
    int rc = LX_PUSH(&b->c, actors, id);

    if (rc)
        return rc;
    a = &b->c.actors[*id];
    a->name = dy_lexicon_strdup(b, name, strlen(name));
    a->loc = lx_loc(b, where);
    if (!a->name)
        return DYAD_ENOMEM;
    a->kind = kind;
    a->role0 = (uint32_t)b->c.nroles;
    a->nroles = 0;
    b->c.total.actors++;
    if (b->cur)
        b->cur->actors++;
    return DYAD_OK;
}

int dy_lexicon_add_role(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t actor, const char *code, int32_t from,
                        int32_t to, const char *note)
{
    struct dy_lexicon_actor *a = &b->c.actors[actor];
    struct dy_lexicon_role *r;
    uint32_t i;
    int rc;

    if (!dy_lexicon_valid_actor_code(code))
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad actor code '%.40s'", code);
    if (from && to && to <= from)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "role %s ends (%d) before it starts (%d)", code,
                                 (int)to, (int)from);
    if (a->nroles >= DY_LEX_MAX_ROLES)
        return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0,
                                 "more than %d roles for one actor", DY_LEX_MAX_ROLES);
    /* Roles of one actor are contiguous: they are added right after the
     * actor, before the next actor starts. */
    if (a->role0 + a->nroles != b->c.nroles)
        return dy_lexicon_report(b, where, DYAD_EINTERNAL, 0,
                                 "role added out of order");
    rc = LX_PUSH(&b->c, roles, &i);
    if (rc)
        return rc;
    r = &b->c.roles[i];
    r->code = dy_lexicon_strdup(b, code, strlen(code));
    r->note = note ? dy_lexicon_strdup(b, note, strlen(note)) : NULL;
    if (!r->code)
        return DYAD_ENOMEM;
    r->from = from;
    r->to = to;
    r->joint = 0;
    a->nroles++;
    b->c.total.roles++;
    if (b->cur)
        b->cur->roles++;
    return DYAD_OK;
}

int dy_lexicon_add_agent(struct dyad_lexicon_builder *b, const char *where,
                         const char *phrase, const char *code, int before)
{
    uint32_t i;
    size_t nrep = b->nrejected;
    int rc;

    if (!dy_lexicon_valid_actor_code(code))
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad agent code '%.40s'", code);
    rc = LX_PUSH(&b->c, agents, &i);
    if (rc)
        return rc;
    b->c.agents[i].name = dy_lexicon_strdup(b, phrase, strlen(phrase));
    b->c.agents[i].code = dy_lexicon_strdup(b, code, strlen(code));
    b->c.agents[i].loc = lx_loc(b, where);
    b->c.agents[i].before = before;
    rc = dy_lexicon_add_name(b, where, DYAD_LEX_AGENT, i, phrase);
    if (rc)
        return rc;
    if (b->nrejected != nrep) {
        b->c.nagents--;    /* the name was rejected: drop the entry */
        return DYAD_OK;
    }
    b->c.total.agents++;
    if (b->cur)
        b->cur->agents++;
    return DYAD_OK;
}

static int lx_add_phrase(struct dyad_lexicon_builder *b, const char *where,
                         uint32_t kind, const char *phrase, const char *code,
                         int story)
{
    struct dy_lexicon_phrase *ph;
    uint32_t i;
    size_t nrep = b->nrejected;
    int rc;

    if (kind == DYAD_LEX_DISCARD)
        rc = LX_PUSH(&b->c, discards, &i);
    else
        rc = LX_PUSH(&b->c, issues, &i);
    if (rc)
        return rc;
    ph = kind == DYAD_LEX_DISCARD ? &b->c.discards[i] : &b->c.issues[i];
    ph->text = dy_lexicon_strdup(b, phrase, strlen(phrase));
    ph->code = code ? dy_lexicon_strdup(b, code, strlen(code)) : NULL;
    ph->loc = lx_loc(b, where);
    ph->story = story;
    rc = dy_lexicon_add_name(b, where, kind, i, phrase);
    if (rc)
        return rc;
    if (b->nrejected != nrep) {
        if (kind == DYAD_LEX_DISCARD)
            b->c.ndiscards--;
        else
            b->c.nissues--;
        return DYAD_OK;
    }
    if (kind == DYAD_LEX_DISCARD) {
        b->c.total.discards++;
        if (b->cur)
            b->cur->discards++;
    } else {
        b->c.total.issues++;
        if (b->cur)
            b->cur->issues++;
    }
    return DYAD_OK;
}

int dy_lexicon_add_discard(struct dyad_lexicon_builder *b, const char *where,
                           const char *phrase, int story)
{
    return lx_add_phrase(b, where, DYAD_LEX_DISCARD, phrase, NULL, story);
}

int dy_lexicon_add_issue(struct dyad_lexicon_builder *b, const char *where,
                         const char *phrase, const char *code)
{
    return lx_add_phrase(b, where, DYAD_LEX_ISSUE, phrase, code, 0);
}

/* Synonym-set names: PETRARCH defines "&MILITARY_" and refers to
 * "&MILITARY", so trailing underscores do not count. */
static size_t lx_setname(const char *name, size_t n, char *buf)
{
    while (n > 0 && name[n - 1] == '_')
        n--;
    return n ? dy_lexicon_norm(name, n, buf) : 0;
}

int dy_lexicon_add_synset(struct dyad_lexicon_builder *b, const char *where,
                          const char *name, uint32_t *id)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t n;
    uint32_t sid;
    int rc;

    n = lx_setname(name, strlen(name), buf);
    if (n == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0, "empty synonym-set name");
    rc = lx_strtab_intern(&b->c.setnames, b->c.arena, buf, n, &sid);
    if (rc)
        return rc;
    if (sid < b->c.nsynsets) {
        /* Re-opening a set adds to it: PETRARCH files repeat &PREPOSIT1_. */
        *id = sid;
        return DYAD_OK;
    }
    rc = LX_PUSH(&b->c, synsets, id);
    if (rc)
        return rc;
    b->c.synsets[*id].name = b->c.setnames.strs[sid];
    b->c.synsets[*id].loc = lx_loc(b, where);
    b->c.synsets[*id].first = DY_LEX_NONE;
    b->c.total.synsets++;
    if (b->cur)
        b->cur->synsets++;
    return DYAD_OK;
}

int dy_lexicon_add_member(struct dyad_lexicon_builder *b, const char *where,
                          uint32_t set, const char *phrase)
{
    uint32_t ids[DYAD_DICT_MAX_NAME_TOKENS];
    size_t n, k;
    uint32_t m, t;
    int rc;

    if (b->c.synsets[set].nmembers >= DY_LEX_MAX_MEMBERS)
        return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0,
                                 "more than %d members in one set", DY_LEX_MAX_MEMBERS);
    rc = lx_phrase_tokens(b, phrase, ids, DY_ARRAY_LEN(ids), &n, 1);
    if (rc == DYAD_ETOOBIG)
        return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0, "member too long");
    if (rc)
        return rc;
    if (n == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "set member '%.60s' has no matchable word", phrase);
    for (k = 0; k < n; k++)
        if (ids[k] == (LX_SETREF | set))
            return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                     "set member '%.60s' names its own set", phrase);
    for (k = 0; k < n; k++) {
        const char *w = (ids[k] & LX_SETREF) ? NULL : b->c.toks.strs[ids[k]];
        if (w && w[0] && w[strlen(w) - 1] == '*')
            b->c.word_stems = 1;   /* a TABARI stem ("YENNYEN" matches "yennyener") */
        if (w && strcmp(w, lx_gap) == 0)
            b->c.member_gaps = 1;
    }
    rc = LX_PUSH(&b->c, members, &m);
    if (rc)
        return rc;
    b->c.members[m].tok0 = (uint32_t)b->c.nseqtoks;
    b->c.members[m].ntok = (uint32_t)n;
    for (k = 0; k < n; k++) {
        rc = LX_PUSH(&b->c, seqtoks, &t);
        if (rc)
            return rc;
        b->c.seqtoks[t] = ids[k];
    }
    b->c.members[m].next = b->c.synsets[set].first;
    b->c.synsets[set].first = m;
    b->c.synsets[set].nmembers++;
    b->c.total.members++;
    if (b->cur)
        b->cur->members++;
    return DYAD_OK;
}

int dy_lexicon_add_group(struct dyad_lexicon_builder *b, const char *where,
                         const char *name, const char *code, uint32_t *id)
{
    struct dy_lexicon_group *g;
    int rc;

    if (code && !dy_lexicon_valid_event_code(code))
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad CAMEO code '%.40s'", code);
    rc = LX_PUSH(&b->c, groups, id);
    if (rc)
        return rc;
    g = &b->c.groups[*id];
    g->name = dy_lexicon_strdup(b, name, strlen(name));
    g->code = code ? dy_lexicon_strdup(b, code, strlen(code)) : NULL;
    g->loc = lx_loc(b, where);
    g->first = g->last = DY_LEX_NONE;
    return g->name ? DYAD_OK : DYAD_ENOMEM;
}

int dy_lexicon_group_for(struct dyad_lexicon_builder *b, const char *where,
                         const char *name, uint32_t *id)
{
    char key[DY_LEX_TOKEN_MAX + 8];
    uint32_t sid, gid;
    int rc;

    /* dyad's format: one group per head lemma (synonym-set ids must stay
     * equal to their setnames ids, hence a table of their own). */
    dy_snprintf(key, sizeof(key), "=%s", name);
    rc = lx_strtab_intern(&b->c.groupnames, b->c.arena, key, strlen(key), &sid);
    if (rc)
        return rc;
    gid = lx_map_get(&b->c.groupidx, (uint64_t)sid + 1);
    if (gid != DY_LEX_NONE) {
        *id = gid;
        return DYAD_OK;
    }
    rc = dy_lexicon_add_group(b, where, name, NULL, id);
    if (rc)
        return rc;
    rc = lx_map_put(&b->c.groupidx, (uint64_t)sid + 1, *id);
    if (rc)
        return rc;
    return dy_lexicon_add_head(b, where, *id, name, NULL, 0);
}

int dy_lexicon_add_head(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t group, const char *lemma, const char *code,
                        int prefix)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t n;
    uint32_t tok, h, first;
    struct dy_lexicon_map *m = prefix ? &b->c.heads_prefix : &b->c.heads_exact;
    int rc;

    if (code && !dy_lexicon_valid_event_code(code))
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad CAMEO code '%.40s'", code);
    n = dy_lexicon_norm(lemma, strlen(lemma), buf);
    if (n == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0, "empty verb '%.40s'", lemma);
    rc = lx_strtab_intern(&b->c.toks, b->c.arena, buf, n, &tok);
    if (rc)
        return rc;
    rc = LX_PUSH(&b->c, heads, &h);
    if (rc)
        return rc;
    b->c.heads[h].tok = tok;
    b->c.heads[h].group = group;
    b->c.heads[h].code = code ? dy_lexicon_strdup(b, code, strlen(code)) : NULL;
    b->c.heads[h].loc = lx_loc(b, where);
    b->c.heads[h].prefix = prefix;
    first = lx_map_get(m, (uint64_t)tok + 1);
    b->c.heads[h].next = first;
    rc = lx_map_put(m, (uint64_t)tok + 1, h);
    if (rc)
        return rc;
    b->c.total.verbs++;
    if (b->cur)
        b->cur->verbs++;
    return DYAD_OK;
}

static int lx_push_elem(struct dyad_lexicon_builder *b, uint32_t type, uint32_t id)
{
    uint32_t e;
    int rc = LX_PUSH(&b->c, elems, &e);

    if (rc)
        return rc;
    b->c.elems[e].type = type;
    b->c.elems[e].id = id;
    b->c.elems[e].adj = 0;
    return DYAD_OK;
}

/* Parses one pattern word into elements; returns DYAD_EDICT on an
 * unknown synset (reported by the caller). */
static int lx_pattern_word(struct dyad_lexicon_builder *b, const char *w,
                           size_t n, uint32_t *nelem, int *words,
                           const char **bad)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t len;
    uint32_t id;
    int rc;

    if (n == 1 && (w[0] == '$' || w[0] == '+' || w[0] == '^' || w[0] == '%')) {
        uint32_t t = w[0] == '$' ? DY_EL_SOURCE : w[0] == '+' ? DY_EL_TARGET
                   : w[0] == '^' ? DY_EL_SKIP : DY_EL_ANY;

        rc = lx_push_elem(b, t, 0);
        if (rc)
            return rc;
        (*nelem)++;
        return DYAD_OK;
    }
    if (w[0] == '&') {
        len = lx_setname(w + 1, n - 1, buf);
        id = len ? lx_strtab_find(&b->c.setnames, buf, len) : DY_LEX_NONE;
        if (id == DY_LEX_NONE || id >= b->c.nsynsets) {
            *bad = w;
            return DYAD_EDICT;
        }
        rc = lx_push_elem(b, DY_EL_SET, id);
        if (rc)
            return rc;
        (*nelem)++;
        (*words)++;
        return DYAD_OK;
    }
    if (n > 1 && w[n - 1] == '~') {
        /* TABARI "REAL~": a stem ("really", "real") */
        len = dy_lexicon_norm(w, n - 1, buf);
        if (len == 0 || len + 1 >= sizeof(buf))
            return DYAD_OK;
        buf[len++] = '*';
        b->c.word_stems = 1;
    } else if (n > 1 && w[n - 1] == '=') {
        len = dy_lexicon_norm(w, n - 1, buf);   /* "IN=": the word, adjacent */
    } else if (lx_hyphen_part(w, n) < n) {
        /* "cease-fire", "free-trade": the tokenizer splits the text's word
         * at the hyphen and the coder's verb window holds the parts, so the
         * pattern holds them too ("a free-trade pact" and "a free trade
         * pact" alike) */
        size_t part = lx_hyphen_part(w, n);
        rc = lx_pattern_word(b, w, part, nelem, words, bad);
        return rc ? rc : lx_pattern_word(b, w + part + 1, n - part - 1, nelem, words, bad);
    } else {
        len = dy_lexicon_norm(w, n, buf);
    }
    if (len == 0)
        return DYAD_OK;   /* punctuation only: nothing to match */
    rc = lx_strtab_intern(&b->c.toks, b->c.arena, buf, len, &id);
    if (rc)
        return rc;
    rc = lx_push_elem(b, DY_EL_WORD, id);
    if (rc)
        return rc;
    (*nelem)++;
    (*words)++;
    return DYAD_OK;
}

int dy_lexicon_add_pattern(struct dyad_lexicon_builder *b, const char *where,
                           uint32_t group, const char *text, const char *code)
{
    struct dy_lexicon_pattern *p;
    struct dy_lexicon_group *g = &b->c.groups[group];
    size_t start_elems = b->c.nelems;
    uint32_t pi, nelem = 0, star = DY_LEX_NONE, i;
    int words = 0, rc;
    const char *s = text, *bad = NULL;

    if (code && !dy_lexicon_valid_event_code(code))
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad CAMEO code '%.40s'", code);
    while (*s) {
        const char *w;
        size_t nt;

        while (*s && lx_is_sep(*s))
            s++;
        if (!*s)
            break;
        if (*s == '{' && strchr(s, '|') && strchr(s, '}') > strchr(s, '|')) {
            /* TABARI alternatives "{ A | B }": an anonymous synonym set. */
            const char *end = strchr(s, '}');
            char name[64];
            uint32_t set;

            dy_snprintf(name, sizeof(name), "{alt%zu}", b->c.nsynsets);
            rc = dy_lexicon_add_synset(b, where, name, &set);
            if (rc)
                return rc;
            s++;
            while (s < end) {
                const char *a = s;
                char *alt;

                while (s < end && *s != '|')
                    s++;
                alt = dy_strndup(a, (size_t)(s - a));
                if (!alt)
                    return DYAD_ENOMEM;
                rc = dy_lexicon_add_member(b, where, set, alt);
                dy_free(alt);
                if (rc)
                    return rc;
                if (s < end)
                    s++;
            }
            s = end + 1;
            rc = lx_push_elem(b, DY_EL_SET, set);
            if (rc)
                return rc;
            if (s[0] == '=' && s[1] == '_') {   /* "}=_WORD": the word right after */
                b->c.elems[b->c.nelems - 1].adj = 1;
                s++;
            }
            nelem++;
            words++;
            continue;
        }
        w = s;
        if (*s == '&') {
            /* a set name may contain '_' ("&FIGHT_OF_WORDS") */
            while (*s && *s != ' ' && *s != '\t')
                s++;
        } else {
            while (*s && !lx_is_sep(*s))
                s++;
        }
        if (s - w == 1 && *w == '*') {
            if (star != DY_LEX_NONE) {
                b->c.nelems = start_elems;
                return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                         "pattern '%.80s' has two '*'", text);
            }
            star = nelem;
            continue;
        }
        /* "WON'T" is two words, "wo" "n't", as the tokenizer splits it */
        nt = *w == '&' ? 0 : lx_nt_part(w, (size_t)(s - w));
        if (nelem + (nt != 0) >= DY_LEX_MAX_ELEMS) {
            b->c.nelems = start_elems;
            return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0,
                                     "pattern has more than %d elements",
                                     DY_LEX_MAX_ELEMS);
        }
        {
            size_t before = b->c.nelems;

            if (nt) {
                rc = lx_pattern_word(b, w, nt, &nelem, &words, &bad);
                if (rc == DYAD_OK)
                    rc = lx_pattern_word(b, lx_nt, 3, &nelem, &words, &bad);
            } else {
                rc = lx_pattern_word(b, w, (size_t)(s - w), &nelem, &words, &bad);
            }
            /* "REAL~_PLEASANT": TABARI's connector, no word between */
            if (rc == DYAD_OK && b->c.nelems > before && s - w > 1 &&
                (s[-1] == '~' || s[-1] == '=') && *s == '_')
                b->c.elems[b->c.nelems - 1].adj = 1;
        }
        if (rc == DYAD_EDICT) {
            b->c.nelems = start_elems;
            return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                     "unknown synonym set '%.*s'",
                                     (int)(s - bad), bad);
        }
        if (rc)
            return rc;
    }
    rc = LX_PUSH(&b->c, patterns, &pi);
    if (rc)
        return rc;
    p = &b->c.patterns[pi];
    g = &b->c.groups[group];
    p->text = dy_lexicon_strdup(b, text, strlen(text));
    p->code = code ? dy_lexicon_strdup(b, code, strlen(code)) : NULL;
    p->loc = lx_loc(b, where);
    p->group = group;
    if (star == DY_LEX_NONE)
        star = 0;
    p->pre0 = (uint32_t)start_elems;
    p->npre = star;
    p->post0 = (uint32_t)start_elems + star;
    p->npost = nelem - star;
    p->words = words;
    p->slots = 0;
    for (i = 0; i < nelem; i++)
        if (b->c.elems[start_elems + i].type != DY_EL_WORD &&
            b->c.elems[start_elems + i].type != DY_EL_SET)
            p->slots++;
    p->seq = b->seq++;
    p->next = DY_LEX_NONE;
    if (g->npatterns >= DY_LEX_MAX_HEAD_PATTERNS) {
        b->c.npatterns--;
        b->c.nelems = start_elems;
        return dy_lexicon_report(b, where, DYAD_ETOOBIG, 0,
                                 "more than %d patterns for '%s'",
                                 DY_LEX_MAX_HEAD_PATTERNS, g->name);
    }
    if (g->last == DY_LEX_NONE)
        g->first = pi;
    else
        b->c.patterns[g->last].next = pi;
    g->last = pi;
    g->npatterns++;
    b->c.total.patterns++;
    if (b->cur)
        b->cur->patterns++;
    return DYAD_OK;
}

int dy_lexicon_set_default(struct dyad_lexicon_builder *b, const char *where,
                           const char *role, const char *code, int first)
{
    int target = strcmp(role, "target") == 0;
    const char *dup;

    if (!target && strcmp(role, "source") != 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "default '%.40s': expected 'source' or 'target'", role);
    if (!dy_lexicon_valid_actor_code(code) || strcmp(code, "###") == 0 ||
        strcmp(code, "---") == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "default %s code '%.40s' is not an actor code", role, code);
    if (first && !target)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "'after' applies to the default target only");
    dup = dy_lexicon_strdup(b, code, strlen(code));
    if (!dup)
        return DYAD_ENOMEM;
    if (target) {
        b->c.default_target = dup;
        b->c.default_target_first = first;
    } else {
        b->c.default_source = dup;
    }
    dy_lexicon_echo_section(b, "defaults");
    dy_lexicon_echo_line(b, "%s : %s%s", role, code, first ? " after" : "");
    return DYAD_OK;
}

void dyad_lexicon_default_actors(const struct dyad_lexicon *lx, const char **source,
                                 const char **target, int *target_first)
{
    if (source)
        *source = lx ? lx->c.default_source : NULL;
    if (target)
        *target = lx ? lx->c.default_target : NULL;
    if (target_first)
        *target_first = lx ? lx->c.default_target_first : 0;
}

int dy_lexicon_add_cameo(struct dyad_lexicon_builder *b, const char *where,
                         const char *code, int quad, double goldstein,
                         const char *plover, const char *name)
{
    struct dy_lexicon_cameo_row *r;
    uint32_t sid, i;
    int rc;

    if (!dy_lexicon_valid_event_code(code) || strchr(code, ':') ||
        strcmp(code, "---") == 0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "bad CAMEO code '%.40s'", code);
    if (quad < 1 || quad > 4)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "QuadClass %d is not 1..4", quad);
    if (goldstein < -10.0 || goldstein > 10.0)
        return dy_lexicon_report(b, where, DYAD_EDICT, 0,
                                 "Goldstein value %.1f is outside -10..10", goldstein);
    rc = lx_strtab_intern(&b->c.cameo_codes, b->c.arena, code, strlen(code), &sid);
    if (rc)
        return rc;
    if (lx_map_get(&b->c.cameo_idx, (uint64_t)sid + 1) != DY_LEX_NONE)
        return dy_lexicon_report(b, where, DYAD_EDUPLICATE, 0,
                                 "CAMEO code %s defined twice", code);
    rc = LX_PUSH(&b->c, cameo, &i);
    if (rc)
        return rc;
    r = &b->c.cameo[i];
    r->pub.code = b->c.cameo_codes.strs[sid];
    r->pub.name = dy_lexicon_strdup(b, name, strlen(name));
    r->pub.plover = dy_lexicon_strdup(b, plover, strlen(plover));
    r->pub.root = (code[0] - '0') * 10 + (code[1] - '0');
    r->pub.quad = quad;
    r->pub.goldstein = goldstein;
    r->loc = lx_loc(b, where);
    rc = lx_map_put(&b->c.cameo_idx, (uint64_t)sid + 1, i);
    if (rc)
        return rc;
    b->c.total.codes++;
    if (b->cur)
        b->cur->codes++;
    return DYAD_OK;
}

/* ---- builder lifecycle -------------------------------------------------------- */

static void lx_core_release(struct dy_lexicon_core *c)
{
    dy_arena_free(c->arena);
    lx_strtab_release(&c->toks);
    lx_strtab_release(&c->files);
    lx_strtab_release(&c->setnames);
    lx_strtab_release(&c->groupnames);
    lx_strtab_release(&c->cameo_codes);
    lx_map_release(&c->edges);
    lx_map_release(&c->heads_exact);
    lx_map_release(&c->heads_prefix);
    lx_map_release(&c->cameo_idx);
    lx_map_release(&c->groupidx);
    dy_free(c->nodes);
    dy_free(c->vals);
    dy_free(c->actors);
    dy_free(c->roles);
    dy_free(c->agents);
    dy_free(c->discards);
    dy_free(c->issues);
    dy_free(c->patterns);
    dy_free(c->elems);
    dy_free(c->groups);
    dy_free(c->heads);
    dy_free(c->synsets);
    dy_free(c->members);
    dy_free(c->seqtoks);
    dy_free(c->cameo);
    memset(c, 0, sizeof(*c));
}

static int lx_core_init(struct dy_lexicon_core *c)
{
    memset(c, 0, sizeof(*c));
    c->arena = dy_arena_new(1 << 16);
    return c->arena ? DYAD_OK : DYAD_ENOMEM;
}

int dyad_lexicon_builder_new(const struct dyad_lexicon_options *opts,
                             struct dyad_lexicon_builder **out)
{
    struct dyad_lexicon_builder *b;

    *out = NULL;
    b = dy_calloc(1, sizeof(*b));
    if (!b)
        return DYAD_ENOMEM;
    if (opts)
        b->opts = *opts;
    if (lx_core_init(&b->c)) {
        dy_free(b);
        return DYAD_ENOMEM;
    }
    *out = b;
    return DYAD_OK;
}

void dyad_lexicon_builder_free(struct dyad_lexicon_builder *b)
{
    if (!b)
        return;
    lx_core_release(&b->c);
    dy_free(b);
}

void dyad_lexicon_free(struct dyad_lexicon *lx)
{
    if (!lx)
        return;
    lx_core_release(&lx->c);
    dy_free(lx);
}

const char *dyad_dict_format_name(enum dyad_dict_format f)
{
    switch (f) {
    case DYAD_DICT_AUTO: return "auto";
    case DYAD_DICT_DYAD: return "dyad";
    case DYAD_DICT_ACTORS: return "actors";
    case DYAD_DICT_AGENTS: return "agents";
    case DYAD_DICT_VERBS_TABARI: return "tabari-verbs";
    case DYAD_DICT_VERBS_PETR1: return "petrarch1-verbs";
    case DYAD_DICT_VERBS_PETR2: return "petrarch2-verbs";
    case DYAD_DICT_DISCARDS: return "discards";
    case DYAD_DICT_ISSUES: return "issues";
    case DYAD_DICT_WORDLIST: return "wordlist";
    }
    return "unknown";
}

int dy_lexicon_slurp(const char *path, char **out, size_t *len,
                     struct dyad_error *err)
{
    struct dy_buf buf;
    char chunk[65536];
    FILE *f;
    size_t n;

    *out = NULL;
    *len = 0;
    f = fopen(path, "rb");
    if (!f)
        return dy_error(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                        "cannot open dictionary: %s", strerror(errno));
    dy_buf_init(&buf, (size_t)64 << 20);
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        int rc = dy_buf_append(&buf, chunk, n);

        if (rc) {
            fclose(f);
            dy_buf_release(&buf);
            return dy_error(err, rc, path, "dictionary larger than 64 MiB");
        }
    }
    if (ferror(f)) {
        fclose(f);
        dy_buf_release(&buf);
        return dy_error(err, DYAD_EIO, path, "read error");
    }
    fclose(f);
    *out = dy_buf_detach(&buf, len);
    return *out ? DYAD_OK : dy_error(err, DYAD_ENOMEM, path, "out of memory");
}

static int lx_load_text(struct dyad_lexicon_builder *b, const char *name,
                        const char *text, size_t len, enum dyad_dict_format fmt,
                        struct dyad_dict_stats *stats, struct dyad_error *err)
{
    struct dyad_dict_stats local;
    struct dyad_dict_stats *saved = b->cur;
    int rc;

    memset(&local, 0, sizeof(local));
    b->last_fid = UINT32_MAX;
    if (fmt == DYAD_DICT_AUTO) {
        fmt = dy_lexicon_sniff(name, text, len);
        if (fmt == DYAD_DICT_AUTO) {
            rc = dy_error(err, DYAD_EFORMAT, name,
                          "not a dictionary in any format dyad reads");
            dy_lexicon_report(b, name, DYAD_EFORMAT, 0,
                              "not a dictionary in any format dyad reads");
            return rc;
        }
    }
    b->cur = &local;
    if (fmt == DYAD_DICT_DYAD)
        rc = dy_lexicon_read_dyad(b, name, text, len, err);
    else
        rc = dy_lexicon_read_field(b, name, text, len, fmt, err);
    b->cur = saved;
    b->c.total.lines += local.lines;
    b->c.total.ignored += local.ignored;
    b->c.total.loaded += local.loaded;
    b->c.total.reported += local.reported;
    b->c.total.transforms += local.transforms;
    b->c.total.words += local.words;
    if (saved) {
        /* An included file counts in its includer's totals too. */
        size_t *dst = (size_t *)saved, *src = (size_t *)&local;
        size_t i;

        for (i = 0; i < sizeof(local) / sizeof(size_t); i++)
            dst[i] += src[i];
    }
    if (stats)
        *stats = local;
    return rc;
}

int dyad_lexicon_builder_load_text(struct dyad_lexicon_builder *b,
                                   const char *name, const char *text,
                                   size_t len, enum dyad_dict_format fmt,
                                   struct dyad_dict_stats *stats,
                                   struct dyad_error *err)
{
    char *copy;
    int rc;

    if (!b || !name || (!text && len))
        return dy_error(err, DYAD_EINVAL, NULL, "NULL argument");
    /* Readers want a NUL-terminated buffer. */
    copy = dy_strndup(text ? text : "", len);
    if (!copy)
        return dy_error(err, DYAD_ENOMEM, name, "out of memory");
    rc = lx_load_text(b, name, copy, len, fmt, stats, err);
    dy_free(copy);
    return rc;
}

int dyad_lexicon_builder_load(struct dyad_lexicon_builder *b, const char *path,
                              enum dyad_dict_format fmt,
                              struct dyad_dict_stats *stats,
                              struct dyad_error *err)
{
    char *text;
    size_t len;
    int rc;

    if (!b || !path)
        return dy_error(err, DYAD_EINVAL, NULL, "NULL argument");
    rc = dy_lexicon_slurp(path, &text, &len, err);
    if (rc)
        return rc;
    rc = lx_load_text(b, path, text, len, fmt, stats, err);
    dy_free(text);
    return rc;
}

/* ---- checks at build time ------------------------------------------------------ */

/* Writes an actor's codes ("RUSGOV 20040309-; RUS") into buf for
 * comparisons and messages. */
static void lx_actor_codes(const struct dy_lexicon_core *c, uint32_t a,
                           char *buf, size_t n)
{
    const struct dy_lexicon_actor *ac = &c->actors[a];
    size_t used = 0;
    uint32_t i;

    buf[0] = '\0';
    for (i = 0; i < ac->nroles && used + 1 < n; i++) {
        const struct dy_lexicon_role *r = &c->roles[ac->role0 + i];

        dy_snprintf(buf + used, n - used, "%s%s", i ? "; " : "", r->code);
        used = strlen(buf);
        if (r->from || r->to) {
            dy_snprintf(buf + used, n - used, " %d-%d", (int)r->from, (int)r->to);
            used = strlen(buf);
        }
    }
}

static const char *lx_val_code(const struct dy_lexicon_core *c,
                               const struct dy_lexicon_val *v, char *buf, size_t n)
{
    switch (v->kind) {
    case DYAD_LEX_ACTOR:
        lx_actor_codes(c, v->idx, buf, n);
        return buf;
    case DYAD_LEX_AGENT:
        return c->agents[v->idx].code;
    case DYAD_LEX_DISCARD:
        return c->discards[v->idx].story ? "story" : "sentence";
    default:
        return c->issues[v->idx].code ? c->issues[v->idx].code : "";
    }
}

static int lx_same_pattern(const struct dy_lexicon_core *c,
                           const struct dy_lexicon_pattern *a,
                           const struct dy_lexicon_pattern *b)
{
    uint32_t i;

    if (a->npre != b->npre || a->npost != b->npost)
        return 0;
    for (i = 0; i < a->npre + a->npost; i++) {
        const struct dy_lexicon_elem *x = &c->elems[a->pre0 + i];
        const struct dy_lexicon_elem *y = &c->elems[b->pre0 + i];

        if (x->type != y->type || x->id != y->id)
            return 0;
    }
    return 1;
}

static void lx_check(struct dyad_lexicon_builder *b)
{
    struct dy_lexicon_core *c = &b->c;
    char ca[512], cb[512], w1[320], w2[320];
    size_t i;

    b->cur = NULL;
    for (i = 0; i < c->nnodes; i++) {
        uint32_t v;

        for (v = c->nodes[i]; v != DY_LEX_NONE; v = c->vals[v].next) {
            uint32_t w;

            for (w = c->vals[v].next; w != DY_LEX_NONE; w = c->vals[w].next) {
                const char *x, *y;

                if (c->vals[w].kind != c->vals[v].kind)
                    continue;
                x = lx_val_code(c, &c->vals[v], ca, sizeof(ca));
                y = lx_val_code(c, &c->vals[w], cb, sizeof(cb));
                lx_where(c, c->vals[w].loc, w2, sizeof(w2));
                lx_where(c, c->vals[v].loc, w1, sizeof(w1));
                if (strcmp(x, y) == 0)
                    dy_lexicon_report(b, w2, DYAD_EDUPLICATE, 1,
                                      "duplicate '%s' (%s), first at %s",
                                      c->vals[w].alias, y, w1);
                else
                    dy_lexicon_report(b, w2, DYAD_EDUPLICATE, 1,
                                      "conflicting codes for '%s': %s here, %s at %s",
                                      c->vals[w].alias, y, x, w1);
                break;  /* one report per later entry is enough */
            }
        }
    }
    for (i = 0; i < c->ngroups; i++) {
        uint32_t p;

        for (p = c->groups[i].first; p != DY_LEX_NONE; p = c->patterns[p].next) {
            uint32_t q;

            for (q = c->patterns[p].next; q != DY_LEX_NONE; q = c->patterns[q].next) {
                const struct dy_lexicon_pattern *pp = &c->patterns[p];
                const struct dy_lexicon_pattern *qq = &c->patterns[q];

                if (!lx_same_pattern(c, pp, qq))
                    continue;
                lx_where(c, qq->loc, w2, sizeof(w2));
                lx_where(c, pp->loc, w1, sizeof(w1));
                dy_lexicon_report(b, w2, DYAD_EDUPLICATE, 1,
                                  "unreachable pattern '%s' [%s] under '%s': "
                                  "same words as %s [%s], which wins",
                                  qq->text, qq->code ? qq->code : "default",
                                  c->groups[i].name, w1,
                                  pp->code ? pp->code : "default");
                break;
            }
        }
    }
    if (c->ncameo) {
        char key[16];

        for (i = 0; i < c->npatterns; i++) {
            const char *code = c->patterns[i].code;
            const char *colon;
            size_t n;

            if (!code || strcmp(code, "---") == 0)
                continue;
            colon = strchr(code, ':');
            n = colon ? (size_t)(colon - code) : strlen(code);
            if (n >= sizeof(key))
                continue;
            memcpy(key, code, n);
            key[n] = '\0';
            if (strcmp(key, "---") == 0)
                continue;
            if (lx_strtab_find(&c->cameo_codes, key, n) == DY_LEX_NONE)
                dy_lexicon_report(b, lx_where(c, c->patterns[i].loc, w1, sizeof(w1)),
                                  DYAD_EDICT, 1,
                                  "code %s is not in the CAMEO table", key);
        }
    }
}

int dyad_lexicon_build(struct dyad_lexicon_builder *b,
                       struct dyad_lexicon **out, struct dyad_error *err)
{
    struct dyad_lexicon *lx;

    if (!out)
        return dy_error(err, DYAD_EINVAL, NULL, "NULL argument");
    *out = NULL;
    if (!b)
        return dy_error(err, DYAD_EINVAL, NULL, "NULL argument");
    if (b->c.nnodes == 0) {
        uint32_t node;

        if (LX_PUSH(&b->c, nodes, &node))
            return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
        b->c.nodes[0] = DY_LEX_NONE;
    }
    if (b->opts.check)
        lx_check(b);
    lx = dy_calloc(1, sizeof(*lx));
    if (!lx)
        return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
    lx->c = b->c;
    b->last_fid = UINT32_MAX;
    if (lx_core_init(&b->c)) {
        memset(&b->c, 0, sizeof(b->c));
        dyad_lexicon_free(lx);
        return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
    }
    *out = lx;
    return DYAD_OK;
}

void dyad_lexicon_stats(const struct dyad_lexicon *lx, struct dyad_dict_stats *out)
{
    if (!out)
        return;
    if (!lx) {
        memset(out, 0, sizeof(*out));
        return;
    }
    *out = lx->c.total;
}

/* ---- lookup ---------------------------------------------------------------------- */

static int32_t lx_date_arg(const char *date)
{
    int32_t d;
    size_t n;

    if (!date)
        return 0;
    n = strlen(date);
    if (n > 10)
        n = 10;    /* "2019-03-07T10:00:00Z" */
    if (dy_lexicon_parse_date(date, n, &d))
        return 0;
    return d;
}

/* Picks the role of actor `a` at date d (0 = open-ended); NULL when the
 * actor has no role then.  The narrowest interval containing d wins, so a
 * dated role beats an undated fallback.  Without a date the role still
 * held wins (latest start first); a person whose roles have all ended
 * keeps their code when every role has the same one (a former UN
 * ambassador and governor is USAGOV either way), and has none when the
 * roles disagree. */
static const struct dy_lexicon_role *lx_role_at(const struct dy_lexicon_core *c,
                                                uint32_t a, int32_t d)
{
    const struct dy_lexicon_actor *ac = &c->actors[a];
    const struct dy_lexicon_role *best = NULL;
    int64_t bestw = INT64_MAX;
    uint32_t i;

    for (i = 0; i < ac->nroles; i++) {
        const struct dy_lexicon_role *r = &c->roles[ac->role0 + i];
        int64_t from = r->from ? r->from : 0;
        int64_t to = r->to ? r->to : 99991231;
        int64_t w = to - from;

        if (d == 0) {
            /* No date: the role still held, latest start first. */
            if (r->to)
                continue;
            w = -from;
        } else if (d < from || d >= to) {
            continue;
        }
        if (w < bestw) {
            bestw = w;
            best = r;
        }
    }
    if (!best && d == 0 && ac->nroles > 0) {
        const struct dy_lexicon_role *first = &c->roles[ac->role0];

        best = first;
        for (i = 1; i < ac->nroles && best; i++) {
            const struct dy_lexicon_role *r = &c->roles[ac->role0 + i];

            if (strcmp(r->code, first->code) != 0)
                best = NULL;
            else if (r->from > best->from)
                best = r;
        }
    }
    return best;
}

/* The three-letter prefix every role of actor a shares ("FRA" for
 * FRAGOV then FRAELI) into out[4], or "" when the roles' prefixes differ
 * or one is shorter than three letters. */
static void lx_shared_country(const struct dy_lexicon_core *c, const struct dy_lexicon_actor *a,
                              char out[4])
{
    out[0] = '\0';
    for (uint32_t i = 0; i < a->nroles; i++) {
        const char *code = c->roles[a->role0 + i].code;
        if (!code || strlen(code) < 3 || (i > 0 && strncmp(code, out, 3) != 0)) {
            out[0] = '\0';
            return;
        }
        memcpy(out, code, 3);
        out[3] = '\0';
    }
}

/* Whether date d (0 = none) is after the end of every role of person a
 * (someone who held office and left it; a country or group whose code
 * ended is no elite). */
static int lx_former(const struct dy_lexicon_core *c, const struct dy_lexicon_actor *a, int32_t d)
{
    if (d == 0 || a->nroles == 0 || a->kind != DY_AK_PERSON)
        return 0;
    for (uint32_t i = 0; i < a->nroles; i++) {
        const struct dy_lexicon_role *r = &c->roles[a->role0 + i];
        if (!r->to || d < r->to)
            return 0;
    }
    return 1;
}

static const char *const lx_kind_names[] = {
    "actor", "country", "demonym", "seat", "city", "organisation", "group",
    "party", "person"
};

/* Walks the trie from tokens[start]; returns the longest length with
 * values and the node through *node. */
/* The edge from node `cur` by the longest stem ("eriador*") that
 * prefixes the normalised word buf[0..n) (n < DY_LEX_TOKEN_MAX), or
 * DY_LEX_NONE.  A name's first word needs a stem of 3 letters or more
 * to match longer words ("of*" in "GROUP OF 77" is fine; "AL*" only
 * matches "al").  At most
 * n lookups; only lexicons with stems pay. */
static uint32_t lx_stem_edge(const struct dy_lexicon_core *c, uint32_t cur, char *buf,
                             size_t n)
{
    char save = buf[n];
    uint32_t child = DY_LEX_NONE;
    size_t min = cur == 0 ? 3 : 1;

    /* k == n: the word is the stem itself, whatever its length */
    for (size_t k = n; k >= 1 && (k >= min || k == n) && child == DY_LEX_NONE; k--) {
        char keep = buf[k];
        uint32_t t;

        buf[k] = '*';
        t = lx_strtab_find(&c->toks, buf, k + 1);
        buf[k] = keep;
        if (t != DY_LEX_NONE)
            child = lx_map_get(&c->edges, ((uint64_t)cur << 32) | ((uint64_t)t + 1));
    }
    buf[n] = save;
    return child;
}

/* Follows the trie from node `cur` at tokens[i]: the exact word, and
 * (lexicons with TABARI stems) the longest stem that prefixes it, each
 * path as far as it goes; the longest name wins, the exact path first.
 * `budget` bounds the nodes visited (two paths a word at most). */
/* A text word joined with '_' ("Dol_Amroth", TABARI's input convention
 * for a multi-word name) or a hyphen the tokenizer kept ("re-elected",
 * or a caller's own joined word) walks the trie as its parts, a hyphen
 * as the hyphen token: the node after the last part, or DY_LEX_NONE. */
static uint32_t lx_joined_edge(const struct dy_lexicon_core *c, uint32_t cur, const char *w)
{
    char buf[DY_LEX_TOKEN_MAX];
    uint32_t hy = lx_strtab_find(&c->toks, lx_hyphen, 1);
    int parts = 0;

    while (*w) {
        size_t l = strcspn(w, "_");

        l = lx_hyphen_part(w, l);
        if (l) {
            size_t n = dy_lexicon_norm(w, l, buf);
            uint32_t t = n ? lx_strtab_find(&c->toks, buf, n) : DY_LEX_NONE;
            uint32_t nx = t == DY_LEX_NONE
                              ? DY_LEX_NONE
                              : lx_map_get(&c->edges, ((uint64_t)cur << 32) | ((uint64_t)t + 1));

            if (nx == DY_LEX_NONE && n && c->name_stems)
                nx = lx_stem_edge(c, cur, buf, n);   /* a part matched by a stem */
            if (nx == DY_LEX_NONE)
                return DY_LEX_NONE;
            cur = nx;
            parts++;
        }
        w += l;
        if (*w == '-') {
            if (hy == DY_LEX_NONE)
                return DY_LEX_NONE;
            cur = lx_map_get(&c->edges, ((uint64_t)cur << 32) | ((uint64_t)hy + 1));
            if (cur == DY_LEX_NONE)
                return DY_LEX_NONE;
        }
        if (*w == '_' || *w == '-')
            w++;
    }
    return parts >= 2 ? cur : DY_LEX_NONE;
}

static void lx_walk_from(const struct dy_lexicon_core *c, const char *const *tokens,
                         size_t ntokens, size_t start, size_t i, uint32_t cur,
                         size_t *best, uint32_t *node, int *budget)
{
    char buf[DY_LEX_TOKEN_MAX];
    uint32_t cand[3], tok;
    size_t n;

    if (i >= ntokens || i - start >= DYAD_DICT_MAX_NAME_TOKENS || !tokens[i] ||
        --*budget < 0)
        return;
    if (i > start && lx_is_hyphen_token(tokens[i]))
        /* a hyphen the entry does not have joins its words ("Abu-Sayyaf"
         * is "Abu Sayyaf", TABARI's "AL_GORE" "Al-Gore"); tried before a
         * gap, so that the entry naming the words together wins */
        lx_walk_from(c, tokens, ntokens, start, i + 1, cur, best, node, budget);
    if (i > start) {
        /* a gap in the name here: its next word up to DY_LEX_NAME_GAP
         * words on; punctuation in between is no word ('AL GORE' over
         * 'Al "The Weasel" Gore') */
        uint32_t gt = lx_strtab_find(&c->toks, lx_gap, 1);
        uint32_t gn = gt == DY_LEX_NONE
                          ? DY_LEX_NONE
                          : lx_map_get(&c->edges, ((uint64_t)cur << 32) | ((uint64_t)gt + 1));
        size_t words = 0;

        for (size_t j = i; gn != DY_LEX_NONE && j < ntokens && words <= DY_LEX_NAME_GAP; j++) {
            lx_walk_from(c, tokens, ntokens, start, j, gn, best, node, budget);
            if (tokens[j] && dy_lexicon_norm(tokens[j], strlen(tokens[j]), buf) > 0)
                words++;
        }
    }
    n = dy_lexicon_norm(tokens[i], strlen(tokens[i]), buf);
    if (n == 0 && i > start && lx_is_hyphen_token(tokens[i])) {
        /* the hyphen of a split word ("Jong - un") inside a name */
        memcpy(buf, lx_hyphen, sizeof(lx_hyphen));
        n = 1;
    } else if (i > start && lx_is_poss_token(tokens[i])) {
        /* the possessive of a name's word ("People 's Army") */
        memcpy(buf, lx_poss, sizeof(lx_poss));
        n = 2;
    }
    if (n == 0)
        return;
    tok = lx_strtab_find(&c->toks, buf, n);
    cand[0] = tok == DY_LEX_NONE
                  ? DY_LEX_NONE
                  : lx_map_get(&c->edges, ((uint64_t)cur << 32) | ((uint64_t)tok + 1));
    cand[1] = c->name_stems ? lx_stem_edge(c, cur, buf, n) : DY_LEX_NONE;
    cand[2] = strpbrk(tokens[i], "_-") ? lx_joined_edge(c, cur, tokens[i]) : DY_LEX_NONE;
    for (int k = 0; k < 3; k++) {
        uint32_t nx = cand[k];

        if (nx == DY_LEX_NONE || (k >= 1 && nx == cand[0]) || (k == 2 && nx == cand[1]))
            continue;
        if (c->nodes[nx] != DY_LEX_NONE && i - start + 1 > *best &&
            !(i == start && lx_is_caps_word(buf, n) && !lx_all_caps(tokens[i]))) {
            /* ("us" is not "US") */
            *best = i - start + 1;
            *node = nx;
        }
        lx_walk_from(c, tokens, ntokens, start, i + 1, nx, best, node, budget);
    }
}

/* Whether alias is an acronym of a written-out name: the alias in
 * capitals ("ANI"), the entry's first name not ("Asian News
 * International").  Such an alias of two or three letters matches only a
 * word in capitals; longer ones are often written as words ("Nato",
 * "Opec" in British papers) and match as before.  (Dictionaries written
 * all in capitals, TABARI's and PETRARCH's, have no written-out names to
 * tell acronyms by, and match as before.) */
static int lx_acronym_of(const char *alias, const char *name)
{
    if (!alias || !name || alias == name || strcmp(alias, name) == 0 || !lx_all_caps(alias) ||
        strlen(alias) < 2 || strlen(alias) > 3)
        return 0;
    for (const char *p = name; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            return 1;
    return 0;
}

static size_t lx_walk(const struct dy_lexicon_core *c, const char *const *tokens,
                      size_t ntokens, size_t start, uint32_t *node)
{
    size_t best = 0;
    int budget = 64;

    *node = DY_LEX_NONE;
    if (c->nnodes == 0)
        return 0;
    lx_walk_from(c, tokens, ntokens, start, start, 0, &best, node, &budget);
    return best;
}

static uint32_t lx_pick(const struct dy_lexicon_core *c, uint32_t node,
                        uint32_t kind)
{
    uint32_t v;

    for (v = c->nodes[node]; v != DY_LEX_NONE; v = c->vals[v].next)
        if (c->vals[v].kind == kind)
            return v;
    return DY_LEX_NONE;
}

int dyad_lexicon_match(const struct dyad_lexicon *lx, const char *const *tokens,
                       size_t ntokens, size_t start, const char *date,
                       struct dyad_lex_match *out)
{
    const struct dy_lexicon_core *c;
    uint32_t node, v = DY_LEX_NONE, k;
    size_t len;

    if (!out)
        return DYAD_EINVAL;
    memset(out, 0, sizeof(*out));
    if (!lx || !tokens || start >= ntokens)
        return lx && tokens ? DYAD_OK : DYAD_EINVAL;
    c = &lx->c;
    len = lx_walk(c, tokens, ntokens, start, &node);
    if (len == 0)
        return DYAD_OK;
    for (k = DYAD_LEX_ACTOR; k <= DYAD_LEX_ISSUE && v == DY_LEX_NONE; k++)
        v = lx_pick(c, node, k);
    if (v == DY_LEX_NONE)
        return DYAD_OK;
    out->kind = (enum dyad_lex_kind)c->vals[v].kind;
    out->start = start;
    out->len = len;
    out->alias = c->vals[v].alias;
    lx_where(c, c->vals[v].loc, out->where, sizeof(out->where));
    switch (out->kind) {
    case DYAD_LEX_ACTOR: {
        const struct dy_lexicon_actor *a = &c->actors[c->vals[v].idx];
        const struct dy_lexicon_role *r = lx_role_at(c, c->vals[v].idx,
                                                     lx_date_arg(date));

        out->name = a->name;
        out->actor_kind = lx_kind_names[a->kind < DY_AK__N ? a->kind : 0];
        if (!r) {
            out->flags |= DYAD_LEX_OUT_OF_ROLE;
            lx_shared_country(c, a, out->country);
            if (lx_former(c, a, lx_date_arg(date)) && out->country[0]) {
                /* every role ended before the date: a former official is
                 * an elite (CAMEO manual 1.1b3, 3.2.4: "former ... codes
                 * as USAELI") */
                dy_snprintf(out->code, sizeof(out->code), "%sELI", out->country);
                out->flags = (out->flags & ~(uint32_t)DYAD_LEX_OUT_OF_ROLE) | DYAD_LEX_FORMER;
            }
            break;
        }
        dy_snprintf(out->code, sizeof(out->code), "%s", r->code);
        if (r + 1 < c->roles + a->role0 + a->nroles && r[1].joint) {
            /* a coded compound actor ("THE_SHIRE [FRO/BIL/SAM]"): every
             * code, joined by '/' */
            for (const struct dy_lexicon_role *j = r + 1;
                 j < c->roles + a->role0 + a->nroles && j->joint; j++) {
                size_t used = strlen(out->code);

                if (used + 1 + strlen(j->code) >= sizeof(out->code))
                    break;   /* never a cut code */
                dy_snprintf(out->code + used, sizeof(out->code) - used, "/%s", j->code);
            }
            break;
        }
        /* "Russian lawmakers": a bare country/organisation code followed by
         * an agent noun takes the agent as its sector. */
        if (strlen(r->code) == 3 && strcmp(r->code, "---") != 0 &&
            strcmp(r->code, "###") != 0) {
            uint32_t n2, av;
            size_t l2 = lx_walk(c, tokens, ntokens, start + len, &n2);

            av = l2 ? lx_pick(c, n2, DYAD_LEX_AGENT) : DY_LEX_NONE;
            if (av != DY_LEX_NONE) {
                const struct dy_lexicon_agent *ag = &c->agents[c->vals[av].idx];

                if (ag->before)
                    dy_snprintf(out->code, sizeof(out->code), "%s%s", ag->code, r->code);
                else
                    dy_snprintf(out->code, sizeof(out->code), "%s%s", r->code, ag->code);
                out->len += l2;
                out->flags |= DYAD_LEX_COMBINED;
                lx_where(c, c->vals[av].loc, out->agent_where,
                         sizeof(out->agent_where));
            }
        }
        break;
    }
    case DYAD_LEX_AGENT: {
        const struct dy_lexicon_agent *ag = &c->agents[c->vals[v].idx];

        out->name = ag->name;
        dy_snprintf(out->code, sizeof(out->code), "%s", ag->code);
        if (ag->before)
            out->flags |= DYAD_LEX_AGENT_FIRST;
        break;
    }
    case DYAD_LEX_DISCARD:
        out->name = c->discards[c->vals[v].idx].text;
        if (c->discards[c->vals[v].idx].story)
            out->flags |= DYAD_LEX_STORY;
        dy_snprintf(out->code, sizeof(out->code), "###");
        break;
    default:
        out->name = c->issues[c->vals[v].idx].text;
        dy_snprintf(out->code, sizeof(out->code), "%s",
                    c->issues[c->vals[v].idx].code ? c->issues[c->vals[v].idx].code : "");
        break;
    }
    if (len == 1 && lx_acronym_of(out->alias, out->name) && !lx_all_caps(tokens[start]))
        /* "al-Ani" is no "ANI" (Asian News International) */
        memset(out, 0, sizeof(*out));
    return DYAD_OK;
}

#define LX_WINDOW 64
#define LX_SET_DEPTH 3

static uint32_t lx_set_at(const struct dy_lexicon_core *c, uint32_t set, const uint32_t *ids,
                          size_t n, size_t j, int backward, int depth);

/* Does a member's token t match a text word's id?  The same token, or t
 * is a stem ("yen*") that prefixes the word (an unknown word's id is its
 * longest stem, see lx_id). */
static int lx_tok_match(const struct dy_lexicon_core *c, uint32_t t, uint32_t id)
{
    const char *ts, *ws;
    size_t tl;

    if (t == id)
        return 1;
    if (!c->word_stems || id == DY_LEX_NONE || t >= c->toks.n || id >= c->toks.n)
        return 0;
    ts = c->toks.strs[t];
    tl = strlen(ts);
    if (tl < 2 || ts[tl - 1] != '*')
        return 0;
    ws = c->toks.strs[id];
    return strncmp(ws, ts, tl - 1) == 0;
}

/* Does member mb match ids[j...]?  Returns the words it covers or 0.  A
 * set reference in the member matches as that set does (nested up to
 * LX_SET_DEPTH sets: a set that names itself ends there); after a gap
 * (TABARI's blank: "+AUSTRIAN FLORIN" matches "austrian gold florin")
 * the next token may come up to DY_LEX_NAME_GAP words on, the nearest
 * first. */
static uint32_t lx_member_fwd(const struct dy_lexicon_core *c,
                              const struct dy_lexicon_member *mb, const uint32_t *ids, size_t n,
                              size_t j, int depth)
{
    uint32_t gt = c->member_gaps ? lx_strtab_find(&c->toks, lx_gap, 1) : DY_LEX_NONE;
    size_t at = j, gap = 0;

    for (uint32_t k = 0; k < mb->ntok; k++) {
        uint32_t t = c->seqtoks[mb->tok0 + k], used = 0;
        size_t g;

        if (t == gt) {
            gap = DY_LEX_NAME_GAP;
            continue;
        }
        for (g = 0; g <= gap && at + g < n && !used; g++) {
            if (t & LX_SETREF)
                used = depth < LX_SET_DEPTH
                           ? lx_set_at(c, t & ~LX_SETREF, ids, n, at + g, 0, depth + 1)
                           : 0;
            else
                used = lx_tok_match(c, t, ids[at + g]);
        }
        if (!used)
            return 0;
        at += g - 1 + used;
        gap = 0;
    }
    return (uint32_t)(at - j);
}

/* A member without a fixed length: one naming a set or with a gap. */
static int lx_member_nested(const struct dy_lexicon_core *c, const struct dy_lexicon_member *mb)
{
    uint32_t gt = c->member_gaps ? lx_strtab_find(&c->toks, lx_gap, 1) : DY_LEX_NONE;

    for (uint32_t k = 0; k < mb->ntok; k++)
        if ((c->seqtoks[mb->tok0 + k] & LX_SETREF) || c->seqtoks[mb->tok0 + k] == gt)
            return 1;
    return 0;
}

/* Does a set member start at ids[j] (backward: end at ids[j])?  Returns
 * its length or 0. */
static uint32_t lx_set_at(const struct dy_lexicon_core *c, uint32_t set, const uint32_t *ids,
                          size_t n, size_t j, int backward, int depth)
{
    uint32_t m;

    for (m = c->synsets[set].first; m != DY_LEX_NONE; m = c->members[m].next) {
        const struct dy_lexicon_member *mb = &c->members[m];
        uint32_t used;

        if (!backward) {
            used = lx_member_fwd(c, mb, ids, n, j, depth);
        } else if (!lx_member_nested(c, mb)) {
            used = mb->ntok <= j + 1 ? lx_member_fwd(c, mb, ids, n, j + 1 - mb->ntok, depth) : 0;
        } else {
            /* a nested member has no fixed length: the nearest start
             * whose match ends at j */
            used = 0;
            for (size_t s0 = j + 1; s0-- > 0 && j - s0 < LX_WINDOW && !used;) {
                uint32_t u = lx_member_fwd(c, mb, ids, n, s0, depth);
                if (u && s0 + u == j + 1)
                    used = u;
            }
        }
        if (used)
            return used;
    }
    return 0;
}

/* What one side of the verb looks like to the matcher: normalised
 * lemma ids, form ids (may equal the lemma's) and actor ids (0 = no
 * actor; NULL acts = the caller gave no actor information, so slots
 * only widen the gap as in dyad_lexicon_match_verb). */
struct lx_side {
    const uint32_t *ids, *fids, *acts;
    const unsigned char *cmp;   /* compound actor flags, with acts */
    /* gap[i] non-zero when left-out text words stand between word i
     * and the next word toward the verb (or NULL: none known) */
    const unsigned char *gap;
    size_t n;
};

/* Slot bindings of one side: index into the side, SIZE_MAX = unbound. */
enum { LX_B_SOURCE = 0, LX_B_TARGET, LX_B_COMPOUND, LX_B__N };

/* Words a pattern's words matched on one side (indices into the side). */
struct lx_hits {
    size_t at[DYAD_VERB_MAX_MATCHED];
    size_t n;
};

static void lx_hit(struct lx_hits *h, size_t at)
{
    if (h->n < DYAD_VERB_MAX_MATCHED)
        h->at[h->n++] = at;
}

static int lx_word_at(const struct dy_lexicon_core *c, const struct lx_side *sd, size_t at,
                      uint32_t id)
{
    return lx_tok_match(c, id, sd->ids[at]) || (sd->fids && lx_tok_match(c, id, sd->fids[at]));
}

/* Matches elems forward over a side (post) or backward (pre, nearest
 * last).  With actor information, a slot ($ + % ^) binds the first
 * actor mention within DY_LEX_SLOT_GAP words and consumes all of its
 * words; the pattern fails when no actor is there (TABARI 5.7.3). */
static int lx_match_elems(const struct dy_lexicon_core *c,
                          const struct dy_lexicon_elem *el, uint32_t nel,
                          const struct lx_side *sd, int backward,
                          size_t bind[LX_B__N], struct lx_hits *hits)
{
    size_t pos = 0, n = sd->n;
    size_t gap = DY_LEX_GAP;
    uint32_t e;

    for (e = 0; e < nel; e++) {
        const struct dy_lexicon_elem *x = &el[backward ? nel - 1 - e : e];
        size_t j, used = 0;

        if (x->type != DY_EL_WORD && x->type != DY_EL_SET) {
            uint32_t a;

            if (!sd->acts) {
                gap = DY_LEX_SLOT_GAP;
                continue;
            }
            for (j = pos; j < n && j <= pos + DY_LEX_SLOT_GAP; j++) {
                size_t at = backward ? n - 1 - j : j;

                if (sd->acts[at] && (x->type != DY_EL_ANY || sd->cmp[at]))
                    break;
            }
            if (j >= n || j > pos + DY_LEX_SLOT_GAP)
                return 0;
            a = sd->acts[backward ? n - 1 - j : j];
            if (x->type != DY_EL_SKIP) {
                int b = x->type == DY_EL_SOURCE ? LX_B_SOURCE
                        : x->type == DY_EL_TARGET ? LX_B_TARGET : LX_B_COMPOUND;
                bind[b] = backward ? n - 1 - j : j;
            }
            while (j + 1 < n && sd->acts[backward ? n - 2 - j : j + 1] == a)
                j++;
            pos = j + 1;
            gap = DY_LEX_GAP;
            continue;
        }
        /* TABARI's "~_": forward, the element after a marked one;
         * backward (before the verb, nearest first), the marked element
         * itself, whose next element is the one matched before it */
        if (backward ? x->adj : (e > 0 && el[e - 1].adj))
            gap = 0;
        for (j = pos; j < n && j <= pos + gap; j++) {
            size_t at = backward ? n - 1 - j : j;

            /* no word between in the text either */
            if (gap == 0 && sd->gap && sd->gap[at])
                break;
            if (x->type == DY_EL_WORD) {
                if (lx_word_at(c, sd, at, x->id)) {
                    used = 1;
                    break;
                }
            } else {
                used = lx_set_at(c, x->id, sd->ids, n, at, backward, 0);
                if (!used && sd->fids)
                    used = lx_set_at(c, x->id, sd->fids, n, at, backward, 0);
                if (used)
                    break;
            }
        }
        if (!used)
            return 0;
        for (size_t k = j; k < j + used; k++)
            lx_hit(hits, backward ? n - 1 - k : k);
        pos = j + used;
        gap = DY_LEX_GAP;
    }
    return 1;
}

/* A text word's token id; a word no entry has, in a lexicon whose set
 * members have stems, gets the longest stem that prefixes it ("yennyener"
 * -> "yennyen*"), so that lx_tok_match can compare it. */
static uint32_t lx_id(const struct dy_lexicon_core *c, const char *w)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t len = w ? dy_lexicon_norm(w, strlen(w), buf) : 0;
    uint32_t id = len ? lx_strtab_find(&c->toks, buf, len) : DY_LEX_NONE;

    for (size_t k = len; id == DY_LEX_NONE && c->word_stems && k >= 1; k--) {
        char keep = buf[k];

        if (k + 1 >= sizeof(buf))
            continue;
        buf[k] = '*';
        id = lx_strtab_find(&c->toks, buf, k + 1);
        buf[k] = keep;
    }
    return id;
}

static void lx_ids(const struct dy_lexicon_core *c, const char *const *words,
                   size_t n, uint32_t *ids)
{
    size_t i;

    for (i = 0; i < n; i++)
        ids[i] = lx_id(c, words[i]);
}

/* The best match so far, with its slot bindings (pre and post side). */
struct lx_best {
    struct dyad_verb_match *out;
    uint32_t seq;
    int slots;              /* slots of the best pattern, when verified */
    size_t hits;            /* words its own words matched, when verified */
    size_t pre[LX_B__N], post[LX_B__N];
    struct lx_hits hpre, hpost;
};

/* Scores every head in the chain starting at h. */
static void lx_try_heads(const struct dy_lexicon_core *c, uint32_t h,
                         const struct lx_side *pre, const struct lx_side *post,
                         struct lx_best *best)
{
    struct dyad_verb_match *out = best->out;

    for (; h != DY_LEX_NONE; h = c->heads[h].next) {
        const struct dy_lexicon_head *hd = &c->heads[h];
        const struct dy_lexicon_group *g = &c->groups[hd->group];
        const char *dflt = hd->code ? hd->code : g->code;
        uint32_t p;

        if (dflt && out->specificity <= 0 && !out->code) {
            out->code = dflt;
            out->pattern = c->toks.strs[hd->tok];
            out->group = g->name;
            lx_where(c, hd->loc, out->where, sizeof(out->where));
            out->specificity = 0;
        }
        for (p = g->first; p != DY_LEX_NONE; p = c->patterns[p].next) {
            const struct dy_lexicon_pattern *pt = &c->patterns[p];
            const char *code = pt->code ? pt->code : dflt;
            size_t bpre[LX_B__N], bpost[LX_B__N];
            struct lx_hits hpre, hpost;
            int k;

            if (!code)
                continue;
            /* Among equally specific patterns (words and sets), with
             * actor information: the one whose words cover more of the
             * text (a three-word set member beats a one-word one, as
             * TABARI's match length), then one whose slots were verified
             * ("- % *" beats the verb alone); then load order. */
            if (pt->words < out->specificity)
                continue;
            if (pt->words == out->specificity && out->code && !pre->acts &&
                pt->seq >= best->seq)
                continue;
            for (k = 0; k < LX_B__N; k++)
                bpre[k] = bpost[k] = SIZE_MAX;
            hpre.n = hpost.n = 0;
            /* A pattern without elements may sit on an empty elems[]
             * (NULL): no pointer arithmetic on it. */
            if (!lx_match_elems(c, pt->npost ? &c->elems[pt->post0] : NULL, pt->npost,
                                post, 0, bpost, &hpost))
                continue;
            if (!lx_match_elems(c, pt->npre ? &c->elems[pt->pre0] : NULL, pt->npre,
                                pre, 1, bpre, &hpre))
                continue;
            if (pt->words == out->specificity && out->code && pre->acts) {
                size_t nh = hpre.n + hpost.n;

                if (nh < best->hits ||
                    (nh == best->hits && (pt->slots < best->slots ||
                                          (pt->slots == best->slots && pt->seq >= best->seq))))
                    continue;
            }
            out->code = code;
            out->pattern = pt->text;
            out->group = g->name;
            lx_where(c, pt->loc, out->where, sizeof(out->where));
            out->specificity = pt->words;
            best->seq = pt->seq;
            best->slots = pre->acts ? pt->slots : 0;
            best->hits = pre->acts ? hpre.n + hpost.n : 0;
            memcpy(best->pre, bpre, sizeof(bpre));
            memcpy(best->post, bpost, sizeof(bpost));
            best->hpre = hpre;
            best->hpost = hpost;
        }
    }
}

/* Both public matchers end here: the lemma's heads (exact, then
 * TABARI stems that prefix it). */
static void lx_match_verb(const struct dy_lexicon_core *c, const char *lemma,
                          const struct lx_side *pre, const struct lx_side *post,
                          struct lx_best *best)
{
    char buf[DY_LEX_TOKEN_MAX];
    size_t n, k;
    uint32_t tok;

    best->seq = UINT32_MAX;
    best->slots = 0;
    best->hits = 0;
    best->hpre.n = best->hpost.n = 0;
    for (k = 0; k < LX_B__N; k++)
        best->pre[k] = best->post[k] = SIZE_MAX;
    n = dy_lexicon_norm(lemma, strlen(lemma), buf);
    if (n == 0)
        return;
    tok = lx_strtab_find(&c->toks, buf, n);
    if (tok != DY_LEX_NONE) {
        lx_try_heads(c, lx_map_get(&c->heads_exact, (uint64_t)tok + 1), pre, post, best);
        lx_try_heads(c, lx_map_get(&c->heads_prefix, (uint64_t)tok + 1), pre, post, best);
    }
    if (best->out->code)
        return;
    /* TABARI stems: "BLAM" covers "blame", "blamed". */
    for (k = n - 1; k >= 3; k--) {
        uint32_t t = lx_strtab_find(&c->toks, buf, k);

        if (t == DY_LEX_NONE)
            continue;
        lx_try_heads(c, lx_map_get(&c->heads_prefix, (uint64_t)t + 1), pre, post, best);
        if (best->out->code)
            break;
    }
}

int dyad_lexicon_match_verb(const struct dyad_lexicon *lx, const char *lemma,
                            const char *const *pre, size_t npre,
                            const char *const *post, size_t npost,
                            struct dyad_verb_match *out)
{
    uint32_t preids[LX_WINDOW], postids[LX_WINDOW];
    struct lx_side a, b;
    struct lx_best best;

    if (!out)
        return DYAD_EINVAL;
    memset(out, 0, sizeof(*out));
    if (!lx || !lemma || (npre && !pre) || (npost && !post))
        return DYAD_EINVAL;
    /* Only the nearest words matter: keep the last LX_WINDOW before the
     * verb and the first LX_WINDOW after it. */
    if (npre > LX_WINDOW) {
        pre += npre - LX_WINDOW;
        npre = LX_WINDOW;
    }
    if (npost > LX_WINDOW)
        npost = LX_WINDOW;
    lx_ids(&lx->c, pre, npre, preids);
    lx_ids(&lx->c, post, npost, postids);
    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    a.ids = preids;
    a.n = npre;
    b.ids = postids;
    b.n = npost;
    best.out = out;
    lx_match_verb(&lx->c, lemma, &a, &b, &best);
    return DYAD_OK;
}

/* Is `form` (normalised) different from `lemma` and a head of its own? */
static int lx_is_own_head(const struct dy_lexicon_core *c, const char *form, const char *lemma)
{
    char f[DY_LEX_TOKEN_MAX], l[DY_LEX_TOKEN_MAX];
    size_t nf = dy_lexicon_norm(form, strlen(form), f);
    size_t nl = dy_lexicon_norm(lemma, strlen(lemma), l);
    uint32_t t;

    if (nf == 0 || (nf == nl && memcmp(f, l, nf) == 0))
        return 0;
    t = lx_strtab_find(&c->toks, f, nf);
    /* a TABARI stem spelt as the whole form ("ATTACKED" beside "ATTACK")
     * is that form's verb as much as an exact head */
    return t != DY_LEX_NONE && (lx_map_get(&c->heads_exact, (uint64_t)t + 1) != DY_LEX_NONE ||
                                lx_map_get(&c->heads_prefix, (uint64_t)t + 1) != DY_LEX_NONE);
}

/*
 * The tagger's lemma found no verb ("deplored" -> "deplor", "departes"
 * left as is): the word as written, without a regular ending, as TABARI
 * derives "-S", "-ED", "-ING" forms from its headwords.  Endings are
 * tried longest first; "-ed"/"-ing"/"-es" also with a final "e" restored
 * ("deplored" -> "deplore"), "-ies"/"-ied" as "-y", and "-ed"/"-ing"
 * after a doubled consonant also without it ("controlled" -> "control").
 * The stem keeps 3 letters at least.
 */
static void lx_match_deinflected(const struct dy_lexicon_core *c, const char *form,
                                 const struct lx_side *pre, const struct lx_side *post,
                                 struct lx_best *best)
{
    static const struct {
        const char *end, *add;
    } rule[] = {{"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"es", ""},
                {"es", "e"}, {"ed", ""},  {"ed", "e"},  {"s", ""},   {"d", ""}};
    char buf[DY_LEX_TOKEN_MAX];
    size_t len = strlen(form);

    for (size_t k = 0; k < sizeof(rule) / sizeof(rule[0]) && !best->out->code; k++) {
        size_t el = strlen(rule[k].end), al = strlen(rule[k].add);
        if (len < el + 3 || len - el + al >= sizeof(buf) ||
            strcmp(form + len - el, rule[k].end) != 0)
            continue;
        memcpy(buf, form, len - el);
        memcpy(buf + len - el, rule[k].add, al + 1);
        lx_match_verb(c, buf, pre, post, best);
        if (!best->out->code && !al && len - el >= 4 && buf[len - el - 1] == buf[len - el - 2] &&
            (strcmp(rule[k].end, "ed") == 0 || strcmp(rule[k].end, "ing") == 0)) {
            /* a doubled final consonant: "controlled", "stopping" */
            buf[len - el - 1] = '\0';
            lx_match_verb(c, buf, pre, post, best);
        }
    }
}

/* Side binding -> index into the caller's words (SIZE_MAX stays). */
static size_t lx_unbind(size_t pre_at, size_t post_at, size_t first, size_t verb)
{
    if (pre_at != SIZE_MAX)
        return first + pre_at;
    if (post_at != SIZE_MAX)
        return verb + 1 + post_at;
    return DYAD_VERB_NOSLOT;
}

int dyad_lexicon_match_verb_slots(const struct dyad_lexicon *lx,
                                  const struct dyad_verb_word *words, size_t nwords,
                                  size_t verb, struct dyad_verb_match *out,
                                  struct dyad_verb_slots *slots)
{
    uint32_t ids[2 * LX_WINDOW + 1], fids[2 * LX_WINDOW + 1], acts[2 * LX_WINDOW + 1];
    unsigned char cmp[2 * LX_WINDOW + 1], gap[2 * LX_WINDOW + 1];
    struct lx_side a, b;
    struct lx_best best;
    size_t first, last, i;

    if (!out)
        return DYAD_EINVAL;
    memset(out, 0, sizeof(*out));
    if (slots) {
        slots->source = slots->target = slots->compound = DYAD_VERB_NOSLOT;
        slots->nmatched = 0;
    }
    if (!lx || !words || verb >= nwords || !words[verb].lemma)
        return DYAD_EINVAL;
    /* The nearest LX_WINDOW words each side of the verb. */
    first = verb > LX_WINDOW ? verb - LX_WINDOW : 0;
    last = nwords - verb - 1 > LX_WINDOW ? verb + LX_WINDOW : nwords - 1;
    for (i = first; i <= last; i++) {
        const struct dyad_verb_word *w = &words[i];

        ids[i - first] = lx_id(&lx->c, w->lemma);
        fids[i - first] = w->form ? lx_id(&lx->c, w->form) : ids[i - first];
        acts[i - first] = w->actor;
        cmp[i - first] = w->actor && w->compound;
        gap[i - first] = i > first && w->gap_before;
    }
    a.ids = ids;
    a.fids = fids;
    a.acts = acts;
    a.cmp = cmp;
    a.gap = gap + 1;   /* the pre side reads the gap after its word */
    a.n = verb - first;
    b.ids = ids + (verb - first) + 1;
    b.fids = fids + (verb - first) + 1;
    b.acts = acts + (verb - first) + 1;
    b.cmp = cmp + (verb - first) + 1;
    b.gap = gap + (verb - first) + 1;
    b.n = last - verb;
    best.out = out;
    /* A dictionary that lists the inflected form as a verb of its own
     * ("--- LEFT [042:043] ---" next to "--- LEAVE [012] ---") means that
     * form: it is tried first. */
    if (words[verb].form && lx_is_own_head(&lx->c, words[verb].form, words[verb].lemma))
        lx_match_verb(&lx->c, words[verb].form, &a, &b, &best);
    if (!out->code)
        lx_match_verb(&lx->c, words[verb].lemma, &a, &b, &best);
    if (!out->code && words[verb].form)
        lx_match_deinflected(&lx->c, words[verb].form, &a, &b, &best);
    if (slots && out->code) {
        slots->source = lx_unbind(best.pre[LX_B_SOURCE], best.post[LX_B_SOURCE], first, verb);
        slots->target = lx_unbind(best.pre[LX_B_TARGET], best.post[LX_B_TARGET], first, verb);
        slots->compound = lx_unbind(best.pre[LX_B_COMPOUND], best.post[LX_B_COMPOUND],
                                    first, verb);
        for (i = 0; i < best.hpre.n; i++)
            slots->matched[slots->nmatched++] = first + best.hpre.at[i];
        for (i = 0; i < best.hpost.n && slots->nmatched < DYAD_VERB_MAX_MATCHED; i++)
            slots->matched[slots->nmatched++] = verb + 1 + best.hpost.at[i];
    }
    return DYAD_OK;
}

int dyad_lexicon_cameo(const struct dyad_lexicon *lx, const char *code,
                       const struct dyad_cameo_code **out)
{
    uint32_t sid, i;

    if (!out)
        return DYAD_EINVAL;
    *out = NULL;
    if (!lx || !code)
        return DYAD_EINVAL;
    sid = lx_strtab_find(&lx->c.cameo_codes, code, strlen(code));
    if (sid == DY_LEX_NONE)
        return DYAD_ENOENT;
    i = lx_map_get(&lx->c.cameo_idx, (uint64_t)sid + 1);
    if (i == DY_LEX_NONE)
        return DYAD_ENOENT;
    *out = &lx->c.cameo[i].pub;
    return DYAD_OK;
}

int dyad_dict_convert(const char *path, enum dyad_dict_format fmt, FILE *out,
                      const struct dyad_lexicon_options *opts,
                      struct dyad_dict_stats *stats, struct dyad_error *err)
{
    struct dyad_lexicon_builder *b;
    struct dy_lexicon_echo echo;
    int rc;

    if (!path || !out)
        return dy_error(err, DYAD_EINVAL, NULL, "NULL argument");
    rc = dyad_lexicon_builder_new(opts, &b);
    if (rc)
        return dy_error(err, rc, NULL, "out of memory");
    memset(&echo, 0, sizeof(echo));
    dy_buf_init(&echo.out, 0);
    b->echo = &echo;
    dy_buf_printf(&echo.out, "# Converted by dyad %s from %s\n", DYAD_VERSION_STRING, path);
    rc = dyad_lexicon_builder_load(b, path, fmt, stats, err);
    if (rc == DYAD_OK && echo.out.len &&
        fwrite(echo.out.data, 1, echo.out.len, out) != echo.out.len)
        rc = dy_error(err, DYAD_EIO, NULL, "write error");
    dy_buf_release(&echo.out);
    dyad_lexicon_builder_free(b);
    return rc;
}

int dy_lexicon_each_line(struct dyad_lexicon_builder *b, const char *path, const char *text,
                         size_t len, int strip_cr, char *where, dy_lexicon_line_fn fn,
                         void *ctx, struct dyad_error *err)
{
    struct dy_buf line;
    size_t pos = 0, lineno = 0;
    int rc = DYAD_OK;

    dy_buf_init(&line, DYAD_DICT_MAX_LINE + 2);
    while (pos < len && rc == DYAD_OK) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
        int produced = 0;

        lineno++;
        b->cur->lines++;
        b->line_reported = 0;
        dy_snprintf(where, DY_LEXICON_WHERE_MAX, "%s:%zu", path, lineno);
        if (n > DYAD_DICT_MAX_LINE) {
            dy_lexicon_report(b, where, DYAD_ETOOBIG, 0, "line longer than %d bytes",
                              DYAD_DICT_MAX_LINE);
        } else if (memchr(text + pos, '\0', n)) {
            dy_lexicon_report(b, where, DYAD_EBINARY, 0, "NUL byte in line");
        } else {
            char *s;

            dy_buf_clear(&line);
            rc = dy_buf_append(&line, text + pos, n);
            s = line.data ? line.data : (char *)"";
            if (strip_cr && n && s[n - 1] == '\r')
                s[n - 1] = '\0';
            if (rc == DYAD_OK)
                rc = fn(ctx, s, &produced);
            if (rc == DYAD_ENOMEM)
                dy_error(err, rc, where, "out of memory");
        }
        if (!b->line_reported) {
            if (produced)
                b->cur->loaded++;
            else
                b->cur->ignored++;
        }
        pos += n + (nl ? 1 : 0);
    }
    dy_buf_release(&line);
    return rc;
}
