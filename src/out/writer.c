/*
 * writer.c - module out: the public writer (dyad_writer_*) and its
 * stream formats: JSON Lines, CSV (RFC 4180) and CoNLL-U-like text.
 *
 * A record is built whole in one capped buffer and then written with
 * one fwrite, so a failing result (refused by dy_out_check_result) never
 * leaves half a record behind, and the writer holds nothing of a
 * document once its records are out: memory stays flat.  SQLite output
 * lives in sqlite.c.  Field lists are in docs/FORMATS.md; keep the two
 * in step.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include <jansson.h>

#include "out/out.h"

/* One record never needs more: a sentence is at most a document. */
#define REC_MAX ((size_t)1 << 30)

struct dyad_writer {
    enum dyad_output_format format;
    enum dyad_output_kind kind;
    FILE *f;
    struct dy_buf rec;
    int header_done;
    struct dy_out_db *db;
};

const char *dy_out_status_name(enum dyad_doc_status s)
{
    switch (s) {
    case DYAD_DOC_CODED:
        return "coded";
    case DYAD_DOC_EMPTY:
        return "empty";
    case DYAD_DOC_REJECTED:
        return "rejected";
    case DYAD_DOC_PARTIAL:
        return "partial";
    }
    return "unknown";
}

const char *const dy_out_doc_keys[DY_OUT_DOC_NSTR] = {
    "origin", "date", "title", "url", "source", "status", "reason", "warning"};

void dy_out_doc_strs(const struct dyad_result *res, const char *v[DY_OUT_DOC_NSTR])
{
    const struct dyad_doc *d = res->doc;

    v[0] = d->origin;
    v[1] = d->date;
    v[2] = d->title;
    v[3] = d->url;
    v[4] = d->source;
    v[5] = dy_out_status_name(res->status);
    v[6] = res->status_reason;
    v[7] = d->warning;
}

int dy_out_check_result(const struct dyad_result *res, struct dyad_error *err)
{
    const struct dyad_doc *d;
    char where[300];
    size_t i;

    if (!res || !res->doc)
        return dy_error(err, DYAD_EINVAL, NULL, "result without a document");
    d = res->doc;
    dy_snprintf(where, sizeof(where), "doc '%s'", d->id ? d->id : "(no id)");
    if ((res->nsentences && !res->sentences) || (res->ntokens && !res->tokens))
        return dy_error(err, DYAD_EINVAL, where, "sentence or token array missing");
    if (d->text_len && !d->text)
        return dy_error(err, DYAD_EINVAL, where, "text_len %zu but no text", d->text_len);
    for (i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        if (s->span.start > s->span.end || s->span.end > d->text_len)
            return dy_error(err, DYAD_EINVAL, where, "sentence %zu span %u-%u outside the text (%zu bytes)",
                            i, s->span.start, s->span.end, d->text_len);
        if (s->first_token > res->ntokens || s->ntokens > res->ntokens - s->first_token)
            return dy_error(err, DYAD_EINVAL, where, "sentence %zu tokens %u+%u outside %zu tokens",
                            i, s->first_token, s->ntokens, res->ntokens);
    }
    for (i = 0; i < res->ntokens; i++) {
        const struct dyad_token *t = &res->tokens[i];
        if (t->span.start > t->span.end || t->span.end > d->text_len)
            return dy_error(err, DYAD_EINVAL, where, "token %zu span %u-%u outside the text", i,
                            t->span.start, t->span.end);
    }
    if ((res->nevents && !res->events) || (res->nquotes && !res->quotes) ||
        (res->nunknown && !res->unknown))
        return dy_error(err, DYAD_EINVAL, where, "event, quote or unknown-actor array missing");
    for (i = 0; i < res->nevents; i++) {
        const struct dyad_event *e = &res->events[i];
        if ((e->sentence != DYAD_SENT_TITLE && e->sentence >= res->nsentences) ||
            (e->reported_by != DYAD_NONE && e->reported_by >= res->nevents) ||
            (e->quote != DYAD_NONE && e->quote >= res->nquotes) || !e->code)
            return dy_error(err, DYAD_EINVAL, where, "event %zu refers outside the result", i);
    }
    for (i = 0; i < res->nquotes; i++) {
        const struct dyad_quote *q = &res->quotes[i];
        if (q->span.start > q->span.end || q->span.end > d->text_len ||
            (q->event != DYAD_NONE && q->event >= res->nevents))
            return dy_error(err, DYAD_EINVAL, where, "quote %zu outside the text", i);
    }
    return DYAD_OK;
}

