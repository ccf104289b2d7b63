/*
 * test_out.c - module out: the JSON Lines, CSV, CoNLL-U and SQLite
 * writers and the encoders under them.  Results are built by hand here
 * (tokens and sentences over a short text whose offsets are counted in
 * the comments), so these tests do not depend on the text module.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "out/out.h"
#include "t.h"
#include "util/util.h"

/*
 * The hand-made document.  Byte offsets:
 *   0 H  1 i  2 ,  3 ' '  4 "  5 B  6 o  7 b  8 "  9 .  10 \n
 *  11 B 12 y 13 e 14 \xff 15 ' ' 16 n 17 o 18 w 19 .      length 20
 * Sentence 0 = [0,10) paragraph 0, sentence 1 = [11,20) paragraph 1;
 * byte 14 is invalid UTF-8 and comes out as U+FFFD.
 */
static const char doc_text[] = "Hi, \"Bob\".\nBye\xff now.";

static const struct dyad_token doc_tokens[] = {
    {"Hi", 2, {0, 2}, DYAD_TOK_SENT_START},
    {",", 1, {2, 3}, DYAD_TOK_SPACE_AFTER},
    {"\"", 1, {4, 5}, 0},
    {"Bob", 3, {5, 8}, 0},
    {"\"", 1, {8, 9}, 0},
    {".", 1, {9, 10}, DYAD_TOK_SPACE_AFTER},
    {"Bye\xef\xbf\xbd", 6, {11, 15}, DYAD_TOK_SPACE_AFTER | DYAD_TOK_SENT_START | DYAD_TOK_PARA_START},
    {"now", 3, {16, 19}, 0},
    {".", 1, {19, 20}, 0},
};

static const struct dyad_sentence doc_sents[] = {
    {{0, 10}, 0, 6, 0},
    {{11, 20}, 6, 3, 1},
};

static struct dyad_doc *make_doc(const char *id, uint64_t seq)
{
    struct dyad_doc *d = dy_calloc(1, sizeof(*d));

    d->id = dy_strdup(id);
    d->date = dy_strdup("2017-09-05");
    d->title = dy_strdup("A \"title\", with comma");
    d->url = dy_strdup("http://example.org/a");
    d->source = dy_strdup("AFP");
    d->text = dy_strndup(doc_text, sizeof(doc_text) - 1);
    d->text_len = sizeof(doc_text) - 1;
    d->extra_json = dy_strdup("{\"lang\":\"en\",\"n\":[1,2]}");
    d->origin = dy_strdup("feed.jsonl:3");
    d->seq = seq;
    return d;
}

/* A result on the stack around a heap document (freed by drop()). */
static struct dyad_result make_result(const char *id, uint64_t seq)
{
    struct dyad_result r;

    memset(&r, 0, sizeof(r));
    r.doc = make_doc(id, seq);
    r.status = DYAD_DOC_CODED;
    r.utf8_repaired = 1;
    r.tokens = doc_tokens;
    r.ntokens = DY_ARRAY_LEN(doc_tokens);
    r.sentences = doc_sents;
    r.nsentences = DY_ARRAY_LEN(doc_sents);
    return r;
}

static void drop(struct dyad_result *r)
{
    dyad_doc_free(r->doc);
    r->doc = NULL;
}

/* Runs a writer over `res` into memory; returns the output (dy_free). */
static char *write_to_mem(enum dyad_output_format fmt, enum dyad_output_kind kind,
                          const struct dyad_result *res, const struct dyad_reject *rej)
{
    struct dyad_writer_options o;
    struct dyad_writer *w = NULL;
    struct dyad_error err;
    char *mem = NULL, *copy;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);

    memset(&o, 0, sizeof(o));
    o.format = fmt;
    o.kind = kind;
    o.stream = f;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_OK);
    if (res)
        T_EQ_INT(dyad_writer_write(w, res, NULL, &err), DYAD_OK);
    if (rej)
        T_EQ_INT(dyad_writer_reject(w, rej, &err), DYAD_OK);
    T_EQ_INT(dyad_writer_close(w, &err), DYAD_OK);
    fclose(f);
    copy = dy_strndup(mem, len);
    free(mem);  /* open_memstream's buffer comes from libc */
    return copy;
}

/* ---- encoders ---------------------------------------------------------------- */

