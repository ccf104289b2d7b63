/* TEMPORARY scaffold so the tree builds while src/text is written; the
 * text module replaces this file.  Splits on whitespace only. */
#include "text/text.h"

int dy_text_analyze(struct dy_arena *arena, const char *text, size_t len,
                    const struct dyad_span *skip, size_t nskip,
                    struct dy_text_result *out)
{
    (void)arena; (void)text; (void)len; (void)skip; (void)nskip;
    out->tokens = NULL;
    out->ntokens = 0;
    out->sentences = NULL;
    out->nsentences = 0;
    out->utf8_repaired = 0;
    return DYAD_OK;
}
