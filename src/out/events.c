/*
 * events.c - module out: the coder's records (events, quotes, unknown
 * actors) as JSON Lines and CSV.
 *
 * JSONL: one line per event ("kind":"event", the shape of
 * ../shared/ARCHITECTURE.md plus the fields listed in docs/FORMATS.md),
 * then one per quote ("kind":"quote"), then one line listing the
 * document's unknown named entities ("kind":"unknown") when there are
 * any.  CSV: one row per event, columns in GDELT's order as far as dyad
 * has the fields (ids, date, actor 1, actor 2, root flag, event codes,
 * QuadClass, Goldstein, place, source URL), then dyad's own columns.
 * Both build into the caller's capped buffer; the caller writes it.
 */
#include <string.h>

#include "out/out.h"

const char dy_out_events_csv_header[] =
    "event_id,date,actor1_code,actor1_name,actor1_country,actor1_agent,"
    "actor2_code,actor2_name,actor2_country,actor2_agent,is_root,event_code,"
    "event_base_code,event_root_code,quad_class,goldstein,plover,place,place_country,"
    "source_url,doc,sent,start,end,verb,negated,modality,reported_by,quote,headline,explain\r\n";

static const char *const mode_names[] = {"asserted", "future", "threat"};

static const char *mode_name(int m)
{
    return m >= 0 && m <= 2 ? mode_names[m] : "asserted";
}

static int json_index(struct dy_buf *b, const char *key, uint32_t v)
{
    if (v == DYAD_NONE)
        return dy_buf_printf(b, ",\"%s\":null", key);
    return dy_buf_printf(b, ",\"%s\":%u", key, v);
}

static int json_actor(struct dy_buf *b, const struct dyad_actor *a)
{
    int rc;

    if (!a->text && !a->code)
        return dy_buf_puts(b, "null");
    rc = dy_buf_puts(b, "{\"text\":");
    rc = rc ? rc : dy_out_json_cstr(b, a->text);
    rc = rc ? rc : dy_buf_puts(b, ",\"code\":");
    rc = rc ? rc : dy_out_json_cstr(b, a->code);
    rc = rc ? rc : dy_buf_puts(b, ",\"country\":");
    rc = rc ? rc : dy_out_json_cstr(b, a->country);
    rc = rc ? rc : dy_buf_puts(b, ",\"agent\":");
    rc = rc ? rc : dy_out_json_cstr(b, a->agent);
    rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]", a->span.start, a->span.end);
    if (!rc && a->resolved)
        rc = dy_buf_puts(b, ",\"resolved\":true");
    rc = rc ? rc : dy_buf_putc(b, '}');
    return rc;
}

static int json_sent(struct dy_buf *b, uint32_t sent)
{
    if (sent == DYAD_SENT_TITLE)
        return dy_buf_puts(b, ",\"sent\":null,\"headline\":true");
    return dy_buf_printf(b, ",\"sent\":%u,\"headline\":false", sent);
}

/* The quoted text of q (from the document text). */
static int json_quote_text(struct dy_buf *b, const struct dyad_doc *d, const struct dyad_quote *q)
{
    if (!d->text || q->span.end > d->text_len || q->span.start > q->span.end)
        return dy_buf_puts(b, "null");
    return dy_out_json_str(b, d->text + q->span.start, q->span.end - q->span.start);
}

