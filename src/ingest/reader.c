/*
 * reader.c - module ingest: the public reader (dyad_reader_*).  Turns a
 * list of paths into a stream of documents and rejects, in input order.
 *
 * Paths are files, directories (walked depth first, entries of each
 * directory in byte order of their names, hidden entries skipped) or
 * "-" for stdin.  A .txt file is one document; a JSON Lines file is one
 * document per non-empty line; either may be gzip'd, which is told by
 * the magic bytes.  Whatever cannot be read becomes a dyad_reject at
 * the place where the document would have been, so every input is
 * accounted for.  Only the current file and the directory listings on
 * the walk stack are in memory, whatever the size of the corpus.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "ingest/ingest.h"
#include "util/util.h"

#define WALK_MAX_DEPTH 64
#define WALK_MAX_ENTRIES ((size_t)1 << 24)

struct walk_dir {
    char *path;     /* path to open files with */
    char *rel;      /* relative to the root given by the user; "" for it */
    char **names;   /* sorted entry names */
    size_t n, i;
};

struct dyad_reader {
    char **paths;
    size_t npaths, ipath;
    enum dyad_input_format format;
    size_t max_doc;
    size_t max_line;
    struct dy_ingest_bp *bp;
    FILE *stdin_f;
    struct walk_dir stack[WALK_MAX_DEPTH];
    size_t depth;
    /* The JSON Lines file being read, when jopen. */
    int jopen;
    int jfirst;               /* no line returned yet (BOM, binary check) */
    struct dy_ingest_src src;
    struct dy_ingest_lines lines;
    char *jorigin;            /* path for origins */
    char *jname;              /* prefix of derived ids */
    uint64_t seq;
};

void dyad_doc_free(struct dyad_doc *doc)
{
    if (!doc)
        return;
    dy_free(doc->id);
    dy_free(doc->date);
    dy_free(doc->title);
    dy_free(doc->url);
    dy_free(doc->source);
    dy_free(doc->text);
    dy_free(doc->extra_json);
    dy_free(doc->origin);
    dy_free(doc->boilerplate);
    dy_free(doc->warning);
    dy_free(doc);
}

void dyad_reject_free(struct dyad_reject *rej)
{
    if (!rej)
        return;
    dy_free(rej->origin);
    dy_free(rej->id);
    dy_free(rej->reason);
    dy_free(rej);
}

void dy_ingest_reader_set_stdin(struct dyad_reader *r, FILE *f)
{
    r->stdin_f = f;
}

/* ---- small helpers ---------------------------------------------------- */

static int new_reject(struct dyad_reject **out, const char *origin, const char *id, int code,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int new_reject(struct dyad_reject **out, const char *origin, const char *id, int code,
                      const char *fmt, ...)
{
    struct dyad_reject *rej;
    struct dy_buf b = DY_BUF_INIT;
    va_list ap;
    int rc;

    rej = dy_calloc(1, sizeof(*rej));
    if (!rej)
        return DYAD_ENOMEM;
    va_start(ap, fmt);
    rc = dy_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    rej->reason = rc ? NULL : dy_buf_detach(&b, NULL);
    rej->origin = dy_strdup(origin);
    rej->id = id ? dy_strdup(id) : NULL;
    rej->code = code;
    if (!rej->reason || !rej->origin || (id && !rej->id)) {
        dy_buf_release(&b);
        dyad_reject_free(rej);
        return DYAD_ENOMEM;
    }
    *out = rej;
    return DYAD_OK;
}

static char *join_path(const char *a, const char *b)
{
    struct dy_buf buf = DY_BUF_INIT;
    size_t n = strlen(a);

    if (n == 0)
        return dy_strdup(b);
    if (dy_buf_printf(&buf, "%s%s%s", a, a[n - 1] == '/' ? "" : "/", b)) {
        dy_buf_release(&buf);
        return NULL;
    }
    return dy_buf_detach(&buf, NULL);
}

/* The format a name asks for: .txt, .jsonl/.ndjson/.json, each
 * optionally followed by .gz; AUTO when the name says nothing. */
static enum dyad_input_format format_of_name(const char *name)
{
    size_t n = strlen(name);

    if (n > 3 && strcmp(name + n - 3, ".gz") == 0)
        n -= 3;
#define ENDS(ext) (n > sizeof(ext) - 1 && strncmp(name + n - (sizeof(ext) - 1), ext, sizeof(ext) - 1) == 0)
    if (ENDS(".txt"))
        return DYAD_INPUT_TXT;
    if (ENDS(".jsonl") || ENDS(".ndjson") || ENDS(".json"))
        return DYAD_INPUT_JSONL;
#undef ENDS
    return DYAD_INPUT_AUTO;
}

static const char *json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        return "an object";
    case JSON_ARRAY:
        return "an array";
    case JSON_STRING:
        return "a string";
    case JSON_INTEGER:
    case JSON_REAL:
        return "a number";
    case JSON_TRUE:
    case JSON_FALSE:
        return "a boolean";
    case JSON_NULL:
        return "null";
    }
    return "unknown";
}