static int flush_rec(struct dyad_writer *w, struct dyad_error *err)
{
    if (w->rec.len && fwrite(w->rec.data, 1, w->rec.len, w->f) != w->rec.len)
        return dy_error(err, DYAD_EIO, NULL, "cannot write output: %s", strerror(errno));
    dy_buf_clear(&w->rec);
    return DYAD_OK;
}

static int buf_fail(int rc, struct dyad_error *err)
{
    if (rc == DYAD_ETOOBIG)
        return dy_error(err, rc, NULL, "output record larger than %zu bytes", REC_MAX);
    return dy_error(err, rc, NULL, "out of memory building an output record");
}

/* Ends a record: writes it when building went well (rc == DYAD_OK),
 * else reports the build error. */
static int end_rec(struct dyad_writer *w, int rc, struct dyad_error *err)
{
    return rc ? buf_fail(rc, err) : flush_rec(w, err);
}

/* Token form, or the raw bytes when a hand-made token has none. */
static void token_form(const struct dyad_doc *d, const struct dyad_token *t, const char **s,
                       size_t *n)
{
    if (t->form) {
        *s = t->form;
        *n = t->form_len;
    } else {
        *s = d->text + t->span.start;
        *n = t->span.end - t->span.start;
    }
}

/* ---- JSON Lines --------------------------------------------------------- */

/* Appends `,"extra":<object>` re-encoded by jansson (so it is valid
 * JSON whatever the input), or `,"extra":null`. */
static int json_extra(struct dy_buf *b, const char *extra, struct dyad_error *err,
                      const char *id)
{
    json_error_t jerr;
    json_t *v;
    size_t n;
    int rc;

    if (!extra)
        return dy_buf_puts(b, ",\"extra\":null");
    v = json_loads(extra, 0, &jerr);
    if (!v || !json_is_object(v)) {
        json_decref(v);
        return dy_error(err, DYAD_EINVAL, id, "doc extra_json is not a JSON object");
    }
    n = json_dumpb(v, NULL, 0, JSON_COMPACT);
    rc = dy_buf_puts(b, ",\"extra\":");
    if (!rc)
        rc = dy_buf_reserve(b, n);
    if (!rc && json_dumpb(v, b->data + b->len, n, JSON_COMPACT) != n)
        rc = DYAD_EINTERNAL;
    if (!rc) {
        b->len += n;
        b->data[b->len] = '\0';
    }
    json_decref(v);
    return rc;
}

static int jsonl_doc_record(struct dyad_writer *w, const struct dyad_result *res,
                            struct dyad_error *err)
{
    const struct dyad_doc *d = res->doc;
    struct dy_buf *b = &w->rec;
    const char *v[DY_OUT_DOC_NSTR];
    int rc;

