/*
 * syntax_int.h - pieces shared by the files of module syntax and by
 * nothing else: feature hashing, the training-time perceptron, the
 * frozen (file-backed) weight and lookup tables, the tagger, parser and
 * morphology entry points, and the layout of a loaded model.
 *
 * The same feature extraction code runs at training and at run time;
 * only the scorer behind it differs (a growable sparse averaged
 * perceptron while training, a read-only hash table of quantised weights
 * mapped from the model file afterwards).
 */
#ifndef DY_SYNTAX_INT_H
#define DY_SYNTAX_INT_H

#include <stddef.h>
#include <stdint.h>

#include "syntax/syntax.h"

/* Version of the feature templates (tagger.c, parser.c), stored in the
 * model.  Weights are keyed by feature hashes, so a model trained with
 * other templates would load fine and parse garbage: the loader refuses
 * it instead.  Bump whenever a template is added, removed or changed.
 * 1: first release; 2: coarse-tag and suffix parser templates;
 * 3: linear neighbours of s0 and b0 and the stack depth; 4: neighbours
 * of s1, words next to s0 and b0; 5 (experimental, not the default:
 * no gain on EWT dev, BENCHMARKS.md; build with
 * -DDY_SYNTAX_FEATURE_SET=5): ambiguity classes (the UPOS set a form had
 * in training) and a headline flag in tagger and parser; 6 (the default
 * since the ninth session): set 4 plus lexical attachment templates in
 * the parser (a head candidate, the function word its dependent has
 * taken and the dependent, as words and as WordNet noun classes; +0.43
 * UAS on EWT dev).  Set 5 is set 4 plus its own templates, without 6's. */
#ifndef DY_SYNTAX_FEATURE_SET
#define DY_SYNTAX_FEATURE_SET 6
#endif
/* The template groups the set switches on. */
#define DY_SYNTAX_FS_AMB (DY_SYNTAX_FEATURE_SET == 5)
#define DY_SYNTAX_FS_ATTACH (DY_SYNTAX_FEATURE_SET >= 6)

/* ---- hashing ---------------------------------------------------------- */

/* FNV-1a over bytes, then a final avalanche; never returns 0 (0 marks an
 * empty slot in every table). */
uint64_t dy_syntax_hash(const void *p, size_t n, uint64_t seed);
/* Order-dependent combination of two hashes (feature templates). */
static inline uint64_t dy_syntax_mix(uint64_t a, uint64_t b)
{
    uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    x ^= x >> 31;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 29;
    return x ? x : 1;
}

/* splitmix64 step: deterministic PRNG for shuffling and exploration. */
uint64_t dy_syntax_rand(uint64_t *state);

/* ---- frozen tables (model file) --------------------------------------- */

/* One feature of a frozen weight table: fp is the upper half of the
 * feature's 64-bit key (the lower half chose the slot; 0 = empty) and
 * its row is ent[start] = count, then count (class, int16 weight)
 * pairs. */
struct dy_syntax_slot {
    uint32_t fp;
    uint32_t start;
};

static inline uint32_t dy_syntax_fp(uint64_t key)
{
    uint32_t f = (uint32_t)(key >> 32);
    return f ? f : 1;
}

/* Perceptron weights, open addressing over slots[].  Score = sum of
 * weight * scale. */
struct dy_syntax_table {
    uint32_t mask;            /* nslots - 1, nslots a power of two */
    uint32_t nclasses;
    uint32_t nfeatures;
    float scale;
    const struct dy_syntax_slot *slots;
    const uint16_t *ent;
    size_t nent;
};

/* Generic key -> uint32 value table (tag dictionary, lemma and
 * feature exceptions, suffix rules). */
struct dy_syntax_kv {
    uint32_t mask;
    uint32_t n;
    const uint64_t *keys;
    const uint32_t *vals;
};

int dy_syntax_kv_get(const struct dy_syntax_kv *kv, uint64_t key,
                     uint32_t *val);

