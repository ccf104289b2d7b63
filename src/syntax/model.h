/*
 * model.h - section ids and the writer/reader of the model file
 * (module syntax, internal).  model.c documents the byte layout.
 */
#ifndef DY_SYNTAX_MODEL_H
#define DY_SYNTAX_MODEL_H

#include "syntax/syntax_int.h"

/* Bump on any change to the meaning of a section; readers refuse newer
 * versions. */
#define DY_SYNTAX_MODEL_VERSION 2   /* 2: beam width section (13); the
                                       * parser may be globally trained */

enum dy_syntax_section_id {
    DY_SYNTAX_SEC_STRINGS = 1,     /* NUL-terminated strings */
    DY_SYNTAX_SEC_TAGS = 2,        /* u32 n, n x (upos, xpos, feats) offsets */
    DY_SYNTAX_SEC_LABELS = 3,      /* u32 n, n x offset; label 0 = "root" */
    DY_SYNTAX_SEC_TAGGER = 4,      /* frozen perceptron (ptron.c) */
    DY_SYNTAX_SEC_PARSER = 5,      /* frozen perceptron */
    DY_SYNTAX_SEC_TAGDICT = 6,     /* kv: form hash -> tag */
    DY_SYNTAX_SEC_LEMMA_EXC = 7,   /* kv: (lower, tag) -> lemma offset */
    DY_SYNTAX_SEC_LEMMA_RULE = 8,  /* kv: (suffix, tag) -> strip<<24|offset */
    DY_SYNTAX_SEC_FEATS_EXC = 9,   /* kv: (lower, tag) -> feats offset */
    DY_SYNTAX_SEC_META = 10,       /* training record, NUL-terminated text */
    DY_SYNTAX_SEC_TAGGER2 = 11,    /* frozen perceptron, second tagging pass */
    DY_SYNTAX_SEC_FEATSET = 12,    /* u32 DY_SYNTAX_FEATURE_SET (absent = 1) */
    DY_SYNTAX_SEC_BEAM = 13,       /* u32 parser beam width (absent = 1) */
    DY_SYNTAX_SEC_AMB = 14,        /* kv: form/lower hash -> UPOS bit set
                                    * (feature set >= 5) */
    DY_SYNTAX_SEC_WORDNET = 15,    /* WordNet table (wordnet.c); present
                                    * iff the feature set word has
                                    * DY_SYNTAX_FEATSET_WORDNET */
    DY_SYNTAX_SEC_MAX = 15
};

/* Flag of the feature-set word: the tagger uses the WordNet templates
 * (dyad-train --wordnet).  A reader that does not know it refuses the
 * model ("trained with feature set 260") instead of tagging without the
 * templates the weights expect. */
#define DY_SYNTAX_FEATSET_WORDNET 0x100u

struct dy_syntax_section {
    uint32_t id;
    const void *data;
    size_t len;
};

/* Writes sections (in the given order) to path via path.tmp + rename. */
int dy_syntax_model_write(const char *path, const struct dy_syntax_section *s,
                          size_t ns, struct dyad_error *err);

/* Checks and binds an in-memory image.  On success the model owns img
 * (munmap'ed when mapped, else dy_free'd); on failure the caller keeps
 * it. */
int dy_syntax_model_from_image(const char *path, void *img, size_t len,
                               int mapped, struct dyad_model **out,
                               struct dyad_error *err);

#endif
