/*
 * sqlite.c - module out: the SQLite backend of dyad_writer.
 *
 * The schema is one SQL string (DY_OUT_SCHEMA_SQL) so that later tables
 * (events, actors, quotes) are added in one place; PRAGMA user_version
 * carries DYAD_SCHEMA_VERSION and PRAGMA application_id marks the file
 * as dyad's, so a newer or foreign database is refused instead of being
 * damaged.  A document's rows are written inside a SAVEPOINT, within a
 * transaction committed every DB_BATCH_DOCS documents or DB_BATCH_NS of
 * time: an interrupted run leaves whole documents only, and a later run
 * skips ids that are already there (INSERT OR IGNORE on the key).
 */
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "out/out.h"

#define DB_BATCH_DOCS 1000
#define DB_BATCH_NS 1000000000LL

static const char DY_OUT_SCHEMA_SQL[] =
    "CREATE TABLE IF NOT EXISTS documents(\n"
    "  id TEXT PRIMARY KEY NOT NULL,\n"
    "  seq INTEGER NOT NULL,\n"
    "  date TEXT, title TEXT, url TEXT, source TEXT, origin TEXT,\n"
    "  status TEXT NOT NULL, reason TEXT, warning TEXT,\n"
    "  extra TEXT,\n"
    "  n_sentences INTEGER NOT NULL, n_tokens INTEGER NOT NULL,\n"
    "  utf8_repaired INTEGER NOT NULL, n_boilerplate INTEGER NOT NULL,\n"
    "  run_at TEXT NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS documents_date ON documents(date);\n"
    "CREATE INDEX IF NOT EXISTS documents_status ON documents(status);\n"
    "CREATE INDEX IF NOT EXISTS documents_run ON documents(run_at, seq);\n"
    "CREATE TABLE IF NOT EXISTS sentences(\n"
    "  doc_id TEXT NOT NULL REFERENCES documents(id),\n"
    "  n INTEGER NOT NULL, para INTEGER NOT NULL,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  PRIMARY KEY(doc_id, n)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS tokens(\n"
    "  doc_id TEXT NOT NULL REFERENCES documents(id),\n"
    "  sent INTEGER NOT NULL, n INTEGER NOT NULL,\n"
    "  form TEXT NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,\n"
    "  space_after INTEGER NOT NULL,\n"
    "  PRIMARY KEY(doc_id, sent, n)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS rejects(\n"
    "  run_at TEXT NOT NULL, seq INTEGER NOT NULL, origin TEXT NOT NULL,\n"
    "  id TEXT, code TEXT NOT NULL, reason TEXT);\n"
    "CREATE INDEX IF NOT EXISTS rejects_origin ON rejects(origin);\n"
    "CREATE INDEX IF NOT EXISTS rejects_id ON rejects(id);\n"
    "CREATE TABLE IF NOT EXISTS events(\n"
    "  doc_id TEXT NOT NULL REFERENCES documents(id),\n"
    "  n INTEGER NOT NULL, sent INTEGER, headline INTEGER NOT NULL, date TEXT,\n"
    "  source_text TEXT, source_code TEXT, source_country TEXT, source_agent TEXT,\n"
    "  target_text TEXT, target_code TEXT, target_country TEXT, target_agent TEXT,\n"
    "  code TEXT NOT NULL, base_code TEXT NOT NULL, root TEXT NOT NULL,\n"
    "  quad INTEGER, goldstein REAL, plover TEXT, verb TEXT,\n"
    "  negated INTEGER NOT NULL, modality TEXT NOT NULL, reported_by INTEGER, quote INTEGER,\n"
    "  place TEXT, place_country TEXT, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,\n"
    "  is_root INTEGER NOT NULL, explain TEXT,\n"
    "  PRIMARY KEY(doc_id, n)) WITHOUT ROWID;\n"
    "CREATE INDEX IF NOT EXISTS events_code ON events(root, code);\n"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_code);\n"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_code);\n"
    "CREATE TABLE IF NOT EXISTS quotes(\n"
    "  doc_id TEXT NOT NULL REFERENCES documents(id),\n"
    "  n INTEGER NOT NULL, sent INTEGER NOT NULL,\n"
    "  speaker_text TEXT, speaker_code TEXT, verb TEXT, event INTEGER,\n"
    "  start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT,\n"
    "  PRIMARY KEY(doc_id, n)) WITHOUT ROWID;\n"
    "CREATE TABLE IF NOT EXISTS actors(\n"
    "  doc_id TEXT NOT NULL REFERENCES documents(id),\n"
    "  text TEXT NOT NULL, code TEXT, country TEXT, agent TEXT,\n"
    "  n_source INTEGER NOT NULL, n_target INTEGER NOT NULL, n_speaker INTEGER NOT NULL,\n"
    "  n_unknown INTEGER NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS actors_doc ON actors(doc_id);\n"
    "CREATE INDEX IF NOT EXISTS actors_code ON actors(code);\n";

