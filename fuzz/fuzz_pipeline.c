/*
 * fuzz_pipeline.c - libFuzzer target for the whole pipeline on one
 * input: the reader (JSON Lines or plain text, from memory), then
 * dyad_session_process on each document, then a writer (JSONL, CSV or
 * CoNLL-U, sentences or tokens) into a memory stream.  When
 * data/model/dyad-en.model exists (run from the repository root), or
 * DYAD_FUZZ_MODEL names a model file, the pipeline tags and parses too.
 *
 * Byte 0: bits 0-1 the output format, bit 2 the record kind (tokens or
 * sentences), bit 3 JSONL (else the input is one .txt document), bit 4 a small
 * max_doc_bytes, bit 5 the boilerplate list.  Checked: processing never
 * fails on a document the reader produced, every status is one of the
 * four, a coded document with tokens has sentences, parsed words have
 * heads inside their sentence, and JSONL output is whole lines.
 */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fz_pipe {
    struct dyad_session *s;
    struct dyad_writer *w;
};

static struct dyad_pipeline *fz_pipeline;

static void fz_init_pipeline(void)
{
    struct dyad_pipeline_options po;
    int rc;

    if (fz_pipeline)
        return;
    memset(&po, 0, sizeof(po));
    if (getenv("DYAD_FUZZ_MODEL") && *getenv("DYAD_FUZZ_MODEL"))
        po.model_path = getenv("DYAD_FUZZ_MODEL");
    else if (access(DYAD_DEFAULT_MODEL, R_OK) == 0)
        po.model_path = DYAD_DEFAULT_MODEL;
    rc = dyad_pipeline_new(&po, &fz_pipeline, NULL);
    FZ_ASSERT(rc == DYAD_OK);
}

static void fz_process(void *ctx, struct dyad_doc *doc)
{
    struct fz_pipe *p = ctx;
    struct dyad_result *res = NULL;
    int rc = dyad_session_process(p->s, doc, &res, NULL);

    FZ_ASSERT(rc == DYAD_OK && res);
    FZ_ASSERT(res->status == DYAD_DOC_CODED || res->status == DYAD_DOC_EMPTY ||
              res->status == DYAD_DOC_PARTIAL);
    if (res->ntokens)
        FZ_ASSERT(res->nsentences > 0);
    if (res->words)
        for (size_t i = 0; i < res->nsentences; i++) {
            const struct dyad_sentence *st = &res->sentences[i];
            for (uint32_t k = 0; k < st->ntokens; k++)
                FZ_ASSERT(res->words[st->first_token + k].head <= st->ntokens);
        }
    rc = dyad_writer_write(p->w, res, NULL, NULL);
    FZ_ASSERT(rc == DYAD_OK);
    dyad_result_free(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const enum dyad_output_format fmts[4] = {DYAD_OUT_JSONL, DYAD_OUT_CSV,
                                                    DYAD_OUT_CONLLU, DYAD_OUT_JSONL};
    uint8_t opt = fz_take(&data, &size);
    struct dyad_writer_options wo;
    struct fz_pipe p;
    char *out = NULL;
    size_t out_len = 0;
    FILE *f;
    int rc;

    if (size > (1u << 20))
        return 0;
    fz_init_pipeline();
    f = open_memstream(&out, &out_len);
    FZ_ASSERT(f);
    memset(&wo, 0, sizeof(wo));
    wo.format = fmts[opt & 3];
    wo.kind = (opt >> 2) & 1 ? DYAD_EMIT_TOKENS : DYAD_EMIT_SENTENCES;
    wo.stream = f;
    rc = dyad_writer_open(&wo, &p.w, NULL);
    FZ_ASSERT(rc == DYAD_OK);
    rc = dyad_session_new(fz_pipeline, &p.s);
    FZ_ASSERT(rc == DYAD_OK);
    fz_read((opt >> 3) & 1 ? DYAD_INPUT_JSONL : DYAD_INPUT_TXT, data, size,
            (opt >> 4) & 1 ? 300 : 0, (opt >> 5) & 1, NULL, 0, fz_process, &p);
    rc = dyad_writer_close(p.w, NULL);
    FZ_ASSERT(rc == DYAD_OK);
    dyad_session_free(p.s);
    fclose(f);
    if (wo.format == DYAD_OUT_JSONL && out_len)
        FZ_ASSERT(out[out_len - 1] == '\n');
    free(out);
    return 0;
}