/* ---- training perceptron --------------------------------------------- */

struct dy_syntax_ptron;

#define DY_SYNTAX_MAX_FEATURES (1u << 25)  /* cap on distinct features */

int dy_syntax_ptron_new(uint32_t nclasses, struct dy_syntax_ptron **out);
void dy_syntax_ptron_free(struct dy_syntax_ptron *p);
/* scores[0..nclasses) = sum of current weights of keys. */
void dy_syntax_ptron_score(const struct dy_syntax_ptron *p,
                           const uint64_t *keys, size_t nkeys,
                           float *scores);
/* Adds +1 to class `good` and -1 to class `bad` for every key; one
 * update is one tick of the averaging clock. */
int dy_syntax_ptron_update(struct dy_syntax_ptron *p, const uint64_t *keys,
                           size_t nkeys, uint32_t good, uint32_t bad);
/* Adds delta to class cls of every key (no tick; structured updates). */
int dy_syntax_ptron_add(struct dy_syntax_ptron *p, const uint64_t *keys,
                        size_t nkeys, uint32_t cls, float delta);
void dy_syntax_ptron_tick(struct dy_syntax_ptron *p);
/* Replaces weights by their averages (training is over). */
void dy_syntax_ptron_average(struct dy_syntax_ptron *p);
/* Serialises into the frozen layout (see ptron.c), dropping weights
 * whose magnitude is below min_abs or that quantise to 0.  *blob is
 * dy_malloc'ed. */
int dy_syntax_ptron_freeze(const struct dy_syntax_ptron *p, float min_abs,
                           void **blob, size_t *len);
size_t dy_syntax_ptron_nfeatures(const struct dy_syntax_ptron *p);
/* dst += src weight by weight (both averaged; same class count), and
 * all weights times f: the sum or mean of an ensemble's members. */
int dy_syntax_ptron_merge(struct dy_syntax_ptron *dst,
                          const struct dy_syntax_ptron *src);
void dy_syntax_ptron_scale(struct dy_syntax_ptron *p, float f);

/* Either a training perceptron or a frozen table. */
struct dy_syntax_scorer {
    const struct dy_syntax_ptron *ptron;
    const struct dy_syntax_table *table;
};

void dy_syntax_score(const struct dy_syntax_scorer *s, const uint64_t *keys,
                     size_t nkeys, float *scores, uint32_t nclasses);

/* ---- tag and label sets ------------------------------------------------ */

#define DY_SYNTAX_MAX_TAGS 256
#define DY_SYNTAX_MAX_LABELS 96

/* ---- per-word features shared by tagger and parser ------------------ */

struct dy_syntax_wfeat {
    uint64_t form;      /* exact (quote-normalised) form */
    uint64_t lower;     /* lowercase form */
    uint64_t pre[4];    /* prefixes 1..4 bytes of lower */
    uint64_t suf[4];    /* suffixes 1..4 bytes of lower */
    uint64_t shape;     /* Xxx, dd, x-x style shape, runs collapsed */
    uint32_t flags;     /* bit0 upper-initial, 1 all-upper, 2 digit, 3 hyphen,
                         * 4 (dy_syntax_wfeat_finish) the sentence is mostly
                         * capitalised words: a title or headline,
                         * 5 lowercase-initial */
    /* ambiguity classes: bit u set if the exact / lowercase form had
     * coarse UPOS u (dy_syntax_upos_id) in training; 0 = form seen
     * fewer than DY_SYNTAX_AMB_MIN times (set by dy_syntax_wfeat_finish) */
    uint32_t amb_form, amb_lower;
    /* WordNet fields (DY_SYNTAX_WN_*) of the lowercase form, 0 when the
     * model has no WordNet table (dy_syntax_wfeat_wordnet) */
    uint32_t wn;
};

#define DY_SYNTAX_AMB_MIN 2

