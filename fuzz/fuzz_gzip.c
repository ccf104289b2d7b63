/*
 * fuzz_gzip.c - libFuzzer target for the gzip path of the JSON Lines
 * reader (module ingest).
 *
 * Byte 0 picks the mode: 0-3 compress the rest with zlib (gzip wrapper)
 * and read it back, which must give exactly the accounting of the plain
 * lines; 4-5 also cut the compressed stream short or flip one of its
 * bytes at a position taken from bytes 1-2 (a damaged stream must end
 * in one reject, never a crash or a hang); 6 splits the input into two
 * gzip members (concatenated members are one stream); 7 puts a gzip
 * header in front of the raw bytes, so the inflater itself sees
 * arbitrary deflate data.  Bit 3 of byte 0 applies the boilerplate
 * list, bit 4 a small max_doc_bytes.
 */
#include <zlib.h>

#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Appends one gzip member holding p[0..n) to out (grown with realloc). */
static void gz_member(const uint8_t *p, size_t n, unsigned char **out, size_t *len)
{
    z_stream zs;
    uLong bound;
    int rc;

    memset(&zs, 0, sizeof(zs));
    rc = deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    FZ_ASSERT(rc == Z_OK);
    bound = deflateBound(&zs, (uLong)n) + 64;
    *out = realloc(*out, *len + bound);
    FZ_ASSERT(*out);
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    zs.next_out = *out + *len;
    zs.avail_out = (uInt)bound;
    rc = deflate(&zs, Z_FINISH);
    FZ_ASSERT(rc == Z_STREAM_END);
    *len += zs.total_out;
    deflateEnd(&zs);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const unsigned char hdr[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
    uint8_t opt = fz_take(&data, &size);
    uint8_t mode = opt & 7;
    int use_bp = (opt >> 3) & 1;
    size_t max_doc = (opt >> 4) & 1 ? 300 : 0;
    size_t at = fz_take(&data, &size);
    unsigned char *z = NULL;
    size_t zlen = 0;

    at = at << 8 | fz_take(&data, &size);
    if (size > 1 << 20)
        return 0;
    if (mode == 7) {
        z = malloc(size + sizeof(hdr));
        FZ_ASSERT(z);
        memcpy(z, hdr, sizeof(hdr));
        if (size)
            memcpy(z + sizeof(hdr), data, size);
        fz_read_jsonl(z, size + sizeof(hdr), max_doc, use_bp, NULL, 0, NULL, NULL);
        free(z);
        return 0;
    }
    if (mode == 6) {
        size_t half = size ? at % (size + 1) : 0;
        gz_member(data, half, &z, &zlen);
        gz_member(data + half, size - half, &z, &zlen);
    } else {
        gz_member(data, size, &z, &zlen);
    }
    if (mode == 4) {
        zlen = at % (zlen + 1);
        fz_read_jsonl(z, zlen, max_doc, use_bp, NULL, 0, NULL, NULL);
    } else if (mode == 5) {
        z[at % zlen] ^= (unsigned char)(1u + (at >> 8));
        fz_read_jsonl(z, zlen, max_doc, use_bp, NULL, 0, NULL, NULL);
    } else {
        fz_read_jsonl(z, zlen, max_doc, use_bp, data, size, NULL, NULL);
    }
    free(z);
    return 0;
}
