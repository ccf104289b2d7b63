/*
 * encode.c - module out: byte-exact encoders for JSON strings, CSV
 * fields and one-line text, each of which repairs invalid UTF-8.
 *
 * Writers get text straight from the input (sentence spans of the
 * original bytes, titles of .txt files) and must still produce output
 * that every JSON parser, spreadsheet and CoNLL-U reader accepts, so the
 * repair happens here, at the last moment, and never changes the
 * offsets the records report.  Runs of plain ASCII are copied in one
 * append; only the rare bytes take the slow path.
 */
#include <string.h>

#include "out/out.h"

static const char fffd[3] = {(char)0xef, (char)0xbf, (char)0xbd};

/* Length of the sequence at p (maximal subpart when ill-formed) and
 * whether it is well-formed; the decoder is util's dy_utf8_next. */
static size_t u8_step(const unsigned char *p, size_t n, int *ok)
{
    uint32_t cp;
    int bad;
    size_t len = dy_utf8_next(p, n, 0, &cp, &bad);

    *ok = !bad;
    return len;
}

int dy_out_utf8_clean(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int ok;

    while (i < n) {
        if (p[i] >= 0x01 && p[i] < 0x80) {
            i++;
            continue;
        }
        if (p[i] == 0)
            return 0;
        i += u8_step(p + i, n - i, &ok);
        if (!ok)
            return 0;
    }
    return 1;
}

/* Modes of put_text: what happens to control bytes. */
enum { PUT_RAW, PUT_JSON, PUT_LINE };

static int put_text(struct dy_buf *b, const char *s, size_t n, int mode)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run;
    int ok, rc;

    while (i < n) {
        /* Fast path: a run of printable ASCII that needs no escape. */
        run = i;
        while (run < n && p[run] >= 0x20 && p[run] < 0x80 &&
               !(mode == PUT_JSON && (p[run] == '"' || p[run] == '\\')))
            run++;
        if (run > i) {
            rc = dy_buf_append(b, s + i, run - i);
            if (rc)
                return rc;
            i = run;
            continue;
        }
        if (p[i] < 0x80) {
            unsigned char c = p[i++];
            if (mode == PUT_JSON) {
                switch (c) {
                case '"':
                    rc = dy_buf_puts(b, "\\\"");
                    break;
                case '\\':
                    rc = dy_buf_puts(b, "\\\\");
                    break;
                case '\n':
                    rc = dy_buf_puts(b, "\\n");
                    break;
                case '\r':
                    rc = dy_buf_puts(b, "\\r");
                    break;
                case '\t':
                    rc = dy_buf_puts(b, "\\t");
                    break;
                default:
                    rc = dy_buf_printf(b, "\\u%04x", (unsigned)c);
                }
            } else if (mode == PUT_LINE) {
                rc = dy_buf_putc(b, ' ');
            } else if (c == 0) {
                rc = dy_buf_append(b, fffd, 3);
            } else {
                rc = dy_buf_putc(b, c);
            }
            if (rc)
                return rc;
            continue;
        }
        run = u8_step(p + i, n - i, &ok);
        rc = ok ? dy_buf_append(b, s + i, run) : dy_buf_append(b, fffd, 3);
        if (rc)
            return rc;
        i += run;
    }
    return DYAD_OK;
}

int dy_out_json_str(struct dy_buf *b, const char *s, size_t n)
{
    int rc;

    if (!s)
        return dy_buf_puts(b, "null");
    rc = dy_buf_putc(b, '"');
    if (!rc)
        rc = put_text(b, s, n, PUT_JSON);
    if (!rc)
        rc = dy_buf_putc(b, '"');
    return rc;
}

int dy_out_json_cstr(struct dy_buf *b, const char *s)
{
    return dy_out_json_str(b, s, s ? strlen(s) : 0);
}

int dy_out_csv_field(struct dy_buf *b, const char *s, size_t n)
{
    size_t i, start;
    int rc, quote = 0;

    if (!s)
        return DYAD_OK;
    for (i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    if (!quote)
        return put_text(b, s, n, PUT_RAW);
    rc = dy_buf_putc(b, '"');
    start = 0;
    for (i = 0; i < n && !rc; i++) {
        if (s[i] != '"')
            continue;
        /* Copy up to and including the quote, then double it. */
        rc = put_text(b, s + start, i + 1 - start, PUT_RAW);
        if (!rc)
            rc = dy_buf_putc(b, '"');
        start = i + 1;
    }
    if (!rc)
        rc = put_text(b, s + start, n - start, PUT_RAW);
    if (!rc)
        rc = dy_buf_putc(b, '"');
    return rc;
}

int dy_out_line_text(struct dy_buf *b, const char *s, size_t n)
{
    return put_text(b, s, n, PUT_LINE);
}

int dy_out_repaired(struct dy_buf *b, const char *s, size_t n)
{
    return put_text(b, s, n, PUT_RAW);
}

/* ---- record fields ------------------------------------------------------
 * The record builders chain many appends; these helpers keep the first
 * error in *rc and do nothing once it is set, so a builder reads as the
 * list of its fields. */

void dy_out_json_key(struct dy_buf *b, int *rc, const char *key, const char *v)
{
    if (*rc)
        return;
    *rc = dy_buf_printf(b, ",\"%s\":", key);
    if (!*rc)
        *rc = dy_out_json_cstr(b, v);
}

void dy_out_csv_col(struct dy_buf *b, int *rc, const char *v, int last)
{
    if (*rc)
        return;
    *rc = dy_out_csv_field(b, v, v ? strlen(v) : 0);
    if (!*rc)
        *rc = last ? DYAD_OK : dy_buf_putc(b, ',');
}