    dy_out_doc_strs(res, v);
    /* In the event stream the document record leads its events. */
    rc = dy_buf_printf(b, "{%s\"schema\":%d", w->kind == DYAD_EMIT_EVENTS ? "\"kind\":\"document\"," : "",
                       DYAD_SCHEMA_VERSION);
    dy_out_json_key(b, &rc, "id", d->id);
    rc = rc ? rc : dy_buf_printf(b, ",\"seq\":%" PRIu64, d->seq);
    for (size_t i = 0; i < DY_OUT_DOC_NSTR; i++)
        dy_out_json_key(b, &rc, dy_out_doc_keys[i], v[i]);
    rc = rc ? rc : dy_buf_printf(b,
                                 ",\"counts\":{\"sentences\":%zu,\"tokens\":%zu,"
                                 "\"utf8_repaired\":%zu,\"boilerplate\":%zu}",
                                 res->nsentences, res->ntokens, res->utf8_repaired,
                                 d->nboilerplate);
    if (rc)
        return buf_fail(rc, err);
    rc = json_extra(b, d->extra_json, err, d->id);
    if (rc == DYAD_EINVAL)
        return rc;
    rc = rc ? rc : dy_buf_printf(b, "}\n");
    if (!rc && w->kind == DYAD_EMIT_EVENTS)
        rc = dy_out_events_jsonl(b, res);
    return end_rec(w, rc, err);
}

static int jsonl_sentences(struct dyad_writer *w, const struct dyad_result *res,
                           struct dyad_error *err)
{
    const struct dyad_doc *d = res->doc;
    struct dy_buf *b = &w->rec;
    size_t i, k;
    int rc;

    for (i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        rc = dy_buf_puts(b, "{\"doc\":");
        rc = rc ? rc : dy_out_json_cstr(b, d->id);
        rc = rc ? rc : dy_buf_printf(b, ",\"sent\":%zu,\"para\":%u,\"span\":[%u,%u],\"text\":", i,
                                     s->paragraph, s->span.start, s->span.end);
        rc = rc ? rc : dy_out_json_str(b, d->text + s->span.start, s->span.end - s->span.start);
        if (!rc && w->kind == DYAD_EMIT_TOKENS) {
            rc = dy_buf_puts(b, ",\"tokens\":[");
            for (k = 0; k < s->ntokens && !rc; k++) {
                const struct dyad_token *t = &res->tokens[s->first_token + k];
                const char *form;
                size_t n;
                token_form(d, t, &form, &n);
                rc = dy_buf_puts(b, k ? ",{\"form\":" : "{\"form\":");
                rc = rc ? rc : dy_out_json_str(b, form, n);
                rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]", t->span.start, t->span.end);
                if (res->words && !rc) {
                    const struct dyad_word *wd = &res->words[s->first_token + k];
                    dy_out_json_key(b, &rc, "lemma", wd->lemma);
                    dy_out_json_key(b, &rc, "upos", wd->upos);
                    dy_out_json_key(b, &rc, "xpos", wd->xpos);
                    dy_out_json_key(b, &rc, "feats", wd->feats);
                    rc = rc ? rc : dy_buf_printf(b, ",\"head\":%u", wd->head);
                    dy_out_json_key(b, &rc, "deprel", wd->deprel);
                }
                rc = rc ? rc : dy_buf_putc(b, '}');
            }
            rc = rc ? rc : dy_buf_putc(b, ']');
        }
        rc = rc ? rc : dy_buf_puts(b, "}\n");
        rc = end_rec(w, rc, err);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

/* ---- CSV ------------------------------------------------------------------- */

static const char *csv_header(enum dyad_output_kind kind)
{
    switch (kind) {
    case DYAD_EMIT_SENTENCES:
        return "doc,sent,para,start,end,text\r\n";
    case DYAD_EMIT_TOKENS:
        return "doc,sent,token,start,end,form,space_after\r\n";
    case DYAD_EMIT_EVENTS:
        return dy_out_events_csv_header;
    case DYAD_EMIT_DOCUMENTS:
        return "schema,id,seq,origin,date,title,url,source,status,reason,warning,"
               "sentences,tokens,utf8_repaired,boilerplate,extra\r\n";
    }
    return "";
}

static int csv_header_once(struct dyad_writer *w, struct dyad_error *err)
{
    if (w->header_done)
        return DYAD_OK;
    w->header_done = 1;
    if (dy_buf_puts(&w->rec, csv_header(w->kind)))
        return buf_fail(DYAD_ENOMEM, err);
    return flush_rec(w, err);
}

static int csv_doc_row(struct dyad_writer *w, const struct dyad_result *res,
                       struct dyad_error *err)
{
    struct dy_buf *b = &w->rec;
    const struct dyad_doc *d = res->doc;
    const char *v[DY_OUT_DOC_NSTR];
    int rc;