static void test_json_escaping(void)
{
    struct dy_buf b = DY_BUF_INIT;

#define J(in, expect)                                                      \
    do {                                                                   \
        dy_buf_clear(&b);                                                  \
        T_EQ_INT(dy_out_json_str(&b, in, sizeof(in) - 1), DYAD_OK);        \
        T_EQ_STR(b.data, expect);                                          \
    } while (0)
    J("plain", "\"plain\"");
    J("q\"b\\s/", "\"q\\\"b\\\\s/\"");
    J("a\nb\tc\rd\x01" "e\x1f", "\"a\\nb\\tc\\rd\\u0001e\\u001f\"");
    J("nul\0x", "\"nul\\u0000x\"");
    J("caf\xc3\xa9 \xf0\x9f\x98\x80", "\"caf\xc3\xa9 \xf0\x9f\x98\x80\"");   /* valid: kept */
    /* Maximal subparts: a cut 3-byte sequence is one U+FFFD... */
    J("a\xe2\x82z", "\"a\xef\xbf\xbdz\"");
    /* ...a surrogate (ED A0 80) is three, an overlong C0 AF two. */
    J("\xed\xa0\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
    J("\xc0\xaf", "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    J("end\xf0\x9f\x98", "\"end\xef\xbf\xbd\"");
#undef J
    dy_buf_clear(&b);
    T_EQ_INT(dy_out_json_cstr(&b, NULL), DYAD_OK);
    T_EQ_STR(b.data, "null");
    dy_buf_release(&b);
}

static void test_csv_quoting(void)
{
    struct dy_buf b = DY_BUF_INIT;

#define C(in, expect)                                                      \
    do {                                                                   \
        dy_buf_clear(&b);                                                  \
        T_EQ_INT(dy_out_csv_field(&b, in, sizeof(in) - 1), DYAD_OK);       \
        T_EQ_STR(b.data ? b.data : "", expect);                            \
    } while (0)
    C("plain text", "plain text");
    C("a,b", "\"a,b\"");
    C("say \"hi\"", "\"say \"\"hi\"\"\"");
    C("\"", "\"\"\"\"");
    C("two\nlines", "\"two\nlines\"");
    C("cr\r", "\"cr\r\"");
    C("", "");
    C("bad\xff", "bad\xef\xbf\xbd");
    C("n\0l", "n\xef\xbf\xbdl");
#undef C
    dy_buf_clear(&b);
    T_EQ_INT(dy_out_csv_field(&b, NULL, 0), DYAD_OK);
    T_EQ_INT(b.len, 0);
    dy_buf_release(&b);
}

/* ---- JSON Lines --------------------------------------------------------------- */

static void test_jsonl_sentences(void)
{
    struct dyad_result r = make_result("d1", 0);
    char *out = write_to_mem(DYAD_OUT_JSONL, DYAD_EMIT_SENTENCES, &r, NULL);
    char *nl;

    /* Record 0 written out by hand, byte for byte. */
    nl = out ? strchr(out, '\n') : NULL;
    T_CHECK(nl != NULL);
    if (nl) {
        *nl = '\0';
        T_EQ_STR(out, "{\"doc\":\"d1\",\"sent\":0,\"para\":0,\"span\":[0,10],"
                      "\"text\":\"Hi, \\\"Bob\\\".\"}");
        T_EQ_STR(nl + 1, "{\"doc\":\"d1\",\"sent\":1,\"para\":1,\"span\":[11,20],"
                         "\"text\":\"Bye\xef\xbf\xbd now.\"}\n");
    }
    dy_free(out);
    drop(&r);
}

static void test_jsonl_tokens_parse_back(void)
{
    struct dyad_result r = make_result("d1", 0);
    char *out = write_to_mem(DYAD_OUT_JSONL, DYAD_EMIT_TOKENS, &r, NULL);
    json_error_t jerr;
    const char *line2 = out ? strchr(out, '\n') + 1 : NULL;
    json_t *rec, *toks, *t;

    rec = out ? json_loadb(out, (size_t)(line2 - out), 0, &jerr) : NULL;
    T_CHECK(rec != NULL);
    if (!rec) {
        dy_free(out);
        drop(&r);
        return;
    }
    T_EQ_STR(json_string_value(json_object_get(rec, "doc")), "d1");
    T_EQ_INT(json_integer_value(json_object_get(rec, "sent")), 0);
    toks = json_object_get(rec, "tokens");
    T_EQ_INT(json_array_size(toks), 6);
    t = json_array_get(toks, 3);
    T_EQ_STR(json_string_value(json_object_get(t, "form")), "Bob");
    T_EQ_INT(json_integer_value(json_array_get(json_object_get(t, "span"), 0)), 5);
    T_EQ_INT(json_integer_value(json_array_get(json_object_get(t, "span"), 1)), 8);
    T_EQ_STR(json_string_value(json_object_get(json_array_get(toks, 2), "form")), "\"");
    json_decref(rec);
    rec = json_loads(line2, 0, &jerr);
    T_CHECK(rec != NULL);
    toks = json_object_get(rec, "tokens");
    T_EQ_INT(json_array_size(toks), 3);
    T_EQ_STR(json_string_value(json_object_get(json_array_get(toks, 0), "form")),
             "Bye\xef\xbf\xbd");
    T_EQ_STR(json_string_value(json_object_get(rec, "text")), "Bye\xef\xbf\xbd now.");
    json_decref(rec);
    dy_free(out);
    drop(&r);
}

static void test_jsonl_documents_parse_back(void)
{
    struct dyad_result r = make_result("d1", 7);
    struct dyad_reject rej = {"feed.jsonl:9", NULL, DYAD_EJSON, "invalid JSON at column 4", 8};
    char *out;
    json_error_t jerr;
    json_t *rec, *counts, *extra;
    const char *line2;

    r.doc->warning = dy_strdup("\"date\" 'x' is not ISO 8601");
    out = write_to_mem(DYAD_OUT_JSONL, DYAD_EMIT_DOCUMENTS, &r, &rej);
    T_CHECK(out != NULL);
    if (!out) {
        drop(&r);
        return;
    }
    /* One line: the reject goes to the caller's error stream, not here. */
    line2 = strchr(out, '\n');
    T_CHECK(line2 && line2[1] == '\0');
    rec = json_loads(out, 0, &jerr);
    T_CHECK(rec != NULL);
    if (rec) {
        T_EQ_INT(json_integer_value(json_object_get(rec, "schema")), DYAD_SCHEMA_VERSION);
        T_EQ_STR(json_string_value(json_object_get(rec, "id")), "d1");
        T_EQ_INT(json_integer_value(json_object_get(rec, "seq")), 7);
        T_EQ_STR(json_string_value(json_object_get(rec, "origin")), "feed.jsonl:3");
        T_EQ_STR(json_string_value(json_object_get(rec, "date")), "2017-09-05");
        T_EQ_STR(json_string_value(json_object_get(rec, "title")), "A \"title\", with comma");
        T_EQ_STR(json_string_value(json_object_get(rec, "url")), "http://example.org/a");
        T_EQ_STR(json_string_value(json_object_get(rec, "source")), "AFP");
        T_EQ_STR(json_string_value(json_object_get(rec, "status")), "coded");
        T_CHECK(json_is_null(json_object_get(rec, "reason")));
        T_EQ_STR(json_string_value(json_object_get(rec, "warning")), "\"date\" 'x' is not ISO 8601");
        counts = json_object_get(rec, "counts");
        T_EQ_INT(json_integer_value(json_object_get(counts, "sentences")), 2);
        T_EQ_INT(json_integer_value(json_object_get(counts, "tokens")), 9);
        T_EQ_INT(json_integer_value(json_object_get(counts, "utf8_repaired")), 1);
        T_EQ_INT(json_integer_value(json_object_get(counts, "boilerplate")), 0);
        extra = json_object_get(rec, "extra");
        T_EQ_STR(json_string_value(json_object_get(extra, "lang")), "en");
        T_EQ_INT(json_array_size(json_object_get(extra, "n")), 2);
        T_EQ_INT(json_object_size(rec), 13);
    }
    json_decref(rec);
    dy_free(out);
    drop(&r);
}

static void test_bad_result_refused(void)
{
    struct dyad_result r = make_result("d1", 0);
    struct dyad_sentence bad[1] = {{{11, 21}, 6, 3, 1}};   /* ends past byte 20 */
    struct dyad_writer_options o = {DYAD_OUT_JSONL, DYAD_EMIT_SENTENCES, NULL, NULL};
    struct dyad_writer *w = NULL;
    struct dyad_error err;
    char *mem = NULL;
    size_t len = 0;

    o.stream = open_memstream(&mem, &len);
    r.sentences = bad;
    r.nsentences = 1;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_OK);
    T_EQ_INT(dyad_writer_write(w, &r, NULL, &err), DYAD_EINVAL);
    T_EQ_STR(err.where, "doc 'd1'");
    bad[0].span.end = 20;
    bad[0].ntokens = 4;   /* 6 + 4 > 9 tokens */
    T_EQ_INT(dyad_writer_write(w, &r, NULL, &err), DYAD_EINVAL);
    T_EQ_INT(dyad_writer_close(w, &err), DYAD_OK);
    fclose(o.stream);
    T_EQ_INT(len, 0);   /* nothing of the bad results was written */
    free(mem);
    drop(&r);
    T_EQ_INT(dyad_writer_close(NULL, &err), DYAD_OK);
}

