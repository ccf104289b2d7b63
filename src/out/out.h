/*
 * out.h - internals of module out (prefix dy_out_): text encoders that
 * turn any bytes into valid output (JSON strings, CSV fields, one-line
 * CoNLL-U fields) and the SQLite backend of dyad_writer.
 *
 * Every encoder repairs invalid UTF-8 the same way: each maximal
 * invalid subpart (Unicode 15, section 3.9, "U+FFFD substitution of
 * maximal subparts") becomes one U+FFFD, so the output of any input
 * bytes is valid UTF-8.  The public writer is in include/dyad.h.
 */
#ifndef DY_OUT_H
#define DY_OUT_H

#include <stddef.h>

#include "dyad.h"
#include "util/util.h"

/* Appends s[0..n) as a JSON string with quotes; s == NULL gives null.
 * NUL bytes become \u0000.  Returns DYAD_OK or the buffer's error. */
int dy_out_json_str(struct dy_buf *b, const char *s, size_t n);
/* Same for a NUL-terminated string (or NULL). */
int dy_out_json_cstr(struct dy_buf *b, const char *s);

/* Appends one RFC 4180 field: quoted (with "" for ") when it holds a
 * comma, a quote, CR or LF; NULL gives an empty field.  NUL bytes become
 * U+FFFD. */
int dy_out_csv_field(struct dy_buf *b, const char *s, size_t n);

/* Appends s with every control character (TAB, CR, LF, NUL...) made a
 * space, for one-line formats (CoNLL-U). */
int dy_out_line_text(struct dy_buf *b, const char *s, size_t n);

/* Record fields.  Both keep the first error in *rc and do nothing once
 * it is set.  dy_out_json_key appends `,"key":` and v as a JSON string
 * (null for NULL); dy_out_csv_col appends v as a CSV field and a comma
 * unless `last`. */
void dy_out_json_key(struct dy_buf *b, int *rc, const char *key, const char *v);
void dy_out_csv_col(struct dy_buf *b, int *rc, const char *v, int last);

/* Appends s repaired (NUL -> U+FFFD) with nothing escaped. */
int dy_out_repaired(struct dy_buf *b, const char *s, size_t n);

/* 1 when s[0..n) is valid UTF-8 without NUL bytes. */
int dy_out_utf8_clean(const char *s, size_t n);

/* ---- coder records (events.c) ------------------------------------------ */

/* Appends the document's event, quote and unknown-actor records as
 * JSON Lines / its events as CSV rows (docs/FORMATS.md). */
int dy_out_events_jsonl(struct dy_buf *b, const struct dyad_result *res);
int dy_out_events_csv(struct dy_buf *b, const struct dyad_result *res);
extern const char dy_out_events_csv_header[];

/* ---- SQLite backend ------------------------------------------------------ */

/* The application_id dyad stamps on its databases ("dyad"). */
#define DY_OUT_SQLITE_APP_ID 0x64796164

struct dy_out_db;

int dy_out_db_open(const char *path, enum dyad_output_kind kind, struct dy_out_db **out,
                   struct dyad_error *err);
int dy_out_db_write(struct dy_out_db *db, const struct dyad_result *res, int *skipped,
                    struct dyad_error *err);
int dy_out_db_reject(struct dy_out_db *db, const struct dyad_reject *rej,
                     struct dyad_error *err);
/* Commits and closes; NULL is fine. */
int dy_out_db_close(struct dy_out_db *db, struct dyad_error *err);

/* Shared by the writers: checks that every span and index of a result
 * lies inside its document, so a bad result is refused before any of it
 * is written.  Returns DYAD_OK or DYAD_EINVAL (err says where). */
int dy_out_check_result(const struct dyad_result *res, struct dyad_error *err);

/* "coded", "empty", "rejected", "partial" (or "unknown"). */
const char *dy_out_status_name(enum dyad_doc_status s);

/* The document record's text fields after id and seq, in the order of
 * both the JSON keys and the CSV columns (docs/FORMATS.md). */
#define DY_OUT_DOC_NSTR 8
extern const char *const dy_out_doc_keys[DY_OUT_DOC_NSTR];
void dy_out_doc_strs(const struct dyad_result *res, const char *v[DY_OUT_DOC_NSTR]);

#endif
