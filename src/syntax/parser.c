/*
 * parser.c - greedy arc-hybrid dependency parser (Kuhlmann et al. 2011)
 * with an averaged perceptron, trained with the dynamic oracle of
 * Goldberg and Nivre (2013).
 *
 * Configuration: a stack, a buffer of words 1..n followed by the
 * artificial ROOT (node 0, placed at the end of the buffer so that
 * exactly one word can attach to it, and only at the very end).
 *   SHIFT    push b0 onto the stack
 *   LEFT-l   pop s0, arc b0 -l-> s0
 *   RIGHT-l  pop s0, arc s1 -l-> s0
 * Label 0 is always "root" and is the only label allowed on an arc from
 * ROOT; ROOT may take a dependent only when the stack holds one word.
 * Every sentence takes exactly 2n transitions, and every step is O(1)
 * apart from scoring, so parsing is linear.
 *
 * The dynamic oracle gives each transition the number of gold arcs it
 * makes unreachable.  For non-projective gold trees the costs are only
 * approximate (arc-hybrid cannot build crossing arcs); training simply
 * treats the minimum-cost transitions as correct, which never crashes
 * and still learns the projective part of such trees.
 *
 * Features are Zhang and Nivre's (2011) rich non-local set adapted to
 * arc-hybrid: words and tags of s0-s2 and b0-b2, left/right-most
 * children (two deep) with their labels, distances, valencies and label
 * sets, and pairs and triples of these.
 */
#include <string.h>

#include "syntax/syntax_int.h"

#define NONE (-1)

struct node {
    int lc1, lc2, rc1, rc2;     /* leftmost / second leftmost, right likewise */
    uint32_t nl, nr;            /* numbers of left / right children */
    uint64_t lset, rset;        /* label sets of children (bit per label%64) */
    int head;                   /* assigned head (node index), NONE if none */
    int label;
    int instack;
};

struct state {
    size_t n;
    int *stack;
    size_t sp;
    size_t b;                   /* next buffer word; n+1 = only ROOT left */
    struct node *nd;            /* nd[0] = ROOT, nd[1..n] words */
};

size_t dy_syntax_parse_worksize(size_t n)
{
    return (n + 2) * sizeof(struct node) + (n + 2) * sizeof(int) + 64;
}

static void state_init(struct state *st, size_t n, void *work)
{
    size_t i;

    st->n = n;
    st->nd = work;
    st->stack = (int *)(void *)((char *)work + (n + 2) * sizeof(struct node));
    st->sp = 0;
    st->b = 1;
    for (i = 0; i <= n + 1; i++) {
        struct node *x = &st->nd[i];
        x->lc1 = x->lc2 = x->rc1 = x->rc2 = NONE;
        x->nl = x->nr = 0;
        x->lset = x->rset = 0;
        x->head = NONE;
        x->label = NONE;
        x->instack = 0;
    }
}

static inline int terminal(const struct state *st)
{
    return st->sp == 0 && st->b == st->n + 1;
}

/* b0 as a node index: a word, 0 for ROOT, NONE when empty. */
static inline int b0_of(const struct state *st)
{
    if (st->b <= st->n)
        return (int)st->b;
    return st->b == st->n + 1 ? 0 : NONE;
}

static inline int s_of(const struct state *st, size_t k)
{
    return st->sp > k ? st->stack[st->sp - 1 - k] : NONE;
}

/* Position of a node for distances: ROOT sits after the last word. */
static inline int pos_of(const struct state *st, int x)
{
    return x == 0 ? (int)st->n + 1 : x;
}

static void add_arc(struct state *st, int h, int d, int label)
{
    struct node *hn = &st->nd[h];

    st->nd[d].head = h;
    st->nd[d].label = label;
    if (pos_of(st, d) < pos_of(st, h)) {
        /* left dependents arrive right to left */
        hn->lc2 = hn->lc1;
        hn->lc1 = d;
        hn->nl++;
        hn->lset |= 1ULL << (label & 63);
    } else {
        /* right dependents arrive left to right */
        hn->rc2 = hn->rc1;
        hn->rc1 = d;
        hn->nr++;
        hn->rset |= 1ULL << (label & 63);
    }
}

static void apply(struct state *st, uint32_t cls)
{
    if (cls == 0) {
        int b0 = (int)st->b;
        st->stack[st->sp++] = b0;
        st->nd[b0].instack = 1;
        st->b++;
    } else {
        int label = (int)((cls - 1) / 2);
        int s0 = st->stack[--st->sp];
        int h = (cls & 1) ? b0_of(st) : st->stack[st->sp - 1];
        st->nd[s0].instack = 0;
        add_arc(st, h, s0, label);
        if ((cls & 1) && h == 0)
            st->b = st->n + 1;   /* ROOT stays the buffer front */
    }
}

/* The only legal class when there is just one (empty stack: SHIFT;
 * ROOT at the buffer front with one word left: LEFT-root), else
 * UINT32_MAX.  Such states (a fifth to a third of all) need no
 * features or scores. */
static uint32_t forced(const struct state *st)
{
    if (st->sp == 0)
        return 0;
    if (st->b == st->n + 1 && st->sp == 1)
        return 1;
    return UINT32_MAX;
}