/* ---- CSV ---------------------------------------------------------------------- */

static void test_csv_sentences_and_documents(void)
{
    struct dyad_result r = make_result("d,1", 0);
    struct dyad_reject rej = {"x.txt", "x.txt", DYAD_EBINARY, "looks binary", 1};
    char *out;

    out = write_to_mem(DYAD_OUT_CSV, DYAD_EMIT_SENTENCES, &r, NULL);
    T_EQ_STR(out, "doc,sent,para,start,end,text\r\n"
                  "\"d,1\",0,0,0,10,\"Hi, \"\"Bob\"\".\"\r\n"
                  "\"d,1\",1,1,11,20,Bye\xef\xbf\xbd now.\r\n");
    dy_free(out);

    out = write_to_mem(DYAD_OUT_CSV, DYAD_EMIT_TOKENS, &r, NULL);
    {
        const char *want = "doc,sent,token,start,end,form,space_after\r\n"
                           "\"d,1\",0,0,0,2,Hi,0\r\n"
                           "\"d,1\",0,1,2,3,\",\",1\r\n"
                           "\"d,1\",0,2,4,5,\"\"\"\",0\r\n";
        T_CHECK(out && strncmp(out, want, strlen(want)) == 0);
    }
    T_CHECK(out && strstr(out, "\"d,1\",1,2,19,20,.,0\r\n") != NULL);
    dy_free(out);

    r.status = DYAD_DOC_EMPTY;
    r.status_reason = "only boilerplate lines";
    out = write_to_mem(DYAD_OUT_CSV, DYAD_EMIT_DOCUMENTS, &r, &rej);
    /* The reject is not written: streams leave rejects to the caller. */
    T_EQ_STR(out, "schema,id,seq,origin,date,title,url,source,status,reason,warning,"
                  "sentences,tokens,utf8_repaired,boilerplate,extra\r\n"
                  "1,\"d,1\",0,feed.jsonl:3,2017-09-05,\"A \"\"title\"\", with comma\","
                  "http://example.org/a,AFP,empty,only boilerplate lines,,2,9,1,0,"
                  "\"{\"\"lang\"\":\"\"en\"\",\"\"n\"\":[1,2]}\"\r\n");
    dy_free(out);

    /* A run with nothing in it is still a CSV file with its header. */
    out = write_to_mem(DYAD_OUT_CSV, DYAD_EMIT_SENTENCES, NULL, NULL);
    T_EQ_STR(out, "doc,sent,para,start,end,text\r\n");
    dy_free(out);
    drop(&r);
}

