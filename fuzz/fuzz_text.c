/*
 * fuzz_text.c - libFuzzer target for module text: dy_text_analyze on
 * arbitrary bytes with random skip (boilerplate) ranges.
 *
 * Input layout: byte 0 selects the skip mode (0-3: none; 4-7: sorted,
 * in-range, disjoint ranges; else: arbitrary ranges, which the module
 * must clip or ignore), byte 1 the number of ranges (up to 7), then 4
 * bytes per range, then the text.  Checked after every analysis: token
 * and sentence spans inside the buffer, tokens non-empty, sorted and
 * not overlapping, at most DY_TEXT_MAX_TOKEN_BYTES bytes, form NUL-terminated with form_len bytes and equal to
 * the raw bytes when not NORMALISED, no token starting inside a trusted
 * skip range, token forms within DY_TEXT_MAX_TOKEN_BYTES, sentences
 * contiguous, non-empty, at most DY_TEXT_MAX_SENT_TOKENS tokens, each
 * spanning exactly its tokens and together covering all tokens, and
 * paragraph numbers never decreasing.
 */
#include "fuzz.h"
#include "text/text.h"

#define FZ_MAX_SKIP 7

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct dyad_span skip[FZ_MAX_SKIP];
    size_t nskip, i, pos = 0, tok_total = 0;
    uint8_t mode = fz_take(&data, &size) & 15;
    struct dy_text_result r;
    struct dy_arena *a;
    const char *text;
    int trusted = 0, rc;

    nskip = fz_take(&data, &size) % (FZ_MAX_SKIP + 1);
    if (mode < 4)
        nskip = 0;
    for (i = 0; i < nskip; i++) {
        uint32_t x = fz_take(&data, &size), y = fz_take(&data, &size);
        x = x << 8 | fz_take(&data, &size);
        y = y << 8 | fz_take(&data, &size);
        skip[i].start = x;
        skip[i].end = y;
    }
    text = (const char *)data;
    if (mode >= 4 && mode < 8) {
        /* Make them sorted, disjoint and inside the text. */
        uint32_t at = 0;
        trusted = 1;
        for (i = 0; i < nskip; i++) {
            uint32_t len = size > at ? (uint32_t)(size - at) : 0;
            uint32_t gap = len ? skip[i].start % (len + 1) : 0;
            uint32_t w;
            skip[i].start = at + gap;
            len -= gap;
            w = len ? skip[i].end % (len + 1) : 0;
            skip[i].end = skip[i].start + w;
            at = skip[i].end;
        }
    }

    a = dy_arena_new(0);
    FZ_ASSERT(a);
    rc = dy_text_analyze(a, text, size, nskip ? skip : NULL, nskip, &r);
    FZ_ASSERT(rc == DYAD_OK);
    FZ_ASSERT(r.utf8_repaired <= size);

    for (i = 0; i < r.ntokens; i++) {
        const struct dyad_token *t = &r.tokens[i];
        FZ_ASSERT(t->span.start < t->span.end && t->span.end <= size);
        FZ_ASSERT(t->span.start >= pos);
        FZ_ASSERT(t->form && t->form_len > 0 && strlen(t->form) == t->form_len);
        FZ_ASSERT(t->span.end - t->span.start <= DY_TEXT_MAX_TOKEN_BYTES);
        FZ_ASSERT(t->form_len <= 4 * DY_TEXT_MAX_TOKEN_BYTES);
        if (!(t->flags & DYAD_TOK_NORMALISED))
            FZ_ASSERT(t->form_len == t->span.end - t->span.start &&
                      memcmp(t->form, text + t->span.start, t->form_len) == 0);
        if (i + 1 < r.ntokens)
            FZ_ASSERT(!!(t->flags & DYAD_TOK_SPACE_AFTER) ==
                      (r.tokens[i + 1].span.start > t->span.end));
        if (trusted)
            for (size_t k = 0; k < nskip; k++)
                FZ_ASSERT(!(t->span.start >= skip[k].start && t->span.start < skip[k].end));
        pos = t->span.end;
    }
    for (i = 0; i < r.nsentences; i++) {
        const struct dyad_sentence *s = &r.sentences[i];
        FZ_ASSERT(s->first_token == tok_total);
        FZ_ASSERT(s->ntokens > 0 && s->ntokens <= DY_TEXT_MAX_SENT_TOKENS);
        FZ_ASSERT(s->first_token + s->ntokens <= r.ntokens);
        FZ_ASSERT(r.tokens[s->first_token].flags & DYAD_TOK_SENT_START);
        FZ_ASSERT(s->span.start == r.tokens[s->first_token].span.start);
        FZ_ASSERT(s->span.end == r.tokens[s->first_token + s->ntokens - 1].span.end);
        FZ_ASSERT(s->span.end <= size);
        if (i > 0)
            FZ_ASSERT(s->paragraph >= r.sentences[i - 1].paragraph);
        tok_total += s->ntokens;
    }
    FZ_ASSERT(tok_total == r.ntokens);
    dy_arena_free(a);
    return 0;
}