/* Compact JSON text of v (any type) in dy_ memory, or NULL. */
static char *json_text(const json_t *v)
{
    size_t flags = JSON_COMPACT | JSON_ENCODE_ANY;
    size_t n = json_dumpb(v, NULL, 0, flags);
    char *s;

    if (n == 0 || n == SIZE_MAX)
        return NULL;
    s = dy_malloc(n + 1);
    if (!s)
        return NULL;
    if (json_dumpb(v, s, n, flags) != n) {
        dy_free(s);
        return NULL;
    }
    s[n] = '\0';
    return s;
}

/* Copies a JSON string; NUL bytes inside it ("\u0000") become spaces so
 * that the C string is not cut short without a trace. */
static char *dup_json_string(const json_t *v)
{
    size_t n = json_string_length(v), i;
    char *s = dy_malloc(n + 1);

    if (!s)
        return NULL;
    memcpy(s, json_string_value(v), n);
    s[n] = '\0';
    for (i = 0; i < n; i++)
        if (s[i] == '\0')
            s[i] = ' ';
    return s;
}

/* ---- building documents ------------------------------------------------ */

static int finish_doc(struct dyad_reader *r, struct dyad_doc *doc)
{
    return dy_ingest_bp_scan(r->bp, doc->text, doc->text_len, &doc->boilerplate,
                             &doc->nboilerplate);
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Whether the n bytes at p are all blanks and line ends. */
static int all_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_blank(p[i]) && p[i] != '\n')
            return 0;
    return 1;
}

/*
 * A .txt file carries no metadata, but corpora are often saved as
 * "2017-09-05-some-title.txt": a file name that starts with a real ISO
 * date gives the document its date, which people's dated roles and
 * relative dates ("on Tuesday") need.  Returns a new string or NULL.
 */
static char *date_from_name(const char *id)
{
    const char *base = strrchr(id, '/');
    char date[11];

    base = base ? base + 1 : id;
    if (strlen(base) < 10)
        return NULL;
    memcpy(date, base, 10);
    date[10] = '\0';
    if (base[10] >= '0' && base[10] <= '9')
        return NULL;   /* "2017-09-051.txt" is not a date */
    return dy_ingest_valid_date(date) ? dy_strdup(date) : NULL;
}

/*
 * Makes a .txt document from the whole file in b (taken over).  The
 * first line with a non-space character is the title (trimmed); the
 * text is every byte after that line's "\n", unchanged.  When nothing
 * but spaces follows that line (a sentence piped in, a one-line file),
 * the line is the text, from its first byte, and there is no title: a
 * document that is all headline would otherwise have nothing to parse.
 * A file with no such line gives a document with no title and empty
 * text.  The date comes from the file name when it starts with
 * YYYY-MM-DD.
 */