/* Fills w->... from the form; amb_form = amb_lower = 0. */
void dy_syntax_wfeat_make(const char *form, struct dy_syntax_wfeat *out);
/* The sentence-level parts of the features of the sentence w[0..n):
 * ambiguity classes looked up in amb (model section; keys are the form
 * and lower hashes; NULL = none) and the headline flag. */
void dy_syntax_wfeat_finish(const struct dy_syntax_kv *amb,
                            struct dy_syntax_wfeat *w, size_t n);

/* ---- WordNet table (wordnet.c; experimental, dyad-train --wordnet) ---- */

/* Fields of a table value and of dy_syntax_wn_lookup's result. */
#define DY_SYNTAX_WN_N 1u             /* a noun lemma */
#define DY_SYNTAX_WN_V 2u             /* a verb lemma */
#define DY_SYNTAX_WN_A 4u             /* an adjective lemma */
#define DY_SYNTAX_WN_R 8u             /* an adverb lemma */
#define DY_SYNTAX_WN_POS_MASK 0xfu
#define DY_SYNTAX_WN_EXC_MASK 0xf0u   /* irregular inflection (*.exc) of n v a r */
#define DY_SYNTAX_WN_NPL (1u << 8)    /* run time: noun plural of a noun lemma */
#define DY_SYNTAX_WN_V3S (1u << 9)    /* -s of a verb lemma */
#define DY_SYNTAX_WN_VED (1u << 10)   /* -ed */
#define DY_SYNTAX_WN_VING (1u << 11)  /* -ing */
#define DY_SYNTAX_WN_AER (1u << 12)   /* -er of an adjective lemma */
#define DY_SYNTAX_WN_AEST (1u << 13)  /* -est */
#define DY_SYNTAX_WN_MORPH_MASK 0x3f00u
#define DY_SYNTAX_WN_NLEX_SHIFT 14    /* noun lexicographer file - 3 + 1 (0 none) */
#define DY_SYNTAX_WN_NLEX_MASK (31u << 14)
#define DY_SYNTAX_WN_VLEX_SHIFT 19    /* verb lexicographer file - 29 + 1 */
#define DY_SYNTAX_WN_VLEX_MASK (15u << 19)
#define DY_SYNTAX_WN_CAP1 (1u << 23)  /* first noun sense spelt capitalised */
#define DY_SYNTAX_WN_CAPANY (1u << 24) /* some noun sense spelt capitalised */
#define DY_SYNTAX_WN_DOM_SHIFT 25     /* POS with most senses, 1-4 = n v a r */
#define DY_SYNTAX_WN_DOM_MASK (7u << 25)
#define DY_SYNTAX_WN_PRESENT (1u << 31) /* run time: the model has a table */

/* The model section: u32 version (1), u32 bytes of licence notice (NUL
 * included, padded to 8), WordNet's notice, then a frozen kv (map.c)
 * from the hash of a lowercase word to its fields. */
struct dy_syntax_wn {
    struct dy_syntax_kv kv;
    const char *notice;
};

/* Builds the section from WordNet 3.0's files in dir (index.*, data.noun,
 * data.verb, *.exc); *blob is dy_malloc'ed. */
int dy_syntax_wn_build(const char *dir, void **blob, size_t *len,
                       struct dyad_error *err);
/* Opens a section (0, or -1 if malformed). */
int dy_syntax_wn_open(const void *blob, size_t len, struct dy_syntax_wn *wn);
/* Fields of the lowercase word s[0, n), with morphy-style detachment;
 * always has DY_SYNTAX_WN_PRESENT set. */
uint32_t dy_syntax_wn_lookup(const struct dy_syntax_kv *kv, const char *s, size_t n);
/* The stored fields of the lowercase word s[0, n) itself (lemma parts
 * of speech, irregular-inflection bits), no detachment: 0 if absent. */
uint32_t dy_syntax_wn_exact(const struct dy_syntax_kv *kv, const char *s, size_t n);
/* The first lemma of part of speech pbit (DY_SYNTAX_WN_N or _V) that
 * WordNet's regular detachments reach from s[0, n), into out[cap] with
 * its NUL: its length, or 0 if none. */
