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
    dy_out_json_key(b, &rc, "code", a->code);
    dy_out_json_key(b, &rc, "country", a->country);
    dy_out_json_key(b, &rc, "agent", a->agent);
    rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]", a->span.start, a->span.end);
    if (!rc && a->resolved)
        rc = dy_buf_puts(b, ",\"resolved\":true");
    rc = rc ? rc : dy_buf_putc(b, '}');
    return rc;
}

/* `{"kind":"<kind>","doc":<id>`: the opening every coder record shares. */
static int json_head(struct dy_buf *b, const char *kind, const char *doc)
{
    int rc = dy_buf_printf(b, "{\"kind\":\"%s\"", kind);

    dy_out_json_key(b, &rc, "doc", doc);
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
        rc = json_head(b, "event", d->id);
        rc = rc ? rc : dy_buf_printf(b, ",\"event\":%zu", i);
        rc = rc ? rc : json_sent(b, e->sentence);
        dy_out_json_key(b, &rc, "date", e->date);
        rc = rc ? rc : dy_buf_puts(b, ",\"source\":");
        rc = rc ? rc : json_actor(b, &e->source);
        rc = rc ? rc : dy_buf_puts(b, ",\"target\":");
        rc = rc ? rc : json_actor(b, &e->target);
        dy_out_json_key(b, &rc, "code", e->code);
        dy_out_json_key(b, &rc, "root", e->root);
        rc = rc ? rc : dy_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", e->quad, e->goldstein);
        dy_out_json_key(b, &rc, "plover", e->plover);
        dy_out_json_key(b, &rc, "verb", e->verb);
        rc = rc ? rc : dy_buf_printf(b, ",\"negated\":%s,\"modality\":\"%s\"",
                                     e->negated ? "true" : "false", mode_name(e->modality));
        rc = rc ? rc : json_index(b, "reported_by", e->reported_by);
        rc = rc ? rc : json_index(b, "quote", e->quote);
        rc = rc ? rc : dy_buf_puts(b, ",\"place\":");
        if (!rc && e->place.text) {
            rc = dy_buf_puts(b, "{\"text\":");
            rc = rc ? rc : dy_out_json_cstr(b, e->place.text);
            dy_out_json_key(b, &rc, "country", e->place.country);
            rc = rc ? rc : dy_buf_putc(b, '}');
        } else if (!rc) {
            rc = dy_buf_puts(b, "null");
        }
        rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u],\"is_root\":%s", e->span.start,
                                     e->span.end, e->is_root ? "true" : "false");
        if (e->explain)
            dy_out_json_key(b, &rc, "explain", e->explain);
        rc = rc ? rc : dy_buf_puts(b, "}\n");
    }
    for (size_t i = 0; i < res->nquotes && !rc; i++) {
        const struct dyad_quote *q = &res->quotes[i];
        rc = json_head(b, "quote", d->id);
        rc = rc ? rc : dy_buf_printf(b, ",\"quote\":%zu", i);
        rc = rc ? rc : json_sent(b, q->sentence);
        rc = rc ? rc : dy_buf_puts(b, ",\"speaker\":");
        rc = rc ? rc : json_actor(b, &q->speaker);
        dy_out_json_key(b, &rc, "verb", q->verb);
        rc = rc ? rc : json_index(b, "event", q->event);
        rc = rc ? rc : dy_buf_puts(b, ",\"text\":");
        rc = rc ? rc : json_quote_text(b, d, q);
        rc = rc ? rc : dy_buf_printf(b, ",\"span\":[%u,%u]}\n", q->span.start, q->span.end);
    }
    if (!rc && res->nunknown) {
        rc = json_head(b, "unknown", d->id);
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

static void csv_actor(struct dy_buf *b, int *rc, const struct dyad_actor *a)
{
    dy_out_csv_col(b, rc, a->code, 0);
    dy_out_csv_col(b, rc, a->text, 0);
    dy_out_csv_col(b, rc, a->country, 0);
    dy_out_csv_col(b, rc, a->agent, 0);
}

/* event_id: the document id, ':' and the event's index, as one field. */
static int csv_event_id(struct dy_buf *b, const char *id, size_t i)
{
    struct dy_buf idb;
    int rc;

    dy_buf_init(&idb, 0);
    rc = dy_buf_printf(&idb, "%s:%zu", id ? id : "", i);
    if (!rc)
        dy_out_csv_col(b, &rc, idb.data, 0);
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
        dy_out_csv_col(b, &rc, e->date, 0);
        csv_actor(b, &rc, &e->source);
        csv_actor(b, &rc, &e->target);
        rc = rc ? rc : dy_buf_printf(b, "%d,", e->is_root ? 1 : 0);
        dy_out_csv_col(b, &rc, e->code, 0);
        dy_out_csv_col(b, &rc, base, 0);
        dy_out_csv_col(b, &rc, e->root, 0);
        rc = rc ? rc : dy_buf_printf(b, "%d,%.1f,", e->quad, e->goldstein);
        dy_out_csv_col(b, &rc, e->plover, 0);
        dy_out_csv_col(b, &rc, e->place.text, 0);
        dy_out_csv_col(b, &rc, e->place.country, 0);
        dy_out_csv_col(b, &rc, d->url, 0);
        dy_out_csv_col(b, &rc, d->id, 0);
        if (!rc && e->sentence == DYAD_SENT_TITLE)
            rc = dy_buf_putc(b, ',');
        else if (!rc)
            rc = dy_buf_printf(b, "%u,", e->sentence);
        rc = rc ? rc : dy_buf_printf(b, "%u,%u,", e->span.start, e->span.end);
        dy_out_csv_col(b, &rc, e->verb, 0);
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