static int txt_doc(struct dyad_reader *r, struct dy_buf *b, const char *id, const char *origin,
                   struct dyad_doc **out)
{
    struct dyad_doc *doc;
    size_t len = 0, pos = 0, body;
    char *data = dy_buf_detach(b, &len);
    int rc = DYAD_ENOMEM;

    if (!data)
        return DYAD_ENOMEM;
    doc = dy_calloc(1, sizeof(*doc));
    if (!doc)
        goto fail;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
        pos = 3;
    body = len;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        size_t s = pos, e = end, i;

        while (s < e && is_blank(data[s]))
            s++;
        while (e > s && is_blank(data[e - 1]))
            e--;
        if (s < e) {
            body = nl ? end + 1 : len;
            if (all_blank(data + body, len - body)) {
                body = pos;
                break;
            }
            doc->title = dy_strndup(data + s, e - s);
            if (!doc->title)
                goto fail;
            for (i = 0; i < e - s; i++)
                if (doc->title[i] == '\0')
                    doc->title[i] = ' ';
            break;
        }
        pos = nl ? end + 1 : len;
    }
    /* The body moves to the front of the buffer, which becomes the text. */
    memmove(data, data + body, len - body);
    doc->text_len = len - body;
    data[doc->text_len] = '\0';
    doc->text = data;
    data = NULL;
    doc->id = dy_strdup(id);
    doc->origin = dy_strdup(origin);
    if (!doc->id || !doc->origin)
        goto fail;
    doc->date = date_from_name(id);
    rc = finish_doc(r, doc);
    if (rc)
        goto fail;
    *out = doc;
    return DYAD_OK;
fail:
    dy_free(data);
    dyad_doc_free(doc);
    return rc;
}

/* Reads the rest of src into b, at most max bytes: DYAD_ETOOBIG beyond. */
static int read_all(struct dy_ingest_src *src, size_t max, struct dy_buf *b)
{
    size_t got;
    int rc;

    dy_buf_init(b, max + 1);
    for (;;) {
        size_t room = max + 1 - b->len;
        size_t want = DY_MIN(room, DY_INGEST_CHUNK);
        if (want == 0)
            return DYAD_ETOOBIG;
        rc = dy_buf_reserve(b, want);
        if (rc)
            return rc;
        rc = dy_ingest_src_read(src, (unsigned char *)b->data + b->len, want, &got);
        if (rc)
            return rc;
        b->len += got;
        b->data[b->len] = '\0';
        if (got == 0)
            return b->len > max ? DYAD_ETOOBIG : DYAD_OK;
    }
}

/* Reads an opened source as one .txt document (or a reject). */
static int txt_read(struct dyad_reader *r, struct dy_ingest_src *src, const char *id,
                    const char *origin, struct dyad_doc **doc, struct dyad_reject **rej)
{
    struct dy_buf b;
    int rc = read_all(src, r->max_doc, &b);

    if (rc == DYAD_ENOMEM) {
        dy_buf_release(&b);
        return rc;
    }
    if (rc == DYAD_ETOOBIG) {
        dy_buf_release(&b);
        return new_reject(rej, origin, id, rc,
                          "file is larger than max_doc_bytes (%zu bytes); not read", r->max_doc);
    }
    if (rc) {
        dy_buf_release(&b);
        return new_reject(rej, origin, id, rc, "%s; document not read", src->msg);
    }
    if (dy_ingest_looks_binary((const unsigned char *)(b.data ? b.data : ""),
                               DY_MIN(b.len, DY_INGEST_SNIFF_BYTES))) {
        dy_buf_release(&b);
        return new_reject(rej, origin, id, DYAD_EBINARY,
                          "looks like a binary file (a NUL byte or mostly non-text bytes in "
                          "the first %d bytes); not read",
                          DY_INGEST_SNIFF_BYTES);
    }
    rc = txt_doc(r, &b, id, origin, doc);
    dy_buf_release(&b);
    return rc;
}

