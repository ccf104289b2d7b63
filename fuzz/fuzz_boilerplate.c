/*
 * fuzz_boilerplate.c - libFuzzer target for the boilerplate list parser
 * and matcher (module ingest: dy_ingest_bp_load_mem, _scan, _match).
 *
 * The input is a pattern list, then a 0xFF byte, then a document text
 * (no 0xFF: the whole input is the list and also the text).  A list
 * either loads or fails with DYAD_EDICT/ETOOBIG and a location; when it
 * loads, the spans that scan finds are sorted whole lines inside the
 * text without their terminator, and each one matches on its own.
 */
#include "fuzz.h"
#include "ingest/ingest.h"
#include "util/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *sep = memchr(data, 0xff, size);
    const char *list = (const char *)data, *text = (const char *)data;
    size_t list_len = size, text_len = size;
    struct dy_ingest_bp *bp = NULL;
    struct dyad_error err;
    struct dyad_span *spans = NULL;
    size_t nspans = 0;
    int rc;

    if (sep) {
        list_len = (size_t)(sep - data);
        text = (const char *)sep + 1;
        text_len = size - list_len - 1;
    }
    rc = dy_ingest_bp_load_mem(list, list_len, "fuzz", &bp, &err);
    if (rc != DYAD_OK) {
        FZ_ASSERT(bp == NULL);
        FZ_ASSERT(rc == DYAD_EDICT || rc == DYAD_ETOOBIG);
        FZ_ASSERT(err.code == rc && err.msg[0]);
        return 0;
    }
    FZ_ASSERT(bp != NULL);
    FZ_ASSERT(dy_ingest_bp_count(bp) <= DY_INGEST_BP_MAX_PATTERNS);
    rc = dy_ingest_bp_scan(bp, text, text_len, &spans, &nspans);
    FZ_ASSERT(rc == DYAD_OK);
    for (size_t i = 0; i < nspans; i++) {
        struct dyad_span s = spans[i];
        FZ_ASSERT(s.start <= s.end && s.end <= text_len);
        FZ_ASSERT(s.end - s.start <= DY_INGEST_BP_MAX_LINE);
        if (i)
            FZ_ASSERT(s.start > spans[i - 1].end);
        FZ_ASSERT(s.start == 0 || text[s.start - 1] == '\n');
        FZ_ASSERT(s.end == text_len || text[s.end] == '\n' || text[s.end] == '\r');
        FZ_ASSERT(dy_ingest_bp_match(bp, text + s.start, s.end - s.start) == 1);
    }
    dy_free(spans);
    dy_ingest_bp_free(bp);
    return 0;
}