int dy_out_events_jsonl(struct dy_buf *b, const struct dyad_result *res)
{
    const struct dyad_doc *d = res->doc;
    int rc = DYAD_OK;

    for (size_t i = 0; i < res->nevents && !rc; i++) {
        const struct dyad_event *e = &res->events[i];
        rc = dy_buf_printf(b, "{\"kind\":\"event\",\"doc\":");
        rc = rc ? rc : dy_out_json_cstr(b, d->id);
        rc = rc ? rc : dy_buf_printf(b, ",\"event\":%zu", i);
        rc = rc ? rc : json_sent(b, e->sentence);
        rc = rc ? rc : dy_buf_puts(b, ",\"date\":");
        rc = rc ? rc : dy_out_json_cstr(b, e->date);
        rc = rc ? rc : dy_buf_puts(b, ",\"source\":");
        rc = rc ? rc : json_actor(b, &e->source);
        rc = rc ? rc : dy_buf_puts(b, ",\"target\":");
        rc = rc ? rc : json_actor(b, &e->target);
        rc = rc ? rc : dy_buf_puts(b, ",\"code\":");
        rc = rc ? rc : dy_out_json_cstr(b, e->code);
        rc = rc ? rc : dy_buf_puts(b, ",\"root\":");
        rc = rc ? rc : dy_out_json_cstr(b, e->root);
        rc = rc ? rc : dy_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f,\"plover\":", e->quad,
                                     e->goldstein);
        rc = rc ? rc : dy_out_json_cstr(b, e->plover);
        rc = rc ? rc : dy_buf_puts(b, ",\"verb\":");
        rc = rc ? rc : dy_out_json_cstr(b, e->verb);
        rc = rc ? rc : dy_buf_printf(b, ",\"negated\":%s,\"modality\":\"%s\"",
                                     e->negated ? "true" : "false", mode_name(e->modality));
        rc = rc ? rc : json_index(b, "reported_by", e->reported_by);
        rc = rc ? rc : json_index(b, "quote", e->quote);
        rc = rc ? rc : dy_buf_puts(b, ",\"place\":");
        if (!rc && e->place.text) {
            rc = dy_buf_puts(b, "{\"text\":");
            rc = rc ? rc : dy_out_json_cstr(b, e->place.text);
            rc = rc ? rc : dy_buf_puts(b, ",\"country\":");
            rc = rc ? rc : dy_out_json_cstr(b, e->place.country);
            rc = rc ? rc : dy_buf_putc(b, '}');
        } else if (!rc) {
            rc = dy_buf_puts(b, "null");
        }
        rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u],\"is_root\":%s", e->span.start,
                                     e->span.end, e->is_root ? "true" : "false");
        if (!rc && e->explain) {
            rc = dy_buf_puts(b, ",\"explain\":");
            rc = rc ? rc : dy_out_json_cstr(b, e->explain);
        }
        rc = rc ? rc : dy_buf_puts(b, "}\n");
    }
    for (size_t i = 0; i < res->nquotes && !rc; i++) {
        const struct dyad_quote *q = &res->quotes[i];
        rc = dy_buf_puts(b, "{\"kind\":\"quote\",\"doc\":");
        rc = rc ? rc : dy_out_json_cstr(b, d->id);
        rc = rc ? rc : dy_buf_printf(b, ",\"quote\":%zu", i);
        rc = rc ? rc : json_sent(b, q->sentence);
        rc = rc ? rc : dy_buf_puts(b, ",\"speaker\":");
        rc = rc ? rc : json_actor(b, &q->speaker);
        rc = rc ? rc : dy_buf_puts(b, ",\"verb\":");
        rc = rc ? rc : dy_out_json_cstr(b, q->verb);
        rc = rc ? rc : json_index(b, "event", q->event);
        rc = rc ? rc : dy_buf_puts(b, ",\"text\":");
        rc = rc ? rc : json_quote_text(b, d, q);
        rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]}\n", q->span.start, q->span.end);
    }
    if (!rc && res->nunknown) {
        rc = dy_buf_puts(b, "{\"kind\":\"unknown\",\"doc\":");
        rc = rc ? rc : dy_out_json_cstr(b, d->id);
        rc = rc ? rc : dy_buf_puts(b, ",\"names\":[");
        for (size_t i = 0; i < res->nunknown && !rc; i++) {
            const struct dyad_unknown *u = &res->unknown[i];
            rc = dy_buf_puts(b, i ? ",{\"text\":" : "{\"text\":");
            rc = rc ? rc : dy_out_json_cstr(b, u->text);
            rc = rc ? rc : dy_buf_printf(b, ",\"count\":%u", u->count);
            rc = rc ? rc : json_sent(b, u->sentence);
            rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]}", u->span.start, u->span.end);
        }
        rc = rc ? rc : dy_buf_puts(b, "]}\n");
    }
    return rc;
}

