/*
 * fuzz_jsonl.c - libFuzzer target for the JSON Lines reader (module
 * ingest) through the public dyad_reader_* API, reading "-" redirected
 * to an in-memory stream of the fuzzer's bytes.
 *
 * Byte 0 picks max_doc_bytes (small caps make the over-long line and
 * over-size text paths reachable) and whether the shipped boilerplate
 * list is applied; the rest is the input.  fuzz_reader.h checks that
 * every non-blank line yields one document or one reject.
 */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t caps[4] = {0, 16, 200, 4096};
    uint8_t opt = fz_take(&data, &size);

    fz_read_jsonl(data, size, caps[opt & 3], (opt >> 2) & 1, NULL, 0, NULL, NULL);
    return 0;
}