/* ---- CoNLL-U --------------------------------------------------------------------- */

static void test_conllu(void)
{
    struct dyad_result r = make_result("d1", 0);
    char *out = write_to_mem(DYAD_OUT_CONLLU, DYAD_EMIT_TOKENS, &r, NULL);

    T_EQ_STR(out,
             "# doc_id = d1\n"
             "# sent_id = d1-0\n"
             "# text = Hi, \"Bob\".\n"
             "1\tHi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=0:2\n"
             "2\t,\t_\t_\t_\t_\t_\t_\t_\tTokenRange=2:3\n"
             "3\t\"\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=4:5\n"
             "4\tBob\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=5:8\n"
             "5\t\"\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=8:9\n"
             "6\t.\t_\t_\t_\t_\t_\t_\t_\tTokenRange=9:10\n"
             "\n"
             "# sent_id = d1-1\n"
             "# text = Bye\xef\xbf\xbd now.\n"
             "1\tBye\xef\xbf\xbd\t_\t_\t_\t_\t_\t_\t_\tTokenRange=11:15\n"
             "2\tnow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=16:19\n"
             "3\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=19:20\n"
             "\n");
    dy_free(out);
    drop(&r);
}

/* Parsed words (hand-written: "Bye now ." = INTJ ADV PUNCT) fill the
 * CoNLL-U columns and the JSONL token records. */
static const struct dyad_word parsed_words[] = {
    {"INTJ", "UH", "hi", "_", "root", 0},
    {"PUNCT", ",", ",", "_", "punct", 1},
    {"PUNCT", "``", "\"", "_", "punct", 4},
    {"PROPN", "NNP", "Bob", "Number=Sing", "vocative", 1},
    {"PUNCT", "''", "\"", "_", "punct", 4},
    {"PUNCT", ".", ".", "_", "punct", 1},
    {"INTJ", "UH", "bye", "_", "root", 0},
    {"ADV", "RB", "now", "_", "advmod", 1},
    {"PUNCT", ".", ".", "_", "punct", 1},
};

