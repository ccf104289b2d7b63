/*
 * test_ingest.c - module ingest: the reader over .txt trees, JSON Lines
 * (plain, gzip'd, broken), stdin sniffing, size caps, binary files and
 * boilerplate lines.  Every fixture is written into a fresh directory
 * under /tmp by the test itself, and every expected value (ids, order,
 * offsets) was worked out by hand from the fixture text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include "ingest/ingest.h"
#include "t.h"
#include "util/util.h"

/* ---- fixture helpers ----------------------------------------------------- */

static char tmp_root[256];

static const char *tpath(const char *rel)
{
    static char bufs[8][512];
    static int k;
    char *b = bufs[k++ % 8];

    snprintf(b, 512, "%s/%s", tmp_root, rel);
    return b;
}

static void write_bytes(const char *rel, const void *data, size_t n)
{
    FILE *f = fopen(tpath(rel), "wb");

    T_CHECK(f != NULL);
    if (!f)
        return;
    T_EQ_INT(fwrite(data, 1, n, f), n);
    fclose(f);
}

static void write_str(const char *rel, const char *s)
{
    write_bytes(rel, s, strlen(s));
}

static void make_dir(const char *rel)
{
    T_EQ_INT(mkdir(tpath(rel), 0755), 0);
}

static void write_gz(const char *rel, const char *s)
{
    gzFile g = gzopen(tpath(rel), "wb");

    T_CHECK(g != NULL);
    if (!g)
        return;
    T_EQ_INT(gzwrite(g, s, (unsigned)strlen(s)), (int)strlen(s));
    gzclose(g);
}

/* Everything one reader produces, in order. */
struct item {
    struct dyad_doc *doc;
    struct dyad_reject *rej;
};

#define MAX_ITEMS 2100

struct items {
    struct item v[MAX_ITEMS];
    size_t n;
    int rc;
};

static void read_all_items(const char *const *paths, size_t npaths,
                           const struct dyad_reader_options *opts, FILE *stdin_f,
                           struct items *out)
{
    struct dyad_reader *r = NULL;
    struct dyad_error err;

    memset(out, 0, sizeof(*out));
    out->rc = dyad_reader_open(paths, npaths, opts, &r, &err);
    if (out->rc) {
        fprintf(stderr, "open: %s: %s\n", err.where, err.msg);
        return;
    }
    if (stdin_f)
        dy_ingest_reader_set_stdin(r, stdin_f);
    for (;;) {
        struct dyad_doc *d;
        struct dyad_reject *j;
        out->rc = dyad_reader_next(r, &d, &j, &err);
        if (out->rc || (!d && !j))
            break;
        T_CHECK((d == NULL) != (j == NULL));
        if (out->n == MAX_ITEMS) {
            dyad_doc_free(d);
            dyad_reject_free(j);
            continue;
        }
        out->v[out->n].doc = d;
        out->v[out->n].rej = j;
        out->n++;
    }
    dyad_reader_close(r);
}

static void free_items(struct items *it)
{
    for (size_t i = 0; i < it->n; i++) {
        dyad_doc_free(it->v[i].doc);
        dyad_reject_free(it->v[i].rej);
    }
    it->n = 0;
}

/* Checks item i is a document with this id (and seq == i). */
static const struct dyad_doc *doc_at(const struct items *it, size_t i, const char *id)
{
    const struct dyad_doc *d;

    T_CHECKF(i < it->n, "only %zu items", it->n);
    if (i >= it->n)
        return NULL;
    d = it->v[i].doc;
    T_CHECKF(d != NULL, "item %zu is a reject: %s", i,
             it->v[i].rej ? it->v[i].rej->reason : "?");
    if (!d)
        return NULL;
    T_EQ_STR(d->id, id);
    T_EQ_INT(d->seq, i);
    return d;
}

static const struct dyad_reject *rej_at(const struct items *it, size_t i, int code,
                                        const char *origin)
{
    const struct dyad_reject *j;

    T_CHECKF(i < it->n, "only %zu items", it->n);
    if (i >= it->n)
        return NULL;
    j = it->v[i].rej;
    T_CHECKF(j != NULL, "item %zu is a document '%s'", i,
             it->v[i].doc ? it->v[i].doc->id : "?");
    if (!j)
        return NULL;
    T_EQ_STR(dyad_errname(j->code), dyad_errname(code));
    T_EQ_STR(j->origin, origin);
    T_EQ_INT(j->seq, i);
    T_CHECK(j->reason != NULL && j->reason[0] != '\0');
    return j;
}

/* ---- .txt trees -------------------------------------------------------------- */