size_t dy_syntax_wn_base(const struct dy_syntax_kv *kv, const char *s, size_t n, uint32_t pbit,
                         char *out, size_t cap);
/* Sets w->wn from the (normalised, lowercased) form; table NULL or
 * empty: w->wn = 0 and the tagger uses no WordNet feature. */
void dy_syntax_wfeat_wordnet(const struct dy_syntax_wn *wn, const char *form,
                             struct dy_syntax_wfeat *w);

/* ---- the tagger --------------------------------------------------------- */

struct dy_syntax_tagdict;   /* training-time; run time uses a kv */

#define DY_SYNTAX_TAG_MAXFEAT 64

/* Feature keys for word i given the two previous predicted tags.  In
 * the second pass `right` holds the first pass's tags of the whole
 * sentence, which adds right-context tag features; NULL in pass one. */
size_t dy_syntax_tagger_features(const struct dy_syntax_wfeat *w, size_t n,
                                 size_t i, int t1, int t2, const int *right,
                                 uint64_t *keys);

/* Greedy left-to-right tagging (one pass; right as above).  tagdict
 * may be NULL. */
void dy_syntax_tag(const struct dy_syntax_scorer *s, uint32_t ntags,
                   const struct dy_syntax_kv *tagdict,
                   const struct dy_syntax_wfeat *w, size_t n, const int *right,
                   int *tags);

/* ---- the parser ---------------------------------------------------------- */

/* Room for the parser's keys: feature set 6 writes 128 per state and
 * parser.c features() does not check the bound, so new templates need
 * room here first (a set-7 trial with 132 overran the old 128). */
#define DY_SYNTAX_PARSE_MAXFEAT 160

/* Arc-hybrid transition classes: 0 = SHIFT, 1 + 2l = LEFT-l,
 * 2 + 2l = RIGHT-l for label l. */
static inline uint32_t dy_syntax_nclasses(uint32_t nlabels)
{
    return 1 + 2 * nlabels;
}

/* The parser's tag input per word: the tag class in the low 16 bits and
 * its coarse UPOS id (dy_syntax_upos_id) above, so that templates can
 * use either granularity. */
#if DY_SYNTAX_FEATURE_SET >= 2
#define DY_SYNTAX_PTAG(fine, coarse) ((int)((unsigned)(fine) | ((unsigned)(coarse) << 16)))
#else
#define DY_SYNTAX_PTAG(fine, coarse) ((void)(coarse), (int)(fine))
#endif

/* Lemma of an English irregular past or participle ("shot" -> "shoot";
 * lower: the lowercase form), or NULL (irregular.c). */
const char *dy_syntax_irregular_lemma(const char *lower);
/* Is that past form also a verb's base form ("saw", "found", "lay")? */
int dy_syntax_irregular_is_base(const char *lower);
/* 'D' for an irregular simple past that is only ever a verb ("stole",
 * "overran", "struck"), 'N' for such a participle ("slain"), else 0. */
int dy_syntax_irregular_verb_only(const char *lower);

/* Small id (1..18) of a UPOS name; 0 for names outside UD's 17. */
int dy_syntax_upos_id(const char *upos);

/* The parser's feature keys (at most DY_SYNTAX_PARSE_MAXFEAT) in the
 * configuration the legal transition classes cls[0..ncls) lead to from
 * the initial one (0 SHIFT, 1+2l LEFT-l, 2+2l RIGHT-l); for tests.  work
 * as for dy_syntax_parse. */
size_t dy_syntax_parse_features_at(const struct dy_syntax_wfeat *w, const int *tags, size_t n,
                                   const uint32_t *cls, size_t ncls, void *work,
                                   uint64_t *keys);

/* Greedy parse; heads[i], labels[i] for words i = 0..n-1 (heads 1-based,
 * 0 = root).  work must hold dy_syntax_parse_worksize(n) bytes. */