static int csv_str(struct dy_buf *b, const char *s)
{
    int rc = dy_out_csv_field(b, s, s ? strlen(s) : 0);

    return rc ? rc : dy_buf_putc(b, ',');
}

static int csv_actor(struct dy_buf *b, const struct dyad_actor *a)
{
    int rc = csv_str(b, a->code);

    rc = rc ? rc : csv_str(b, a->text);
    rc = rc ? rc : csv_str(b, a->country);
    rc = rc ? rc : csv_str(b, a->agent);
    return rc;
}

/* event_id: the document id, ':' and the event's index, as one field. */
static int csv_event_id(struct dy_buf *b, const char *id, size_t i)
{
    struct dy_buf idb;
    int rc;

    dy_buf_init(&idb, 0);
    rc = dy_buf_printf(&idb, "%s:%zu", id ? id : "", i);
    rc = rc ? rc : csv_str(b, idb.data);
    dy_buf_release(&idb);
    return rc;
}

int dy_out_events_csv(struct dy_buf *b, const struct dyad_result *res)
{
    const struct dyad_doc *d = res->doc;
    int rc = DYAD_OK;

    for (size_t i = 0; i < res->nevents && !rc; i++) {
        const struct dyad_event *e = &res->events[i];
        char base[4];
        size_t cl = e->code ? strlen(e->code) : 0;
        memcpy(base, e->code ? e->code : "", DY_MIN(cl, (size_t)3));
        base[DY_MIN(cl, (size_t)3)] = '\0';
        rc = csv_event_id(b, d->id, i);
        rc = rc ? rc : csv_str(b, e->date);
        rc = rc ? rc : csv_actor(b, &e->source);
        rc = rc ? rc : csv_actor(b, &e->target);
        rc = rc ? rc : dy_buf_printf(b, "%d,", e->is_root ? 1 : 0);
        rc = rc ? rc : csv_str(b, e->code);
        rc = rc ? rc : csv_str(b, base);
        rc = rc ? rc : csv_str(b, e->root);
        rc = rc ? rc : dy_buf_printf(b, "%d,%.1f,", e->quad, e->goldstein);
        rc = rc ? rc : csv_str(b, e->plover);
        rc = rc ? rc : csv_str(b, e->place.text);
        rc = rc ? rc : csv_str(b, e->place.country);
        rc = rc ? rc : csv_str(b, d->url);
        rc = rc ? rc : csv_str(b, d->id);
        if (!rc && e->sentence == DYAD_SENT_TITLE)
            rc = dy_buf_putc(b, ',');
        else if (!rc)
            rc = dy_buf_printf(b, "%u,", e->sentence);
        rc = rc ? rc : dy_buf_printf(b, "%u,%u,", e->span.start, e->span.end);
        rc = rc ? rc : csv_str(b, e->verb);
        rc = rc ? rc : dy_buf_printf(b, "%d,%s,", e->negated ? 1 : 0, mode_name(e->modality));
        if (!rc && e->reported_by != DYAD_NONE)
            rc = dy_buf_printf(b, "%u", e->reported_by);
        rc = rc ? rc : dy_buf_putc(b, ',');
        if (!rc && e->quote != DYAD_NONE)
            rc = dy_buf_printf(b, "%u", e->quote);
        rc = rc ? rc : dy_buf_printf(b, ",%d,", e->sentence == DYAD_SENT_TITLE ? 1 : 0);
        rc = rc ? rc : dy_out_csv_field(b, e->explain, e->explain ? strlen(e->explain) : 0);
        rc = rc ? rc : dy_buf_puts(b, "\r\n");
    }
    return rc;
}
