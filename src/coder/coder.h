/*
 * coder.h - module coder (prefix dy_coder_): turns parsed sentences into
 * CAMEO events, quote records and the list of unknown named entities.
 *
 * The coder reads a dyad_result whose tokens, sentences and words (and
 * optionally title_tokens/title_words) are filled, and a compiled
 * dyad_lexicon.  It never parses and never reads files: tests hand it
 * trees built by hand.  Every array it produces lives in the result's
 * arena.  The rules are written down in docs/CODER.md; the helpers
 * below (modality, dates) are exposed for the tests.
 */
#ifndef DY_CODER_H
#define DY_CODER_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/util.h"

/*
 * Codes the whole document in `res` (body sentences, and the headline
 * when res->title_words is set and DYAD_CODE_NO_TITLE is not in flags)
 * and fills res->events, quotes, unknown (and predicates, mentions with
 * DYAD_CODE_EXPLAIN).  Work is linear in the number of tokens times the
 * small per-sentence caps.  Returns DYAD_OK or DYAD_ENOMEM; a document
 * that hits one of the DYAD_MAX_*_PER_DOC caps is marked partial.
 */
int dy_coder_code(const struct dyad_lexicon *lx, uint32_t flags, struct dy_arena *arena,
                  struct dyad_result *res);

/* Modalities of dyad_event.modality. */
enum dy_coder_mode { DY_CODER_ASSERTED = 0, DY_CODER_FUTURE = 1, DY_CODER_THREAT = 2 };

/*
 * The CAMEO reading of a future or threatened action: cooperative codes
 * (roots 04-08) become the matching "express intent" code under 03
 * ("will meet" 036), material conflict (roots 14-20, and sanctions or
 * reduced relations) the matching threat under 13 ("will attack" 138x);
 * anything else is returned unchanged.  `code` is a CAMEO code string;
 * the result is static or `code` itself.
 */
const char *dy_coder_modal_code(const char *code, enum dy_coder_mode mode);

/* What a statement makes of the act it is about (docs/CODER.md,
 * "Statement rules"). */
enum dy_coder_stmt {
    DY_CODER_STMT_NONE = 0,
    DY_CODER_STMT_DEMAND,  /* "X said Y must Z": X demands Z of Y (10x) */
    DY_CODER_STMT_APPEAL,  /* "X said Y should Z": X appeals to Y (02x) */
    DY_CODER_STMT_REFUSAL  /* "X refused to / would not Z": X refuses (12x) */
};

/*
 * The CAMEO code of a demand, appeal or refusal whose content is the act
 * coded `code` (NULL when the act has no code): the family of the act
 * (as its intent code 03x) picks the sub-code, "must return the
 * prisoners" (084) -> 1053, "should meet" (040) -> 026, "refused to
 * negotiate" (046) -> 125; a demand or appeal of any other act is 100 /
 * 020.  A refusal exists only of cooperation (codes 03-08): anything
 * else returns NULL.  The result is static, `code`, or `out` (5 bytes).
 */
const char *dy_coder_statement_code(const char *code, enum dy_coder_stmt kind, char out[5]);

/*
 * Resolves a relative date expression against `date` ("2017-09-05"):
 * `words` are the lower-case words of the expression ("thursday",
 * "last week", "yesterday").  Writes "YYYY-MM-DD" into out (>= 11
 * bytes) and returns 1, or returns 0 when nothing was recognised or the
 * date is unusable.  "on Thursday" is the latest Thursday on or before
 * the document date, or with `future` (an event yet to happen: "will
 * meet on Thursday") the first on or after it; "next Thursday" is the
 * first after it, "next week" seven days on.
 */
int dy_coder_resolve_date(const char *date, const char *const *words, size_t n, int future,
                          char *out);

/*
 * A dateline opening a paragraph: "MOSCOW --", "WASHINGTON:", "UNITED
 * NATIONS, Sept 5 (Reuters) -".  Its length in tokens with its
 * separator, or 0.  Only a lead sentence (dy_coder_lead_sentence) has
 * one: the pipeline parses such a sentence without it, the coder takes
 * it for the place of its paragraph's events.
 */
uint32_t dy_coder_dateline_len(const struct dyad_token *tok, uint32_t n);

/* Whether sentence i of res opens one of the document's first three
 * sentences' paragraphs (a lead sentence, where a dateline may stand). */
int dy_coder_lead_sentence(const struct dyad_result *res, size_t i);

#endif