static void test_txt_tree(void)
{
    const char *a = "\n  \nHeadline A  \r\n\r\nBody line one.\nBody two.";
    const char *paths[1];
    const struct dyad_doc *d;
    struct items it;

    make_dir("tree");
    make_dir("tree/sub");
    make_dir("tree/sub/deeper");
    write_str("tree/b.txt", "B title\nB body\n");
    write_str("tree/a.txt", a);
    write_str("tree/empty.txt", "");
    write_str("tree/notes.md", "not a document\n");
    write_str("tree/.hidden.txt", "hidden\n");
    write_str("tree/sub/c.txt", "C only headline");
    write_str("tree/sub/deeper/d.txt", "\xef\xbb\xbf  D title\n\nD body.\n");
    paths[0] = tpath("tree");
    read_all_items(paths, 1, NULL, NULL, &it);
    T_EQ_INT(it.rc, DYAD_OK);
    /* Names sorted per directory: a.txt b.txt empty.txt notes.md sub/ */
    T_EQ_INT(it.n, 6);
    d = doc_at(&it, 0, "a.txt");
    if (d) {
        T_EQ_STR(d->title, "Headline A");
        /* The body starts after the headline's "\r\n". */
        T_EQ_STR(d->text, "\r\nBody line one.\nBody two.");
        T_EQ_INT(d->text_len, 26);
        T_EQ_STR(d->origin, tpath("tree/a.txt"));
        T_CHECK(d->date == NULL && d->url == NULL && d->source == NULL);
        T_CHECK(d->extra_json == NULL && d->warning == NULL);
    }
    d = doc_at(&it, 1, "b.txt");
    if (d) {
        T_EQ_STR(d->title, "B title");
        T_EQ_STR(d->text, "B body\n");
    }
    d = doc_at(&it, 2, "empty.txt");
    if (d) {
        T_CHECK(d->title == NULL);
        T_EQ_INT(d->text_len, 0);
        T_EQ_STR(d->text, "");
    }
    rej_at(&it, 3, DYAD_EFORMAT, tpath("tree/notes.md"));
    d = doc_at(&it, 4, "sub/c.txt");
    if (d) {
        /* a one-line file is its text, not a headline with no body */
        T_CHECK(d->title == NULL);
        T_EQ_STR(d->text, "C only headline");
    }
    d = doc_at(&it, 5, "sub/deeper/d.txt");
    if (d) {
        T_EQ_STR(d->title, "D title");   /* BOM and indent gone */
        T_EQ_STR(d->text, "\nD body.\n");
    }
    free_items(&it);
}

static void test_txt_file_given_by_name(void)
{
    const char *paths[2];
    struct items it;

    write_str("single.text", "Title\nbody\n");   /* unknown extension: sniffed */
    paths[0] = tpath("single.text");
    paths[1] = tpath("no/such/file.txt");
    read_all_items(paths, 2, NULL, NULL, &it);
    T_EQ_INT(it.n, 2);
    /* A file named on its own keeps the path as given as its id. */
    if (doc_at(&it, 0, tpath("single.text")))
        T_EQ_STR(it.v[0].doc->text, "body\n");
    rej_at(&it, 1, DYAD_ENOENT, tpath("no/such/file.txt"));
    free_items(&it);
}

/* A .txt file whose name starts with a real ISO date is dated by it. */
static void test_txt_date_from_name(void)
{
    const char *paths[1];
    struct items it;

    make_dir("dated");
    write_str("dated/2019-03-07-protest.txt", "Japan protests\nbody\n");
    write_str("dated/2019-02-30-bad.txt", "Not a day\nbody\n");
    write_str("dated/2019-03-071.txt", "Digits run on\nbody\n");
    write_str("dated/notes.txt", "Undated\nbody\n");
    paths[0] = tpath("dated");
    read_all_items(paths, 1, NULL, NULL, &it);
    T_EQ_INT(it.n, 4);
    /* Sorted by name: 2019-02-30-bad, 2019-03-07-protest, 2019-03-071, notes. */
    if (doc_at(&it, 0, "2019-02-30-bad.txt"))
        T_CHECK(it.v[0].doc->date == NULL);
    if (doc_at(&it, 1, "2019-03-07-protest.txt"))
        T_EQ_STR(it.v[1].doc->date, "2019-03-07");
    if (doc_at(&it, 2, "2019-03-071.txt"))
        T_CHECK(it.v[2].doc->date == NULL);
    if (doc_at(&it, 3, "notes.txt"))
        T_CHECK(it.v[3].doc->date == NULL);
    free_items(&it);
}

static void test_binary_files(void)
{
    static const char bin[] = "GIF89a\0\0\x01\x02\x03 junk";
    unsigned char noise[600];
    const char *paths[3];
    struct items it;

    for (size_t i = 0; i < sizeof(noise); i++)
        noise[i] = (unsigned char)(0x80 + (i * 37) % 0x7f + 1); /* no NUL, bad UTF-8 */
    write_bytes("bin.txt", bin, sizeof(bin) - 1);
    write_bytes("bin.jsonl", bin, sizeof(bin) - 1);
    write_bytes("noise.txt", noise, sizeof(noise));
    paths[0] = tpath("bin.txt");
    paths[1] = tpath("bin.jsonl");
    paths[2] = tpath("noise.txt");
    read_all_items(paths, 3, NULL, NULL, &it);
    T_EQ_INT(it.n, 3);
    rej_at(&it, 0, DYAD_EBINARY, tpath("bin.txt"));
    rej_at(&it, 1, DYAD_EBINARY, tpath("bin.jsonl"));
    rej_at(&it, 2, DYAD_EBINARY, tpath("noise.txt"));
    free_items(&it);
}

static void test_looks_binary(void)
{
    const unsigned char latin1[] = "Caf\xe9 au lait, na\xefve r\xe9sum\xe9 for the d\xe9j\xe0 vu";

    T_EQ_INT(dy_ingest_looks_binary((const unsigned char *)"plain text\n", 11), 0);
    T_EQ_INT(dy_ingest_looks_binary((const unsigned char *)"a\0b", 3), 1);
    T_EQ_INT(dy_ingest_looks_binary((const unsigned char *)"caf\xc3\xa9", 5), 0);
    /* 6 stray Latin-1 bytes out of 44 is well under 30%: still text. */
    T_EQ_INT(dy_ingest_looks_binary(latin1, sizeof(latin1) - 1), 0);
    /* 4 control bytes out of 10 is over 30%. */
    T_EQ_INT(dy_ingest_looks_binary((const unsigned char *)"\x01\x02\x03\x04xxxxxx", 10), 1);
    T_EQ_INT(dy_ingest_looks_binary((const unsigned char *)"", 0), 0);
}