enum { ST_DOC, ST_SENT, ST_TOK, ST_REJ, ST_BEGIN, ST_COMMIT, ST_SAVE, ST_RELEASE, ST_ROLLBACK,
       ST_EVENT, ST_QUOTE, ST_ACTOR, ST_N };

static const char *const stmt_sql[ST_N] = {
    ("INSERT OR IGNORE INTO documents(id, seq, date, title, url, source, origin, status, "
     "reason, warning, extra, n_sentences, n_tokens, utf8_repaired, n_boilerplate, run_at) "
     "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)"),
    "INSERT INTO sentences(doc_id, n, para, start, \"end\", text) VALUES(?1,?2,?3,?4,?5,?6)",
    ("INSERT INTO tokens(doc_id, sent, n, form, start, \"end\", space_after) "
     "VALUES(?1,?2,?3,?4,?5,?6,?7)"),
    /* A reject already recorded (same origin, code and reason) by an
     * earlier run is not added again, so re-running an input after an
     * interruption ends with the same table as one uninterrupted run. */
    "INSERT INTO rejects(run_at, seq, origin, id, code, reason) "
    "SELECT ?1,?2,?3,?4,?5,?6 WHERE NOT EXISTS (SELECT 1 FROM rejects "
    "WHERE origin = ?3 AND code = ?5 AND reason IS ?6)",
    "BEGIN",
    "COMMIT",
    "SAVEPOINT doc",
    "RELEASE doc",
    "ROLLBACK TO doc",
    ("INSERT INTO events(doc_id, n, sent, headline, date, source_text, source_code, "
     "source_country, source_agent, target_text, target_code, target_country, target_agent, "
     "code, base_code, root, quad, goldstein, plover, verb, negated, modality, reported_by, "
     "quote, place, place_country, start, \"end\", is_root, explain) VALUES(?1,?2,?3,?4,?5,?6,"
     "?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,"
     "?29,?30)"),
    ("INSERT INTO quotes(doc_id, n, sent, speaker_text, speaker_code, verb, event, start, "
     "\"end\", text) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"),
    ("INSERT INTO actors(doc_id, text, code, country, agent, n_source, n_target, n_speaker, "
     "n_unknown) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"),
};

/* Text fields are repaired into these before binding. */
enum { F_ID, F_DATE, F_TITLE, F_URL, F_SOURCE, F_ORIGIN, F_REASON, F_WARNING, F_EXTRA, F_TEXT,
       F_N };

struct dy_out_db {
    sqlite3 *db;
    sqlite3_stmt *st[ST_N];
    enum dyad_output_kind kind;
    char run_at[32];
    int in_txn;
    size_t txn_docs;
    long long txn_start;
    struct dy_buf field[F_N];
};

static long long now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int db_fail(struct dy_out_db *db, struct dyad_error *err, const char *what)
{
    return dy_error(err, DYAD_ESQLITE, NULL, "SQLite: %s: %s", what,
                    db && db->db ? sqlite3_errmsg(db->db) : "cannot open");
}

/* Runs a prepared statement that returns no rows. */
static int run(struct dy_out_db *db, int which)
{
    sqlite3_stmt *st = db->st[which];
    int rc = sqlite3_step(st);

    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? DYAD_OK : DYAD_ESQLITE;
}

/* Binds s as valid UTF-8 (ill-formed bytes repaired into field[slot]);
 * `lifetime` is SQLITE_STATIC (the caller keeps s alive until the step)
 * or SQLITE_TRANSIENT (SQLite copies it now). */
