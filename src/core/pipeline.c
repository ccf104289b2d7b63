/*
 * pipeline.c - module core (prefix dyad_pipeline_, dyad_session_,
 * dyad_result_): ties the stages together for one document.
 *
 * A pipeline holds everything immutable (later the model and the
 * dictionaries) and is shared by all threads.  A session is one
 * thread's working state; each processed document gets its own arena,
 * owned by its result, so that results can travel from a worker thread
 * to the writer thread and be freed there in one call.
 */
#include <string.h>

#include "dyad.h"
#include "syntax/syntax.h"
#include "text/text.h"
#include "util/util.h"

struct dyad_pipeline {
    const struct dyad_model *model;  /* NULL = no parsing */
    struct dyad_model *owned_model;  /* loaded by us, freed with us */
};

struct dyad_session {
    const struct dyad_pipeline *pipeline;
    size_t arena_block;   /* block size for result arenas, adapts to docs */
};

struct result_internal {
    struct dy_arena *arena;
};

int dyad_pipeline_new(const struct dyad_pipeline_options *opts,
                      struct dyad_pipeline **out, struct dyad_error *err)
{
    struct dyad_pipeline *p;

    dy_error_clear(err);
    *out = NULL;
    p = dy_calloc(1, sizeof(*p));
    if (!p)
        return dy_error(err, DYAD_ENOMEM, NULL, "cannot allocate pipeline");
    if (opts && opts->model) {
        p->model = opts->model;
    } else if (opts && opts->model_path) {
        int rc = dyad_model_load(opts->model_path, &p->owned_model, err);
        if (rc) {
            dy_free(p);
            return rc;
        }
        p->model = p->owned_model;
    }
    *out = p;
    return DYAD_OK;
}

void dyad_pipeline_free(struct dyad_pipeline *p)
{
    if (!p)
        return;
    dyad_model_free(p->owned_model);
    dy_free(p);
}

/*
 * Tags and parses every sentence.  A sentence the parser refuses as too
 * long (the text module caps sentences well below the parser's limit,
 * so this is a safety net) is left unparsed and the document marked
 * partial; running out of memory fails the document.
 */
static int parse_sentences(const struct dyad_model *m, struct dy_arena *arena,
                           struct dyad_result *res)
{
    struct dyad_word *words;

    if (res->ntokens == 0)
        return DYAD_OK;
    words = dy_arena_calloc(arena, res->ntokens, sizeof(*words));
    if (!words)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        int rc = dy_syntax_annotate(m, arena, res->tokens + s->first_token, s->ntokens,
                                    words + s->first_token);
        if (rc == DYAD_ETOOBIG) {
            for (uint32_t k = 0; k < s->ntokens; k++) {
                struct dyad_word *w = &words[s->first_token + k];
                w->upos = w->xpos = w->lemma = w->feats = w->deprel = "_";
                w->head = 0;
            }
            res->status = DYAD_DOC_PARTIAL;
            res->status_reason = "a sentence was too long to parse";
        } else if (rc) {
            return rc;
        }
    }
    res->words = words;
    return DYAD_OK;
}

int dyad_session_new(const struct dyad_pipeline *p, struct dyad_session **out)
{
    struct dyad_session *s;

    *out = NULL;
    if (!p)
        return DYAD_EINVAL;
    s = dy_calloc(1, sizeof(*s));
    if (!s)
        return DYAD_ENOMEM;
    s->pipeline = p;
    s->arena_block = 16 * 1024;
    *out = s;
    return DYAD_OK;
}

void dyad_session_free(struct dyad_session *s)
{
    dy_free(s);
}

void dyad_result_free(struct dyad_result *res)
{
    struct result_internal *in;

    if (!res)
        return;
    in = res->internal;
    if (in)
        dy_arena_free(in->arena);
    dy_free(in);
    dyad_doc_free(res->doc);
    dy_free(res);
}

/* True when nothing but whitespace is left outside boilerplate lines. */
static int only_space(const struct dy_text_result *t)
{
    return t->ntokens == 0;
}

int dyad_session_process(struct dyad_session *s, struct dyad_doc *doc,
                         struct dyad_result **out, struct dyad_error *err)
{
    struct dyad_result *res;
    struct result_internal *in;
    struct dy_text_result tr;
    size_t block;
    int rc;

    dy_error_clear(err);
    *out = NULL;
    if (!s || !doc) {
        dyad_doc_free(doc);
        return dy_error(err, DYAD_EINVAL, NULL, "session and document are required");
    }
    res = dy_calloc(1, sizeof(*res));
    in = dy_calloc(1, sizeof(*in));
    /* Size the arena to the document: roughly 8 bytes of tokens and
     * sentences per input byte, so most documents need one block. */
    block = doc->text_len < SIZE_MAX / 8 ? DY_MAX(s->arena_block, doc->text_len * 8) : s->arena_block;
    if (in)
        in->arena = dy_arena_new(block);
    if (!res || !in || !in->arena) {
        if (in)
            dy_arena_free(in->arena);
        dy_free(in);
        dy_free(res);
        dyad_doc_free(doc);
        return dy_error(err, DYAD_ENOMEM, NULL, "cannot allocate result");
    }
    res->doc = doc;
    res->internal = in;
    rc = dy_text_analyze(in->arena, doc->text ? doc->text : "", doc->text_len,
                         doc->boilerplate, doc->nboilerplate, &tr);
    if (rc == DYAD_ETOOBIG) {
        res->status = DYAD_DOC_REJECTED;
        res->status_reason = "document text larger than 4 GiB";
        *out = res;
        return DYAD_OK;
    }
    if (rc) {
        dy_error(err, rc, doc->origin, "text analysis failed: %s", dyad_strerror(rc));
        dyad_result_free(res);
        return rc;
    }
    res->tokens = tr.tokens;
    res->ntokens = tr.ntokens;
    res->sentences = tr.sentences;
    res->nsentences = tr.nsentences;
    res->utf8_repaired = tr.utf8_repaired;
    res->status = only_space(&tr) ? DYAD_DOC_EMPTY : DYAD_DOC_CODED;
    if (res->status == DYAD_DOC_EMPTY)
        res->status_reason = doc->nboilerplate ? "only boilerplate lines" : "no text";
    if (s->pipeline->model) {
        rc = parse_sentences(s->pipeline->model, in->arena, res);
        if (rc) {
            dy_error(err, rc, doc->origin, "parsing failed: %s", dyad_strerror(rc));
            dyad_result_free(res);
            return rc;
        }
    }
    *out = res;
    return DYAD_OK;
}