static void test_parsed_columns(void)
{
    struct dyad_result r = make_result("d1", 0);
    char *out;

    r.words = parsed_words;
    out = write_to_mem(DYAD_OUT_CONLLU, DYAD_EMIT_TOKENS, &r, NULL);
    T_CHECK(strstr(out, "4\tBob\tBob\tPROPN\tNNP\tNumber=Sing\t1\tvocative\t_\t"
                        "SpaceAfter=No|TokenRange=5:8\n") != NULL);
    T_CHECK(strstr(out, "2\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\t"
                        "SpaceAfter=No|TokenRange=16:19\n") != NULL);
    dy_free(out);
    out = write_to_mem(DYAD_OUT_JSONL, DYAD_EMIT_TOKENS, &r, NULL);
    T_CHECK(strstr(out, "{\"form\":\"now\",\"span\":[16,19],\"lemma\":\"now\","
                        "\"upos\":\"ADV\",\"xpos\":\"RB\",\"feats\":\"_\","
                        "\"head\":1,\"deprel\":\"advmod\"}") != NULL);
    dy_free(out);
    drop(&r);
}

static void test_conllu_sentence_across_lines(void)
{
    struct dyad_result r = make_result("d1", 0);
    struct dyad_sentence whole[1] = {{{0, 20}, 0, 9, 0}};
    char *out;

    r.sentences = whole;
    r.nsentences = 1;
    out = write_to_mem(DYAD_OUT_CONLLU, DYAD_EMIT_TOKENS, &r, NULL);
    /* The newline at byte 10 must not break the "# text" comment. */
    T_CHECK(out && strstr(out, "# text = Hi, \"Bob\". Bye\xef\xbf\xbd now.\n") != NULL);
    dy_free(out);
    drop(&r);
}

/* ---- SQLite -------------------------------------------------------------------- */

static long long db_int(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    long long v = -1;

    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static char *db_str(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    char *v = NULL;

    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
        sqlite3_column_text(st, 0))
        v = dy_strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

static int db_run(const char *path, const char *ids[3], int *nskipped, int with_reject)
{
    struct dyad_writer_options o = {DYAD_OUT_SQLITE, DYAD_EMIT_TOKENS, NULL, NULL};
    struct dyad_reject rej = {"bad.jsonl:2", NULL, DYAD_EJSON, "invalid JSON", 3};
    struct dyad_writer *w = NULL;
    struct dyad_error err;
    int rc, skipped;

    o.db_path = path;
    *nskipped = 0;
    rc = dyad_writer_open(&o, &w, &err);
    if (rc) {
        fprintf(stderr, "open: %s\n", err.msg);
        return rc;
    }
    for (int i = 0; i < 3; i++) {
        struct dyad_result r = make_result(ids[i], (uint64_t)i);
        skipped = -1;
        rc = dyad_writer_write(w, &r, &skipped, &err);
        T_EQ_INT(rc, DYAD_OK);
        T_CHECK(skipped == 0 || skipped == 1);
        *nskipped += skipped == 1;
        drop(&r);
    }
    if (with_reject)
        T_EQ_INT(dyad_writer_reject(w, &rej, &err), DYAD_OK);
    return dyad_writer_close(w, &err);
}

static void test_sqlite_append_and_skip(void)
{
    char path[] = "/tmp/dyad-test-out-XXXXXX";
    const char *run1[3] = {"a", "b", "c"};
    const char *run2[3] = {"b", "d", "c"};
    char dbpath[64], cmd[128];
    int skipped;
    char *s;

    T_CHECK(mkdtemp(path) != NULL);
    snprintf(dbpath, sizeof(dbpath), "%s/out.db", path);
    T_EQ_INT(db_run(dbpath, run1, &skipped, 1), DYAD_OK);
    T_EQ_INT(skipped, 0);
    T_EQ_INT(db_run(dbpath, run2, &skipped, 0), DYAD_OK);
    T_EQ_INT(skipped, 2);
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM documents"), 4);
    T_EQ_INT(db_int(dbpath, "PRAGMA user_version"), DYAD_SCHEMA_VERSION);
    T_EQ_INT(db_int(dbpath, "PRAGMA application_id"), DY_OUT_SQLITE_APP_ID);
    /* 4 documents x 2 sentences, 4 x 9 tokens: nothing duplicated. */
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM sentences"), 8);
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM tokens"), 36);
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM rejects"), 1);
    /* "d" was the second document of run 2: seq 1. */
    T_EQ_INT(db_int(dbpath, "SELECT seq FROM documents WHERE id='d'"), 1);
    T_EQ_INT(db_int(dbpath, "SELECT n_tokens FROM documents WHERE id='a'"), 9);
    T_EQ_INT(db_int(dbpath, "SELECT \"end\" FROM sentences WHERE doc_id='a' AND n=1"), 20);
    T_EQ_INT(db_int(dbpath, "SELECT para FROM sentences WHERE doc_id='a' AND n=1"), 1);
    T_EQ_INT(db_int(dbpath, "SELECT space_after FROM tokens WHERE doc_id='a' AND sent=0 AND n=1"), 1);
    s = db_str(dbpath, "SELECT text FROM sentences WHERE doc_id='a' AND n=1");
    T_EQ_STR(s, "Bye\xef\xbf\xbd now.");
    dy_free(s);
    s = db_str(dbpath, "SELECT title || '|' || status || '|' || extra FROM documents WHERE id='c'");
    T_EQ_STR(s, "A \"title\", with comma|coded|{\"lang\":\"en\",\"n\":[1,2]}");
    dy_free(s);
    s = db_str(dbpath, "SELECT origin || '|' || code || '|' || seq FROM rejects");
    T_EQ_STR(s, "bad.jsonl:2|EJSON|3");
    dy_free(s);
    /* Re-running run 1 (a resume) adds neither documents nor the same
     * reject again. */
    T_EQ_INT(db_run(dbpath, run1, &skipped, 1), DYAD_OK);
    T_EQ_INT(skipped, 3);
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM documents"), 4);
    T_EQ_INT(db_int(dbpath, "SELECT count(*) FROM rejects"), 1);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
    T_EQ_INT(system(cmd), 0);
}

static void test_sqlite_refuses_newer_and_foreign(void)
{
    char path[] = "/tmp/dyad-test-out-XXXXXX";
    struct dyad_writer_options o = {DYAD_OUT_SQLITE, DYAD_EMIT_SENTENCES, NULL, NULL};
    struct dyad_writer *w = NULL;
    struct dyad_error err;
    char newer[64], foreign[64], cmd[128], sql[128];
    sqlite3 *db = NULL;

    T_CHECK(mkdtemp(path) != NULL);
    snprintf(newer, sizeof(newer), "%s/newer.db", path);
    snprintf(foreign, sizeof(foreign), "%s/foreign.db", path);
    T_EQ_INT(sqlite3_open(newer, &db), SQLITE_OK);
    snprintf(sql, sizeof(sql), "PRAGMA application_id=%d; PRAGMA user_version=%d;",
             DY_OUT_SQLITE_APP_ID, DYAD_SCHEMA_VERSION + 1);
    T_EQ_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    o.db_path = newer;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_ESQLITE);
    T_CHECK(w == NULL);
    T_CHECK(strstr(err.msg, "newer than this dyad") != NULL);
    /* The refused file was not touched. */
    T_EQ_INT(db_int(newer, "PRAGMA user_version"), DYAD_SCHEMA_VERSION + 1);
    T_EQ_INT(db_int(newer, "SELECT count(*) FROM sqlite_master"), 0);

    T_EQ_INT(sqlite3_open(foreign, &db), SQLITE_OK);
    T_EQ_INT(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    o.db_path = foreign;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_EFORMAT);
    T_EQ_INT(db_int(foreign, "SELECT count(*) FROM sqlite_master"), 1);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
    T_EQ_INT(system(cmd), 0);
}