static int bind_utf8(struct dy_out_db *db, sqlite3_stmt *st, int col, int slot, const char *s,
                     size_t n, sqlite3_destructor_type lifetime)
{
    struct dy_buf *b = &db->field[slot];

    if (!s)
        return sqlite3_bind_null(st, col) == SQLITE_OK ? DYAD_OK : DYAD_ESQLITE;
    if (n > INT32_MAX)
        return DYAD_ETOOBIG;
    if (!dy_out_utf8_clean(s, n)) {
        dy_buf_clear(b);
        if (dy_out_repaired(b, s, n))
            return DYAD_ENOMEM;
        s = b->data;
        n = b->len;
    }
    return sqlite3_bind_text(st, col, s, (int)n, lifetime) == SQLITE_OK ? DYAD_OK
                                                                        : DYAD_ESQLITE;
}

/* Binds s as repaired UTF-8 (valid text is bound in place). */
static int bind_text(struct dy_out_db *db, sqlite3_stmt *st, int col, int slot, const char *s,
                     size_t n)
{
    return bind_utf8(db, st, col, slot, s, n, SQLITE_STATIC);
}

static int bind_cstr(struct dy_out_db *db, sqlite3_stmt *st, int col, int slot, const char *s)
{
    return bind_text(db, st, col, slot, s, s ? strlen(s) : 0);
}

static int get_pragma(struct dy_out_db *db, const char *sql, long long *v)
{
    sqlite3_stmt *st = NULL;
    int rc;

    if (sqlite3_prepare_v2(db->db, sql, -1, &st, NULL) != SQLITE_OK)
        return DYAD_ESQLITE;
    rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? DYAD_OK : DYAD_ESQLITE;
}

int dy_out_db_close(struct dy_out_db *db, struct dyad_error *err)
{
    int rc = DYAD_OK, i;

    if (!db)
        return DYAD_OK;
    if (db->in_txn && db->st[ST_COMMIT] && run(db, ST_COMMIT))
        rc = db_fail(db, err, "final commit failed");
    for (i = 0; i < ST_N; i++)
        sqlite3_finalize(db->st[i]);
    if (db->db && sqlite3_close(db->db) != SQLITE_OK && !rc)
        rc = db_fail(db, err, "close failed");
    for (i = 0; i < F_N; i++)
        dy_buf_release(&db->field[i]);
    dy_free(db);
    return rc;
}

int dy_out_db_open(const char *path, enum dyad_output_kind kind, struct dy_out_db **out,
                   struct dyad_error *err)
{
    struct dy_out_db *db;
    long long version = 0, app = 0, ntables = 0;
    char *msg = NULL;
    char sql[160];
    time_t t;
    struct tm tm;
    int i, rc;