/* legal[c] for every class. */
static void legal_mask(const struct state *st, uint32_t nlabels,
                       unsigned char *legal)
{
    uint32_t l;
    int b0 = b0_of(st);
    int can_left = st->sp >= 1 && b0 != NONE && (b0 != 0 || st->sp == 1);
    int can_right = st->sp >= 2;

    legal[0] = st->b <= st->n;
    for (l = 0; l < nlabels; l++) {
        /* label 0 (root) exactly on arcs from ROOT */
        legal[1 + 2 * l] = (unsigned char)(can_left && ((b0 == 0) == (l == 0)));
        legal[2 + 2 * l] = (unsigned char)(can_right && l != 0);
    }
}

/* ---- features ------------------------------------------------------- */

#define W_NONE 0x1234ULL
#define W_ROOT 0x4321ULL
#define T_NONE 5000
#define T_ROOT 5001
#define L_NONE 6000

struct ctx {
    const struct state *st;
    const struct dy_syntax_wfeat *w;
    const int *tags;
};

static inline uint64_t wd(const struct ctx *c, int x)
{
    if (x == NONE)
        return W_NONE;
    if (x == 0)
        return W_ROOT;
    return c->w[x - 1].lower;
}

static inline uint64_t tg(const struct ctx *c, int x)
{
    if (x == NONE)
        return T_NONE;
    if (x == 0)
        return T_ROOT;
    return (uint64_t)c->tags[x - 1];
}

#if DY_SYNTAX_FEATURE_SET >= 2
/* Coarse (UPOS) id of a node. */
static inline uint64_t ct(const struct ctx *c, int x)
{
    if (x == NONE)
        return 90;
    if (x == 0)
        return 91;
    return (uint64_t)((unsigned)c->tags[x - 1] >> 16);
}
#endif

#if DY_SYNTAX_FS_ATTACH
/* WordNet noun class of a node (its first noun sense's lexicographer
 * file: noun.location, noun.food, ...), or its coarse tag when WordNet
 * does not know it as a noun.  (Verb classes for words tagged as verbs
 * were measured too and gained nothing: BENCHMARKS.md, twelfth round.) */
static inline uint64_t wc(const struct ctx *c, int x)
{
    uint32_t nlex = x > 0 ? (c->w[x - 1].wn & DY_SYNTAX_WN_NLEX_MASK) : 0;
    return nlex ? 0x100000000ULL | nlex : ct(c, x);
}
#endif

#if DY_SYNTAX_FS_AMB
/* Ambiguity class (lowercase form) of a node. */
static inline uint64_t am(const struct ctx *c, int x)
{
    if (x == NONE)
        return 1ULL << 40;
    if (x == 0)
        return 1ULL << 41;
    return c->w[x - 1].amb_lower;
}
#endif

static inline uint64_t lb(const struct ctx *c, int x)
{
    if (x == NONE || c->st->nd[x].label == NONE)
        return L_NONE;
    return (uint64_t)c->st->nd[x].label;
}

static inline int lc1(const struct ctx *c, int x) { return x == NONE ? NONE : c->st->nd[x].lc1; }
static inline int lc2(const struct ctx *c, int x) { return x == NONE ? NONE : c->st->nd[x].lc2; }
static inline int rc1(const struct ctx *c, int x) { return x == NONE ? NONE : c->st->nd[x].rc1; }
static inline int rc2(const struct ctx *c, int x) { return x == NONE ? NONE : c->st->nd[x].rc2; }

static inline uint64_t f1(uint64_t t, uint64_t a)
{
    return dy_syntax_mix(t * 0xd1b54a32d192ed03ULL + 5, a);
}

static inline uint64_t f2(uint64_t t, uint64_t a, uint64_t b)
{
    return dy_syntax_mix(f1(t, a), b);
}

static inline uint64_t f3(uint64_t t, uint64_t a, uint64_t b, uint64_t c)
{
    return dy_syntax_mix(f2(t, a, b), c);
}

#if DY_SYNTAX_FEATURE_SET >= 3
/* The word d positions from word x, NONE outside the sentence or when
 * x is not a word. */
static inline int lin(const struct state *st, int x, int d)
{
    int y = x + d;
    return x >= 1 && y >= 1 && y <= (int)st->n ? y : NONE;
}
#endif

static uint64_t dist_bucket(int a, int b)
{
    int d = b - a;
    if (d < 0)
        d = -d;
    if (d <= 4)
        return (uint64_t)d;
    if (d <= 7)
        return 5;
    if (d <= 12)
        return 6;
    return 7;
}