static void test_open_errors(void)
{
    struct dyad_writer_options o = {DYAD_OUT_CONLLU, DYAD_EMIT_DOCUMENTS, stdout, NULL};
    struct dyad_writer *w = NULL;
    struct dyad_error err;

    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_EFORMAT);
    o.format = DYAD_OUT_JSONL;
    o.stream = NULL;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_EINVAL);
    o.format = DYAD_OUT_SQLITE;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_EINVAL);
    o.format = (enum dyad_output_format)42;
    T_EQ_INT(dyad_writer_open(&o, &w, &err), DYAD_EFORMAT);
    T_EQ_INT(dyad_writer_open(NULL, &w, &err), DYAD_EINVAL);
    T_CHECK(w == NULL);
}

/* ---- coder records ------------------------------------------------------------ */

/* Two events over sentence 0 ("Hi, "Bob".") and one quote ("Bob"): the
 * second event is reported by the first and comes from the quote. */
static struct dyad_event ev_fixture[2];
static struct dyad_quote qt_fixture[1];
static struct dyad_unknown unk_fixture[1];

static struct dyad_result events_result(const char *id)
{
    struct dyad_result r = make_result(id, 0);

    memset(ev_fixture, 0, sizeof(ev_fixture));
    memset(qt_fixture, 0, sizeof(qt_fixture));
    ev_fixture[0].sentence = 0;
    ev_fixture[0].source = (struct dyad_actor){"Hi", "RUSGOV", "RUS", "GOV", NULL, {0, 2}, 0};
    ev_fixture[0].code = "010";
    ev_fixture[0].root = "01";
    ev_fixture[0].quad = 1;
    ev_fixture[0].verb = "say";
    ev_fixture[0].reported_by = DYAD_NONE;
    ev_fixture[0].quote = DYAD_NONE;
    ev_fixture[0].date = "2017-09-05";
    ev_fixture[0].span = (struct dyad_span){0, 10};
    ev_fixture[0].is_root = 1;
    ev_fixture[1] = ev_fixture[0];
    ev_fixture[1].target = (struct dyad_actor){"Bob", "USA", "USA", NULL, NULL, {5, 8}, 1};
    ev_fixture[1].code = "1123";
    ev_fixture[1].root = "11";
    ev_fixture[1].quad = 3;
    ev_fixture[1].goldstein = -2.0;
    ev_fixture[1].plover = "ACCUSE";
    ev_fixture[1].verb = "accuse";
    ev_fixture[1].reported_by = 0;
    ev_fixture[1].quote = 0;
    ev_fixture[1].place = (struct dyad_place){"Minsk", "BLR"};
    ev_fixture[1].sentence = DYAD_SENT_TITLE;
    ev_fixture[1].explain = "pattern 'accuse' (v.dict:3)";
    qt_fixture[0].sentence = 0;
    qt_fixture[0].speaker = ev_fixture[0].source;
    qt_fixture[0].verb = "say";
    qt_fixture[0].span = (struct dyad_span){5, 8};
    qt_fixture[0].event = 0;
    unk_fixture[0] = (struct dyad_unknown){"Bob", 2, 0, {5, 8}};
    r.events = ev_fixture;
    r.nevents = 2;
    r.quotes = qt_fixture;
    r.nquotes = 1;
    r.unknown = unk_fixture;
    r.nunknown = 1;
    return r;
}

