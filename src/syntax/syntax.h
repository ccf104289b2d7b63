/*
 * syntax.h - module syntax (prefix dy_syntax_): part-of-speech tagging,
 * lemmatisation, morphological features and transition-based
 * dependency parsing of one sentence at a time, plus what the tools
 * need around it: CoNLL-U reading, training and evaluation.
 *
 * The tagger is a greedy left-to-right averaged perceptron over joint
 * UPOS+XPOS classes; the parser is a greedy arc-hybrid parser trained
 * with a dynamic oracle and an averaged perceptron; lemmas and features
 * come from tables learned from the treebank lemma/FEATS columns.  The
 * trained model is one binary file, memory-mapped by dyad_model_load
 * (model.c documents the format).  docs/SYNTAX.md has the full design.
 *
 * Thread safety: a loaded struct dyad_model is immutable; any number of
 * threads may call dy_syntax_annotate on it at once, each with its own
 * arena.
 */
#ifndef DY_SYNTAX_H
#define DY_SYNTAX_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/util.h"

/* Longest sentence dy_syntax_annotate accepts (words); longer input is
 * refused with DYAD_ETOOBIG, the caller splits it. */
#define DY_SYNTAX_MAX_WORDS 1024

/*
 * Tags, lemmatises and parses one sentence.  toks[0..ntoks) are the
 * sentence's tokens (form = normalised spelling); out[0..ntoks) receives
 * one word per token.  Strings in out point into the model (tag, label
 * and feature tables, lemmas of known words) or into `arena` (lemmas
 * made by rule); they live as long as both.  head is 1-based, 0 = root.
 * Work is linear in ntoks.  Returns DYAD_OK, DYAD_EINVAL (NULL model or
 * arguments), DYAD_ETOOBIG (ntoks > DY_SYNTAX_MAX_WORDS) or
 * DYAD_ENOMEM.  ntoks == 0 is fine and does nothing.
 */
int dy_syntax_annotate(const struct dyad_model *m, struct dy_arena *arena,
                       const struct dyad_token *toks, size_t ntoks,
                       struct dyad_word *out);

/* Same, from plain word strings (tools and tests with gold tokens). */
int dy_syntax_annotate_words(const struct dyad_model *m,
                             struct dy_arena *arena,
                             const char *const *forms, size_t n,
                             struct dyad_word *out);

/* ---- CoNLL-U --------------------------------------------------------- */

/* One syntactic word of a CoNLL-U sentence.  Strings live in the
 * corpus arena; absent columns ("_") are stored as "_". */
struct dy_syntax_cword {
    const char *form;
    const char *lemma;
    const char *upos;
    const char *xpos;
    const char *feats;
    const char *deprel;
    uint32_t head;       /* 0 = root */
};

struct dy_syntax_sent {
    struct dy_syntax_cword *w;   /* w[0..n) = words 1..n */
    uint32_t n;
    const char *doc_id;          /* last "# newdoc id" seen, or "" */
    const char *sent_id;         /* "# sent_id", or "" */
    const char *text;            /* "# text", or "" */
    int newpar;                  /* "# newpar" or "# newdoc" came before it */
};

/* A set of sentences read from CoNLL-U files; owns all its memory. */
struct dy_syntax_corpus {
    struct dy_syntax_sent *sents;
    size_t nsents;
    size_t asents;
    size_t nwords;
    struct dy_arena *arena;
};

/* Which documents of a file to keep and how often to repeat them. */
struct dy_syntax_read_opts {
    /* Comma-separated GUM genres ("news,bio"): a document whose id is
     * "GUM_<genre>_..." is kept only if <genre> is listed.  NULL = keep
     * every document.  Documents not named GUM_* are always kept. */
    const char *gum_genres;
    /* "genre:N,...": sentences of GUM_<genre>_ documents are added N
     * times (weighting).  NULL = once. */
    const char *gum_repeat;
    /* Comma-separated document ids ("GUM_news_iodine") that are skipped
     * whatever their genre: documents an evaluation must not have seen
     * in training.  NULL = none. */
    const char *exclude_docs;
};

#define DY_SYNTAX_MAX_LINE 65536          /* longest CoNLL-U line */
#define DY_SYNTAX_MAX_CORPUS_WORDS 20000000 /* cap on words per corpus */

void dy_syntax_corpus_init(struct dy_syntax_corpus *c);
/* Appends the sentences of a CoNLL-U file.  Multiword-token ranges and
 * empty nodes are skipped (gold tokenisation = syntactic words).  A
 * malformed line fails with DYAD_EFORMAT and "path:line" in err. */
int dy_syntax_corpus_read(struct dy_syntax_corpus *c, const char *path,
                          const struct dy_syntax_read_opts *opts,
                          struct dyad_error *err);
void dy_syntax_corpus_release(struct dy_syntax_corpus *c);

/* ---- training -------------------------------------------------------- */

#define DY_SYNTAX_MAX_BEAM 64   /* widest parser beam a model may ask for */

