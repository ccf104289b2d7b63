/*
 * error.c - status codes to text, and the error-detail helpers.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *dyad_strerror(int code)
{
    switch (code) {
#define X(name, num, msg) \
    case num:             \
        return msg;
        DYAD_ERRORS(X)
#undef X
    default:
        return "unknown error";
    }
}

const char *dyad_errname(int code)
{
    switch (code) {
#define X(name, num, msg) \
    case num:             \
        return #name;
        DYAD_ERRORS(X)
#undef X
    default:
        return "EUNKNOWN";
    }
}

const char *dyad_version(void)
{
    return DYAD_VERSION_STRING;
}

void dy_error_clear(struct dyad_error *err)
{
    if (!err)
        return;
    err->code = DYAD_OK;
    err->where[0] = '\0';
    err->msg[0] = '\0';
}

int dy_error(struct dyad_error *err, int code, const char *where,
             const char *fmt, ...)
{
    va_list ap;

    if (!err)
        return code;
    err->code = code;
    dy_snprintf(err->where, sizeof(err->where), "%s", where ? where : "");
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return code;
}

void dy_snprintf(char *dst, size_t n, const char *fmt, ...)
{
    va_list ap;

    if (n == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(dst, n, fmt, ap);
    va_end(ap);
}

int dy_parse_long(const char *s, long min, long max, long *out)
{
    char *end;
    long v;

    if (!s || !*s)
        return DYAD_EINVAL;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || *end != '\0' || v < min || v > max)
        return DYAD_EINVAL;
    *out = v;
    return DYAD_OK;
}
