/*
 * text.h - module text (prefix dy_text_, dy_utf8_, dy_norm_): UTF-8
 * repair, normalisation for matching, sentence segmentation and
 * tokenisation with byte offsets into the original text.
 *
 * Knows nothing of ingest, syntax or coding.  All memory of a result
 * comes from the caller's arena, so a session releases a document's
 * analysis with one dy_arena_reset.
 */
#ifndef DY_TEXT_H
#define DY_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/util.h"

/* Result of analysing one text.  Arrays live in the arena. */
struct dy_text_result {
    struct dyad_token *tokens;
    size_t ntokens;
    struct dyad_sentence *sentences;
    size_t nsentences;
    size_t utf8_repaired;   /* invalid sequences replaced by U+FFFD */
};

/*
 * Analyses text[0..len): repairs invalid UTF-8 (counted, never read past
 * len, NUL bytes treated as whitespace), normalises, segments and
 * tokenises.  Byte ranges in skip[0..nskip) (sorted, non-overlapping:
 * boilerplate lines) produce no tokens and act as paragraph breaks.
 * Token and sentence spans are offsets into the original `text`.
 * Returns DYAD_OK, DYAD_ENOMEM, or DYAD_ETOOBIG when len > UINT32_MAX.
 */
int dy_text_analyze(struct dy_arena *arena, const char *text, size_t len,
                    const struct dyad_span *skip, size_t nskip,
                    struct dy_text_result *out);

#endif