size_t dy_syntax_parse_worksize(size_t n);
void dy_syntax_parse(const struct dy_syntax_scorer *s, uint32_t nlabels,
                     const struct dy_syntax_wfeat *w, const int *tags,
                     size_t n, void *work, uint32_t *heads, int *labels);

/* One training pass of the parser over one sentence with the dynamic
 * oracle.  gold heads/labels as above; explore != 0 follows the model's
 * own (possibly wrong) predictions.  Returns DYAD_OK or DYAD_ENOMEM. */
int dy_syntax_parse_train(struct dy_syntax_ptron *p, uint32_t nlabels,
                          const struct dy_syntax_wfeat *w, const int *tags,
                          size_t n, const uint32_t *gold_heads,
                          const int *gold_labels, int explore,
                          uint64_t *rng, void *work);

/* Beam search of width beam (a width of 1 makes the same choices as
 * dy_syntax_parse, only slower); work must hold
 * dy_syntax_beam_worksize(n, beam) bytes. */
size_t dy_syntax_beam_worksize(size_t n, uint32_t beam);
void dy_syntax_parse_beam(const struct dy_syntax_scorer *s, uint32_t nlabels,
                          const struct dy_syntax_wfeat *w, const int *tags,
                          size_t n, uint32_t beam, void *work,
                          uint32_t *heads, int *labels);

/* One global (structured perceptron) training step on one sentence:
 * beam search of width beam against the gold sequence of the dynamic
 * oracle, max-violation update (no tick: the caller ticks once per
 * sentence).  *updated = 1 if the weights changed.  work as for
 * dy_syntax_parse_beam.  Returns DYAD_OK or DYAD_ENOMEM/ETOOBIG. */
int dy_syntax_parse_train_beam(struct dy_syntax_ptron *p, uint32_t nlabels,
                               const struct dy_syntax_wfeat *w,
                               const int *tags, size_t n,
                               const uint32_t *gold_heads,
                               const int *gold_labels, uint32_t beam,
                               void *work, int *updated);

/* Makes a tree projective for training (Nivre and Nilsson 2005, "lift"):
 * while some arc crosses another, the shortest such arc's dependent is
 * re-attached to its head's head.  heads[i-1] is word i's head (0 =
 * root); labels are left as they are.  Returns the number of lifts. */
size_t dy_syntax_projectivize(uint32_t *heads, size_t n);

/* Static oracle (used by tests): the transition sequence that builds a
 * projective tree.  Returns 0 and fills heads/labels by replaying the
 * oracle, or -1 when the tree is non-projective. */
int dy_syntax_static_oracle(const uint32_t *gold_heads, const int *gold_labels,
                            size_t n, void *work, uint32_t *heads,
                            int *labels);

/* ---- loaded model -------------------------------------------------------- */

struct dy_syntax_tag {
    const char *upos;
    const char *xpos;
    const char *feats;     /* most frequent FEATS for the tag */
};

struct dyad_model {
    void *map;                /* mmap'ed file (or dy_malloc'ed copy) */
    size_t map_len;
    int mapped;               /* 1 = munmap, 0 = dy_free */
    uint32_t version;
    const char *strings;      /* string section */
    size_t strings_len;
    uint32_t ntags, nlabels;
    struct dy_syntax_tag tags[DY_SYNTAX_MAX_TAGS];
    unsigned char propn[DY_SYNTAX_MAX_TAGS];  /* tag is PROPN: lemma = form */
    unsigned char coarse[DY_SYNTAX_MAX_TAGS]; /* dy_syntax_upos_id of the tag */
    const char *labels[DY_SYNTAX_MAX_LABELS];
    struct dy_syntax_table tagger;   /* pass one */
    struct dy_syntax_table tagger2;  /* pass two, with right-context tags */
    struct dy_syntax_table parser;
    struct dy_syntax_kv tagdict;     /* form hash -> tag */
    struct dy_syntax_kv amb;         /* form/lower hash -> UPOS bit set */
    struct dy_syntax_wn wn;          /* WordNet table (kv.n == 0: none) */
    struct dy_syntax_kv lemma_exc;   /* (lower, tag) -> string offset */
    struct dy_syntax_kv lemma_rule;  /* (tag, suffix) -> strip<<24 | offset */
    struct dy_syntax_kv feats_exc;   /* (lower, tag) -> string offset */
    const char *meta;
    uint32_t beam;                   /* parser beam width (1 = greedy) */
};

