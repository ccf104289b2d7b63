/*
 * buf.c - growable, capped byte buffer.  Growth doubles, so appends are
 * amortised O(1); the cap turns runaway input into DYAD_ETOOBIG instead
 * of an out-of-memory kill.
 */
#include <stdio.h>
#include <string.h>

#include "util.h"

void dy_buf_init(struct dy_buf *b, size_t cap_limit)
{
    b->data = NULL;
    b->len = 0;
    b->alloc = 0;
    b->cap_limit = cap_limit;
}

void dy_buf_release(struct dy_buf *b)
{
    size_t cap = b->cap_limit;

    dy_free(b->data);
    dy_buf_init(b, cap);
}

void dy_buf_clear(struct dy_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

int dy_buf_reserve(struct dy_buf *b, size_t extra)
{
    size_t need, n;
    char *p;

    if (extra > SIZE_MAX - b->len - 1)
        return DYAD_ETOOBIG;
    need = b->len + extra + 1;
    if (b->cap_limit && need - 1 > b->cap_limit)
        return DYAD_ETOOBIG;
    if (need <= b->alloc)
        return DYAD_OK;
    n = b->alloc ? b->alloc : 64;
    while (n < need)
        n = n > SIZE_MAX / 2 ? need : n * 2;
    p = dy_realloc(b->data, n);
    if (!p)
        return DYAD_ENOMEM;
    p[b->len] = '\0';
    b->data = p;
    b->alloc = n;
    return DYAD_OK;
}

int dy_buf_append(struct dy_buf *b, const void *p, size_t n)
{
    int rc = dy_buf_reserve(b, n);

    if (rc)
        return rc;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return DYAD_OK;
}

int dy_buf_puts(struct dy_buf *b, const char *s)
{
    return dy_buf_append(b, s, strlen(s));
}

int dy_buf_putc(struct dy_buf *b, int c)
{
    char ch = (char)c;

    return dy_buf_append(b, &ch, 1);
}

int dy_buf_vprintf(struct dy_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    int n, rc;

    va_copy(cp, ap);
    n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return DYAD_EINVAL;
    rc = dy_buf_reserve(b, (size_t)n);
    if (rc)
        return rc;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return DYAD_OK;
}

int dy_buf_printf(struct dy_buf *b, const char *fmt, ...)
{
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = dy_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

char *dy_buf_detach(struct dy_buf *b, size_t *len)
{
    char *p;

    if (!b->data && dy_buf_reserve(b, 0))
        return NULL;
    if (!b->data)
        return NULL;
    p = b->data;
    if (len)
        *len = b->len;
    dy_buf_init(b, b->cap_limit);
    return p;
}