    *out = NULL;
    db = dy_calloc(1, sizeof(*db));
    if (!db)
        return dy_error(err, DYAD_ENOMEM, path, "out of memory");
    db->kind = kind;
    for (i = 0; i < F_N; i++)
        dy_buf_init(&db->field[i], 0);
    if (sqlite3_open_v2(path, &db->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        rc = dy_error(err, DYAD_ESQLITE, path, "cannot open database: %s",
                      db->db ? sqlite3_errmsg(db->db) : "out of memory");
        dy_out_db_close(db, NULL);
        return rc;
    }
    sqlite3_busy_timeout(db->db, 5000);
    if (get_pragma(db, "PRAGMA user_version", &version) ||
        get_pragma(db, "PRAGMA application_id", &app) ||
        get_pragma(db, "SELECT count(*) FROM sqlite_master", &ntables)) {
        rc = dy_error(err, DYAD_ESQLITE, path, "cannot read database: %s",
                      sqlite3_errmsg(db->db));
        dy_out_db_close(db, NULL);
        return rc;
    }
    if (app != 0 && app != DY_OUT_SQLITE_APP_ID) {
        dy_out_db_close(db, NULL);
        return dy_error(err, DYAD_EFORMAT, path,
                        "not a dyad database (application_id %lld); write to a new file", app);
    }
    if (app == 0 && ntables > 0) {
        dy_out_db_close(db, NULL);
        return dy_error(err, DYAD_EFORMAT, path,
                        "database already has tables but is not a dyad database; write to a "
                        "new file");
    }
    if (version > DYAD_SCHEMA_VERSION) {
        dy_out_db_close(db, NULL);
        return dy_error(err, DYAD_ESQLITE, path,
                        "database schema version %lld is newer than this dyad's (%d); use a "
                        "newer dyad or a new file",
                        version, DYAD_SCHEMA_VERSION);
    }
    dy_snprintf(sql, sizeof(sql), "PRAGMA application_id=%d; PRAGMA user_version=%d;",
                DY_OUT_SQLITE_APP_ID, DYAD_SCHEMA_VERSION);
    /* WAL: one writer, readers welcome, and cheap commits. */
    if (sqlite3_exec(db->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", NULL, NULL,
                     &msg) != SQLITE_OK ||
        sqlite3_exec(db->db, "BEGIN", NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db->db, DY_OUT_SCHEMA_SQL, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db->db, sql, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(db->db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
        rc = dy_error(err, DYAD_ESQLITE, path, "cannot create the schema: %s",
                      msg ? msg : sqlite3_errmsg(db->db));
        sqlite3_free(msg);
        dy_out_db_close(db, NULL);
        return rc;
    }
    for (i = 0; i < ST_N; i++) {
        if (sqlite3_prepare_v2(db->db, stmt_sql[i], -1, &db->st[i], NULL) != SQLITE_OK) {
            rc = dy_error(err, DYAD_ESQLITE, path, "cannot prepare statement: %s",
                          sqlite3_errmsg(db->db));
            dy_out_db_close(db, NULL);
            return rc;
        }
    }
    t = time(NULL);
    gmtime_r(&t, &tm);
    strftime(db->run_at, sizeof(db->run_at), "%Y-%m-%dT%H:%M:%SZ", &tm);
    *out = db;
    return DYAD_OK;
}

/* Opens the batch transaction when none is open. */
static int txn_begin(struct dy_out_db *db, struct dyad_error *err)
{
    if (db->in_txn)
        return DYAD_OK;
    if (run(db, ST_BEGIN))
        return db_fail(db, err, "BEGIN failed");
    db->in_txn = 1;
    db->txn_docs = 0;
    db->txn_start = now_ns();
    return DYAD_OK;
}

/* Commits when the batch is full or old enough. */
static int txn_tick(struct dy_out_db *db, struct dyad_error *err)
{
    db->txn_docs++;
    if (db->txn_docs < DB_BATCH_DOCS && now_ns() - db->txn_start < DB_BATCH_NS)
        return DYAD_OK;
    db->in_txn = 0;
    if (run(db, ST_COMMIT))
        return db_fail(db, err, "COMMIT failed");
    return DYAD_OK;
}

/* Binds any text as valid UTF-8, copied (SQLITE_TRANSIENT). */
static int bind_copy(struct dy_out_db *db, sqlite3_stmt *st, int col, const char *s, size_t n)
{
    return bind_utf8(db, st, col, F_TEXT, s, n, SQLITE_TRANSIENT);
}

static int bind_c(struct dy_out_db *db, sqlite3_stmt *st, int col, const char *s)
{
    return bind_copy(db, st, col, s, s ? strlen(s) : 0);
}

static int bind_i(sqlite3_stmt *st, int col, long long v)
{
    return sqlite3_bind_int64(st, col, v) == SQLITE_OK ? DYAD_OK : DYAD_ESQLITE;
}

/* DYAD_NONE / DYAD_SENT_TITLE become NULL. */
static int bind_idx(sqlite3_stmt *st, int col, uint32_t v)
{
    if (v == DYAD_NONE)
        return sqlite3_bind_null(st, col) == SQLITE_OK ? DYAD_OK : DYAD_ESQLITE;
    return bind_i(st, col, v);
}

static const char *modality_name(int m)
{
    return m == 1 ? "future" : m == 2 ? "threat" : "asserted";
}

static int put_events(struct dy_out_db *db, const struct dyad_result *res)
{
    const struct dyad_doc *d = res->doc;
    int rc = DYAD_OK;

    for (size_t i = 0; i < res->nevents && !rc; i++) {
        const struct dyad_event *e = &res->events[i];
        sqlite3_stmt *st = db->st[ST_EVENT];
        char base[4];
        size_t cl = strlen(e->code);
        memcpy(base, e->code, DY_MIN(cl, (size_t)3));
        base[DY_MIN(cl, (size_t)3)] = '\0';
        rc = bind_c(db, st, 1, d->id);
        rc = rc ? rc : bind_i(st, 2, (long long)i);
        rc = rc ? rc : bind_idx(st, 3, e->sentence);
        rc = rc ? rc : bind_i(st, 4, e->sentence == DYAD_SENT_TITLE);
        rc = rc ? rc : bind_c(db, st, 5, e->date);
        rc = rc ? rc : bind_c(db, st, 6, e->source.text);
        rc = rc ? rc : bind_c(db, st, 7, e->source.code);
        rc = rc ? rc : bind_c(db, st, 8, e->source.country);
        rc = rc ? rc : bind_c(db, st, 9, e->source.agent);
        rc = rc ? rc : bind_c(db, st, 10, e->target.text);
        rc = rc ? rc : bind_c(db, st, 11, e->target.code);
        rc = rc ? rc : bind_c(db, st, 12, e->target.country);
        rc = rc ? rc : bind_c(db, st, 13, e->target.agent);
        rc = rc ? rc : bind_c(db, st, 14, e->code);
        rc = rc ? rc : bind_c(db, st, 15, base);
        rc = rc ? rc : bind_c(db, st, 16, e->root);
        rc = rc ? rc : bind_i(st, 17, e->quad);
        rc = rc ? rc : sqlite3_bind_double(st, 18, e->goldstein) ? DYAD_ESQLITE : DYAD_OK;
        rc = rc ? rc : bind_c(db, st, 19, e->plover);
        rc = rc ? rc : bind_c(db, st, 20, e->verb);
        rc = rc ? rc : bind_i(st, 21, e->negated ? 1 : 0);
        rc = rc ? rc : bind_c(db, st, 22, modality_name(e->modality));
        rc = rc ? rc : bind_idx(st, 23, e->reported_by);
        rc = rc ? rc : bind_idx(st, 24, e->quote);
        rc = rc ? rc : bind_c(db, st, 25, e->place.text);
        rc = rc ? rc : bind_c(db, st, 26, e->place.country);
        rc = rc ? rc : bind_i(st, 27, e->span.start);
        rc = rc ? rc : bind_i(st, 28, e->span.end);
        rc = rc ? rc : bind_i(st, 29, e->is_root ? 1 : 0);
        rc = rc ? rc : bind_c(db, st, 30, e->explain);
        rc = rc ? rc : run(db, ST_EVENT);
    }
    for (size_t i = 0; i < res->nquotes && !rc; i++) {
        const struct dyad_quote *q = &res->quotes[i];
        sqlite3_stmt *st = db->st[ST_QUOTE];
        rc = bind_c(db, st, 1, d->id);
        rc = rc ? rc : bind_i(st, 2, (long long)i);
        rc = rc ? rc : bind_i(st, 3, q->sentence);
        rc = rc ? rc : bind_c(db, st, 4, q->speaker.text);
        rc = rc ? rc : bind_c(db, st, 5, q->speaker.code);
        rc = rc ? rc : bind_c(db, st, 6, q->verb);
        rc = rc ? rc : bind_idx(st, 7, q->event);
        rc = rc ? rc : bind_i(st, 8, q->span.start);
        rc = rc ? rc : bind_i(st, 9, q->span.end);
        rc = rc ? rc : bind_copy(db, st, 10, d->text + q->span.start, q->span.end - q->span.start);
        rc = rc ? rc : run(db, ST_QUOTE);
    }
    return rc;
}

/* One actors row per distinct (text, code) of the document. */
struct actor_row {
    const struct dyad_actor *a;
    const char *text;
    long long n[4];   /* source, target, speaker, unknown */
};

static void actor_count(struct actor_row *rows, size_t *n, size_t cap, const struct dyad_actor *a,
                        const char *text, int role, long long inc)
{
    const char *code = a ? a->code : NULL;
    size_t i;

    if (!text)
        return;
    for (i = 0; i < *n; i++) {
        const char *c2 = rows[i].a ? rows[i].a->code : NULL;
        if (strcmp(rows[i].text, text) == 0 &&
            ((!code && !c2) || (code && c2 && strcmp(code, c2) == 0)))
            break;
    }
    if (i == *n) {
        if (*n >= cap)
            return;
        memset(&rows[i], 0, sizeof(rows[i]));
        rows[i].a = a;
        rows[i].text = text;
        (*n)++;
    }
    rows[i].n[role] += inc;
}

static int put_actors(struct dy_out_db *db, const struct dyad_result *res)
{
    size_t cap = 2 * res->nevents + res->nquotes + res->nunknown, n = 0;
    struct actor_row *rows;
    int rc = DYAD_OK;

    if (!cap)
        return DYAD_OK;
    rows = dy_calloc(cap, sizeof(*rows));
    if (!rows)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < res->nevents; i++) {
        actor_count(rows, &n, cap, &res->events[i].source, res->events[i].source.text, 0, 1);
        actor_count(rows, &n, cap, &res->events[i].target, res->events[i].target.text, 1, 1);
    }
    for (size_t i = 0; i < res->nquotes; i++)
        actor_count(rows, &n, cap, &res->quotes[i].speaker, res->quotes[i].speaker.text, 2, 1);
    for (size_t i = 0; i < res->nunknown; i++)
        actor_count(rows, &n, cap, NULL, res->unknown[i].text, 3, res->unknown[i].count);
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_stmt *st = db->st[ST_ACTOR];
        const struct dyad_actor *a = rows[i].a;
        rc = bind_c(db, st, 1, res->doc->id);
        rc = rc ? rc : bind_c(db, st, 2, rows[i].text);
        rc = rc ? rc : bind_c(db, st, 3, a ? a->code : NULL);
        rc = rc ? rc : bind_c(db, st, 4, a ? a->country : NULL);
        rc = rc ? rc : bind_c(db, st, 5, a ? a->agent : NULL);
        for (int k = 0; k < 4 && !rc; k++)
            rc = bind_i(st, 6 + k, rows[i].n[k]);
        rc = rc ? rc : run(db, ST_ACTOR);
    }
    dy_free(rows);
    return rc;
}

static int put_doc_rows(struct dy_out_db *db, const struct dyad_result *res, int *inserted)
{
    const struct dyad_doc *d = res->doc;
    sqlite3_stmt *st = db->st[ST_DOC];
    size_t i, k;
    int rc;

    rc = bind_cstr(db, st, 1, F_ID, d->id);
    rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)d->seq) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : bind_cstr(db, st, 3, F_DATE, d->date);
    rc = rc ? rc : bind_cstr(db, st, 4, F_TITLE, d->title);
    rc = rc ? rc : bind_cstr(db, st, 5, F_URL, d->url);
    rc = rc ? rc : bind_cstr(db, st, 6, F_SOURCE, d->source);
    rc = rc ? rc : bind_cstr(db, st, 7, F_ORIGIN, d->origin);
    rc = rc ? rc : bind_cstr(db, st, 8, F_TEXT, dy_out_status_name(res->status));
    rc = rc ? rc : bind_cstr(db, st, 9, F_REASON, res->status_reason);
    rc = rc ? rc : bind_cstr(db, st, 10, F_WARNING, d->warning);
    rc = rc ? rc : bind_cstr(db, st, 11, F_EXTRA, d->extra_json);
    rc = rc ? rc : sqlite3_bind_int64(st, 12, (sqlite3_int64)res->nsentences) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : sqlite3_bind_int64(st, 13, (sqlite3_int64)res->ntokens) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : sqlite3_bind_int64(st, 14, (sqlite3_int64)res->utf8_repaired) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : sqlite3_bind_int64(st, 15, (sqlite3_int64)d->nboilerplate) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : sqlite3_bind_text(st, 16, db->run_at, -1, SQLITE_STATIC) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : run(db, ST_DOC);
    if (rc)
        return rc;
    *inserted = sqlite3_changes(db->db) > 0;
    if (!*inserted || db->kind == DYAD_EMIT_DOCUMENTS)
        return DYAD_OK;
    for (i = 0; i < res->nsentences; i++) {
        const struct dyad_sentence *s = &res->sentences[i];
        st = db->st[ST_SENT];
        rc = bind_cstr(db, st, 1, F_ID, d->id);
        rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i) ? DYAD_ESQLITE : DYAD_OK;
        rc = rc ? rc : sqlite3_bind_int64(st, 3, s->paragraph) ? DYAD_ESQLITE : DYAD_OK;
        rc = rc ? rc : sqlite3_bind_int64(st, 4, s->span.start) ? DYAD_ESQLITE : DYAD_OK;
        rc = rc ? rc : sqlite3_bind_int64(st, 5, s->span.end) ? DYAD_ESQLITE : DYAD_OK;
        rc = rc ? rc : bind_text(db, st, 6, F_TEXT, d->text + s->span.start,
                                 s->span.end - s->span.start);
        rc = rc ? rc : run(db, ST_SENT);
        for (k = 0; db->kind == DYAD_EMIT_TOKENS && k < s->ntokens && !rc; k++) {
            const struct dyad_token *t = &res->tokens[s->first_token + k];
            const char *form = t->form ? t->form : d->text + t->span.start;
            size_t n = t->form ? t->form_len : t->span.end - t->span.start;
            st = db->st[ST_TOK];
            rc = bind_cstr(db, st, 1, F_ID, d->id);
            rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)i) ? DYAD_ESQLITE : DYAD_OK;
            rc = rc ? rc : sqlite3_bind_int64(st, 3, (sqlite3_int64)k) ? DYAD_ESQLITE : DYAD_OK;
            rc = rc ? rc : bind_text(db, st, 4, F_TEXT, form, n);
            rc = rc ? rc : sqlite3_bind_int64(st, 5, t->span.start) ? DYAD_ESQLITE : DYAD_OK;
            rc = rc ? rc : sqlite3_bind_int64(st, 6, t->span.end) ? DYAD_ESQLITE : DYAD_OK;
            rc = rc ? rc : sqlite3_bind_int(st, 7, (t->flags & DYAD_TOK_SPACE_AFTER) ? 1 : 0)
                       ? DYAD_ESQLITE : DYAD_OK;
            rc = rc ? rc : run(db, ST_TOK);
        }
        if (rc)
            return rc;
    }
    if (db->kind == DYAD_EMIT_EVENTS) {
        rc = put_events(db, res);
        rc = rc ? rc : put_actors(db, res);
    }
    return rc;
}