    dy_out_doc_strs(res, v);
    rc = dy_buf_printf(b, "%d,", DYAD_SCHEMA_VERSION);
    dy_out_csv_col(b, &rc, d->id, 0);
    rc = rc ? rc : dy_buf_printf(b, "%" PRIu64 ",", d->seq);
    for (size_t i = 0; i < DY_OUT_DOC_NSTR; i++)
        dy_out_csv_col(b, &rc, v[i], 0);
    rc = rc ? rc : dy_buf_printf(b, "%zu,%zu,%zu,%zu,", res->nsentences, res->ntokens,
                                 res->utf8_repaired, d->nboilerplate);
    dy_out_csv_col(b, &rc, d->extra_json, 1);
    rc = rc ? rc : dy_buf_puts(b, "\r\n");
    return end_rec(w, rc, err);
}

static int csv_sentences(struct dyad_writer *w, const struct dyad_result *res,
                         struct dyad_error *err)
{
    const struct dyad_doc *d = res->doc;
    struct dy_buf *b = &w->rec;
    size_t i, k;
    int rc = DYAD_OK;

    for (i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        if (w->kind == DYAD_EMIT_SENTENCES) {
            dy_out_csv_col(b, &rc, d->id, 0);
            rc = rc ? rc : dy_buf_printf(b, "%zu,%u,%u,%u,", i, s->paragraph, s->span.start,
                                         s->span.end);
            rc = rc ? rc : dy_out_csv_field(b, d->text + s->span.start,
                                            s->span.end - s->span.start);
            rc = rc ? rc : dy_buf_puts(b, "\r\n");
        }
        for (k = 0; w->kind == DYAD_EMIT_TOKENS && k < s->ntokens && !rc; k++) {
            const struct dyad_token *t = &res->tokens[s->first_token + k];
            const char *form;
            size_t n;
            token_form(d, t, &form, &n);
            dy_out_csv_col(b, &rc, d->id, 0);
            rc = rc ? rc : dy_buf_printf(b, "%zu,%zu,%u,%u,", i, k, t->span.start, t->span.end);
            rc = rc ? rc : dy_out_csv_field(b, form, n);
            rc = rc ? rc : dy_buf_printf(b, ",%d\r\n", (t->flags & DYAD_TOK_SPACE_AFTER) ? 1 : 0);
        }
        rc = end_rec(w, rc, err);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

/* ---- CoNLL-U ---------------------------------------------------------------- */

/* One CoNLL-U column and its tab; NULL or empty becomes "_". */
static int conllu_col(struct dy_buf *b, const char *v)
{
    int rc;

    if (!v || !*v)
        rc = dy_buf_putc(b, '_');
    else
        rc = dy_out_line_text(b, v, strlen(v));
    return rc ? rc : dy_buf_putc(b, '\t');
}

static int conllu_doc(struct dyad_writer *w, const struct dyad_result *res,
                      struct dyad_error *err)
{
    const struct dyad_doc *d = res->doc;
    struct dy_buf *b = &w->rec;
    const char *id = d->id ? d->id : "";
    size_t i, k;
    int rc;

    for (i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        rc = DYAD_OK;
        if (i == 0) {
            rc = dy_buf_puts(b, "# doc_id = ");
            rc = rc ? rc : dy_out_line_text(b, id, strlen(id));
            rc = rc ? rc : dy_buf_putc(b, '\n');
        }
        rc = rc ? rc : dy_buf_puts(b, "# sent_id = ");
        rc = rc ? rc : dy_out_line_text(b, id, strlen(id));
        rc = rc ? rc : dy_buf_printf(b, "-%zu\n# text = ", i);
        rc = rc ? rc : dy_out_line_text(b, d->text + s->span.start, s->span.end - s->span.start);
        rc = rc ? rc : dy_buf_putc(b, '\n');
        for (k = 0; k < s->ntokens && !rc; k++) {
            const struct dyad_token *t = &res->tokens[s->first_token + k];
            const char *form;
            size_t n;
            token_form(d, t, &form, &n);
            rc = dy_buf_printf(b, "%zu\t", k + 1);
            /* CoNLL-U has no empty forms: "_" stands in. */
            rc = rc ? rc : n ? dy_out_line_text(b, form, n) : dy_buf_putc(b, '_');
            if (res->words) {
                /* Parsed: LEMMA UPOS XPOS FEATS HEAD DEPREL, DEPS and
                 * MISC as in the UD treebanks. */
                const struct dyad_word *wd = &res->words[s->first_token + k];
                rc = rc ? rc : dy_buf_putc(b, '\t');
                rc = rc ? rc : conllu_col(b, wd->lemma);
                rc = rc ? rc : conllu_col(b, wd->upos);
                rc = rc ? rc : conllu_col(b, wd->xpos);
                rc = rc ? rc : conllu_col(b, wd->feats);
                rc = rc ? rc : dy_buf_printf(b, "%u\t", wd->head);
                rc = rc ? rc : conllu_col(b, wd->deprel);
                rc = rc ? rc : dy_buf_puts(b, "_\t");
            } else {
                rc = rc ? rc : dy_buf_puts(b, "\t_\t_\t_\t_\t_\t_\t_\t");
            }
            if (!rc && !(t->flags & DYAD_TOK_SPACE_AFTER))
                rc = dy_buf_puts(b, "SpaceAfter=No|");
            rc = rc ? rc : dy_buf_printf(b, "TokenRange=%u:%u\n", t->span.start, t->span.end);
        }
        rc = rc ? rc : dy_buf_putc(b, '\n');
        rc = end_rec(w, rc, err);
        if (rc)
            return rc;
    }
    return DYAD_OK;
}

/* ---- coder records ------------------------------------------------------------ */

static int events_record(struct dyad_writer *w, const struct dyad_result *res,
                         int (*fmt)(struct dy_buf *, const struct dyad_result *),
                         struct dyad_error *err)
{
    int rc = fmt(&w->rec, res);

    return end_rec(w, rc, err);
}

/* ---- public API ---------------------------------------------------------------- */

int dyad_writer_open(const struct dyad_writer_options *opts, struct dyad_writer **out,
                     struct dyad_error *err)
{
    struct dyad_writer *w;
    int rc;

    dy_error_clear(err);
    if (!out)
        return dy_error(err, DYAD_EINVAL, NULL, "out is required");
    *out = NULL;
    if (!opts)
        return dy_error(err, DYAD_EINVAL, NULL, "writer options are required");
    if (opts->kind != DYAD_EMIT_SENTENCES && opts->kind != DYAD_EMIT_TOKENS &&
        opts->kind != DYAD_EMIT_DOCUMENTS && opts->kind != DYAD_EMIT_EVENTS)
        return dy_error(err, DYAD_EINVAL, NULL, "unknown output kind %d", (int)opts->kind);
    switch (opts->format) {
    case DYAD_OUT_JSONL:
    case DYAD_OUT_CSV:
        if (!opts->stream)
            return dy_error(err, DYAD_EINVAL, NULL, "this output format needs a stream");
        break;
    case DYAD_OUT_CONLLU:
        if (!opts->stream)
            return dy_error(err, DYAD_EINVAL, NULL, "this output format needs a stream");
        if (opts->kind == DYAD_EMIT_DOCUMENTS || opts->kind == DYAD_EMIT_EVENTS)
            return dy_error(err, DYAD_EFORMAT, NULL,
                            "CoNLL-U holds sentences and tokens, not document records");
        break;
    case DYAD_OUT_SQLITE:
        if (!opts->db_path || !opts->db_path[0])
            return dy_error(err, DYAD_EINVAL, NULL, "SQLite output needs db_path");
        break;
    default:
        return dy_error(err, DYAD_EFORMAT, NULL, "unknown output format %d", (int)opts->format);
    }
    w = dy_calloc(1, sizeof(*w));
    if (!w)
        return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
    w->format = opts->format;
    w->kind = opts->kind;
    w->f = opts->stream;
    dy_buf_init(&w->rec, REC_MAX);
    if (w->format == DYAD_OUT_SQLITE) {
        rc = dy_out_db_open(opts->db_path, opts->kind, &w->db, err);
        if (rc) {
            dy_free(w);
            return rc;
        }
    }
    *out = w;
    return DYAD_OK;
}

int dyad_writer_write(struct dyad_writer *w, const struct dyad_result *res, int *skipped,
                      struct dyad_error *err)
{
    int rc;

    dy_error_clear(err);
    if (skipped)
        *skipped = 0;
    if (!w)
        return dy_error(err, DYAD_EINVAL, NULL, "writer is NULL");
    rc = dy_out_check_result(res, err);
    if (rc)
        return rc;
    dy_buf_clear(&w->rec);
    switch (w->format) {
    case DYAD_OUT_JSONL:
        if (w->kind == DYAD_EMIT_DOCUMENTS || w->kind == DYAD_EMIT_EVENTS)
            return jsonl_doc_record(w, res, err);
        return jsonl_sentences(w, res, err);
    case DYAD_OUT_CSV:
        rc = csv_header_once(w, err);
        if (rc)
            return rc;
        if (w->kind == DYAD_EMIT_DOCUMENTS)
            return csv_doc_row(w, res, err);
        if (w->kind == DYAD_EMIT_EVENTS)
            return events_record(w, res, dy_out_events_csv, err);
        return csv_sentences(w, res, err);
    case DYAD_OUT_CONLLU:
        return conllu_doc(w, res, err);
    case DYAD_OUT_SQLITE:
        return dy_out_db_write(w->db, res, skipped, err);
    }
    return dy_error(err, DYAD_EINTERNAL, NULL, "writer in an unknown format");
}

int dyad_writer_reject(struct dyad_writer *w, const struct dyad_reject *rej,
                       struct dyad_error *err)
{
    dy_error_clear(err);
    if (!w || !rej || !rej->origin)
        return dy_error(err, DYAD_EINVAL, NULL, "writer and a reject with an origin are required");
    /* Stream formats leave rejects to the caller's error stream, so that
     * the output holds only what was read. */
    if (w->format != DYAD_OUT_SQLITE)
        return DYAD_OK;
    return dy_out_db_reject(w->db, rej, err);
}

int dyad_writer_close(struct dyad_writer *w, struct dyad_error *err)
{
    int rc = DYAD_OK;

    dy_error_clear(err);
    if (!w)
        return DYAD_OK;
    if (w->db) {
        rc = dy_out_db_close(w->db, err);
    } else if (w->format == DYAD_OUT_CSV && !w->header_done) {
        /* An empty run still gets its header, so the file is valid CSV. */
        if (dy_buf_puts(&w->rec, csv_header(w->kind)) == DYAD_OK)
            rc = flush_rec(w, err);
    }
    if (!rc && w->f && fflush(w->f) != 0)
        rc = dy_error(err, DYAD_EIO, NULL, "cannot write output: %s", strerror(errno));
    dy_buf_release(&w->rec);
    dy_free(w);
    return rc;
}