/* ---- JSON Lines ------------------------------------------------------------------ */

static void test_jsonl_fields_and_errors(void)
{
    const char *lines =
        "{\"id\":\"x1\",\"date\":\"2017-09-05\",\"title\":\"T\",\"text\":\"Body\",\"url\":\"http://u\","
        "\"source\":\"AFP\",\"lang\":\"en\",\"tags\":[\"a\",\"b\"]}\n"            /* 1 */
        "{\"id\":42,\"text\":\"t2\",\"date\":\"05/09/2017\",\"title\":7}\n"        /* 2 */
        "{\"text\":\"no id\",\"date\":\"2017-09-05T10:20:30Z\",\"title\":\"\"}\n"  /* 3 */
        "   \n"                                                                 /* 4 */
        "{\"id\":\"b\",\"text\": }\n"                                           /* 5 */
        "{\"id\":\"m\"}\n"                                                      /* 6 */
        "{\"id\":\"n\",\"text\":5}\n"                                           /* 7 */
        "[1,2]\n"                                                               /* 8 */
        "{\"id\":\"last\",\"text\":\"ok\\u0000x\"}\r\n";                        /* 9 */
    const char *paths[1];
    const struct dyad_doc *d;
    const struct dyad_reject *j;
    char origin[600];
    struct items it;

    write_str("docs.jsonl", lines);
    paths[0] = tpath("docs.jsonl");
    read_all_items(paths, 1, NULL, NULL, &it);
    T_EQ_INT(it.rc, DYAD_OK);
    T_EQ_INT(it.n, 8);
    d = doc_at(&it, 0, "x1");
    if (d) {
        T_EQ_STR(d->date, "2017-09-05");
        T_EQ_STR(d->title, "T");
        T_EQ_STR(d->text, "Body");
        T_EQ_INT(d->text_len, 4);
        T_EQ_STR(d->url, "http://u");
        T_EQ_STR(d->source, "AFP");
        T_EQ_STR(d->extra_json, "{\"lang\":\"en\",\"tags\":[\"a\",\"b\"]}");
        T_CHECK(d->warning == NULL);
        snprintf(origin, sizeof(origin), "%s:1", tpath("docs.jsonl"));
        T_EQ_STR(d->origin, origin);
    }
    d = doc_at(&it, 1, "42");
    if (d) {
        T_CHECK(d->date == NULL);
        T_CHECK(d->title == NULL);
        /* The unusable values pass through, in input order. */
        T_EQ_STR(d->extra_json, "{\"date\":\"05/09/2017\",\"title\":7}");
        T_CHECK(d->warning && strstr(d->warning, "not ISO 8601"));
        T_CHECK(d->warning && strstr(d->warning, "\"title\" is a number"));
    }
    snprintf(origin, sizeof(origin), "%s:3", tpath("docs.jsonl"));
    d = doc_at(&it, 2, origin);  /* derived id = file:line */
    if (d) {
        T_EQ_STR(d->date, "2017-09-05T10:20:30Z");
        T_CHECK(d->title == NULL);  /* "" is absent, never "" */
        T_CHECK(d->extra_json == NULL);
    }
    snprintf(origin, sizeof(origin), "%s:5", tpath("docs.jsonl"));
    j = rej_at(&it, 3, DYAD_EJSON, origin);
    if (j)
        T_CHECK(j->id == NULL);
    snprintf(origin, sizeof(origin), "%s:6", tpath("docs.jsonl"));
    j = rej_at(&it, 4, DYAD_EFIELD, origin);
    if (j) {
        T_EQ_STR(j->id, "m");
        T_CHECK(strstr(j->reason, "no \"text\" field") != NULL);
    }
    snprintf(origin, sizeof(origin), "%s:7", tpath("docs.jsonl"));
    j = rej_at(&it, 5, DYAD_EFIELD, origin);
    if (j)
        T_CHECK(strstr(j->reason, "\"text\" is a number") != NULL);
    snprintf(origin, sizeof(origin), "%s:8", tpath("docs.jsonl"));
    rej_at(&it, 6, DYAD_EJSON, origin);
    d = doc_at(&it, 7, "last");
    if (d) {
        T_EQ_INT(d->text_len, 4);   /* "ok", NUL, "x": CRLF stripped */
        T_CHECK(memcmp(d->text, "ok\0x", 4) == 0);
    }
    free_items(&it);
}

static void test_jsonl_in_tree_ids(void)
{
    const char *paths[1];
    struct items it;

    make_dir("jt");
    make_dir("jt/2017");
    write_str("jt/2017/feed.ndjson", "{\"text\":\"one\"}\n\n{\"text\":\"two\"}");
    paths[0] = tpath("jt");
    read_all_items(paths, 1, NULL, NULL, &it);
    T_EQ_INT(it.n, 2);
    /* Derived ids use the path relative to the root; last line has no \n. */
    doc_at(&it, 0, "2017/feed.ndjson:1");
    if (doc_at(&it, 1, "2017/feed.ndjson:3"))
        T_EQ_STR(it.v[1].doc->text, "two");
    free_items(&it);
}