static size_t features(const struct ctx *c, uint64_t *k)
{
    const struct state *st = c->st;
    int s0 = s_of(st, 0), s1 = s_of(st, 1), s2 = s_of(st, 2);
    int b0 = b0_of(st);
    int b1 = st->b + 1 <= st->n ? (int)st->b + 1 : NONE;
    int b2 = st->b + 2 <= st->n ? (int)st->b + 2 : NONE;
    uint64_t s0w = wd(c, s0), s0t = tg(c, s0), s1w = wd(c, s1), s1t = tg(c, s1);
    uint64_t s2t = tg(c, s2), s2w = wd(c, s2);
    uint64_t b0w = wd(c, b0), b0t = tg(c, b0), b1w = wd(c, b1), b1t = tg(c, b1);
    uint64_t b2w = wd(c, b2), b2t = tg(c, b2);
    int s0l = lc1(c, s0), s0r = rc1(c, s0), s0l2 = lc2(c, s0), s0r2 = rc2(c, s0);
    int b0l = lc1(c, b0), b0l2 = lc2(c, b0);
    int s1l = lc1(c, s1), s1r = rc1(c, s1);
    uint64_t s0lt = tg(c, s0l), s0rt = tg(c, s0r), b0lt = tg(c, b0l);
    uint64_t s1rt = tg(c, s1r), s1lt = tg(c, s1l);
    uint64_t d = (s0 != NONE && b0 != NONE) ?
        dist_bucket(pos_of(st, s0), pos_of(st, b0)) : 99;
    uint64_t d1 = (s0 != NONE && s1 != NONE) ?
        dist_bucket(pos_of(st, s1), pos_of(st, s0)) : 99;
    uint64_t s0vl = s0 == NONE ? 99 : st->nd[s0].nl;
    uint64_t s0vr = s0 == NONE ? 99 : st->nd[s0].nr;
    uint64_t b0vl = b0 == NONE ? 99 : st->nd[b0].nl;
    uint64_t s1vr = s1 == NONE ? 99 : st->nd[s1].nr;
    uint64_t s0wt = dy_syntax_mix(s0w, s0t), b0wt = dy_syntax_mix(b0w, b0t);
    uint64_t s1wt = dy_syntax_mix(s1w, s1t);
    uint64_t s0ls = s0 == NONE ? 0 : st->nd[s0].lset;
    uint64_t s0rs = s0 == NONE ? 0 : st->nd[s0].rset;
    uint64_t b0ls = b0 == NONE ? 0 : st->nd[b0].lset;
    size_t n = 0;

    k[n++] = f1(1, 0);
    /* single words */
    k[n++] = f1(2, s0w);
    k[n++] = f1(3, s0t);
    k[n++] = f1(4, s0wt);
    k[n++] = f1(5, b0w);
    k[n++] = f1(6, b0t);
    k[n++] = f1(7, b0wt);
    k[n++] = f1(8, b1w);
    k[n++] = f1(9, b1t);
    k[n++] = f2(10, b1w, b1t);
    k[n++] = f1(11, b2w);
    k[n++] = f1(12, b2t);
    k[n++] = f2(13, b2w, b2t);
    k[n++] = f1(14, s1w);
    k[n++] = f1(15, s1t);
    k[n++] = f1(16, s1wt);
    k[n++] = f1(17, s2t);
    k[n++] = f2(18, s2w, s2t);
    /* pairs */
    k[n++] = f2(20, s0wt, b0wt);
    k[n++] = f2(21, s0wt, b0w);
    k[n++] = f2(22, s0w, b0wt);
    k[n++] = f2(23, s0wt, b0t);
    k[n++] = f2(24, s0t, b0wt);
    k[n++] = f2(25, s0w, b0w);
    k[n++] = f2(26, s0t, b0t);
    k[n++] = f2(27, b0t, b1t);
    k[n++] = f2(28, s1wt, s0wt);
    k[n++] = f2(29, s1w, s0w);
    k[n++] = f2(30, s1t, s0t);
    k[n++] = f2(31, s1wt, s0t);
    k[n++] = f2(32, s1t, s0wt);
    k[n++] = f2(33, s0w, b1w);
    k[n++] = f2(34, b0w, b1w);
    /* triples */
    k[n++] = f3(40, b0t, b1t, b2t);
    k[n++] = f3(41, s0t, b0t, b1t);
    k[n++] = f3(42, s1t, s0t, b0t);
    k[n++] = f3(43, s0t, s0lt, b0t);
    k[n++] = f3(44, s0t, s0rt, b0t);
    k[n++] = f3(45, s0t, b0t, b0lt);
    k[n++] = f3(46, s2t, s1t, s0t);
    k[n++] = f3(47, s1t, s0t, s0rt);
    k[n++] = f3(48, s1t, s0t, s0lt);
    k[n++] = f3(49, s1t, s1rt, s0t);
    k[n++] = f3(50, s1t, s1lt, s0t);
    k[n++] = f3(51, s1t, s0t, b1t);
    k[n++] = f3(52, s1w, s0t, b0t);
    k[n++] = f3(53, s1t, s0w, b0t);
    k[n++] = f3(54, s1t, s0t, b0w);
    /* distance */
    k[n++] = f2(60, s0w, d);
    k[n++] = f2(61, s0t, d);
    k[n++] = f2(62, b0w, d);
    k[n++] = f2(63, b0t, d);
    k[n++] = f3(64, s0w, b0w, d);
    k[n++] = f3(65, s0t, b0t, d);
    k[n++] = f3(66, s1t, s0t, d1);
    k[n++] = f2(67, s1w, d1);
    k[n++] = f2(68, s0w, d1);
    k[n++] = f3(69, s1w, s0w, d1);
    /* valency */
    k[n++] = f2(70, s0w, s0vr);
    k[n++] = f2(71, s0t, s0vr);
    k[n++] = f2(72, s0w, s0vl);
    k[n++] = f2(73, s0t, s0vl);
    k[n++] = f2(74, b0w, b0vl);
    k[n++] = f2(75, b0t, b0vl);
    k[n++] = f2(76, s1w, s1vr);
    k[n++] = f2(77, s1t, s1vr);
    /* children */
    k[n++] = f1(80, wd(c, s0l));
    k[n++] = f1(81, s0lt);
    k[n++] = f1(82, lb(c, s0l));
    k[n++] = f1(83, wd(c, s0r));
    k[n++] = f1(84, s0rt);
    k[n++] = f1(85, lb(c, s0r));
    k[n++] = f1(86, wd(c, b0l));
    k[n++] = f1(87, b0lt);
    k[n++] = f1(88, lb(c, b0l));
    k[n++] = f1(89, wd(c, s1r));
    k[n++] = f1(90, s1rt);
    k[n++] = f1(91, lb(c, s1r));
    k[n++] = f1(92, lb(c, s1l));
    k[n++] = f1(93, wd(c, s0l2));
    k[n++] = f1(94, tg(c, s0l2));
    k[n++] = f1(95, lb(c, s0l2));
    k[n++] = f1(96, wd(c, s0r2));
    k[n++] = f1(97, tg(c, s0r2));
    k[n++] = f1(98, lb(c, s0r2));
    k[n++] = f1(99, wd(c, b0l2));
    k[n++] = f1(100, tg(c, b0l2));
    k[n++] = f1(101, lb(c, b0l2));
    k[n++] = f3(102, s0t, s0lt, tg(c, s0l2));
    k[n++] = f3(103, s0t, s0rt, tg(c, s0r2));
    k[n++] = f3(104, b0t, b0lt, tg(c, b0l2));
    k[n++] = f3(105, s0t, lb(c, s0l), lb(c, s0r));
    k[n++] = f3(106, s1t, lb(c, s1r), s0t);
    /* label sets */
    k[n++] = f2(110, s0w, s0rs);
    k[n++] = f2(111, s0t, s0rs);
    k[n++] = f2(112, s0w, s0ls);
    k[n++] = f2(113, s0t, s0ls);
    k[n++] = f2(114, b0w, b0ls);
    k[n++] = f2(115, b0t, b0ls);
#if DY_SYNTAX_FEATURE_SET >= 2
    /* coarse tags generalise the sparse tag triples; suffixes stand in
     * for unknown words */
    {
        uint64_t cs0 = ct(c, s0), cs1 = ct(c, s1), cb0 = ct(c, b0), cb1 = ct(c, b1);
        k[n++] = f2(120, cs0, cb0);
        k[n++] = f3(121, cs1, cs0, cb0);
        k[n++] = f3(122, cs0, cb0, cb1);
        k[n++] = f3(123, cs0, ct(c, s0l), ct(c, s0r));
        k[n++] = f3(124, cb0, ct(c, b0l), cs0);
        k[n++] = f2(125, b0 > 0 ? c->w[b0 - 1].suf[2] : 0, cb0);
        k[n++] = f2(126, s0 > 0 ? c->w[s0 - 1].suf[2] : 0, cs0);
        k[n++] = f3(127, cs0, cb0, d);
    }
#endif
#if DY_SYNTAX_FEATURE_SET >= 3
    /* linear neighbours of s0 and b0 (punctuation, clause edges) and
     * the stack depth; from set 4 those of s1 and the neighbouring
     * words themselves */
    {
        int b0p = lin(st, b0, -1), s0n = lin(st, s0, 1), s0p = lin(st, s0, -1);
        uint64_t depth = st->sp < 4 ? st->sp : 4;
        k[n++] = f3(130, b0t, tg(c, b0p), s0t);
        k[n++] = f3(131, s0t, tg(c, s0n), b0t);
        k[n++] = f3(132, s0t, tg(c, s0p), b0t);
        k[n++] = f2(133, b0w, tg(c, b0p));
        k[n++] = f2(134, s0w, tg(c, s0n));
        k[n++] = f3(135, depth, s0t, b0t);
#if DY_SYNTAX_FEATURE_SET >= 4
        k[n++] = f3(140, s1t, tg(c, lin(st, s1, 1)), s0t);
        k[n++] = f3(141, s1t, tg(c, lin(st, s1, -1)), s0t);
        k[n++] = f2(142, wd(c, b0p), b0t);
        k[n++] = f2(143, wd(c, s0n), s0t);
#endif
    }
#endif
#if DY_SYNTAX_FS_AMB
    /* ambiguity classes: what else s0, b0 and s1 could have been
     * tagged, so that a doubtful tag weighs less */
    {
        uint64_t as0 = am(c, s0), ab0 = am(c, b0);
        k[n++] = f2(150, s0t, as0);
        k[n++] = f2(151, b0t, ab0);
        k[n++] = f3(152, as0, ab0, ct(c, b0));
        k[n++] = f2(153, s1t, am(c, s1));
    }
#endif
#if DY_SYNTAX_FS_ATTACH
    /* lexical attachment: b0 (or s0) with its leftmost dependent, a
     * preposition or marker once it has one, against the two head
     * candidates: shifting keeps s0 as b0's head, reducing s0 leaves s1
     * ("ate pizza with anchovies / with a fork") */
    {
        uint64_t b0lw = wd(c, b0l), s0lw = wd(c, s0l);
        uint64_t cb0 = wc(c, b0), cs0 = wc(c, s0), cs1 = wc(c, s1);
        k[n++] = f3(160, s0w, b0lw, b0w);
        k[n++] = f3(161, s1w, b0lw, b0w);
        k[n++] = f3(162, s0t, b0lw, b0w);
        k[n++] = f3(163, s0w, b0lw, b0t);
        k[n++] = f3(164, s1w, s0w, b0lw);
        k[n++] = f3(165, s1w, b0lw, b0t);
        k[n++] = f3(166, cs0, b0lw, cb0);
        k[n++] = f3(167, cs1, b0lw, cb0);
        k[n++] = f3(168, s1w, s0lw, s0w);
        k[n++] = f3(169, cs1, s0lw, cs0);
        k[n++] = f3(170, s1t, s0lw, s0w);
    }
#endif
    return n;
}