static void test_jsonl_events(void)
{
    struct dyad_result r = events_result("e1");
    char *out = write_to_mem(DYAD_OUT_JSONL, DYAD_EMIT_EVENTS, &r, NULL);
    char *line = out, *nl;
    int n = 0, kinds[4] = {0, 0, 0, 0};

    while (line && (nl = strchr(line, '\n')) != NULL) {
        json_error_t je;
        json_t *v;
        const char *kind;
        *nl = '\0';
        v = json_loads(line, 0, &je);
        T_CHECKF(v != NULL, "line %d does not parse: %s", n, je.text);
        kind = json_string_value(json_object_get(v, "kind"));
        if (kind && strcmp(kind, "document") == 0) {
            kinds[0]++;
            T_EQ_STR(json_string_value(json_object_get(v, "status")), "coded");
        } else if (kind && strcmp(kind, "event") == 0) {
            json_t *src = json_object_get(v, "source");
            kinds[1]++;
            T_EQ_STR(json_string_value(json_object_get(src, "code")), "RUSGOV");
            T_EQ_STR(json_string_value(json_object_get(src, "country")), "RUS");
            if (kinds[1] == 1) {
                T_CHECK(json_is_null(json_object_get(v, "target")));
                T_CHECK(json_is_null(json_object_get(v, "reported_by")));
                T_EQ_INT(json_integer_value(json_object_get(v, "sent")), 0);
            } else {
                json_t *tgt = json_object_get(v, "target");
                T_EQ_STR(json_string_value(json_object_get(tgt, "code")), "USA");
                T_CHECK(json_is_true(json_object_get(tgt, "resolved")));
                T_EQ_INT(json_integer_value(json_object_get(v, "reported_by")), 0);
                T_EQ_INT(json_integer_value(json_object_get(v, "quote")), 0);
                T_EQ_STR(json_string_value(json_object_get(v, "code")), "1123");
                T_EQ_STR(json_string_value(json_object_get(v, "plover")), "ACCUSE");
                T_CHECK(json_real_value(json_object_get(v, "goldstein")) == -2.0);
                T_EQ_STR(json_string_value(json_object_get(json_object_get(v, "place"), "country")),
                         "BLR");
                T_CHECK(json_is_null(json_object_get(v, "sent")));
                T_CHECK(json_is_true(json_object_get(v, "headline")));
                T_EQ_STR(json_string_value(json_object_get(v, "explain")),
                         "pattern 'accuse' (v.dict:3)");
            }
        } else if (kind && strcmp(kind, "quote") == 0) {
            kinds[2]++;
            T_EQ_STR(json_string_value(json_object_get(v, "text")), "Bob");
            T_EQ_INT(json_integer_value(json_object_get(v, "event")), 0);
        } else if (kind && strcmp(kind, "unknown") == 0) {
            kinds[3]++;
            T_EQ_INT(json_array_size(json_object_get(v, "names")), 1);
        }
        json_decref(v);
        n++;
        line = nl + 1;
    }
    T_EQ_INT(n, 5);
    T_EQ_INT(kinds[0], 1);
    T_EQ_INT(kinds[1], 2);
    T_EQ_INT(kinds[2], 1);
    T_EQ_INT(kinds[3], 1);
    dy_free(out);
    drop(&r);
}