static void test_gzip_jsonl(void)
{
    const char *paths[3];
    struct items it;

    write_gz("g.jsonl.gz", "{\"id\":\"g1\",\"text\":\"a\"}\n{\"id\":\"g2\",\"text\":\"b\"}\n");
    /* gzip content under a plain name: found by the magic bytes. */
    write_gz("disguised.jsonl", "{\"id\":\"g3\",\"text\":\"c\"}\n");
    write_gz("gz.txt", "Zipped title\nzipped body\n");
    paths[0] = tpath("g.jsonl.gz");
    paths[1] = tpath("disguised.jsonl");
    paths[2] = tpath("gz.txt");
    read_all_items(paths, 3, NULL, NULL, &it);
    T_EQ_INT(it.n, 4);
    if (doc_at(&it, 0, "g1"))
        T_EQ_STR(it.v[0].doc->text, "a");
    if (doc_at(&it, 1, "g2"))
        T_EQ_STR(it.v[1].doc->text, "b");
    doc_at(&it, 2, "g3");
    if (doc_at(&it, 3, tpath("gz.txt"))) {
        T_EQ_STR(it.v[3].doc->title, "Zipped title");
        T_EQ_STR(it.v[3].doc->text, "zipped body\n");
    }
    free_items(&it);
}

static void test_gzip_truncated_and_corrupt(void)
{
    struct dy_buf b = DY_BUF_INIT;
    const char *paths[2];
    unsigned char *data;
    size_t len, i;
    struct items it;
    FILE *f;

    /* 2000 lines whose text is pseudo-random, so the stream is long. */
    for (i = 1; i <= 2000; i++)
        T_EQ_INT(dy_buf_printf(&b, "{\"id\":\"%zu\",\"text\":\"%08zx %08zx\"}\n", i,
                               i * 2654435761u, i * 40503u * i), DYAD_OK);
    write_gz("full.jsonl.gz", b.data);
    dy_buf_release(&b);
    f = fopen(tpath("full.jsonl.gz"), "rb");
    T_CHECK(f != NULL);
    if (!f)
        return;
    data = dy_malloc(1 << 20);
    len = fread(data, 1, 1 << 20, f);
    fclose(f);
    T_CHECK(len > 4000);
    write_bytes("cut.jsonl.gz", data, len / 2);
    /* Wrong CRC in the trailer: all the data inflates, the check fails. */
    data[len - 8] ^= 0xff;
    write_bytes("crc.jsonl.gz", data, len);
    data[len - 8] ^= 0xff;
    /* Flipped bytes mid-stream: inflate may turn out garbage for a while
     * before it notices, so only the ends are certain. */
    for (i = len / 2; i < len / 2 + 16; i++)
        data[i] ^= 0x5a;
    write_bytes("bad.jsonl.gz", data, len);
    dy_free(data);

    paths[0] = tpath("cut.jsonl.gz");
    paths[1] = tpath("crc.jsonl.gz");
    for (int p = 0; p < 2; p++) {
        size_t k;
        char origin[600];

        read_all_items(paths + p, 1, NULL, NULL, &it);
        T_EQ_INT(it.rc, DYAD_OK);
        T_CHECKF(it.n > 1, "%zu items for %s", it.n, paths[p]);
        if (it.n < 2)
            continue;
        /* The documents read before the damage come out in order... */
        for (k = 0; k + 1 < it.n; k++) {
            char id[32];
            snprintf(id, sizeof(id), "%zu", k + 1);
            doc_at(&it, k, id);
        }
        /* ...and one EGZIP reject stands for the rest, at the line where
         * the damage was met. */
        snprintf(origin, sizeof(origin), "%s:%zu", paths[p], it.n);
        rej_at(&it, it.n - 1, DYAD_EGZIP, origin);
        if (p == 0)
            T_CHECK(it.n < 2000);
        else
            T_EQ_INT(it.n, 2001);
        free_items(&it);
    }
    paths[0] = tpath("bad.jsonl.gz");
    read_all_items(paths, 1, NULL, NULL, &it);
    T_CHECK(it.n > 1 && it.n < MAX_ITEMS);
    doc_at(&it, 0, "1");
    if (it.n > 1 && it.v[it.n - 1].rej)
        T_EQ_INT(it.v[it.n - 1].rej->code, DYAD_EGZIP);
    else
        T_CHECK(!"last item is not a reject");
    free_items(&it);
}