size_t dy_syntax_parse_features_at(const struct dy_syntax_wfeat *w, const int *tags, size_t n,
                                   const uint32_t *cls, size_t ncls, void *work,
                                   uint64_t *keys)
{
    struct state st;
    struct ctx c;

    state_init(&st, n, work);
    for (size_t i = 0; i < ncls; i++)
        apply(&st, cls[i]);
    c.st = &st;
    c.w = w;
    c.tags = tags;
    return features(&c, keys);
}

static uint32_t best_legal(const float *scores, const unsigned char *legal,
                           uint32_t nc)
{
    uint32_t c, best = UINT32_MAX;

    for (c = 0; c < nc; c++)
        if (legal[c] && (best == UINT32_MAX || scores[c] > scores[best]))
            best = c;
    return best;
}

#define MAX_CLASSES (1 + 2 * DY_SYNTAX_MAX_LABELS)

void dy_syntax_parse(const struct dy_syntax_scorer *s, uint32_t nlabels,
                     const struct dy_syntax_wfeat *w, const int *tags,
                     size_t n, void *work, uint32_t *heads, int *labels)
{
    struct state st;
    struct ctx c;
    uint64_t keys[DY_SYNTAX_PARSE_MAXFEAT];
    float scores[MAX_CLASSES];
    unsigned char legal[MAX_CLASSES];
    uint32_t nc = dy_syntax_nclasses(nlabels);
    size_t i;

    state_init(&st, n, work);
    c.st = &st;
    c.w = w;
    c.tags = tags;
    while (!terminal(&st)) {
        size_t nk;
        uint32_t best = forced(&st);
        if (best != UINT32_MAX) {
            apply(&st, best);
            continue;
        }
        nk = features(&c, keys);
        dy_syntax_score(s, keys, nk, scores, nc);
        legal_mask(&st, nlabels, legal);
        best = best_legal(scores, legal, nc);
        apply(&st, best);
    }
    for (i = 1; i <= n; i++) {
        heads[i - 1] = (uint32_t)st.nd[i].head;
        labels[i - 1] = st.nd[i].label;
    }
}