/* Decodes with another beam width than the one the model was trained
 * with (benchmarks: speed against accuracy).  Call before the model is
 * shared by threads.  DYAD_EINVAL outside 1..DY_SYNTAX_MAX_BEAM. */
int dy_syntax_model_set_beam(struct dyad_model *m, uint32_t beam);

#define DY_SYNTAX_MAX_ENSEMBLE 16

struct dy_syntax_train_opts {
    uint64_t seed;          /* shuffling and exploration; 0 = 1 */
    int tag_epochs;         /* 0 = default (8) */
    int parse_epochs;       /* 0 = default (15) */
    int jackknife;          /* folds for parser-training tags; 0/1 = none */
    int beam;               /* parser beam width, training and run time;
                             * 0/1 = greedy with the dynamic oracle */
    const char *meta;       /* free text stored in the model (command) */
    /* Weights with |w| below this are left out of the file (size); 0 =
     * defaults.  prune_sweep != 0 also writes out_path.pN variants for
     * a few thresholds, to measure size against accuracy. */
    float prune_tagger, prune_parser;
    int prune_sweep;
    /* != 0: train the taggers only (tagger experiments); the parser
     * table is left empty, so the model parses nothing useful */
    int tag_only;
    /* != 0: train the parser on jackknifed second-pass tags instead of
     * jackknifed first-pass ones (four more tagger trainings) */
    int jackknife_pass2;
    /* != 0: the parser learns from projectivised trees (each crossing
     * arc lifted to its head's head: dy_syntax_projectivize) instead of
     * the dynamic oracle's approximate costs on crossing arcs */
    int projectivize;
    /* Parsers in the ensemble (mean of their weights; 0/1 = one) and
     * threads to train them on (0/1 = this thread only).  The model
     * does not depend on `threads`. */
    int ensemble, threads;
    int tag_ensemble;       /* taggers per final tagging pass; 0/1 = one */
    const struct dy_syntax_corpus *dev; /* optional, for progress scores */
    /* WordNet 3.0 directory (index.*, data.*, *.exc): experimental
     * tagger templates on a table derived from it, stored in the model
     * (wordnet.c); NULL = none (the default model) */
    const char *wordnet;
    /* Progress messages (one line each, no newline); NULL = silent. */
    void (*progress)(void *ctx, const char *msg);
    void *progress_ctx;
};

/* Trains tagger, lemmatiser and parser on `train` and writes the model
 * file to out_path (atomically: temp file then rename). */
int dy_syntax_train(const struct dy_syntax_corpus *train,
                    const struct dy_syntax_train_opts *opts,
                    const char *out_path, struct dyad_error *err);

/* ---- evaluation ------------------------------------------------------ */

struct dy_syntax_eval {
    size_t words;        /* gold words (gold tokenisation) */
    size_t upos, xpos, lemma, feats, uas, las;  /* correct counts */
    size_t sents;
    double seconds;      /* tag+parse time, wall clock */
    double cpu_seconds;  /* tag+parse time, this thread's CPU time (the
                          * fair figure on a machine shared with others) */
    /* raw-text mode only (0 otherwise) */
    size_t sys_words, aligned, gold_sents, sys_sents, sent_match;
};

/* Tags and parses every sentence of `gold` with its gold tokens and
 * counts agreements by the CoNLL 2018 definitions (punctuation
 * included; LAS compares the universal part of the relation, before
 * ':').  If `sys_out` is not NULL the system CoNLL-U is written to it. */
int dy_syntax_eval_gold(const struct dyad_model *m,
                        const struct dy_syntax_corpus *gold, FILE *sys_out,
                        struct dy_syntax_eval *out, struct dyad_error *err);

/* Raw-text evaluation: joins each document's "# text" lines, runs
 * dyad's tokenizer/segmenter and the tagger/parser, aligns system
 * tokens to gold words by byte offsets (CoNLL 2018) and counts aligned
 * agreements; words = gold words, sys_words = system tokens, so
 * F1 = 2*correct / (words + sys_words). */
int dy_syntax_eval_raw(const struct dyad_model *m,
                       const struct dy_syntax_corpus *gold,
                       struct dy_syntax_eval *out, struct dyad_error *err);

/* Writes one annotated sentence as CoNLL-U (10 columns, blank line). */
void dy_syntax_write_conllu(FILE *f, const char *sent_id, const char *text,
                            const char *const *forms,
                            const struct dyad_word *w, size_t n);

/* ---- model internals shared by the module's files -------------------- */

/* Model statistics for tools (bench, eval). */
struct dy_syntax_model_info {
    size_t file_size;
    uint32_t version;
    uint32_t ntags, nlabels;
    size_t tagger_features, parser_features;
    const char *meta;       /* training record stored in the model */
    uint32_t beam;          /* parser beam width used (1 = greedy) */
};

int dy_syntax_model_info(const struct dyad_model *m,
                         struct dy_syntax_model_info *out);

#endif