/* Morphology keys, shared by training (morph.c) and run time. */
uint64_t dy_syntax_morph_key(const char *lower, size_t len, int tag);
#define DY_SYNTAX_SUFFIX_MAX 6

/* Lemma for a word: a model string or an arena string. */
const char *dy_syntax_lemma(const struct dyad_model *m, struct dy_arena *a,
                            const char *form, int tag);
const char *dy_syntax_feats(const struct dyad_model *m, const char *form,
                            int tag);

/* Lowercases ASCII into dst (cap bytes incl. NUL); returns length. */
size_t dy_syntax_lower(const char *s, char *dst, size_t cap);


/* ---- growable maps (training only) ------------------------------------ */

/* uint64 key (never 0) -> uint32 value, open addressing, capped. */
struct dy_syntax_map {
    uint64_t *keys;
    uint32_t *vals;
    uint32_t mask;
    uint32_t n;
};

#define DY_SYNTAX_MAP_MAX (1u << 26)

void dy_syntax_map_init(struct dy_syntax_map *m);
void dy_syntax_map_release(struct dy_syntax_map *m);
int dy_syntax_map_get(const struct dy_syntax_map *m, uint64_t key,
                      uint32_t *val);
/* Sets key to val (inserting); DYAD_ENOMEM or DYAD_ETOOBIG on failure. */
int dy_syntax_map_put(struct dy_syntax_map *m, uint64_t key, uint32_t val);
/* Serialises as a frozen kv blob: u32 nslots, u32 n, u64 keys[nslots],
 * u32 vals[nslots], padded to 8 bytes. */
int dy_syntax_map_freeze(const struct dy_syntax_map *m, void **blob,
                         size_t *len);
int dy_syntax_kv_open(const void *blob, size_t len, struct dy_syntax_kv *kv);
int dy_syntax_table_open(const void *blob, size_t len,
                         struct dy_syntax_table *t);

/* Interned strings: a blob of NUL-terminated strings and a map from
 * their hash to their offset. */
struct dy_syntax_strtab {
    struct dy_buf buf;
    struct dy_syntax_map map;
};

void dy_syntax_strtab_init(struct dy_syntax_strtab *t);
void dy_syntax_strtab_release(struct dy_syntax_strtab *t);
int dy_syntax_strtab_add(struct dy_syntax_strtab *t, const char *s,
                         uint32_t *off);

/* ---- morphology training ------------------------------------------------ */

struct dy_syntax_morph_blobs {
    void *lemma_exc, *lemma_rule, *feats_exc, *tagdict;
    size_t lemma_exc_len, lemma_rule_len, feats_exc_len, tagdict_len;
};

struct dy_syntax_tagset;  /* defined in train.c */

/* Learns lemma exceptions and suffix rules, feature exceptions and the
 * tag dictionary from a corpus whose words have tag classes tagidx[]
 * (parallel to all words, sentence by sentence).  Tag default FEATS
 * offsets go to tag_feats[].  is_propn[t] marks PROPN tags. */
int dy_syntax_morph_learn(const struct dy_syntax_corpus *c, const int *tagidx,
                          uint32_t ntags, const unsigned char *is_propn,
                          struct dy_syntax_strtab *st, uint32_t *tag_feats,
                          struct dy_syntax_morph_blobs *out);
void dy_syntax_morph_blobs_release(struct dy_syntax_morph_blobs *b);

#endif