int dy_syntax_upos_id(const char *upos)
{
    static const char *const names[] = {
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
        "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    size_t i;

    for (i = 0; i < DY_ARRAY_LEN(names); i++)
        if (strcmp(upos, names[i]) == 0)
            return (int)i + 1;
    return 0;
}

/* ---- dynamic oracle ----------------------------------------------------- */

static inline int in_buffer(const struct state *st, int x)
{
    return x == 0 || (x >= (int)st->b && x <= (int)st->n);
}

/* Gold dependents of x still in the buffer (unattached). */
static uint32_t deps_in_buffer(const struct state *st, const uint32_t *gh, int x)
{
    size_t i;
    uint32_t c = 0;

    for (i = st->b; i <= st->n; i++)
        if ((int)gh[i - 1] == x)
            c++;
    return c;
}

static uint32_t deps_in_stack(const struct state *st, const uint32_t *gh, int x)
{
    size_t i;
    uint32_t c = 0;

    for (i = 0; i < st->sp; i++)
        if ((int)gh[st->stack[i] - 1] == x)
            c++;
    return c;
}

/* The oracle's choice among the legal transitions of least cost (the
 * dynamic oracle: how many gold arcs each makes unreachable): the
 * best-scoring of them, the lowest class on ties.  *mincost receives
 * that cost. */
static uint32_t best_min_cost(const float *scores, const unsigned char *legal,
                              const uint32_t *cost, uint32_t nc, uint32_t *mincost)
{
    uint32_t best = UINT32_MAX, cl;

    *mincost = UINT32_MAX;
    for (cl = 0; cl < nc; cl++)
        if (legal[cl] && cost[cl] < *mincost)
            *mincost = cost[cl];
    for (cl = 0; cl < nc; cl++)
        if (legal[cl] && cost[cl] == *mincost && (best == UINT32_MAX || scores[cl] > scores[best]))
            best = cl;
    return best;
}
/* Cost of each legal class; UINT32_MAX for illegal ones. */
static void costs(const struct state *st, uint32_t nlabels, const uint32_t *gh,
                  const int *gl, const unsigned char *legal, uint32_t *cost)
{
    int s0 = s_of(st, 0), s1 = s_of(st, 1), b0 = b0_of(st);
    uint32_t l, base;
    uint32_t nc = dy_syntax_nclasses(nlabels);

    for (l = 0; l < nc; l++)
        cost[l] = UINT32_MAX;
    if (legal[0]) {
        int h = (int)gh[b0 - 1];
        base = deps_in_stack(st, gh, b0);
        if (h != s0 && h != 0 && st->nd[h].instack)
            base++;
        cost[0] = base;
    }
    if (s0 != NONE) {
        int h = (int)gh[s0 - 1];
        uint32_t dep = deps_in_buffer(st, gh, s0);
        /* LEFT: arc b0 -> s0 */
        base = dep;
        if (h != b0 && (in_buffer(st, h) || (s1 != NONE && h == s1)))
            base++;
        for (l = 0; l < nlabels; l++)
            if (legal[1 + 2 * l])
                cost[1 + 2 * l] = base + (h == b0 && (int)l != gl[s0 - 1]);
        /* RIGHT: arc s1 -> s0 */
        base = dep;
        if (h != s1 && in_buffer(st, h))
            base++;
        for (l = 0; l < nlabels; l++)
            if (legal[2 + 2 * l])
                cost[2 + 2 * l] = base + (h == s1 && (int)l != gl[s0 - 1]);
    }
}

int dy_syntax_parse_train(struct dy_syntax_ptron *p, uint32_t nlabels,
                          const struct dy_syntax_wfeat *w, const int *tags,
                          size_t n, const uint32_t *gold_heads,
                          const int *gold_labels, int explore,
                          uint64_t *rng, void *work)
{
    struct state st;
    struct ctx c;
    uint64_t keys[DY_SYNTAX_PARSE_MAXFEAT];
    float scores[MAX_CLASSES];
    unsigned char legal[MAX_CLASSES];
    uint32_t cost[MAX_CLASSES];
    uint32_t nc = dy_syntax_nclasses(nlabels);
    struct dy_syntax_scorer sc;

    sc.ptron = p;
    sc.table = NULL;
    state_init(&st, n, work);
    c.st = &st;
    c.w = w;
    c.tags = tags;
    while (!terminal(&st)) {
        size_t nk;
        uint32_t pred, gold, mincost, next;
        next = forced(&st);
        if (next != UINT32_MAX) {
            apply(&st, next);
            continue;
        }
        nk = features(&c, keys);
        dy_syntax_score(&sc, keys, nk, scores, nc);
        legal_mask(&st, nlabels, legal);
        costs(&st, nlabels, gold_heads, gold_labels, legal, cost);
        pred = best_legal(scores, legal, nc);
        gold = best_min_cost(scores, legal, cost, nc, &mincost);
        next = gold;
        if (cost[pred] != mincost) {
            int rc = dy_syntax_ptron_update(p, keys, nk, gold, pred);
            if (rc)
                return rc;
            if (explore && (dy_syntax_rand(rng) % 10) != 0)
                next = pred;
        } else {
            next = pred;
        }
        dy_syntax_ptron_tick(p);
        apply(&st, next);
    }
    return DYAD_OK;
}

/* 1 if a dominates k (walking up k's heads; heads form a tree). */
static int dominates(const uint32_t *heads, size_t n, uint32_t a, uint32_t k)
{
    size_t steps = 0;

    while (k != 0 && k != a && steps++ <= n)
        k = heads[k - 1];
    return k == a;
}

size_t dy_syntax_projectivize(uint32_t *heads, size_t n)
{
    size_t lifts = 0;

    for (;;) {
        size_t d, best = 0, bestlen = SIZE_MAX;
        for (d = 1; d <= n; d++) {
            uint32_t h = heads[d - 1], lo, hi, k;
            if (h == 0 || h > n)
                continue;
            lo = h < d ? h : (uint32_t)d;
            hi = h < d ? (uint32_t)d : h;
            if (hi - lo >= bestlen)
                continue;
            for (k = lo + 1; k < hi; k++)
                if (!dominates(heads, n, h, k))
                    break;
            if (k < hi) {
                best = d;
                bestlen = hi - lo;
            }
        }
        /* an arc from the root word never crosses (it dominates every
         * word), so a lifted word never reaches ROOT */
        if (best == 0 || heads[heads[best - 1] - 1] == 0 || lifts > 4 * n)
            return lifts;
        heads[best - 1] = heads[heads[best - 1] - 1];
        lifts++;
    }
}

int dy_syntax_static_oracle(const uint32_t *gold_heads, const int *gold_labels,
                            size_t n, void *work, uint32_t *heads, int *labels)
{
    struct state st;
    size_t i;

    state_init(&st, n, work);
    while (!terminal(&st)) {
        int s0 = s_of(&st, 0), s1 = s_of(&st, 1), b0 = b0_of(&st);
        uint32_t cls;
        /* a word may be reduced once all its gold dependents are attached */
        int done = s0 != NONE && deps_in_buffer(&st, gold_heads, s0) == 0 &&
                   deps_in_stack(&st, gold_heads, s0) == 0;
        if (s0 != NONE && done && (int)gold_heads[s0 - 1] == b0 &&
            (b0 != 0 || st.sp == 1))
            cls = 1 + 2 * (uint32_t)gold_labels[s0 - 1];
        else if (s1 != NONE && done && (int)gold_heads[s0 - 1] == s1)
            cls = 2 + 2 * (uint32_t)gold_labels[s0 - 1];
        else if (st.b <= n)
            cls = 0;
        else
            return -1;
        apply(&st, cls);
    }
    for (i = 1; i <= n; i++) {
        heads[i - 1] = (uint32_t)st.nd[i].head;
        labels[i - 1] = st.nd[i].label;
    }
    return 0;
}

/* ---- beam search and global training -------------------------------- */

/*
 * Beam search over the same transition system (Zhang and Nivre 2011):
 * every item is a full configuration with the sum of the scores of its
 * transitions; each step expands every item by every legal transition
 * and keeps the `beam` best (ties: earlier item, then lower class, so a
 * beam of 1 makes exactly the greedy parser's choices).  All sentences
 * take 2n transitions, so all items finish together.
 *
 * Training is the structured perceptron with max-violation updates
 * (Huang et al. 2012): the gold item follows the minimum-cost
 * transition of the dynamic oracle (the best-scoring one when several
 * tie, which also covers non-projective trees), the beam is decoded to
 * the end, and the update is made at the step where the best item
 * outscores the gold prefix by the most: +1 for the gold prefix's
 * features and transitions, -1 for the best item's.
 */

struct bitem {
    struct state st;
    double score;
    uint32_t *hist;       /* transitions so far (training only) */
    int gold;             /* history equals the gold prefix */
};

struct cand {
    double score;
    uint32_t item, cls;
};

size_t dy_syntax_beam_worksize(size_t n, uint32_t beam)
{
    size_t one = dy_syntax_parse_worksize(n) + 2 * (n + 1) * sizeof(uint32_t);

    if (beam < 1)
        beam = 1;
    /* 2 x beam items (current and next) plus the gold item and a spare */
    return (2 * (size_t)beam + 2) * (one + sizeof(struct bitem) + 64) +
           (size_t)beam * sizeof(struct cand) + 64;
}

static void state_copy(struct state *dst, const struct state *src)
{
    dst->n = src->n;
    dst->sp = src->sp;
    dst->b = src->b;
    memcpy(dst->nd, src->nd, (src->n + 2) * sizeof(struct node));
    memcpy(dst->stack, src->stack, src->sp * sizeof(int));
}

/* Carves 2*beam+2 items out of work. */
static struct bitem *beam_items(size_t n, uint32_t beam, void *work,
                                struct cand **cands)
{
    size_t one = dy_syntax_parse_worksize(n), nit = 2 * (size_t)beam + 2, i;
    unsigned char *p = work;
    struct bitem *it;

    p = (unsigned char *)(((uintptr_t)p + 63) & ~(uintptr_t)63);
    it = (struct bitem *)(void *)p;
    p += nit * sizeof(struct bitem);
    p = (unsigned char *)(((uintptr_t)p + 63) & ~(uintptr_t)63);
    *cands = (struct cand *)(void *)p;
    p += (size_t)beam * sizeof(struct cand);
    for (i = 0; i < nit; i++) {
        p = (unsigned char *)(((uintptr_t)p + 63) & ~(uintptr_t)63);
        state_init(&it[i].st, n, p);
        p += one;
        it[i].hist = (uint32_t *)(void *)p;
        p += 2 * (n + 1) * sizeof(uint32_t);
        it[i].score = 0;
        it[i].gold = 0;
    }
    return it;
}

/* Keeps the best `beam` candidates in c[0..*nc), best first; ties keep
 * the earlier candidate (earlier item, lower class). */
static void cand_push(struct cand *c, uint32_t *nc, uint32_t beam,
                      double score, uint32_t item, uint32_t cls)
{
    uint32_t j;

    if (*nc == beam && !(score > c[beam - 1].score))
        return;
    j = *nc < beam ? (*nc)++ : beam - 1;
    while (j > 0 && score > c[j - 1].score) {
        c[j] = c[j - 1];
        j--;
    }
    c[j].score = score;
    c[j].item = item;
    c[j].cls = cls;
}

/* One step of the beam: expands cur[0..ncur) into nxt, returns the new
 * size.  scores of item i are computed here; when gold_cls is not
 * UINT32_MAX the item flagged gold keeps its flag only through that
 * class. */
static uint32_t beam_step(const struct dy_syntax_scorer *s, uint32_t nlabels,
                          const struct dy_syntax_wfeat *w, const int *tags,
                          struct bitem *cur, uint32_t ncur, struct bitem *nxt,
                          struct cand *cands, uint32_t beam, size_t step,
                          uint32_t gold_cls, const float *gold_scores)
{
    uint64_t keys[DY_SYNTAX_PARSE_MAXFEAT];
    float scores[MAX_CLASSES];
    unsigned char legal[MAX_CLASSES];
    uint32_t nc = dy_syntax_nclasses(nlabels), i, cl, ncand = 0;
    struct ctx c;

    c.w = w;
    c.tags = tags;
    for (i = 0; i < ncur; i++) {
        const struct state *st = &cur[i].st;
        uint32_t f = forced(st);
        size_t nk;
        if (f != UINT32_MAX) {
            cand_push(cands, &ncand, beam, cur[i].score, i, f);
            continue;
        }
        legal_mask(st, nlabels, legal);
        if (gold_scores && cur[i].gold) {
            /* the gold item's state: scored already by the caller */
            for (cl = 0; cl < nc; cl++)
                if (legal[cl])
                    cand_push(cands, &ncand, beam, cur[i].score + gold_scores[cl],
                              i, cl);
            continue;
        }
        c.st = st;
        nk = features(&c, keys);
        dy_syntax_score(s, keys, nk, scores, nc);
        for (cl = 0; cl < nc; cl++)
            if (legal[cl])
                cand_push(cands, &ncand, beam, cur[i].score + scores[cl], i, cl);
    }
    for (i = 0; i < ncand; i++) {
        const struct bitem *from = &cur[cands[i].item];
        struct bitem *to = &nxt[i];
        state_copy(&to->st, &from->st);
        apply(&to->st, cands[i].cls);
        to->score = cands[i].score;
        if (gold_cls != UINT32_MAX) {
            memcpy(to->hist, from->hist, step * sizeof(uint32_t));
            to->hist[step] = cands[i].cls;
            to->gold = from->gold && cands[i].cls == gold_cls;
        }
    }
    return ncand;
}

void dy_syntax_parse_beam(const struct dy_syntax_scorer *s, uint32_t nlabels,
                          const struct dy_syntax_wfeat *w, const int *tags,
                          size_t n, uint32_t beam, void *work,
                          uint32_t *heads, int *labels)
{
    struct cand *cands;
    struct bitem *it, *cur, *nxt, *tmp;
    uint32_t ncur = 1;
    size_t i, step = 0;

    if (beam < 1)
        beam = 1;
    it = beam_items(n, beam, work, &cands);
    cur = it;
    nxt = it + beam;
    while (!terminal(&cur[0].st)) {
        ncur = beam_step(s, nlabels, w, tags, cur, ncur, nxt, cands, beam,
                         step++, UINT32_MAX, NULL);
        tmp = cur;
        cur = nxt;
        nxt = tmp;
    }
    for (i = 1; i <= n; i++) {
        heads[i - 1] = (uint32_t)cur[0].st.nd[i].head;
        labels[i - 1] = cur[0].st.nd[i].label;
    }
}

/* Replays hist[0..len) from the initial configuration in st and adds
 * delta to the weight of each (non-forced) transition's features,
 * skipping the first `skip` transitions' updates (a prefix shared with
 * the other sequence cancels out). */
static int replay_update(struct dy_syntax_ptron *p,
                         const struct dy_syntax_wfeat *w, const int *tags,
                         struct state *st, const uint32_t *hist, size_t len,
                         size_t skip, float delta)
{
    uint64_t keys[DY_SYNTAX_PARSE_MAXFEAT];
    struct ctx c;
    size_t t;

    c.st = st;
    c.w = w;
    c.tags = tags;
    for (t = 0; t < len; t++) {
        if (t >= skip && forced(st) == UINT32_MAX) {
            size_t nk = features(&c, keys);
            int rc = dy_syntax_ptron_add(p, keys, nk, hist[t], delta);
            if (rc)
                return rc;
        }
        apply(st, hist[t]);
    }
    return DYAD_OK;
}

int dy_syntax_parse_train_beam(struct dy_syntax_ptron *p, uint32_t nlabels,
                               const struct dy_syntax_wfeat *w,
                               const int *tags, size_t n,
                               const uint32_t *gold_heads,
                               const int *gold_labels, uint32_t beam,
                               void *work, int *updated)
{
    struct dy_syntax_scorer sc;
    struct cand *cands;
    struct bitem *it, *cur, *nxt, *tmp, *gold, *mv;
    uint64_t keys[DY_SYNTAX_PARSE_MAXFEAT];
    float scores[MAX_CLASSES];
    unsigned char legal[MAX_CLASSES];
    uint32_t cost[MAX_CLASSES];
    uint32_t nc = dy_syntax_nclasses(nlabels), ncur = 1;
    size_t step = 0, mv_len = 0, common;
    double mv_viol = 0;
    struct ctx c;
    int rc;

    *updated = 0;
    if (beam < 1)
        beam = 1;
    sc.ptron = p;
    sc.table = NULL;
    it = beam_items(n, beam, work, &cands);
    cur = it;
    nxt = it + beam;
    gold = it + 2 * beam;      /* the gold item, outside the beam */
    mv = it + 2 * beam + 1;    /* best item at the max-violation step */
    cur[0].gold = 1;
    c.w = w;
    c.tags = tags;
    while (!terminal(&gold->st)) {
        uint32_t g = forced(&gold->st), mincost;
        if (g == UINT32_MAX) {
            size_t nk;
            c.st = &gold->st;
            nk = features(&c, keys);
            dy_syntax_score(&sc, keys, nk, scores, nc);
            legal_mask(&gold->st, nlabels, legal);
            costs(&gold->st, nlabels, gold_heads, gold_labels, legal, cost);
            g = best_min_cost(scores, legal, cost, nc, &mincost);
            gold->score += scores[g];
        }
        gold->hist[step] = g;
        apply(&gold->st, g);
        ncur = beam_step(&sc, nlabels, w, tags, cur, ncur, nxt, cands, beam,
                         step, g, scores);
        step++;
        tmp = cur;
        cur = nxt;
        nxt = tmp;
        /* violation: the best item is not gold and scores at least as
         * high as the gold prefix */
        if (!cur[0].gold && cur[0].score - gold->score >= mv_viol) {
            mv_viol = cur[0].score - gold->score;
            mv_len = step;
            memcpy(mv->hist, cur[0].hist, step * sizeof(uint32_t));
        }
    }
    if (mv_len == 0 || cur[0].gold)
        return DYAD_OK;      /* no violation, or the final best is gold */
    for (common = 0; common < mv_len && gold->hist[common] == mv->hist[common];
         common++)
        ;
    /* replay both prefixes from the initial configuration */
    state_init(&gold->st, n, gold->st.nd);
    rc = replay_update(p, w, tags, &gold->st, gold->hist, mv_len,
                       common, 1.0f);
    if (!rc) {
        state_init(&mv->st, n, mv->st.nd);
        rc = replay_update(p, w, tags, &mv->st, mv->hist, mv_len,
                           common, -1.0f);
    }
    if (!rc)
        *updated = 1;
    return rc;
}
