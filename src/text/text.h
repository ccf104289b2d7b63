/*
 * text.h - module text (prefix dy_text_, dy_utf8_, dy_norm_): UTF-8
 * repair, normalisation for matching, sentence segmentation and
 * tokenisation with byte offsets into the original text.
 *
 * Knows nothing of ingest, syntax or coding.  All memory of a result
 * comes from the caller's arena, so a session releases a document's
 * analysis with one dy_arena_reset.  The rules (UD English token
 * conventions, abbreviation lists, limits) are written down in
 * docs/TEXT.md.
 */
#ifndef DY_TEXT_H
#define DY_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/util.h"

/*
 * Limits.  A run of non-space text longer than DY_TEXT_MAX_TOKEN_BYTES
 * that the rules would keep as one token (a URL, a base64 blob) is cut
 * into consecutive tokens of at most that many bytes, split at UTF-8
 * character boundaries; the pieces have no SPACE_AFTER between them, so
 * nothing is lost.  A sentence that reaches DY_TEXT_MAX_SENT_TOKENS
 * tokens is ended there and the text continues in a new sentence: the
 * parser needs bounded sentences.  Such forced splits are not marked in
 * the token flags; a sentence of exactly DY_TEXT_MAX_SENT_TOKENS tokens
 * followed by one in the same paragraph without final punctuation is the
 * sign of one.
 */
#define DY_TEXT_MAX_TOKEN_BYTES 1024
#define DY_TEXT_MAX_SENT_TOKENS 512

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
 * Ranges that are out of order, overlap or reach past len are clipped
 * or ignored, never trusted.
 */
int dy_text_analyze(struct dy_arena *arena, const char *text, size_t len,
                    const struct dyad_span *skip, size_t nskip,
                    struct dy_text_result *out);

/* ---- internal to the module (exposed for tests and other modules) -- */

/* dy_utf8_next and dy_utf8_encode live in util/util.h. */

/* abbrev.c: word lists (see docs/TEXT.md). */
enum dy_abbr_kind {
    DY_ABBR_NONE = 0,
    DY_ABBR_TITLE,   /* precedes a name or number: never ends a sentence */
    DY_ABBR_OTHER,   /* may end a sentence (Inc., etc., Calif.) */
    DY_ABBR_NUMPRE   /* abbreviation only before a digit (No. 5) */
};
int dy_text_abbrev_kind(const char *s, size_t n);    /* s includes the '.' */
int dy_text_is_hyphen_prefix(const char *s, size_t n);
int dy_text_is_starter(const char *s, size_t n);
int dy_text_is_continuer(const char *s, size_t n);
int dy_text_lists_sorted(void);

/* norm.c: the normalised form of a token made of code points
 * cp[0..n), appended to out (no NUL added).  `attached` tells whether
 * the token touches non-space text on both sides (an en dash then
 * becomes "-", else "--").  Mapping: curly single quotes and primes to
 * ', curly double quotes and guillemets to ", em dash and horizontal bar
 * to --, hyphen/minus look-alikes to -, ellipsis to ..., soft hyphen
 * dropped, then NFC.  Returns DYAD_OK or DYAD_ENOMEM/ETOOBIG from out. */
int dy_norm_token(const uint32_t *cp, size_t n, int attached,
                  struct dy_buf *out);

/* Normalises a UTF-8 string as a token form (for other modules, e.g. to
 * normalise treebank forms the same way before training).  Invalid
 * bytes become U+FFFD.  Appends to out. */
int dy_norm_string(const char *s, size_t n, struct dy_buf *out);

#endif