static void test_csv_events(void)
{
    struct dyad_result r = events_result("e,2");
    char *out = write_to_mem(DYAD_OUT_CSV, DYAD_EMIT_EVENTS, &r, NULL);

    T_CHECK(strncmp(out, "event_id,date,actor1_code,actor1_name,", 38) == 0);
    /* the id holds a comma: quoted; the second event has USA as actor 2 */
    T_CHECK(strstr(out, "\r\n\"e,2:0\",2017-09-05,RUSGOV,Hi,RUS,GOV,,,,,1,010,010,01,1,0.0,") != NULL);
    T_CHECK(strstr(out, ",USA,Bob,USA,,1,1123,112,11,3,-2.0,ACCUSE,Minsk,BLR,") != NULL);
    dy_free(out);
    drop(&r);
}

static void test_sqlite_events(void)
{
    char path[] = "/tmp/dyad-test-ev-XXXXXX";
    int fd = mkstemp(path);
    struct dyad_writer_options o;
    struct dyad_writer *w = NULL;
    struct dyad_result r = events_result("e3");
    char *s;

    close(fd);
    unlink(path);
    memset(&o, 0, sizeof(o));
    o.format = DYAD_OUT_SQLITE;
    o.kind = DYAD_EMIT_EVENTS;
    o.db_path = path;
    T_EQ_INT(dyad_writer_open(&o, &w, NULL), DYAD_OK);
    T_EQ_INT(dyad_writer_write(w, &r, NULL, NULL), DYAD_OK);
    T_EQ_INT(dyad_writer_close(w, NULL), DYAD_OK);
    T_EQ_INT(db_int(path, "SELECT count(*) FROM events WHERE doc_id='e3'"), 2);
    T_EQ_INT(db_int(path, "SELECT count(*) FROM sentences WHERE doc_id='e3'"), 2);
    T_EQ_INT(db_int(path, "SELECT reported_by FROM events WHERE n=1"), 0);
    T_EQ_INT(db_int(path, "SELECT count(*) FROM events WHERE n=0 AND reported_by IS NULL"), 1);
    T_EQ_INT(db_int(path, "SELECT headline FROM events WHERE n=1"), 1);
    s = db_str(path, "SELECT base_code FROM events WHERE n=1");
    T_EQ_STR(s, "112");
    dy_free(s);
    s = db_str(path, "SELECT text FROM quotes WHERE doc_id='e3' AND n=0");
    T_EQ_STR(s, "Bob");
    dy_free(s);
    /* actors: Hi (2 x source, 1 x speaker), Bob (target USA), Bob (unknown, 2) */
    T_EQ_INT(db_int(path, "SELECT n_source FROM actors WHERE text='Hi'"), 2);
    T_EQ_INT(db_int(path, "SELECT n_speaker FROM actors WHERE text='Hi'"), 1);
    T_EQ_INT(db_int(path, "SELECT n_target FROM actors WHERE text='Bob' AND code='USA'"), 1);
    T_EQ_INT(db_int(path, "SELECT n_unknown FROM actors WHERE text='Bob' AND code IS NULL"), 2);
    T_EQ_INT(db_int(path, "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id"), 2);
    unlink(path);
    drop(&r);
}

/* An event pointing outside the result is refused before anything is
 * written. */
static void test_bad_event_refused(void)
{
    struct dyad_result r = events_result("e4");
    struct dyad_error err;

    ev_fixture[1].reported_by = 7;
    T_EQ_INT(dy_out_check_result(&r, &err), DYAD_EINVAL);
    ev_fixture[1].reported_by = 0;
    ev_fixture[0].sentence = 5;
    T_EQ_INT(dy_out_check_result(&r, &err), DYAD_EINVAL);
    drop(&r);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    T_RUN(test_json_escaping);
    T_RUN(test_csv_quoting);
    T_RUN(test_jsonl_sentences);
    T_RUN(test_jsonl_tokens_parse_back);
    T_RUN(test_jsonl_documents_parse_back);
    T_RUN(test_bad_result_refused);
    T_RUN(test_csv_sentences_and_documents);
    T_RUN(test_conllu);
    T_RUN(test_conllu_sentence_across_lines);
    T_RUN(test_parsed_columns);
    T_RUN(test_sqlite_append_and_skip);
    T_RUN(test_sqlite_refuses_newer_and_foreign);
    T_RUN(test_open_errors);
    T_RUN(test_jsonl_events);
    T_RUN(test_csv_events);
    T_RUN(test_sqlite_events);
    T_RUN(test_bad_event_refused);
    T_END();
}
