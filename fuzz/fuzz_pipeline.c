/*
 * fuzz_pipeline.c - libFuzzer target for the whole pipeline on one
 * input: the reader (JSON Lines or plain text, from memory), then
 * dyad_session_process on each document, then a writer (JSONL, CSV or
 * CoNLL-U, sentences or tokens) into a memory stream.  When
 * data/model/dyad-en.model exists (run from the repository root), or
 * DYAD_FUZZ_MODEL names a model file, the pipeline tags and parses too,
 * and with a model it also codes events with data/dict/dyad.dict (or
 * the dictionary DYAD_FUZZ_DICT names), so the coder runs on every
 * input.
 *
 * Byte 0: bits 0-1 the output format, bits 2 and 6 the record kind
 * (sentences, tokens, events, documents; a format that does not take
 * the kind falls back to JSONL), bit 3 JSONL (else the input is one .txt
 * document), bit 4 a small max_doc_bytes, bit 5 the boilerplate list,
 * bit 7 a second session whose pipeline keeps negated events and fills
 * the explanations.  Checked: processing never
 * fails on a document the reader produced, every status is one of the
 * four, a coded document with tokens has sentences, parsed words have
 * heads inside their sentence, events, quotes and unknown actors point
 * inside the result, the writer accepts every result (it validates them
 * too), and JSONL output is whole lines.
 */
#include "fuzz_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fz_pipe {
    struct dyad_session *s;
    struct dyad_writer *w;
};

static struct dyad_pipeline *fz_pipeline[2];

static void fz_init_pipeline(void)
{
    struct dyad_pipeline_options po;
    const char *dict = NULL;
    struct dyad_error err;
    int rc;

    if (fz_pipeline[0])
        return;
    memset(&po, 0, sizeof(po));
    if (getenv("DYAD_FUZZ_MODEL") && *getenv("DYAD_FUZZ_MODEL"))
        po.model_path = getenv("DYAD_FUZZ_MODEL");
    else if (access(DYAD_DEFAULT_MODEL, R_OK) == 0)
        po.model_path = DYAD_DEFAULT_MODEL;
    if (getenv("DYAD_FUZZ_DICT") && *getenv("DYAD_FUZZ_DICT"))
        dict = getenv("DYAD_FUZZ_DICT");
    else if (access(DYAD_DEFAULT_DICT, R_OK) == 0)
        dict = DYAD_DEFAULT_DICT;
    if (po.model_path && dict) {
        po.dict_paths = &dict;
        po.ndict_paths = 1;
    }
    for (int i = 0; i < 2; i++) {
        po.code_flags = i ? DYAD_CODE_NEGATED | DYAD_CODE_EXPLAIN : 0;
        rc = dyad_pipeline_new(&po, &fz_pipeline[i], &err);
        if (rc)
            fprintf(stderr, "fuzz_pipeline: %s: %s\n", err.where, err.msg);
        FZ_ASSERT(rc == DYAD_OK);
    }
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
    for (size_t i = 0; i < res->nevents; i++) {
        const struct dyad_event *e = &res->events[i];
        FZ_ASSERT(e->code != NULL && e->root != NULL);
        if (e->sentence == DYAD_SENT_TITLE)
            FZ_ASSERT(e->verb_token < res->ntitle_tokens);
        else
            FZ_ASSERT(e->sentence < res->nsentences && e->verb_token < res->ntokens);
        FZ_ASSERT(e->reported_by == DYAD_NONE || e->reported_by < res->nevents);
        FZ_ASSERT(e->quote == DYAD_NONE || e->quote < res->nquotes);
        if (e->source.text) {
            size_t lim = e->sentence == DYAD_SENT_TITLE
                             ? (res->doc->title ? strlen(res->doc->title) : 0)
                             : res->doc->text_len;
            FZ_ASSERT(e->source.span.start <= e->source.span.end && e->source.span.end <= lim);
        }
    }
    for (size_t i = 0; i < res->nquotes; i++) {
        const struct dyad_quote *q = &res->quotes[i];
        FZ_ASSERT(q->span.start <= q->span.end && q->span.end <= res->doc->text_len);
        FZ_ASSERT(q->event == DYAD_NONE || q->event < res->nevents);
    }
    for (size_t i = 0; i < res->nunknown; i++)
        FZ_ASSERT(res->unknown[i].text && res->unknown[i].count > 0);
    rc = dyad_writer_write(p->w, res, NULL, NULL);
    FZ_ASSERT(rc == DYAD_OK);
    dyad_result_free(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const enum dyad_output_format fmts[4] = {DYAD_OUT_JSONL, DYAD_OUT_CSV,
                                                    DYAD_OUT_CONLLU, DYAD_OUT_JSONL};
    static const enum dyad_output_kind kinds[4] = {DYAD_EMIT_SENTENCES, DYAD_EMIT_TOKENS,
                                                   DYAD_EMIT_EVENTS, DYAD_EMIT_DOCUMENTS};
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
    wo.kind = kinds[((opt >> 2) & 1) | ((opt >> 5) & 2)];
    wo.stream = f;
    rc = dyad_writer_open(&wo, &p.w, NULL);
    if (rc == DYAD_EFORMAT) {
        /* That format does not take that kind of record (CoNLL-U:
         * events, documents). */
        wo.format = DYAD_OUT_JSONL;
        rc = dyad_writer_open(&wo, &p.w, NULL);
    }
    FZ_ASSERT(rc == DYAD_OK);
    rc = dyad_session_new(fz_pipeline[opt >> 7], &p.s);
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
