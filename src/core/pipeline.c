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
#include <ctype.h>
#include <string.h>

#include "coder/coder.h"
#include "dyad.h"
#include "syntax/syntax.h"
#include "text/text.h"
#include "util/util.h"

struct dyad_pipeline {
    const struct dyad_model *model;  /* NULL = no parsing */
    struct dyad_model *owned_model;  /* loaded by us, freed with us */
    const struct dyad_lexicon *lexicon;  /* NULL = no coding */
    struct dyad_lexicon *owned_lexicon;
    uint32_t code_flags;
};

/* Loads the coder's dictionaries, in order, into one lexicon. */
static int load_dicts(const struct dyad_pipeline_options *opts, struct dyad_lexicon **out,
                      struct dyad_error *err)
{
    struct dyad_lexicon_builder *b = NULL;
    int rc = dyad_lexicon_builder_new(NULL, &b);

    if (rc)
        return dy_error(err, rc, NULL, "cannot allocate the dictionary builder");
    for (size_t i = 0; i < opts->ndict_paths && !rc; i++) {
        if (!opts->dict_paths[i])
            continue;
        rc = dyad_lexicon_builder_load(b, opts->dict_paths[i], DYAD_DICT_AUTO, NULL, err);
    }
    if (!rc)
        rc = dyad_lexicon_build(b, out, err);
    dyad_lexicon_builder_free(b);
    return rc;
}

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
    if (opts && opts->lexicon) {
        p->lexicon = opts->lexicon;
    } else if (opts && opts->ndict_paths && opts->dict_paths) {
        int rc = load_dicts(opts, &p->owned_lexicon, err);
        if (rc) {
            dyad_pipeline_free(p);
            return rc;
        }
        p->lexicon = p->owned_lexicon;
    }
    p->code_flags = opts ? opts->code_flags : 0;
    *out = p;
    return DYAD_OK;
}

void dyad_pipeline_free(struct dyad_pipeline *p)
{
    if (!p)
        return;
    dyad_model_free(p->owned_model);
    dyad_lexicon_free(p->owned_lexicon);
    dy_free(p);
}

/*
 * Tags and parses sentence i into words.  A lead sentence's dateline
 * ("NAIROBI, Oct 7 (AP) -") is parsed on its own and hung on the root of
 * the sentence after it (`dep`): parsed together, the dateline's place
 * became the sentence's subject or root and cost it its clause.
 */
static int parse_sentence(const struct dyad_model *m, struct dy_arena *arena,
                          const struct dyad_result *res, size_t i, struct dyad_word *words)
{
    const struct dyad_sentence *s = &res->sentences[i];
    const struct dyad_token *toks = res->tokens + s->first_token;
    uint32_t dl = dy_coder_lead_sentence(res, i) ? dy_coder_dateline_len(toks, s->ntokens) : 0;
    uint32_t root = 0;
    int rc;

    if (dl == 0 || dl >= s->ntokens)
        return dy_syntax_annotate(m, arena, toks, s->ntokens, words);
    rc = dy_syntax_annotate(m, arena, toks, dl, words);
    if (!rc)
        rc = dy_syntax_annotate(m, arena, toks + dl, s->ntokens - dl, words + dl);
    if (rc)
        return rc;
    for (uint32_t k = dl; k < s->ntokens; k++) {
        if (words[k].head)
            words[k].head += dl;
        else
            root = k + 1;
    }
    for (uint32_t k = 0; k < dl; k++)
        if (words[k].head == 0) {
            words[k].head = root;
            words[k].deprel = "dep";
        }
    return DYAD_OK;
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
        int rc = parse_sentence(m, arena, res, i, words + s->first_token);
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

/*
 * Analyses and parses the headline as one unit.  Headlines are often in
 * title case ("Russia Rejects Calls to Break with North Korea"), which
 * a tagger trained on running text reads as a string of proper nouns;
 * so every capitalised word that does not start a dictionary name is
 * lower-cased before tagging (forms only; spans still point into the
 * title).
 */
#define TITLE_MAX_TOKENS 256

static int parse_title(const struct dyad_pipeline *p, struct dy_arena *arena,
                       struct dyad_result *res)
{
    const char *title = res->doc->title;
    struct dy_text_result tr;
    struct dyad_token *toks;
    struct dyad_word *words;
    const char **forms;
    size_t n, caps = 0, words_n = 0;
    int rc;

    if (!title || !*title)
        return DYAD_OK;
    rc = dy_text_analyze(arena, title, strlen(title), NULL, 0, &tr);
    if (rc == DYAD_ETOOBIG)
        return DYAD_OK;
    if (rc)
        return rc;
    n = DY_MIN(tr.ntokens, (size_t)TITLE_MAX_TOKENS);
    if (n == 0)
        return DYAD_OK;
    toks = dy_arena_calloc(arena, n, sizeof(*toks));
    words = dy_arena_calloc(arena, n, sizeof(*words));
    forms = dy_arena_calloc(arena, n, sizeof(*forms));
    if (!toks || !words || !forms)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        toks[i] = tr.tokens[i];
        forms[i] = toks[i].form ? toks[i].form : "";
        if (isalpha((unsigned char)forms[i][0])) {
            words_n++;
            if (isupper((unsigned char)forms[i][0]))
                caps++;
        }
    }
    if (words_n >= 3 && caps * 4 >= words_n * 3) {
        size_t i = 0;
        while (i < n) {
            struct dyad_lex_match m;
            if (dyad_lexicon_match(p->lexicon, forms, n, i, res->doc->date, &m) == DYAD_OK &&
                m.kind == DYAD_LEX_ACTOR && m.len > 0) {
                i += m.len;
                continue;
            }
            if (i > 0 && isupper((unsigned char)forms[i][0]) && toks[i].form_len > 1 &&
                islower((unsigned char)forms[i][1])) {
                char *lw = dy_arena_strndup(arena, forms[i], toks[i].form_len);
                if (!lw)
                    return DYAD_ENOMEM;
                lw[0] = (char)tolower((unsigned char)lw[0]);
                toks[i].form = lw;
            }
            i++;
        }
    }
    rc = dy_syntax_annotate(p->model, arena, toks, n, words);
    if (rc == DYAD_ETOOBIG)
        return DYAD_OK;
    if (rc)
        return rc;
    /* Matching and output use the words as written. */
    for (size_t i = 0; i < n; i++)
        toks[i].form = tr.tokens[i].form;
    res->title_tokens = toks;
    res->title_words = words;
    res->ntitle_tokens = n;
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
        if (s->pipeline->lexicon && res->words) {
            if (!(s->pipeline->code_flags & DYAD_CODE_NO_TITLE))
                rc = parse_title(s->pipeline, in->arena, res);
            if (!rc)
                rc = dy_coder_code(s->pipeline->lexicon, s->pipeline->code_flags, in->arena, res);
            if (rc) {
                dy_error(err, rc, doc->origin, "coding failed: %s", dyad_strerror(rc));
                dyad_result_free(res);
                return rc;
            }
        }
    }
    *out = res;
    return DYAD_OK;
}