/* Adds to the warning text of a document under construction. */
static int warn(struct dy_buf *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int warn(struct dy_buf *w, const char *fmt, ...)
{
    va_list ap;
    int rc;

    if (w->len && dy_buf_puts(w, "; "))
        return DYAD_ENOMEM;
    va_start(ap, fmt);
    rc = dy_buf_vprintf(w, fmt, ap);
    va_end(ap);
    return rc;
}

/*
 * Makes a document from a parsed JSON object.  "text" must be a string;
 * "id" may be any non-null value (stringified); "date", "title", "url"
 * and "source" are used when they are strings (and the date is ISO
 * 8601), otherwise they are kept in extra_json and noted in warning.
 * Every other key goes to extra_json unchanged.
 */
static int jsonl_doc(struct dyad_reader *r, json_t *obj, const char *origin,
                     const char *derived_id, struct dyad_doc **out, struct dyad_reject **rej)
{
    struct dyad_doc *doc = NULL;
    struct dy_buf w = DY_BUF_INIT;
    json_t *extra = NULL, *text, *idv, *v;
    const char *key;
    char *id = NULL;
    int rc = DYAD_ENOMEM;

    idv = json_object_get(obj, "id");
    if (idv && json_is_string(idv) && json_string_length(idv) > 0)
        id = dup_json_string(idv);
    else if (idv && !json_is_null(idv) && !json_is_string(idv))
        id = json_text(idv);
    else
        id = dy_strdup(derived_id);
    if (!id)
        return DYAD_ENOMEM;
    text = json_object_get(obj, "text");
    if (!text || !json_is_string(text)) {
        rc = new_reject(rej, origin, id, DYAD_EFIELD,
                        text ? "\"text\" is %s, not a string; document not read"
                             : "no \"text\" field%s; every line needs \"text\": \"...\"",
                        text ? json_type_name(text) : "");
        dy_free(id);
        return rc;
    }
    if (json_string_length(text) > r->max_doc) {
        rc = new_reject(rej, origin, id, DYAD_ETOOBIG,
                        "\"text\" is %zu bytes, over max_doc_bytes (%zu); document not read",
                        json_string_length(text), r->max_doc);
        dy_free(id);
        return rc;
    }
    doc = dy_calloc(1, sizeof(*doc));
    extra = json_object();
    if (!doc || !extra)
        goto fail;
    doc->id = id;
    id = NULL;
    json_object_foreach(obj, key, v) {
        char **field = NULL;
        int is_date = strcmp(key, "date") == 0;

        if (strcmp(key, "id") == 0 || strcmp(key, "text") == 0)
            continue;
        if (is_date)
            field = &doc->date;
        else if (strcmp(key, "title") == 0)
            field = &doc->title;
        else if (strcmp(key, "url") == 0)
            field = &doc->url;
        else if (strcmp(key, "source") == 0)
            field = &doc->source;
        if (field && (json_is_null(v) || (json_is_string(v) && json_string_length(v) == 0)))
            continue;
        if (field && json_is_string(v) && (!is_date || dy_ingest_valid_date(json_string_value(v)))) {
            *field = dup_json_string(v);
            if (!*field)
                goto fail;
            continue;
        }
        if (field && is_date && json_is_string(v)) {
            if (warn(&w, "\"date\" '%.60s' is not ISO 8601 (YYYY-MM-DD[THH:MM[:SS]][zone]); "
                         "kept in extra only", json_string_value(v)))
                goto fail;
        } else if (field) {
            if (warn(&w, "\"%s\" is %s, not a string; kept in extra only", key, json_type_name(v)))
                goto fail;
        }
        if (json_object_set(extra, key, v))
            goto fail;
    }
    if (json_object_size(extra) > 0) {
        doc->extra_json = json_text(extra);
        if (!doc->extra_json)
            goto fail;
    }
    if (w.len) {
        doc->warning = dy_buf_detach(&w, NULL);
        if (!doc->warning)
            goto fail;
    }
    doc->text_len = json_string_length(text);
    doc->text = dy_malloc(doc->text_len + 1);
    doc->origin = dy_strdup(origin);
    if (!doc->text || !doc->origin)
        goto fail;
    memcpy(doc->text, json_string_value(text), doc->text_len);
    doc->text[doc->text_len] = '\0';
    rc = finish_doc(r, doc);
    if (rc)
        goto fail;
    json_decref(extra);
    *out = doc;
    return DYAD_OK;
fail:
    dy_free(id);
    dy_buf_release(&w);
    json_decref(extra);
    dyad_doc_free(doc);
    return rc ? rc : DYAD_ENOMEM;
}

static void jsonl_close(struct dyad_reader *r)
{
    if (!r->jopen)
        return;
    dy_ingest_lines_release(&r->lines);
    dy_ingest_src_release(&r->src);
    dy_free(r->jorigin);
    dy_free(r->jname);
    r->jorigin = NULL;
    r->jname = NULL;
    r->jopen = 0;
}

/* Next document or reject of the open JSON Lines file; nothing at its
 * end (the file is then closed). */
static int jsonl_next(struct dyad_reader *r, struct dyad_doc **doc, struct dyad_reject **rej)
{
    char origin[4096 + 32], derived[4096 + 32];
    const char *line;
    size_t len;
    int toolong, rc;

    for (;;) {
        rc = dy_ingest_lines_next(&r->lines, &line, &len, &toolong);
        dy_snprintf(origin, sizeof(origin), "%s:%llu", r->jorigin,
                    (unsigned long long)r->lines.lineno);
        if (rc == DYAD_ENOMEM || rc == DYAD_EINTERNAL)
            return rc;
        if (rc) {
            /* Damaged stream: one reject stands for the rest of the file. */
            rc = new_reject(rej, origin, NULL, rc,
                            "%s at line %llu (%zu bytes of it read); the rest of the file is lost",
                            r->src.msg, (unsigned long long)r->lines.lineno, len);
            jsonl_close(r);
            return rc;
        }
        if (!line) {
            jsonl_close(r);
            return DYAD_OK;
        }
        if (r->jfirst && r->lines.binary) {
            dy_snprintf(origin, sizeof(origin), "%s", r->jorigin);
            rc = new_reject(rej, origin, NULL, DYAD_EBINARY,
                            "looks like a binary file (a NUL byte or mostly non-text bytes "
                            "in the first %d bytes); not read",
                            DY_INGEST_SNIFF_BYTES);
            jsonl_close(r);
            return rc;
        }
        if (r->jfirst && !toolong && len >= 3 && memcmp(line, "\xef\xbb\xbf", 3) == 0) {
            line += 3;
            len -= 3;
        }
        r->jfirst = 0;
        if (toolong)
            return new_reject(rej, origin, NULL, DYAD_ETOOBIG,
                              "line is %zu bytes, over the limit of %zu (2 x max_doc_bytes); "
                              "not read",
                              len, r->max_line);
        {
            size_t i = 0;
            json_t *obj;
            json_error_t jerr;

            while (i < len && (is_blank(line[i])))
                i++;
            if (i == len)
                continue;  /* empty lines are not documents */
            /* NEEDSWORK: jansson is ~90% of JSONL reading time (perf),
             * which caps the reader near 60-80 MB/s; a scanner that
             * decodes the "text" string itself would lift that. */
            obj = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
            if (!obj)
                return new_reject(rej, origin, NULL, DYAD_EJSON,
                                  "invalid JSON at column %d: %s; document not read",
                                  jerr.column, jerr.text);
            if (!json_is_object(obj)) {
                rc = new_reject(rej, origin, NULL, DYAD_EJSON,
                                "line is %s, not a JSON object; document not read",
                                json_type_name(obj));
                json_decref(obj);
                return rc;
            }
            dy_snprintf(derived, sizeof(derived), "%s:%llu", r->jname,
                        (unsigned long long)r->lines.lineno);
            rc = jsonl_doc(r, obj, origin, derived, doc, rej);
            json_decref(obj);
            return rc;
        }
    }
}

/* ---- files, stdin and directories --------------------------------------- */

/*
 * Starts reading an opened stream `f` (owned: closed when done): sniffs
 * the format when it is not known, reads a .txt document whole, or
 * leaves a JSON Lines source open in r->src.  `origin` names it in
 * records and rejects, `name` is the id of a .txt document and the
 * prefix of derived JSONL ids; `size` is the file size (-1: unknown),
 * checked against max_doc for plain .txt files before reading.
 */
static int open_stream(struct dyad_reader *r, FILE *f, int owned, enum dyad_input_format fmt,
                       const char *origin, const char *name, long long size,
                       struct dyad_doc **doc, struct dyad_reject **rej)
{
    struct dy_ingest_src *src = &r->src;
    int rc, gz;

    rc = dy_ingest_src_open(src, f, owned);
    if (rc) {
        if (rc != DYAD_ENOMEM)
            rc = new_reject(rej, origin, NULL, rc, "%s; not read", src->msg);
        dy_ingest_src_release(src);
        return rc;
    }
    if (fmt == DYAD_INPUT_AUTO) {
        size_t n;
        const unsigned char *p = dy_ingest_src_peek(src, &n);
        fmt = dy_ingest_sniff(p, n, &gz);
    }
    if (fmt == DYAD_INPUT_TXT) {
        if (!src->gzip && size >= 0 && (unsigned long long)size > (unsigned long long)r->max_doc)
            rc = new_reject(rej, origin, name, DYAD_ETOOBIG,
                            "file is %lld bytes, over max_doc_bytes (%zu); not read", size,
                            r->max_doc);
        else
            rc = txt_read(r, src, name, origin, doc, rej);
        dy_ingest_src_release(src);
        return rc;
    }
    /* JSON Lines: the source stays open in r->src (z_stream cannot be
     * copied: zlib keeps a pointer back to it). */
    r->jorigin = dy_strdup(origin);
    r->jname = dy_strdup(name);
    r->jopen = 1;
    r->jfirst = 1;
    dy_ingest_lines_init(&r->lines, &r->src, r->max_line);
    if (!r->jorigin || !r->jname) {
        jsonl_close(r);
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/*
 * Starts reading one file.  `path` opens it, `name` is the id of a .txt
 * document and the prefix of derived JSONL ids, `in_dir` says whether
 * it was found by walking a directory (unknown extensions are then
 * rejected instead of sniffed).
 */
static int open_file(struct dyad_reader *r, const char *path, const char *name, int in_dir,
                     struct dyad_doc **doc, struct dyad_reject **rej)
{
    enum dyad_input_format fmt = r->format;
    struct stat st;
    FILE *f;

    if (fmt == DYAD_INPUT_AUTO)
        fmt = format_of_name(name);
    if (fmt == DYAD_INPUT_AUTO && in_dir)
        return new_reject(rej, path, NULL, DYAD_EFORMAT,
                          "not read: in a directory only .txt, .jsonl, .ndjson and .json files "
                          "(optionally .gz) are read; name the file itself or set the format");
    f = fopen(path, "rb");
    if (!f)
        return new_reject(rej, path, fmt == DYAD_INPUT_TXT ? name : NULL,
                          errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, "cannot open: %s",
                          strerror(errno));
    return open_stream(r, f, 1, fmt, path, name,
                       fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) ? (long long)st.st_size : -1,
                       doc, rej);
}

static int open_stdin(struct dyad_reader *r, struct dyad_doc **doc, struct dyad_reject **rej)
{
    return open_stream(r, r->stdin_f, 0, r->format, "-", "-", -1, doc, rej);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_pop(struct dyad_reader *r)
{
    struct walk_dir *d = &r->stack[--r->depth];
    size_t i;

    for (i = 0; i < d->n; i++)
        dy_free(d->names[i]);
    dy_free(d->names);
    dy_free(d->path);
    dy_free(d->rel);
    memset(d, 0, sizeof(*d));
}

/* Lists a directory onto the walk stack (or rejects it). */
static int walk_push(struct dyad_reader *r, const char *path, const char *rel,
                     struct dyad_reject **rej)
{
    struct walk_dir *d;
    struct dirent *e;
    size_t cap = 0;
    DIR *dir;

    if (r->depth == WALK_MAX_DEPTH)
        return new_reject(rej, path, NULL, DYAD_ETOOBIG,
                          "directories nested deeper than %d (a symbolic link loop?); not read",
                          WALK_MAX_DEPTH);
    dir = opendir(path);
    if (!dir)
        return new_reject(rej, path, NULL, DYAD_EIO, "cannot open directory: %s",
                          strerror(errno));
    d = &r->stack[r->depth++];
    memset(d, 0, sizeof(*d));
    d->path = dy_strdup(path);
    d->rel = dy_strdup(rel);
    if (!d->path || !d->rel)
        goto nomem;
    while ((e = readdir(dir)) != NULL) {
        /* Hidden entries (".git", ".DS_Store") are not part of a corpus. */
        if (e->d_name[0] == '.')
            continue;
        if (d->n == WALK_MAX_ENTRIES) {
            closedir(dir);
            walk_pop(r);
            return new_reject(rej, path, NULL, DYAD_ETOOBIG,
                              "directory has more than %zu entries; not read", WALK_MAX_ENTRIES);
        }
        if (d->n == cap) {
            char **t;
            cap = cap ? cap * 2 : 64;
            t = dy_reallocarray(d->names, cap, sizeof(*t));
            if (!t)
                goto nomem;
            d->names = t;
        }
        d->names[d->n] = dy_strdup(e->d_name);
        if (!d->names[d->n])
            goto nomem;
        d->n++;
    }
    closedir(dir);
    if (d->n)
        qsort(d->names, d->n, sizeof(*d->names), name_cmp);
    return DYAD_OK;
nomem:
    closedir(dir);
    walk_pop(r);
    return DYAD_ENOMEM;
}

/* One entry of the directory on top of the stack. */
static int walk_entry(struct dyad_reader *r, struct dyad_doc **doc, struct dyad_reject **rej)
{
    struct walk_dir *d = &r->stack[r->depth - 1];
    const char *name = d->names[d->i++];
    char *path = join_path(d->path, name);
    char *rel = join_path(d->rel, name);
    struct stat st;
    int rc;

    if (!path || !rel) {
        rc = DYAD_ENOMEM;
    } else if (stat(path, &st) != 0) {
        rc = new_reject(rej, path, NULL, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO,
                        "cannot read: %s", strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
        rc = walk_push(r, path, rel, rej);
    } else {
        rc = open_file(r, path, rel, 1, doc, rej);
    }
    dy_free(path);
    dy_free(rel);
    return rc;
}

static int top_path(struct dyad_reader *r, const char *path, struct dyad_doc **doc,
                    struct dyad_reject **rej)
{
    struct stat st;

    if (strcmp(path, "-") == 0)
        return open_stdin(r, doc, rej);
    if (stat(path, &st) != 0)
        return new_reject(rej, path, NULL, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO,
                          "cannot read: %s", strerror(errno));
    if (S_ISDIR(st.st_mode))
        return walk_push(r, path, "", rej);
    return open_file(r, path, path, 0, doc, rej);
}

/* ---- public API ----------------------------------------------------------- */

int dyad_reader_open(const char *const *paths, size_t npaths,
                     const struct dyad_reader_options *opts, struct dyad_reader **out,
                     struct dyad_error *err)
{
    struct dyad_reader *r;
    size_t i;
    int rc;

    dy_error_clear(err);
    if (!out)
        return dy_error(err, DYAD_EINVAL, NULL, "out is required");
    *out = NULL;
    if (!paths || npaths == 0)
        return dy_error(err, DYAD_EINVAL, NULL, "no input paths (use \"-\" for stdin)");
    if (opts && opts->format != DYAD_INPUT_AUTO && opts->format != DYAD_INPUT_TXT &&
        opts->format != DYAD_INPUT_JSONL)
        return dy_error(err, DYAD_EINVAL, NULL, "unknown input format %d", (int)opts->format);
    if (opts && opts->max_doc_bytes > UINT32_MAX)
        return dy_error(err, DYAD_EINVAL, NULL,
                        "max_doc_bytes %zu is over 4 GiB (offsets are 32-bit)",
                        opts->max_doc_bytes);
    r = dy_calloc(1, sizeof(*r));
    if (!r)
        return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
    r->format = opts ? opts->format : DYAD_INPUT_AUTO;
    r->max_doc = opts && opts->max_doc_bytes ? opts->max_doc_bytes : DYAD_DEFAULT_MAX_DOC;
    /* A JSON line holds the text escaped plus metadata: allow twice. */
    r->max_line = r->max_doc * 2;
    r->stdin_f = stdin;
    r->paths = dy_calloc(npaths, sizeof(*r->paths));
    if (!r->paths)
        goto nomem;
    r->npaths = npaths;
    for (i = 0; i < npaths; i++) {
        if (!paths[i]) {
            dyad_reader_close(r);
            return dy_error(err, DYAD_EINVAL, NULL, "input path %zu is NULL", i);
        }
        r->paths[i] = dy_strdup(paths[i]);
        if (!r->paths[i])
            goto nomem;
    }
    if (opts && opts->boilerplate_path) {
        rc = dy_ingest_bp_load(opts->boilerplate_path, &r->bp, err);
        if (rc) {
            dyad_reader_close(r);
            return rc;
        }
    }
    *out = r;
    return DYAD_OK;
nomem:
    dyad_reader_close(r);
    return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
}

int dyad_reader_next(struct dyad_reader *r, struct dyad_doc **doc, struct dyad_reject **rej,
                     struct dyad_error *err)
{
    int rc;

    dy_error_clear(err);
    if (!doc || !rej)
        return dy_error(err, DYAD_EINVAL, NULL, "doc and rej are required");
    *doc = NULL;
    *rej = NULL;
    if (!r)
        return dy_error(err, DYAD_EINVAL, NULL, "reader is NULL");
    while (!*doc && !*rej) {
        if (r->jopen) {
            rc = jsonl_next(r, doc, rej);
        } else if (r->depth > 0) {
            const struct walk_dir *top = &r->stack[r->depth - 1];
            if (top->i == top->n) {
                walk_pop(r);
                continue;
            }
            rc = walk_entry(r, doc, rej);
        } else if (r->ipath < r->npaths) {
            rc = top_path(r, r->paths[r->ipath++], doc, rej);
        } else {
            return DYAD_OK;
        }
        if (rc) {
            dyad_doc_free(*doc);
            dyad_reject_free(*rej);
            *doc = NULL;
            *rej = NULL;
            return dy_error(err, rc, NULL, "reading input: %s", dyad_strerror(rc));
        }
    }
    if (*doc)
        (*doc)->seq = r->seq++;
    else
        (*rej)->seq = r->seq++;
    return DYAD_OK;
}

void dyad_reader_close(struct dyad_reader *r)
{
    size_t i;

    if (!r)
        return;
    jsonl_close(r);
    while (r->depth > 0)
        walk_pop(r);
    for (i = 0; i < r->npaths; i++)
        dy_free(r->paths[i]);
    dy_free(r->paths);
    dy_ingest_bp_free(r->bp);
    dy_free(r);
}