int dy_out_db_write(struct dy_out_db *db, const struct dyad_result *res, int *skipped,
                    struct dyad_error *err)
{
    int rc, inserted = 0;
    char where[300];

    if (!res->doc->id)
        return dy_error(err, DYAD_EINVAL, NULL, "SQLite output needs a document id");
    dy_snprintf(where, sizeof(where), "doc '%s'", res->doc->id);
    rc = txn_begin(db, err);
    if (rc)
        return rc;
    if (run(db, ST_SAVE))
        return db_fail(db, err, "SAVEPOINT failed");
    rc = put_doc_rows(db, res, &inserted);
    if (rc) {
        /* Undo this document's rows only; earlier ones stay in the batch. */
        int code = dy_error(err, rc, where, "SQLite: cannot store document: %s",
                            rc == DYAD_ESQLITE ? sqlite3_errmsg(db->db) : dyad_strerror(rc));
        run(db, ST_ROLLBACK);
        run(db, ST_RELEASE);
        return code;
    }
    if (run(db, ST_RELEASE))
        return db_fail(db, err, "RELEASE failed");
    if (skipped)
        *skipped = !inserted;
    return txn_tick(db, err);
}

int dy_out_db_reject(struct dy_out_db *db, const struct dyad_reject *rej,
                     struct dyad_error *err)
{
    sqlite3_stmt *st = db->st[ST_REJ];
    int rc;

    rc = txn_begin(db, err);
    if (rc)
        return rc;
    rc = sqlite3_bind_text(st, 1, db->run_at, -1, SQLITE_STATIC) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : sqlite3_bind_int64(st, 2, (sqlite3_int64)rej->seq) ? DYAD_ESQLITE : DYAD_OK;
    rc = rc ? rc : bind_cstr(db, st, 3, F_ORIGIN, rej->origin);
    rc = rc ? rc : bind_cstr(db, st, 4, F_ID, rej->id);
    rc = rc ? rc : bind_cstr(db, st, 5, F_TEXT, dyad_errname(rej->code));
    rc = rc ? rc : bind_cstr(db, st, 6, F_REASON, rej->reason);
    rc = rc ? rc : run(db, ST_REJ);
    if (rc)
        return db_fail(db, err, "cannot store reject");
    return txn_tick(db, err);
}