static void test_size_caps(void)
{
    struct dyad_reader_options o = {DYAD_INPUT_AUTO, NULL, 100};
    const char *paths[2];
    struct dy_buf b = DY_BUF_INIT;
    char origin[600];
    struct items it;
    char big[151];

    memset(big, 'x', 150);
    big[150] = '\0';
    write_str("big.txt", big);
    /* Line 1 fine; line 2 is 3 MB (cap is 2 x 100 bytes); line 3 has a
     * 150-byte text in a 170-byte line: under the line cap, over the doc
     * cap; line 4 fine after all that. */
    T_EQ_INT(dy_buf_puts(&b, "{\"id\":\"ok1\",\"text\":\"fine\"}\r\n{\"id\":\"huge\",\"text\":\""),
             DYAD_OK);
    for (int i = 0; i < 3 * 1024; i++)
        T_EQ_INT(dy_buf_append(&b, big, 150), DYAD_OK);
    T_EQ_INT(dy_buf_printf(&b, "\"}\n{\"id\":\"long\",\"text\":\"%s\"}\n", big), DYAD_OK);
    T_EQ_INT(dy_buf_puts(&b, "{\"id\":\"ok2\",\"text\":\"fine\"}"), DYAD_OK);
    write_bytes("caps.jsonl", b.data, b.len);
    dy_buf_release(&b);
    paths[0] = tpath("big.txt");
    paths[1] = tpath("caps.jsonl");
    read_all_items(paths, 2, &o, NULL, &it);
    T_EQ_INT(it.n, 5);
    rej_at(&it, 0, DYAD_ETOOBIG, tpath("big.txt"));
    doc_at(&it, 1, "ok1");
    snprintf(origin, sizeof(origin), "%s:2", tpath("caps.jsonl"));
    if (rej_at(&it, 2, DYAD_ETOOBIG, origin))
        T_CHECK(strstr(it.v[2].rej->reason, "line is 460823 bytes") != NULL);
    snprintf(origin, sizeof(origin), "%s:3", tpath("caps.jsonl"));
    if (rej_at(&it, 3, DYAD_ETOOBIG, origin))
        T_EQ_STR(it.v[3].rej->id, "long");
    doc_at(&it, 4, "ok2");
    free_items(&it);
}

static void test_lines_reader(void)
{
    char text[] = "ab\r\n\ncdefghijkl\nxyz";
    struct dy_ingest_src src;
    struct dy_ingest_lines l;
    const char *line;
    size_t len;
    int toolong;
    FILE *f = fmemopen(text, strlen(text), "rb");

    T_CHECK(f != NULL);
    if (!f)
        return;
    T_EQ_INT(dy_ingest_src_open(&src, f, 1), DYAD_OK);
    dy_ingest_lines_init(&l, &src, 5);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && len == 2 && memcmp(line, "ab", 2) == 0 && !toolong);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && len == 0 && !toolong);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && toolong && len == 10);
    T_EQ_INT(l.lineno, 3);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && len == 3 && memcmp(line, "xyz", 3) == 0 && !toolong);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line == NULL);
    dy_ingest_lines_release(&l);
    dy_ingest_src_release(&src);
}

/* A long line through a pipe-like stream: the cap holds memory down. */
static void test_lines_reader_long_stream(void)
{
    size_t n = (size_t)8 << 20;
    char *big = dy_malloc(n + 8);
    struct dy_ingest_src src;
    struct dy_ingest_lines l;
    const char *line;
    size_t len;
    int toolong;
    FILE *f;

    T_CHECK(big != NULL);
    if (!big)
        return;
    memset(big, 'q', n);
    memcpy(big + n, "\nend\n", 5);
    f = fmemopen(big, n + 5, "rb");
    T_EQ_INT(dy_ingest_src_open(&src, f, 1), DYAD_OK);
    dy_ingest_lines_init(&l, &src, 1000);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && toolong);
    T_EQ_INT(len, n);
    T_CHECK(l.alloc <= 1002);
    T_EQ_INT(dy_ingest_lines_next(&l, &line, &len, &toolong), DYAD_OK);
    T_CHECK(line && len == 3 && memcmp(line, "end", 3) == 0);
    dy_ingest_lines_release(&l);
    dy_ingest_src_release(&src);
    dy_free(big);
}

/* ---- stdin ---------------------------------------------------------------------- */

static void test_sniff(void)
{
    int gz = -1;

    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"\x1f\x8b\x08", 3, &gz), DYAD_INPUT_JSONL);
    T_EQ_INT(gz, 1);
    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"  \n{\"a\":1}", 10, &gz), DYAD_INPUT_JSONL);
    T_EQ_INT(gz, 0);
    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"\xef\xbb\xbf{", 4, &gz), DYAD_INPUT_JSONL);
    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"Title {x}\n", 10, &gz), DYAD_INPUT_TXT);
    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"", 0, &gz), DYAD_INPUT_TXT);
    T_EQ_INT(dy_ingest_sniff((const unsigned char *)"\x1f", 1, &gz), DYAD_INPUT_TXT);
}

