/*
 * fuzz_model.c - libFuzzer target for the model file loader (module
 * syntax): dyad_model_load on a scratch file holding the fuzzer's bytes,
 * then, when it loads, tagging and parsing a few sentences with it.
 *
 * Byte 0, bit 0 set: before writing the file, the harness fixes up the
 * header's file-size field and both CRC-32s, so that mutations get past
 * the checksums into the section table and the tables themselves (a
 * crafted file, not only a damaged one).  A load either succeeds or
 * fails with DYAD_EMODEL and a message.
 */
#include <zlib.h>

#include "fuzz.h"
#include "syntax/syntax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const sents[][8] = {
        {"Russia", "rejected", "the", "plan", ".", NULL},
        {"The", "U.N.", "Security", "Council", "met", "on", "Tuesday", NULL},
        {"''", "--", "x", "\xef\xbf\xbd", "123", "'s", NULL},
    };
    uint8_t opt = fz_take(&data, &size);
    struct dyad_model *m = NULL;
    struct dyad_error err;
    unsigned char *img;
    const char *path;
    int rc;

    if (size > (4u << 20))
        return 0;
    img = malloc(size ? size : 1);
    FZ_ASSERT(img);
    if (size)
        memcpy(img, data, size);
    if ((opt & 1) && size >= 32) {
        put64(img + 16, size);
        put32(img + 24, (uint32_t)crc32(crc32(0L, Z_NULL, 0), img + 32, (uInt)(size - 32)));
        put32(img + 28, (uint32_t)crc32(crc32(0L, Z_NULL, 0), img, 28));
    }
    path = fz_write_scratch(".model", img, size);
    free(img);
    rc = dyad_model_load(path, &m, &err);
    if (rc != DYAD_OK) {
        FZ_ASSERT(m == NULL);
        FZ_ASSERT(rc == DYAD_EMODEL || rc == DYAD_ENOMEM || rc == DYAD_EIO);
        FZ_ASSERT(err.code == rc && err.msg[0]);
        return 0;
    }
    for (size_t s = 0; s < sizeof(sents) / sizeof(sents[0]); s++) {
        struct dy_arena *a = dy_arena_new(0);
        struct dyad_word w[8];
        size_t n = 0;
        while (sents[s][n])
            n++;
        FZ_ASSERT(a);
        rc = dy_syntax_annotate_words(m, a, sents[s], n, w);
        FZ_ASSERT(rc == DYAD_OK);
        for (size_t i = 0; i < n; i++) {
            FZ_ASSERT(w[i].upos && w[i].xpos && w[i].lemma && w[i].feats && w[i].deprel);
            FZ_ASSERT(w[i].head <= n);
        }
        dy_arena_free(a);
    }
    dyad_model_free(m);
    return 0;
}