static void test_stdin_streams(void)
{
    const char *dash[1] = {"-"};
    char jsonl[] = "\n{\"id\":\"s1\",\"text\":\"x\"}\n{\"text\":\"y\"}\n";
    char txt[] = "Stdin title\nstdin body";
    unsigned char gz[256];
    z_stream zs;
    struct items it;
    FILE *f;

    f = fmemopen(jsonl, strlen(jsonl), "rb");
    read_all_items(dash, 1, NULL, f, &it);
    fclose(f);
    T_EQ_INT(it.n, 2);
    doc_at(&it, 0, "s1");
    if (doc_at(&it, 1, "-:3"))
        T_EQ_STR(it.v[1].doc->origin, "-:3");
    free_items(&it);

    f = fmemopen(txt, strlen(txt), "rb");
    read_all_items(dash, 1, NULL, f, &it);
    fclose(f);
    T_EQ_INT(it.n, 1);
    if (doc_at(&it, 0, "-")) {
        T_EQ_STR(it.v[0].doc->title, "Stdin title");
        T_EQ_STR(it.v[0].doc->text, "stdin body");
    }
    free_items(&it);

    /* gzip in memory (windowBits 31 = gzip wrapper). */
    memset(&zs, 0, sizeof(zs));
    T_EQ_INT(deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = (unsigned char *)jsonl;
    zs.avail_in = (uInt)strlen(jsonl);
    zs.next_out = gz;
    zs.avail_out = sizeof(gz);
    T_EQ_INT(deflate(&zs, Z_FINISH), Z_STREAM_END);
    f = fmemopen(gz, sizeof(gz) - zs.avail_out, "rb");
    deflateEnd(&zs);
    read_all_items(dash, 1, NULL, f, &it);
    fclose(f);
    T_EQ_INT(it.n, 2);
    doc_at(&it, 0, "s1");
    doc_at(&it, 1, "-:3");
    free_items(&it);
}

/* ---- dates ----------------------------------------------------------------------- */

static void test_dates(void)
{
    T_EQ_INT(dy_ingest_valid_date("2017-09-05"), 1);
    T_EQ_INT(dy_ingest_valid_date("2016-02-29"), 1);
    T_EQ_INT(dy_ingest_valid_date("2000-02-29"), 1);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05T10:20"), 1);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05 10:20:30.123+02:00"), 1);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05T10:20:30Z"), 1);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05T10:20:30-0500"), 1);
    T_EQ_INT(dy_ingest_valid_date("2017-02-29"), 0);
    T_EQ_INT(dy_ingest_valid_date("1900-02-29"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-13-01"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-04-31"), 0);
    T_EQ_INT(dy_ingest_valid_date("05/09/2017"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-9-5"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05T"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05T25:00"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05Z"), 0);
    T_EQ_INT(dy_ingest_valid_date("2017-09-05x"), 0);
    T_EQ_INT(dy_ingest_valid_date(""), 0);
}

/* ---- boilerplate ----------------------------------------------------------------- */

static void test_boilerplate_spans(void)
{
    const char *list = "# test list\n"
                       "\n"
                       "Follow us on Twitter\n"
                       "Reporting by *; Editing by *\n"
                       "Read more: *\n"
                       "(c) * Reuters\n";
    /* Offsets, counted by hand (span = line without its terminator):
     *   0 "Real first line.\n"                      not boilerplate
     *  17 "  FOLLOW   us on twitter \r\n"           25 bytes: 17..42
     *  44 "Reporting by Ann Lee; Editing by Bo Wu"  38 bytes: 44..82
     *  83 "Read more:"                              10 bytes: 83..93
     *  94 "Read more about it in the report."       no: ':' is missing
     * 128 "\xc2\xa9 2017 Reuters"                    15 bytes: 128..143
     */
    const char *text = "Real first line.\n"
                       "  FOLLOW   us on twitter \r\n"
                       "Reporting by Ann Lee; Editing by Bo Wu\n"
                       "Read more:\n"
                       "Read more about it in the report.\n"
                       "\xc2\xa9 2017 Reuters";
    struct dyad_reader_options o = {DYAD_INPUT_AUTO, NULL, 0};
    const char *paths[1];
    const struct dyad_doc *d;
    struct items it;
    struct dy_buf b = DY_BUF_INIT;

    T_EQ_INT(strlen(text), 143);
    write_str("bp.txt", list);
    T_EQ_INT(dy_buf_puts(&b, "Headline\n"), DYAD_OK);
    T_EQ_INT(dy_buf_puts(&b, text), DYAD_OK);
    write_str("bpdoc.txt", b.data);
    dy_buf_release(&b);
    o.boilerplate_path = tpath("bp.txt");
    paths[0] = tpath("bpdoc.txt");
    read_all_items(paths, 1, &o, NULL, &it);
    T_EQ_INT(it.n, 1);
    d = doc_at(&it, 0, tpath("bpdoc.txt"));
    if (d) {
        T_EQ_STR(d->text, text);
        T_EQ_INT(d->nboilerplate, 4);
        if (d->nboilerplate == 4) {
            T_EQ_INT(d->boilerplate[0].start, 17);
            T_EQ_INT(d->boilerplate[0].end, 42);
            T_EQ_INT(d->boilerplate[1].start, 44);
            T_EQ_INT(d->boilerplate[1].end, 82);
            T_EQ_INT(d->boilerplate[2].start, 83);
            T_EQ_INT(d->boilerplate[2].end, 93);
            T_EQ_INT(d->boilerplate[3].start, 128);
            T_EQ_INT(d->boilerplate[3].end, 143);
        }
    }
    free_items(&it);
}

static void test_boilerplate_bad_line(void)
{
    struct dyad_reader_options o = {DYAD_INPUT_AUTO, NULL, 0};
    const char *paths[1] = {"-"};
    struct dyad_reader *r = NULL;
    struct dyad_error err;
    char where[600];

    write_str("badbp.txt", "# fine\nAdvertisement\n  *  \nAlso fine\n");
    o.boilerplate_path = tpath("badbp.txt");
    T_EQ_INT(dyad_reader_open(paths, 1, &o, &r, &err), DYAD_EDICT);
    T_CHECK(r == NULL);
    snprintf(where, sizeof(where), "%s:3", tpath("badbp.txt"));
    T_EQ_STR(err.where, where);
    T_CHECK(strstr(err.msg, "at least 3 characters") != NULL);

    write_str("badbp2.txt", "ok line\nbad \\escape\n");
    o.boilerplate_path = tpath("badbp2.txt");
    T_EQ_INT(dyad_reader_open(paths, 1, &o, &r, &err), DYAD_EDICT);
    snprintf(where, sizeof(where), "%s:2", tpath("badbp2.txt"));
    T_EQ_STR(err.where, where);

    o.boilerplate_path = tpath("missing-list.txt");
    T_EQ_INT(dyad_reader_open(paths, 1, &o, &r, &err), DYAD_ENOENT);
}

static void test_boilerplate_matching(void)
{
    const char *list = "Share this article\nVideo:*\nstar \\* literal\n";
    struct dy_ingest_bp *bp = NULL;
    struct dyad_error err;

#define M(s) dy_ingest_bp_match(bp, s, strlen(s))
    T_EQ_INT(dy_ingest_bp_load_mem(list, strlen(list), "mem", &bp, &err), DYAD_OK);
    T_EQ_INT(dy_ingest_bp_count(bp), 3);
    T_EQ_INT(M("share this article"), 1);
    T_EQ_INT(M("Share\xc2\xa0this  Article "), 1);   /* no-break space */
    T_EQ_INT(M("Share this article now"), 0);        /* whole line only */
    T_EQ_INT(M("Video: Protests in Minsk"), 1);
    T_EQ_INT(M("Video"), 0);
    T_EQ_INT(M("star * literal"), 1);
    T_EQ_INT(M("star x literal"), 0);
    T_EQ_INT(M(""), 0);
#undef M
    dy_ingest_bp_free(bp);
    dy_ingest_bp_free(NULL);
}

/* fuzz_boilerplate regression (fuzz/regressions/boilerplate/nul-pattern):
 * a pattern with NUL bytes was copied with strndup, which stops at the
 * first NUL, while sorting and matching compared all its bytes: a heap
 * read past the copy (ASan), and the pattern could not match. */
static void test_boilerplate_nul_pattern(void)
{
    static const char list[] = "Comments are closed.\nabc\0\0\0 def ghi\nZZZ last one\n";
    static const char line[] = "abc\0\0\0 def ghi";
    struct dy_ingest_bp *bp = NULL;
    struct dyad_error err;

    T_EQ_INT(dy_ingest_bp_load_mem(list, sizeof(list) - 1, "mem", &bp, &err), DYAD_OK);
    T_EQ_INT(dy_ingest_bp_count(bp), 3);
    T_EQ_INT(dy_ingest_bp_match(bp, line, sizeof(line) - 1), 1);
    T_EQ_INT(dy_ingest_bp_match(bp, "abc", 3), 0);
    T_EQ_INT(dy_ingest_bp_match(bp, "comments are closed.", 20), 1);
    dy_ingest_bp_free(bp);
}

static void test_shipped_boilerplate_list(void)
{
    struct dy_ingest_bp *bp = NULL;
    struct dyad_error err;

#define M(s) dy_ingest_bp_match(bp, s, strlen(s))
    T_EQ_INT(dy_ingest_bp_load("data/boilerplate.txt", &bp, &err), DYAD_OK);
    T_CHECKF(dy_ingest_bp_count(bp) >= 40, "%zu patterns", dy_ingest_bp_count(bp));
    T_EQ_INT(M("Please let us know if you\xe2\x80\x99re having issues with commenting."), 1);
    T_EQ_INT(M("Follow us on Twitter @dyad"), 1);
    T_EQ_INT(M("(Reporting by Jane Doe; Editing by John Roe)"), 1);
    T_EQ_INT(M("\xc2\xa9 2017 Reuters"), 1);
    T_EQ_INT(M("All Rights Reserved"), 1);
    T_EQ_INT(M("Sign up for our newsletter"), 1);
    T_EQ_INT(M("ADVERTISEMENT"), 1);
    T_EQ_INT(M("Russia rejected U.S. calls to cut ties with North Korea."), 0);
    T_EQ_INT(M("Reporting by the BBC showed the ministry had known for months."), 0);
#undef M
    dy_ingest_bp_free(bp);
}

/* Limits (docs/RELIABILITY.md): a directory tree deeper than the walk's
 * cap ends in one ETOOBIG reject after one document per level it may
 * read; a symbolic link loop ends too (the kernel's ELOOP, 40 links on
 * Linux, comes first) with one reject, never in endless recursion. */
static void test_limit_walk_depth(void)
{
    struct dyad_reader_options o = {DYAD_INPUT_AUTO, NULL, 0};
    const char *paths[1];
    struct items *it = calloc(1, sizeof(*it));
    char rel[256] = "deep";
    size_t docs = 0, rejs = 0, n = strlen(rel);

    T_CHECK(it != NULL);
    if (!it)
        return;
    for (int level = 0; level < 70; level++) {
        char file[300];
        make_dir(rel);
        snprintf(file, sizeof(file), "%s/a.txt", rel);
        write_str(file, "Title\nBody text.\n");
        n += (size_t)snprintf(rel + n, sizeof(rel) - n, "/d");
    }
    paths[0] = tpath("deep");
    read_all_items(paths, 1, &o, NULL, it);
    T_EQ_INT(it->rc, DYAD_OK);
    for (size_t i = 0; i < it->n; i++) {
        if (it->v[i].doc)
            docs++;
        else if (it->v[i].rej->code == DYAD_ETOOBIG &&
                 strstr(it->v[i].rej->reason, "nested deeper than 64"))
            rejs++;
    }
    T_EQ_INT(docs, 64);   /* deep/a.txt, deep/d/a.txt, ... 64 levels */
    T_EQ_INT(rejs, 1);
    T_EQ_INT(it->n, 65);
    free_items(it);

    make_dir("loop");
    write_str("loop/a.txt", "Title\nBody text.\n");
    T_EQ_INT(symlink(".", tpath("loop/self")), 0);
    paths[0] = tpath("loop");
    read_all_items(paths, 1, &o, NULL, it);
    T_EQ_INT(it->rc, DYAD_OK);
    T_CHECK(it->n >= 2 && it->n <= 65);
    docs = 0;
    for (size_t i = 0; i < it->n; i++)
        docs += it->v[i].doc != NULL;
    T_EQ_INT(docs, it->n - 1);
    T_CHECK(it->n > 0 && it->v[it->n - 1].rej != NULL);
    free_items(it);
    free(it);
    unlink(tpath("loop/self"));
}

/* Limits of the boilerplate list: pattern length, pattern count, and the
 * longest document line that is examined. */
static void test_limit_boilerplate(void)
{
    struct dy_ingest_bp *bp = NULL;
    struct dyad_error err;
    char line[DY_INGEST_BP_MAX_LINE + 2];
    char *list = malloc((size_t)(DY_INGEST_BP_MAX_PATTERNS + 1) * 16);
    size_t n = 0;

    T_CHECK(list != NULL);
    if (!list)
        return;
    memset(list, 'x', DY_INGEST_BP_MAX_PATTERN + 1);
    T_EQ_INT(dy_ingest_bp_load_mem(list, DY_INGEST_BP_MAX_PATTERN, "mem", &bp, &err), DYAD_OK);
    dy_ingest_bp_free(bp);
    bp = NULL;
    T_EQ_INT(dy_ingest_bp_load_mem(list, DY_INGEST_BP_MAX_PATTERN + 1, "mem", &bp, &err),
             DYAD_EDICT);
    T_EQ_STR(err.where, "mem:1");
    T_CHECK(bp == NULL);

    for (int i = 0; i < DY_INGEST_BP_MAX_PATTERNS + 1; i++)
        n += (size_t)snprintf(list + n, 16, "pattern %05d\n", i);
    T_EQ_INT(dy_ingest_bp_load_mem(list, n - 14, "mem", &bp, &err), DYAD_OK);
    T_EQ_INT(dy_ingest_bp_count(bp), DY_INGEST_BP_MAX_PATTERNS);
    dy_ingest_bp_free(bp);
    bp = NULL;
    T_EQ_INT(dy_ingest_bp_load_mem(list, n, "mem", &bp, &err), DYAD_ETOOBIG);
    T_EQ_STR(err.where, "mem:10001");
    free(list);

    T_EQ_INT(dy_ingest_bp_load_mem("abc*", 4, "mem", &bp, &err), DYAD_OK);
    memset(line, 'x', sizeof(line));
    memcpy(line, "abc", 3);
    T_EQ_INT(dy_ingest_bp_match(bp, line, DY_INGEST_BP_MAX_LINE), 1);
    T_EQ_INT(dy_ingest_bp_match(bp, line, DY_INGEST_BP_MAX_LINE + 1), 0);
    dy_ingest_bp_free(bp);
}

static void test_open_errors(void)
{
    struct dyad_reader_options o = {DYAD_INPUT_AUTO, NULL, (size_t)1 << 33};
    const char *paths[1] = {"-"};
    struct dyad_reader *r = NULL;
    struct dyad_error err;

    T_EQ_INT(dyad_reader_open(paths, 0, NULL, &r, &err), DYAD_EINVAL);
    T_EQ_INT(dyad_reader_open(paths, 1, &o, &r, &err), DYAD_EINVAL);
    o.max_doc_bytes = 0;
    o.format = (enum dyad_input_format)9;
    T_EQ_INT(dyad_reader_open(paths, 1, &o, &r, &err), DYAD_EINVAL);
    T_CHECK(r == NULL);
    dyad_reader_close(NULL);
    dyad_doc_free(NULL);
    dyad_reject_free(NULL);
}

static void cleanup(void)
{
    char cmd[512];

    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp_root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmp_root);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    snprintf(tmp_root, sizeof(tmp_root), "/tmp/dyad-test-ingest-XXXXXX");
    if (!mkdtemp(tmp_root)) {
        perror("mkdtemp");
        return 1;
    }
    T_RUN(test_txt_tree);
    T_RUN(test_txt_file_given_by_name);
    T_RUN(test_txt_date_from_name);
    T_RUN(test_binary_files);
    T_RUN(test_looks_binary);
    T_RUN(test_jsonl_fields_and_errors);
    T_RUN(test_jsonl_in_tree_ids);
    T_RUN(test_gzip_jsonl);
    T_RUN(test_gzip_truncated_and_corrupt);
    T_RUN(test_size_caps);
    T_RUN(test_lines_reader);
    T_RUN(test_lines_reader_long_stream);
    T_RUN(test_sniff);
    T_RUN(test_stdin_streams);
    T_RUN(test_dates);
    T_RUN(test_boilerplate_spans);
    T_RUN(test_boilerplate_bad_line);
    T_RUN(test_boilerplate_matching);
    T_RUN(test_boilerplate_nul_pattern);
    T_RUN(test_shipped_boilerplate_list);
    T_RUN(test_open_errors);
    T_RUN(test_limit_walk_depth);
    T_RUN(test_limit_boilerplate);
    cleanup();
    T_END();
}
